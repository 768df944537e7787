//! Kind of an unknown name from its shape (head words, suffixes, versions, first names) and its
//! context (cue nouns before it, appositions and verbs after it), as scores per kind.

use super::ctx::Ctx;
use super::cues::{Cues, flag};
use super::gloss;
use super::nearby::{after_a_capital, near, near_of, written_lower};
use super::propernoun::Candidate;
use crate::extract::EntityKind;

/// Scores per kind, in `EntityKind::ALL` order.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores(pub [f32; 6]);

pub fn idx(k: EntityKind) -> usize {
    EntityKind::ALL.iter().position(|&x| x == k).unwrap_or(0)
}

impl Scores {
    pub fn add(&mut self, k: EntityKind, w: f32) {
        self.0[idx(k)] += w;
    }

    pub fn add_all(&mut self, o: &Scores, factor: f32) {
        for (a, b) in self.0.iter_mut().zip(o.0) {
            *a += b * factor;
        }
    }

    pub fn max(&self) -> f32 {
        self.0.iter().copied().fold(0.0, f32::max)
    }

    /// The best kind (ties go to the earlier kind of `EntityKind::ALL`), or None if all zero.
    pub fn best(&self) -> Option<EntityKind> {
        let mut best = None;
        let mut bw = 0.0;
        for (i, &w) in self.0.iter().enumerate() {
            if w > bw {
                bw = w;
                best = Some(EntityKind::ALL[i]);
            }
        }
        best
    }
}

/// Evidence for one candidate: from its shape, and from its context.
#[derive(Debug, Clone, Copy, Default)]
pub struct Evidence {
    pub shape: Scores,
    pub context: Scores,
}

impl Evidence {
    pub fn total(&self) -> Scores {
        let mut t = self.shape;
        t.add_all(&self.context, 1.0);
        t
    }
}

use EntityKind::*;

pub fn classify(cx: &Ctx, c: &Candidate) -> Evidence {
    Evidence {
        shape: shape(cx, c),
        context: {
            let mut s = before(cx, c);
            s.add_all(&after(cx, c), 1.0);
            // "Dallas-based", "Tokyo-listed".
            if c.place_suffix {
                s.add(Place, 3.0);
            }
            s
        },
    }
}

