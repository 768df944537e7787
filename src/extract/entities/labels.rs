//! A document's labels that are no names: its references, measures and numbered parts
//! ("E-003412", "500kV", "Chapter 11", "Item 1.01"), a job title cut from "Chief … Officer", a
//! credit rating's grade, a senator's party tag, a broadcast transcript's speaker roles and
//! stage directions, a page's breadcrumb of sections.

use crate::text::table::short_line_at;

/// What a "Chief … Officer" is of ("Chief Financial Officer"): the title cut after "Chief"
/// ("Financial Officer") is no name.
const OFFICER_OF: &[&str] = &[
    "Executive",
    "Financial",
    "Operating",
    "Technology",
    "Technical",
    "Information",
    "Investment",
    "Commercial",
    "Marketing",
    "Product",
    "Science",
    "Scientific",
    "Data",
    "AI",
    "Revenue",
    "Strategy",
    "People",
    "Legal",
    "Sustainability",
];

/// A job title standing alone ("Financial Officer" cut from "Chief Financial Officer", "Officer"
/// from "Chief Executive Officer"), or a
/// rank over a function as a report's contacts list them ("Associate Director", "Committee
/// Chairperson", "Primary Rating Analyst").
pub fn job_title(name: &str) -> bool {
    // ("Officer" alone: what "Chief Executive Officer" leaves once its stop words are read.)
    if matches!(name, "Officer" | "Officers") {
        return true;
    }
    if name
        .split_once(' ')
        .is_some_and(|(a, b)| matches!(b, "Officer" | "Officers") && OFFICER_OF.contains(&a))
    {
        return true;
    }
    let Some((ranks, function)) = name.rsplit_once(' ') else {
        return false;
    };
    FUNCTIONS.contains(&function) && ranks.split(' ').all(|r| RANKS.contains(&r))
}

/// "Rachel Okonjo, CFA": an analyst's credential after her name, no firm's.
pub fn credential(s: &str, span: &std::ops::Range<usize>) -> bool {
    matches!(&s[span.clone()], "CFA" | "CAIA" | "FRM" | "CPA")
        && s[..span.start].ends_with(", ")
        && s[..span.start - 2].ends_with(char::is_alphabetic)
}

/// "la ministre wallonne de l'Économie, Anne-Sophie Delvigne": a minister's portfolio in her
/// title, no actor of its own (the ministry, "ministère de l'Économie", is one).
pub fn minister_portfolio(s: &str, span: &std::ops::Range<usize>) -> bool {
    portfolio_of_minister(s, span.start, 3)
}

/// [`minister_portfolio`] for the name starting at byte `start`; a second or third portfolio
/// ("ministre de la Transition numérique et de la Digitalisation", "ministre de
/// l'Enseignement supérieur et de la Recherche") is one when the one before it is, `depth`
/// portfolios back at most.
fn portfolio_of_minister(s: &str, start: usize, depth: usize) -> bool {
    let from = s.floor_char_boundary(start.saturating_sub(48));
    let before = s[from..start].trim_end();
    let Some(rest) = ["de l'", "de l’", "du", "de la", "des", "d'", "d’"]
        .iter()
        .find_map(|p| before.strip_suffix(p))
    else {
        return false;
    };
    // The portfolio before, its lower-case words (two at most) and "et" or a comma between.
    if depth > 1
        && let Some(r) = rest
            .trim_end()
            .strip_suffix(" et")
            .or_else(|| rest.trim_end().strip_suffix(','))
    {
        let mut r = r.trim_end();
        for _ in 0..2 {
            match r.rsplit_once(' ') {
                Some((head, w)) if !w.is_empty() && w.chars().all(|c| c.is_lowercase()) => {
                    r = head.trim_end();
                }
                _ => break,
            }
        }
        let word = r.rsplit([' ', '\'', '’']).next().unwrap_or("");
        if word.starts_with(char::is_uppercase) {
            let at = word.as_ptr() as usize - s.as_ptr() as usize;
            return portfolio_of_minister(s, at, depth - 1);
        }
        return false;
    }
    // ("ministre wallonne", "ministre déléguée": one word may qualify the title.)
    let mut words = rest.split_whitespace().rev();
    let minister = |w: &str| matches!(w, "ministre" | "Ministre");
    match (words.next(), words.next()) {
        (Some(w), _) if minister(w) => true,
        (Some(a), Some(w)) => minister(w) && a.starts_with(char::is_lowercase),
        _ => false,
    }
}

/// A credit rating's grade ("'BB'", "BBB-", "Baa2", a recovery rating "RR2"): no name.
pub fn rating_grade(name: &str) -> bool {
    let g = name.trim_end_matches(['+', '-']);
    let b = g.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let (word, digit) = g.split_at(letters);
    let digit_ok = digit.is_empty() || matches!(digit, "1" | "2" | "3" | "4" | "5" | "6");
    let grade = matches!(word, "AAA" | "AA" | "BBB" | "BB" | "CCC" | "CC")
        || (!digit.is_empty() && matches!(word, "Aaa" | "Aa" | "Baa" | "Ba" | "Caa" | "RR"));
    grade && digit_ok
}

