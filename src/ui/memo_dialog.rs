//! The memo dialog (Edit ▸ Memos): the analyst's memo on the project, an article or a theme.
//! Draws a copy of the workspace's draft and sends back what the analyst typed.

use crate::i18n::Lang;
use crate::project::Book;
use crate::workspace::command::Command;
use crate::workspace::edit::MemoTarget;
use egui::Key;

/// Draws the dialog for `target` over `current` (the draft); returns what was typed, then
/// what the analyst asked for.
pub fn show(
    ctx: &egui::Context,
    target: MemoTarget,
    current: &str,
    book: &Book,
    lang: Lang,
) -> Vec<Command> {
    let e = lang.edit();
    let mut out = Vec::new();
    let mut draft = current.to_string();
    let about = match target {
        MemoTarget::Project => e.project_memo.trim_end_matches('…').to_string(),
        MemoTarget::Article(id) => book
            .article(id)
            .map(|a| format!("{} — {}", e.memo, source_name(&a.source)))
            .unwrap_or_default(),
        MemoTarget::Theme(id) => book
            .theme(id)
            .map(|t| format!("{} — {}", e.memo, t.name))
            .unwrap_or_default(),
    };
    egui::Modal::new(egui::Id::unique("memo-dialog")).show(ctx, |ui| {
        ui.heading(about);
        let label = ui.label(e.memo);
        let edit = ui
            .add(
                egui::TextEdit::multiline(&mut draft)
                    .desired_rows(8)
                    .desired_width(520.0),
            )
            .labelled_by(label.id);
        // Ready to type as soon as it opens.
        if !edit.has_focus() && !edit.lost_focus() {
            edit.request_focus();
        }
        ui.horizontal(|ui| {
            if ui.button(e.ok).clicked() {
                out.push(Command::SubmitMemo);
            }
            if ui.button(e.cancel).clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                out.push(Command::CloseMemo);
            }
        });
    });
    if draft != current {
        out.insert(0, Command::EditMemo(draft));
    }
    out
}

/// An article's file name (or seed name), for the dialog's heading.
fn source_name(s: &crate::project::ArticleSource) -> String {
    match s {
        crate::project::ArticleSource::Bundled(n) => n.clone(),
        crate::project::ArticleSource::Path(p) => {
            p.rsplit(['/', '\\']).next().unwrap_or(p).to_string()
        }
    }
}
