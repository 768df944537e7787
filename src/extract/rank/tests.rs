use super::{N_FEATURES, NamedRow, feature_name, weights};
use crate::extract::{Lexicon, rank_table};

/// The rows of the `n`-th figure of `text`.
fn rows(text: &str, n: usize) -> Vec<NamedRow> {
    let (_, mut table) = rank_table(text, &Lexicon::builtin());
    table.swap_remove(n)
}

/// The names of the features set in `name`'s row.
fn features_of(rows: &[NamedRow], name: Option<&str>) -> Vec<String> {
    let row = rows
        .iter()
        .find(|r| r.candidate.as_deref() == name)
        .unwrap_or_else(|| panic!("no row for {name:?} in {rows:?}"));
    row.features
        .iter()
        .map(|&(i, _)| feature_name(i as usize))
        .collect()
}

#[test]
fn the_weights_match_the_features() {
    assert_eq!(
        weights::W.len(),
        N_FEATURES,
        "run examples/rank_train again"
    );
    let names: std::collections::BTreeSet<String> = (0..N_FEATURES).map(feature_name).collect();
    assert_eq!(names.len(), N_FEATURES, "every feature has its own name");
}

#[test]
fn every_name_of_the_sentence_and_nobody_are_candidates() {
    let r = rows(
        "Orbitex a levé 300 millions d'euros auprès de Quantil et de Veltra, selon Reuters.",
        0,
    );
    let names: Vec<Option<&str>> = r.iter().map(|r| r.candidate.as_deref()).collect();
    for want in ["Orbitex", "Quantil", "Veltra"] {
        assert!(names.contains(&Some(want)), "{names:?}");
    }
    assert_eq!(names.last(), Some(&None), "nobody comes last: {names:?}");
}

#[test]
fn features_say_where_a_name_stands() {
    let r = rows(
        "According to Veltra Research, Nordwind will spend $2 billion on servers in Ohio this year.",
        0,
    );
    // (A market researcher the press cites is never a candidate: `venue::never_owner`.)
    let cited = rows(
        "According to Gartner, Nordwind will spend $2 billion on servers in Ohio this year.",
        0,
    );
    assert!(
        cited
            .iter()
            .all(|r| r.candidate.as_deref() != Some("Gartner"))
    );
    let gartner = features_of(&r, Some("Veltra Research"));
    for f in ["source_before", "first_in_sentence"] {
        assert!(gartner.contains(&f.to_string()), "{f}: {gartner:?}");
    }
    let nordwind = features_of(&r, Some("Nordwind"));
    for f in ["before", "in_sentence", "verb_after"] {
        assert!(nordwind.contains(&f.to_string()), "{f}: {nordwind:?}");
    }
    let ohio = features_of(&r, Some("Ohio"));
    for f in ["after", "locative_before", "kind_place"] {
        assert!(ohio.contains(&f.to_string()), "{f}: {ohio:?}");
    }
    let nobody = features_of(&r, None);
    assert!(nobody.contains(&"null".to_string()), "{nobody:?}");
}

#[test]
fn features_say_how_the_rules_read_each_mention() {
    let r = rows(
        "Nvidia builds chips. Nvidia hires. Nvidia grows.\n\nAccording to Veltra Research, \
         Nordwind will spend $2 billion on servers in Ohio, Nordwind's chief said.",
        0,
    );
    assert!(features_of(&r, Some("Veltra Research")).contains(&"read_as_source".to_string()));
    assert!(features_of(&r, Some("Ohio")).contains(&"read_as_location".to_string()));
    let nvidia = features_of(&r, Some("Nvidia"));
    assert!(nvidia.contains(&"main_company".to_string()), "{nvidia:?}");
    let nordwind = features_of(&r, Some("Nordwind"));
    assert!(
        !nordwind.iter().any(|f| f.starts_with("read_as")),
        "{nordwind:?}"
    );
}

#[test]
fn nobody_knows_how_many_names_the_sentence_holds() {
    let r = rows(
        "Nvidia opened a lab. The global market for AI chips will reach $400 billion by 2030.",
        0,
    );
    let nobody = features_of(&r, None);
    assert!(nobody.contains(&"null_named_0".to_string()), "{nobody:?}");
    let nvidia = features_of(&r, Some("Nvidia"));
    assert!(nvidia.contains(&"in_paragraph".to_string()), "{nvidia:?}");
}

#[test]
fn the_rules_owner_stays_unless_another_scores_clearly_higher() {
    // One name in the sentence, the subject that spends: nothing outweighs the rules.
    let text = "Microsoft will invest $5 billion in new data centres next year.";
    let x = crate::extract::extract(text, &Lexicon::builtin());
    assert_eq!(x.figures[0].actor.as_deref(), Some("Microsoft"));
}

#[test]
fn a_market_someone_forecasts_stays_no_ones_after_reranking() {
    let text = "The binding constraint is money.\n\nMcKinsey & Company reckons the world will \
                need $6.7 trillion of data-centre investment by 2030. Bain & Company calculates \
                that AI companies will need $2 trillion in annual revenue by 2030.";
    let x = crate::extract::extract(text, &Lexicon::builtin());
    let owners: Vec<Option<String>> = x.figures.iter().map(|f| f.actor.clone()).collect();
    assert_eq!(owners, vec![None, None], "{owners:?}");
}

#[test]
fn a_restatement_ends_with_its_facts_owner_when_the_rules_gave_both_one() {
    use crate::extract::{extract, extract_rules};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invented");
    let lex = Lexicon::builtin();
    let mut checked = 0;
    for set in std::fs::read_dir(&dir).unwrap().flatten() {
        if !set.path().is_dir() {
            continue;
        }
        for doc in std::fs::read_dir(set.path()).unwrap().flatten() {
            let p = doc.path();
            if !matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "md")) {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            let (rules, last) = (extract_rules(&text, &lex), extract(&text, &lex));
            for (j, f) in last.figures.iter().enumerate() {
                let Some(q) = f.restates else { continue };
                if rules.figures[j].actor == rules.figures[q].actor {
                    checked += 1;
                    assert_eq!(
                        f.actor,
                        last.figures[q].actor,
                        "{}: {}",
                        p.display(),
                        f.text
                    );
                }
            }
        }
    }
    assert!(checked > 50, "{checked}");
}

#[test]
fn a_limit_the_rules_read_stays_no_ones_after_reranking() {
    let x = crate::extract::extract(
        "Le consortium Solvane, mené par Quantil avec Orbitex, a déposé son dossier en mars. \
         Le texte européen plafonne toutefois la contribution publique à 2 milliards d'euros \
         par site.\n\nThe grid operator, Veltra, now caps new connections at 90 megawatts per \
         site while Orbitex waits.",
        &Lexicon::builtin(),
    );
    let owners: Vec<Option<&str>> = x.figures.iter().map(|f| f.actor.as_deref()).collect();
    assert_eq!(owners, vec![None, None]);
}
