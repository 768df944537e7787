//! Headless tests of the real desktop app (egui_kittest): article list, reader, legend, hover
//! tooltips and the bundled font.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use vigie::corpus::{Document, bundled_seeds};
use vigie::extract::{Entity, EntityKind, Extraction, Figure, FigureKind};
use vigie::ui::VigieApp;
use vigie::workspace::Article;

use crate::common::harness;

fn loaded_seeds() -> Vec<Article> {
    let lexicon = vigie::extract::Lexicon::builtin();
    bundled_seeds()
        .into_iter()
        .map(|d| Article::new(d, &lexicon))
        .collect()
}

#[test]
fn opens_on_the_seeds_and_lists_the_five_articles() {
    let docs = loaded_seeds();
    let h = harness(VigieApp::with_seeds());
    assert_eq!(docs.len(), 5);
    for d in &docs {
        // The list entry reads "title\ndate · N actors · M figures".
        let first_line = format!("{}\n", d.title());
        let entry = h.get_by_label_contains(&first_line);
        let label = entry.accesskit_node().label().unwrap_or_default();
        let actors = format!(" {} actor", d.actor_count());
        assert!(label.contains(&actors), "{label}");
        let figures = match d.figure_count() {
            1 => " 1 figure ".to_string(),
            n => format!(" {n} figures "),
        };
        assert!(label.contains(&figures), "{label}");
    }
    // The first article is open: its first paragraph is on screen.
    h.get_by_role_and_label(Role::Label, docs[0].paragraph_text(0));
}

#[test]
fn clicking_an_article_shows_its_text() {
    let docs = loaded_seeds();
    let mut h = harness(VigieApp::with_seeds());
    let (first, third) = (docs[0].paragraph_text(0), docs[2].paragraph_text(0));
    assert_ne!(first, third);
    assert!(h.query_by_label(third).is_none());

    h.get_by_label_contains(&format!("{}\n", docs[2].title()))
        .click();
    h.run_steps(3);

    assert_eq!(h.state().selected, Some(2));
    h.get_by_role_and_label(Role::Label, third);
    assert!(h.query_by_label(first).is_none());
    // Article 002 uses U+2011; laying it out would panic if no font had the glyph.
    assert!(docs[2].doc.text.contains('\u{2011}'));
}

#[test]
fn legend_names_the_six_kinds() {
    let h = harness(VigieApp::with_seeds());
    for name in [
        "Person",
        "Company",
        "Place",
        "Institution",
        "Project",
        "Product",
    ] {
        h.get_by_label(name);
    }
}

fn annotated_doc() -> Article {
    let text = "OpenAI annonce 500 milliards de dollars aux États\u{2011}Unis.\n\nFin.";
    let doc = Document {
        path: "test/a.txt".into(),
        text: text.into(),
        title: Some("Un article".into()),
        date: Some("2025-01-02".into()),
    };
    let x = Extraction {
        entities: vec![
            Entity {
                text: "OpenAI".into(),
                start: 0,
                end: 6,
                canonical: "OpenAI Inc.".into(),
                kind: EntityKind::Company,
            },
            Entity {
                text: "États\u{2011}Unis".into(),
                start: 44,
                end: 54,
                canonical: "États-Unis".into(),
                kind: EntityKind::Place,
            },
        ],
        figures: vec![Figure {
            text: "500 milliards de dollars".into(),
            start: 15,
            end: 39,
            kind: FigureKind::Money,
            value: 5e11,
            value_min: None,
            value_max: None,
            unit: "USD".into(),
            actor: None,
            in_totals: false,
            role: None,
            counterpart: None,
            restates: None,
        }],
    };
    Article::with_extraction(doc, x)
}

/// Hovers `rect.min + offset` and lets the tooltip appear.
fn hover_at(h: &mut Harness<'static, VigieApp>, pos: egui::Pos2) {
    h.hover_at(pos);
    h.run_steps(2);
    h.step_time(1.0);
}

trait StepTime {
    fn step_time(&mut self, seconds: f32);
}

impl StepTime for Harness<'static, VigieApp> {
    fn step_time(&mut self, seconds: f32) {
        let steps = (seconds * 60.0) as usize;
        self.run_steps(steps);
    }
}

#[test]
fn hovering_highlights_tells_what_they_are() {
    let doc = annotated_doc();
    let para = doc.paragraph_text(0).to_string();
    let mut h = harness(VigieApp::from_loaded(vec![doc]));
    h.get_by_label("Un article");
    let rect = h.get_by_role_and_label(Role::Label, &para).rect();

    // Over "OpenAI", the first word.
    hover_at(&mut h, rect.min + egui::vec2(8.0, 10.0));
    h.get_by_label("OpenAI Inc.");
    // "Company" in the legend, and now in the tooltip.
    assert_eq!(h.get_all_by_label("Company").count(), 2);
    assert!(h.query_by_label_contains("In totals").is_none());

    // Over plain text: no tooltip.
    hover_at(&mut h, rect.right_bottom() + egui::vec2(40.0, 40.0));
    assert!(h.query_by_label("OpenAI Inc.").is_none());
}

