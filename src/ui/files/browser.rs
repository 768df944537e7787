//! The app's own file browser (the `egui_file` crate), shown for any file action when there is
//! no native dialog: it opens on what the workspace asks (`Files::browse`: for what, which
//! folder, which file name) and answers with the command the native dialog would have led to
//! (which closes it), or closes it.
//! Its state (folder shown, selection, name typed) is the window's, not the workspace's.

use crate::corpus::SUPPORTED_EXTENSIONS;
use crate::i18n::Lang;
use crate::workspace::command::{BrowseKind, Command, FileCommand as F};
use crate::workspace::state::BrowseRequest;
use egui_file::{FileDialog, State};
use std::path::{Path, PathBuf};

/// The browser being shown, and the request it answers.
#[derive(Default)]
pub struct Browser {
    shown: Option<(BrowseRequest, FileDialog)>,
    /// A name to save to that is already taken: the file and the answer waiting for
    /// "replace it?".
    replace: Option<(PathBuf, F)>,
}

impl std::fmt::Debug for Browser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Browser")
            .field("request", &self.shown.as_ref().map(|(r, _)| r))
            .finish()
    }
}

/// The extensions a file must have to be listed and picked (`None`: any, folders only shown).
fn extensions(kind: &BrowseKind) -> Option<Vec<&'static str>> {
    Some(match kind {
        BrowseKind::Open | BrowseKind::SaveTo => vec!["vigie"],
        BrowseKind::AddFiles => SUPPORTED_EXTENSIONS.to_vec(),
        BrowseKind::ImportQdpx => vec!["qdpx"],
        BrowseKind::ImportCodebook => vec!["csv", "qdc"],
        BrowseKind::Export(k) => vec![k.ext()],
        BrowseKind::ExportChart(f) => vec![f.ext()],
        BrowseKind::Add | BrowseKind::QdpxFolder(_) => return None,
    })
}

/// The file a save answer `p` writes (its extension added when missing, as the workspace
/// does), for the kinds that save.
fn written(kind: &BrowseKind, p: &Path) -> Option<PathBuf> {
    let ext = match kind {
        BrowseKind::SaveTo => "vigie",
        BrowseKind::Export(k) => k.ext(),
        BrowseKind::ExportChart(f) => f.ext(),
        _ => return None,
    };
    if has_ext(p, &[ext]) {
        return Some(p.to_path_buf());
    }
    let mut s = p.as_os_str().to_owned();
    s.push(".");
    s.push(ext);
    Some(PathBuf::from(s))
}

