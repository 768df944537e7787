//! Chart aggregation: what counts (in totals, after corrections, exact repeats once), ranges,
//! currency conversion, actor names folded across languages, and every filter.

use vigie::chart::input::{ChartArticle, ChartCorpus};
use vigie::chart::{aggregate, default_rates};
use vigie::extract::lexicon::Actor;
use vigie::extract::{Entity, EntityKind, Extraction, Figure, FigureKind, Lexicon};
use vigie::i18n::Lang;
use vigie::project::{
    ArticleId, ChartFilters, ChartSpec, CurrencyRates, Rgb, Tag, TagId, Theme, ThemeId, Timestamp,
};

fn lexicon() -> Lexicon {
    Lexicon::from_actors(vec![
        Actor {
            canonical: "États-Unis".into(),
            en: Some("United States".into()),
            kind: EntityKind::Place,
            aliases: vec!["États-Unis".into()],
        },
        Actor {
            canonical: "OpenAI".into(),
            en: None,
            kind: EntityKind::Company,
            aliases: vec!["OpenAI".into()],
        },
    ])
}

fn money(start: usize, value: f64, unit: &str, actor: Option<&str>, in_totals: bool) -> Figure {
    Figure {
        text: format!("{value} {unit}"),
        start,
        end: start + 5,
        kind: FigureKind::Money,
        value,
        value_min: None,
        value_max: None,
        unit: unit.into(),
        actor: actor.map(Into::into),
        in_totals,
        role: Some(vigie::extract::Role::Spend),
        counterpart: None,
        restates: None,
    }
}

fn entity(canonical: &str, kind: EntityKind) -> Entity {
    Entity {
        text: canonical.into(),
        start: 0,
        end: 1,
        canonical: canonical.into(),
        kind,
    }
}

fn article(
    id: u64,
    date: Option<&str>,
    figures: Vec<Figure>,
    entities: Vec<Entity>,
) -> ChartArticle {
    ChartArticle {
        id: ArticleId(id),
        title: format!("Article {id}"),
        date: date.map(Into::into),
        text: "Première phrase sur les montants du jour. Deuxième phrase ici. ".repeat(4),
        extraction: Extraction { entities, figures },
    }
}

fn spec(kind: FigureKind, currency: &str) -> ChartSpec {
    ChartSpec {
        name: "t".into(),
        figure_kind: kind,
        currency: Some(currency.into()),
        filters: ChartFilters::default(),
        rates: Some(CurrencyRates {
            date: "2025-01-01".into(),
            rates: [("EUR".to_string(), 1.0), ("USD".to_string(), 0.5)].into(),
        }),
    }
}

fn corpus() -> ChartCorpus {
    ChartCorpus {
        name: "test".into(),
        articles: vec![
            article(
                1,
                Some("2025-07-01"),
                vec![
                    money(0, 100.0, "EUR", Some("OpenAI"), true),
                    // The same amount again for the same actor: counted once.
                    money(45, 100.0, "EUR", Some("OpenAI"), true),
                    // A restatement in another currency: not in totals.
                    money(60, 210.0, "USD", Some("OpenAI"), false),
                    money(70, 40.0, "USD", Some("États-Unis"), true),
                    money(80, 7.0, "EUR", None, true),
                    money(90, 3.0, "XYZ", Some("OpenAI"), true),
                ],
                vec![entity("OpenAI", EntityKind::Company)],
            ),
            article(
                2,
                Some("2025-08-15"),
                vec![
                    // Same amount as article 1 in another article: the same claim, counted
                    // once.
                    money(0, 100.0, "EUR", Some("OpenAI"), true),
                    money(20, 60.0, "USD", Some("United States"), true),
                ],
                vec![],
            ),
            article(
                3,
                None,
                vec![money(0, 1000.0, "EUR", Some("Zeta"), true)],
                vec![],
            ),
        ],
        ..ChartCorpus::default()
    }
}

