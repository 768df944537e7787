//! Draws the file UI: the menu bar (File, Edit), the progress bar of a background load, the
//! Problems panel, the modals (open error, recovery, unsaved changes, import report); and reads
//! the file shortcuts (Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S, Ctrl+Q).

use crate::i18n::Lang;
use crate::project::Project;
use crate::workspace::Article;
use crate::workspace::command::Command;
use crate::workspace::command::{Answer, BrowseKind, ExportKind, FileCommand as F};
use crate::workspace::effects::Files;
use crate::workspace::loader::Job;
use egui::{Button, Key, KeyboardShortcut, Modifiers, Panel, RichText};

fn file(c: F) -> Command {
    Command::File(c)
}

/// The menu bar: File and Edit, then what `extra` adds to the same row.
pub fn menu_bar(
    ui: &mut egui::Ui,
    lang: Lang,
    files: &Files,
    project: &Project,
    extra: impl FnOnce(&mut egui::Ui) -> Vec<Command>,
) -> Vec<Command> {
    let fs = lang.files();
    let mut out = Vec::new();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(fs.file, |ui| {
            let mut item = |ui: &mut egui::Ui, text: &str, keys: &str, c: F| {
                if ui.add(menu_item(text, keys)).clicked() {
                    out.push(file(c));
                    ui.close();
                }
            };
            item(ui, fs.new, "Ctrl+N", F::New);
            item(ui, fs.open, "Ctrl+O", F::Open);
            item(
                ui,
                fs.open_path,
                "Ctrl+Shift+O",
                F::Browse(BrowseKind::Open),
            );
            let mut recent = None;
            ui.menu_button(fs.open_recent, |ui| {
                if files.recent.paths.is_empty() {
                    ui.label(RichText::new(fs.no_recent).weak());
                }
                for p in &files.recent.paths {
                    if ui.button(p.display().to_string()).clicked() {
                        recent = Some(p.clone());
                        ui.close();
                    }
                }
            });
            if let Some(p) = recent {
                out.push(file(F::OpenPath(p)));
            }
            ui.separator();
            let mut item = |ui: &mut egui::Ui, text: &str, keys: &str, c: F| {
                if ui.add(menu_item(text, keys)).clicked() {
                    out.push(file(c));
                    ui.close();
                }
            };
            item(ui, fs.save, "Ctrl+S", F::Save);
            item(ui, fs.save_as, "Ctrl+Shift+S", F::SaveAs);
            item(ui, fs.save_to_path, "", F::Browse(BrowseKind::SaveTo));
            ui.separator();
            item(ui, fs.add_folder, "", F::AddFolder);
            item(ui, fs.add_files, "", F::AddFiles);
            item(ui, fs.add_path, "", F::Browse(BrowseKind::AddFiles));
            ui.separator();
            let x = lang.interchange();
            ui.menu_button(x.export, |ui| {
                use ExportKind as K;
                let names = [
                    x.qdpx,
                    x.qdpx_actors,
                    x.tags_csv,
                    x.tags_json,
                    x.figures_csv,
                    x.figures_json,
                    x.codebook_csv,
                    x.codebook_qdc,
                    x.report_html,
                    x.report_md,
                ];
                for (k, name) in K::ALL.into_iter().zip(names) {
                    item(ui, name, "", F::Export(k));
                }
            });
            ui.menu_button(x.import, |ui| {
                item(ui, x.import_qdpx, "", F::ImportQdpx);
                item(ui, x.import_codebook, "", F::ImportCodebook);
            });
            ui.separator();
            let n = files.problems.len() + project.book().orphans().len();
            item(ui, &format!("{} ({n})", fs.problems), "", F::ToggleProblems);
            ui.separator();
            item(ui, fs.quit, "Ctrl+Q", F::Quit);
        });
        ui.menu_button(fs.edit, |ui| {
            let e = lang.edit();
            let undo = Button::new(e.undo).shortcut_text("Ctrl+Z");
            if ui.add_enabled(project.can_undo(), undo).clicked() {
                out.push(Command::Undo);
                ui.close();
            }
            let redo = Button::new(e.redo).shortcut_text("Ctrl+Shift+Z");
            if ui.add_enabled(project.can_redo(), redo).clicked() {
                out.push(Command::Redo);
                ui.close();
            }
            ui.separator();
            let a = lang.autocode();
            ui.menu_button(a.menu, |ui| {
                use crate::workspace::autocode::AutoSource;
                if ui.button(a.search_hits).clicked() {
                    out.push(Command::OpenAutoCode(AutoSource::SearchHits));
                    ui.close();
                }
                ui.label(RichText::new(a.figures).weak());
                for kind in crate::extract::FigureKind::ALL {
                    if ui.button(lang.tr().figure_kind(kind)).clicked() {
                        out.push(Command::OpenAutoCode(AutoSource::Figures(kind)));
                        ui.close();
                    }
                }
            });
            ui.menu_button(e.memos, |ui| {
                use crate::workspace::edit::MemoTarget;
                if ui.button(e.project_memo).clicked() {
                    out.push(Command::OpenMemo(MemoTarget::Project));
                    ui.close();
                }
                if ui.button(e.article_memo).clicked() {
                    out.push(Command::OpenArticleMemo);
                    ui.close();
                }
                ui.menu_button(e.theme_memo, |ui| {
                    for (t, depth) in crate::workspace::codebook::ordered(project.book()) {
                        let name = format!("{}{}", "  ".repeat(depth), t.name);
                        if ui.button(name).clicked() {
                            out.push(Command::OpenMemo(MemoTarget::Theme(t.id)));
                            ui.close();
                        }
                    }
                });
            });
            if ui.button(e.attributes).clicked() {
                out.push(Command::OpenAttributes);
                ui.close();
            }
            if ui.button(e.coder_menu).clicked() {
                out.push(Command::OpenCoderPrompt);
                ui.close();
            }
        });
        out.extend(extra(ui));
    });
    out
}

