//! Where a filing or a regulated release defines its issuer: "Héliade (Euronext Paris – HLD)
//! (la « Société »)", "Tianshu Holdings Limited (the "Company")" — the bracket holding the
//! quoted defined word, and where the name it defines ends.

/// The words a release defines its issuer by (with its subsidiaries: "le Groupe").
pub const DEFINED: &[&str] = &[
    "Société",
    "Groupe",
    "Émetteur",
    "Company",
    "Group",
    "Issuer",
    // A State aid decision's one recipient: "Cierzo Compute S.L. ('the beneficiary')".
    "beneficiary",
    "Beneficiary",
    "bénéficiaire",
    "Bénéficiaire",
];

/// How far before its defined word the bracket that holds it may open (bytes).
const BRACKET_REACH: usize = 48;

/// Where the names defined in `s` end, in text order: for each bracket holding a quoted defined
/// word ("(la « Société »", "(the "Company""), the end of the text before it, other brackets
/// and spaces aside.
///
/// A defined word counts only within [`BRACKET_REACH`] bytes after a '(' (three more when that
/// reach falls inside a char): only the bytes after each '(' are looked at, their first byte
/// told by a table, not the whole text once per word.
pub fn defined_name_ends(s: &str) -> Vec<usize> {
    let b = s.as_bytes();
    // (start, word) of each defined word near enough after a '(', once each.
    let mut near = Vec::new();
    for open in memchr::memchr_iter(b'(', b) {
        for at in open + 1..(open + BRACKET_REACH + 4).min(b.len()) {
            if !DEFINED_FIRST[usize::from(b[at])] {
                continue;
            }
            for (k, w) in DEFINED.iter().enumerate() {
                if b[at..].starts_with(w.as_bytes()) {
                    near.push((at, k));
                }
            }
        }
    }
    near.sort_unstable();
    near.dedup();
    let mut out = Vec::new();
    for (at, k) in near {
        let end = at + DEFINED[k].len();
        let before = s[..at].trim_end_matches([' ', '\u{a0}', '\u{202f}']);
        // ("the Company" may stand whole in the quotes.)
        let before = ["the", "la", "le"]
            .iter()
            .find_map(|d| before.strip_suffix(d))
            .unwrap_or(before);
        let after = s[end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        if !(before.ends_with(['«', '"', '“', '\'', '‘'])
            && after.starts_with(['»', '"', '”', '\'', '’']))
        {
            continue;
        }
        let from = s.floor_char_boundary(at.saturating_sub(BRACKET_REACH));
        let Some(open) = s[from..at].rfind('(').map(|k| from + k) else {
            continue;
        };
        if !s[open..at].contains(')')
            && let Some(e) = end_before_brackets(s, open)
        {
            out.push(e);
        }
    }
    out.sort_unstable();
    out
}

/// For each byte, whether a word of [`DEFINED`] starts with it.
static DEFINED_FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < DEFINED.len() {
        t[DEFINED[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    t
};

/// The end of the text before `at`, spaces and up to four brackets before it aside.
fn end_before_brackets(s: &str, mut at: usize) -> Option<usize> {
    for _ in 0..4 {
        let t = s[..at].trim_end_matches([' ', '\u{a0}', '\n']);
        if !t.ends_with(')') {
            return Some(t.len());
        }
        at = t.rfind('(')?;
    }
    None
}

/// The terms a filing defines for things, not names: a quoted term in a bracket right after
/// lower-case words or an amount ("to raise A$400 million (the "Placement")", "a global cloud
/// provider (the "Customer")"). After a name ("Baudin Data Centres Limited ("Baudin")"), a
/// term is that name's.
pub fn defined_things(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for open in memchr::memchr_iter(b'(', s.as_bytes()) {
        // (Within 80 bytes: an unclosed bracket is not followed to the text's end.)
        let window = &s.as_bytes()[open..s.len().min(open + 81)];
        let Some(len) = memchr::memchr(b')', window) else {
            continue;
        };
        let inner = &s[open + 1..open + len];
        if !inner.contains(['"', '“', '«']) {
            continue;
        }
        let before = s[..open].trim_end();
        let last_word = before.rsplit([' ', '\n']).next().unwrap_or(before);
        if !last_word.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) {
            continue;
        }
        for part in inner.split(['"', '“', '”', '«', '»']).skip(1).step_by(2) {
            let term = part.trim_matches([' ', '\u{a0}', '\u{202f}']);
            if term.starts_with(char::is_uppercase) && !DEFINED.contains(&term) {
                out.push(term);
            }
        }
    }
    out
}

/// Plural nouns of a kind of actor ("entreprises non financières", "small and medium-sized
/// enterprises"); a body or a programme written in lower case ("la direction générale des
/// entreprises", "le crédit d'impôt recherche") names one.
const ACTOR_KINDS: &[&str] = &[
    "entreprises",
    "sociétés",
    "ménages",
    "établissements",
    "opérateurs",
    "fournisseurs",
    "enterprises",
    "companies",
    "firms",
    "businesses",
    "households",
    "operators",
    "providers",
];

/// Head nouns of a body or a programme named in lower case ("la direction générale des
/// entreprises", "la confédération des petites et moyennes entreprises").
const BODY_HEADS: &[&str] = &[
    "direction",
    "agence",
    "office",
    "conseil",
    "commission",
    "ministère",
    "caisse",
    "banque",
    "fonds",
    "crédit",
    "loi",
    "programme",
    "plan",
    "association",
    "fédération",
    "confédération",
    "union",
    "syndicat",
    "department",
    "agency",
    "council",
    "federation",
    "bank",
    "fund",
];

/// The acronyms a text defines for common noun phrases, which name a kind of actor, not one:
/// "les entreprises non financières (ENF)", "small and medium-sized enterprises (SMEs)". The
/// initials of the lower-case words before the bracket spell the acronym, and the phrase's
/// noun is a kind of actor's ([`ACTOR_KINDS`]).
pub fn common_noun_acronyms(s: &str) -> Vec<&str> {
    memchr::memchr_iter(b'(', s.as_bytes())
        .filter_map(|open| super::acronyms::spelled_before(s, open).map(|(a, st)| (a, st, open)))
        .filter(|&(_, start, open)| {
            let phrase = &s[start..open];
            let words: Vec<&str> = phrase
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty())
                .collect();
            // (The noun first, "entreprises non financières", or last, "small and medium-sized
            // enterprises"; not "la direction générale des entreprises (DGE)".)
            let kind = |w: Option<&&str>| w.is_some_and(|w| ACTOR_KINDS.contains(w));
            !phrase.chars().any(char::is_uppercase)
                && (kind(words.first()) || kind(words.last()))
                && !words.first().is_some_and(|w| BODY_HEADS.contains(w))
        })
        .map(|(acronym, _, _)| acronym)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_definitions_bracket_closes_the_name_before_it() {
        let s = "Lannion – Héliade (Euronext Paris – HLD) (la « Société » et, avec ses \
                 filiales, le « Groupe »), opérateur.";
        let end = s.find(" (Euronext").unwrap();
        assert_eq!(defined_name_ends(s), [end]);
        let s = "Orbis Holdings Limited (the \"Company\") announces a placing.";
        assert_eq!(defined_name_ends(s), [s.find(" (the").unwrap()]);
        let s = "Orbis Holdings Limited (\"Orbis\" or \"the Company\") announces a placing.";
        assert_eq!(defined_name_ends(s), [s.find(" (").unwrap()]);
        // A word in quotes that defines nothing, or no bracket: none.
        assert!(defined_name_ends("Orbis, a \"Company\" of the year, grew.").is_empty());
    }

    #[test]
    fn terms_defined_after_lower_case_words_are_things() {
        let s = "Orbis Holdings Limited (\"Orbis\" or \"the Company\") will raise A$400 million \
                 (the \"Placement\") from a cloud provider (the \"Customer\") and Wattle Pty Ltd \
                 (the \"Joint Lead Managers\").";
        assert_eq!(defined_things(s), ["Placement", "Customer"]);
    }

    #[test]
    fn an_acronym_of_a_kind_of_actor_names_no_one() {
        let s = "L'investissement des entreprises non financières (ENF) a crû ; celui des petites \
                 et moyennes entreprises (PME) aussi. Loans to small and medium-sized enterprises (SMEs) \
                 lag.";
        assert_eq!(common_noun_acronyms(s), ["ENF", "PME", "SMEs"]);
        // A body or a programme written in lower case names one; so does a name in capitals.
        let s = "La direction générale des entreprises (DGE), le crédit d'impôt recherche (CIR) \
                 et Compute Europe Holdings (CEH).";
        assert!(common_noun_acronyms(s).is_empty());
    }
}
