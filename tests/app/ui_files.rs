//! Headless tests of projects in the real app (egui_kittest, scripted dialogs, temp folders):
//! save and reopen, damaged files and backups, the unsaved-changes prompt, the recent list and
//! autosave/recovery.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use vigie::ui::VigieApp;
use vigie::workspace::Command;
use vigie::workspace::command::FileCommand;
use vigie::workspace::effects::recent::Recent;
use vigie::workspace::effects::recovery::Places;

use crate::files_common::*;

#[test]
fn a_saved_project_reopens_with_its_articles_and_tags() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("ia.vigie");
    let mut h = seeds_app(
        dir.path(),
        Scripted {
            save: Some(file.clone()),
            ..Scripted::default()
        },
    );
    let tag = tag_first_article(&mut h);
    assert!(h.state().project.is_dirty());
    assert!(h.state().window_title().starts_with("• "));
    // Never saved: Ctrl+S asks where (the scripted dialog answers).
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run_steps(2);
    assert!(file.is_file());
    assert!(!h.state().project.is_dirty());
    assert_eq!(h.state().project.name(), "ia");
    assert_eq!(h.state().window_title(), "ia — Vigie");
    let before = titles(h.state());

    // A new app opens it through the app's own browser (File ▸ Open with Vigie's browser…).
    let mut h2 = seeds_app(dir.path(), Scripted::default());
    h2.get_by_label("File").click();
    h2.run_steps(2);
    h2.get_by_label("Open with Vigie’s browser… Ctrl+Shift+O")
        .click();
    // A window is drawn invisibly on its first frame (sizing), then shown.
    h2.run_steps(3);
    browse_to(&mut h2, dir.path());
    h2.get_by_label("🗋 ia.vigie").click();
    h2.run_steps(1);
    h2.get_by_label("Open").click();
    h2.run_steps(1);
    settle(&mut h2);
    let app = h2.state();
    assert_eq!(app.project.path(), Some(file.as_path()));
    assert_eq!(titles(app), before);
    let t = &app.project.book().tags[0];
    assert_eq!((t.start, t.end, &t.quote), (tag.start, tag.end, &tag.quote));
    assert!(!t.orphan);
    assert!(!app.project.is_dirty());
    // The list counts the tag.
    h2.get_by_label_contains(" · 1 tag\n");
}

#[test]
fn a_damaged_project_shows_the_error_changes_nothing_and_offers_the_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("p.vigie");
    let mut p = vigie::project::Project::with_seeds("p");
    p.save_as(&file).expect("save");
    p.set_name("second");
    p.save_as(&file)
        .expect("save again: the first becomes the backup");
    let damaged = b"{\"format\": \"vigie-project\", \"version\": 2, oops}".to_vec();
    std::fs::write(&file, &damaged).expect("write");

    let mut h = seeds_app(dir.path(), Scripted::default());
    apply(&mut h, Command::File(FileCommand::OpenPath(file.clone())));
    h.get_by_label("Cannot open this project");
    h.get_by_label_contains("damaged");
    assert_eq!(std::fs::read(&file).expect("read"), damaged);
    // Still on the seeds.
    assert_eq!(h.state().project.path(), None);

    h.get_by_label("Open the backup").click();
    h.run_steps(1);
    settle(&mut h);
    let app = h.state();
    assert!(app.files.open_error.is_none());
    assert_eq!(app.project.name(), "p");
    assert_eq!(app.project.path(), Some(file.as_path()));
    assert_eq!(app.docs.len(), 5);
    // The backup is unsaved work for the damaged file: saving is offered.
    assert!(app.project.is_dirty());
    assert_eq!(std::fs::read(&file).expect("read"), damaged);

    // Without a backup: the message, and no button.
    let other = dir.path().join("alone.vigie");
    std::fs::write(&other, b"").expect("write");
    apply(&mut h, Command::File(FileCommand::OpenPath(other)));
    // The backup opened as unsaved work: first asked whether to save it.
    h.get_by_label("Unsaved changes");
    h.get_by_label("Don't save").click();
    h.run_steps(2);
    h.get_by_label_contains("empty or cut short");
    assert!(h.query_by_label("Open the backup").is_none());
    h.get_by_label("Close").click();
    h.run_steps(2);
    assert!(h.state().files.open_error.is_none());
}

fn request_close(h: &mut Harness<'static, VigieApp>) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run_steps(1);
}

