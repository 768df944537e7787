//! Headless tests of the chart's article filters: the date filter says how many undated
//! articles it leaves out (a checkbox takes them in); article attributes narrow the chart.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use vigie::corpus::Document;
use vigie::extract::{Entity, EntityKind, Extraction, Figure, FigureKind, Role};
use vigie::ui::VigieApp;
use vigie::workspace::Article;

use crate::common::harness;

/// An article of `date` (or undated) where `actor` spends 2 billion dollars.
fn article(path: &str, date: Option<&str>, actor: &str) -> Article {
    let text = format!("{actor} dépense 2 milliards de dollars.");
    let n = actor.chars().count();
    let d = Document {
        path: path.into(),
        text: text.clone(),
        title: Some(format!("Article {path}")),
        date: date.map(str::to_string),
    };
    let x = Extraction {
        entities: vec![Entity {
            text: actor.into(),
            start: 0,
            end: n,
            canonical: actor.into(),
            kind: EntityKind::Company,
        }],
        figures: vec![Figure {
            text: "2 milliards de dollars".into(),
            start: n + 9,
            end: n + 31,
            kind: FigureKind::Money,
            value: 2e9,
            value_min: None,
            value_max: None,
            unit: "USD".into(),
            actor: Some(actor.into()),
            in_totals: true,
            role: Some(Role::Spend),
            counterpart: None,
            restates: None,
        }],
    };
    Article::with_extraction(d, x)
}

fn bars(h: &Harness<'static, VigieApp>) -> Vec<String> {
    let mut names: Vec<String> = h
        .state()
        .charts
        .cached()
        .map(|c| c.bars.iter().map(|b| b.actor.clone()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn the_date_filter_counts_undated_articles_and_can_take_them_in() {
    let app = VigieApp::from_loaded(vec![
        article("a.txt", Some("2025-03-01"), "OpenAI"),
        article("b.txt", Some("2024-01-10"), "Oracle"),
        article("c.txt", None, "Mistral AI"),
        article("d.txt", None, "Nvidia"),
    ]);
    let mut h = harness(app);
    h.get_by_label("Charts").click();
    h.run_steps(4);
    assert_eq!(bars(&h), ["Mistral AI", "Nvidia", "OpenAI", "Oracle"]);
    assert!(
        h.query_by_label_contains("undated articles left out")
            .is_none()
    );

    let from = h.get_by_label("From");
    from.focus();
    from.type_text("2025-01-01");
    h.run_steps(4);
    assert_eq!(bars(&h), ["OpenAI"]);
    h.get_by_label("2 undated articles left out");

    h.get_by_label("Include undated articles").click();
    h.run_steps(4);
    assert!(h.state().charts.spec.filters.include_undated);
    assert_eq!(bars(&h), ["Mistral AI", "Nvidia", "OpenAI"]);
    h.get_by_label("2 undated articles included");
    assert!(h.query_by_label_contains("left out").is_none());
}

#[test]
fn an_article_attribute_narrows_the_chart() {
    use vigie::workspace::command::Command;
    use vigie::workspace::edit::Edit;
    let app = VigieApp::from_loaded(vec![
        article("a.txt", Some("2025-03-01"), "OpenAI"),
        article("b.txt", Some("2024-01-10"), "Oracle"),
        article("c.txt", None, "Mistral AI"),
    ]);
    let mut h = harness(app);
    let ids: Vec<_> = h
        .state()
        .project
        .book()
        .corpus
        .iter()
        .map(|a| a.id)
        .collect();
    for (id, outlet) in [(ids[0], "Reuters"), (ids[1], "AFP")] {
        h.state_mut().apply(Command::Edit(Edit::SetAttributes {
            article: id,
            attributes: vec![("outlet".into(), outlet.into())],
        }));
    }
    h.get_by_label("Charts").click();
    h.run_steps(4);
    assert_eq!(bars(&h), ["Mistral AI", "OpenAI", "Oracle"]);
    h.get_by_label("Article attributes");
    h.get_by_label_contains("outlet (0/2)").click();
    h.run_steps(2);
    h.get_by_label("AFP").click();
    h.run_steps(4);
    assert_eq!(
        h.state().charts.spec.filters.attributes,
        [("outlet".to_string(), "AFP".to_string())]
    );
    assert_eq!(bars(&h), ["Oracle"]);
    h.get_by_label("Reuters").click();
    h.run_steps(4);
    assert_eq!(bars(&h), ["OpenAI", "Oracle"]);
}