#[test]
fn hovering_a_figure_shows_value_actor_and_totals() {
    let doc = annotated_doc();
    let para = doc.paragraph_text(0).to_string();
    let mut h = harness(VigieApp::from_loaded(vec![doc]));
    let rect = h.get_by_role_and_label(Role::Label, &para).rect();
    // Find the figure by sweeping right along the first row until its tooltip shows.
    let mut found = false;
    for dx in (60..400).step_by(20) {
        hover_at(&mut h, rect.min + egui::vec2(dx as f32, 10.0));
        if h.query_by_label("Actor: no actor").is_some() {
            found = true;
            break;
        }
    }
    assert!(found, "no figure tooltip along the first row");
    h.get_by_label("In totals: no");
    h.get_by_label_contains("500 billion USD");
}

#[test]
fn theme_buttons_switch_the_theme() {
    let mut h = harness(VigieApp::with_seeds());
    h.get_by_label("Light").click();
    h.run_steps(2);
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
    h.get_by_label("Dark").click();
    h.run_steps(2);
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
}

#[test]
fn an_empty_corpus_says_so() {
    let h = harness(VigieApp::from_loaded(Vec::new()));
    h.get_by_label("No article.");
}

#[test]
fn a_long_article_lays_out_only_what_is_visible() {
    // ~2 MB, 15 000 paragraphs.
    let para = "La Commission européenne annonce un plan d'investissement de 20 milliards \
                d'euros pour des usines d'IA, avec 100\u{202F}000 puces et 1,5 GW.";
    let text = vec![para; 15_000].join("\n\n");
    assert!(text.len() > 1_900_000);
    let doc = Document {
        path: "big.txt".into(),
        text,
        title: None,
        date: None,
    };
    let start = std::time::Instant::now();
    let loaded = Article::with_extraction(doc, Extraction::default());
    assert_eq!(loaded.paragraphs.len(), 15_000);
    let mut h = harness(VigieApp::from_loaded(vec![loaded]));
    h.run_steps(3);
    let cached = h.state().cached_layouts();
    assert!((1..100).contains(&cached), "{cached} paragraphs laid out");
    // Generous bound for a debug build on a loaded machine.
    assert!(start.elapsed().as_secs_f32() < 20.0);
}

#[test]
fn a_long_article_list_draws_only_the_entries_in_view_and_keeps_their_places() {
    let docs: Vec<Article> = (0..80)
        .map(|i| {
            let d = Document::new(format!("a{i:02}.txt"), format!("Texte {i}."));
            Article::with_extraction(d, Extraction::default())
        })
        .collect();
    let mut h = harness(VigieApp::from_loaded(docs));
    let top = |h: &Harness<'static, VigieApp>, i: usize| {
        h.query_by_label_contains(&format!("a{i:02}.txt\n"))
            .map(|e| e.rect().min.y)
    };
    // Drawn once, the entries out of view only take their place: not in the tree.
    let before = top(&h, 10).expect("entry 10 in view");
    assert!(top(&h, 0).is_some());
    assert!(top(&h, 79).is_none(), "entry 79 is far below the window");
    h.event(egui::Event::PointerMoved(egui::pos2(150.0, 500.0)));
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -200.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    });
    h.run_steps(30);
    // The entries scrolled out above are one run of known heights: entry 10 moved by exactly
    // the scroll, as if each had been laid out.
    assert!(top(&h, 0).is_none(), "entry 0 scrolled out");
    let after = top(&h, 10).expect("entry 10 still in view");
    assert!((before - after - 200.0).abs() < 0.5, "{before} → {after}");
    // Down to the end: the last entry is drawn, whole, inside the window.
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -100_000.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    });
    h.run_steps(30);
    let last = h.get_by_label_contains("a79.txt\n").rect();
    assert!(last.max.y <= 900.0, "{last:?}");
    assert!(top(&h, 10).is_none());
}

#[test]
fn copies_are_listed_as_duplicates_and_count_once_in_the_chart() {
    let seeds = bundled_seeds();
    let mut docs = seeds.clone();
    let first = seeds[0].clone();
    docs.push(Document::new(
        "copie.txt".into(),
        first.text.replace('\n', "\r\n"),
    ));
    docs.push(Document::new(
        "depeche.txt".into(),
        format!("PARIS (Agence) — Dépêche reprise.\n\n{}", first.text),
    ));
    let alone = {
        let mut app = VigieApp::new(seeds);
        app.ws.chart().clone()
    };
    let mut h = harness(VigieApp::new(docs));
    let d = h.state().duplicates.clone();
    assert_eq!(d.len(), 7);
    assert!(d[..5].iter().all(Option::is_none), "{d:?}");
    assert_eq!(d[5].map(|x| (x.of, x.exact)), Some((0, true)));
    assert_eq!(d[6].map(|x| (x.of, x.exact)), Some((0, false)));
    h.get_by_label_contains("same text as «");
    h.get_by_label_contains("reprint of «");
    let totals = |c: &vigie::chart::Chart| -> Vec<(String, u64)> {
        c.bars
            .iter()
            .map(|b| (b.actor.clone(), b.value.round() as u64))
            .collect()
    };
    let with_copies = h.state_mut().ws.chart().clone();
    assert_eq!(totals(&with_copies), totals(&alone));
}
