//! The actor submenu of a figure: every actor of the corpus, those of this article first
//! (nearest mention to the figure first), then the others by number of mentions, with a
//! labelled box that filters them by name (Enter takes the first one left).

use crate::extract::{EntityKind, Extraction};
use crate::workspace::mentions::MentionIndex;

/// Most actors listed at once (the filter box finds the others).
const SHOWN: usize = 150;

/// The distinct actors of an article with their kind, nearest mention to char `at` first.
pub fn actors_near(x: &Extraction, at: usize) -> impl Iterator<Item = (&str, EntityKind)> {
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

/// Every actor of the corpus: this article's nearest `at` first, then the others by number
/// of mentions (most first), then by name.
pub fn corpus_actors<'a>(x: &'a Extraction, at: usize, mentions: &'a MentionIndex) -> Vec<&'a str> {
    let mut out: Vec<&str> = actors_near(x, at).map(|(n, _)| n).collect();
    let mut rest: Vec<(&str, usize)> = mentions.names().filter(|(n, _)| !out.contains(n)).collect();
    rest.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    out.extend(rest.into_iter().map(|(n, _)| n));
    out
}

/// Whether `name` matches the filter (case and accents ignored; an empty filter matches all).
fn matches(name: &str, filter: &str) -> bool {
    use crate::workspace::search::fold;
    let f = filter.trim();
    f.is_empty() || fold(name).contains(&fold(f))
}

/// Draws the filter box and the list; returns the actor picked, if any. `current` is the
/// figure's actor now; `key` tells figures apart.
pub fn pick(
    ui: &mut egui::Ui,
    names: &[&str],
    current: Option<&str>,
    key: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    height: f32,
) -> Option<String> {
    let id = ui.make_persistent_id(("figure-actor-filter", key));
    // The filter and the frame it was last drawn: a submenu opened anew starts empty.
    let frame = ui.ctx().cumulative_frame_nr();
    let stored = ui
        .data(|d| d.get_temp::<(String, u64)>(id))
        .filter(|(_, seen)| seen + 1 >= frame);
    let mut filter = stored.clone().map(|(f, _)| f).unwrap_or_default();
    let entered = ui
        .horizontal(|ui| {
            let l = ui.label(label);
            let r = ui
                .add(egui::TextEdit::singleline(&mut filter).desired_width(160.0))
                .labelled_by(l.id);
            if stored.is_none() {
                // Opened just now: typing filters straight away.
                r.request_focus();
            }
            r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
        })
        .inner;
    ui.data_mut(|d| d.insert_temp(id, (filter.clone(), frame)));
    let found: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| matches(n, &filter))
        .take(SHOWN + 1)
        .collect();
    // Enter takes the first actor the filter leaves.
    let mut picked = entered
        .then(|| found.first().map(|n| n.to_string()))
        .flatten();
    egui::ScrollArea::vertical()
        .max_height(height)
        .show(ui, |ui| {
            for (shown, name) in found.iter().enumerate() {
                if shown == SHOWN {
                    ui.label(egui::RichText::new("…").weak());
                    break;
                }
                if ui.selectable_label(current == Some(*name), *name).clicked() {
                    picked = Some(name.to_string());
                }
            }
        });
    picked
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

    #[test]
    fn filters_ignore_case_and_accents() {
        assert!(matches("Élysée", "ely"));
        assert!(matches("OpenAI", " open"));
        assert!(matches("OpenAI", ""));
        assert!(!matches("OpenAI", "oracle"));
    }
}