/// A member of Congress's party and state in brackets ("Sen. Alan Pryor (R-Idaho)", "(D-Md.)").
pub fn party_tag(s: &str, span: &std::ops::Range<usize>) -> bool {
    let name = &s[span.clone()];
    let party = name.len() > 3
        && matches!(&name.as_bytes()[..2], b"R-" | b"D-" | b"I-")
        && name[2..].starts_with(|c: char| c.is_ascii_uppercase());
    party && s[..span.start].ends_with('(')
}

/// A job's function, last in its title.
const FUNCTIONS: &[&str] = &[
    "Director",
    "Directors",
    "Manager",
    "Chairperson",
    "Chair",
    "Analyst",
    "Analysts",
    "Partner",
    "Editor",
    "Correspondent",
];

/// The ranks and fields before a job's function.
const RANKS: &[&str] = &[
    "Associate",
    "Senior",
    "Managing",
    "Executive",
    "Deputy",
    "Assistant",
    "Regional",
    "Principal",
    "Lead",
    "Primary",
    "Secondary",
    "Rating",
    "Committee",
    "Research",
    "Credit",
    "Program",
    "Programme",
    "Sector",
    "Equity",
    "Contributing",
];

/// A broadcast transcript's labels: a speaker's role in capitals in brackets before the colon
/// ("MARCUS HILL (ANCHOR):", "(COWETA RESIDENT):") or after a comma ("EMILY CASTELLANOS,
/// BYLINE:") and the stage directions in square brackets opening a line ("[SOT - Commissioner
/// Ray Dunning]", "[TAKE VO - aerial footage]").
pub fn transcript_label(s: &str, span: &std::ops::Range<usize>) -> bool {
    let name = &s[span.clone()];
    if name.chars().any(char::is_lowercase) {
        return false;
    }
    let before = s[..span.start].trim_end_matches(' ');
    let role = before.ends_with('(') && s[span.end..].starts_with("):");
    let line = &before[before.rfind('\n').map_or(0, |k| k + 1)..];
    let direction = line == "[" && s[span.end..].starts_with([']', ' ']);
    // "EMILY CASTELLANOS, BYLINE: …": a speaker's role after her name in capitals.
    let speaker_role = s[span.end..].starts_with(':')
        && line.strip_suffix(',').is_some_and(|who| {
            !who.is_empty() && who.len() <= 48 && !who.chars().any(char::is_lowercase)
        });
    role || direction || speaker_role
}

/// A file's or a queue's reference, parts of capitals and digits between hyphens: three parts
/// or more with a number of two digits or more ("LL-B-01", "CP-PLN-2026-118",
/// "ABP-324418-26"), or a short code and a number of four digits or more ("GC-2291"). A
/// model's or a type's name keeps its short number ("F-35", "SMR-300", "COP-28").
fn reference_code(name: &str) -> bool {
    let parts: Vec<&str> = name.split('-').collect();
    let digits = |p: &&str| p.bytes().all(|b| b.is_ascii_digit());
    let codes = (2..=5).contains(&parts.len())
        && parts[0].len() <= 4
        && parts[0].bytes().all(|b| b.is_ascii_uppercase())
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        });
    codes
        && (parts.len() >= 3 && parts[1..].iter().any(|p| p.len() >= 2 && digits(p))
            || parts.len() == 2 && parts[0].len() <= 3 && parts[1].len() >= 4 && digits(&parts[1]))
}

/// A name's surface that is a measure ("500kV", "28nm": digits then a unit in lower case; a
/// "GPU-hour"), a document's number ("E-003412", "LL-B-01") or a numbered part: a law's
/// chapter ("Chapter 11"), a stage ("Phase II", "Lot 1"), a figure ("Figure 1").
pub fn reference_or_measure(name: &str) -> bool {
    let measure = name.starts_with(|c: char| c.is_ascii_digit())
        && !name.contains(' ')
        && name.chars().any(|c| c.is_ascii_lowercase());
    let last = name.rsplit(' ').next().unwrap_or(name);
    let number = last.split_once('-').is_some_and(|(a, n)| {
        a.len() == 1
            && a.bytes().all(|b| b.is_ascii_uppercase())
            && n.len() >= 3
            && n.bytes().all(|b| b.is_ascii_digit())
    }) || reference_code(name);
    // "per GPU-hour": a unit of rented compute.
    let unit = ["-hour", "-hours", "-heure", "-heures"]
        .iter()
        .any(|u| name.ends_with(u));
    // "Chapter 11"; "Phase II", "Lot 1", "Tranche 2": a stage or a lot of something named
    // elsewhere; "Figure 1", "Episode 87": a document's own part.
    // (An IMF report's "Text Table 1" is its "Table 1".)
    let name = name.strip_prefix("Text ").unwrap_or(name);
    let numbered = name.split_once(' ').is_some_and(|(w, n)| {
        PARTS.contains(&w)
            && !n.is_empty()
            && !n.starts_with('.')
            // ("Table 4.1": a section's number; "Item 1.01 Entry into …": a filing's item and
            // the start of its title.)
            && (w == "Item" || !n.contains(' '))
            && n.split(' ')
                .next()
                .is_some_and(|number| number.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'I' | b'V' | b'X' | b'.')))
    });
    // "Form 10-K", "FORM 8-K": a filing's form.
    let form = name.split_once(' ').is_some_and(|(w, n)| {
        matches!(w, "Form" | "FORM") && n.bytes().next().is_some_and(|b| b.is_ascii_digit())
    });
    measure || number || unit || numbered || form
}

