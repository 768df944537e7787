//! What several projects come to together ("three data centre projects with a combined
//! investment of RM14.6 billion", "11 projects totalling 780MW", "des projets représentant un
//! investissement total de 112 millions"): many owners' money or power, no one's.

use crate::extract::firsts::words;
use crate::text::around;

/// Plural nouns of projects.
const PROJECTS: &[&str] = &["projects", "projets", "proposals"];

/// Words that may stand between the projects and the amount.
const LINKS: &[&str] = &[
    "worth",
    "with",
    "a",
    "an",
    "combined",
    "total",
    "totalling",
    "totaling",
    "totalisant",
    "cumulé",
    "cumulée",
    "investment",
    "investments",
    "investissement",
    "investissements",
    "of",
    "more",
    "than",
    "over",
    "about",
    "nearly",
    "almost",
    "some",
    "around",
    "roughly",
    "at",
    "least",
    "represent",
    "representing",
    "représentant",
    "représentent",
    "un",
    "une",
    "de",
    "d",
    "plus",
    "près",
    "environ",
    "quelque",
    "would",
    "will",
    "could",
    "add",
    "adding",
    "to",
    "mobilise",
    "mobilize",
    "private",
    "privé",
    "privés",
    "value",
    "valued",
    "pour",
    "capacity",
    "capacité",
];

/// Words before the projects that make them someone's.
const OWNING: &[&str] = &[
    "its", "their", "his", "her", "our", "ses", "leurs", "nos", "son", "sa", "notre",
];

/// Singular nouns and pronouns after which "projects" is a verb ("the company projects").
const SUBJECTS: &[&str] = &[
    "company",
    "agency",
    "firm",
    "group",
    "bank",
    "ministry",
    "government",
    "report",
    "study",
    "it",
    "he",
    "she",
    "which",
    "who",
    "that",
    "analyst",
    "office",
    "administration",
];

/// Verbs of approving, selecting or receiving projects (whose amounts are not the approver's).
const APPROVING: &[&str] = &[
    "approved",
    "approves",
    "selected",
    "selects",
    "awarded",
    "offers",
    "offered",
    "received",
    "attracted",
    "approuvé",
    "retenu",
    "sélectionné",
    "reçu",
    "attiré",
    "agréé",
    "validé",
];

/// How far before the amount (bytes) the projects are looked for.
const REACH: usize = 120;

/// Whether the amount at `at` is what several projects named before it in `s[from..at]` come
/// to, only linking words between them.
pub fn projects_total(s: &str, from: usize, at: usize) -> bool {
    let t = around(s, from.max(at.saturating_sub(REACH)), at);
    let is = crate::extract::firsts::listed;
    // Most amounts have no projects before them: a byte filter first, tried at the stretch's
    // few 'p's.
    let b = t.as_bytes();
    if !memchr::memchr_iter(b'p', b)
        .any(|i| b[i..].starts_with(b"proje") || b[i..].starts_with(b"proposals"))
    {
        return false;
    }
    let ws: Vec<&str> = words(t).collect();
    let Some(k) = ws.iter().rposition(|w| is(w, PROJECTS)) else {
        return false;
    };
    // (Not "which Gartner projects at" or "the company projects", a verb after its subject,
    // nor "un appel à projets de", one fund's call.)
    let lead = &t[..ws[k].as_ptr() as usize - t.as_ptr() as usize];
    // (A stretch opening on "Projects": no word before them.)
    // A name before the projects owns them ("Microsoft announced two projects worth",
    // "Nvidia's two projects") unless it approves or selects them ("MIDA has approved three
    // projects"): the first word of the stretch may be a name, no other.
    let named = ws
        .get(1..k)
        .unwrap_or_default()
        .iter()
        .any(|w| w.starts_with(char::is_uppercase) && !is(w, PROJECTS));
    let approving = ws[..k].iter().any(|w| is(w, APPROVING));
    k > 0
        && ws[k - 1].starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        && !is(ws[k - 1], &["à", "for"])
        && !is(ws[k - 1], SUBJECTS)
        && !is(ws[k - 1], OWNING)
        && !ws[..k].iter().rev().take(3).any(|w| is(w, OWNING))
        && !lead.contains("'s ")
        && !lead.contains("’s ")
        && (!named || approving)
        && ws[k + 1..].iter().all(|w| is(w, LINKS))
}
