//! Import, second half: codes become themes (nested one level, as Vigie's codebook is), coded
//! selections become tags on the accepted sources, all in one edit of the new project.

use super::import::Accepted;
use super::read::{Parsed, ParsedSelection};
use super::xml::Code;
use super::{ENGINE_MARK, ImportReport, LeftOut, QdpxError};
use crate::project::bulk::{NewTag, NewTheme};
use crate::project::{EditError, Project, Rgb, Timestamp};
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
    /// The notes the code refers to (GUIDs): the theme's memo.
    memo_notes: Vec<String>,
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
    let mut plan = Plan::default();
    for c in &parsed.codes {
        plan_code(c, &[], None, &mut plan, report);
    }
    let Plan {
        themes,
        by_guid,
        engine,
        ..
    } = plan;
    let tags = plan_tags(parsed, accepted, &by_guid, &themes, &engine, report);
    let planned: Vec<NewTheme> = themes
        .iter()
        .map(|t| NewTheme {
            guid: t.guid.clone(),
            name: t.name.clone(),
            color: t.color,
            description: t.description.clone(),
            parent: t.parent,
            category: t.category,
        })
        .collect();
    // Everything is placed in bulk: linear in the texts and the tags, however many there are.
    let built = project.edit(|b| -> Result<(), EditError> {
        b.memo = parsed.memo.trim().to_string();
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
                if let Some(s) = parsed.sources.get(a.index) {
                    x.attributes = s
                        .values
                        .iter()
                        .filter_map(|(var, value)| {
                            let name = parsed.variables.get(var)?;
                            (!name.is_empty() && !value.is_empty())
                                .then(|| (name.clone(), value.clone()))
                        })
                        .collect();
                    x.memo = memo_of(
                        s.memo.as_deref().into_iter().chain(
                            s.memo_notes
                                .iter()
                                .filter_map(|n| parsed.notes.get(n).map(String::as_str)),
                        ),
                    );
                }
            }
            articles.push(id);
        }
        let ids = b.add_themes(&planned)?;
        for (id, t) in ids.iter().zip(&themes) {
            let memo = memo_of(
                t.memo_notes
                    .iter()
                    .filter_map(|n| parsed.notes.get(n).map(String::as_str)),
            );
            if let Some(x) = b.themes.iter_mut().find(|x| x.id == *id) {
                x.memo = memo;
            }
        }
        let mut by_article: Vec<Vec<NewTag>> = vec![Vec::new(); accepted.len()];
        for t in &tags {
            let (Some(list), Some(&theme)) = (by_article.get_mut(t.article), ids.get(t.theme))
            else {
                continue;
            };
            list.push(NewTag {
                theme,
                range: t.start..t.end,
                guid: t.guid.clone(),
                memo: t.memo.clone(),
                created: t.created,
                coder: t.coder.clone(),
            });
        }
        for ((list, &article), a) in by_article.iter().zip(&articles).zip(accepted) {
            b.add_tags(article, &a.norm.text, list)?;
        }
        Ok(())
    });
    built.map_err(|e| QdpxError::Malformed(e.to_string()))?;
    report.themes = themes.len();
    report.tags = tags.len();
    Ok(())
}

/// The themes planned so far, by the GUID of their code, the engine's codes, and the names
/// taken under each parent.
#[derive(Default)]
struct Plan {
    themes: Vec<PlannedTheme>,
    by_guid: HashMap<String, usize>,
    engine: HashSet<String>,
    names: Names,
}

/// Plans a code and its sub-codes as themes. Codes deeper than one level go under their
/// top-level ancestor; the engine's branch (marked [`ENGINE_MARK`]) is left out.
fn plan_code(
    c: &Code,
    path: &[&str],
    top: Option<usize>,
    plan: &mut Plan,
    report: &mut ImportReport,
) {
    if path.is_empty()
        && c.description
            .as_deref()
            .is_some_and(|d| d.contains(ENGINE_MARK))
    {
        collect(c, &mut plan.engine);
        return;
    }
    if !c.codable && !path.is_empty() {
        // Vigie nests one level: a category inside another code would be an empty,
        // untaggable sub-theme; its codes go under the top-level ancestor instead.
        report.left_out.push(LeftOut::CategoryFlattened {
            name: c.name.clone(),
            path: path.iter().map(|p| p.to_string()).collect(),
        });
        let mut inner = path.to_vec();
        inner.push(&c.name);
        for k in &c.children {
            plan_code(k, &inner, top, plan, report);
        }
        return;
    }
    if path.len() >= 2 {
        report.left_out.push(LeftOut::CodeRaised {
            name: c.name.clone(),
            path: path.iter().map(|p| p.to_string()).collect(),
        });
    }
    let name = plan.names.unique(&c.name, top);
    let index = plan.themes.len();
    plan.themes.push(PlannedTheme {
        guid: c.guid.clone(),
        name,
        color: c.color.unwrap_or(GREY),
        description: c.description.clone(),
        parent: top,
        category: !c.codable,
        memo_notes: c.notes.clone(),
    });
    plan.by_guid.insert(c.guid.clone(), index);
    let mut inner = path.to_vec();
    inner.push(&c.name);
    for k in &c.children {
        plan_code(k, &inner, top.or(Some(index)), plan, report);
    }
}

