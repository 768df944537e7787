//! Headless tests of the analyst's corrections to claims in the Charts view (egui_kittest):
//! split a mention out, merge with another claim, pick the canonical mention, undo with Ctrl+Z,
//! save and reopen; and a long list of actors that scrolls above a value axis kept in view.

use egui::{Event, Modifiers, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::collections::BTreeMap;
use vigie::chart::{Bar, Chart};
use vigie::corpus::Document;
use vigie::project::SpanKey;
use vigie::ui::VigieApp;
use vigie::workspace::Command;
use vigie::workspace::command::FileCommand;

use crate::files_common::{Scripted, apply, seeds_app, settle, type_into};

fn chart(h: &Harness<'static, VigieApp>) -> Chart {
    h.state().charts.cached().expect("a chart").clone()
}

fn totals(c: &Chart) -> BTreeMap<String, f64> {
    c.bars.iter().map(|b| (b.actor.clone(), b.value)).collect()
}

fn total(c: &Chart) -> f64 {
    c.bars.iter().map(|b| b.value).sum()
}

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
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

/// Clicks the bar of `actor`.
fn click_bar(h: &mut Harness<'static, VigieApp>, actor: &str) {
    let rect = h
        .state()
        .view
        .bar_rects
        .iter()
        .find(|(a, _)| a == actor)
        .map(|(_, r)| *r)
        .unwrap_or_else(|| panic!("no bar for {actor}"));
    click_at(h, rect.center());
    assert_eq!(h.state().charts.selected.as_deref(), Some(actor));
}

/// The bar whose sources hold this mention.
fn bar_of<'c>(c: &'c Chart, key: &SpanKey) -> &'c Bar {
    c.bars
        .iter()
        .find(|b| b.sources.iter().any(|s| s.key() == *key))
        .expect("a bar holds the mention")
}

/// The mentions of the selected bar that show a button, in the order the list shows them:
/// claims by number, mentions in order; `wanted` says which mentions have the button.
fn shown_with_button(
    bar: &Bar,
    wanted: impl Fn(&vigie::chart::Source, usize) -> bool,
) -> Vec<SpanKey> {
    let mut claims: BTreeMap<usize, Vec<&vigie::chart::Source>> = BTreeMap::new();
    for s in &bar.sources {
        claims.entry(s.claim).or_default().push(s);
    }
    claims
        .values()
        .flat_map(|list| {
            list.iter()
                .filter(|s| wanted(s, list.len()))
                .map(|s| s.key())
        })
        .collect()
}

/// Clicks the button `label` of mention `key` in the selected bar's list.
fn click_mention_button(h: &mut Harness<'static, VigieApp>, label: &str, key: &SpanKey) {
    let c = chart(h);
    let selected = h.state().charts.selected.clone().expect("a bar selected");
    let bar = c
        .bars
        .iter()
        .find(|b| b.actor == selected)
        .expect("selected bar");
    let order = if label == "Split" {
        shown_with_button(bar, |_, n| n > 1)
    } else {
        shown_with_button(bar, |s, n| n > 1 && !s.counted)
    };
    let i = order
        .iter()
        .position(|k| k == key)
        .expect("the mention has the button");
    let buttons: Vec<_> = h.get_all_by_label(label).collect();
    assert_eq!(buttons.len(), order.len(), "{label} buttons");
    buttons[i].click();
    h.run_steps(4);
}

