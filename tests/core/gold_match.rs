//! How a gold file's figures and names are matched, exactly as `shared/tools/score.py` does:
//! shared by the gold tests and `examples/rank_train.rs`.

use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use unicode_normalization::UnicodeNormalization;

/// The scorer's name normalisation: no diacritics, lower case, no leading article, only [a-z0-9].
pub fn norm(s: &str) -> String {
    let s: String = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
        .replace('\u{2019}', "'");
    let s = ["l'", "d'", "la ", "le ", "les ", "the "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(&s);
    s.chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        .collect()
}

/// Char span of the `occurrence`-th occurrence of `needle` (1-based), as Python's `str.find`.
pub fn locate(text: &str, needle: &str, occurrence: usize) -> Option<(usize, usize)> {
    let mut from = 0;
    let mut pos = None;
    for _ in 0..occurrence {
        let p = text[from..].find(needle)? + from;
        pos = Some(p);
        from = p + text[p..].chars().next().map_or(1, char::len_utf8);
    }
    let p = pos?;
    let start = text[..p].chars().count();
    Some((start, start + needle.chars().count()))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.01 * b.abs().max(1e-9)
}

pub fn value_ok(g: &Value, x: &vigie::extract::Figure) -> bool {
    if let (Some(gmin), Some(gmax)) = (g["value_min"].as_f64(), g["value_max"].as_f64()) {
        return match (x.value_min, x.value_max) {
            (Some(a), Some(b)) => close(a, gmin) && close(b, gmax),
            _ => gmin * 0.99 <= x.value && x.value <= gmax * 1.01,
        };
    }
    if g["vague"].as_bool() == Some(true) {
        return true;
    }
    g["value"].as_f64().is_none_or(|v| close(x.value, v))
}

/// A gold entity's canonical name, then its aliases.
pub fn names(e: &Value) -> Vec<String> {
    let mut v = vec![e["canonical"].as_str().unwrap_or("").to_string()];
    v.extend(
        e["aliases"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a.as_str())
            .map(String::from),
    );
    v
}

/// A gold figure, whether it is required (not optional), and its char span in the text.
pub type GoldFigure<'g> = (&'g Value, bool, Option<(usize, usize)>);

/// One gold document's figures located in its text, and its names folded to canonicals.
pub struct GoldDoc<'g> {
    actor_names: HashMap<String, String>,
    pub figures: Vec<GoldFigure<'g>>,
    used: BTreeSet<usize>,
}

impl<'g> GoldDoc<'g> {
    /// `g` is one entry of a gold file's `documents`; `text` the file as decoded.
    pub fn new(g: &'g Value, text: &str) -> Self {
        let mut actor_names = HashMap::new();
        for list in ["required", "optional"] {
            for e in g["entities"][list].as_array().into_iter().flatten() {
                for n in names(e) {
                    actor_names.insert(norm(&n), norm(e["canonical"].as_str().unwrap_or("")));
                }
            }
        }
        let mut figures = Vec::new();
        for (list, req) in [("figures", true), ("optional_figures", false)] {
            for f in g[list].as_array().into_iter().flatten() {
                let occ = f["occurrence"].as_u64().unwrap_or(1) as usize;
                figures.push((f, req, locate(text, f["text"].as_str().unwrap_or(""), occ)));
            }
        }
        GoldDoc {
            actor_names,
            figures,
            used: BTreeSet::new(),
        }
    }

    /// A name folded as the scorer folds it: to its gold canonical when it is an alias.
    pub fn canon(&self, s: &str) -> String {
        self.actor_names
            .get(&norm(s))
            .cloned()
            .unwrap_or_else(|| norm(s))
    }

    /// The first unused gold figure the found one matches (overlapping span, same kind and
    /// unit, value within 1 %), marked used.
    pub fn take(&mut self, f: &vigie::extract::Figure) -> Option<usize> {
        let i = self
            .figures
            .iter()
            .enumerate()
            .position(|(i, (g, _, span))| {
                !self.used.contains(&i)
                    && span.is_some_and(|(s, e)| f.start < e && s < f.end)
                    && g["kind"].as_str() == Some(f.kind.as_str())
                    && g["unit"].as_str() == Some(f.unit.as_str())
                    && value_ok(g, f)
            })?;
        self.used.insert(i);
        Some(i)
    }

    /// Whether `actor` is a right owner of gold figure `i`: one of its actors, or none when
    /// its `actors` is empty.
    /// Whether `actor` is the gold's first (preferred) owner of figure `i`, or nobody when the
    /// gold names none. (Used by `examples/rank_train.rs`, which includes this file.)
    #[allow(dead_code)]
    pub fn prefers(&self, i: usize, actor: Option<&str>) -> bool {
        match self.figures[i].0["actors"].get(0).and_then(|a| a.as_str()) {
            Some(first) => actor.is_some_and(|a| self.canon(a) == self.canon(first)),
            None => actor.is_none(),
        }
    }

    pub fn owns(&self, i: usize, actor: Option<&str>) -> bool {
        let ok: BTreeSet<String> = self.figures[i].0["actors"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a.as_str())
            .map(|a| self.canon(a))
            .collect();
        if ok.is_empty() {
            actor.is_none()
        } else {
            actor.is_some_and(|a| ok.contains(&self.canon(a)))
        }
    }

    /// Whether gold figure `i` was matched.
    pub fn is_used(&self, i: usize) -> bool {
        self.used.contains(&i)
    }
}
