//! Import, second half: codes become themes (nested one level, as Vigie's codebook is), coded
//! selections become tags on the accepted sources, all in one edit of the new project.

use super::import::Accepted;
use super::read::{Parsed, ParsedSelection};
use super::xml::Code;
use super::{ENGINE_MARK, ImportReport, QdpxError};
use crate::project::{EditError, Project, Rgb, ThemeId, Timestamp};
use std::collections::{HashMap, HashSet};

/// The colour of a code that has none.
const GREY: Rgb = Rgb(128, 128, 128);

struct PlannedTheme {
    guid: String,
    name: String,
    color: Rgb,
    description: Option<String>,
    /// Index of the parent in the plan.
    parent: Option<usize>,
    /// A category (`isCodable="false"`): a parent theme that cannot be tagged.
    category: bool,
}

struct PlannedTag {
    article: usize,
    theme: usize,
    start: usize,
    end: usize,
    guid: String,
    memo: String,
    created: Timestamp,
    coder: String,
}

/// Adds the themes and tags of `parsed` (on the `accepted` sources) to `project`.
pub(super) fn build(
    project: &mut Project,
    parsed: &Parsed,
    accepted: &[Accepted],
    report: &mut ImportReport,
) -> Result<(), QdpxError> {
    let mut themes = Vec::new();
    let mut by_guid = HashMap::new();
    let mut engine = HashSet::new();
    for c in &parsed.codes {
        plan_code(c, &[], None, &mut themes, &mut by_guid, &mut engine, report);
    }
    let tags = plan_tags(parsed, accepted, &by_guid, &themes, &engine, report);
    let built = project.edit(|b| -> Result<(), EditError> {
        let mut articles = Vec::new();
        for a in accepted {
            let id = b.add_article(a.source.clone(), &a.norm.text)?;
            if let Some(x) = b.corpus.iter_mut().find(|x| x.id == id) {
                x.guid = a.guid.clone();
                let created = parsed
                    .sources
                    .get(a.index)
                    .and_then(|s| s.created.as_deref());
                if let Some(t) = created.and_then(Timestamp::parse) {
                    x.added = Some(t);
                }
            }
            articles.push(id);
        }
        let mut ids: Vec<ThemeId> = Vec::new();
        for t in &themes {
            let parent = t.parent.and_then(|i| ids.get(i).copied());
            let id = b.create_theme(&t.name, t.color, parent)?;
            if let Some(x) = b.themes.iter_mut().find(|x| x.id == id) {
                x.guid = t.guid.clone();
                x.description = t.description.clone();
                x.category = t.category;
            }
            ids.push(id);
        }
        for t in &tags {
            let (Some(&article), Some(&theme), Some(a)) = (
                articles.get(t.article),
                ids.get(t.theme),
                accepted.get(t.article),
            ) else {
                continue;
            };
            let id = b.add_tag(theme, article, &a.norm.text, t.start..t.end)?;
            if let Some(x) = b.tags.iter_mut().find(|x| x.id == id) {
                x.guid = t.guid.clone();
                x.memo = t.memo.clone();
                x.created = t.created;
                x.coder = t.coder.clone();
            }
        }
        Ok(())
    });
    built.map_err(|e| QdpxError::Malformed(e.to_string()))?;
    report.themes = themes.len();
    report.tags = tags.len();
    Ok(())
}

/// Plans a code and its sub-codes as themes. Codes deeper than one level go under their
/// top-level ancestor; the engine's branch (marked [`ENGINE_MARK`]) is left out.
fn plan_code(
    c: &Code,
    path: &[&str],
    top: Option<usize>,
    themes: &mut Vec<PlannedTheme>,
    by_guid: &mut HashMap<String, usize>,
    engine: &mut HashSet<String>,
    report: &mut ImportReport,
) {
    if path.is_empty()
        && c.description
            .as_deref()
            .is_some_and(|d| d.contains(ENGINE_MARK))
    {
        collect(c, engine);
        return;
    }
    if !c.codable && !path.is_empty() {
        // Vigie nests one level: a category inside another code would be an empty,
        // untaggable sub-theme; its codes go under the top-level ancestor instead.
        report.skipped.push(format!(
            "category {:?} (in {}): Vigie nests themes one level deep; its codes go under {:?}",
            c.name,
            path.join(" ▸ "),
            path[0]
        ));
        let mut inner = path.to_vec();
        inner.push(&c.name);
        for k in &c.children {
            plan_code(k, &inner, top, themes, by_guid, engine, report);
        }
        return;
    }
    if path.len() >= 2 {
        report.skipped.push(format!(
            "code {:?} (in {}): Vigie nests themes one level deep; it becomes a sub-theme of {:?}",
            c.name,
            path.join(" ▸ "),
            path[0]
        ));
    }
    let name = unique_name(&c.name, top, themes);
    let index = themes.len();
    themes.push(PlannedTheme {
        guid: c.guid.clone(),
        name,
        color: c.color.unwrap_or(GREY),
        description: c.description.clone(),
        parent: top,
        category: !c.codable,
    });
    by_guid.insert(c.guid.clone(), index);
    let mut inner = path.to_vec();
    inner.push(&c.name);
    for k in &c.children {
        plan_code(
            k,
            &inner,
            top.or(Some(index)),
            themes,
            by_guid,
            engine,
            report,
        );
    }
}

fn collect(c: &Code, into: &mut HashSet<String>) {
    into.insert(c.guid.clone());
    for k in &c.children {
        collect(k, into);
    }
}

