//! Unknown proper-noun detector: groups capitalised, camel-case and versioned words into name
//! candidates ("Palmer Luckey", "Université de Stanford", "Qwen-3 Coder", "Banque centrale
//! européenne"), skipping stop words, generic acronyms, demonyms and glued navigation text.

use super::bridge::{firm_ampersand, middle_initial, particle_bridge};
pub use super::ctx::Ctx;
use super::cues::{Cues, flag};
use super::french_tail::extend_lowercase;
use super::noise;
use super::periods::{fiscal_period, french_quarter, question_number};
use super::portfolios::portfolio_list;
use super::tokens::Token;
use crate::extract::EntityKind;
use std::ops::Range;

pub use super::lowercase::lower_text;

/// A name candidate: tokens `first..=last` of the token list.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub first: usize,
    pub last: usize,
    pub span: Range<usize>,
    /// A person title ("le président", "Dr") was stripped in front of the name, or a middle
    /// initial joins it ("Mary K. Smith").
    pub person_cue: bool,
    /// Kind given by a head word ("Université", "Plan", "Corée").
    pub head: Option<EntityKind>,
    /// Ends with a model version ("Claude 4", "Gemma 3B").
    pub version: bool,
    /// Number of capitalised (or camel/digit-bearing) tokens in the name.
    pub caps: usize,
    /// Starts with the first word of a sentence.
    pub initial: bool,
    /// Lies on a Title Case heading line.
    pub heading: bool,
    /// A compound suffix was cut off its end and tells a place ("Dallas-based").
    pub place_suffix: bool,
    /// Opens a quotation ("« Puces pour l'Europe »"): a title, kept whole.
    pub quoted: bool,
}