#[test]
fn totals_count_each_amount_once_in_one_currency_under_one_name() {
    let c = aggregate(
        &corpus(),
        &spec(FigureKind::Money, "EUR"),
        &lexicon(),
        Lang::En,
    );
    let bars: Vec<(&str, f64)> = c.bars.iter().map(|b| (b.label.as_str(), b.value)).collect();
    // Zeta 1000; OpenAI 100 once (one claim reported three times: twice in article 1, once in
    // article 2; the USD restatement is out of totals and linked to nothing); the United
    // States 20 + 30 (USD at 0.5, two amounts: two claims) under one name, its English one.
    assert_eq!(
        bars,
        [("Zeta", 1000.0), ("OpenAI", 100.0), ("United States", 50.0)]
    );
    let us = &c.bars[2];
    assert_eq!(us.actor, "États-Unis");
    assert_eq!(us.kind, Some(EntityKind::Place));
    let openai = &c.bars[1];
    assert_eq!(openai.kind, Some(EntityKind::Company));
    assert_eq!(openai.sources.len(), 3);
    assert_eq!(openai.claims, 1);
    assert_eq!(openai.sources.iter().filter(|s| s.counted).count(), 1);
    assert!(
        openai
            .sources
            .iter()
            .all(|s| s.claim == openai.sources[0].claim)
    );
    assert!(
        openai.sources.iter().all(|s| s.reports == 2),
        "two articles report it"
    );
    assert_eq!(us.claims, 2);
    assert_eq!(c.unattributed.len(), 1);
    assert_eq!(c.unconverted.len(), 1, "XYZ has no rate");
    assert_eq!(c.unconverted[0].figure.unit, "XYZ");
    // The sentence of a figure is the one it sits in.
    assert_eq!(openai.sources[1].sentence, "Deuxième phrase ici.");
    let fr = aggregate(
        &corpus(),
        &spec(FigureKind::Money, "EUR"),
        &lexicon(),
        Lang::Fr,
    );
    assert_eq!(fr.bars[2].label, "États-Unis");
}

#[test]
fn ranges_keep_their_bounds_and_units_never_mix() {
    let mut range = money(0, 20.0, "EUR", Some("OpenAI"), true);
    (range.value_min, range.value_max) = (Some(10.0), Some(30.0));
    let mut chips = money(10, 5000.0, "chips", Some("OpenAI"), true);
    chips.kind = FigureKind::Chips;
    let mut odd = money(20, 7.0, "GPU-hours", Some("OpenAI"), true);
    odd.kind = FigureKind::Chips;
    let corpus = ChartCorpus {
        articles: vec![article(1, None, vec![range, chips, odd], vec![])],
        ..ChartCorpus::default()
    };
    let m = aggregate(
        &corpus,
        &spec(FigureKind::Money, "EUR"),
        &lexicon(),
        Lang::En,
    );
    assert_eq!(
        (m.bars[0].low, m.bars[0].value, m.bars[0].high),
        (10.0, 20.0, 30.0)
    );
    let c = aggregate(
        &corpus,
        &spec(FigureKind::Chips, "EUR"),
        &lexicon(),
        Lang::En,
    );
    assert_eq!(c.unit, "chips");
    assert_eq!(c.bars.len(), 1);
    assert_eq!(c.bars[0].value, 5000.0);
    assert_eq!(c.rates, None);
}

#[test]
fn default_rates_convert_when_the_chart_has_none() {
    let mut s = spec(FigureKind::Money, "USD");
    s.rates = None;
    let c = aggregate(&corpus(), &s, &lexicon(), Lang::En);
    let rates = c.rates.as_ref().expect("default rates");
    assert_eq!(rates, &default_rates("USD").expect("USD"));
    let openai = c.bars.iter().find(|b| b.actor == "OpenAI").expect("OpenAI");
    let eur = rates.rates["EUR"];
    assert!((openai.value - 100.0 * eur).abs() < 1e-9);
}

