//! How the reranker's features are numbered and named: one number per feature, crossed
//! features laid out in blocks, and the name each number prints under.

use crate::extract::types::{EntityKind, FigureKind, Role};

pub const KINDS: usize = 6;
pub const FIG_KINDS: usize = 4;
pub const ROLES: usize = 6;
pub const DIST: usize = 7;

// Owner features.
pub const BIAS: usize = 0;
pub const PICK: usize = 1;
pub const PICK_NONE: usize = 2;
pub const KIND: usize = 3;
pub const KIND_FIG: usize = KIND + KINDS;
pub const ROLE_KIND: usize = KIND_FIG + KINDS * FIG_KINDS;
pub const IN_SENT: usize = ROLE_KIND + ROLES * KINDS;
pub const IN_PARA: usize = IN_SENT + 1;
pub const ELSEWHERE: usize = IN_SENT + 2;
pub const BEFORE: usize = IN_SENT + 3;
pub const AFTER: usize = IN_SENT + 4;
pub const DIST_B: usize = IN_SENT + 5;
pub const DIST_A: usize = DIST_B + DIST;
pub const BETWEEN: usize = DIST_A + DIST;
pub const FIRST: usize = BETWEEN + 1;
pub const PREP: usize = FIRST + 1;
pub const AGENT: usize = PREP + 1;
pub const LOCATIVE: usize = PREP + 2;
pub const FROM: usize = PREP + 3;
pub const FOR: usize = PREP + 4;
pub const SOURCE: usize = PREP + 5;
pub const SAID_AFTER: usize = PREP + 6;
pub const VERB_AFTER: usize = PREP + 7;
pub const FREQ: usize = VERB_AFTER + 1;
pub const TOP: usize = FREQ + 1;
pub const LINK_OWNER: usize = FREQ + 2;
pub const REF_PREV: usize = FREQ + 3;
pub const REF_TOP: usize = FREQ + 4;
pub const PREV_FIRST: usize = FREQ + 5;
pub const KNOWN: usize = PREV_FIRST + 1;
pub const ONE_WORD: usize = KNOWN + 1;
pub const POSSESSIVE: usize = KNOWN + 2;
pub const OPENS: usize = KNOWN + 3;
pub const IN_PREV: usize = KNOWN + 4;
pub const PARA_FIRST: usize = KNOWN + 5;
pub const REF_PICK: usize = PARA_FIRST + 1;
pub const NEARER_FIGURE: usize = REF_PICK + 1;
pub const OWN_FIGURE: usize = REF_PICK + 2;
// How the rule stages read the candidate's mention in the sentence (`attribution::Looks`),
// and whether it is the company the article is about.
pub const LOOK_SOURCE: usize = OWN_FIGURE + 1;
pub const LOOK_WHERE: usize = LOOK_SOURCE + 1;
pub const LOOK_PARTNER: usize = LOOK_SOURCE + 2;
pub const LOOK_SPEECH: usize = LOOK_SOURCE + 3;
pub const MAIN: usize = LOOK_SOURCE + 4;
// Named right after the amount by a passive's agent ("dont 2 Md$ apportés par X"), and that
// amount is a part of, or restates, another figure.
pub const AGENT_AFTER: usize = MAIN + 1;
pub const AGENT_PART: usize = MAIN + 2;
// "Nobody" features.
pub const NULL: usize = AGENT_PART + 1;
pub const NULL_PICK: usize = NULL + 1;
pub const NULL_FIG: usize = NULL + 2;
pub const NULL_ROLE: usize = NULL_FIG + FIG_KINDS;
pub const NULL_NAMED: usize = NULL_ROLE + ROLES;
pub const NULL_LINK: usize = NULL_NAMED + 4;
/// How many features there are.
pub const N_FEATURES: usize = NULL_LINK + 1;

/// Whether a row's features (index, value) say its candidate is the agent named right after a
/// part or restatement ([`AGENT_PART`]).
pub fn agent_of_part(x: &[(u16, f32)]) -> bool {
    x.iter().any(|&(i, _)| usize::from(i) == AGENT_PART)
}

