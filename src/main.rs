//! Entry point: no argument (or a project file) opens the desktop app; `vigie extract ...`
//! runs the batch engine; `vigie chart ...` writes a chart as PNG, SVG or CSV;
//! `vigie export ...` / `vigie import ...` move a project to and from REFI-QDA (`.qdpx`), CSV
//! and JSON.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use vigie::extract::{FigureKind, Lexicon};
use vigie::i18n::Lang;

/// mimalloc: the engine makes many small allocations (names, spans, output strings); it
/// extracts ~5% faster than with the system allocator (`cargo bench --bench throughput`). A huge
/// article changes one setting: [`vigie::allocator`].
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "vigie",
    version,
    about = "Actors, money and compute in AI-geopolitics news"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A project file (`.vigie`) to open in the app; without one the app opens the bundled
    /// sample articles.
    #[arg(value_name = "PROJECT")]
    project: Option<PathBuf>,
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
    /// Writes a chart of money or compute per actor as PNG, SVG or CSV (by the file extension).
    Chart {
        /// A Vigie project file (its corrections, tags and saved charts apply).
        #[arg(
            long,
            value_name = "FILE",
            conflicts_with = "corpus",
            required_unless_present = "corpus"
        )]
        project: Option<PathBuf>,
        /// Read the project's articles that lie outside its folder (refused without it).
        #[arg(long, requires = "project")]
        allow_outside: bool,
        /// A folder of articles; `seeds` is the bundled sample corpus.
        #[arg(long, value_name = "DIR")]
        corpus: Option<PathBuf>,
        /// A chart saved in the project, by name.
        #[arg(long, conflicts_with = "kind")]
        name: Option<String>,
        /// What to chart: money, chips, power or flops (default money).
        #[arg(long, value_parser = parse_kind)]
        kind: Option<FigureKind>,
        /// Money charts: what the amounts are to their actor — spend, funding, valuation,
        /// revenue or other (default spend; never several summed).
        #[arg(long, value_parser = parse_role)]
        role: Option<vigie::extract::Role>,
        /// Over time: each actor's claims by month or by quarter (dated by their earliest
        /// mention; undated claims in their own column).
        #[arg(long, value_parser = parse_period)]
        by: Option<vigie::chart::timeline::Period>,
        /// Who backs whom: money flows from backers to recipients, where the text names both.
        #[arg(long, conflicts_with_all = ["by", "role", "kind"])]
        flows: bool,
        /// Only articles with this attribute value (e.g. outlet=Reuters); repeat it to keep
        /// several values of a name (either passes) or to require several names (all must).
        #[arg(long = "attribute", value_name = "NAME=VALUE", value_parser = parse_attribute)]
        attributes: Vec<(String, String)>,
        /// The currency money is converted to (ISO code, default EUR).
        #[arg(long, value_name = "CODE")]
        currency: Option<String>,
        /// Language of the labels: fr or en (default: the system's).
        #[arg(long)]
        lang: Option<String>,
        /// PNG width in pixels (at least 1600).
        #[arg(long, default_value_t = 1600)]
        width: u32,
        /// The file to write: .png, .svg or .csv.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Exports a project: the whole of it as a REFI-QDA project (.qdpx, for NVivo, ATLAS.ti,
    /// MAXQDA, QualCoder), or its tags or figures as CSV or JSON.
    Export {
        /// The Vigie project file.
        #[arg(long, value_name = "FILE")]
        project: PathBuf,
        /// Read the project's articles that lie outside its folder (refused without it).
        #[arg(long)]
        allow_outside: bool,
        /// qdpx, csv or json.
        #[arg(long, value_parser = parse_format)]
        format: vigie::cli::interchange::Format,
        /// For csv and json: tags (default) or figures.
        #[arg(long, value_parser = parse_what)]
        what: Option<vigie::cli::interchange::What>,
        /// For qdpx: also export the engine's actors ("Actors ▸ Company ▸ OpenAI") and their
        /// mentions.
        #[arg(long)]
        actors: bool,
        /// For figures: the language actors are named in, fr or en (default: the system's).
        #[arg(long)]
        lang: Option<String>,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Imports a REFI-QDA project (.qdpx) as a new Vigie project; its plain-text sources are
    /// written as .txt files next to the new project.
    Import {
        /// The .qdpx file.
        #[arg(long, value_name = "FILE")]
        qdpx: PathBuf,
        /// The new project file (must not exist).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Writes a report for a colleague without Vigie: a theme's passages (article, date, coder,
    /// memo) and the co-occurrence tables, as Markdown (.md) or a standalone page (.html).
    Report {
        /// The Vigie project file.
        #[arg(long, value_name = "FILE")]
        project: PathBuf,
        /// Only this theme (and its sub-themes); every theme by default.
        #[arg(long)]
        theme: Option<String>,
        /// fr or en (default: the system's).
        #[arg(long)]
        lang: Option<String>,
        /// The file to write: .md or .html.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Intercoder agreement: two coders' projects of the same corpus compared theme by theme
    /// (characters coded by each, percentage agreement, Cohen's kappa over characters).
    Agree {
        /// The first coder's project.
        #[arg(long, value_name = "FILE")]
        a: PathBuf,
        /// The second coder's project.
        #[arg(long, value_name = "FILE")]
        b: PathBuf,
        /// Write the table as CSV here instead of printing it.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Exchanges a project's codebook alone with Taguette (its codebook CSV: tag, description)
    /// or any REFI-QDA tool (a .qdc codebook): --export writes it, --import adds its themes to
    /// the project (themes already there are kept).
    Codebook {
        /// The Vigie project file.
        #[arg(long, value_name = "FILE")]
        project: PathBuf,
        /// Adds the themes of this .csv (Taguette) or .qdc codebook to the project.
        #[arg(
            long,
            value_name = "FILE",
            conflicts_with = "export",
            required_unless_present = "export"
        )]
        import: Option<PathBuf>,
        /// Writes the codebook to this .csv (Taguette's shape) or .qdc file.
        #[arg(long, value_name = "FILE")]
        export: Option<PathBuf>,
    },
}

fn parse_format(s: &str) -> Result<vigie::cli::interchange::Format, String> {
    vigie::cli::interchange::Format::parse(s)
        .ok_or_else(|| format!("{s:?} is not an export format (qdpx, csv, json)"))
}

fn parse_what(s: &str) -> Result<vigie::cli::interchange::What, String> {
    vigie::cli::interchange::What::parse(s)
        .ok_or_else(|| format!("{s:?} is not something to export (tags, figures)"))
}

fn parse_kind(s: &str) -> Result<FigureKind, String> {
    vigie::cli::chart::parse_kind(s)
        .ok_or_else(|| format!("{s:?} is not a figure kind (money, chips, power, flops)"))
}

fn parse_period(s: &str) -> Result<vigie::chart::timeline::Period, String> {
    vigie::chart::timeline::Period::parse(s)
        .ok_or_else(|| format!("{s:?} is not a period (month, quarter)"))
}

fn parse_attribute(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((n, v)) if !n.trim().is_empty() => Ok((n.trim().to_string(), v.trim().to_string())),
        _ => Err(format!("{s:?} is not NAME=VALUE (e.g. outlet=Reuters)")),
    }
}