#[test]
fn split_merge_and_canonical_from_the_claims_list_undo_save_and_reopen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::default());
    h.get_by_label("Charts").click();
    h.run_steps(4);
    let start = chart(&h);
    let before = totals(&start);
    // The seeds' spend chart: a claim reported twice in one article (the announcement, then
    // the same amount again), and other actors' claims.
    let twice = start
        .claims
        .iter()
        .find(|c| c.mentions.len() == 2)
        .expect("a claim of two mentions")
        .clone();
    let actor = bar_of(&start, &twice.mentions[0]).actor.clone();
    click_bar(&mut h, &actor);
    h.get_by_label_contains(&format!("Claim {} ·", twice.id));

    // Split: the second mention is another fact, so it counts on its own.
    click_mention_button(&mut h, "Split", &twice.mentions[1]);
    let split = chart(&h);
    assert!(near(
        split.claims.len() as f64,
        start.claims.len() as f64 + 1.0
    ));
    assert!(
        near(totals(&split)[&actor], 2.0 * before[&actor]),
        "{:?}",
        totals(&split)
    );
    // Ctrl+Z: back to the engine's claims.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(4);
    assert_eq!(totals(&chart(&h)), before);
    assert!(h.state().project.book().corrections.is_empty());

    // Merge with another actor's claim, picked from the filtered list.
    let other = start
        .claims
        .iter()
        .find(|c| c.id != twice.id && !c.label.is_empty())
        .expect("another claim")
        .clone();
    h.get_by_label("Merge with…").click();
    h.run_steps(3);
    type_into(&mut h, "Filter claims", &other.label);
    h.run_steps(2);
    h.get_by_label(&format!(
        "Claim {} · {} · « {} »",
        other.id, other.label, other.text
    ))
    .click();
    h.run_steps(4);
    let merged = chart(&h);
    assert_eq!(merged.claims.len(), start.claims.len() - 1);
    let claim = merged
        .claims
        .iter()
        .find(|c| c.mentions.contains(&twice.mentions[0]))
        .expect("the merged claim");
    assert!(claim.mentions.contains(&other.mentions[0]));
    // Counted once, at the canonical mention's amount.
    let gone = if claim.mentions[0] == twice.mentions[0] {
        other.value
    } else {
        twice.value
    };
    assert!(
        near(total(&merged), total(&start) - gone),
        "{:?}",
        totals(&merged)
    );

    // Use the other actor's mention as canonical: the claim is that actor's now.
    let holder = bar_of(&merged, &claim.mentions[0]).actor.clone();
    if h.state().charts.selected.as_deref() != Some(holder.as_str()) {
        click_bar(&mut h, &holder);
    }
    let (pick, from) = if claim.mentions[0] == twice.mentions[0] {
        (other.mentions[0].clone(), &other)
    } else {
        (twice.mentions[0].clone(), &twice)
    };
    click_mention_button(&mut h, "Use as canonical", &pick);
    let picked = chart(&h);
    assert!(near(
        total(&picked),
        total(&start) - (twice.value + other.value) + from.value
    ));
    let c = picked
        .claims
        .iter()
        .find(|c| c.mentions[0] == pick)
        .expect("counted from the pick");
    assert_eq!(c.label, from.label);
    assert_eq!(h.state().project.book().corrections.len(), 2);
    // Ctrl+Z undoes the pick alone.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(4);
    assert!(near(total(&chart(&h)), total(&merged)));
    apply(&mut h, Command::Redo);
    let now = totals(&chart(&h));
    assert_eq!(now, totals(&picked));

    // Saved, then opened in another app: the same chart.
    let file = dir.path().join("claims.vigie");
    apply(&mut h, Command::File(FileCommand::SaveTo(file.clone())));
    assert!(!h.state().project.is_dirty());
    let mut h2 = seeds_app(dir.path(), Scripted::default());
    apply(&mut h2, Command::File(FileCommand::OpenPath(file)));
    settle(&mut h2);
    h2.get_by_label("Charts").click();
    h2.run_steps(4);
    assert_eq!(totals(&chart(&h2)), now);
    assert_eq!(
        h2.state().project.book().corrections,
        h.state().project.book().corrections
    );
}