/// A feature's name, for the printed table and the weights file.
pub fn name(i: usize) -> String {
    const K: [&str; KINDS] = [
        "person",
        "company",
        "place",
        "institution",
        "project",
        "product",
    ];
    const F: [&str; FIG_KINDS] = ["money", "chips", "power", "flops"];
    const R: [&str; ROLES] = ["none", "spend", "funding", "valuation", "revenue", "other"];
    let fixed = [
        (BIAS, "bias"),
        (PICK, "pick"),
        (PICK_NONE, "pick_none"),
        (IN_SENT, "in_sentence"),
        (IN_PARA, "in_paragraph"),
        (ELSEWHERE, "elsewhere"),
        (BEFORE, "before"),
        (AFTER, "after"),
        (BETWEEN, "names_between"),
        (FIRST, "first_in_sentence"),
        (PREP, "preposition_before"),
        (AGENT, "agent_before"),
        (LOCATIVE, "locative_before"),
        (FROM, "from_before"),
        (FOR, "for_before"),
        (SOURCE, "source_before"),
        (SAID_AFTER, "said_after"),
        (VERB_AFTER, "verb_after"),
        (FREQ, "frequency"),
        (TOP, "most_named"),
        (LINK_OWNER, "owns_linked"),
        (REF_PREV, "reference_to_previous_first"),
        (REF_TOP, "reference_to_most_named"),
        (PREV_FIRST, "previous_sentence_first"),
        (KNOWN, "known_name"),
        (ONE_WORD, "one_word"),
        (POSSESSIVE, "possessive"),
        (OPENS, "opens_sentence"),
        (IN_PREV, "in_previous_sentence"),
        (PARA_FIRST, "paragraph_first"),
        (REF_PICK, "reference_resolved_by_rules"),
        (NEARER_FIGURE, "figure_between"),
        (OWN_FIGURE, "followed_by_another_figure"),
        (LOOK_SOURCE, "read_as_source"),
        (LOOK_WHERE, "read_as_location"),
        (LOOK_PARTNER, "read_as_partner"),
        (LOOK_SPEECH, "read_as_speaker"),
        (MAIN, "main_company"),
        (AGENT_AFTER, "agent_after_figure"),
        (AGENT_PART, "agent_after_linked_figure"),
        (NULL, "null"),
        (NULL_PICK, "null_pick"),
        (NULL_LINK, "null_linked_unowned"),
    ];
    if let Some((_, n)) = fixed.iter().find(|(j, _)| *j == i) {
        return (*n).to_string();
    }
    match i {
        i if (KIND..KIND_FIG).contains(&i) => format!("kind_{}", K[i - KIND]),
        i if (KIND_FIG..ROLE_KIND).contains(&i) => {
            let k = i - KIND_FIG;
            format!("kind_{}_{}", K[k / FIG_KINDS], F[k % FIG_KINDS])
        }
        i if (ROLE_KIND..IN_SENT).contains(&i) => {
            let k = i - ROLE_KIND;
            format!("role_{}_{}", R[k / KINDS], K[k % KINDS])
        }
        i if (DIST_B..DIST_A).contains(&i) => format!("distance_before_{}", i - DIST_B),
        i if (DIST_A..BETWEEN).contains(&i) => format!("distance_after_{}", i - DIST_A),
        i if (NULL_FIG..NULL_ROLE).contains(&i) => format!("null_{}", F[i - NULL_FIG]),
        i if (NULL_ROLE..NULL_NAMED).contains(&i) => format!("null_role_{}", R[i - NULL_ROLE]),
        i if (NULL_NAMED..NULL_LINK).contains(&i) => format!("null_named_{}", i - NULL_NAMED),
        _ => format!("f{i}"),
    }
}

pub fn kind_index(k: EntityKind) -> usize {
    match k {
        EntityKind::Person => 0,
        EntityKind::Company => 1,
        EntityKind::Place => 2,
        EntityKind::Institution => 3,
        EntityKind::Project => 4,
        EntityKind::Product => 5,
    }
}

pub fn figure_index(k: FigureKind) -> usize {
    match k {
        FigureKind::Money => 0,
        FigureKind::Chips => 1,
        FigureKind::Power => 2,
        FigureKind::Flops => 3,
    }
}

pub fn role_index(r: Option<Role>) -> usize {
    match r {
        None => 0,
        Some(Role::Spend) => 1,
        Some(Role::Funding) => 2,
        Some(Role::Valuation) => 3,
        Some(Role::Revenue) => 4,
        Some(Role::Other) => 5,
    }
}