fn has_ext(name: &Path, exts: &[&str]) -> bool {
    name.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| exts.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// A browser for `request`, in the interface language.
fn dialog(request: &BrowseRequest, lang: Lang) -> FileDialog {
    let s = lang.browser();
    let kind = &request.kind;
    let named;
    let (mut d, title) = match kind {
        BrowseKind::Open => (FileDialog::open_file(), s.open_project),
        BrowseKind::SaveTo => (FileDialog::save_file(), s.save_project),
        BrowseKind::Add => (FileDialog::select_folder(), s.add_folder),
        BrowseKind::AddFiles => (FileDialog::open_file().multi_select(true), s.add_files),
        BrowseKind::Export(_) => (FileDialog::save_file(), s.export),
        BrowseKind::ExportChart(_) => (FileDialog::save_file(), s.export_chart),
        BrowseKind::ImportQdpx => (FileDialog::open_file(), s.import_qdpx),
        BrowseKind::ImportCodebook => (FileDialog::open_file(), s.import_codebook),
        BrowseKind::QdpxFolder(archive) => {
            let stem = archive.file_stem().unwrap_or_default().to_string_lossy();
            named = format!("{} — {stem}.vigie", s.qdpx_folder);
            (FileDialog::select_folder(), named.as_str())
        }
    };
    let folder = matches!(kind, BrowseKind::Add | BrowseKind::QdpxFolder(_));
    let saving = matches!(
        kind,
        BrowseKind::SaveTo | BrowseKind::Export(_) | BrowseKind::ExportChart(_)
    );
    if folder {
        // Folders only (the browser always lists them).
        d = d.show_files_filter(Box::new(|_: &Path| false));
    }
    if let Some(exts) = extensions(kind) {
        let listed = exts.clone();
        d = d.show_files_filter(Box::new(move |p: &Path| has_ext(p, &listed)));
        if !saving {
            // A file to read must be of the kind asked; a name to save to gets its
            // extension added by the workspace.
            d = d.filename_filter(Box::new(move |n: &str| has_ext(Path::new(n), &exts)));
        }
    }
    d.id(egui::Id::unique("vigie-file-browser"))
        .title(title)
        .initial_path(request.dir.clone())
        .default_filename(request.name.clone())
        .default_size(egui::vec2(640.0, 480.0))
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .keep_on_top(true)
        .show_rename(false)
        .show_new_folder(saving || folder)
        .open_button_text(if folder { s.choose } else { s.open }.into())
        .save_button_text(s.save.into())
        .cancel_button_text(s.cancel.into())
        .new_folder_button_text(s.new_folder.into())
        .new_folder_name_text(s.new_folder_name.into())
        .rename_button_text(s.rename.into())
        .refresh_button_hover_text(s.refresh.into())
        .parent_folder_button_hover_text(s.parent.into())
        .file_label_text(s.file.into())
        .show_hidden_checkbox_text(s.show_hidden.into())
}

/// The command the browser's answer `paths` leads to (`None`: nothing usable was chosen).
fn answer(kind: &BrowseKind, mut paths: Vec<PathBuf>) -> Option<F> {
    if paths.is_empty() {
        return None;
    }
    if matches!(kind, BrowseKind::AddFiles | BrowseKind::Add) {
        return Some(F::AddPaths(paths));
    }
    let p = paths.swap_remove(0);
    Some(match kind.clone() {
        BrowseKind::Open => F::OpenPath(p),
        BrowseKind::SaveTo => F::SaveTo(p),
        BrowseKind::Export(k) => F::ExportTo(k, p),
        BrowseKind::ExportChart(f) => F::ExportChartTo(f, p),
        BrowseKind::ImportQdpx => F::ImportQdpxFrom(p),
        BrowseKind::ImportCodebook => F::ImportCodebookFrom(p),
        BrowseKind::QdpxFolder(archive) => F::ImportQdpxInto { archive, folder: p },
        BrowseKind::Add | BrowseKind::AddFiles => unreachable!("answered above"),
    })
}

impl Browser {
    /// Shows the browser while the workspace asks `request` (a new request opens a new
    /// browser); what it answers, or its closing, as commands.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        lang: Lang,
        request: Option<&BrowseRequest>,
    ) -> Vec<Command> {
        let Some(request) = request else {
            self.shown = None;
            self.replace = None;
            return Vec::new();
        };
        if self.shown.as_ref().is_none_or(|(r, _)| r != request) {
            let mut d = dialog(request, lang);
            d.open();
            self.shown = Some((request.clone(), d));
            self.replace = None;
        }
        if self.replace.is_some() {
            return self.ask_replace(ctx, lang);
        }
        let Some((request, d)) = &mut self.shown else {
            return Vec::new();
        };
        d.show(ctx);
        let mut out = Vec::new();
        match d.state() {
            State::Open => {}
            State::Selected => {
                let mut paths: Vec<PathBuf> =
                    d.selection().into_iter().map(Path::to_path_buf).collect();
                if paths.is_empty() {
                    paths.extend(d.path().map(Path::to_path_buf));
                }
                let taken = paths
                    .first()
                    .and_then(|p| written(&request.kind, p))
                    .filter(|p| p.exists());
                // The answer closes the browser in the workspace; nothing usable closes it too.
                let answered = answer(&request.kind, paths).unwrap_or(F::CloseBrowser);
                match taken {
                    Some(file) => self.replace = Some((file, answered)),
                    None => {
                        out.push(Command::File(answered));
                        self.shown = None;
                    }
                }
            }
            State::Cancelled | State::Closed => {
                out.push(Command::File(F::CloseBrowser));
                self.shown = None;
            }
        }
        out
    }

    /// "Replace it?" for a name already taken: Replace answers, Cancel (or Esc) goes back to
    /// the browser.
    fn ask_replace(&mut self, ctx: &egui::Context, lang: Lang) -> Vec<Command> {
        let s = lang.browser();
        let mut out = Vec::new();
        let mut back = false;
        if let Some((file, answered)) = &self.replace {
            egui::Modal::new(egui::Id::unique("browser-replace")).show(ctx, |ui| {
                ui.heading(s.replace_title);
                ui.label(egui::RichText::new(file.display().to_string()).monospace());
                ui.label(s.replace_body);
                ui.horizontal(|ui| {
                    if ui.button(s.replace).clicked() {
                        out.push(Command::File(answered.clone()));
                    }
                    if ui.button(s.cancel).clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Escape))
                    {
                        back = true;
                    }
                });
            });
        }
        if !out.is_empty() {
            self.shown = None;
            self.replace = None;
        } else if back {
            self.replace = None;
            if let Some((_, d)) = &mut self.shown {
                d.open();
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::command::ExportKind;

    #[test]
    fn answers_become_the_commands_of_the_native_dialogs() {
        let p = PathBuf::from("/t/a.qdpx");
        assert_eq!(
            answer(&BrowseKind::ImportQdpx, vec![p.clone()]),
            Some(F::ImportQdpxFrom(p.clone()))
        );
        assert_eq!(
            answer(&BrowseKind::QdpxFolder(p.clone()), vec!["/t".into()]),
            Some(F::ImportQdpxInto {
                archive: p,
                folder: "/t".into()
            })
        );
        assert_eq!(
            answer(&BrowseKind::AddFiles, vec!["/a.txt".into(), "/b.md".into()]),
            Some(F::AddPaths(vec!["/a.txt".into(), "/b.md".into()]))
        );
        assert_eq!(
            answer(&BrowseKind::Export(ExportKind::TagsCsv), vec![]),
            None
        );
        assert!(has_ext(Path::new("x.QDPX"), &["qdpx"]));
        assert!(!has_ext(Path::new("x.qdpx.txt"), &["qdpx"]));
    }
}
