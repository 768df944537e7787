//! Export: maps a project (and its articles' texts) to the standard's terms and writes the
//! `.qdpx` archive atomically.

use super::actors::ActorBranch;
use super::xml::{self, Code, Coding, Doc, Note, Selection, Source};
use super::{ExportOptions, ExportReport, LeftOut, QdpxError, archive, lines, names};
use crate::project::anchor::Anchorer;
use crate::project::{
    Article, ArticleId, ArticleSource, Project, Tag, Theme, content_hash, derived_guid,
};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Writes `project` as a `.qdpx` archive at `path` (atomically). `texts` holds each article's
/// text exactly as decoded; articles without one are left out (and said so in the report), as
/// are orphan tags. Tags of an article whose text changed since it was hashed are re-anchored
/// first, as the app does when it opens the article.
pub fn export(
    project: &Project,
    texts: &HashMap<ArticleId, String>,
    path: &Path,
    opts: &ExportOptions,
) -> Result<ExportReport, QdpxError> {
    let (bytes, report) = export_bytes(project, texts, opts)?;
    crate::atomic_file::write(path, &bytes).map_err(crate::project::SaveError::from)?;
    Ok(report)
}

/// The `.qdpx` archive's bytes (see [`export`]).
pub fn export_bytes(
    project: &Project,
    texts: &HashMap<ArticleId, String>,
    opts: &ExportOptions,
) -> Result<(Vec<u8>, ExportReport), QdpxError> {
    let (doc, report) = map(project, texts, opts);
    let xml = xml::write(&doc).map_err(|e| QdpxError::Archive(e.to_string()))?;
    let files: Vec<(String, &str)> = doc
        .sources
        .iter()
        .map(|s| (s.file.clone(), s.text.as_str()))
        .collect();
    Ok((archive::write(&xml, &files)?, report))
}

/// A GUID as the schema wants it: the stored one when it is a UUID, else one derived from it.
fn valid(guid: &str, project: &str) -> String {
    match uuid::Uuid::parse_str(guid) {
        Ok(u) => u.hyphenated().to_string(),
        Err(_) => derived_guid(project, &format!("guid:{guid}")),
    }
}

/// The GUIDs written so far: each element gets its own, even when a (hand-edited or merged)
/// project gives two elements the same one.
struct Guids<'p> {
    project: &'p str,
    used: HashSet<String>,
    /// How many GUIDs were replaced because another element had them.
    duplicates: usize,
}

impl<'p> Guids<'p> {
    fn new(project: &'p str) -> Self {
        Guids {
            project,
            used: HashSet::new(),
            duplicates: 0,
        }
    }

    /// `guid` made valid, or, when already written for another element, a new one derived
    /// from it (the same at every export).
    fn unique(&mut self, guid: &str) -> String {
        let mut g = valid(guid, self.project);
        if self.used.contains(&g) {
            self.duplicates += 1;
            let mut n = 1usize;
            while self.used.contains(&g) {
                g = derived_guid(self.project, &format!("duplicate:{guid}:{n}"));
                n += 1;
            }
        }
        self.used.insert(g.clone());
        g
    }
}

