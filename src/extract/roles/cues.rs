//! The cue words of money roles ("raised", "valuation", "subvention"…) and the cue nearest an
//! amount, found at word starts located 16 bytes at a time.

use crate::extract::types::Role;
use crate::text::swar;
use std::sync::LazyLock;

/// What a cue word says; `Grant` is money given by one side to the other, whose direction
/// depends on who the actor is (the state that grants spends, the company that gets it is
/// funded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Is(Role),
    Grant,
}

/// Word starts (lower case, matched at a word start) and what they say. Longer entries first
/// where one is the start of another.
const CUES: &[(&str, Cue)] = &[
    // valuation
    ("valuation", Cue::Is(Role::Valuation)),
    ("valued", Cue::Is(Role::Valuation)),
    ("valuing", Cue::Is(Role::Valuation)),
    ("values ", Cue::Is(Role::Valuation)),
    ("value", Cue::Is(Role::Valuation)),
    ("valoris", Cue::Is(Role::Valuation)),
    ("valoriz", Cue::Is(Role::Valuation)),
    ("worth", Cue::Is(Role::Valuation)),
    ("vaut", Cue::Is(Role::Valuation)),
    ("valait", Cue::Is(Role::Valuation)),
    ("valent", Cue::Is(Role::Valuation)),
    ("price tag", Cue::Is(Role::Valuation)),
    ("market cap", Cue::Is(Role::Valuation)),
    ("post-money", Cue::Is(Role::Valuation)),
    ("pre-money", Cue::Is(Role::Valuation)),
    ("market valu", Cue::Is(Role::Valuation)),
    ("en bourse", Cue::Is(Role::Valuation)),
    ("capitalisation", Cue::Is(Role::Valuation)),
    ("capitalization", Cue::Is(Role::Valuation)),
    // ("le groupe capitalise 1,44 Md€"; a fund "capitalised at" holds its capital.)
    ("capitalise ", Cue::Is(Role::Valuation)),
    // revenue
    ("revenue", Cue::Is(Role::Revenue)),
    ("revenu", Cue::Is(Role::Revenue)),
    ("sales", Cue::Is(Role::Revenue)),
    ("net income", Cue::Is(Role::Revenue)),
    ("income", Cue::Is(Role::Revenue)),
    ("profit", Cue::Is(Role::Revenue)),
    ("earning", Cue::Is(Role::Revenue)),
    ("earn", Cue::Is(Role::Revenue)),
    ("turnover", Cue::Is(Role::Revenue)),
    ("chiffre d'affaires", Cue::Is(Role::Revenue)),
    ("bénéfice", Cue::Is(Role::Revenue)),
    ("résultat net", Cue::Is(Role::Revenue)),
    ("ebitda", Cue::Is(Role::Revenue)),
    ("ebit", Cue::Is(Role::Revenue)),
    ("ventes", Cue::Is(Role::Revenue)),
    ("recettes", Cue::Is(Role::Revenue)),
    ("orders", Cue::Is(Role::Revenue)),
    ("order book", Cue::Is(Role::Revenue)),
    ("backlog", Cue::Is(Role::Revenue)),
    ("booking", Cue::Is(Role::Revenue)),
    ("commandes", Cue::Is(Role::Revenue)),
    ("generat", Cue::Is(Role::Revenue)),
    ("sold ", Cue::Is(Role::Revenue)),
    ("sells ", Cue::Is(Role::Revenue)),
    ("vendu", Cue::Is(Role::Revenue)),
    ("encaiss", Cue::Is(Role::Revenue)),
    ("remaining performance", Cue::Is(Role::Revenue)),
    // a gain made on shares sold
    ("plus-value", Cue::Is(Role::Revenue)),
    ("capital gain", Cue::Is(Role::Revenue)),
    // what is won or supplied is earned
    ("won ", Cue::Is(Role::Revenue)),
    ("wins ", Cue::Is(Role::Revenue)),
    ("remport", Cue::Is(Role::Revenue)),
    ("décroch", Cue::Is(Role::Revenue)),
    ("to supply", Cue::Is(Role::Revenue)),
    ("fournir", Cue::Is(Role::Revenue)),
    ("backlog", Cue::Is(Role::Revenue)),
    ("carnet de commandes", Cue::Is(Role::Revenue)),
    // other
    ("market", Cue::Is(Role::Other)),
    ("marché", Cue::Is(Role::Other)),
    ("loss", Cue::Is(Role::Other)),
    ("losing", Cue::Is(Role::Other)),
    ("lost", Cue::Is(Role::Other)),
    ("perte", Cue::Is(Role::Other)),
    ("perdu", Cue::Is(Role::Other)),
    ("fine", Cue::Is(Role::Other)),
    ("amende", Cue::Is(Role::Other)),
    // ("sanctioned for the first phase": approved.)
    ("sanction ", Cue::Is(Role::Other)),
    ("sanctions ", Cue::Is(Role::Other)),
    ("penalt", Cue::Is(Role::Other)),
    ("pénalit", Cue::Is(Role::Other)),
    ("deficit", Cue::Is(Role::Other)),
    ("déficit", Cue::Is(Role::Other)),
    ("debt", Cue::Is(Role::Other)),
    ("dette", Cue::Is(Role::Other)),
    ("exports", Cue::Is(Role::Other)),
    ("exportations", Cue::Is(Role::Other)),
    // assets managed are no money spent
    ("manages", Cue::Is(Role::Other)),
    ("managing", Cue::Is(Role::Other)),
    ("under management", Cue::Is(Role::Other)),
    ("assets", Cue::Is(Role::Other)),
    ("actifs", Cue::Is(Role::Other)),
    ("sous gestion", Cue::Is(Role::Other)),
    ("gère ", Cue::Is(Role::Other)),
    // funding
    ("raise", Cue::Is(Role::Funding)),
    ("raising", Cue::Is(Role::Funding)),
    ("funding round", Cue::Is(Role::Funding)),
    ("round", Cue::Is(Role::Funding)),
    ("fundrais", Cue::Is(Role::Funding)),
    ("lève", Cue::Is(Role::Funding)),
    ("lever", Cue::Is(Role::Funding)),
    ("levé", Cue::Is(Role::Funding)),
    ("levée", Cue::Is(Role::Funding)),
    ("tour de table", Cue::Is(Role::Funding)),
    ("tour d'amorçage", Cue::Is(Role::Funding)),
    ("tour de financement", Cue::Is(Role::Funding)),
    ("tour de", Cue::Is(Role::Funding)),
    ("secured", Cue::Is(Role::Funding)),
    ("secures", Cue::Is(Role::Funding)),
    ("obtenu", Cue::Is(Role::Funding)),
    ("obtient", Cue::Is(Role::Funding)),
    ("received", Cue::Is(Role::Funding)),
    ("receive", Cue::Is(Role::Funding)),
    ("reçu", Cue::Is(Role::Funding)),
    ("recevr", Cue::Is(Role::Funding)),
    ("credit facility", Cue::Is(Role::Funding)),
    ("borrow", Cue::Is(Role::Funding)),
    ("emprunt", Cue::Is(Role::Funding)),
    // debt raised: a syndicated loan, a bond issue
    ("syndiqu", Cue::Is(Role::Funding)),
    ("syndicated", Cue::Is(Role::Funding)),
    ("obligataire", Cue::Is(Role::Funding)),
    ("bond", Cue::Is(Role::Funding)),
    ("doté", Cue::Grant),
    ("financing", Cue::Grant),
    ("series ", Cue::Is(Role::Funding)),
    ("série ", Cue::Is(Role::Funding)),
    // given by one side to the other
    ("award", Cue::Grant),
    ("grant", Cue::Grant),
    ("subsid", Cue::Grant),
    ("subvention", Cue::Grant),
    ("aide", Cue::Grant),
    ("aid ", Cue::Grant),
    ("loan", Cue::Grant),
    ("prêt", Cue::Grant),
    ("soutien", Cue::Grant),
    ("soutient", Cue::Grant),
    ("incentive", Cue::Grant),
    ("tax credit", Cue::Grant),
    ("crédit d'impôt", Cue::Grant),
    ("direct funding", Cue::Grant),
    ("funding", Cue::Grant),
    ("financement", Cue::Grant),
    // spend
    ("invest", Cue::Is(Role::Spend)),
    ("spend", Cue::Is(Role::Spend)),
    ("spent", Cue::Is(Role::Spend)),
    ("capex", Cue::Is(Role::Spend)),
    ("capital expenditure", Cue::Is(Role::Spend)),
    ("budget", Cue::Is(Role::Spend)),
    ("commit", Cue::Is(Role::Spend)),
    ("pledge", Cue::Is(Role::Spend)),
    ("put in", Cue::Is(Role::Spend)),
    ("poured", Cue::Is(Role::Spend)),
    ("inject", Cue::Is(Role::Spend)),
    ("consacr", Cue::Is(Role::Spend)),
    ("mobilis", Cue::Is(Role::Spend)),
    ("dépens", Cue::Is(Role::Spend)),
    ("plan", Cue::Is(Role::Spend)),
    ("programme", Cue::Is(Role::Spend)),
    ("program", Cue::Is(Role::Spend)),
    ("package", Cue::Is(Role::Spend)),
    ("enveloppe", Cue::Is(Role::Spend)),
    ("fund", Cue::Is(Role::Spend)),
    ("financ", Cue::Is(Role::Spend)),
    ("provide", Cue::Is(Role::Spend)),
    ("contribut", Cue::Is(Role::Spend)),
    ("acqui", Cue::Is(Role::Spend)),
    ("rachet", Cue::Is(Role::Spend)),
    ("racheté", Cue::Is(Role::Spend)),
    ("achète", Cue::Is(Role::Spend)),
    ("bought", Cue::Is(Role::Spend)),
    ("buy", Cue::Is(Role::Spend)),
    ("purchase", Cue::Is(Role::Spend)),
    ("achat", Cue::Is(Role::Spend)),
    ("achet", Cue::Is(Role::Spend)),
    ("cost", Cue::Is(Role::Spend)),
    ("coût", Cue::Is(Role::Spend)),
    ("coûte", Cue::Is(Role::Spend)),
    ("chiffr", Cue::Is(Role::Spend)),
    ("promis", Cue::Is(Role::Spend)),
    ("promet", Cue::Is(Role::Spend)),
    ("verser", Cue::Is(Role::Spend)),
    ("contrat", Cue::Is(Role::Spend)),
    ("contract", Cue::Is(Role::Spend)),
    ("usine", Cue::Is(Role::Spend)),
    ("factory", Cue::Is(Role::Spend)),
    ("fab ", Cue::Is(Role::Spend)),
    ("campus", Cue::Is(Role::Spend)),
    ("projet", Cue::Is(Role::Spend)),
    ("project", Cue::Is(Role::Spend)),
];

