//! Names in the contract's output as the article writes them: an actor whose canonical name the
//! article never writes near its mentions ("US Congress" where it only says "Congress",
//! "Ministère de l'Économie" where it says "Bercy") is named by its fullest mention, so that
//! every name a reader of the output meets can be found in the text; and an actor the article
//! writes in a fuller form ("Samsung Electronics" for "Samsung") is named by that form.

use super::Extraction;
use super::entities::WordHashBuild;
use std::collections::HashMap;
use std::ops::Range;
use unicode_normalization::UnicodeNormalization;

/// What the text writes: the canonical names found near one of their mentions, and each
/// canonical name's longest mention.
#[derive(Debug, Default)]
pub struct Written {
    /// Per canonical name, what its mentions write.
    names: HashMap<String, Entry, WordHashBuild>,
}

/// What the mentions of one canonical name write.
#[derive(Debug, Default)]
struct Entry {
    /// The text writes the canonical name near one of them.
    written: bool,
    /// The longest capitalised mention (else the longest).
    longest: String,
    /// The longest mention that goes on past the canonical name by whole words ("Samsung
    /// Electronics" for "Samsung").
    fuller: String,
}

impl Written {
    /// Learns from one mention of `canonical` at `bytes` in `text`.
    pub fn learn(&mut self, text: &str, bytes: Range<usize>, canonical: &str) {
        let mention = text.get(bytes.clone()).unwrap_or_default();
        let entry = match self.names.get_mut(canonical) {
            Some(e) => e,
            None => self.names.entry(canonical.to_string()).or_default(),
        };
        // "Samsung Electronics", "SoftBank Group Corp": the article's fuller form of a short
        // canonical name names it best.
        if mention.len() > canonical.len() + 1
            && mention.as_bytes()[canonical.len()] == b' '
            && mention.is_char_boundary(canonical.len())
            && mention[..canonical.len()].eq_ignore_ascii_case(canonical)
            && mention.chars().count() > entry.fuller.chars().count()
        {
            entry.fuller = mention.to_string();
        }
        // Most mentions write their canonical name as it is; a name known written is done.
        if entry.written || mention.eq_ignore_ascii_case(canonical) {
            entry.written = true;
            return;
        }
        // A proper name before a description ("PIF", not "fonds souverain saoudien"), then
        // the longest.
        let rank = |m: &str| (m.starts_with(char::is_uppercase), m.chars().count());
        if rank(mention) > rank(&entry.longest) {
            entry.longest = mention.to_string();
        }
        // "Sheikh Tahnoun bin Zayed" writes "Tahnoun bin Zayed" past the mention's end.
        let reach = 2 * canonical.len();
        let from = text.floor_char_boundary(bytes.start.saturating_sub(reach));
        let to = text.ceil_char_boundary((bytes.end + reach).min(text.len()));
        entry.written = key(&text[from..to]).contains(&key(canonical));
    }

    /// Renames, in entities, owners and counterparts, every actor some mention writes in a
    /// fuller form than its canonical name to the longest such form, and every actor whose
    /// canonical name the text never writes near its mentions (case, accents, spacing and
    /// punctuation aside) to its longest capitalised mention (else its longest; the first of
    /// equal length), white space made single spaces.
    pub fn rename(&self, x: &mut Extraction) {
        let renames: HashMap<&str, String, WordHashBuild> = self
            .names
            .iter()
            .filter_map(|(c, e)| {
                let name = if !e.fuller.is_empty() {
                    &e.fuller
                } else if !e.written {
                    &e.longest
                } else {
                    return None;
                };
                Some((c.as_str(), spaced(name)))
            })
            .filter(|(c, n)| !key(n).is_empty() && c != n)
            .collect();
        if renames.is_empty() {
            return;
        }
        let rename = |name: &mut String| {
            if let Some(n) = renames.get(name.as_str()) {
                name.clone_from(n);
            }
        };
        for e in &mut x.entities {
            rename(&mut e.canonical);
        }
        for f in &mut x.figures {
            for name in [&mut f.actor, &mut f.counterpart].into_iter().flatten() {
                rename(name);
            }
        }
    }
}

/// A name's letters and digits, lower-cased, without accents: "Ministère de l'Économie" and
/// "ministere de l Economie" have one key.
///
/// An ASCII char is its own decomposition and no combining mark is reordered across one, so
/// only the runs of other chars are decomposed (each on its own), the ASCII ones read as bytes.
fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        out.extend(
            rest.bytes()
                .take(ascii)
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        rest = &rest[ascii..];
        let other = rest
            .bytes()
            .position(|b| b.is_ascii())
            .unwrap_or(rest.len());
        out.extend(
            rest[..other]
                .nfkd()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase),
        );
        rest = &rest[other..];
    }
    out
}

/// `name` with every run of white space (no-break spaces, line breaks) made one space.
fn spaced(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
