//! Headless tests of the Charts view (egui_kittest) on the bundled seeds: open it, click a bar
//! and read the sentences behind it, jump to one in the reader, save the chart in the project
//! and get it back, export it through the app's own file browser.

use egui::accesskit::Role;
use egui::{Event, Modifiers, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use vigie::ui::VigieApp;

use crate::common::harness;

fn open_charts() -> Harness<'static, VigieApp> {
    let mut h = harness(VigieApp::with_seeds());
    h.get_by_label("Charts").click();
    h.run_steps(4);
    assert!(h.state().charts.open);
    h
}

fn click_at(h: &mut Harness<'static, VigieApp>, pos: egui::Pos2) {
    h.event(Event::PointerMoved(pos));
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.run_steps(1);
    }
    h.run_steps(2);
}

#[test]
fn the_money_chart_shows_spend_by_default_and_one_role_at_a_time() {
    let mut h = open_charts();
    let spend: Vec<String> = h
        .state()
        .view
        .bar_rects
        .iter()
        .map(|(a, _)| a.clone())
        .collect();
    assert!(spend.contains(&"Stargate".to_string()), "{spend:?}");
    // OpenAI is in the seeds for its valuation, not for what it spends.
    assert!(!spend.contains(&"OpenAI".to_string()), "{spend:?}");
    h.get_by_label("Money spent and committed per actor");
    h.get_by_label("valuation").click();
    h.run_steps(4);
    let valued: Vec<String> = h
        .state()
        .view
        .bar_rects
        .iter()
        .map(|(a, _)| a.clone())
        .collect();
    assert!(valued.contains(&"OpenAI".to_string()), "{valued:?}");
    assert!(!valued.contains(&"Stargate".to_string()), "{valued:?}");
    // The default title follows the role.
    assert_eq!(h.state().charts.spec.name, "Valuation per actor");
}

#[test]
fn the_bar_view_writes_the_chart_s_title_line_actor_list_and_footer_in_the_app_s_language() {
    use vigie::chart::scale::{number, scale};
    use vigie::chart::text::{describe_filters, footer_notes, title_line};
    use vigie::i18n::Lang;
    let mut h = open_charts();
    for lang in [Lang::En, Lang::Fr] {
        h.state_mut().ws.lang = lang;
        h.run_steps(4);
        let chart = h.state_mut().ws.chart().clone();
        assert!(!chart.bars.is_empty());
        let sc = scale(chart.kind, &chart.unit, chart.max_value(), lang);
        h.get_by_label(&title_line(&chart, &sc.label, lang));
        h.get_by_label(&describe_filters(&chart, lang));
        for line in footer_notes(&chart, lang) {
            h.get_by_label(&line);
        }
        for b in &chart.bars {
            let value = format!("{} {}", number(b.value / sc.div, lang), sc.label);
            h.get_by_label_contains(&format!("{} — {value}", b.label));
        }
    }
}

#[test]
fn clicking_a_bar_lists_its_claims_and_sentences_and_one_jumps_to_the_reader() {
    let mut h = open_charts();
    h.get_by_label("valuation").click();
    h.run_steps(4);
    let rects = h.state().view.bar_rects.clone();
    let actors: Vec<&str> = rects.iter().map(|(a, _)| a.as_str()).collect();
    for a in ["OpenAI", "Anthropic", "Mistral AI"] {
        assert!(actors.contains(&a), "{a} in {actors:?}");
    }
    let (_, rect) = rects
        .iter()
        .find(|(a, _)| a == "OpenAI")
        .expect("OpenAI bar");
    click_at(&mut h, rect.center());
    assert_eq!(h.state().charts.selected.as_deref(), Some("OpenAI"));
    h.get_by_label_contains("Figures behind OpenAI");
    h.get_by_label_contains("Claim 1 ·");
    let sentence = "La start-up américaine Anthropic est valorisée à 183 milliards de dollars, \
                    tandis qu'OpenAI pourrait l'être à environ 500 milliards de dollars.";
    h.get_by_label(sentence).click();
    h.run_steps(6);
    assert!(!h.state().charts.open, "back in the reader");
    let doc = &h.state().docs[h.state().selected.expect("an article")];
    assert!(doc.doc.text.contains(sentence));
}