/// The cue nearest the amount: the last one before it or the first one after it (a word after
/// counts a little farther than one before).
pub fn nearest_cue(before: &str, after: &str) -> Option<Cue> {
    let (b, a) = (before, after);
    // Distance from the cue's end: "valuation at roughly $X" is near. Before the amount the
    // last cue is wanted: read from the right; after it, the first.
    let last_before = last_cue(b.as_bytes()).map(|(at, c)| (b.len() - at - cue_len(&b[at..]), c));
    let first_after = first_cue(a.as_bytes()).map(|(at, c)| (at + at / 2 + 4, c, at));
    match (last_before, first_after) {
        // "sold it for $5.8bn to help fund …": what the money will go to says nothing of
        // the amount's role when a cue stands before it.
        (Some(x), Some(y)) if purpose_before(&a[..y.2]) => Some(x.1),
        // "raised $11.6bn in debt and equity": the kind of money after the amount does not
        // undo what the verb before it says.
        (Some(x), Some(y)) if kind_of_money(&a[y.2..]) => Some(x.1),
        // "raise $9.5B at a [$118B] post-money valuation": a valuation named right after the
        // amount is what it is, whatever verb stands before (not "USD 40 billion worth of
        // chips").
        (_, Some((_, Cue::Is(Role::Valuation), at)))
            if a[..at].trim().is_empty() && valuation_noun(&a[at..]) =>
        {
            Some(Cue::Is(Role::Valuation))
        }
        // "sold $3.8 billion of bonds", "sells $1.75bn of high-yield notes": debt sold is
        // money raised.
        (Some((_, Cue::Is(Role::Revenue))), _) if securities_after(a) => {
            Some(Cue::Is(Role::Funding))
        }
        (Some(x), Some(y)) => Some(if y.0 < x.0 { y.1 } else { x.1 }),
        (x, y) => x.or(y.map(|(d, c, _)| (d, c))).map(|c| c.1),
    }
}

