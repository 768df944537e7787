//! One actor whatever the language of the article: "États-Unis" in a French article and
//! "United States" in an English one are one actor in the mentions panel, the chart and the
//! exports, shown under the interface language's name.

use crate::common::harness;
use egui_kittest::kittest::Queryable as _;
use vigie::corpus::Document;
use vigie::i18n::Lang;
use vigie::ui::VigieApp;
use vigie::workspace::Command;

fn mixed() -> VigieApp {
    VigieApp::new(vec![
        Document::new(
            "fr.txt".into(),
            "Les États-Unis investiront 40 milliards de dollars dans des centres de données, \
             a annoncé la Maison Blanche lundi."
                .into(),
        ),
        Document::new(
            "en.txt".into(),
            "The United States will spend $12 billion on chip plants, the White House said on \
             Monday. The money goes to factories in Arizona."
                .into(),
        ),
    ])
}

#[test]
fn one_actor_across_languages_named_in_the_interface_language() {
    let mut h = harness(mixed());
    for d in &h.state().docs {
        let names: Vec<&str> = d
            .extraction
            .entities
            .iter()
            .map(|e| e.canonical.as_str())
            .collect();
        assert!(names.contains(&"États-Unis"), "{}: {names:?}", d.doc.path);
        assert!(!names.contains(&"United States"), "{names:?}");
    }
    h.state_mut()
        .apply(Command::ShowMentions("États-Unis".into()));
    h.run_steps(3);
    let panel = h.state().mentions_panel.as_ref().expect("panel");
    assert_eq!(panel.total, 2, "one mention in each article");
    // English interface: the English name; French interface: the canonical one.
    h.get_by_label("Mentions of United States");
    h.state_mut().apply(Command::SetLang(Lang::Fr));
    h.run_steps(3);
    h.get_by_label("Mentions de États-Unis");
    // The chart: one bar summing both articles.
    let chart = h.state_mut().ws.chart().clone();
    let bars: Vec<&str> = chart.bars.iter().map(|b| b.actor.as_str()).collect();
    assert_eq!(
        bars.iter().filter(|a| **a == "États-Unis").count(),
        1,
        "{bars:?}"
    );
}
