//! Changes of an amount: the new amount of a change and the one it replaces ("to $65bn from
//! $40bn", "porter de 300 à 480 MW"), and an amount set against another place or period
//! ("contre 60 milliards aux États-Unis"), which is a fact of its own.

use crate::extract::{FigureHit, FigureKind};
use crate::extract::{Link, LinkKind};
use crate::text;

/// The figure before `figs[j]` is the new amount of a change, right before it: "to $65bn
/// from $40bn", "à 20 milliards, contre 12 milliards".
pub fn changed_to(s: &str, figs: &[FigureHit], j: usize) -> bool {
    let Some(p) = j.checked_sub(1).map(|p| &figs[p]) else {
        return false;
    };
    let f = &figs[j];
    p.kind == f.kind
        && p.unit == f.unit
        && p.span.end <= f.span.start
        && matches!(
            s[p.span.end..f.span.start].trim_end_matches(|c: char| !c.is_alphanumeric()),
            " from" | ", from" | " contre" | ", contre"
        )
        && crate::text::with_lower_tail(s, p.span.start, 8, |before| {
            let before = before.trim_end_matches(|c: char| !c.is_alphanumeric());
            before.ends_with(" to") || before.ends_with(" à")
        })
}

/// "8 milliards en Europe, contre 60 milliards aux États-Unis", "contre 5 milliards en 2023",
/// "compared with $91.4 billion in 2025":
/// an amount set against another place or period is a fact of its own, not the one it
/// replaces ("contre 26 000 milliards dans la version précédente").
pub fn compared(s: &str, mstart: usize, f: &FigureHit) -> bool {
    let contre = s
        .get(mstart..mstart + 6)
        .is_some_and(|m| m.eq_ignore_ascii_case("contre"));
    // "compared with $91.4 billion in 2025" reads as "contre".
    let compared_with = || {
        s.get(mstart..mstart + 4)
            .is_some_and(|m| m.eq_ignore_ascii_case("with"))
            && text::with_lower_tail(s, mstart, 16, |b| {
                let b = b.trim_end();
                b.ends_with("compared") || b.ends_with("compares")
            })
    };
    if !contre && !compared_with() {
        return false;
    }
    let after = text::around(s, f.span.end, f.span.end + 32);
    let t = after.trim_start_matches([' ', ',']);
    let elsewhere = ["aux ", "au ", "en ", "à ", "in ", "dans l'", "pour "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .is_some_and(|rest| {
            let rest = ["l'", "la ", "le "]
                .iter()
                .find_map(|d| rest.strip_prefix(d))
                .unwrap_or(rest);
            rest.starts_with(|c: char| c.is_uppercase())
        });
    elsewhere || dated(after) || (f.kind == FigureKind::Money && dated_money(after))
}

/// Words right after a sum of money set against another ("contre 70 millions lors de son tour
/// d'amorçage", "contre 9 milliards aujourd'hui") that make it another time's: a value or a
/// market then, not the one replaced. (A capacity or a fleet "contre 26 000 aujourd'hui" is
/// part of the level it grows to.)
fn dated_money(after: &str) -> bool {
    opens_with_any(
        after,
        &[
            "lors de son tour",
            "lors de sa levée",
            "lors de son précédent",
            "lors de sa précédente",
            "lors de son dernier",
            "lors de sa dernière",
            "lors de sa série",
            "lors de son introduction",
            "il y a",
            "aujourd'hui",
            "aujourd’hui",
            "today",
            "actuellement",
            "currently",
        ],
    )
}

/// Whether `after`, spaces and a comma aside, opens with one of `words` (ASCII case aside).
fn opens_with_any(after: &str, words: &[&str]) -> bool {
    let after = after.trim_start_matches([' ', ',']);
    words.iter().any(|w| {
        after
            .get(..w.len())
            .is_some_and(|a| a.eq_ignore_ascii_case(w))
    })
}

/// Words right after an amount that date it to another period: "in 2024", "a year earlier",
/// "last year", "l'an dernier", "en 2023", "au premier trimestre".
pub fn dated(after: &str) -> bool {
    opens_with_any(
        after,
        &[
            "in ",
            "a year",
            "one year",
            "last ",
            "the year",
            "the previous",
            "the prior",
            "the same",
            "en ",
            "un an",
            "l'an",
            "l’an",
            "l'année",
            "l’année",
            "au ",
            "sur ",
            "for the",
            "during",
            "at the end",
            "fin ",
        ],
    )
}

/// "porter de 300 à 480 MW", "from $2bn to $3bn": two amounts of one thing before and after a
/// change (the reader splits them off ranges); the earlier one is out of totals, a part of the
/// new amount or superseded by it.
pub fn mark_changes(s: &str, figs: &mut [FigureHit]) {
    for j in 0..figs.len().saturating_sub(1) {
        let (a, b) = (&figs[j], &figs[j + 1]);
        if a.kind != b.kind || !a.in_totals {
            continue;
        }
        let between = s[a.span.end..b.span.start].trim();
        let joined = matches!(between, "à" | "a" | "to");
        let from = || {
            crate::text::with_lower_tail(s, a.span.start, 16, |before| {
                [" de", " from", " d'"].iter().any(|w| before.ends_with(w))
            })
        };
        if (joined && from()) || grows_to(a, b, between, from) {
            figs[j].in_totals = false;
            figs[j].link = Some(Link {
                of: j + 1,
                how: LinkKind::Part,
            });
        }
    }
}

/// Words between an amount and a larger one of the same thing that make the first a stage of
/// the second ("80 MW, rising to 200 MW", "12 MW, extensible à 40 MW", "doubled it to
/// 200,000", "240 MW in the first phase, half of the 480 MW").
const GROWTH: &[&str] = &[
    "rising to",
    "rise to",
    "growing to",
    "grow to",
    "increasing to",
    "expandable to",
    "extendable to",
    "scalable to",
    "expanding to",
    "extensible to",
    "extensible à",
    "à terme",
    "eventually",
    "doubled it to",
    "doubling to",
    "tripling to",
    "pour atteindre",
    "porté à",
    "portée à",
    "portés à",
    "half of the",
    "la moitié des",
];

/// "80 MW, rising to 200 MW", "from 1.5 GW today to 4.5 GW by 2030": in one stretch of a
/// sentence, an amount of power, chips or compute (or money a vehicle may extend to) grows to
/// a larger one of the same unit, of which it is a stage; or the next sentence brings it there
/// (see [`super::stages`]).
fn grows_to(a: &FigureHit, b: &FigureHit, between: &str, from: impl Fn() -> bool) -> bool {
    use crate::extract::FigureKind;
    if a.unit != b.unit || a.value >= b.value || between.len() > 200 {
        return false;
    }
    // Past a sentence's end, only a level the next sentence brings it to ("4 000 GPU dans
    // l'Essonne. Nous devrons porter ce parc à 20 000").
    if let Some(k) = between.rfind(". ") {
        let last = &between[k + 2..];
        return last.len() <= 80 && text::with_lower(last, super::stages::brought_to);
    }
    if between.len() > 120 {
        return false;
    }
    text::with_lower(between, |t| {
        // (Read only for the kinds that grow to a level: money does not.)
        let growth = || GROWTH.iter().any(|w| t.contains(w));
        let money = a.kind == FigureKind::Money;
        // ("the first 150 MW of a planned 300 MW", "CHF 100 mio, ce qui porte l'enveloppe
        // totale à CHF 180 mio")
        if super::stages::part_of_next(t, money) {
            return true;
        }
        if between.len() > 80 {
            return false;
        }
        match a.kind {
            // ("from about 1.4 GW today to 3.1 GW", "de 1,1 GW aujourd'hui à 3,5 GW")
            FigureKind::Power | FigureKind::Chips | FigureKind::Flops => {
                growth() || (t.len() <= 30 && (t.ends_with(" to") || t.ends_with(" à")) && from())
            }
            // ("un véhicule de 30 milliards extensible à 100 milliards")
            FigureKind::Money => ["extensible", "expandable", "scalable"]
                .iter()
                .any(|w| t.contains(w)),
        }
    })
}
