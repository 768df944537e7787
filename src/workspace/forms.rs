//! The app's small dialogs as data — the actor form, an article's attributes, a memo, the
//! coder's name, the auto-coding preview: what opening one fills in, and what submitting it
//! does to the project (one undoable edit). Their drafts live in the [`Workspace`]; the views
//! draw a copy and send back what the analyst typed (`Command::EditMemo`…). `apply` hands
//! these commands here.

use crate::workspace::actor_form::ActorForm;
use crate::workspace::autocode::{self as ac, AutoCodeDraft, AutoSource};
use crate::workspace::core::Workspace;
use crate::workspace::edit::{Edit, MemoTarget};

impl Workspace {
    /// Keeps what the analyst typed in the actor form (while it is open).
    pub(super) fn edit_actor_form(&mut self, form: ActorForm) {
        if let Some(f) = &mut self.actor_form {
            *f = form;
        }
    }

    /// Declares the actor the form describes and closes the form (left open while it names
    /// none).
    pub(super) fn submit_actor_form(&mut self) {
        if let Some(actor) = self.actor_form.as_ref().and_then(ActorForm::actor) {
            self.actor_form = None;
            self.run_edit(Edit::DeclareActor(actor));
        }
    }

    /// Makes the draft the coder's name and closes the dialog.
    pub(super) fn submit_coder_prompt(&mut self) {
        if let Some(name) = self.coder_prompt.take() {
            self.run_edit(Edit::SetCoder(name));
        }
    }

    /// Opens the memo dialog of `target` on its memo.
    pub(super) fn open_memo(&mut self, target: MemoTarget) {
        self.memo_dialog = Some((target, target.memo(self.project.book())));
    }

    /// Saves the draft (trailing blanks dropped) as the memo and closes the dialog.
    pub(super) fn submit_memo(&mut self) {
        if let Some((target, draft)) = self.memo_dialog.take() {
            let memo = draft.trim_end().to_string();
            self.run_edit(Edit::SetMemoOf { target, memo });
        }
    }

    /// Opens the attributes dialog of the article shown: its attributes, or (none yet) the
    /// usual names, named in the interface language, with the language guessed from the text.
    pub(super) fn open_attributes(&mut self) {
        let Some(d) = self.selected.and_then(|i| self.docs.get(i)) else {
            return;
        };
        let mut rows: Vec<(String, String)> = self
            .project
            .book()
            .article(d.id)
            .map(|a| a.attributes.clone().into_iter().collect())
            .unwrap_or_default();
        if rows.is_empty() {
            let lang = match crate::text::detect_lang(&d.doc.text) {
                crate::text::Lang::French => "fr",
                crate::text::Lang::English => "en",
            };
            rows = self
                .lang
                .edit()
                .attribute_names
                .iter()
                .map(|n| (n.to_string(), String::new()))
                .collect();
            if let Some(last) = rows.last_mut() {
                last.1 = lang.into();
            }
        }
        self.attributes_dialog = Some((d.id, rows));
    }

    /// Saves the rows as the article's attributes and closes the dialog.
    pub(super) fn submit_attributes(&mut self) {
        if let Some((article, attributes)) = self.attributes_dialog.take() {
            self.run_edit(Edit::SetAttributes {
                article,
                attributes,
            });
        }
    }

    /// Opens the auto-coding preview of `source`, on the first taggable theme.
    pub(super) fn open_autocode(&mut self, source: AutoSource) {
        let candidates = match source {
            AutoSource::SearchHits => ac::search_passages(&self.docs, &self.search.hits),
            AutoSource::Figures(kind) => ac::figure_passages(&self.docs, kind),
        };
        let theme = crate::workspace::codebook::taggable(self.project.book())
            .first()
            .map(|t| t.id);
        self.autocode = Some(AutoCodeDraft {
            source,
            theme,
            candidates,
        });
    }

    /// Tags the preview's passages with its theme (one undo step) and closes it.
    pub(super) fn confirm_autocode(&mut self) {
        if let Some(d) = self.autocode.take()
            && let Some(theme) = d.theme
        {
            let passages = d
                .candidates
                .into_iter()
                .map(|c| (c.article, c.range))
                .collect();
            self.run_edit(Edit::AddTags { theme, passages });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::Document;
    use crate::extract::EntityKind;
    use crate::workspace::Workspace;
    use crate::workspace::actor_form::ActorForm;
    use crate::workspace::command::Command;
    use crate::workspace::edit::MemoTarget;

    fn ws() -> Workspace {
        let d = Document::new("a.txt".into(), "Un texte en français, assez long.".into());
        let mut w = Workspace::new(vec![d]);
        w.apply(Command::SetLang(crate::i18n::Lang::En));
        w
    }

    #[test]
    fn each_dialog_changes_the_project_on_submit_only() {
        let mut w = ws();
        w.apply(Command::OpenCoderPrompt);
        w.apply(Command::EditCoderPrompt("Alice".into()));
        w.apply(Command::CloseCoderPrompt);
        assert_eq!(w.project.book().coder, "");
        w.apply(Command::OpenCoderPrompt);
        w.apply(Command::EditCoderPrompt("Alice".into()));
        w.apply(Command::SubmitCoderPrompt);
        assert_eq!(w.project.book().coder, "Alice");
        assert!(w.coder_prompt.is_none());

        w.apply(Command::OpenMemo(MemoTarget::Project));
        w.apply(Command::EditMemo("Veille\n\n".into()));
        w.apply(Command::SubmitMemo);
        assert_eq!(w.project.book().memo, "Veille");

        w.apply(Command::OpenAttributes);
        let (id, mut rows) = w.attributes_dialog.clone().expect("dialog");
        rows[0].1 = "Le Monde".into();
        w.apply(Command::EditAttributes(rows));
        w.apply(Command::SubmitAttributes);
        let a = w.project.book().article(id).expect("article");
        assert_eq!(
            a.attributes.get("outlet").map(String::as_str),
            Some("Le Monde")
        );
        // Undo takes back the last submit.
        w.apply(Command::Undo);
        assert!(
            w.project
                .book()
                .article(id)
                .expect("article")
                .attributes
                .is_empty()
        );
    }

    #[test]
    fn the_actor_form_stays_open_while_it_names_no_actor() {
        let mut w = ws();
        w.apply(Command::OpenActorForm(ActorForm::declare(
            "",
            EntityKind::Company,
        )));
        w.apply(Command::SubmitActorForm);
        assert!(w.actor_form.is_some());
        let typed = ActorForm::declare("Mistral AI", EntityKind::Company);
        w.apply(Command::EditActorForm(typed));
        w.apply(Command::SubmitActorForm);
        assert!(w.actor_form.is_none());
        let added = &w.project.book().lexicon_additions;
        assert_eq!(added.len(), 1);
        assert_eq!(added[0].canonical, "Mistral AI");
        // A draft for a form closed meanwhile is dropped.
        w.apply(Command::EditActorForm(ActorForm::declare(
            "X",
            EntityKind::Company,
        )));
        assert!(w.actor_form.is_none());
    }
}