fn asked_to_cancel_close(h: &Harness<'static, VigieApp>) -> bool {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::CancelClose))
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = seeds_app(dir.path(), Scripted::default());
    // Nothing to save: the window closes without a word.
    request_close(&mut h);
    assert!(!asked_to_cancel_close(&h));
    assert!(h.query_by_label("Unsaved changes").is_none());

    tag_first_article(&mut h);
    request_close(&mut h);
    assert!(asked_to_cancel_close(&h));
    h.run_steps(1);
    h.get_by_label("Unsaved changes");
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(h.query_by_label("Unsaved changes").is_none());
    assert!(!h.state().files.allow_close);

    // Save with no file chosen (the dialog is cancelled): the window stays.
    request_close(&mut h);
    h.run_steps(1);
    h.get_by_label("Save").click();
    h.run_steps(2);
    assert!(!h.state().files.allow_close);

    // Ctrl+Q asks the same; "Don't save" closes.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    h.run_steps(2);
    h.get_by_label("Don't save").click();
    h.run_steps(1);
    assert!(h.state().files.allow_close);
    h.run_steps(1);
    request_close(&mut h);
    assert!(!asked_to_cancel_close(&h));
}

#[test]
fn the_recent_list_survives_restarts_and_a_damaged_list_is_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("r.vigie");
    let mut h = seeds_app(dir.path(), Scripted::default());
    apply(&mut h, Command::File(FileCommand::SaveTo(file.clone())));
    assert!(file.is_file());

    // A new app (same user folders) lists it under File › Open recent.
    let mut h2 = seeds_app(dir.path(), Scripted::default());
    assert_eq!(h2.state().files.recent.paths, vec![file.clone()]);
    h2.get_by_label("File").click();
    h2.run_steps(2);
    h2.get_by_label("Open recent").click();
    h2.run_steps(2);
    h2.get_by_label(&file.display().to_string()).click();
    h2.run_steps(1);
    settle(&mut h2);
    assert_eq!(h2.state().project.path(), Some(file.as_path()));

    // A project that is gone: the error, and it leaves the list.
    std::fs::remove_file(&file).expect("rm");
    apply(&mut h2, Command::File(FileCommand::OpenPath(file.clone())));
    h2.get_by_label("Cannot open this project");
    assert!(h2.state().files.recent.paths.is_empty());
    let places = Places::in_dir(&dir.path().join("user"));
    assert!(Recent::load(&places.recent_file()).paths.is_empty());

    // A damaged list: empty, no crash; the menu says so.
    std::fs::write(places.recent_file(), b"\x00\xffnot json").expect("write");
    assert_eq!(Recent::load(&places.recent_file()), Recent::default());
    let mut h3 = seeds_app(dir.path(), Scripted::default());
    h3.get_by_label("File").click();
    h3.run_steps(2);
    h3.get_by_label("Open recent").click();
    h3.run_steps(2);
    h3.get_by_label("No recent project");
}

#[test]
fn autosave_writes_a_recovery_file_that_is_offered_and_reopens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let places = Places::in_dir(&dir.path().join("user"));
    let recovery = places.recovery_file(None);
    let mut h = seeds_app(dir.path(), Scripted::default());
    h.state_mut().ws.files.autosave_every = 0.0;
    h.run_steps(2);
    assert!(!recovery.exists(), "nothing to save yet");
    let tag = tag_first_article(&mut h);
    h.run_steps(2);
    assert!(recovery.is_file());

    // The next start offers it.
    let mut h2 = harness(VigieApp::startup(
        files(dir.path(), Scripted::default()),
        None,
    ));
    h2.get_by_label("Recover unsaved work?");
    h2.get_by_label("Recover").click();
    h2.run_steps(1);
    settle(&mut h2);
    let app = h2.state();
    assert_eq!(
        app.project.path(),
        None,
        "a recovery never becomes the project file"
    );
    assert!(app.project.is_dirty());
    assert_eq!(app.docs.len(), 5);
    let t = &app.project.book().tags[0];
    assert_eq!((t.start, t.end, &t.quote), (tag.start, tag.end, &tag.quote));

    // Discarding it deletes it: the start after that offers nothing.
    let mut h3 = harness(VigieApp::startup(
        files(dir.path(), Scripted::default()),
        None,
    ));
    h3.get_by_label("Discard").click();
    h3.run_steps(2);
    assert!(!recovery.exists());
    assert!(h3.state().project.book().tags.is_empty());
    let h4 = harness(VigieApp::startup(
        files(dir.path(), Scripted::default()),
        None,
    ));
    assert!(h4.query_by_label("Recover unsaved work?").is_none());
}

