//! Headless test of the codebook exchanged alone through the File menu: exported for Taguette
//! (CSV) and as a REFI-QDA `.qdc` (and the passages report as HTML), then imported into a new project in one undoable step.

use crate::common::harness;
use egui_kittest::kittest::Queryable as _;
use std::path::{Path, PathBuf};
use vigie::ui::VigieApp;
use vigie::workspace::Command;
use vigie::workspace::effects::Files;
use vigie::workspace::effects::dialogs::Dialogs;
use vigie::workspace::effects::recovery::Places;

/// A system dialog that answers every file question with the next scripted path.
#[derive(Default)]
struct Answers(Vec<PathBuf>);

impl Dialogs for Answers {
    fn open_project(&mut self) -> Option<PathBuf> {
        None
    }
    fn save_project_as(&mut self, _: &str, _: Option<&Path>) -> Option<PathBuf> {
        None
    }
    fn open_folder(&mut self) -> Option<PathBuf> {
        None
    }
    fn add_files(&mut self) -> Option<Vec<PathBuf>> {
        None
    }
    fn open_file(&mut self, _: &str) -> Option<PathBuf> {
        (!self.0.is_empty()).then(|| self.0.remove(0))
    }
    fn export_file(&mut self, _: &str, _: &str) -> Option<PathBuf> {
        (!self.0.is_empty()).then(|| self.0.remove(0))
    }
}

fn menu(h: &mut egui_kittest::Harness<'static, VigieApp>, sub: &str, item: &str) {
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label(sub).hover();
    h.run_steps(2);
    h.get_by_label(item).click();
    h.run_steps(3);
}

fn theme_names(app: &VigieApp) -> Vec<String> {
    let mut v: Vec<String> = app
        .project
        .book()
        .themes
        .iter()
        .map(|t| t.name.clone())
        .collect();
    v.sort();
    v
}

#[test]
fn the_codebook_goes_to_taguette_and_qdc_and_comes_back_into_a_new_project() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (csv, qdc) = (dir.path().join("codes.csv"), dir.path().join("codes.qdc"));
    let report = dir.path().join("report.html");
    let mut app = VigieApp::with_seeds();
    for (name, rgb) in [("Puces", (1, 2, 3)), ("Énergie", (4, 5, 6))] {
        app.apply(Command::Edit(vigie::workspace::edit::Edit::CreateTheme {
            name: name.into(),
            color: vigie::project::Rgb(rgb.0, rgb.1, rgb.2),
            parent: None,
        }));
    }
    app.ws.files = Files::with(
        Box::new(Answers(vec![
            csv.clone(),
            qdc.clone(),
            report.clone(),
            csv.clone(),
        ])),
        Places::in_dir(&dir.path().join("user")),
    );
    let mut h = harness(app);
    let before = theme_names(h.state());
    assert_eq!(before.len(), 2);

    menu(&mut h, "Export", "Codebook for Taguette (.csv)…");
    let text = std::fs::read_to_string(&csv).expect("csv written");
    assert!(
        text.starts_with("tag,description,number of highlights"),
        "{text}"
    );
    menu(&mut h, "Export", "Codebook, REFI-QDA (.qdc)…");
    assert!(
        std::fs::read_to_string(&qdc)
            .expect("qdc")
            .contains("urn:QDA-XML:codebook:1.0")
    );

    menu(
        &mut h,
        "Export",
        "Report: passages by theme and co-occurrences (.html)…",
    );
    let page = std::fs::read_to_string(&report).expect("report written");
    assert!(page.contains("<h2>Puces (0 passages)</h2>"), "{page}");

    // A new project, then File ▸ Import ▸ Codebook: the same themes, undone in one step.
    h.state_mut()
        .apply(Command::File(vigie::workspace::command::FileCommand::New));
    h.run_steps(2);
    if h.query_by_label("Don't save").is_some() {
        h.get_by_label("Don't save").click();
        h.run_steps(3);
    }
    assert!(h.state().project.book().themes.is_empty());
    menu(
        &mut h,
        "Import",
        "Codebook (Taguette .csv or REFI-QDA .qdc)…",
    );
    assert_eq!(theme_names(h.state()), before, "{:?}", h.state().status);
    h.state_mut().apply(Command::Undo);
    h.run_steps(2);
    assert!(h.state().project.book().themes.is_empty());
}