fn shape(cx: &Ctx, c: &Candidate) -> Scores {
    let mut s = Scores::default();
    let toks = cx.toks;
    let n = c.last - c.first + 1;
    if c.person_cue {
        s.add(Person, 4.0);
    }
    if c.version {
        s.add(Product, 3.0);
    }
    // "Alvarez & Marsal": names joined by an ampersand are a firm's.
    let name = cx.s[c.span.clone()].as_bytes();
    if memchr::memchr_iter(b'&', name)
        .any(|i| i > 0 && name[i - 1] == b' ' && name.get(i + 1) == Some(&b' '))
    {
        s.add(Company, 4.0);
    }
    if let Some(h) = c.head {
        s.add(h, if h == Place { 2.0 } else { 3.0 });
    }
    // A quoted title of several words: a programme, a plan.
    if c.quoted {
        s.add(Project, 1.5);
    }
    // "université" is 11 bytes, "university" 10: the length rules out most words unsliced.
    if (c.first..=c.last).any(|k| {
        let t = &toks[k];
        matches!(t.end - t.start, 10 | 11) && matches!(cx.lower(k), "université" | "university")
    }) {
        s.add(Institution, 3.0);
    }
    // "Federal Ministry for Economic Affairs and Energy", "Department of … Technologies": a
    // ministry's name is a body's, whatever its last portfolio reads like.
    if n >= 3
        && (c.first..=c.first + 1).any(|k| {
            matches!(cx.lower(k), "ministry" | "department")
                && matches!(cx.lower(k + 1), "of" | "for")
        })
    {
        s.add(Institution, 4.0);
    }
    if n >= 2 {
        let last_f = cx.flags(c.last);
        // "Laurentide IA", "Norvane Inc": a legal form or "AI" closes a firm's name whatever
        // the words around say ("un bloc réservé à Laurentide IA", "le campus de X").
        // (Not a body's or a project's name: "Agence … pour l'IA", "Campus Moselle IA".)
        let firm_only = Cues::legal_form(cx.lower(c.last))
            || (n == 2
                && matches!(cx.lower(c.last), "ai" | "ia")
                && cx.flags(c.first) & (flag::PROJECT_HEAD | flag::INSTITUTION_HEAD) == 0);
        if firm_only {
            s.add(Company, 6.0);
        } else if last_f & flag::COMPANY_SUFFIX != 0 {
            s.add(Company, 3.0);
        } else if last_f & flag::PRODUCT_SUFFIX != 0 {
            s.add(Product, 2.5);
        } else if last_f & flag::PLACE_TAIL != 0 {
            s.add(Place, 2.5);
        } else if last_f & flag::PROJECT_HEAD != 0 {
            // English puts the head last: "Atlas Initiative", "Marshall Plan".
            s.add(Project, 2.5);
        } else if last_f & flag::INSTITUTION_HEAD != 0 {
            s.add(Institution, 2.5);
        }
        // "Daejin Semitech", "Sify Infotech": a word ending like a firm's name is no surname.
        let firm_ending = ["tech", "tek", "soft", "tronics", "tronix", "ware", "semi"]
            .iter()
            .any(|e| cx.lower(c.last).ends_with(e));
        if firm_ending {
            s.add(Company, 2.0);
        }
        // ("Anne-Sophie Le Goff", "Sean O'Brien": a compound first name, an elided surname.)
        let name =
            |k: usize| toks[k].name_like(cx.s) || cx.elided_surname(k) || cx.compound_first_name(k);
        let given = |k: usize| cx.flags(k) & flag::FIRST_NAME != 0 || cx.compound_first_name(k);
        // ("Mme Anne-Sophie …": a title, then the first name.)
        let first_name = given(c.first)
            || (cx.flags(c.first) & flag::PERSON_TITLE != 0
                && c.first < c.last
                && given(c.first + 1));
        // ("Hélène Tremblay-Okafor": a double-barrelled surname after a first name.)
        // (Only a first name and the surname: "Louis Vuitton Moët-Hennessy" is a group's.)
        let surname =
            |k: usize| name(k) || (first_name && n == 2 && k == c.last && cx.compound_name(k));
        let all_names = (c.first..=c.last)
            .all(|k| surname(k) || cx.flags(k) & (flag::PERSON_PARTICLE | flag::PERSON_TITLE) != 0)
            && surname(c.last)
            && !firm_ending;
        // ("Investor Relations", "Quarterly Report": without a first name, a name whose last
        // word the text writes in lower case nearby is made of common words, no one's name.)
        let common_tail = || {
            let t = &toks[c.last];
            written_lower(near(cx.s, t.start), cx.lower(c.last))
        };
        if all_names && n <= 4 && c.head.is_none() && (first_name || !common_tail()) {
            let w = if first_name { 3.0 } else { 1.2 };
            s.add(Person, w);
        }
        if (c.first..=c.last).any(|k| toks[k].shape.has_digit()) {
            s.add(Product, 1.5);
        }
    } else {
        let t = &toks[c.first];
        if t.shape.has_digit() {
            s.add(Product, 3.0);
        } else if t.shape.camel() {
            s.add(Company, 0.8);
            s.add(Product, 0.5);
        } else if t.acronym(cx.s) {
            s.add(Company, 0.8);
            s.add(Institution, 0.6);
        } else if gloss::toponym(t.text(cx.s)) {
            s.add(Place, 2.0);
        } else if matches!(
            cx.lower(c.first),
            "west" | "east" | "north" | "south" | "midwest"
        ) {
            // "Out West, …", "the West": a region.
            s.add(Place, 3.0);
        } else {
            s.add(Company, 0.6);
            s.add(Place, 0.5);
        }
    }
    s
}

/// A one-word name opening its sentence that reads as no common word: not a plural ("Investors",
/// "Officials") and not written in lower case nearby ("Total").
fn bare_word(cx: &Ctx, c: &Candidate) -> bool {
    // (A plural ends in -s, a French one in -aux or -eux; "Orbitex", "Equinix" are names.)
    let w = cx.lower(c.last);
    c.first == c.last
        && cx.toks[c.first].initial
        && !w.ends_with('s')
        && !w.ends_with("aux")
        && !w.ends_with("eux")
        && !written_lower(near(cx.s, cx.toks[c.first].start), cx.lower(c.last))
}

/// French nouns of a site, before "de" and the place it is named after.
const SITES_OF: &[&str] = &[
    "campus",
    "site",
    "sites",
    "usine",
    "usines",
    "technopole",
    "datacenter",
    "datacentre",
];

/// Participles that give a thing its name ("baptisé Tulla", "dubbed "Kestrel""), in lower
/// case; never a person's appointment.
pub(super) const CHRISTENING: &[&str] = &[
    "baptisé",
    "baptisée",
    "baptisés",
    "baptisées",
    "surnommé",
    "surnommée",
    "dénommé",
    "dénommée",
    "dubbed",
    "codenamed",
    "christened",
];

