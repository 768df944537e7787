//! Shares named by the words before them: the rest of a total or a share of it ("Le reste,
//! soit 9 milliards", "the remainder, about $27 billion", "la moitié, soit 109 millions") and
//! one of several things counted before, by its ordinal ("Le premier, d'une capacité de 400
//! MW, …, le deuxième, de 350 MW").

/// "Le reste, soit 9 milliards", "the remainder, about $27 billion", "the balance, or $4bn": the
/// rest of a total given before, named and then stated (`before` in lower case).
pub(super) fn rest_named_before(before: &str) -> bool {
    let mut b = before.trim_end();
    // The words that approximate or restate the amount after the noun, or a comma, stand
    // between them ("What could tip the balance: $52 billion" names no rest).
    let mut parted = false;
    loop {
        let t = b.trim_end_matches([',', ' ']);
        parted |= b[t.len()..].contains(',');
        let Some(w) = t.rsplit(' ').next() else {
            break;
        };
        if !APPROXIMATE.contains(&w) || w.len() == t.len() {
            b = t;
            break;
        }
        parted = true;
        b = &t[..t.len() - w.len()];
    }
    if !parted {
        return false;
    }
    // "la moitié, soit 109 millions", "la part la plus importante du budget, soit 18
    // milliards", "près de la moitié de l'enveloppe, soit 55 millions": a share, named in the
    // clause before.
    let clause = b
        .rsplit([',', '.', ';', ':', '('])
        .next()
        .unwrap_or(b)
        .trim_start();
    // ("Les entreprises apporteront en plus la moitié de cette somme, soit …", "add half as
    // much again, or about $5 billion": more money, no share of the total.)
    if ADDED.iter().any(|w| clause.contains(w)) {
        return false;
    }
    // (At a word's start: the text's opening, or after a space or an apostrophe.)
    if SHARE_NOUNS.iter().any(|w| {
        clause.match_indices(w).any(|(k, _)| {
            k == 0 || matches!(clause.as_bytes()[k - 1], b' ' | b'\'') || clause[..k].ends_with('’')
        })
    }) {
        return true;
    }
    [
        "the rest",
        "the remainder",
        "the balance",
        "le reste",
        "le solde",
        "le restant",
    ]
    .iter()
    .any(|r| {
        b.strip_suffix(r)
            .is_some_and(|head| head.is_empty() || head.ends_with([' ', '\n', '"', '«']))
    })
}

/// Words of money added on top of a total, in lower case.
const ADDED: &[&str] = &[
    "en plus",
    "de plus",
    "supplémentaire",
    "additional",
    " add",
    "again",
    "on top",
    "as much",
];

/// A share of a whole, opening the words that name it before its amount (lower case).
const SHARE_NOUNS: &[&str] = &[
    "la moitié",
    "le tiers",
    "le quart",
    "la part ",
    "la plus grande part",
    "essentiel",
    "la majorité",
    "la majeure partie",
    "half",
    "a third",
    "a quarter",
    "the bulk",
    "the largest share",
];

/// Words between a rest's noun and its amount: "soit", "about", "environ".
const APPROXIMATE: &[&str] = &[
    "soit",
    "about",
    "roughly",
    "around",
    "some",
    "nearly",
    "almost",
    "or",
    "environ",
    "quelque",
    "i.e.",
    "approximately",
];

/// "Le premier, d'une capacité de 400 mégawatts, …, le deuxième, de 350 MW": an ordinal standing
/// for one of several things counted before (its article, then a comma or "de"/"of"), in the
/// lower-cased clause before an amount.
pub(super) fn ordinal_pronoun(clause: &str) -> bool {
    let b = clause.as_bytes();
    // One pass over the clause: each word start (its first byte, or one after a space or a
    // comma) is tried against each ordinal — only one opening on an article's 'l' or 't'.
    (0..b.len())
        .filter(|&i| matches!(b[i], b'l' | b't') && (i == 0 || matches!(b[i - 1], b' ' | b',')))
        .any(|i| {
            ORDINAL_PRONOUNS.iter().any(|o| {
                b[i..].strip_prefix(o.as_bytes()).is_some_and(|after| {
                    after.starts_with(b", ")
                        || after.starts_with(b" de ")
                        || after.starts_with(b" of ")
                })
            })
        })
}

/// The ordinals (with their article) that stand for one of several things counted before.
const ORDINAL_PRONOUNS: &[&str] = &[
    "le premier",
    "la première",
    "le deuxième",
    "la deuxième",
    "le second",
    "la seconde",
    "le troisième",
    "la troisième",
    "the first",
    "the second",
    "the third",
];
