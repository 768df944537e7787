//! A document's labels that are no names: a job title cut from "Chief … Officer", a broadcast
//! transcript's speaker roles and stage directions.

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

/// A job title standing alone ("Financial Officer" cut from "Chief Financial Officer").
pub fn job_title(name: &str) -> bool {
    name.split_once(' ')
        .is_some_and(|(a, b)| matches!(b, "Officer" | "Officers") && OFFICER_OF.contains(&a))
}

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
