//! The one place the workspace's state changes: [`Workspace::apply`] carries out a command
//! (file commands go on to `effects`, the codebook's to `codebook`, what the small dialogs'
//! submits run to `forms`).

use crate::workspace::citation;
use crate::workspace::command::{ChartsCommand, Command};
use crate::workspace::core::Workspace;
use crate::workspace::edit::Edit;
use crate::workspace::mentions::MentionsPanel;
use crate::workspace::search::{self, Folded};
use crate::workspace::state::{Reveal, WindowRequest};

impl Workspace {
    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Select(i) if i < self.docs.len() => self.selected = Some(i),
            Command::Select(_) => {}
            Command::SetTheme(t) => self.theme = Some(t),
            Command::SetLang(l) => {
                // A message worded in the other language is stale: the status line follows
                // the interface language.
                if l != self.lang {
                    self.status = None;
                }
                self.lang = l;
            }
            Command::SetSelection(s) => {
                self.selection = s.filter(|s| s.article < self.docs.len());
            }
            Command::Copy {
                article,
                range,
                cite,
            } => {
                if let Some(d) = self.docs.get(article) {
                    let clip = match cite {
                        true => citation::cited(d, self.project.book(), range, self.lang),
                        false => citation::quote(d, range),
                    };
                    self.files.window.push(WindowRequest::Copy(clip));
                }
            }
            Command::ToggleKind(k) => {
                self.visibility.toggle(k);
                self.bump_annotations();
            }
            Command::ToggleFigures => {
                self.visibility.figures = !self.visibility.figures;
                self.bump_annotations();
            }
            Command::ToggleStripes => self.visibility.stripes = !self.visibility.stripes,
            Command::ShowMentions(name) => {
                self.mentions_panel = Some(MentionsPanel::new(name, &self.mentions, &self.docs));
            }
            Command::CloseMentions => self.mentions_panel = None,
            Command::JumpTo { article, range } if article < self.docs.len() => {
                self.selected = Some(article);
                self.reveals.push(Reveal {
                    article,
                    range,
                    flash: true,
                });
            }
            Command::JumpTo { .. } => {}
            Command::SetQuery(q) => self.set_query(q),
            Command::SearchStep { forward } => {
                let s = &mut self.search;
                s.current = search::step(s.current, s.hits.len(), forward);
                self.show_current_hit();
            }
            Command::Edit(e) => {
                // A tagged selection is done with: a second key must not tag it again.
                if matches!(e, Edit::AddTag { .. } | Edit::AddTags { .. }) {
                    self.selection = None;
                }
                self.run_edit(e);
            }
            Command::Undo => {
                if self.project.undo() {
                    self.after_book_change();
                } else {
                    self.inform(self.lang.edit().nothing_to_undo);
                }
            }
            Command::Redo => {
                if self.project.redo() {
                    self.after_book_change();
                } else {
                    self.inform(self.lang.edit().nothing_to_redo);
                }
            }
            Command::DismissStatus => self.status = None,
            Command::OpenActorForm(f) => self.actor_form = Some(f),
            Command::EditActorForm(f) => self.edit_actor_form(f),
            Command::SubmitActorForm => self.submit_actor_form(),
            Command::CloseActorForm => self.actor_form = None,
            Command::OpenCoderPrompt => {
                self.coder_prompt = Some(self.project.book().coder.clone());
            }
            Command::EditCoderPrompt(name) => {
                if let Some(draft) = &mut self.coder_prompt {
                    *draft = name;
                }
            }
            Command::SubmitCoderPrompt => self.submit_coder_prompt(),
            Command::CloseCoderPrompt => self.coder_prompt = None,
            Command::OpenAutoCode(source) => self.open_autocode(source),
            Command::SetAutoCodeTheme(theme) => {
                if let Some(d) = &mut self.autocode {
                    d.theme = theme;
                }
            }
            Command::ConfirmAutoCode => self.confirm_autocode(),
            Command::CloseAutoCode => self.autocode = None,
            Command::OpenMemo(target) => self.open_memo(target),
            Command::OpenArticleMemo => {
                if let Some(d) = self.selected.and_then(|i| self.docs.get(i)) {
                    self.open_memo(crate::workspace::edit::MemoTarget::Article(d.id));
                }
            }
            Command::EditMemo(text) => {
                if let Some((_, draft)) = &mut self.memo_dialog {
                    *draft = text;
                }
            }
            Command::SubmitMemo => self.submit_memo(),
            Command::CloseMemo => self.memo_dialog = None,
            Command::OpenAttributes => self.open_attributes(),
            Command::EditAttributes(rows) => {
                if let Some((_, draft)) = &mut self.attributes_dialog {
                    *draft = rows;
                }
            }
            Command::SubmitAttributes => self.submit_attributes(),
            Command::CloseAttributes => self.attributes_dialog = None,
            Command::ToggleCorrections => self.corrections_open = !self.corrections_open,
            Command::Codebook(c) => {
                if let Some(edit) = self.codebook.apply(c, self.project.book()) {
                    self.run_edit(edit);
                }
            }
            Command::File(c) => self.apply_file(c),
            Command::Charts(c) => self.apply_charts(c),
        }
        // A selection lives in the article shown: it ends when another one is.
        if self
            .selection
            .as_ref()
            .is_some_and(|s| Some(s.article) != self.selected)
        {
            self.selection = None;
        }
    }

    /// The chart being edited, computed again only when something it reads changed (the app
    /// calls it before drawing the Charts view; exports call it too).
    pub fn chart(&mut self) -> &crate::chart::Chart {
        self.charts.chart(
            &self.docs,
            self.project.book(),
            &self.lexicon,
            self.lang,
            self.project.name(),
        )
    }

    /// Applies a Charts command.
    fn apply_charts(&mut self, command: ChartsCommand) {
        let c = &mut self.charts;
        match command {
            ChartsCommand::Show(open) => c.open = open,
            ChartsCommand::SetSpec(spec) => {
                c.spec = *spec;
                c.selected = None;
                c.merging = None;
            }
            ChartsCommand::SelectBar(actor) => {
                c.selected = actor;
                c.merging = None;
            }
            ChartsCommand::SetBy(by) => {
                c.by = by;
                c.flows = false;
            }
            ChartsCommand::SetFlows(on) => {
                c.flows = on;
                c.by = None;
            }
            ChartsCommand::Load(name) => {
                if let Some(spec) = self.project.book().charts.iter().find(|s| s.name == name) {
                    c.spec = spec.clone();
                    c.selected = None;
                    c.merging = None;
                }
            }
            ChartsCommand::PickMerge(claim) => {
                c.merging = claim;
                c.merge_filter.clear();
            }
            ChartsCommand::SetMergeFilter(text) => c.merge_filter = text,
        }
    }

    /// The identity (the lexicon's canonical name) of an actor named by its English name.
    fn lexicon_canonical(&self, shown: &str) -> String {
        self.lexicon
            .canonical_of_english(shown)
            .unwrap_or(shown)
            .to_string()
    }

    /// Runs one edit of the project (one undo step); says why in the status bar if it could
    /// not be made.
    pub(super) fn run_edit(&mut self, edit: Edit) {
        let edit = match edit {
            Edit::AddAlias {
                canonical,
                kind,
                alias,
            } => Edit::AddAlias {
                canonical: self.lexicon_canonical(&canonical),
                kind,
                alias,
            },
            e => e,
        };
        let docs = &self.docs;
        let text_of = |id| -> Option<&str> {
            docs.iter()
                .find(|d| d.id == id)
                .map(|d| d.doc.text.as_str())
        };
        match self.project.edit(|b| edit.run(b, text_of)) {
            Ok(()) => self.after_book_change(),
            Err(e) => {
                let why = crate::i18n::errors::edit_error(&e, self.lang);
                let msg = format!("{}: {why}", self.lang.edit().cannot);
                self.report_error(msg);
            }
        }
    }

    /// Layouts depend on what is shown: every cached galley must be rebuilt.
    pub(crate) fn bump_annotations(&mut self) {
        for d in &mut self.docs {
            d.annotation_version = d.annotation_version.wrapping_add(1);
        }
    }

    fn set_query(&mut self, query: String) {
        let s = &mut self.search;
        if s.folded.len() != self.docs.len() {
            s.folded = self.docs.iter().map(|d| Folded::new(&d.doc.text)).collect();
        }
        s.hits = search::search(&s.folded, &query);
        s.query = query;
        // The first hit from the top of the article being read.
        s.current = search::first_from(&s.hits, self.selected.unwrap_or(0), 0);
        self.show_current_hit();
    }

    fn show_current_hit(&mut self) {
        let Some(h) = self.search.current.and_then(|i| self.search.hits.get(i)) else {
            return;
        };
        self.selected = Some(h.article);
        self.reveals.push(Reveal {
            article: h.article,
            range: h.range.clone(),
            flash: false,
        });
    }
}