/// Participles that name what stands after them in quotes ("baptisé « Kajy »", "named
/// “Kestrel”"): the christening ones and those that may name a person too.
fn named_in_quotes(word: &str) -> bool {
    CHRISTENING.contains(&word) || matches!(word, "nommé" | "nommée" | "named" | "called")
}

/// Adjectives of a site that say what it is, not whose ("le campus universitaire d'Ankatso";
/// not "le site historique de Kerlann", "l'usine principale de X").
const SITE_ADJECTIVES: &[&str] = &[
    "universitaire",
    "industriel",
    "industrielle",
    "technologique",
    "scientifique",
    "hospitalier",
    "portuaire",
    "aéroportuaire",
];

/// Nouns of a site, before "at" and the place it stands at.
const SITES: &[&str] = &[
    "centre",
    "center",
    "centres",
    "centers",
    "campus",
    "site",
    "sites",
    "plant",
    "factory",
    "fab",
    "facility",
    "facilities",
    "headquarters",
    "cluster",
    "park",
];

/// Walks back from the name over function words for a cue noun or a place preposition.
fn before(cx: &Ctx, c: &Candidate) -> Scores {
    let mut s = Scores::default();
    // "le centre, baptisé « Kajy »", "a cluster dubbed "Kestrel"": a name a participle gives in
    // quotes is a project's (or a product's) name (the quote makes it open a sentence).
    // (One word: a quoted title of several has its own reading, `c.quoted`.)
    if c.first > 0 && c.first == c.last && named_in_quotes(cx.lower(c.first - 1)) && {
        let sep = &cx.s[cx.toks[c.first - 1].end..cx.toks[c.first].start];
        sep.chars().any(|ch| matches!(ch, '«' | '"' | '“'))
            && sep
                .chars()
                .all(|ch| matches!(ch, ' ' | '\u{a0}' | '\u{202f}' | '«' | '"' | '“'))
    } {
        s.add(Project, 3.0);
        return s;
    }
    if c.first == 0 || cx.toks[c.first].initial {
        return s;
    }
    let single = c.first == c.last;
    let cues = cx.cues;
    // Immediately before: a preposition or article telling a place.
    let p = c.first - 1;
    let plain_sep = |k: usize| {
        let a = cx.toks[k].end;
        let b = cx.toks[k + 1].start;
        // Bytes: the four are ASCII, and no byte of another char is one of them.
        cx.s.as_bytes()
            .get(a..b)
            .is_some_and(|sep| sep.iter().all(|c| matches!(c, b' ' | b'(' | b')' | b'"')))
    };
    // Without a plain separator before the name, nothing before it counts.
    if !plain_sep(p) {
        return s;
    }
    let pl = cx.lower(p);
    let pf = cues.flags(pl);
    // "A Dresde, …": French capitals often drop their accent; a sentence-initial capital "A"
    // before a one-word name closed by a comma is "À", a place preposition (an English
    // article "A Boeing spokesman" is followed by more words).
    let accentless_a =
        cx.text(p) == "A" && cx.toks[p].initial && cx.s[cx.toks[c.last].end..].starts_with(',');
    if pf & flag::PLACE_PREP != 0 || (accentless_a && single) {
        let w = if matches!(pl, "en" | "au" | "aux") {
            2.0
        } else {
            1.5
        };
        s.add(Place, w);
        // "data centres in X", "l'usine à X": a cue noun before the preposition names what
        // stands in the place, not the place.
        if !accentless_a {
            return s;
        }
    } else if pl == "at" && p > 0 && plain_sep(p - 1) && SITES.contains(&cx.lower(p - 1)) {
        // "a new data centre at Waltham Cross": a site stands at a place ("analysts at X"
        // work for a firm).
        s.add(Place, 2.0);
        return s;
    } else if matches!(pl, "de" | "d'" | "d’" | "of")
        && p > 0
        && plain_sep(p - 1)
        && near_of(cx.lower(p - 1))
    {
        // "près de Metz", "à proximité de Lyon", "north of Oslo": where.
        s.add(Place, 2.0);
        return s;
    } else if matches!(pl, "de" | "d'" | "d’")
        && p > 0
        && plain_sep(p - 1)
        && (SITES_OF.contains(&cx.lower(p - 1))
            // "le campus universitaire d'Ankatso", "le site industriel de Crolles".
            || (p >= 2
                && plain_sep(p - 2)
                && SITES_OF.contains(&cx.lower(p - 2))
                && SITE_ADJECTIVES.contains(&cx.lower(p - 1)))
            // "le centre de données de Gravelines" (not "les données de Ramp").
            || (cx.lower(p - 1) == "données"
                && p >= 3
                && cx.lower(p - 3).starts_with("centre")))
    {
        // "le campus de Lisses", "l'usine de Crolles": the place a site is named after.
        s.add(Place, 2.0);
        return s;
    } else if single && pf & flag::PLACE_ARTICLE != 0 && !cx.toks[c.first].acronym(cx.s) {
        let w = if matches!(pl, "la" | "l'" | "les") {
            1.0
        } else {
            0.5
        };
        s.add(Place, w);
    }
    let mut dist = 0;
    let mut k = c.first;
    while k > 0 && plain_sep(k - 1) {
        k -= 1;
        let t = &cx.toks[k];
        // Most look-back words are the one before the name, already looked up.
        let f = if k == p { pf } else { cx.flags(k) };
        // "Le marseillais Azur Calcul", "la lyonnaise X": an article and a city's adjective
        // before a name tell a firm, not a person ("l'auditrice belge X").
        if dist == 1
            && matches!(cx.lower(k), "le" | "la" | "l'")
            && ["ais", "aise", "ois", "oise", "ain", "aine"]
                .iter()
                .any(|x| cx.lower(k + 1).ends_with(x))
        {
            s.add(Company, 1.5);
            break;
        }
        if t.namey(cx.s) && f & flag::GENERIC == 0 {
            break;
        }
        if let Some(kind) = Cues::cue_kind(f) {
            // "le fondateur d'Oculus", "les modèles de DeepSeek": the name owns the noun.
            let owner = matches!(pl, "de" | "d'" | "du" | "des" | "of");
            // "le conseil d'administration de Kerlann": a company's board.
            let board = cx.lower(k) == "administration" && k >= 2 && cx.lower(k - 2) == "conseil";
            let kind =
                if owner && (board || k + 1 < c.first && kind != Place && kind != Institution) {
                    Company
                } else {
                    kind
                };
            s.add(kind, if dist == 0 { 2.5 } else { 1.2 });
            break;
        }
        if f & (flag::LOOKBACK_SKIP | flag::DEMONYM | flag::GENERIC) != 0 {
            if t.initial {
                break;
            }
            continue;
        }
        dist += 1;
        if dist > 2 || t.initial {
            break;
        }
    }
    s
}

