//! Every change the analyst can make to the project (themes, tags, corrections, lexicon
//! additions) as one value: views emit an [`Edit`], the app runs it through `Project::edit` so
//! it becomes one undo step.

use crate::extract::EntityKind;
use crate::extract::lexicon::Actor;
use crate::project::{
    ArticleId, Book, ChartSpec, Children, Correction, EditError, Rgb, SpanKey, TagId, ThemeId,
};
use std::ops::Range;

/// One change to the project's book.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    CreateTheme {
        name: String,
        color: Rgb,
        parent: Option<ThemeId>,
    },
    RenameTheme {
        id: ThemeId,
        name: String,
    },
    RecolorTheme {
        id: ThemeId,
        color: Rgb,
    },
    DescribeTheme {
        id: ThemeId,
        description: String,
    },
    SetThemeParent {
        id: ThemeId,
        parent: Option<ThemeId>,
    },
    /// Changes a theme's name, colour, description and parent at once (one undo step; nothing
    /// changes if any part fails).
    UpdateTheme {
        id: ThemeId,
        name: String,
        color: Rgb,
        description: String,
        parent: Option<ThemeId>,
    },
    /// Moves every passage of `from` to `into` and deletes `from`.
    MergeTheme {
        from: ThemeId,
        into: ThemeId,
    },
    /// Deletes a theme; its passages move to `move_to`, or are deleted with `None`.
    DeleteTheme {
        id: ThemeId,
        move_to: Option<ThemeId>,
        children: Children,
    },
    /// Tags chars `range` of an article with a theme.
    AddTag {
        article: ArticleId,
        range: Range<usize>,
        theme: ThemeId,
    },
    SetMemo {
        tag: TagId,
        memo: String,
    },
    SetTagTheme {
        tag: TagId,
        theme: ThemeId,
    },
    RemoveTag(TagId),
    /// The figure at `at` belongs to `actor` (a canonical name), or to nobody.
    SetFigureActor {
        at: SpanKey,
        actor: Option<String>,
    },
    SetFigureInTotals {
        at: SpanKey,
        in_totals: bool,
    },
    /// This mention is not an entity.
    RejectEntity(SpanKey),
    /// No mention of this canonical name is an entity.
    RejectName(String),
    /// These figure mentions are another fact: they leave their claim into one of their own.
    SplitClaim(Vec<SpanKey>),
    /// The claims of these figure mentions (every mention of each) are one fact.
    MergeClaims(Vec<SpanKey>),
    /// The claim of `at` is counted from `at`; `claim` lists its other mentions (an earlier
    /// pick among them is replaced).
    ClaimCanonical {
        at: SpanKey,
        claim: Vec<SpanKey>,
    },
    /// Withdraws a correction.
    RemoveCorrection(Correction),
    /// Adds an actor to the project's lexicon (or aliases to one already added).
    DeclareActor(Actor),
    AddAlias {
        canonical: String,
        kind: EntityKind,
        alias: String,
    },
    /// Removes an actor the analyst added to the lexicon.
    RemoveActor(String),
    /// Every mention of this canonical name is of this kind (replaces an earlier kind).
    SetActorKind {
        canonical: String,
        kind: EntityKind,
    },
    /// Saves a chart under its name (replacing one of the same name).
    SaveChart(ChartSpec),
    DeleteChart(String),
    /// The name new tags record as their coder.
    SetCoder(String),
    /// The memo of the project, an article or a theme.
    SetMemoOf {
        target: MemoTarget,
        memo: String,
    },
    /// Replaces an article's attributes (names and values trimmed; empty ones dropped).
    SetAttributes {
        article: ArticleId,
        attributes: Vec<(String, String)>,
    },
    /// Tags many passages with one theme (auto-coding); a passage already tagged with it is
    /// left as it is. All or nothing.
    AddTags {
        theme: ThemeId,
        passages: Vec<(ArticleId, Range<usize>)>,
    },
}

/// What a memo is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemoTarget {
    Project,
    Article(ArticleId),
    Theme(ThemeId),
}

impl MemoTarget {
    /// The memo as the book holds it now.
    pub fn memo(self, book: &Book) -> String {
        match self {
            MemoTarget::Project => book.memo.clone(),
            MemoTarget::Article(id) => book.article(id).map(|a| a.memo.clone()).unwrap_or_default(),
            MemoTarget::Theme(id) => book.theme(id).map(|t| t.memo.clone()).unwrap_or_default(),
        }
    }
}

