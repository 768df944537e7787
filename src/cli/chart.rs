//! `vigie chart (--project FILE | --corpus DIR) [--name NAME | --kind K] [--role R]
//! [--attribute NAME=VALUE]…
//! [--by month|quarter] [--currency EUR] --out FILE.png|FILE.svg|FILE.csv`: one chart written from the command line, for batch
//! reports — the same aggregation and export as the app.

use crate::chart::export::{Export, View};
use crate::chart::{self, aggregate};
use crate::extract::{FigureKind, Lexicon, Role};
use crate::i18n::Lang;
use crate::project::ChartSpec;
use crate::workspace::headless as load;
use std::path::PathBuf;

/// What to chart and where to write it.
#[derive(Debug, Clone)]
pub struct ChartArgs {
    pub project: Option<PathBuf>,
    /// Read the project's articles that lie outside its folder.
    pub allow_outside: bool,
    pub corpus: Option<PathBuf>,
    /// A chart saved in the project, by name.
    pub name: Option<String>,
    pub kind: Option<FigureKind>,
    /// The money role to chart (over a saved chart's own); spend when neither says.
    pub role: Option<Role>,
    /// Over time, by month or quarter, instead of one bar per actor.
    pub by: Option<chart::timeline::Period>,
    /// Who backs whom instead of one bar per actor.
    pub flows: bool,
    /// Only articles with these attribute values (added to a saved chart's own).
    pub attributes: Vec<(String, String)>,
    pub currency: Option<String>,
    pub locale: Lang,
    pub out: PathBuf,
    /// PNG width in pixels.
    pub width: u32,
}

/// The output format, from the file's extension.
pub use crate::chart::export::Format;

/// Parses `money`, `chips`, `power`, `flops`.
pub fn parse_kind(s: &str) -> Option<FigureKind> {
    [
        FigureKind::Money,
        FigureKind::Chips,
        FigureKind::Power,
        FigureKind::Flops,
    ]
    .into_iter()
    .find(|k| k.as_str() == s.trim().to_ascii_lowercase())
}

/// What was written, for the terminal.
#[derive(Debug)]
pub struct Written {
    pub bars: usize,
    pub problems: Vec<String>,
}

/// Computes the chart and writes it to `args.out` (atomically: a temp file then a rename).
pub fn run(args: &ChartArgs, base: &Lexicon) -> Result<Written, String> {
    let format = Format::of(&args.out).ok_or_else(|| {
        format!(
            "{}: the output must end in .png, .svg or .csv",
            args.out.display()
        )
    })?;
    let loaded = match (&args.project, &args.corpus) {
        (Some(p), None) => load::from_project(p, args.allow_outside, base)?,
        (None, Some(d)) => load::from_corpus(d, base)?,
        _ => return Err("give either --project FILE or --corpus DIR".into()),
    };
    let spec = match (&args.name, args.kind) {
        (Some(name), _) => {
            let mut spec = loaded
                .charts
                .iter()
                .find(|c| c.name == *name)
                .cloned()
                .ok_or_else(|| {
                    let names: Vec<&str> = loaded.charts.iter().map(|c| c.name.as_str()).collect();
                    if names.is_empty() {
                        format!("no chart named {name:?}: the project has no saved chart")
                    } else {
                        format!(
                            "no chart named {name:?}; saved charts: {}",
                            names.join(", ")
                        )
                    }
                })?;
            if let Some(c) = &args.currency {
                spec.currency = Some(c.clone());
                spec.rates = None;
            }
            spec
        }
        (None, kind) => {
            let kind = kind.unwrap_or(FigureKind::Money);
            ChartSpec {
                name: crate::i18n::charts::default_title(
                    kind,
                    args.role.unwrap_or(Role::Spend),
                    args.locale,
                ),
                figure_kind: kind,
                currency: args.currency.clone(),
                filters: Default::default(),
                rates: None,
            }
        }
    };
    let mut spec = spec;
    if let Some(r) = args.role {
        spec.filters.role = Some(r);
    }
    for a in &args.attributes {
        if !spec.filters.attributes.contains(a) {
            spec.filters.attributes.push(a.clone());
        }
    }
    if let Some(c) = &spec.currency
        && spec.figure_kind == FigureKind::Money
        && spec.rates.is_none()
        && chart::default_rates(c).is_none()
    {
        return Err(format!(
            "no default rates for {c}: use one of EUR, USD, GBP, JPY, CNY, CHF…"
        ));
    }
    let lexicon = loaded.lexicon.as_ref().unwrap_or(base);
    let c = aggregate(&loaded.corpus, &spec, lexicon, args.locale);
    let view = match (args.flows, args.by) {
        (true, _) => View::Flows,
        (false, Some(by)) => View::Timeline(by),
        (false, None) => View::Bars,
    };
    let flows = if args.flows {
        chart::flows::of_corpus(&loaded.corpus, &spec, lexicon, args.locale)
    } else {
        Vec::new()
    };
    let name = |c: &str| crate::i18n::actor_name(lexicon, c, args.locale).to_string();
    let export = Export {
        chart: &c,
        view,
        flows: &flows,
        lang: args.locale,
        name: &name,
        width: args.width,
    };
    let bytes = chart::export::render(&export, format)?;
    crate::atomic_file::write(&args.out, &bytes).map_err(|e| e.to_string())?;
    Ok(Written {
        bars: c.bars.len(),
        problems: loaded.problems,
    })
}
