//! Shared set-up of the file tests: scripted dialogs, the app on the seeds with per-user
//! folders in a temp dir, waiting for background loads, typing into fields, a first tag.
#![allow(dead_code)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::path::{Path, PathBuf};
use vigie::project::{Rgb, Tag};
use vigie::ui::VigieApp;
use vigie::workspace::Command;
use vigie::workspace::edit::Edit;
use vigie::workspace::effects::Files;
use vigie::workspace::effects::dialogs::Dialogs;
use vigie::workspace::effects::recovery::Places;

pub use crate::common::harness;

/// Dialogs that answer what the test said, once each (`None`: cancelled); with `no_portal`,
/// there are none at all (the app's own browser stands in).
#[derive(Default)]
pub struct Scripted {
    pub open: Option<PathBuf>,
    pub save: Option<PathBuf>,
    pub folder: Option<PathBuf>,
    /// The file to read (`.qdpx`, codebook).
    pub file: Option<PathBuf>,
    pub no_portal: bool,
    /// The folders the dialogs were told to start in, in order.
    pub started_in: std::sync::Arc<std::sync::Mutex<Vec<PathBuf>>>,
}

impl Scripted {
    /// No native dialog at all, as under a bare X server.
    pub fn no_portal() -> Scripted {
        Scripted {
            no_portal: true,
            ..Scripted::default()
        }
    }
}

impl Dialogs for Scripted {
    fn available(&mut self) -> bool {
        !self.no_portal
    }
    fn start_in(&mut self, dir: &Path) {
        self.started_in
            .lock()
            .expect("lock")
            .push(dir.to_path_buf());
    }
    fn open_file(&mut self, _: &str) -> Option<PathBuf> {
        self.file.take()
    }
    fn open_project(&mut self) -> Option<PathBuf> {
        self.open.take()
    }
    fn save_project_as(&mut self, _: &str, _: Option<&Path>) -> Option<PathBuf> {
        self.save.take()
    }
    fn open_folder(&mut self) -> Option<PathBuf> {
        self.folder.take()
    }
    fn add_files(&mut self) -> Option<Vec<PathBuf>> {
        None
    }
}

pub fn files(dir: &Path, dialogs: Scripted) -> Files {
    Files::with(Box::new(dialogs), Places::in_dir(&dir.join("user")))
}

pub fn seeds_app(dir: &Path, dialogs: Scripted) -> Harness<'static, VigieApp> {
    let mut app = VigieApp::with_seeds();
    app.ws.files = files(dir, dialogs);
    harness(app)
}

/// Runs frames until the background load is over.
pub fn settle(h: &mut Harness<'static, VigieApp>) {
    for _ in 0..1000 {
        h.run_steps(1);
        if !h.state().files.is_busy() {
            h.run_steps(2);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the background load never finished");
}

/// Replaces the text of the field showing `value` by `text`.
pub fn retype(h: &mut Harness<'static, VigieApp>, value: &str, text: &str) {
    field(h, value).focus();
    h.run_steps(1);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run_steps(1);
    field(h, value).type_text(text);
    h.run_steps(1);
}

/// The text field showing `value`.
pub fn field<'h>(h: &'h Harness<'static, VigieApp>, value: &'h str) -> egui_kittest::Node<'h> {
    h.get(
        egui_kittest::kittest::By::new()
            .role(egui::accesskit::Role::TextInput)
            .value(value),
    )
}

/// In the app's file browser (shown for want of a native dialog): goes to the folder `dir` by
/// typing it in the browser's path field.
pub fn browse_to(h: &mut Harness<'static, VigieApp>, dir: &Path) {
    let req = h
        .state()
        .files
        .browse
        .clone()
        .expect("the file browser is asked");
    retype(
        h,
        &req.dir.display().to_string(),
        &dir.display().to_string(),
    );
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
}

/// Focuses the field labelled `label` and types `text` into it.
pub fn type_into(h: &mut Harness<'static, VigieApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run_steps(1);
    h.get_by_label(label).type_text(text);
    h.run_steps(1);
}

/// Focuses the `n`-th field labelled `label` (rows of a dialog) and types `text` into it.
pub fn type_into_nth(h: &mut Harness<'static, VigieApp>, label: &str, n: usize, text: &str) {
    h.get_all_by_label(label).nth(n).expect("field").focus();
    h.run_steps(1);
    h.get_all_by_label(label)
        .nth(n)
        .expect("field")
        .type_text(text);
    h.run_steps(1);
}

pub fn apply(h: &mut Harness<'static, VigieApp>, c: Command) {
    h.state_mut().apply(c);
    h.run_steps(2);
}

/// Creates a theme and tags chars 10..30 of the first article with it.
pub fn tag_first_article(h: &mut Harness<'static, VigieApp>) -> Tag {
    apply(
        h,
        Command::Edit(Edit::CreateTheme {
            name: "Puces".into(),
            color: Rgb(200, 40, 40),
            parent: None,
        }),
    );
    let theme = h.state().project.book().themes[0].id;
    let article = h.state().docs[0].id;
    apply(
        h,
        Command::Edit(Edit::AddTag {
            article,
            range: 10..30,
            theme,
        }),
    );
    h.state().project.book().tags[0].clone()
}

pub fn titles(app: &VigieApp) -> Vec<String> {
    app.docs.iter().map(|d| d.title().to_string()).collect()
}