/// A document's or a project's parts, numbered: "Chapter 11", "Phase II", "Section 106".
const PARTS: &[&str] = &[
    "Chapter",
    "Chapitre",
    "Phase",
    "Lot",
    "Tranche",
    "Stage",
    "Étape",
    "Figure",
    "Exhibit",
    "Episode",
    "Annex",
    "Annexe",
    "Tableau",
    "Graphique",
    "Table",
    "Box",
    "Encadré",
    "Slide",
    "Diapositive",
    "Section",
    "Item",
    "Part",
    "Partie",
    "Page",
    "Article",
    "Appendix",
    "Schedule",
    "Note",
];

/// A part's word alone, its number or letter after it outside the name: "a Section 106
/// agreement", "Phase 1 (Building A, 50 MW)", "Buildings B and C".
pub fn numbered_part(s: &str, span: &std::ops::Range<usize>) -> bool {
    let name = &s[span.clone()];
    let part = PARTS.contains(&name)
        || matches!(
            name,
            "Building" | "Buildings" | "Bâtiment" | "Bâtiments" | "Block" | "Hall"
        );
    let Some(after) = s[span.end..].strip_prefix(' ') else {
        return false;
    };
    let mut cs = after.chars();
    // ("Block 2025 results": a year after a firm's name is no part's number.)
    let year = after.len() >= 4
        && after.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && !after.as_bytes().get(4).is_some_and(u8::is_ascii_digit)
        && (after.starts_with("19") || after.starts_with("20"));
    let numbered = match cs.next() {
        Some(c) if c.is_ascii_digit() => !year,
        Some(c) if c.is_ascii_uppercase() => !cs.next().is_some_and(char::is_alphanumeric),
        _ => false,
    };
    part && numbered
}

/// The separators of a page's sections in a breadcrumb or a rubric line.
const CRUMBS: &[&str] = &[" › ", " > ", " | ", " · ", " / ", " » "];

/// The first words of a news site's sections, lower case ("Économie", "Tech", "Accueil").
const SECTIONS: &[&str] = &[
    "accueil",
    "home",
    "actualités",
    "actualité",
    "news",
    "économie",
    "economie",
    "economy",
    "business",
    "tech",
    "techno",
    "technos",
    "technologie",
    "technologies",
    "technology",
    "entreprises",
    "companies",
    "markets",
    "marchés",
    "finance",
    "financement",
    "industrie",
    "industry",
    "numérique",
    "digital",
    "politique",
    "politics",
    "international",
    "monde",
    "world",
    "opinion",
    "énergie",
    "energy",
    "science",
    "sciences",
    "innovation",
    "startups",
    "start-up",
    "régions",
    "société",
    "médias",
    "media",
    "cloud",
    "valeurs",
];

/// The longest line read as a breadcrumb (bytes).
const CRUMB_LINE: usize = 90;

/// The name stands in a line of sections ("Économie | Industrie", "BUSINESS > Tech",
/// "Accueil › Financement › Levées de fonds"): two to five labels of one to four words, each
/// capitalised, with no digit nor sentence punctuation, between a breadcrumb's separators,
/// one of them a news site's section. A name the text writes again elsewhere, as a word, is
/// one of its actors (the outlet, the story's region); a table's row opens on its border.
pub fn breadcrumb(s: &str, span: &std::ops::Range<usize>) -> bool {
    let Some(line) = short_line_at(s, span, CRUMB_LINE) else {
        return false;
    };
    let line = s[line].trim();
    if line.starts_with('|') || !CRUMBS.iter().any(|c| line.contains(c)) {
        return false;
    }
    let mut labels = vec![line];
    for c in CRUMBS {
        labels = labels.iter().flat_map(|l| l.split(c)).collect();
    }
    let section = |l: &&str| {
        let first = l
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_lowercase();
        SECTIONS.contains(&first.as_str())
    };
    let name = &s[span.clone()];
    let again = || {
        memchr::memmem::find_iter(s.as_bytes(), name.as_bytes()).any(|k| {
            k != span.start
                && !s[..k].ends_with(char::is_alphanumeric)
                && !s[k + name.len()..].starts_with(char::is_alphanumeric)
        })
    };
    (2..=5).contains(&labels.len())
        && labels.iter().any(section)
        && labels.iter().all(|l| {
            let words = l.split_whitespace().count();
            (1..=4).contains(&words)
                && l.starts_with(char::is_uppercase)
                && !l.contains(|c: char| {
                    c.is_ascii_digit() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '«')
                })
        })
        && !again()
}