#[test]
fn a_saved_chart_keeps_its_filters_and_comes_back() {
    let mut h = open_charts();
    h.get_by_label("Log scale").click();
    h.run_steps(2);
    let name = h.get_by_label("Chart name");
    name.focus();
    name.type_text(" (log)");
    h.run_steps(2);
    h.get_by_label("Save chart").click();
    h.run_steps(2);
    let saved = h.state().project.book().charts.clone();
    assert_eq!(saved.len(), 1);
    assert!(saved[0].filters.log_scale);
    assert_eq!(saved[0].name, "Money spent and committed per actor (log)");
    // Another chart, then the saved one again.
    h.get_by_label("Chips").click();
    h.run_steps(2);
    assert_ne!(h.state().charts.spec, saved[0]);
    h.get_by_role_and_label(Role::Button, "Money spent and committed per actor (log)")
        .click();
    h.run_steps(2);
    assert_eq!(h.state().charts.spec, saved[0]);
    // Saving is an undo step like any other.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert!(h.state().project.book().charts.is_empty());
}

#[test]
fn export_without_a_dialog_goes_through_the_app_file_browser() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("money.png");
    let mut h = open_charts();
    h.get_by_label("PNG").click();
    h.run_steps(3);
    // No system dialog in tests: the app's file browser opens, the chart's name offered.
    let req = h.state().files.browse.clone().expect("the file browser");
    assert!(req.name.ends_with(".png"), "{}", req.name);
    crate::files_common::browse_to(&mut h, dir.path());
    crate::files_common::retype(&mut h, &req.name, "money");
    h.get_by_label("Save").click();
    h.run_steps(3);
    let png = std::fs::read(&out).expect("written");
    let img = resvg::tiny_skia::Pixmap::decode_png(&png).expect("a PNG");
    assert_eq!(img.width(), 1600);
    let status = h.state().status.clone().expect("status");
    assert!(
        !status.error && status.text.contains("money.png"),
        "{status:?}"
    );
}

#[test]
fn the_chart_over_time_draws_and_exports_by_quarter() {
    let mut h = open_charts();
    h.get_by_label("By quarter").click();
    h.run_steps(4);
    assert_eq!(
        h.state().charts.by,
        Some(vigie::chart::timeline::Period::Quarter)
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("t.csv");
    h.state_mut().apply(vigie::workspace::Command::File(
        vigie::workspace::command::FileCommand::ExportChartTo(
            vigie::workspace::command::ChartFormat::Csv,
            out.clone(),
        ),
    ));
    let csv = std::fs::read_to_string(&out).expect("exported");
    assert!(csv.starts_with("actor,period,value,unit"), "{csv}");
    assert!(csv.contains("-Q"), "{csv}");
    h.get_by_label("Per actor").click();
    h.run_steps(4);
    assert_eq!(h.state().charts.by, None);
    assert!(!h.state().view.bar_rects.is_empty(), "bars again");
}

#[test]
fn who_backs_whom_lists_the_flows_and_exports_them() {
    let mut h = open_charts();
    h.get_by_label("Who backs whom").click();
    h.run_steps(4);
    assert!(h.state().charts.flows);
    let flows = h.state().charts.cached_flows().to_vec();
    assert!(
        flows
            .iter()
            .any(|f| f.backer == "ASML" && f.recipient == "Mistral AI"),
        "{flows:?}"
    );
    h.get_by_label("Mistral AI");
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("f.csv");
    h.state_mut().apply(vigie::workspace::Command::File(
        vigie::workspace::command::FileCommand::ExportChartTo(
            vigie::workspace::command::ChartFormat::Csv,
            out.clone(),
        ),
    ));
    let csv = std::fs::read_to_string(&out).expect("exported");
    assert!(
        csv.starts_with("backer,recipient,value,unit,claims"),
        "{csv}"
    );
    assert!(csv.contains("ASML,Mistral AI,"), "{csv}");
    // A click on a name goes back to the bars, that actor selected.
    h.get_by_label("ASML").click();
    h.run_steps(4);
    assert!(!h.state().charts.flows);
    assert_eq!(h.state().charts.selected.as_deref(), Some("ASML"));
}