/// Looks after the name: an apposition (", une société", ", le fondateur") or a verb.
fn after(cx: &Ctx, c: &Candidate) -> Scores {
    let mut s = Scores::default();
    let toks = cx.toks;
    let cues = cx.cues;
    let Some(nx) = toks.get(c.last + 1) else {
        return s;
    };
    let (a, b) = (toks[c.last].end, nx.start);
    // A plain space (the usual separator) is not a comma: told from the bytes, no slicing.
    let plain = b == a + 1 && cx.s.as_bytes().get(a) == Some(&b' ');
    // A comma apposition needs a comma byte between the words (checked before trimming).
    let comma = !plain
        && cx
            .s
            .as_bytes()
            .get(a..b)
            .is_some_and(|sep| sep.contains(&b','))
        && cx.s[a..b].trim() == ",";
    // "Pour le campus de Lisses, l'opérateur …": the comma closes a phrase the sentence opens
    // on; what follows is the sentence's subject, not an apposition.
    if comma && !gloss::in_fronted_phrase(cx, c) {
        for k in c.last + 1..c.last + 4 {
            let Some(t) = toks.get(k) else { break };
            let l = cx.lower(k);
            let f = cues.flags(l);
            if let Some(kind) = Cues::cue_kind(f) {
                // "Pékin, le géant technologique Alibaba": the apposition names someone else.
                let names_other = (k + 1..k + 3).any(|x| {
                    toks.get(x)
                        .is_some_and(|t| t.joined && t.namey(cx.s) && !t.initial)
                });
                // "…at Waltham Cross, the company said.": a speaker, not an apposition.
                let speaker = toks.get(k + 1).is_some_and(|t| t.joined)
                    && matches!(
                        cx.lower(k + 1),
                        "said" | "says" | "added" | "told" | "noted"
                    );
                if !names_other && !speaker {
                    s.add(kind, 2.5);
                }
                break;
            }
            let skip = matches!(
                l,
                "le" | "la"
                    | "l'"
                    | "un"
                    | "une"
                    | "son"
                    | "sa"
                    | "the"
                    | "a"
                    | "an"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "leur"
                    | "ancien"
                    | "ex"
                    | "former"
                    | "actuel"
                    | "premier"
                    | "première"
                    | "nouveau"
                    | "nouvelle"
                    | "first"
                    | "new"
            ) || f & flag::DEMONYM != 0;
            if !skip || !t.joined && k > c.last + 1 {
                break;
            }
        }
        if matches!(cx.lower(c.last + 1), "inc" | "ltd" | "llc" | "sa" | "corp") {
            s.add(Company, 3.0);
        }
        return s;
    }
    if !plain {
        // "Helios (Lübbenau, Germany), led by …": a name glossed by where it stands is a
        // site or project, even opening its line.
        // ("Camille Ferrand (Vireo Silicium)": after a first name, what the brackets hold is
        // whom the person works for.)
        // ("- **Lumora** (Paris) raised …": a digest's item in bold is about a firm.)
        if gloss::located_after(&cx.s[a..])
            && cx.flags(c.first) & flag::FIRST_NAME == 0
            && !gloss::bold_and_glossed(cx, &c.span)
        {
            s.add(Project, 2.0);
        }
        return s;
    }
    let l = cx.lower(c.last + 1);
    // "Stackline is building", "Vayu will invest", "Kelvio va investir": a bare word before a
    // singular auxiliary and a verb of money or building (a common noun would need an article).
    if matches!(l, "is" | "was" | "will" | "would" | "va" | "allait")
        && bare_word(cx, c)
        && toks.get(c.last + 2).is_some_and(|t| t.joined)
        && MONEY_VERBS.contains(&cx.lower(c.last + 2))
    {
        s.add(Company, 2.0);
        return s;
    }
    let aux = matches!(l, "a" | "ont" | "has" | "have" | "had" | "avait" | "aurait");
    let verb = if aux {
        // "a lancé", "a également lancé"
        let mut k = c.last + 2;
        if toks.get(k).is_some_and(|t| t.joined) && cx.lower(k).ends_with("ment") {
            k += 1;
        }
        toks.get(k).filter(|t| t.joined).map(|_| cx.lower(k))
    } else {
        Some(l)
    };
    let w = if aux { 2.0 } else { 1.0 };
    if let Some(v) = verb {
        let vf = cues.flags(v);
        if vf & flag::PERSON_VERB != 0 {
            let person_like =
                c.last > c.first && (c.first..=c.last).all(|k| toks[k].name_like(cx.s));
            if person_like {
                s.add(Person, w);
            } else if !aux
                && matches!(v, "said" | "says" | "told")
                && cx.flags(c.first) & (flag::FIRST_NAME | flag::PERSON_TITLE) == 0
                && bare_word(cx, c)
                && !after_a_capital(near(cx.s, toks[c.first].start), cx.text(c.last))
            {
                // "Aker said the expansion would cost $4.4bn": a bare word no one was named
                // by in full (a surname follows its full name) speaks for a firm.
                s.add(Company, 2.0);
            }
        } else if vf & flag::COMPANY_VERB != 0 {
            // A bare one-word name right before its verb ("Vantor spent $4.8bn"): a common
            // noun would need an article, a plural ("Investors pledged") ends in "s", and a
            // word written in lower case elsewhere is no name ("Total committed").
            // (A French participle alone is no finite verb: "Montant annoncé : 1,8 Md€".)
            // ("Lumenweave plans", "Orbitex invests": an English verb's -s is finite; "shares"
            // and "acquis" are a noun and a participle.)
            let bare = !aux
                && !v.ends_with(['é', 'e'])
                && !matches!(v, "shares" | "acquis")
                && bare_word(cx, c)
                // (A table's cell is a label: "| Total raised to date |".)
                && !cx.s[..toks[c.first].start].trim_end().ends_with('|');
            s.add(Company, if bare { 2.0 } else { w });
        }
    }
    s
}

/// Verbs of money and building after an auxiliary ("is building", "will invest", "va lever").
const MONEY_VERBS: &[&str] = &[
    "building",
    "investing",
    "raising",
    "spending",
    "buying",
    "acquiring",
    "deploying",
    "build",
    "invest",
    "raise",
    "spend",
    "buy",
    "acquire",
    "deploy",
    "bâtir",
    "construire",
    "investir",
    "lever",
    "dépenser",
    "acheter",
    "acquérir",
    "déployer",
];