fn map(
    project: &Project,
    texts: &HashMap<ArticleId, String>,
    opts: &ExportOptions,
) -> (Doc, ExportReport) {
    let pg = project.guid();
    let book = project.book();
    let mut report = ExportReport::default();
    let user = derived_guid(pg, "user");
    let mut guids = Guids::new(pg);
    guids.used.insert(user.clone());
    let theme_guids: HashMap<_, String> = book
        .themes
        .iter()
        .map(|t| (t.id, guids.unique(&t.guid)))
        .collect();
    let mut theme_memos = Vec::new();
    let memo_notes = theme_notes(
        &book.themes,
        &theme_guids,
        &project.modified().to_iso(),
        &mut theme_memos,
    );
    let mut doc = Doc {
        name: project.name().to_string(),
        created: project.created().to_iso(),
        modified: project.modified().to_iso(),
        user: user.clone(),
        user_name: "Vigie".into(),
        coders: coders(project),
        memo: book.memo.clone(),
        variables: variables(project),
        codes: codes(&book.themes, &theme_guids, &memo_notes),
        notes: theme_memos,
        ..Doc::default()
    };
    report.codes = book.themes.len();
    let mut actors = ActorBranch::default();
    // Each article's tags in one pass (not a scan of every tag per article).
    let mut by_article: HashMap<ArticleId, Vec<&Tag>> = HashMap::new();
    for t in &book.tags {
        by_article.entry(t.article).or_default().push(t);
    }
    for article in &book.corpus {
        let mut article_tags = by_article.remove(&article.id).unwrap_or_default();
        article_tags.sort_by_key(|t| (t.start, t.end, t.id));
        let label = label(article);
        let guid = guids.unique(&article.guid);
        let Some(text) = texts.get(&article.id) else {
            report.left_out.push(LeftOut::TextUnread {
                label,
                tags: article_tags.len(),
            });
            continue;
        };
        let tags = placed_tags(article_tags, text, article, &mut report);
        let norm = lines::normalize(text);
        let mut selections = Vec::new();
        let total = text.chars().count();
        for tag in tags {
            if tag.orphan || tag.end > total || tag.start >= tag.end {
                report.left_out.push(LeftOut::TagNotFound {
                    quote: tag.quote.clone(),
                    label: label.clone(),
                });
                continue;
            }
            let Some(code) = theme_guids.get(&tag.theme) else {
                report.left_out.push(LeftOut::TagWithoutTheme {
                    quote: tag.quote.clone(),
                    label: label.clone(),
                });
                continue;
            };
            let sel_guid = guids.unique(&tag.guid);
            let created = tag.created.to_iso();
            let mut notes = Vec::new();
            if !tag.memo.trim().is_empty() {
                let note = derived_guid(&sel_guid, "memo");
                doc.notes.push(Note {
                    guid: note.clone(),
                    name: format!("Memo: {}", short(&tag.quote)),
                    text: tag.memo.clone(),
                    created: created.clone(),
                });
                notes.push(note);
            }
            selections.push(Selection {
                name: lines::normalize(&tag.quote).text,
                start: norm.to_normalized(tag.start),
                end: norm.to_normalized(tag.end),
                codings: vec![Coding {
                    guid: derived_guid(&sel_guid, "coding"),
                    code: code.clone(),
                    created: created.clone(),
                }],
                guid: sel_guid,
                created,
                notes,
                user: coder_guid(pg, &tag.coder).unwrap_or_else(|| user.clone()),
                description: Some(tag.memo.clone()).filter(|m| !m.trim().is_empty()),
            });
            report.tags += 1;
        }
        if let Some(mentions) = opts.mentions.get(&article.id) {
            let when = project.modified().to_iso();
            for e in mentions
                .iter()
                .filter(|e| e.start < e.end && e.end <= total)
            {
                let code = actors.code(pg, e);
                let sel = derived_guid(&guid, &format!("mention:{}:{}:{code}", e.start, e.end));
                selections.push(Selection {
                    name: lines::normalize(&e.text).text,
                    start: norm.to_normalized(e.start),
                    end: norm.to_normalized(e.end),
                    codings: vec![Coding {
                        guid: derived_guid(&sel, "coding"),
                        code,
                        created: when.clone(),
                    }],
                    guid: sel,
                    created: when.clone(),
                    notes: Vec::new(),
                    user: user.clone(),
                    description: None,
                });
                report.mentions += 1;
            }
        }
        selections.sort_by_key(|s| (s.start, s.end));
        doc.sources.push(Source {
            file: format!("{guid}.txt"),
            created: article.added.unwrap_or(project.created()).to_iso(),
            memo: article.memo.clone(),
            values: article
                .attributes
                .iter()
                .map(|(k, v)| (variable_guid(pg, k), v.clone()))
                .collect(),
            guid,
            name: label,
            text: norm.text,
            selections,
        });
        report.sources += 1;
    }
    if let Some(branch) = actors.into_code(pg) {
        doc.codes.push(branch);
    }
    report.renamed = names::make_unique(&mut doc.codes);
    // Tags of an article the project no longer has are not silently lost.
    let homeless: usize = by_article.values().map(Vec::len).sum();
    if homeless > 0 {
        report.left_out.push(LeftOut::TagsWithoutArticle(homeless));
    }
    if guids.duplicates > 0 {
        report
            .left_out
            .push(LeftOut::GuidsReplaced(guids.duplicates));
    }
    (doc, report)
}

/// The GUID of the text variable an attribute name becomes.
fn variable_guid(project: &str, name: &str) -> String {
    derived_guid(project, &format!("variable:{name}"))
}

/// Every attribute name of the corpus as a text variable: (GUID, name), in name order.
fn variables(project: &Project) -> Vec<(String, String)> {
    let names: std::collections::BTreeSet<&str> = project
        .book()
        .corpus
        .iter()
        .flat_map(|a| a.attributes.keys().map(String::as_str))
        .collect();
    names
        .into_iter()
        .map(|n| (variable_guid(project.guid(), n), n.to_string()))
        .collect()
}

