//! The memo dialog (Edit ▸ Memos): the analyst's memo on the project, an article or a theme.

use crate::i18n::Lang;
use crate::project::Book;
use crate::workspace::command::Command;
use crate::workspace::edit::{Edit, MemoTarget};
use egui::Key;

/// Draws the dialog for `target` over `draft`; returns what the analyst asked for.
pub fn show(
    ctx: &egui::Context,
    target: MemoTarget,
    draft: &mut String,
    book: &Book,
    lang: Lang,
) -> Vec<Command> {
    let e = lang.edit();
    let mut out = Vec::new();
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
                egui::TextEdit::multiline(draft)
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
                out.push(Command::Edit(Edit::SetMemoOf {
                    target,
                    memo: draft.trim_end().to_string(),
                }));
                out.push(Command::CloseMemo);
            }
            if ui.button(e.cancel).clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                out.push(Command::CloseMemo);
            }
        });
    });
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