/// The same project gives the same bytes from the app's exports and from `vigie chart` /
/// `vigie export`, and every view names its articles the same way (one title, `<br>` read as
/// a dash).
#[test]
fn the_app_and_the_command_line_export_the_same_bytes_and_titles() {
    use vigie::project::{ChartFilters, ChartSpec, Project};
    use vigie::workspace::command::ExportKind;
    use vigie::workspace::command::{ChartFormat, ChartsCommand};
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("br.txt");
    let text = "OpenAI lève des fonds <br> Nvidia suit\n\nOpenAI a levé 6,6 milliards de dollars \
                auprès de Microsoft et Nvidia, selon Reuters.\n";
    std::fs::write(&article, text).expect("article");
    let file = dir.path().join("same.vigie");
    let mut p = Project::with_seeds("same");
    p.add_article_file(&article, text).expect("added");
    p.edit(|b| {
        b.charts.push(ChartSpec {
            name: "Top".into(),
            figure_kind: vigie::extract::FigureKind::Money,
            currency: Some("EUR".into()),
            filters: ChartFilters {
                role: Some(vigie::extract::Role::Valuation),
                ..ChartFilters::default()
            },
            rates: None,
        })
    });
    p.save_as(&file).expect("saved");

    let cli = |args: &[&str], out: &std::path::Path| {
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_vigie"))
            .args(args)
            .arg("--project")
            .arg(&file)
            .arg("--out")
            .arg(out)
            .output()
            .expect("runs");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        std::fs::read(out).expect("written")
    };
    let out = |name: &str| dir.path().join(name);
    let cli_csv = cli(&["chart", "--name", "Top", "--lang", "fr"], &out("cli.csv"));
    let cli_svg = cli(&["chart", "--name", "Top", "--lang", "fr"], &out("cli.svg"));
    let cli_figures = cli(
        &[
            "export", "--format", "csv", "--what", "figures", "--lang", "fr",
        ],
        &out("cli_figures.csv"),
    );

    let mut h = seeds_app(dir.path(), Scripted::default());
    apply(&mut h, Command::File(FileCommand::OpenPath(file.clone())));
    settle(&mut h);
    apply(&mut h, Command::SetLang(vigie::i18n::Lang::Fr));
    apply(&mut h, Command::Charts(ChartsCommand::Load("Top".into())));
    for (format, name) in [(ChartFormat::Csv, "app.csv"), (ChartFormat::Svg, "app.svg")] {
        apply(
            &mut h,
            Command::File(FileCommand::ExportChartTo(format, out(name))),
        );
    }
    let figures = FileCommand::ExportTo(ExportKind::FiguresCsv, out("app_figures.csv"));
    apply(&mut h, Command::File(figures));
    let read = |name: &str| std::fs::read(out(name)).expect("exported by the app");
    // Compared as text so that a failure shows the lines that differ.
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    assert!(String::from_utf8_lossy(&cli_csv).contains("OpenAI"));
    assert_eq!(text(&read("app.csv")), text(&cli_csv), "chart CSV");
    assert_eq!(read("app.csv"), cli_csv, "chart CSV bytes");
    assert_eq!(text(&read("app.svg")), text(&cli_svg), "chart SVG");
    assert_eq!(read("app.svg"), cli_svg, "chart SVG bytes");
    assert_eq!(
        text(&read("app_figures.csv")),
        text(&cli_figures),
        "figures CSV"
    );
    assert_eq!(read("app_figures.csv"), cli_figures, "figures CSV bytes");

    let app_titles = titles(h.state());
    let (articles, problems, _) = vigie::workspace::headless::read_project(
        &Project::open(&file).expect("opens"),
        &vigie::extract::Lexicon::builtin(),
    );
    assert!(problems.is_empty(), "{problems:?}");
    let cli_titles: Vec<String> = articles.iter().map(|a| a.title().to_string()).collect();
    assert_eq!(app_titles, cli_titles);
    let loaded =
        vigie::workspace::headless::from_project(&file, false, &vigie::extract::Lexicon::builtin())
            .expect("loads");
    let chart_titles: Vec<String> = loaded
        .corpus
        .articles
        .iter()
        .map(|a| a.title.clone())
        .collect();
    assert_eq!(app_titles, chart_titles);
    assert!(
        app_titles.contains(&"OpenAI lève des fonds — Nvidia suit".to_string()),
        "{app_titles:?}"
    );
}