#[test]
fn filters_narrow_what_counts() {
    let lex = lexicon();
    let run = |f: ChartFilters| {
        let mut s = spec(FigureKind::Money, "EUR");
        s.filters = f;
        aggregate(&corpus(), &s, &lex, Lang::En)
            .bars
            .iter()
            .map(|b| (b.actor.clone(), b.value))
            .collect::<Vec<_>>()
    };
    let only2 = run(ChartFilters {
        articles: vec![ArticleId(2)],
        ..Default::default()
    });
    assert_eq!(
        only2,
        [("OpenAI".into(), 100.0), ("États-Unis".into(), 30.0)]
    );
    // Dates: the undated article drops out as soon as there is a bound.
    let july = run(ChartFilters {
        date_from: Some("2025-07-01".into()),
        date_to: Some("2025-07-31".into()),
        ..Default::default()
    });
    assert_eq!(
        july,
        [("OpenAI".into(), 100.0), ("États-Unis".into(), 20.0)]
    );
    let places = run(ChartFilters {
        actor_kinds: vec![EntityKind::Place],
        ..Default::default()
    });
    assert_eq!(places, [("États-Unis".into(), 50.0)]);
    let mut s = spec(FigureKind::Money, "EUR");
    s.filters.top_n = Some(1);
    let top = aggregate(&corpus(), &s, &lex, Lang::En);
    assert_eq!(top.bars.len(), 1);
    assert_eq!(top.hidden_bars, 2);
}

