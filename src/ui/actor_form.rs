//! The form that declares an actor for the project's lexicon (canonical name, kind, English
//! name, aliases), opened from the reader's right-click menu or the corrections window.

use super::app::Command;
use crate::extract::EntityKind;
use crate::extract::lexicon::Actor;
use crate::i18n::Lang;
use crate::workspace::edit::Edit;

/// What the analyst is typing.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorForm {
    pub canonical: String,
    pub en: String,
    pub kind: EntityKind,
    /// One alias per line.
    pub aliases: String,
}

impl ActorForm {
    /// A form for a new actor named `name` (also its first alias).
    pub fn declare(name: &str, kind: EntityKind) -> ActorForm {
        ActorForm {
            canonical: name.trim().to_string(),
            en: String::new(),
            kind,
            aliases: name.trim().to_string(),
        }
    }

    /// The actor the form describes (`None` while the name is empty).
    pub fn actor(&self) -> Option<Actor> {
        let canonical = self.canonical.trim();
        if canonical.is_empty() {
            return None;
        }
        let mut aliases: Vec<String> = Vec::new();
        for a in self
            .aliases
            .lines()
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            if !aliases.iter().any(|x| x == a) {
                aliases.push(a.to_string());
            }
        }
        let en = self.en.trim();
        Some(Actor {
            canonical: canonical.to_string(),
            en: (!en.is_empty()).then(|| en.to_string()),
            kind: self.kind,
            aliases,
        })
    }
}

/// Draws the form as a modal; returns the command of OK or Cancel (Escape cancels).
pub fn show(ctx: &egui::Context, form: &mut ActorForm, lang: Lang) -> Option<Command> {
    let c = lang.correct();
    let s = lang.tr();
    let mut command = None;
    let modal = egui::Modal::new(egui::Id::unique("actor-form")).show(ctx, |ui| {
        ui.set_width(360.0);
        ui.heading(c.declare_title);
        egui::Grid::new("actor-form-grid")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                let l = ui.label(c.canonical);
                ui.text_edit_singleline(&mut form.canonical)
                    .labelled_by(l.id);
                ui.end_row();
                let l = ui.label(c.english_name);
                ui.text_edit_singleline(&mut form.en).labelled_by(l.id);
                ui.end_row();
                ui.label(c.kind);
                egui::ComboBox::from_id_salt("actor-form-kind")
                    .selected_text(s.kind(form.kind))
                    .show_ui(ui, |ui| {
                        for k in EntityKind::ALL {
                            ui.selectable_value(&mut form.kind, k, s.kind(k));
                        }
                    });
                ui.end_row();
                let l = ui.label(format!("{}\n({})", c.aliases, c.aliases_hint));
                ui.add(egui::TextEdit::multiline(&mut form.aliases).desired_rows(3))
                    .labelled_by(l.id);
                ui.end_row();
            });
        ui.separator();
        ui.horizontal(|ui| {
            let actor = form.actor();
            if ui
                .add_enabled(actor.is_some(), egui::Button::new(c.ok))
                .clicked()
                && let Some(a) = actor
            {
                command = Some(Command::SubmitActorForm(Edit::DeclareActor(a)));
            }
            if ui.button(c.cancel).clicked() {
                command = Some(Command::CloseActorForm);
            }
        });
    });
    if modal.should_close() && command.is_none() {
        command = Some(Command::CloseActorForm);
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_trims_and_dedupes() {
        let mut f = ActorForm::declare("  Mistral AI ", EntityKind::Company);
        f.aliases.push_str("\n\nMistral\n Mistral AI\n");
        f.en = "  ".into();
        let a = f.actor().expect("named");
        assert_eq!(a.canonical, "Mistral AI");
        assert_eq!(a.aliases, ["Mistral AI", "Mistral"]);
        assert_eq!(a.en, None);
        f.canonical = " ".into();
        assert_eq!(f.actor(), None);
    }
}
