//! Code names unique across a whole exported codebook. Vigie allows one name under two parents
//! (and an actor code may repeat a theme's name), but QualCoder keys codes by name: it reuses the
//! first code of a name and leaves the second's codings with no code. A name that occurs more
//! than once is therefore qualified by its parent ("Régulation (Argent)"), then numbered.

use super::xml::Code;
use std::collections::{HashMap, HashSet};

/// Renames codes whose name (case-insensitively) is used more than once in `codes`, in place;
/// returns one line per renamed code, for the export report. Linear in the number of codes.
pub fn make_unique(codes: &mut [Code]) -> Vec<String> {
    let mut count: HashMap<String, usize> = HashMap::new();
    walk(codes, &mut |c, _| {
        *count.entry(key(&c.name)).or_default() += 1
    });
    // Names used once keep their name; a qualified name never takes one of them.
    let taken: HashSet<String> = count
        .iter()
        .filter(|&(_, &n)| n == 1)
        .map(|(k, _)| k.clone())
        .collect();
    let mut names = Names {
        count,
        taken,
        next: HashMap::new(),
        renamed: Vec::new(),
    };
    names.rename(codes, None);
    names.renamed
}

fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

fn walk(codes: &[Code], f: &mut impl FnMut(&Code, usize)) {
    for c in codes {
        f(c, 0);
        walk(&c.children, f);
    }
}

struct Names {
    /// How many codes carry each name (by [`key`]).
    count: HashMap<String, usize>,
    /// Final names, and names used once (kept).
    taken: HashSet<String>,
    /// The next number to try after a qualified base name, so numbering stays linear.
    next: HashMap<String, usize>,
    renamed: Vec<String>,
}

impl Names {
    fn rename(&mut self, codes: &mut [Code], parent: Option<&str>) {
        for c in codes.iter_mut() {
            let original = c.name.clone();
            if self.count.get(&key(&original)).copied().unwrap_or(0) > 1 {
                let base = match parent {
                    Some(p) => format!("{} ({})", original.trim(), p.trim()),
                    None => original.trim().to_string(),
                };
                let name = self.free(&base);
                if name != original {
                    self.renamed.push(format!(
                        "code {original:?} exported as {name:?} (code names must be unique \
                         across the codebook for QualCoder)"
                    ));
                    c.name = name;
                }
            }
            self.rename(&mut c.children, Some(&original));
        }
    }

    /// `base`, or `base (2)`, `base (3)`... the first one not taken; taken from then on.
    fn free(&mut self, base: &str) -> String {
        let k = key(base);
        if self.taken.insert(k.clone()) {
            return base.to_string();
        }
        let n = self.next.entry(k).or_insert(1);
        loop {
            *n += 1;
            let candidate = format!("{base} ({n})");
            if self.taken.insert(key(&candidate)) {
                return candidate;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(name: &str, children: Vec<Code>) -> Code {
        Code {
            notes: Vec::new(),
            guid: String::new(),
            name: name.into(),
            codable: true,
            color: None,
            description: None,
            children,
        }
    }

    fn names(codes: &[Code]) -> Vec<String> {
        let mut out = Vec::new();
        walk(codes, &mut |c, _| out.push(c.name.clone()));
        out
    }

    #[test]
    fn a_name_under_two_parents_is_qualified_by_each_parent() {
        let mut codes = vec![
            code("Argent", vec![code("Régulation", vec![])]),
            code("Puces", vec![code("régulation", vec![])]),
            code("Énergie", vec![]),
        ];
        let renamed = make_unique(&mut codes);
        assert_eq!(
            names(&codes),
            [
                "Argent",
                "Régulation (Argent)",
                "Puces",
                "régulation (Puces)",
                "Énergie"
            ]
        );
        assert_eq!(renamed.len(), 2);
    }

    #[test]
    fn qualified_names_never_take_an_existing_name_and_all_end_unique() {
        let mut codes = vec![
            code("A", vec![code("X", vec![]), code("X", vec![])]),
            code("X (A)", vec![]),
            code("X", vec![]),
        ];
        make_unique(&mut codes);
        let all = names(&codes);
        let unique: HashSet<String> = all.iter().map(|n| key(n)).collect();
        assert_eq!(unique.len(), all.len(), "{all:?}");
        assert!(all.contains(&"X (A)".to_string()));
        assert!(all.contains(&"X".to_string()), "{all:?}");
    }

    #[test]
    fn thousands_of_one_name_are_named_in_linear_time() {
        let kids = (0..3000).map(|_| code("Same", vec![])).collect();
        let mut codes = vec![code("P", kids)];
        make_unique(&mut codes);
        let all = names(&codes);
        assert_eq!(
            all.iter().map(|n| key(n)).collect::<HashSet<_>>().len(),
            3001
        );
    }
}
