//! The corrections and lexicon window: every correction the analyst made (withdrawable; those
//! whose mentions are no longer found say so) and every actor added to the project's lexicon
//! (removable), plus a button to declare one.

use crate::extract::EntityKind;
use crate::extract::lexicon::Actor;
use crate::i18n::Lang;
use crate::project::{ArticleId, Book, Correction, Decision, SpanKey};
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
        Correction::SplitClaim { mentions } => {
            format!("{} → {}", quotes(mentions, &title), s.own_claim)
        }
        Correction::MergeClaims { mentions } => {
            format!("{} → {}", quotes(mentions, &title), s.one_claim)
        }
        Correction::ClaimCanonical { at } => format!(
            "{} · « {} » → {}",
            title(at.article),
            at.text,
            s.canonical_of_claim
        ),
        Correction::ActorKind { canonical, kind } => format!(
            "« {canonical} » → {} {} ({})",
            s.kind.to_lowercase(),
            lang.tr().kind(*kind),
            s.everywhere
        ),
    }
}

/// One line describing a decision: a correction, or an actor declared with its kind.
pub fn describe_decision(d: &Decision, docs: &[Article], lang: Lang) -> String {
    match d {
        Decision::Correction(c) => describe(c, docs, lang),
        Decision::Actor(a) => actor_line(a, lang),
    }
}

/// `Zorblax (company) — Zorb, ZBX`.
fn actor_line(a: &Actor, lang: Lang) -> String {
    let en =
        a.en.as_deref()
            .map(|e| format!(" / {e}"))
            .unwrap_or_default();
    let aliases: Vec<&str> = a
        .aliases
        .iter()
        .map(String::as_str)
        .filter(|al| *al != a.canonical)
        .collect();
    let aliases = if aliases.is_empty() {
        String::new()
    } else {
        format!(" — {}", aliases.join(", "))
    };
    format!(
        "{} {}{en} ({}){aliases}",
        lang.correct().declared,
        a.canonical,
        lang.tr().kind(a.kind)
    )
}

/// `other` without its subject when it is about the same thing as `this` (both read
/// `subject → outcome`): "actor Oracle" rather than the article and figure again.
fn unless_same<'a>(this: &str, other: &'a str) -> &'a str {
    match (this.rsplit_once(" → "), other.rsplit_once(" → ")) {
        (Some((a, _)), Some((b, outcome))) if a == b => outcome,
        _ => other,
    }
}

/// "replaces: …" under a decision, for each earlier one it replaced.
fn replaces_lines(ui: &mut egui::Ui, book: &Book, by: &Decision, docs: &[Article], lang: Lang) {
    let now = describe_decision(by, docs, lang);
    for old in book.replaced_by(by) {
        let old = describe_decision(old, docs, lang);
        ui.label(
            RichText::new(format!(
                "    ↳ {} {}",
                lang.correct().replaces,
                unless_same(&now, &old)
            ))
            .weak()
            .italics(),
        );
    }
}

/// The first mentions of a claim correction (article and figure), then how many more.
fn quotes(mentions: &[SpanKey], title: &dyn Fn(ArticleId) -> String) -> String {
    const SHOWN: usize = 3;
    let mut parts: Vec<String> = mentions
        .iter()
        .take(SHOWN)
        .map(|k| format!("{} · « {} »", title(k.article), k.text))
        .collect();
    if mentions.len() > SHOWN {
        parts.push(format!("+{}", mentions.len() - SHOWN));
    }
    parts.join(" ; ")
}

/// Draws the window while `open`; returns what the analyst asked (closing it included).
/// `missing` gives, for each correction, how many of its mentions are no longer found (said
/// next to it).
pub fn show(
    ctx: &egui::Context,
    open: bool,
    book: &Book,
    missing: &[usize],
    docs: &[Article],
    lang: Lang,
) -> Vec<Command> {
    let s = lang.correct();
    let mut out = Vec::new();
    let mut still_open = open;
    egui::Window::new(s.window)
        .id(egui::Id::unique("corrections-window"))
        .open(&mut still_open)
        .default_size([520.0, 420.0])
        .show(ctx, |ui| {
            ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
                ui.heading(s.corrections);
                if book.corrections.is_empty() {
                    ui.label(RichText::new(s.no_corrections).weak());
                }
                for (i, c) in book.corrections.iter().enumerate() {
                    ui.horizontal_wrapped(|ui| {
                        if ui.small_button(s.withdraw).clicked() {
                            out.push(Command::Edit(Edit::RemoveCorrection(c.clone())));
                        }
                        ui.label(describe(c, docs, lang));
                        let gone = missing.get(i).copied().unwrap_or(0);
                        if gone > 0 {
                            ui.colored_label(
                                ui.visuals().warn_fg_color,
                                format!(
                                    "⚠ {}",
                                    crate::i18n::counted(gone, s.missing_one, s.missing)
                                ),
                            );
                        }
                    });
                    replaces_lines(ui, book, &Decision::Correction(c.clone()), docs, lang);
                }
                replaced_section(ui, book, docs, lang);
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
                    replaces_lines(ui, book, &Decision::Actor(a.clone()), docs, lang);
                }
                if ui.button(s.new_actor).clicked() {
                    out.push(Command::OpenActorForm(ActorForm::declare(
                        "",
                        EntityKind::Company,
                    )));
                }
            });
        });
    if open && !still_open {
        out.push(Command::ToggleCorrections);
    }
    out
}

/// The earlier decisions that later ones replaced, each with what replaced it.
fn replaced_section(ui: &mut egui::Ui, book: &Book, docs: &[Article], lang: Lang) {
    if book.replaced.is_empty() {
        return;
    }
    let s = lang.correct();
    ui.add_space(8.0);
    ui.heading(s.replaced_heading);
    for r in &book.replaced {
        let (old, by) = (
            describe_decision(&r.old, docs, lang),
            describe_decision(&r.by, docs, lang),
        );
        ui.label(
            RichText::new(format!(
                "{old} — {} {}",
                s.replaced_by,
                unless_same(&old, &by)
            ))
            .weak(),
        );
    }
}