fn parse_role(s: &str) -> Result<vigie::extract::Role, String> {
    vigie::extract::Role::parse(s).ok_or_else(|| {
        format!("{s:?} is not a money role (spend, funding, valuation, revenue, other)")
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Extract {
            json,
            lexicon,
            paths,
        }) => extract(json, lexicon, &paths),
        Some(Command::Chart {
            project,
            allow_outside,
            corpus,
            name,
            kind,
            role,
            by,
            flows,
            attributes,
            currency,
            lang,
            width,
            out,
        }) => {
            let locale = match lang {
                Some(l) => Lang::parse(&l),
                None => Lang::from_env(),
            };
            let args = vigie::cli::chart::ChartArgs {
                project,
                allow_outside,
                corpus,
                name,
                kind,
                role,
                by,
                flows,
                attributes,
                currency: currency.map(|c| c.trim().to_ascii_uppercase()),
                locale,
                out,
                width,
            };
            chart(&args)
        }
        Some(Command::Export {
            project,
            allow_outside,
            format,
            what,
            actors,
            lang,
            out,
        }) => {
            let args = vigie::cli::interchange::ExportArgs {
                project,
                allow_outside,
                format,
                what: what.unwrap_or_default(),
                actors,
                lang: lang.map_or_else(Lang::from_env, |l| Lang::parse(&l)),
                out,
            };
            report(vigie::cli::interchange::run_export(
                &args,
                &Lexicon::builtin(),
            ))
        }
        Some(Command::Import { qdpx, out }) => {
            report(vigie::cli::interchange::run_import(&qdpx, &out))
        }
        Some(Command::Report {
            project,
            theme,
            lang,
            out,
        }) => report(vigie::cli::report::run(
            &project,
            theme.as_deref(),
            lang.map_or_else(Lang::from_env, |l| Lang::parse(&l)),
            &out,
            &Lexicon::builtin(),
        )),
        Some(Command::Agree { a, b, out }) => {
            let result = vigie::cli::agreement::run(&a, &b, out.as_deref());
            if out.is_some() {
                return report(result);
            }
            match result {
                Ok(lines) => {
                    // The table goes to stdout (for a pipe); the summary to stderr.
                    let (summary, table) = lines.split_at(1);
                    eprintln!("{}", summary.join("\n"));
                    for l in table {
                        println!("{l}");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("vigie: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some(Command::Codebook {
            project,
            import,
            export,
        }) => report(match (import, export) {
            (Some(file), _) => vigie::cli::codebook::run_import(&project, &file),
            (None, Some(file)) => vigie::cli::codebook::run_export(&project, &file),
            (None, None) => Err("say --import FILE or --export FILE".into()),
        }),
        None => open_app(cli.project),
    }
}

/// Prints the lines of a finished command to stderr, or its error.
fn report(result: Result<Vec<String>, String>) -> ExitCode {
    match result {
        Ok(lines) => {
            for l in lines {
                eprintln!("{l}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vigie: {e}");
            ExitCode::FAILURE
        }
    }
}

fn extract(json: bool, extra: Option<PathBuf>, paths: &[PathBuf]) -> ExitCode {
    use std::io::Write as _;
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
    let files = match vigie::corpus::collect_paths(paths) {
        Ok(f) => f,
        Err(reason) => {
            eprintln!("vigie: {reason}");
            return ExitCode::FAILURE;
        }
    };
    let format = if json {
        vigie::cli::Format::Json
    } else {
        vigie::cli::Format::Text
    };
    // One lock, one buffer: documents are written as they are done, in large writes.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written =
        vigie::cli::stream_extract(&files, &lexicon, format, &mut out).and_then(|()| out.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vigie: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}

fn chart(args: &vigie::cli::chart::ChartArgs) -> ExitCode {
    match vigie::cli::chart::run(args, &Lexicon::builtin()) {
        Ok(w) => {
            for p in &w.problems {
                eprintln!("vigie: skipped {p}");
            }
            eprintln!("wrote {} ({} actors)", args.out.display(), w.bars);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vigie: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "gui")]
fn open_app(project: Option<PathBuf>) -> ExitCode {
    match vigie::ui::run_with(project) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vigie: {e:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_app(_project: Option<PathBuf>) -> ExitCode {
    eprintln!("vigie: built without the desktop app (feature `gui`); try `vigie extract --help`");
    ExitCode::FAILURE
}