/// Whether `t` opens on a noun of valuation ("valuation", "post-money valuation",
/// "valorisation", "market cap").
fn valuation_noun(t: &str) -> bool {
    let b = t.as_bytes();
    [
        "valuation",
        "post-money",
        "pre-money",
        "valorisation",
        "market cap",
    ]
    .iter()
    .any(|w| b.len() >= w.len() && b[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
}

/// The words right after an amount name debt securities ("of bonds", "of unsecured
/// high-yield notes", "d'obligations").
fn securities_after(after: &str) -> bool {
    let t = &after.as_bytes()[..after.len().min(48)];
    let opens = [b" of ".as_slice(), b" in ", b" d'", b" en "]
        .iter()
        .any(|p| t.len() >= p.len() && t[..p.len()].eq_ignore_ascii_case(p));
    opens
        && [
            b"bond".as_slice(),
            b"Bond",
            b"notes",
            b"Notes",
            b"obligations",
            b"debentures",
        ]
        .iter()
        .any(|w| memchr::memmem::find(t, w).is_some())
}

/// The cue after an amount is the kind of money it is raised or lent as ("debt", "dette").
fn kind_of_money(cue: &str) -> bool {
    let b = cue.as_bytes();
    ["debt", "dette"]
        .iter()
        .any(|w| b.len() >= w.len() && b[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
}

/// The words before the first cue after an amount open a purpose ("to fund", "to help fund",
/// "pour financer", "afin de financer").
fn purpose_before(lead: &str) -> bool {
    let lead = lead.trim_end();
    let lead = lead.strip_suffix(" help").unwrap_or(lead);
    [" to", " pour", " afin de", " in order to"]
        .iter()
        .any(|p| {
            let (l, p) = (lead.as_bytes(), p.as_bytes());
            l.len() >= p.len() && l[l.len() - p.len()..].eq_ignore_ascii_case(p)
        })
}

/// The length of the cue word starting `t` (the whole word, not only the listed start).
fn cue_len(t: &str) -> usize {
    t.find(|c: char| !c.is_alphanumeric() && c != '\'')
        .unwrap_or(t.len())
}

/// One entry of [`CUES`] as its first 16 bytes (zero-padded) and a mask of those bytes, so a
/// text position is compared with one 16-byte load.
#[derive(Clone, Copy)]
struct Entry {
    head: u128,
    mask: u128,
    word: &'static [u8],
    cue: Cue,
}

/// [`CUES`] by their first two bytes ([`bucket`]), in list order.
static CUE_INDEX: LazyLock<Vec<Vec<Entry>>> = LazyLock::new(|| {
    let mut ix = vec![Vec::new(); 26 * 27];
    for &(w, cue) in CUES {
        let word = w.as_bytes();
        ix[bucket(word[0], word[1])].push(Entry {
            head: swar::load(word, 0, 0),
            mask: swar::before(word.len()),
            word,
            cue,
        });
    }
    ix
});

/// The [`CUE_INDEX`] bucket of a word starting with the ASCII letter `first` then `second`:
/// by both letters case aside, or by the first letter alone when the second byte is no letter
/// (it then matches only itself).
#[inline]
fn bucket(first: u8, second: u8) -> usize {
    let first = usize::from((first | 0x20) - b'a');
    let second = second | 0x20;
    let second = if second.is_ascii_lowercase() {
        usize::from(second - b'a')
    } else {
        26
    };
    first * 27 + second
}

/// The cue starting at byte `i` of `b` (a word start: an ASCII letter), compared ASCII case
/// aside (the cues are lower case); the first entry that matches wins.
#[inline]
fn cue_at(ix: &[Vec<Entry>], b: &[u8], i: usize) -> Option<Cue> {
    // Every entry has at least three bytes: a word start one byte from the end is none.
    let second = *b.get(i + 1)?;
    let x = swar::load(b, i, 0);
    // Capitals lower-cased: bit 5 (0x20) set in each, moved down from the mask's bit 7.
    let low = x | (swar::in_range(x, b'A', b'Z') >> 2);
    let rest = b.len() - i;
    ix[bucket(b[i], second)]
        .iter()
        .find(|e| {
            (low ^ e.head) & e.mask == 0
                && rest >= e.word.len()
                && (e.word.len() <= swar::WIDTH
                    || b[i + swar::WIDTH..i + e.word.len()]
                        .eq_ignore_ascii_case(&e.word[swar::WIDTH..]))
        })
        .filter(|e| {
            !(matches!(e.word, b"worth" | b"valued" | b"valoris" | b"value")
                && deal_before(&b[..i], e.word == b"worth"))
        })
        // ("une plus-value": a gain, read from its first half.)
        .filter(|e| !(e.word == b"value" && b[..i].ends_with(b"plus-")))
        // ("a debtor-in-possession loan": the borrower, not a debt.)
        .filter(|e| {
            !(e.word == b"debt"
                && b.get(i + 4).is_some_and(u8::is_ascii_alphabetic)
                && b.get(i + 4) != Some(&b's'))
        })
        .map(|e| e.cue)
}

/// Things bought, granted, signed or built: "worth" or "valued" after one gives its amount ("a
/// deal worth $10bn", "a deal valued at $9bn", "tax breaks worth $1.3bn", "the first phase,
/// worth $700m"), not what a company is worth.
const DEALS: &[&str] = &[
    "deal",
    "deals",
    "contract",
    "contracts",
    "agreement",
    "package",
    "breaks",
    "break",
    "incentives",
    "incentive",
    "exemption",
    "exemptions",
    "abatement",
    "subsidies",
    "grants",
    "grant",
    "orders",
    "order",
    "loan",
    "loans",
    "bonds",
    "shares",
    "stake",
    "chips",
    "equipment",
    "assets",
    "aid",
    "credits",
    "investments",
    "investment",
    "transaction",
    "accord",
    "contrat",
    "commande",
    "lease",
    "leases",
    "licence",
    "license",
    "licences",
    "licenses",
    // Things built: "the first phase, worth …" is what it costs.
    "phase",
    "stage",
    "tranche",
    "project",
    "expansion",
    "plant",
    "fab",
];

/// Words a back-walk from "worth" to its deal steps over: "the deal, worth …", "a deal that
/// could be worth …", "the lease is worth …".
const DEAL_LINKS: &[&str] = &[
    "with", "avec", "that", "which", "could", "would", "will", "may", "might", "be", "is", "was",
    "are", "were", "been", "now", "still",
];

/// The word before `b`'s end is a [`DEALS`] noun, or one stands a few words back with only
/// its other party between ("a deal with Alphabet's Google worth …").
fn deal_before(b: &[u8], worth: bool) -> bool {
    let mut t = b.trim_ascii_end();
    // ("The deal, worth …": a comma right before "worth".)
    if let Some(c) = t.strip_suffix(b",").filter(|_| worth) {
        t = c;
    }
    // (Once a verb is crossed, no name: "Following the deal Anthropic is now worth …" values
    // Anthropic.)
    let mut verb_crossed = false;
    for _ in 0..(if worth { 6 } else { 5 }) {
        let start = t
            .iter()
            .rposition(|c| !c.is_ascii_alphabetic() && *c != b'\'')
            .map_or(0, |k| k + 1);
        let w = &t[start..];
        if DEALS.iter().any(|d| w.eq_ignore_ascii_case(d.as_bytes())) {
            return true;
        }
        // Back over a capitalised name (the deal's other party) and "with", or before "worth"
        // a few linking words ("a deal that valued the developer at …" values a company).
        let party = w.first().is_some_and(u8::is_ascii_uppercase) && !verb_crossed;
        let links: &[&str] = if worth { DEAL_LINKS } else { &DEAL_LINKS[..2] };
        let link = links
            .iter()
            .position(|l| w.eq_ignore_ascii_case(l.as_bytes()));
        if !(party || link.is_some()) {
            return false;
        }
        verb_crossed |= link.is_some_and(|k| k >= 2);
        let before = &t[..start];
        if before.is_empty() || !before.ends_with(b" ") {
            return false;
        }
        t = before.trim_ascii_end();
    }
    false
}

/// The word starts of the 16 bytes of `b` from `base`: ASCII letters after an ASCII byte that is
/// no letter or digit (a byte of a multi-byte char counts as a letter), or at the text's start.
#[inline]
fn word_starts(b: &[u8], base: usize) -> u32 {
    let x = swar::load(b, base, 0);
    let sep = !(swar::alnum(x) | swar::non_ascii(x)) & swar::HIGH;
    let sep_before = match base.checked_sub(1).map(|k| b[k]) {
        None => true,
        Some(p) => p.is_ascii() && !p.is_ascii_alphanumeric(),
    };
    let after_sep = (sep << 8) | (u128::from(sep_before) << 7);
    swar::bits(swar::letters(x) & after_sep)
}

/// The first cue at a word start of a lower-cased text, with its position.
fn first_cue(b: &[u8]) -> Option<(usize, Cue)> {
    let ix = &*CUE_INDEX;
    let mut base = 0;
    while base < b.len() {
        let mut starts = word_starts(b, base);
        while starts != 0 {
            let i = base + starts.trailing_zeros() as usize;
            starts &= starts - 1;
            if let Some(c) = cue_at(ix, b, i) {
                return Some((i, c));
            }
        }
        base += swar::WIDTH;
    }
    None
}

/// The last cue at a word start, with its position.
fn last_cue(b: &[u8]) -> Option<(usize, Cue)> {
    let ix = &*CUE_INDEX;
    let mut base = b.len().div_ceil(swar::WIDTH) * swar::WIDTH;
    while base > 0 {
        base -= swar::WIDTH;
        let mut starts = word_starts(b, base);
        while starts != 0 {
            let k = 31 - starts.leading_zeros();
            starts &= !(1 << k);
            let i = base + k as usize;
            if let Some(c) = cue_at(ix, b, i) {
                return Some((i, c));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests;