/// `name` (trimmed), or `name (2)`... when a sibling already has it (case-insensitively).
fn unique_name(name: &str, parent: Option<usize>, themes: &[PlannedTheme]) -> String {
    let base = match name.trim() {
        "" => "(unnamed)",
        n => n,
    };
    let taken = |n: &str| {
        themes
            .iter()
            .any(|t| t.parent == parent && t.name.to_lowercase() == n.to_lowercase())
    };
    let mut candidate = base.to_string();
    let mut k = 1;
    while taken(&candidate) {
        k += 1;
        candidate = format!("{base} ({k})");
    }
    candidate
}

fn plan_tags(
    parsed: &Parsed,
    accepted: &[Accepted],
    by_guid: &HashMap<String, usize>,
    themes: &[PlannedTheme],
    engine: &HashSet<String>,
    report: &mut ImportReport,
) -> Vec<PlannedTag> {
    let mut tags = Vec::new();
    let mut seen = HashSet::new();
    let mut mentions = 0;
    for (ai, a) in accepted.iter().enumerate() {
        let Some(source) = parsed.sources.get(a.index) else {
            continue;
        };
        if let Some(kind) = &source.represents {
            report.skipped.push(format!(
                "{}: a {kind} source, imported as its plain-text representation",
                a.label
            ));
        }
        if source.other_selections > 0 {
            report.skipped.push(format!(
                "{}: {} passages coded on the {} itself (not in its text)",
                a.label,
                source.other_selections,
                source.represents.as_deref().unwrap_or("source")
            ));
        }
        if source.whole_codings > 0 {
            report.skipped.push(format!(
                "{}: {} codings of the whole source (Vigie tags passages)",
                a.label, source.whole_codings
            ));
        }
        for sel in &source.selections {
            let codings: Vec<_> = sel
                .codings
                .iter()
                .filter(|(_, code, _)| !engine.contains(code))
                .collect();
            mentions += sel.codings.len() - codings.len();
            if codings.is_empty() {
                continue;
            }
            let Some((start, end)) = place(a, sel) else {
                report.skipped.push(format!(
                    "{}: passage {}..{} {:?} is not inside the text",
                    a.label, sel.start, sel.end, sel.name
                ));
                continue;
            };
            for (coding, code, notes) in &codings {
                let Some(&theme) = by_guid.get(code) else {
                    report.skipped.push(format!(
                        "{}: a coding of {:?} refers to a code that is not in the codebook",
                        a.label, sel.name
                    ));
                    continue;
                };
                if themes[theme].category {
                    report.skipped.push(format!(
                        "{}: a coding of {:?} with the category {:?} (categories are not tags)",
                        a.label, sel.name, themes[theme].name
                    ));
                    continue;
                }
                if !seen.insert((ai, start, end, theme)) {
                    continue;
                }
                let memo = memo_of(
                    sel.notes
                        .iter()
                        .chain(notes)
                        .filter_map(|n| parsed.notes.get(n).map(String::as_str))
                        .chain(sel.description.as_deref()),
                );
                tags.push(PlannedTag {
                    article: ai,
                    theme,
                    start,
                    end,
                    guid: if codings.len() == 1 {
                        sel.guid.clone()
                    } else {
                        coding.clone()
                    },
                    memo,
                    coder: sel
                        .user
                        .as_ref()
                        .and_then(|u| parsed.users.get(u))
                        .cloned()
                        .unwrap_or_default(),
                    created: sel
                        .created
                        .as_deref()
                        .and_then(Timestamp::parse)
                        .unwrap_or_else(Timestamp::now),
                });
            }
        }
    }
    if mentions > 0 {
        report.skipped.push(format!(
            "{mentions} engine mentions (the \"Actors\" codes Vigie exports; the engine finds them again)"
        ));
    }
    tags
}

/// A passage's memo from its notes and its description: each distinct text once (a tool that
/// writes the memo both as a note and as the description — Vigie, for QualCoder — is not read
/// back as a doubled memo).
fn memo_of<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for p in parts.map(str::trim).filter(|p| !p.is_empty()) {
        if !seen.contains(&p) {
            seen.push(p);
        }
    }
    seen.join("\n\n")
}

/// A selection's range in the article's (normalised) text. Positions are code points of the
/// source as stored (the standard); a tool that counted `\r\n` as one is recognised when only
/// that reading gives back the selection's name.
fn place(a: &Accepted, sel: &ParsedSelection) -> Option<(usize, usize)> {
    let (s, e) = (
        usize::try_from(sel.start).ok()?,
        usize::try_from(sel.end).ok()?,
    );
    if s >= e {
        return None;
    }
    let raw_len = a.raw.chars().count();
    let len = a.norm.text.chars().count();
    let as_raw = (e <= raw_len).then(|| (a.norm.to_normalized(s), a.norm.to_normalized(e)));
    let as_norm = (e <= len).then_some((s, e));
    let squash = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let fits = |(s, e): (usize, usize)| {
        let slice: String = a.norm.text.chars().skip(s).take(e - s).collect();
        !sel.name.trim().is_empty() && squash(&slice) == squash(&sel.name)
    };
    match (as_raw, as_norm) {
        (Some(r), Some(n)) if r != n && !fits(r) && fits(n) => Some(n),
        (Some(r), _) if r.0 < r.1 => Some(r),
        (_, Some(n)) => Some(n),
        _ => None,
    }
}