/// Thirty articles, each a company investing another amount: thirty bars.
fn many_actors() -> Vec<Document> {
    let companies = [
        "Microsoft",
        "Google",
        "Amazon",
        "Meta",
        "Nvidia",
        "OpenAI",
        "Anthropic",
        "Apple",
        "IBM",
        "Intel",
        "AMD",
        "Oracle",
        "Samsung",
        "TSMC",
        "SoftBank",
        "Alibaba",
        "Tencent",
        "Baidu",
        "Huawei",
        "Cisco",
        "Dell",
        "Salesforce",
        "Qualcomm",
        "Broadcom",
        "ASML",
        "Siemens",
        "Orange",
        "Thales",
        "Capgemini",
        "Mistral",
    ];
    companies
        .iter()
        .enumerate()
        .map(|(i, c)| Document {
            path: format!("a{i:02}.txt"),
            text: format!(
                "{c} annonce un plan\n\n{c} va investir {} milliards d'euros dans des centres \
                 de données en France, a annoncé l'entreprise lundi.\n",
                i + 2
            ),
            title: Some(format!("{c} annonce un plan")),
            date: None,
        })
        .collect()
}

#[test]
fn a_long_list_of_actors_scrolls_with_the_axis_and_exports_in_view_on_a_laptop() {
    let mut app = VigieApp::new(many_actors());
    app.ws.lang = vigie::i18n::Lang::En;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .with_context_setup(VigieApp::setup)
        .build_ui_state(|ui, app: &mut VigieApp| app.ui(ui), app);
    h.run_steps(3);
    h.get_by_label("Charts").click();
    h.run_steps(4);
    // Show every actor, not the top 15.
    let mut spec = h.state().charts.spec.clone();
    spec.filters.top_n = None;
    apply(
        &mut h,
        Command::Charts(vigie::workspace::command::ChartsCommand::SetSpec(Box::new(
            spec,
        ))),
    );
    assert_eq!(chart(&h).bars.len(), 30);
    // A bar selected: the sources panel opens at the bottom, the filters are on the left.
    let first = h.state().view.bar_rects[0].0.clone();
    click_bar(&mut h, &first);
    h.run_steps(2);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1366.0, 768.0));
    let axis = h.state().view.axis_rect.expect("an axis");
    assert!(screen.contains_rect(axis), "{axis:?}");
    for export in ["PNG", "SVG", "CSV"] {
        let r = h.get_by_label(export).rect();
        assert!(screen.contains_rect(r), "{export} at {r:?}");
    }
    // Thirty bars do not fit above the axis: the last is below it, out of view.
    let last = h.state().view.bar_rects.last().expect("bars").1;
    assert!(last.top() > axis.top(), "{last:?} vs {axis:?}");
    // Scroll the bars: they move, the axis stays where it was, under them.
    let over = h.state().view.bar_rects[0].1.center();
    h.event(Event::PointerMoved(over));
    for _ in 0..10 {
        h.event(Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -200.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: Modifiers::NONE,
        });
        h.run_steps(2);
    }
    h.run_steps(10);
    let moved = h.state().view.bar_rects[0].1;
    assert!(moved.center().y < over.y - 50.0, "scrolled: {moved:?}");
    let after = h.state().view.axis_rect.expect("the axis");
    assert_eq!(after, axis);
    assert!(screen.contains_rect(after));
    // The last bar is now in view, above the axis.
    let last = h.state().view.bar_rects.last().expect("bars").1;
    assert!(last.bottom() <= after.top() + 1.0, "{last:?} vs {after:?}");
}

#[test]
fn a_claim_correction_whose_mention_is_gone_is_listed_as_such_in_both_languages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::default());
    let article = h.state().docs[0].id;
    let gone = SpanKey {
        article,
        start: 3,
        end: 16,
        text: "999 milliards".into(),
    };
    apply(
        &mut h,
        Command::Edit(vigie::workspace::edit::Edit::SplitClaim(vec![gone])),
    );
    apply(&mut h, Command::ToggleCorrections);
    h.run_steps(2);
    h.get_by_label_contains("« 999 milliards » → a claim of its own");
    h.get_by_label("⚠ 1 mention no longer found");
    apply(&mut h, Command::SetLang(vigie::i18n::Lang::Fr));
    h.run_steps(2);
    h.get_by_label_contains("→ un fait à part");
    h.get_by_label("⚠ 1 mention introuvable");
}