fn collect(c: &Code, into: &mut HashSet<String>) {
    into.insert(c.guid.clone());
    for k in &c.children {
        collect(k, into);
    }
}

/// Theme names given so far, per parent (case-insensitively), and the next number to try for
/// each name: a run of codes with one name is numbered in linear time.
#[derive(Default)]
struct Names {
    taken: HashSet<(Option<usize>, String)>,
    next: HashMap<(Option<usize>, String), usize>,
}

impl Names {
    /// `name` (trimmed), or `name (2)`... when a sibling already has it (case-insensitively).
    fn unique(&mut self, name: &str, parent: Option<usize>) -> String {
        let base = match name.trim() {
            "" => "(unnamed)",
            n => n,
        };
        let key = (parent, base.to_lowercase());
        let mut candidate = base.to_string();
        if self.taken.contains(&key) {
            let k = self.next.entry(key).or_insert(2);
            loop {
                candidate = format!("{base} ({k})");
                *k += 1;
                if !self.taken.contains(&(parent, candidate.to_lowercase())) {
                    break;
                }
            }
        }
        self.taken.insert((parent, candidate.to_lowercase()));
        candidate
    }
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
            report.left_out.push(LeftOut::Representation {
                label: a.label.clone(),
                kind: kind.clone(),
            });
        }
        if source.other_selections > 0 {
            report.left_out.push(LeftOut::CodedOutsideText {
                label: a.label.clone(),
                passages: source.other_selections,
                kind: source.represents.clone(),
            });
        }
        if source.whole_codings > 0 {
            report.left_out.push(LeftOut::WholeSourceCodings {
                label: a.label.clone(),
                codings: source.whole_codings,
            });
        }
        // Counted and indexed once per source, not once per selection.
        let text = TextIndex::new(a);
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
            let Some((start, end)) = place(a, &text, sel) else {
                report.left_out.push(LeftOut::PassageOutside {
                    label: a.label.clone(),
                    start: sel.start,
                    end: sel.end,
                    quote: sel.name.clone(),
                });
                continue;
            };
            for (coding, code, notes) in &codings {
                let Some(&theme) = by_guid.get(code) else {
                    report.left_out.push(LeftOut::UnknownCode {
                        label: a.label.clone(),
                        quote: sel.name.clone(),
                    });
                    continue;
                };
                if themes[theme].category {
                    report.left_out.push(LeftOut::CodingOfCategory {
                        label: a.label.clone(),
                        quote: sel.name.clone(),
                        category: themes[theme].name.clone(),
                    });
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
        report.left_out.push(LeftOut::EngineMentions(mentions));
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

/// An accepted source's lengths in chars, and the byte offset of every char of its
/// normalised text.
struct TextIndex {
    raw_len: usize,
    starts: Vec<usize>,
}

impl TextIndex {
    fn new(a: &Accepted) -> TextIndex {
        let mut starts: Vec<usize> = a.norm.text.char_indices().map(|(b, _)| b).collect();
        starts.push(a.norm.text.len());
        TextIndex {
            raw_len: a.raw.chars().count(),
            starts,
        }
    }

    fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// Chars `[s, e)` of the normalised text (within it).
    fn slice<'a>(&self, text: &'a str, s: usize, e: usize) -> &'a str {
        &text[self.starts[s]..self.starts[e]]
    }
}

/// A selection's range in the article's (normalised) text. Positions are code points of the
/// source as stored (the standard); a tool that counted `\r\n` as one is recognised when only
/// that reading gives back the selection's name.
fn place(a: &Accepted, text: &TextIndex, sel: &ParsedSelection) -> Option<(usize, usize)> {
    let (s, e) = (
        usize::try_from(sel.start).ok()?,
        usize::try_from(sel.end).ok()?,
    );
    if s >= e {
        return None;
    }
    let as_raw = (e <= text.raw_len).then(|| (a.norm.to_normalized(s), a.norm.to_normalized(e)));
    let as_norm = (e <= text.len()).then_some((s, e));
    let squash = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let fits = |(s, e): (usize, usize)| {
        !sel.name.trim().is_empty() && squash(text.slice(&a.norm.text, s, e)) == squash(&sel.name)
    };
    match (as_raw, as_norm) {
        (Some(r), Some(n)) if r != n && !fits(r) && fits(n) => Some(n),
        (Some(r), _) if r.0 < r.1 => Some(r),
        (_, Some(n)) => Some(n),
        _ => None,
    }
}