/// A menu entry, with its shortcut on the right when it has one.
fn menu_item<'a>(text: &'a str, keys: &'a str) -> Button<'a> {
    let b = Button::new(text);
    if keys.is_empty() {
        b
    } else {
        b.shortcut_text(keys)
    }
}

/// Ctrl+N, Ctrl+O, Ctrl+Shift+O (open a path), Ctrl+S, Ctrl+Shift+S and Ctrl+Q (none while a file modal is open).
pub fn shortcuts(ctx: &egui::Context, files: &Files) -> Vec<Command> {
    if files.modal_open() {
        return Vec::new();
    }
    let k = |m, key| KeyboardShortcut::new(m, key);
    let keys = [
        (k(Modifiers::COMMAND | Modifiers::SHIFT, Key::S), F::SaveAs),
        (k(Modifiers::COMMAND, Key::S), F::Save),
        (k(Modifiers::COMMAND, Key::N), F::New),
        (
            k(Modifiers::COMMAND | Modifiers::SHIFT, Key::O),
            F::Browse(BrowseKind::Open),
        ),
        (k(Modifiers::COMMAND, Key::O), F::Open),
        (k(Modifiers::COMMAND, Key::Q), F::Quit),
    ];
    ctx.input_mut(|i| {
        keys.into_iter()
            .find(|(key, _)| i.consume_shortcut(key))
            .map(|(_, c)| file(c))
            .into_iter()
            .collect()
    })
}

/// The progress bar of a background load (bottom), and the Problems panel when shown.
pub fn panels(
    ui: &mut egui::Ui,
    lang: Lang,
    files: &Files,
    project: &Project,
    docs: &[Article],
) -> Vec<Command> {
    let fs = lang.files();
    let mut out = Vec::new();
    if let Some(job) = &files.job {
        Panel::bottom("files-progress").show(ui, |ui| {
            ui.horizontal(|ui| {
                let what = match job {
                    Job::Open(j) => format!("{} {}", fs.opening, j.project.name()),
                    Job::Import(_) => fs.importing.to_string(),
                    Job::Qdpx(j) => format!("{} {}", lang.interchange().import, j.path.display()),
                };
                ui.label(what);
                let (done, total) = job.progress();
                let frac = if total == 0 {
                    0.0
                } else {
                    done as f32 / total as f32
                };
                ui.add(
                    egui::ProgressBar::new(frac)
                        .desired_width(300.0)
                        .text(format!("{done} / {total}")),
                );
                if ui.button(fs.cancel).clicked() {
                    out.push(file(F::CancelLoad));
                }
            });
        });
    }
    let orphans = project.book().orphans();
    if files.show_problems {
        Panel::bottom("problems")
            .resizable(true)
            .default_size(160.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.strong(fs.problems);
                    if ui.small_button(fs.clear).clicked() {
                        out.push(file(F::ClearProblems));
                    }
                    if ui.small_button(lang.tr().close).clicked() {
                        out.push(file(F::ToggleProblems));
                    }
                });
                egui::ScrollArea::vertical()
                    .id_salt("problems-list")
                    .show(ui, |ui| {
                        for p in &files.problems {
                            let kept = if p.article.is_some() {
                                format!(" ({})", fs.unreadable_article)
                            } else {
                                String::new()
                            };
                            ui.label(format!("{} — {}{kept}", p.path, p.reason.worded(lang)));
                        }
                        if !orphans.is_empty() {
                            ui.label(RichText::new(fs.orphans).strong());
                        }
                        for t in orphans {
                            let title = docs
                                .iter()
                                .find(|d| d.id == t.article)
                                .map_or("?", Article::title);
                            ui.label(format!("“{}” — {title}", t.quote));
                        }
                    });
            });
    }
    out
}

