//! Entry point: no argument opens the desktop app; `vigie extract ...` runs the batch engine.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use vigie::extract::Lexicon;

#[derive(Parser)]
#[command(
    name = "vigie",
    version,
    about = "Actors, money and compute in AI-geopolitics news"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Finds actors and figures in articles (files and/or folders) and attributes the figures.
    Extract {
        /// Print the JSON of the batch contract (schema 1) instead of a readable listing.
        #[arg(long)]
        json: bool,
        /// An extra lexicon file (same format as assets/lexicon.json) added to the built-in one.
        #[arg(long, value_name = "FILE")]
        lexicon: Option<PathBuf>,
        /// Articles or folders of articles.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Extract {
            json,
            lexicon,
            paths,
        }) => extract(json, lexicon, &paths),
        None => open_app(),
    }
}

fn extract(json: bool, extra: Option<PathBuf>, paths: &[PathBuf]) -> ExitCode {
    let mut lexicon = Lexicon::builtin();
    if let Some(path) = extra {
        match Lexicon::load(&path) {
            Ok(more) => lexicon = lexicon.with_additions(more.actors()),
            Err(e) => {
                eprintln!("vigie: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let report = match vigie::cli::run_extract(paths, &lexicon) {
        Ok(r) => r,
        Err(reason) => {
            eprintln!("vigie: {reason}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout().lock();
    let written = if json {
        vigie::cli::write_json(&report, &mut out)
    } else {
        vigie::cli::write_text(&report, &mut out)
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vigie: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "gui")]
fn open_app() -> ExitCode {
    match vigie::ui::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vigie: {e:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_app() -> ExitCode {
    eprintln!("vigie: built without the desktop app (feature `gui`); try `vigie extract --help`");
    ExitCode::FAILURE
}