#[test]
fn article_attributes_narrow_what_counts_and_name_the_filter() {
    let lex = lexicon();
    let mut corpus = corpus();
    let attrs = |pairs: &[(&str, &str)]| {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    corpus.attributes = [
        (
            ArticleId(1),
            attrs(&[("outlet", "Reuters"), ("country", "FR")]),
        ),
        (ArticleId(2), attrs(&[("outlet", "AFP"), ("country", "FR")])),
    ]
    .into();
    let run = |pairs: &[(&str, &str)]| {
        let mut s = spec(FigureKind::Money, "EUR");
        s.filters.attributes = pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        let c = aggregate(&corpus, &s, &lex, Lang::En);
        let bars: Vec<(String, f64)> = c.bars.iter().map(|b| (b.actor.clone(), b.value)).collect();
        (bars, vigie::chart::text::describe_filters(&c, Lang::En))
    };
    // Only AFP's article: as if only article 2 were kept.
    let (afp, line) = run(&[("outlet", "AFP")]);
    assert_eq!(afp, [("OpenAI".into(), 100.0), ("États-Unis".into(), 30.0)]);
    assert!(line.contains("outlet = AFP"), "{line}");
    // Two values of one name: either passes (the undated article 3 has no outlet: out).
    let (both, _) = run(&[("outlet", "AFP"), ("outlet", "Reuters")]);
    assert!(both.iter().all(|(a, _)| a != "Zeta"), "{both:?}");
    assert_eq!(both.len(), 2);
    // Two names: all must hold.
    let (none, _) = run(&[("outlet", "AFP"), ("country", "DE")]);
    assert!(none.is_empty(), "{none:?}");
}

#[test]
fn a_theme_keeps_the_figures_inside_its_passages() {
    let mut corpus = corpus();
    let theme = |id, parent| Theme {
        id: ThemeId(id),
        guid: String::new(),
        name: format!("T{id}"),
        color: Rgb(0, 0, 0),
        description: None,
        parent,
        category: false,
        memo: String::new(),
    };
    corpus.themes = vec![theme(10, None), theme(11, Some(ThemeId(10)))];
    corpus.tags = vec![Tag {
        id: TagId(20),
        guid: String::new(),
        theme: ThemeId(11),
        article: ArticleId(2),
        start: 15,
        end: 40,
        quote: String::new(),
        before: String::new(),
        after: String::new(),
        memo: String::new(),
        created: Timestamp(0),
        orphan: false,
        coder: String::new(),
    }];
    let mut s = spec(FigureKind::Money, "EUR");
    // The parent theme includes its sub-theme's passages.
    s.filters.themes = vec![ThemeId(10)];
    let c = aggregate(&corpus, &s, &lexicon(), Lang::En);
    let bars: Vec<(&str, f64)> = c.bars.iter().map(|b| (b.actor.as_str(), b.value)).collect();
    assert_eq!(bars, [("États-Unis", 30.0)]);
    assert_eq!(c.theme_names, ["T10"]);
    corpus.tags[0].orphan = true;
    assert!(aggregate(&corpus, &s, &lexicon(), Lang::En).bars.is_empty());
}

#[test]
fn a_timeline_counts_each_claim_once_in_the_month_of_its_first_mention() {
    use vigie::chart::timeline::{Period, csv, timeline};
    let c = aggregate(
        &corpus(),
        &spec(FigureKind::Money, "EUR"),
        &lexicon(),
        Lang::En,
    );
    let t = timeline(&c, Period::Month);
    assert_eq!(t.periods, ["2025-07", "2025-08"]);
    let of = |actor: &str| t.series.iter().find(|s| s.actor == actor).expect(actor);
    // OpenAI's 100 is one claim reported in July and in August: counted once, in July.
    assert_eq!(of("OpenAI").values, [100.0, 0.0]);
    assert_eq!(of("États-Unis").values, [20.0, 30.0]);
    // Zeta's article has no date: its claim is in the undated bucket, and counted as such.
    assert_eq!(of("Zeta").values, [0.0, 0.0]);
    assert_eq!(of("Zeta").undated, 1000.0);
    assert_eq!(t.undated_claims, 1);
    let q = timeline(&c, Period::Quarter);
    assert_eq!(q.periods, ["2025-Q3"]);
    assert_eq!(
        q.series
            .iter()
            .find(|s| s.actor == "États-Unis")
            .unwrap()
            .values,
        [50.0]
    );
    // Every bar's total is spread over the periods and the undated bucket, nothing more.
    for (bar, s) in c.bars.iter().zip(&t.series) {
        let sum: f64 = s.values.iter().sum::<f64>() + s.undated;
        assert!((sum - bar.value).abs() < 1e-9, "{}", bar.actor);
    }
    let text = String::from_utf8(csv(&t, &c.unit).unwrap()).unwrap();
    assert!(text.starts_with("actor,period,value,unit\n"));
    assert!(text.contains("Zeta,undated,1000,EUR"), "{text}");
    assert_eq!(Period::parse("quarter"), Some(Period::Quarter));
    assert_eq!(Period::parse("week"), None);
}

#[test]
fn a_transfer_reported_from_both_sides_is_one_flow() {
    use vigie::extract::Role;
    let with = |role: Role, actor: &str, other: &str, v: f64| {
        let mut f = money(0, v, "EUR", Some(actor), true);
        f.role = Some(role);
        f.counterpart = Some(other.into());
        f
    };
    let corpus = ChartCorpus {
        name: "flows".into(),
        articles: vec![
            article(
                1,
                Some("2025-02-01"),
                vec![with(Role::Spend, "ASML", "Mistral AI", 1.3e9)],
                vec![],
            ),
            // The same round seen from the company raising it, in another article.
            article(
                2,
                Some("2025-02-02"),
                vec![with(Role::Funding, "Mistral AI", "ASML", 1.3e9)],
                vec![],
            ),
            article(
                3,
                None,
                vec![with(Role::Funding, "OpenAI", "SoftBank", 40e9)],
                vec![],
            ),
        ],
        ..ChartCorpus::default()
    };
    let chart = |role: Role| {
        let mut s = spec(FigureKind::Money, "EUR");
        s.filters.role = Some(role);
        aggregate(&corpus, &s, &lexicon(), Lang::En)
    };
    let flows = vigie::chart::flows::flows(&chart(Role::Spend), &chart(Role::Funding));
    let got: Vec<(&str, &str, f64, usize)> = flows
        .iter()
        .map(|f| (f.backer.as_str(), f.recipient.as_str(), f.value, f.claims))
        .collect();
    assert_eq!(
        got,
        [
            ("SoftBank", "OpenAI", 40e9, 1),
            ("ASML", "Mistral AI", 1.3e9, 1)
        ]
    );
}
