//! A document's labels that are no names: a job title cut from "Chief … Officer", a credit
//! rating's grade, a broadcast transcript's speaker roles and stage directions.

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

/// A job title standing alone ("Financial Officer" cut from "Chief Financial Officer"), or a
/// rank over a function as a report's contacts list them ("Associate Director", "Committee
/// Chairperson", "Primary Rating Analyst").
pub fn job_title(name: &str) -> bool {
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
/// ("MARCUS HILL (ANCHOR):", "(COWETA RESIDENT):") and the stage directions in square brackets
/// opening a line ("[SOT - Commissioner Ray Dunning]", "[TAKE VO - aerial footage]").
pub fn transcript_label(s: &str, span: &std::ops::Range<usize>) -> bool {
    let name = &s[span.clone()];
    if name.chars().any(char::is_lowercase) {
        return false;
    }
    let before = s[..span.start].trim_end_matches(' ');
    let role = before.ends_with('(') && s[span.end..].starts_with("):");
    let line = &before[before.rfind('\n').map_or(0, |k| k + 1)..];
    let direction = line == "[" && s[span.end..].starts_with([']', ' ']);
    role || direction
}
