//! Who backs whom: money flows from backers to recipients where the text names both sides
//! ("ASML a investi 1,3 Md€ dans Mistral AI"). A spend goes from its actor to its counterpart,
//! funding from its counterpart to its actor; the same transfer reported both ways (or by many
//! articles) is one claim, counted once.

use super::aggregate::aggregate;
use super::input::ChartCorpus;
use super::model::Chart;
use crate::claims::{self, Mention};
use crate::extract::Lexicon;
use crate::extract::{FigureKind, Role};
use crate::i18n::Lang;
use crate::project::ChartSpec;

/// One backer → recipient flow.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    pub backer: String,
    pub recipient: String,
    /// In the charts' currency, each transfer counted once.
    pub value: f64,
    /// How many transfers (claims) it sums.
    pub claims: usize,
}

/// The flows of `corpus` under `spec`'s filters and currency (whatever its kind and role: flows
/// read what actors spend and what they raise), largest first.
pub fn of_corpus(
    corpus: &ChartCorpus,
    spec: &ChartSpec,
    lexicon: &Lexicon,
    lang: Lang,
) -> Vec<Flow> {
    let with_role = |role: Role| {
        let mut s = spec.clone();
        s.figure_kind = FigureKind::Money;
        s.filters.role = Some(role);
        aggregate(corpus, &s, lexicon, lang)
    };
    flows(&with_role(Role::Spend), &with_role(Role::Funding))
}

/// The flows of a corpus from its spend chart and its funding chart (same filters and
/// currency), largest first.
pub fn flows(spend: &Chart, funding: &Chart) -> Vec<Flow> {
    let mut mentions = Vec::new();
    let mut sides = Vec::new();
    for (chart, role) in [(spend, Role::Spend), (funding, Role::Funding)] {
        for bar in &chart.bars {
            for s in bar.sources.iter().filter(|s| s.counted) {
                let (Some(other), Some(v)) = (s.figure.counterpart.as_deref(), s.value) else {
                    continue;
                };
                let (backer, recipient) = match role {
                    Role::Funding => (other.to_string(), bar.actor.clone()),
                    _ => (bar.actor.clone(), other.to_string()),
                };
                if backer == recipient {
                    continue;
                }
                mentions.push(Mention {
                    article: mentions.len(),
                    figure: 0,
                    actor: Some(format!("{backer}\u{1}{recipient}")),
                    kind: FigureKind::Money,
                    role: Some(Role::Spend),
                    value: v,
                    low: v,
                    high: v,
                    date: None,
                    in_totals: true,
                    restates: None,
                });
                sides.push((backer, recipient));
            }
        }
    }
    let built = claims::build(&mentions, claims::TOLERANCE);
    let mut out: Vec<Flow> = Vec::new();
    for c in &built.claims {
        let (backer, recipient) = &sides[c.canonical()];
        match out
            .iter_mut()
            .find(|f| f.backer == *backer && f.recipient == *recipient)
        {
            Some(f) => {
                f.value += c.value;
                f.claims += 1;
            }
            None => out.push(Flow {
                backer: backer.clone(),
                recipient: recipient.clone(),
                value: c.value,
                claims: 1,
            }),
        }
    }
    out.sort_by(|a, b| {
        b.value
            .total_cmp(&a.value)
            .then_with(|| alphanumeric_sort::compare_str(&a.backer, &b.backer))
    });
    out
}

/// The flows as CSV: backer, recipient, value, unit, claims.
pub fn csv(flows: &[Flow], unit: &str) -> Result<Vec<u8>, ::csv::Error> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record(["backer", "recipient", "value", "unit", "claims"])?;
    for f in flows {
        w.write_record([
            f.backer.as_str(),
            &f.recipient,
            &f.value.to_string(),
            unit,
            &f.claims.to_string(),
        ])?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}
