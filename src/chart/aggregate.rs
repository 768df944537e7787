//! From mentions to bars: the mentions a chart keeps become claims (one fact, counted once
//! however many articles or sentences report it), and each actor's bar sums its claims, with
//! low/high for ranges and every mention listed under the claim it reports. The analyst's
//! corrections to claims (split, merge, canonical mention) are carried out as claims are built.

use super::collect::{collect, unit_of};
use super::identity::Identity;
use super::input::ChartCorpus;
use super::model::{Bar, Chart, ChartClaim, Source};
use super::rates::default_rates;
use crate::claims;
use crate::extract::Lexicon;
use crate::i18n::Lang;
use crate::project::ChartSpec;
use std::collections::HashMap;

/// Computes the chart `spec` over `corpus`; actor names fold through `lexicon`.
pub fn aggregate(corpus: &ChartCorpus, spec: &ChartSpec, lexicon: &Lexicon, locale: Lang) -> Chart {
    let f = &spec.filters;
    let currency = spec.currency.clone().unwrap_or_else(|| "EUR".to_string());
    let (unit, rates) = match unit_of(spec.figure_kind) {
        Some(u) => (u.to_string(), None),
        None => {
            let rates = spec.rates.clone().or_else(|| default_rates(&currency));
            (currency, rates)
        }
    };
    let identity = Identity::new(lexicon);
    let found = collect(corpus, spec, rates.as_ref(), &unit, &identity);
    let decisions = super::decisions::resolve(corpus, &found.mentions);
    let claims = claims::build_with(&found.mentions, claims::TOLERANCE, &decisions);
    let mut sources: Vec<Option<Source>> = found.sources.into_iter().map(Some).collect();
    // Bars and their sources (with the mention index, for corpus order), claim by claim.
    let mut bars: Vec<(Bar, Vec<(usize, Source)>)> = Vec::new();
    let mut unattributed: Vec<(usize, Source)> = Vec::new();
    for (ci, c) in claims.claims.iter().enumerate() {
        let canon = c.canonical();
        let mut articles: Vec<usize> = c
            .mentions
            .iter()
            .map(|&i| found.mentions[i].article)
            .collect();
        articles.sort_unstable();
        articles.dedup();
        let taken = c.mentions.iter().filter_map(|&i| {
            let mut s = sources[i].take()?;
            s.counted = i == canon;
            s.claim = ci;
            s.disagrees = c.disagrees(i);
            s.other_amount = c.says_other_amount(i);
            s.reports = articles.len();
            Some((i, s))
        });
        let Some(key) = &c.actor else {
            unattributed.extend(taken);
            continue;
        };
        let kind = found.kinds[canon];
        let k = match bars.iter().position(|(b, _)| b.actor == *key) {
            Some(k) => k,
            None => {
                bars.push((
                    Bar {
                        label: identity.label(key, locale),
                        actor: key.clone(),
                        kind,
                        value: 0.0,
                        low: 0.0,
                        high: 0.0,
                        claims: 0,
                        sources: Vec::new(),
                    },
                    Vec::new(),
                ));
                bars.len() - 1
            }
        };
        let (bar, list) = &mut bars[k];
        bar.kind = bar.kind.or(kind);
        bar.value += c.value;
        bar.low += c.low;
        bar.high += c.high;
        bar.claims += 1;
        list.extend(taken);
    }
    let in_order = |mut list: Vec<(usize, Source)>| {
        list.sort_by_key(|(i, _)| *i);
        list.into_iter().map(|(_, s)| s).collect::<Vec<_>>()
    };
    let mut bars: Vec<Bar> = bars
        .into_iter()
        .map(|(mut b, list)| {
            b.sources = in_order(list);
            b
        })
        .collect();
    let mut unattributed = in_order(unattributed);
    if !f.actor_kinds.is_empty() {
        bars.retain(|b| b.kind.is_some_and(|k| f.actor_kinds.contains(&k)));
    }
    bars.sort_by(|a, b| {
        b.value
            .total_cmp(&a.value)
            .then_with(|| alphanumeric_sort::compare_str(&a.label, &b.label))
    });
    let mut hidden_bars = 0;
    if let Some(n) = f.top_n.map(|n| n as usize)
        && bars.len() > n
    {
        hidden_bars = bars.len() - n;
        bars.truncate(n);
    }
    number_claims(&mut bars, &mut unattributed);
    let claims = claim_list(&bars, &unattributed);
    Chart {
        name: spec.name.clone(),
        kind: spec.figure_kind,
        unit,
        bars,
        rates,
        unconverted: found.unconverted,
        unattributed,
        claims,
        hidden_bars,
        filters: f.clone(),
        theme_names: f
            .themes
            .iter()
            .filter_map(|id| corpus.themes.iter().find(|t| t.id == *id))
            .map(|t| t.name.clone())
            .collect(),
        corpus: corpus.name.clone(),
    }
}

/// Numbers claims 1, 2, … in the order a reader meets them (bars, then figures without an
/// actor), replacing the internal index each source carries.
fn number_claims(bars: &mut [Bar], unattributed: &mut [Source]) {
    let mut ids: HashMap<usize, usize> = HashMap::new();
    let sources = bars.iter_mut().flat_map(|b| b.sources.iter_mut());
    for s in sources.chain(unattributed.iter_mut()) {
        let next = ids.len() + 1;
        s.claim = *ids.entry(s.claim).or_insert(next);
    }
}

/// The claims shown, by number, each with its canonical mention's amount and every mention.
fn claim_list(bars: &[Bar], unattributed: &[Source]) -> Vec<ChartClaim> {
    let mut out: Vec<ChartClaim> = Vec::new();
    let shown = bars
        .iter()
        .flat_map(|b| b.sources.iter().map(move |s| (b.label.as_str(), s)))
        .chain(unattributed.iter().map(|s| ("", s)));
    for (label, s) in shown {
        if out.len() < s.claim {
            out.resize_with(s.claim, || ChartClaim {
                id: 0,
                label: String::new(),
                value: 0.0,
                text: String::new(),
                mentions: Vec::new(),
            });
        }
        let c = &mut out[s.claim - 1];
        c.id = s.claim;
        if s.counted {
            c.label = label.to_string();
            c.value = s.value.unwrap_or_default();
            c.text.clone_from(&s.figure.text);
            c.mentions.insert(0, s.key());
        } else {
            c.mentions.push(s.key());
        }
    }
    out
}