/// The modals, at most one at a time: unsaved changes, consent to read articles outside the
/// project's folder, recovery, open error, the import report.
pub fn show_overlays(ctx: &egui::Context, lang: Lang, files: &Files) -> Vec<Command> {
    let fs = lang.files();
    let mut out = Vec::new();
    if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
        drop_hint(ctx, fs.drop_hint);
    }
    if files.confirm.is_some() {
        egui::Modal::new(egui::Id::unique("files-unsaved")).show(ctx, |ui| {
            ui.heading(fs.unsaved_title);
            ui.label(fs.unsaved_body);
            ui.horizontal(|ui| {
                for (text, a) in [
                    (fs.save, Answer::Save),
                    (fs.dont_save, Answer::DontSave),
                    (fs.cancel, Answer::Cancel),
                ] {
                    if ui.button(text).clicked() {
                        out.push(file(F::Confirm(a)));
                    }
                }
            });
            if ui.input(|i| i.key_pressed(Key::Escape)) {
                out.push(file(F::Confirm(Answer::Cancel)));
            }
        });
    } else if let Some(project) = &files.outside_consent {
        egui::Modal::new(egui::Id::unique("files-outside")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(fs.outside_title);
            ui.label(fs.outside_body);
            egui::ScrollArea::vertical()
                .max_height(200.0)
                .show(ui, |ui| {
                    for path in project
                        .outside()
                        .iter()
                        .filter_map(|&id| project.article_path(id))
                    {
                        ui.label(RichText::new(path.display().to_string()).monospace());
                    }
                });
            ui.horizontal(|ui| {
                if ui.button(fs.outside_read).clicked() {
                    out.push(file(F::AllowOutside(true)));
                }
                if ui.button(fs.outside_skip).clicked() || ui.input(|i| i.key_pressed(Key::Escape))
                {
                    out.push(file(F::AllowOutside(false)));
                }
            });
        });
    } else if let Some(offer) = &files.recovery_offer {
        egui::Modal::new(egui::Id::unique("files-recovery")).show(ctx, |ui| {
            ui.heading(fs.recover_title);
            ui.label(fs.recover_body);
            let what = offer.project.as_ref().map_or_else(
                || lang.edit().untitled.to_string(),
                |p| p.display().to_string(),
            );
            ui.label(RichText::new(what).monospace());
            ui.horizontal(|ui| {
                if ui.button(fs.recover).clicked() {
                    out.push(file(F::Recover));
                }
                if ui.button(fs.discard).clicked() {
                    out.push(file(F::DiscardRecovery));
                }
            });
        });
    } else if let Some(err) = &files.open_error {
        egui::Modal::new(egui::Id::unique("files-open-error")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(fs.cannot_open);
            ui.label(RichText::new(err.path.display().to_string()).monospace());
            ui.label(&err.message);
            ui.horizontal(|ui| {
                if let Some(b) = &err.backup
                    && ui.button(fs.open_backup).clicked()
                {
                    out.push(file(F::OpenBackup {
                        backup: b.clone(),
                        original: err.path.clone(),
                    }));
                }
                if ui.button(lang.tr().close).clicked() || ui.input(|i| i.key_pressed(Key::Escape))
                {
                    out.push(file(F::DismissOpenError));
                }
            });
        });
    } else if let Some(summary) = &files.import_report {
        out.extend(super::report::show(ctx, lang, summary));
    }
    out
}

/// Dims the window and says what dropping will do, while files are dragged over it.
fn drop_hint(ctx: &egui::Context, text: &str) {
    let layer = egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("files-drop"));
    let painter = ctx.layer_painter(layer);
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}