/// The GUID of a coder's user (derived from the project and the name); none for no name.
fn coder_guid(project: &str, coder: &str) -> Option<String> {
    let name = coder.trim();
    (!name.is_empty()).then(|| derived_guid(project, &format!("user:{name}")))
}

/// Every coder who tagged a passage, as (GUID, name), in name order.
fn coders(project: &Project) -> Vec<(String, String)> {
    let names: std::collections::BTreeSet<&str> = project
        .book()
        .tags
        .iter()
        .map(|t| t.coder.trim())
        .filter(|n| !n.is_empty())
        .collect();
    names
        .into_iter()
        .filter_map(|n| Some((coder_guid(project.guid(), n)?, n.to_string())))
        .collect()
}

/// The tags of an article placed in its current `text`: re-anchored (on copies) when the text
/// changed since the article was hashed.
fn placed_tags(
    tags: Vec<&Tag>,
    text: &str,
    article: &Article,
    report: &mut ExportReport,
) -> Vec<Tag> {
    let mut tags: Vec<Tag> = tags.into_iter().cloned().collect();
    if article.hash != content_hash(text) && !tags.is_empty() {
        let placed = Anchorer::new(text).place_all(tags.iter_mut());
        report.reanchored += placed.moved.len() + placed.rewritten.len();
    }
    tags
}

/// The article's name as shown to the analyst (its file name).
fn label(a: &Article) -> String {
    match &a.source {
        ArticleSource::Bundled(name) => name.clone(),
        ArticleSource::Path(p) => p.rsplit(['/', '\\']).next().unwrap_or(p).to_string(),
    }
}

/// The first words of a quote, for a note's name.
fn short(quote: &str) -> String {
    let words: Vec<&str> = quote.split_whitespace().collect();
    let mut s = words.iter().take(8).copied().collect::<Vec<_>>().join(" ");
    if words.len() > 8 {
        s.push('…');
    }
    s
}

/// Each theme's GUID as the schema wants it.
fn theme_guids(project: &Project) -> HashMap<crate::project::ThemeId, String> {
    let pg = project.guid();
    project
        .book()
        .themes
        .iter()
        .map(|t| (t.id, valid(&t.guid, pg)))
        .collect()
}

/// The project's themes as codes (for a `.qdc` codebook).
pub(super) fn theme_codes(project: &Project) -> Vec<Code> {
    codes(
        &project.book().themes,
        &theme_guids(project),
        &HashMap::new(),
    )
}

/// Each theme's memo as a `Note` pushed on `notes`: theme → the note's GUID (a project's
/// codes refer to it; the codebook schema has no notes).
fn theme_notes(
    themes: &[Theme],
    guids: &HashMap<crate::project::ThemeId, String>,
    created: &str,
    notes: &mut Vec<Note>,
) -> HashMap<crate::project::ThemeId, String> {
    let mut by_theme = HashMap::new();
    for t in themes.iter().filter(|t| !t.memo.trim().is_empty()) {
        let Some(code) = guids.get(&t.id) else {
            continue;
        };
        let guid = derived_guid(code, "memo");
        notes.push(Note {
            guid: guid.clone(),
            name: format!("Memo: {}", t.name),
            text: t.memo.clone(),
            created: created.to_string(),
        });
        by_theme.insert(t.id, guid);
    }
    by_theme
}

/// Themes as codes: top-level ones with their sub-themes nested.
fn codes(
    themes: &[Theme],
    guids: &HashMap<crate::project::ThemeId, String>,
    memo_notes: &HashMap<crate::project::ThemeId, String>,
) -> Vec<Code> {
    let code = |t: &Theme, children: Vec<Code>| Code {
        guid: guids.get(&t.id).cloned().unwrap_or_default(),
        name: t.name.clone(),
        codable: !t.category,
        color: Some(t.color),
        description: t.description.clone(),
        notes: memo_notes.get(&t.id).cloned().into_iter().collect(),
        children,
    };
    // Top level: no parent, or a parent that is missing or itself nested (which the codebook
    // forbids, but a hand-edited file may hold): every theme is written exactly once.
    let parent_of: HashMap<_, _> = themes.iter().map(|t| (t.id, t.parent)).collect();
    let top = |t: &Theme| {
        t.parent
            .is_none_or(|p| parent_of.get(&p).is_none_or(Option::is_some))
    };
    let mut kids: HashMap<_, Vec<Code>> = HashMap::new();
    for k in themes.iter().filter(|k| !top(k)) {
        if let Some(p) = k.parent {
            kids.entry(p).or_default().push(code(k, Vec::new()));
        }
    }
    themes
        .iter()
        .filter(|t| top(t))
        .map(|t| code(t, kids.remove(&t.id).unwrap_or_default()))
        .collect()
}