impl Edit {
    /// Runs the edit on `book`. `text_of` gives an article's text as decoded (for quotes).
    pub fn run<'a>(
        self,
        book: &mut Book,
        text_of: impl Fn(ArticleId) -> Option<&'a str>,
    ) -> Result<(), EditError> {
        match self {
            Edit::CreateTheme {
                name,
                color,
                parent,
            } => book.create_theme(&name, color, parent).map(drop),
            Edit::RenameTheme { id, name } => book.rename_theme(id, &name),
            Edit::RecolorTheme { id, color } => book.recolor_theme(id, color),
            Edit::DescribeTheme { id, description } => book.describe_theme(id, &description),
            Edit::SetThemeParent { id, parent } => book.set_theme_parent(id, parent),
            Edit::UpdateTheme {
                id,
                name,
                color,
                description,
                parent,
            } => {
                let mut b = book.clone();
                if b.theme(id).ok_or(EditError::NoTheme(id))?.parent != parent {
                    b.set_theme_parent(id, parent)?;
                }
                b.rename_theme(id, &name)?;
                b.recolor_theme(id, color)?;
                b.describe_theme(id, &description)?;
                *book = b;
                Ok(())
            }
            Edit::MergeTheme { from, into } => book.merge_theme(from, into),
            Edit::DeleteTheme {
                id,
                move_to,
                children,
            } => book.delete_theme(id, move_to, children).map(drop),
            Edit::AddTag {
                article,
                range,
                theme,
            } => {
                let text = text_of(article).ok_or(EditError::NoArticle(article))?;
                book.add_tag(theme, article, text, range).map(drop)
            }
            Edit::SetMemo { tag, memo } => book.set_memo(tag, &memo),
            Edit::SetMemoOf { target, memo } => {
                match target {
                    MemoTarget::Project => book.memo = memo,
                    MemoTarget::Article(id) => {
                        book.corpus
                            .iter_mut()
                            .find(|a| a.id == id)
                            .ok_or(EditError::NoArticle(id))?
                            .memo = memo
                    }
                    MemoTarget::Theme(id) => {
                        book.themes
                            .iter_mut()
                            .find(|t| t.id == id)
                            .ok_or(EditError::NoTheme(id))?
                            .memo = memo
                    }
                }
                Ok(())
            }
            Edit::SetAttributes {
                article,
                attributes,
            } => {
                let a = book
                    .corpus
                    .iter_mut()
                    .find(|a| a.id == article)
                    .ok_or(EditError::NoArticle(article))?;
                a.attributes = attributes
                    .into_iter()
                    .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                    .filter(|(k, v)| !k.is_empty() && !v.is_empty())
                    .collect();
                Ok(())
            }
            Edit::AddTags { theme, passages } => {
                let mut b = book.clone();
                let had: std::collections::HashSet<(ArticleId, usize, usize)> = b
                    .tags
                    .iter()
                    .filter(|t| t.theme == theme)
                    .map(|t| (t.article, t.start, t.end))
                    .collect();
                for (article, range) in passages {
                    if had.contains(&(article, range.start, range.end)) {
                        continue;
                    }
                    let text = text_of(article).ok_or(EditError::NoArticle(article))?;
                    b.add_tag(theme, article, text, range)?;
                }
                *book = b;
                Ok(())
            }
            Edit::SetCoder(name) => {
                book.coder = name.trim().to_string();
                Ok(())
            }
            Edit::SetTagTheme { tag, theme } => book.set_tag_theme(tag, theme),
            Edit::RemoveTag(tag) => book.remove_tag(tag),
            Edit::SetFigureActor { at, actor } => {
                book.set_figure_actor(at, actor);
                Ok(())
            }
            Edit::SetFigureInTotals { at, in_totals } => {
                book.set_figure_in_totals(at, in_totals);
                Ok(())
            }
            Edit::RejectEntity(at) => {
                book.reject_entity(at);
                Ok(())
            }
            Edit::RejectName(canonical) => {
                book.reject_name(&canonical);
                Ok(())
            }
            Edit::SplitClaim(mentions) => {
                book.split_claim(mentions);
                Ok(())
            }
            Edit::MergeClaims(mentions) => {
                book.merge_claims(mentions);
                Ok(())
            }
            Edit::ClaimCanonical { at, claim } => {
                book.set_claim_canonical(at, &claim);
                Ok(())
            }
            Edit::RemoveCorrection(c) => {
                book.remove_correction(&c);
                Ok(())
            }
            Edit::DeclareActor(actor) => book.declare_actor(actor),
            Edit::AddAlias {
                canonical,
                kind,
                alias,
            } => book.add_alias(&canonical, kind, &alias),
            Edit::RemoveActor(canonical) => {
                book.remove_actor(&canonical);
                Ok(())
            }
            Edit::SetActorKind { canonical, kind } => {
                book.set_actor_kind(&canonical, kind);
                Ok(())
            }
            Edit::SaveChart(spec) => {
                let name = spec.name.trim().to_string();
                if name.is_empty() {
                    return Err(EditError::EmptyName);
                }
                let spec = ChartSpec { name, ..spec };
                match book.charts.iter_mut().find(|c| c.name == spec.name) {
                    Some(c) => *c = spec,
                    None => book.charts.push(spec),
                }
                Ok(())
            }
            Edit::DeleteChart(name) => {
                book.charts.retain(|c| c.name != name);
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::Project;

    #[test]
    fn a_failed_edit_leaves_nothing_to_undo() {
        let mut p = Project::with_seeds("t");
        let r = p.edit(|b| {
            Edit::RenameTheme {
                id: ThemeId(999),
                name: "x".into(),
            }
            .run(b, |_| None)
        });
        assert!(r.is_err());
        assert!(!p.can_undo());
        assert!(!p.is_dirty());
    }

    #[test]
    fn a_theme_update_is_one_step_and_all_or_nothing() {
        let mut p = Project::with_seeds("t");
        let run = |p: &mut Project, e: Edit| p.edit(|b| e.run(b, |_| None));
        for name in ["Puces", "Énergie"] {
            let e = Edit::CreateTheme {
                name: name.into(),
                color: Rgb(1, 2, 3),
                parent: None,
            };
            run(&mut p, e).expect("theme");
        }
        let (a, b) = (p.book().themes[0].id, p.book().themes[1].id);
        let update = |name: &str, parent| Edit::UpdateTheme {
            id: b,
            name: name.into(),
            color: Rgb(9, 9, 9),
            description: " Semi-conducteurs ".into(),
            parent,
        };
        // Taken name: nothing changes, not even the parent, colour or description.
        assert!(run(&mut p, update("puces", None)).is_err());
        let t = p.book().theme(b).cloned().expect("theme");
        assert_eq!(
            (t.color, t.description, t.parent),
            (Rgb(1, 2, 3), None, None)
        );
        run(&mut p, update("Chips", Some(a))).expect("update");
        let t = p.book().theme(b).cloned().expect("theme");
        assert_eq!(t.name, "Chips");
        assert_eq!(t.color, Rgb(9, 9, 9));
        assert_eq!(t.description.as_deref(), Some("Semi-conducteurs"));
        assert_eq!(t.parent, Some(a));
        assert!(p.undo());
        assert_eq!(p.book().theme(b).map(|t| t.name.as_str()), Some("Énergie"));
        assert_eq!(p.book().theme(b).and_then(|t| t.parent), None);
    }

    #[test]
    fn a_tag_quotes_the_article_text() {
        let mut p = Project::with_seeds("t");
        let article = p.book().corpus[0].id;
        p.edit(|b| {
            Edit::CreateTheme {
                name: "Puces".into(),
                color: Rgb(1, 2, 3),
                parent: None,
            }
            .run(b, |_| None)
        })
        .expect("theme");
        let theme = p.book().themes[0].id;
        let text = "Le texte de l'article.";
        p.edit(|b| {
            Edit::AddTag {
                article,
                range: 3..8,
                theme,
            }
            .run(b, |a| (a == article).then_some(text))
        })
        .expect("tag");
        assert_eq!(p.book().tags[0].quote, "texte");
        // An article the app does not hold cannot be tagged.
        let e = p.edit(|b| {
            Edit::AddTag {
                article: ArticleId(4242),
                range: 0..1,
                theme,
            }
            .run(b, |a| (a == article).then_some(text))
        });
        assert!(e.is_err());
        assert_eq!(p.book().tags.len(), 1);
    }
}
