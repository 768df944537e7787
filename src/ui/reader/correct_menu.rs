//! The corrections section of the reader's right-click menu: on a figure, choose its actor or
//! take it out of totals; on an entity, reject the mention or the name, change its kind, or
//! make it an alias; on a selection, declare a new actor.

use super::actor_pick::{actors_near, corpus_actors, pick};
use super::hover::figure_value;
use super::placed::MenuTarget;
use super::placed::ReaderView;
use crate::extract::EntityKind;
use crate::project::SpanKey;
use crate::workspace::actor_form::ActorForm;
use crate::workspace::command::Command;
use crate::workspace::edit::Edit;

/// Draws the section (nothing when there is nothing to correct); returns what was picked.
pub fn items(ui: &mut egui::Ui, target: &MenuTarget, view: &ReaderView<'_>) -> Vec<Command> {
    let mut out = Vec::new();
    let x = &view.doc.extraction;
    let c = view.lang.correct();
    let id = view.doc.id;
    if let Some(f) = target.figure.and_then(|i| x.figures.get(i)) {
        ui.label(
            egui::RichText::new(format!("{} · {}", c.figure, figure_value(f, view.s))).strong(),
        );
        let at = SpanKey::of_figure(id, f);
        ui.menu_button(c.actor_menu, |ui| {
            let names = corpus_actors(x, f.start, view.mentions);
            let key = (view.index, f.start);
            let current = f.actor.as_deref();
            if let Some(name) = pick(ui, &names, current, key, c.filter_actors, MENU_HEIGHT) {
                out.push(Command::Edit(Edit::SetFigureActor {
                    at: at.clone(),
                    actor: Some(name),
                }));
                ui.close();
            }
            ui.separator();
            if ui.selectable_label(f.actor.is_none(), c.no_actor).clicked() {
                out.push(Command::Edit(Edit::SetFigureActor {
                    at: at.clone(),
                    actor: None,
                }));
                ui.close();
            }
        });
        let mut counts = f.in_totals;
        if ui.checkbox(&mut counts, c.count_in_totals).clicked() {
            out.push(Command::Edit(Edit::SetFigureInTotals {
                at: at.clone(),
                in_totals: counts,
            }));
            ui.close();
        }
    }
    if let Some(e) = target.entity.and_then(|i| x.entities.get(i)) {
        if target.figure.is_some() {
            ui.separator();
        }
        let kind = view.s.kind(e.kind);
        ui.label(egui::RichText::new(format!("{} · {} ({kind})", c.entity, e.canonical)).strong());
        if ui.button(c.reject_mention).clicked() {
            out.push(Command::Edit(Edit::RejectEntity(SpanKey::of_entity(id, e))));
            ui.close();
        }
        if ui
            .button(format!("{} « {} »", c.reject_name, e.canonical))
            .clicked()
        {
            out.push(Command::Edit(Edit::RejectName(e.canonical.clone())));
            ui.close();
        }
        ui.menu_button(c.kind_menu, |ui| {
            for k in EntityKind::ALL {
                if ui.selectable_label(e.kind == k, view.s.kind(k)).clicked() {
                    if e.kind != k {
                        out.push(Command::Edit(Edit::SetActorKind {
                            canonical: e.canonical.clone(),
                            kind: k,
                        }));
                    }
                    ui.close();
                }
            }
        });
        ui.menu_button(c.alias_of, |ui| {
            egui::ScrollArea::vertical()
                .max_height(MENU_HEIGHT)
                .show(ui, |ui| {
                    for (name, kind) in actors_near(x, e.start).filter(|(n, _)| *n != e.canonical) {
                        if ui.button(name).clicked() {
                            out.push(Command::Edit(Edit::AddAlias {
                                canonical: name.to_string(),
                                kind,
                                alias: e.text.clone(),
                            }));
                            ui.close();
                        }
                    }
                });
            ui.separator();
            if ui.button(c.new_actor).clicked() {
                out.push(Command::OpenActorForm(ActorForm::declare(&e.text, e.kind)));
                ui.close();
            }
        });
    } else if let Some(sel) = target.selection.clone() {
        let text = view.doc.char_slice(sel).trim().to_string();
        if !text.is_empty() && text.chars().count() <= 120 {
            if target.figure.is_some() {
                ui.separator();
            }
            if ui.button(c.declare_actor).clicked() {
                out.push(Command::OpenActorForm(ActorForm::declare(
                    &text,
                    EntityKind::Company,
                )));
                ui.close();
            }
        }
    }
    out
}

/// Tallest an actor list gets before it scrolls.
const MENU_HEIGHT: f32 = 320.0;
