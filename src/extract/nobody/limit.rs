//! Limits a rule sets, which no one owns: a cap on shipments ("cap shipments to Malaysia at
//! 50,000 GPUs", "plafonnées à 50 000 GPU"), a threshold ("the previous threshold of 50,000
//! GPUs", "au-delà d'un seuil de"), a maximum fine ("raised the maximum fine to NT$25 million").

use crate::text::{AnyOf, around};
use std::sync::LazyLock;

/// How far before an amount (bytes) the words of a limit are read.
const REACH: usize = 64;

/// Letter runs every word of a limit holds (searched together, built once).
static LIMIT_RUNS: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(&["cap", "plafon", "hreshold", "seuil", "fine", "limit"]));

/// Letter runs every verb of capping holds (searched together, built once).
static CAP_RUNS: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(&["cap", "plafonn", "limit"]));

/// True when the words right before the amount at `at` (not before `from`) set a limit.
pub fn limit(s: &str, from: usize, at: usize) -> bool {
    let t = around(s, from.max(at.saturating_sub(REACH)), at);
    // Most amounts have none of the letter runs of a limit before them.
    if !LIMIT_RUNS.found_in(t.as_bytes()) {
        return false;
    }
    crate::text::with_lower(t, |t| {
        let t = t.trim_end();
        // ("plafonnées à environ 50 000 GPU", "capped at about 50,000".)
        let t = [
            "environ", "about", "around", "roughly", "some", "up to", "jusqu'à",
        ]
        .iter()
        .find_map(|w| t.strip_suffix(w))
        .map_or(t, str::trim_end);
        let clause = t.rsplit([',', ';']).next().unwrap_or(t);
        ENDINGS.iter().any(|e| t.ends_with(e))
            || (t.ends_with(" at") && caps(clause))
            || ([" to", " of", " à", " de"].iter().any(|e| t.ends_with(e))
                && ["maximum fine", "maximum penalty", "amende maximale"]
                    .iter()
                    .any(|w| clause.contains(w)))
    })
}

/// A rule's cap stated by an active verb with its object: "NVE now caps new connections at",
/// "Le règlement plafonne la contribution publique à", "limitaient à 50 000 GPU". Unlike a
/// participle ("a machine plafonnée à 20 MW"), this holds for power too; a cap on one's own
/// thing ("capped its capex at") is its owner's.
pub fn rule_cap(s: &str, from: usize, at: usize) -> bool {
    let t = around(s, from.max(at.saturating_sub(REACH)), at);
    if !CAP_RUNS.found_in(t.as_bytes()) {
        return false;
    }
    crate::text::with_lower(t, |t| {
        let t = t.trim_end();
        let t = ["environ", "about", "around", "roughly", "some"]
            .iter()
            .find_map(|w| t.strip_suffix(w))
            .map_or(t, str::trim_end);
        let clause = t.rsplit([',', ';']).next().unwrap_or(t);
        let Some(head) = [" at", " à", " to"]
            .iter()
            .find_map(|e| clause.strip_suffix(e))
        else {
            return false;
        };
        let words: Vec<&str> = head
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .collect();
        let Some(v) = words.iter().rposition(|w| CAP_VERBS.contains(w)) else {
            return false;
        };
        // "limitaient à 50 000 GPU": the object may follow the amount ("le site plafonne à
        // 150 MW" is the site's own peak).
        let object = &words[v + 1..];
        let limits_first =
            words[v].starts_with("limit") && [" à"].iter().any(|e| clause.ends_with(e));
        (limits_first || !object.is_empty())
            && !object.first().is_some_and(|w| {
                matches!(
                    *w,
                    "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "son"
                        | "sa"
                        | "ses"
                        | "leur"
                        | "leurs"
                )
            })
    })
}

/// Active verbs of capping, in the present, past or future.
const CAP_VERBS: &[&str] = &[
    "cap",
    "caps",
    "capping",
    "limits",
    "limiting",
    "plafonne",
    "plafonnent",
    "plafonnait",
    "plafonnaient",
    "plafonnera",
    "plafonneront",
    "limite",
    "limitent",
    "limitait",
    "limitaient",
    "limitera",
    "limiteront",
];

/// "cap shipments to Malaysia at": a verb of capping earlier in the clause.
fn caps(clause: &str) -> bool {
    clause
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "cap" | "caps" | "capped" | "capping"))
}

/// The words a limit's amount follows.
const ENDINGS: &[&str] = &[
    "capped at",
    "a cap of",
    "threshold of",
    "plafonné à",
    "plafonnée à",
    "plafonnés à",
    "plafonnées à",
    "plafond de",
    "seuil de",
    "limite de",
    "a limit of",
];

#[cfg(test)]
mod tests {
    use super::{limit, rule_cap};

    fn before(t: &str) -> bool {
        limit(t, 0, t.len())
    }

    #[test]
    fn caps_thresholds_and_fines_are_limits() {
        assert!(before("export rules cap shipments to Malaysia at "));
        assert!(before(
            "les importations auraient été plafonnées à environ "
        ));
        assert!(before("down from the previous threshold of "));
        assert!(before(
            "has raised the maximum fine for illegal exports to "
        ));
        assert!(!before("the company raised its capex to "));
        assert!(!before("Nvidia will ship chips at a price of "));
        assert!(!before(
            "the fund capped its first close, and said it had raised "
        ));
    }

    #[test]
    fn a_rule_capping_an_object_sets_a_limit_for_power_too() {
        let cap = |t: &str| rule_cap(t, 0, t.len());
        assert!(cap("The regulator, NVE, now caps new connections at "));
        assert!(cap(
            "Le règlement plafonne toutefois la contribution publique à "
        ));
        assert!(cap(
            "les règles américaines d’exportation, qui limitaient à "
        ));
        assert!(!cap("The machine is capped at "));
        assert!(!cap("Meta capped its capex at "));
        assert!(!cap("The company said it would cut costs to "));
        assert!(!cap("la puissance plafonnée à "));
        assert!(!cap("Le site plafonne à "));
    }
}