/// A sequel's number: a Roman numeral of I, V and X of two letters or more ("II", "III", "IV";
/// not "I", nor "DC").
pub fn sequel_number(t: &str) -> bool {
    t.len() >= 2 && t.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

impl<'a, 'w> Ctx<'a, 'w> {
    /// A Roman numeral (ordinal or not): nothing is one unless its first byte is a Roman
    /// digit, which decides most words here.
    #[inline(always)]
    fn roman_or_ordinal(&self, i: usize) -> bool {
        let Some(tok) = self.toks.get(i) else {
            return false;
        };
        matches!(
            self.s.as_bytes().get(tok.start),
            Some(b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M')
        ) && Self::roman_numeral(tok.text(self.s))
    }

    /// "Big Fund I raised …" in a text that names "Big Fund II" too: the first of a series,
    /// not the pronoun.
    fn first_of_sequels(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if t.text(self.s) != "I" || i == 0 {
            return false;
        }
        let prev = self.toks[i - 1].text(self.s);
        let mut key = String::with_capacity(prev.len() + 3);
        key.push_str(prev);
        key.push_str(" II");
        memchr::memmem::find_iter(self.s.as_bytes(), key.as_bytes())
            .next()
            .is_some()
    }

    /// A Roman numeral, maybe with an ordinal ending ("XIV", "IIe", "XXIst").
    fn roman_numeral(t: &str) -> bool {
        // The numeral is the longest prefix of Roman digits (capitals, so never trimmed as
        // lower case); the rest must be one of the ordinal endings (all lower case).
        let digits = t
            .bytes()
            .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
            .count();
        digits > 0
            && matches!(
                t.get(digits..),
                Some("" | "e" | "ème" | "eme" | "er" | "ère" | "th" | "st" | "nd" | "rd")
            )
    }

    /// The token joins stop words with hyphens ("July-September").
    fn stop_range(&self, i: usize) -> bool {
        let low = self.lower(i);
        low.contains('-')
            && low
                .split('-')
                .all(|p| !p.is_empty() && self.cues.flags(p) & flag::STOP != 0)
    }

    /// Can start a name: the token's [`flag`]s if so.
    fn starts_name(&self, i: usize) -> Option<u32> {
        let t = &self.toks[i];
        if !t.namey(self.s) || self.roman_or_ordinal(i) {
            return None;
        }
        if one_char(t.text(self.s)) {
            return None;
        }
        // Stop words include the generic acronyms: most capitalised words are neither.
        let f = self.flags(i);
        // "July-September", "Janvier-Mars": a range of stop words is one too.
        if f == 0 && self.stop_range(i) {
            return None;
        }
        if noise::in_amount(self, i, f) || noise::compass_of_demonym(self, i, f) {
            return None;
        }
        if f & flag::STOP == 0 {
            return (f & flag::DEMONYM == 0 || noise::demonym_opens(self, i)).then_some(f);
        }
        if f & flag::GENERIC != 0 {
            // "AI Overviews", "CFO Dive": a generic acronym may open a longer name — but not
            // as a complement ("la société d'IA Cohere").
            let complement = i > 0
                && t.joined
                && matches!(
                    self.lower(i - 1),
                    "d'" | "de" | "du" | "des" | "l'" | "of" | "en" | "in" | "à"
                );
            let opens = !complement
                && self.toks.get(i + 1).is_some_and(|n| {
                    n.joined
                        && n.shape.first_upper()
                        && n.shape.has_lower()
                        && self.flags(i + 1) & (flag::STOP | flag::DEMONYM) == 0
                });
            return opens.then_some(f);
        }
        // A stop word — but "First" inside a sentence opens a firm closed by its head word
        // ("arranged by First Abu Dhabi Bank", "First Republic Bank").
        self.first_of_firm(i).then_some(f)
    }

    /// "First" after a lower-case word, then capitalised words up to a bank's or a firm's
    /// head word, within four.
    fn first_of_firm(&self, i: usize) -> bool {
        if i == 0 || self.text(i) != "First" {
            return false;
        }
        let prev = &self.toks[i - 1];
        if prev.line != self.toks[i].line || !prev.text(self.s).starts_with(char::is_lowercase) {
            return false;
        }
        for k in i + 1..(i + 5).min(self.toks.len()) {
            let t = &self.toks[k];
            if !t.joined || !t.shape.first_upper() || self.flags(k) & flag::STOP != 0 {
                return false;
            }
            if self.flags(k) & (flag::COMPANY_SUFFIX | flag::INSTITUTION_HEAD) != 0 {
                return k > i + 1;
            }
        }
        false
    }

    /// Can continue a name started before it.
    fn continues_name(&self, i: usize, has_head: bool) -> bool {
        let t = &self.toks[i];
        if !t.joined || !t.namey(self.s) {
            return false;
        }
        // ("Noventa DC", "Atlas CMD": capitals of C, D and M alone are an acronym's, not a
        // numeral's.)
        let acronym_cdm = || {
            let b = t.text(self.s).as_bytes();
            b.iter().all(|c| matches!(c, b'C' | b'D' | b'M'))
        };
        if self.roman_or_ordinal(i) && !acronym_cdm() {
            // "Big Fund III", "Stargate II": a sequel's number is the name's own (not a
            // century's "XXIe").
            return sequel_number(t.text(self.s)) || self.first_of_sequels(i);
        }
        let l = self.lower(i);
        if l == "ai" {
            return !noise::ai_adjective(self, i);
        }
        // "Altitude IA", not "Supercalculateur IA" nor "Plan IA": after a word that names a
        // kind of thing, "IA" qualifies it.
        if l == "ia" {
            let Some(prev) = i.checked_sub(1).map(|p| self.cues.flags(self.lower(p))) else {
                return false;
            };
            return !noise::ai_adjective(self, i)
                && Cues::cue_kind(prev).is_none()
                && prev & (flag::STOP | flag::GENERIC) == 0;
        }
        if one_char(t.text(self.s)) && !t.shape.has_digit() {
            return false;
        }
        let f = self.cues.flags(l);
        if f & flag::DEMONYM != 0 {
            return has_head;
        }
        f & flag::STOP == 0 || f & flag::GENERIC != 0 && noise::acronym_before_suffix(self, i)
    }

    /// A model version right after a name: "4", "3B", "2.5", "4o" — but not the start of a
    /// figure ("Google 3 milliards").
    fn version_at(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if !t.joined || !t.shape.has_digit() || t.web {
            return false;
        }
        let txt = self.text(i);
        // "Norvane Cloud Q3", "Orange H1 2025", "Nvidia FY2026": a reporting period, no version.
        if fiscal_period(txt) {
            return false;
        }
        // "PKR 28bn": a scale glued to the digits ends an amount, no version.
        let letters = txt.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
        if letters.len() < txt.len() && matches!(letters, "bn" | "tn" | "mn" | "bln" | "trn") {
            return false;
        }
        let n = txt.chars().count();
        let all_digits = txt.chars().all(|c| c.is_ascii_digit());
        let decimal = txt.contains('.') && txt.chars().all(|c| c.is_ascii_digit() || c == '.');
        let ok = if all_digits {
            n <= 2
        } else if decimal {
            n <= 4
        } else {
            n <= 6 && !txt.contains('.')
        };
        if !ok {
            return false;
        }
        let rest = &self.s[t.end..];
        if rest.starts_with([',', '%']) && rest[1..].starts_with(|c: char| c.is_ascii_digit())
            || rest.starts_with('%')
            || rest.starts_with(" %")
            || rest.starts_with(" 000")
        {
            return false;
        }
        match self.toks.get(i + 1) {
            // "Lecture 5 min": a reading time.
            Some(nx) if nx.start <= t.end + 2 => {
                self.flags(i + 1) & flag::NUMBER_WORD == 0
                    && !matches!(self.lower(i + 1), "min" | "mn" | "minutes")
            }
            _ => true,
        }
    }

    /// The [`flag`]s of token `i` if it may be a particle inside a name (joined, not
    /// capitalised), else 0: test [`flag::BRIDGE_PARTICLE`] or [`flag::ORG_PARTICLE`] on it.
    pub fn particle_flags(&self, i: usize) -> u32 {
        match self.toks.get(i) {
            Some(t) if t.joined && !t.shape.first_upper() => self.flags(i),
            _ => 0,
        }
    }
}

/// A word of exactly one char.
#[inline]
fn one_char(t: &str) -> bool {
    let mut cs = t.chars();
    cs.next().is_some() && cs.next().is_none()
}

/// Every name candidate of the text, left to right, non-overlapping.
pub fn candidates(cx: &Ctx, headings: &[bool]) -> Vec<Candidate> {
    let toks = cx.toks;
    // About one token in twelve starts a name in news text: sized once, not grown by doubling.
    let mut out = Vec::with_capacity(toks.len() / 8 + 4);
    let mut i = 0;
    while i < toks.len() {
        // Only a capitalised or camel-case token can start a name: skip the others in one go.
        let rest = toks.get(i..).unwrap_or_default();
        i += rest
            .iter()
            .position(Token::maybe_namey)
            .unwrap_or(rest.len());
        if i >= toks.len() {
            break;
        }
        let Some(f) = cx.starts_name(i) else {
            i += 1;
            continue;
        };
        // "by FY28", "au Q3": a reporting period is no name; nor is a hearing's question
        // number opening its line ("Q41 Chair: …").
        if fiscal_period(toks[i].text(cx.s)) || question_number(cx, i) || french_quarter(cx, i) {
            i += 1;
            continue;
        }
        let mut first = i;
        let mut person_cue = false;
        let mut first_flags = f;
        // "Crown Prince X", "Prime Minister Y": every title before the name comes off.
        // ("CFO Renata Solberg", not the title "CFO Dive": a title in capitals comes off only
        // before a first name or a name of two words.)
        let person_after = |k: usize| {
            !toks[k].acronym(cx.s)
                || cx.flags(k + 1) & flag::FIRST_NAME != 0
                || toks.get(k + 2).is_some_and(|n| n.joined && n.namey(cx.s))
        };
        while first_flags & flag::PERSON_TITLE != 0
            && toks
                .get(first + 1)
                .is_some_and(|n| n.joined && n.name_like(cx.s))
            && person_after(first)
        {
            first += 1;
            person_cue = true;
            first_flags = cx.flags(first);
        }
        // "Gareth Pryce, Chief Executive, Thamesbridge …": a title with no name after it is
        // no name.
        if !person_cue
            && first_flags & flag::PERSON_TITLE != 0
            && toks
                .get(first + 1)
                .is_none_or(|n| !n.joined || !n.namey(cx.s))
        {
            i = first + 1;
            continue;
        }
        let head = Ctx::head_kind(first_flags);
        let mut last = first;
        let mut version = false;
        let mut j = first + 1;
        while j < toks.len() {
            // "Lisbon-based Orvanta": a compound suffix ends the name.
            if noise::compound_suffix(cx, last).is_some() {
                break;
            }
            if cx.continues_name(j, head.is_some()) {
                last = j;
                j += 1;
                continue;
            }
            if let Some(k) = middle_initial(cx, first, last, j) {
                person_cue = true;
                last = k;
                j = k + 1;
                continue;
            }
            if !version && cx.version_at(j) {
                last = j;
                version = true;
                j += 1;
                continue;
            }
            if firm_ampersand(cx, first, last, j) || super::bridge::co_ltd(cx, last, j) {
                last = j;
                j += 1;
                continue;
            }
            if let Some(k) = particle_bridge(cx, first, last, j, head) {
                last = k;
                j = k + 1;
                if cx.flags(k) & flag::GENERIC != 0 {
                    break;
                }
                continue;
            }
            break;
        }
        // "Commerce Secretary Howard Lutnick", "Union Minister for Electronics and IT X": a
        // portfolio and a title are no name; the person after them is looked for from the title.
        if last > first
            && toks[first + 1].joined
            && cx.flags(first + 1) & flag::PERSON_TITLE != 0
            && PORTFOLIOS.contains(&cx.lower(first))
        {
            let person_next = first + 1 < last && toks[first + 2].name_like(cx.s);
            i = if person_next { first + 1 } else { last + 1 };
            continue;
        }
        // "House Speaker Mike Johnson": a person title inside ends the name before it; after
        // a title already taken off, the words up to it are the title's own ("Chief Financial
        // Officer Dana Kowalczyk").
        if last > first + 1
            && let Some(k) = (first + 1..last)
                .find(|&k| cx.flags(k) & flag::PERSON_TITLE != 0 && toks[k + 1].name_like(cx.s))
        {
            // ("Dr Martin Luther King Jr": a first name before the title word starts a name.)
            if person_cue && (first..k).all(|j| cx.flags(j) & flag::FIRST_NAME == 0) {
                first = k + 1;
            } else {
                last = k - 1;
            }
        }
        if let Some(h) = head {
            last = extend_lowercase(cx, first, last, h);
        }
        // "Ministry of Trade, Industry and Energy": a body named by its list of portfolios.
        if last > first {
            last = portfolio_list(cx, first, last).unwrap_or(last);
        }
        // "Digital Morocco 2030", "Plan d'action 2035": a programme of several words keeps
        // the year it is named after.
        if last > first
            && year_after(cx, last)
            && !headings
                .get(toks[first].line as usize)
                .copied()
                .unwrap_or(false)
        {
            last += 1;
        }
        if noise::number_opens(cx, first, last) {
            first -= 1;
        }
        // "« Investir pour la France de 2030 »": a quoted title runs to its closing quote.
        if noise::opens_quote(cx.s, toks[first].start) {
            last = noise::to_closing_quote(cx, last);
        }
        let suffix = noise::compound_suffix(cx, last);
        // "AI-enabled", "GPU-rich": what the cut leaves of one word may be a generic acronym.
        if let Some((cut, _)) = suffix
            && first == last
            && cx.cues.flags(&cx.low[toks[first].start..cut]) & flag::GENERIC != 0
        {
            i = last + 1;
            continue;
        }
        let caps = (first..=last)
            .filter(|&k| {
                toks[k].shape.first_upper() || toks[k].shape.has_digit() || toks[k].shape.camel()
            })
            .count();
        let mut cand = Candidate {
            first,
            last,
            span: toks[first].start..suffix.map_or(toks[last].end, |x| x.0),
            person_cue,
            head,
            version,
            caps,
            initial: toks[i].initial,
            heading: headings
                .get(toks[first].line as usize)
                .copied()
                .unwrap_or(false),
            place_suffix: suffix.is_some_and(|x| x.1),
            quoted: last > first && noise::opens_quote(cx.s, toks[first].start),
        };
        // "Université Brown Junehyuk Jung": an institution named by one word, then a person.
        if head == Some(EntityKind::Institution) && last >= first + 3 {
            let rest = first + 2..=last;
            if rest.clone().all(|k| toks[k].name_like(cx.s)) && toks[first + 1].shape.first_upper()
            {
                let mut second = cand.clone();
                cand.last = first + 1;
                cand.span = toks[first].start..toks[first + 1].end;
                cand.caps = 2;
                second.first = first + 2;
                second.span = toks[first + 2].start..toks[last].end;
                second.head = None;
                second.initial = false;
                second.caps = last - first - 1;
                out.push(cand);
                out.push(second);
                i = last + 1;
                continue;
            }
        }
        out.push(cand);
        i = last + 1;
    }
    out
}

/// Whether token `last + 1` is a year of this century (2020–2099) joined to the name, and no
/// figure ("Plan 2030, 12 %").
fn year_after(cx: &Ctx, last: usize) -> bool {
    let Some(t) = cx.toks.get(last + 1) else {
        return false;
    };
    let y = t.text(cx.s).as_bytes();
    let rest = &cx.s[t.end..];
    let figure = rest.starts_with('%')
        || rest.starts_with(" %")
        || rest.starts_with(" 000")
        || (rest.starts_with([',', '.']) && rest[1..].starts_with(|c: char| c.is_ascii_digit()));
    t.joined
        && y.len() == 4
        && y.starts_with(b"20")
        && y[2..].iter().all(u8::is_ascii_digit)
        && y[2] >= b'2'
        && !figure
}

/// Portfolios a minister or secretary holds ("Commerce Secretary", "Union Minister").
const PORTFOLIOS: &[&str] = &[
    "commerce",
    "finance",
    "foreign",
    "defence",
    "defense",
    "home",
    "energy",
    "trade",
    "interior",
    "justice",
    "health",
    "digital",
    "technology",
    "economy",
    "treasury",
    "union",
    "transport",
    "education",
    "labour",
    "labor",
    "industry",
    "science",
    "environment",
    "culture",
    "agriculture",
    "cabinet",
];
