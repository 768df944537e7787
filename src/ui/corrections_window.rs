//! The corrections and lexicon window: every correction the analyst made (withdrawable) and
//! every actor added to the project's lexicon (removable), plus a button to declare one.

use crate::extract::EntityKind;
use crate::i18n::Lang;
use crate::project::{Book, Correction};
use crate::workspace::Article;
use crate::workspace::actor_form::ActorForm;
use crate::workspace::command::Command;
use crate::workspace::edit::Edit;
use egui::{RichText, ScrollArea};

/// One line describing a correction, e.g. `article « Titre » · « 500 milliards » → actor OpenAI`.
pub fn describe(c: &Correction, docs: &[Article], lang: Lang) -> String {
    let s = lang.correct();
    let title = |id| {
        docs.iter()
            .find(|d| d.id == id)
            .map_or_else(|| id.to_string(), |d| d.title().to_string())
    };
    match c {
        Correction::FigureActor { at, actor } => format!(
            "{} · « {} » → {} {}",
            title(at.article),
            at.text,
            s.actor_is,
            actor.as_deref().unwrap_or(s.no_actor)
        ),
        Correction::FigureTotals { at, in_totals } => format!(
            "{} · « {} » → {}",
            title(at.article),
            at.text,
            if *in_totals {
                s.in_totals
            } else {
                s.out_of_totals
            }
        ),
        Correction::RejectEntity { at } => {
            format!("{} · « {} » → {}", title(at.article), at.text, s.not_entity)
        }
        Correction::RejectName { canonical } => {
            format!("« {canonical} » → {} ({})", s.not_entity, s.everywhere)
        }
    }
}

/// Draws the window while `open`; returns what the analyst asked.
pub fn show(
    ctx: &egui::Context,
    open: &mut bool,
    book: &Book,
    docs: &[Article],
    lang: Lang,
) -> Vec<Command> {
    let s = lang.correct();
    let mut out = Vec::new();
    egui::Window::new(s.window)
        .id(egui::Id::unique("corrections-window"))
        .open(open)
        .default_size([520.0, 420.0])
        .show(ctx, |ui| {
            ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
                ui.heading(s.corrections);
                if book.corrections.is_empty() {
                    ui.label(RichText::new(s.no_corrections).weak());
                }
                for c in &book.corrections {
                    ui.horizontal(|ui| {
                        if ui.small_button(s.withdraw).clicked() {
                            out.push(Command::Edit(Edit::RemoveCorrection(c.clone())));
                        }
                        ui.label(describe(c, docs, lang));
                    });
                }
                ui.add_space(8.0);
                ui.heading(s.additions);
                if book.lexicon_additions.is_empty() {
                    ui.label(RichText::new(s.no_additions).weak());
                }
                for a in &book.lexicon_additions {
                    ui.horizontal(|ui| {
                        if ui.small_button(s.remove).clicked() {
                            out.push(Command::Edit(Edit::RemoveActor(a.canonical.clone())));
                        }
                        let en =
                            a.en.as_deref()
                                .map(|e| format!(" / {e}"))
                                .unwrap_or_default();
                        ui.label(format!(
                            "{}{en} ({}) — {}",
                            a.canonical,
                            lang.tr().kind(a.kind),
                            a.aliases.join(", ")
                        ));
                    });
                }
                if ui.button(s.new_actor).clicked() {
                    out.push(Command::OpenActorForm(ActorForm::declare(
                        "",
                        EntityKind::Company,
                    )));
                }
            });
        });
    out
}
