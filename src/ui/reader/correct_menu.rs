//! The corrections section of the reader's right-click menu: on a figure, choose its actor or
//! take it out of totals; on an entity, reject the mention or the name, or make it an alias;
//! on a selection, declare a new actor.

use super::hover::figure_value;
use super::placed::MenuTarget;
use super::placed::ReaderView;
use crate::extract::{EntityKind, Extraction};
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
            egui::ScrollArea::vertical()
                .max_height(MENU_HEIGHT)
                .show(ui, |ui| {
                    for (name, _) in actors_near(x, f.start) {
                        if ui
                            .selectable_label(f.actor.as_deref() == Some(name), name)
                            .clicked()
                        {
                            out.push(Command::Edit(Edit::SetFigureActor {
                                at: at.clone(),
                                actor: Some(name.to_string()),
                            }));
                            ui.close();
                        }
                    }
                });
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

/// The distinct actors of an article with their kind, nearest mention to char `at` first.
fn actors_near(x: &Extraction, at: usize) -> impl Iterator<Item = (&str, EntityKind)> {
    let mut best: Vec<(usize, &str, EntityKind)> = Vec::new();
    for e in &x.entities {
        let d = e.start.abs_diff(at);
        match best.iter_mut().find(|(_, n, _)| *n == e.canonical) {
            Some(b) => b.0 = b.0.min(d),
            None => best.push((d, e.canonical.as_str(), e.kind)),
        }
    }
    best.sort_by_key(|(d, n, _)| (*d, *n));
    best.into_iter().map(|(_, n, k)| (n, k))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Entity;

    #[test]
    fn the_nearest_actors_come_first_once_each() {
        let e = |start, name: &str| Entity {
            text: name.into(),
            start,
            end: start + 1,
            canonical: name.into(),
            kind: EntityKind::Company,
        };
        let x = Extraction {
            entities: vec![e(0, "A"), e(50, "B"), e(90, "A"), e(200, "C")],
            figures: vec![],
        };
        let names: Vec<&str> = actors_near(&x, 100).map(|(n, _)| n).collect();
        assert_eq!(names, ["A", "B", "C"]);
        let names: Vec<&str> = actors_near(&x, 0).map(|(n, _)| n).collect();
        assert_eq!(names, ["A", "B", "C"]);
        let names: Vec<&str> = actors_near(&x, 60).map(|(n, _)| n).collect();
        assert_eq!(names, ["B", "A", "C"]);
    }
}
