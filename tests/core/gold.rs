//! Quality on the golds: runs `vigie extract` (the CLI's own path, web pages included) on the
//! seeds and on the dev set (`tests/fixtures/dev`, a copy of `shared/dev/articles`) and scores
//! it exactly as `shared/tools/score.py` does (figure F1, attribution, in_totals, role of money
//! figures, entity F1, kind accuracy).

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use vigie::extract::Lexicon;

use super::gold_match::{GoldDoc, locate, names, norm};

#[derive(Default, Debug)]
struct Tally {
    ftp: usize,
    ffp: usize,
    ffn: usize,
    attr_ok: usize,
    attr_n: usize,
    etp: usize,
    efp: usize,
    efn: usize,
    kind_ok: usize,
    kind_n: usize,
    tot_ok: usize,
    tot_n: usize,
    role_ok: usize,
    role_n: usize,
}

fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
    if tp == 0 {
        0.0
    } else {
        2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
    }
}

/// The measures of one run, and the per-document report of every miss.
struct Scores {
    fig_f1: f64,
    attr: f64,
    tot: f64,
    role: f64,
    ent_f1: f64,
    kind: f64,
    report: String,
}

/// Runs the CLI's extraction on `dir` and scores it against `gold`, as score.py does.
fn score(gold: &str, dir: &Path) -> Scores {
    let gold: Value = serde_json::from_str(gold).unwrap();
    let lexicon = Lexicon::builtin();
    let run = vigie::cli::run_extract(&[dir.to_path_buf()], &lexicon).unwrap();
    assert!(run.errors.is_empty(), "{:?}", run.errors);
    let docs: HashMap<String, _> = run
        .documents
        .into_iter()
        .map(|d| (d.path.rsplit('/').next().unwrap().to_string(), d))
        .collect();
    let mut t = Tally::default();
    let mut report = String::new();
    for (name, g) in gold["documents"].as_object().unwrap() {
        let doc = &docs[name];
        let x = &doc.extraction;
        // Offsets are into the file as decoded (BOM dropped), web pages' markup included.
        let raw = std::fs::read_to_string(dir.join(name)).unwrap();
        let text = raw.trim_start_matches('\u{feff}');
        // Entities.
        let mut alias_of: HashMap<String, (String, bool, Vec<String>)> = HashMap::new();
        for (list, required) in [("optional", false), ("required", true)] {
            for e in g["entities"][list].as_array().unwrap() {
                // As score.py: `kinds_ok` when given, else the kind plus `alt_kinds`.
                let strs = |v: &Value| -> Vec<String> {
                    v.as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|k| k.as_str())
                        .map(String::from)
                        .collect()
                };
                let kinds = match e.get("kinds_ok") {
                    Some(k) => strs(k),
                    None => {
                        let mut k = vec![e["kind"].as_str().unwrap().to_string()];
                        k.extend(strs(&e["alt_kinds"]));
                        k
                    }
                };
                for n in names(e) {
                    alias_of.insert(
                        norm(&n),
                        (
                            e["canonical"].as_str().unwrap().to_string(),
                            required,
                            kinds.clone(),
                        ),
                    );
                }
            }
        }
        let mut found: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
        let mut fps = BTreeSet::new();
        for e in &x.entities {
            match alias_of
                .get(&norm(&e.canonical))
                .or_else(|| alias_of.get(&norm(&e.text)))
            {
                None => {
                    fps.insert(e.canonical.clone());
                }
                Some((canon, true, kinds)) => {
                    found
                        .entry(canon.clone())
                        .or_insert((e.kind.as_str().to_string(), kinds.clone()));
                }
                Some(_) => {}
            }
        }
        let required: Vec<String> = g["entities"]["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["canonical"].as_str().unwrap().to_string())
            .collect();
        let missed: Vec<&String> = required
            .iter()
            .filter(|c| !found.contains_key(*c))
            .collect();
        t.etp += found.len();
        t.efn += missed.len();
        t.efp += fps.len();
        let mut wrong_kinds = Vec::new();
        for (c, (k, ok)) in &found {
            t.kind_n += 1;
            if ok.contains(k) {
                t.kind_ok += 1
            } else {
                wrong_kinds.push(format!("{c}:{k}"))
            }
        }
        // Figures.
        let mut gd = GoldDoc::new(g, text);
        let (mut fig_fp, mut bad_attr, mut bad_tot, mut bad_role) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for f in &x.figures {
            let Some(i) = gd.take(f) else {
                fig_fp.push(f.text.clone());
                continue;
            };
            let (g, req, _) = gd.figures[i];
            if req {
                t.ftp += 1;
                t.attr_n += 1;
                // As score.py: `"actors": []` means no named actor owns it, and only "no
                // actor" is right.
                if gd.owns(i, f.actor.as_deref()) {
                    t.attr_ok += 1
                } else {
                    bad_attr.push(format!("{} -> {:?}", f.text, f.actor))
                }
                if let Some(want) = g.get("role").filter(|_| f.kind.as_str() == "money") {
                    let want: Vec<&str> = match want {
                        Value::Array(a) => a.iter().filter_map(|r| r.as_str()).collect(),
                        r => r.as_str().into_iter().collect(),
                    };
                    t.role_n += 1;
                    if f.role.is_some_and(|r| want.contains(&r.as_str())) {
                        t.role_ok += 1
                    } else {
                        bad_role.push(format!("{} -> {:?}", f.text, f.role))
                    }
                }
                t.tot_n += 1;
                let want = g.get("part_of").is_none() && g.get("equivalent_of").is_none();
                if f.in_totals == want {
                    t.tot_ok += 1
                } else {
                    bad_tot.push(f.text.clone())
                }
            }
        }
        let fig_missed: Vec<&str> = gd
            .figures
            .iter()
            .enumerate()
            .filter(|(i, (_, req, _))| *req && !gd.is_used(*i))
            .map(|(_, (g, _, _))| g["text"].as_str().unwrap())
            .collect();
        t.ffn += fig_missed.len();
        t.ffp += fig_fp.len();
        report += &format!(
            "== {name}\n   entities missed: {missed:?}\n   entities extra: {fps:?}\n   wrong kinds: {wrong_kinds:?}\n   figures missed: {fig_missed:?}\n   figures extra: {fig_fp:?}\n   wrong actor: {bad_attr:?}\n   wrong in_totals: {bad_tot:?}\n   wrong role: {bad_role:?}\n"
        );
    }
    let ratio = |a: usize, n: usize| if n == 0 { 0.0 } else { a as f64 / n as f64 };
    let scores = Scores {
        fig_f1: f1(t.ftp, t.ffp, t.ffn),
        attr: ratio(t.attr_ok, t.attr_n),
        tot: ratio(t.tot_ok, t.tot_n),
        role: ratio(t.role_ok, t.role_n),
        ent_f1: f1(t.etp, t.efp, t.efn),
        kind: ratio(t.kind_ok, t.kind_n),
        report: format!("{report}{t:?}\n"),
    };
    println!(
        "{}summary: figF1={:.3} attr={:.3} entF1={:.3} kind={:.3} totals={:.3} role={:.3}",
        scores.report,
        scores.fig_f1,
        scores.attr,
        scores.ent_f1,
        scores.kind,
        scores.tot,
        scores.role
    );
    scores
}

/// The quality bar: figure F1, attribution, in_totals, role, entity F1.
fn assert_bar(s: &Scores, bar: [f64; 5]) {
    let [fig, attr, tot, role, ent] = bar;
    let r = &s.report;
    assert!(s.fig_f1 >= fig, "figure F1 {:.3} < {fig}\n{r}", s.fig_f1);
    assert!(s.attr >= attr, "attribution {:.3} < {attr}\n{r}", s.attr);
    assert!(s.tot >= tot, "in_totals {:.3} < {tot}\n{r}", s.tot);
    assert!(s.role >= role, "role {:.3} < {role}\n{r}", s.role);
    assert!(s.ent_f1 >= ent, "entity F1 {:.3} < {ent}\n{r}", s.ent_f1);
}

fn fixture(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)
}

#[test]
fn engine_meets_the_quality_bar_on_the_seeds() {
    let s = score(include_str!("../seeds.gold.json"), &fixture("seeds"));
    assert_bar(&s, [0.95, 0.92, 0.95, 0.90, 0.90]);
}

#[test]
fn engine_meets_the_quality_bar_on_the_dev_set() {
    let s = score(
        include_str!("../dev.gold.json"),
        &fixture("tests/fixtures/dev"),
    );
    assert_bar(&s, DEV_BAR);
}

/// The bar on the dev set (figure F1, attribution, in_totals, role, entity F1): the issue's.
const DEV_BAR: [f64; 5] = [0.95, 0.92, 0.92, 0.90, 0.90];

/// Articles written for sessions 15 to 28 by sessions that did not read the engine (see
/// `tests/fixtures/invented/README.md`): bars a little under the scores measured at the end of
/// the session that added them (attribution and role raised at the end of session 21, and
/// attribution and in_totals at the end of session 23, to 0.03 under that session's scores),
/// so that a rule that helps one set cannot silently cost these.
#[test]
fn engine_holds_its_level_on_invented_articles() {
    let sets: [(&str, &str, [f64; 5]); 111] = [
        (
            include_str!("../fixtures/invented/s15en.gold.json"),
            "s15en",
            [0.95, 0.83, 0.87, 0.83, 0.95],
        ),
        (
            include_str!("../fixtures/invented/s15fr.gold.json"),
            "s15fr",
            [0.93, 0.87, 0.87, 0.95, 0.93],
        ),
        (
            include_str!("../fixtures/invented/s16en.gold.json"),
            "s16en",
            [0.95, 0.87, 0.80, 0.90, 0.88],
        ),
        (
            include_str!("../fixtures/invented/s16fr.gold.json"),
            "s16fr",
            [0.94, 0.80, 0.85, 0.94, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s17en.gold.json"),
            "s17en",
            [0.96, 0.75, 0.82, 0.80, 0.91],
        ),
        (
            include_str!("../fixtures/invented/s17fr.gold.json"),
            "s17fr",
            [0.95, 0.72, 0.83, 0.92, 0.91],
        ),
        (
            include_str!("../fixtures/invented/s18en.gold.json"),
            "s18en",
            [0.94, 0.81, 0.77, 0.81, 0.91],
        ),
        (
            include_str!("../fixtures/invented/s18fr.gold.json"),
            "s18fr",
            [0.88, 0.79, 0.84, 0.93, 0.92],
        ),
        (
            include_str!("../fixtures/invented/s19en.gold.json"),
            "s19en",
            [0.96, 0.83, 0.79, 0.94, 0.93],
        ),
        (
            include_str!("../fixtures/invented/s19fr.gold.json"),
            "s19fr",
            [0.95, 0.72, 0.82, 0.88, 0.91],
        ),
        (
            include_str!("../fixtures/invented/s20en.gold.json"),
            "s20en",
            [0.95, 0.71, 0.81, 0.84, 0.88],
        ),
        (
            include_str!("../fixtures/invented/s20fr.gold.json"),
            "s20fr",
            [0.97, 0.78, 0.84, 0.92, 0.91],
        ),
        (
            include_str!("../fixtures/invented/s21en.gold.json"),
            "s21en",
            [0.91, 0.82, 0.86, 0.88, 0.92],
        ),
        (
            include_str!("../fixtures/invented/s21fr.gold.json"),
            "s21fr",
            [0.90, 0.88, 0.87, 0.89, 0.93],
        ),
        (
            include_str!("../fixtures/invented/s22en.gold.json"),
            "s22en",
            [0.93, 0.76, 0.82, 0.82, 0.89],
        ),
        (
            include_str!("../fixtures/invented/s22fr.gold.json"),
            "s22fr",
            [0.95, 0.73, 0.80, 0.87, 0.83],
        ),
        (
            include_str!("../fixtures/invented/s23en.gold.json"),
            "s23en",
            [0.97, 0.82, 0.84, 0.85, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s23fr.gold.json"),
            "s23fr",
            [0.97, 0.83, 0.84, 0.89, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s24en.gold.json"),
            "s24en",
            [0.97, 0.84, 0.84, 0.92, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s24fr.gold.json"),
            "s24fr",
            [0.95, 0.78, 0.93, 0.82, 0.87],
        ),
        (
            include_str!("../fixtures/invented/s25en.gold.json"),
            "s25en",
            [0.97, 0.80, 0.92, 0.87, 0.87],
        ),
        (
            include_str!("../fixtures/invented/s25fr.gold.json"),
            "s25fr",
            [0.96, 0.84, 0.91, 0.89, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s26en.gold.json"),
            "s26en",
            [0.95, 0.89, 0.80, 0.93, 0.89],
        ),
        (
            include_str!("../fixtures/invented/s26fr.gold.json"),
            "s26fr",
            [0.95, 0.82, 0.85, 0.92, 0.89],
        ),
        (
            include_str!("../fixtures/invented/s27en.gold.json"),
            "s27en",
            [0.93, 0.85, 0.85, 0.85, 0.91],
        ),
        (
            include_str!("../fixtures/invented/s27fr.gold.json"),
            "s27fr",
            [0.96, 0.79, 0.88, 0.84, 0.91],
        ),
        (
            include_str!("../fixtures/invented/s28en.gold.json"),
            "s28en",
            [0.89, 0.79, 0.85, 0.84, 0.86],
        ),
        (
            include_str!("../fixtures/invented/s29en.gold.json"),
            "s29en",
            [0.95, 0.81, 0.91, 0.89, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s29fr.gold.json"),
            "s29fr",
            [0.96, 0.76, 0.88, 0.90, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s30en.gold.json"),
            "s30en",
            [0.94, 0.67, 0.89, 0.90, 0.93],
        ),
        (
            include_str!("../fixtures/invented/s30fr.gold.json"),
            "s30fr",
            [0.96, 0.73, 0.82, 0.87, 0.89],
        ),
        (
            include_str!("../fixtures/invented/s31en.gold.json"),
            "s31en",
            [0.94, 0.60, 0.79, 0.74, 0.81],
        ),
        (
            include_str!("../fixtures/invented/s31fr.gold.json"),
            "s31fr",
            [0.91, 0.67, 0.86, 0.81, 0.89],
        ),
        (
            include_str!("../fixtures/invented/s32en.gold.json"),
            "s32en",
            [0.94, 0.70, 0.79, 0.82, 0.81],
        ),
        (
            include_str!("../fixtures/invented/s32fr.gold.json"),
            "s32fr",
            [0.94, 0.67, 0.79, 0.83, 0.87],
        ),
        (
            include_str!("../fixtures/invented/s33en.gold.json"),
            "s33en",
            [0.94, 0.72, 0.80, 0.80, 0.87],
        ),
        (
            include_str!("../fixtures/invented/s33fr.gold.json"),
            "s33fr",
            [0.95, 0.65, 0.78, 0.93, 0.92],
        ),
        (
            include_str!("../fixtures/invented/s34en.gold.json"),
            "s34en",
            [0.95, 0.66, 0.81, 0.80, 0.75],
        ),
        (
            include_str!("../fixtures/invented/s34fr.gold.json"),
            "s34fr",
            [0.89, 0.68, 0.68, 0.88, 0.89],
        ),
        (
            include_str!("../fixtures/invented/s35en.gold.json"),
            "s35en",
            [0.93, 0.65, 0.78, 0.83, 0.80],
        ),
        (
            include_str!("../fixtures/invented/s35fr.gold.json"),
            "s35fr",
            [0.94, 0.58, 0.84, 0.84, 0.78],
        ),
        (
            include_str!("../fixtures/invented/s36en.gold.json"),
            "s36en",
            [0.90, 0.62, 0.75, 0.88, 0.78],
        ),
        (
            include_str!("../fixtures/invented/s36fr.gold.json"),
            "s36fr",
            [0.88, 0.63, 0.71, 0.88, 0.80],
        ),
        (
            include_str!("../fixtures/invented/s37en.gold.json"),
            "s37en",
            [0.94, 0.58, 0.75, 0.78, 0.75],
        ),
        (
            include_str!("../fixtures/invented/s37fr.gold.json"),
            "s37fr",
            [0.93, 0.67, 0.85, 0.89, 0.81],
        ),
        (
            include_str!("../fixtures/invented/s38en.gold.json"),
            "s38en",
            [0.97, 0.73, 0.80, 0.83, 0.83],
        ),
        (
            include_str!("../fixtures/invented/s38fr.gold.json"),
            "s38fr",
            [0.95, 0.56, 0.79, 0.80, 0.83],
        ),
        (
            include_str!("../fixtures/invented/s39en.gold.json"),
            "s39en",
            [0.95, 0.58, 0.77, 0.79, 0.78],
        ),
        (
            include_str!("../fixtures/invented/s39fr.gold.json"),
            "s39fr",
            [0.96, 0.50, 0.75, 0.70, 0.87],
        ),
        (
            include_str!("../fixtures/invented/s40en.gold.json"),
            "s40en",
            [0.94, 0.61, 0.74, 0.82, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s40fr.gold.json"),
            "s40fr",
            [0.91, 0.58, 0.84, 0.78, 0.84],
        ),
        (
            include_str!("../fixtures/invented/s41en.gold.json"),
            "s41en",
            [0.95, 0.64, 0.77, 0.69, 0.86],
        ),
        (
            include_str!("../fixtures/invented/s41fr.gold.json"),
            "s41fr",
            [0.94, 0.68, 0.84, 0.87, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s42en.gold.json"),
            "s42en",
            [0.92, 0.63, 0.74, 0.85, 0.82],
        ),
        (
            include_str!("../fixtures/invented/s42fr.gold.json"),
            "s42fr",
            [0.93, 0.77, 0.77, 0.74, 0.86],
        ),
        (
            include_str!("../fixtures/invented/s43en.gold.json"),
            "s43en",
            [0.82, 0.57, 0.77, 0.63, 0.79],
        ),
        (
            include_str!("../fixtures/invented/s43fr.gold.json"),
            "s43fr",
            [0.92, 0.57, 0.86, 0.81, 0.86],
        ),
        (
            include_str!("../fixtures/invented/s44en.gold.json"),
            "s44en",
            [0.95, 0.84, 0.91, 0.79, 0.93],
        ),
        (
            include_str!("../fixtures/invented/s44fr.gold.json"),
            "s44fr",
            [0.95, 0.73, 0.88, 0.82, 0.91],
        ),
        (
            include_str!("../fixtures/invented/s45en.gold.json"),
            "s45en",
            [0.97, 0.67, 0.75, 0.81, 0.86],
        ),
        (
            include_str!("../fixtures/invented/s45fr.gold.json"),
            "s45fr",
            [0.95, 0.70, 0.85, 0.91, 0.84],
        ),
        (
            include_str!("../fixtures/invented/s46en.gold.json"),
            "s46en",
            [0.96, 0.66, 0.85, 0.88, 0.88],
        ),
        (
            include_str!("../fixtures/invented/s46fr.gold.json"),
            "s46fr",
            [0.94, 0.70, 0.84, 0.81, 0.91],
        ),
        (
            include_str!("../fixtures/invented/s47en.gold.json"),
            "s47en",
            [0.93, 0.80, 0.87, 0.87, 0.89],
        ),
        (
            include_str!("../fixtures/invented/s47fr.gold.json"),
            "s47fr",
            [0.91, 0.67, 0.76, 0.86, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s48en.gold.json"),
            "s48en",
            [0.94, 0.78, 0.88, 0.87, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s48fr.gold.json"),
            "s48fr",
            [0.95, 0.72, 0.78, 0.88, 0.89],
        ),
        (
            include_str!("../fixtures/invented/s49en.gold.json"),
            "s49en",
            [0.89, 0.75, 0.84, 0.82, 0.89],
        ),
        (
            include_str!("../fixtures/invented/s49fr.gold.json"),
            "s49fr",
            [0.95, 0.79, 0.81, 0.90, 0.93],
        ),
        (
            include_str!("../fixtures/invented/s50en.gold.json"),
            "s50en",
            [0.92, 0.86, 0.80, 0.84, 0.91],
        ),
        (
            include_str!("../fixtures/invented/s50fr.gold.json"),
            "s50fr",
            [0.96, 0.71, 0.78, 0.84, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s51en.gold.json"),
            "s51en",
            [0.95, 0.77, 0.77, 0.86, 0.86],
        ),
        (
            include_str!("../fixtures/invented/s51fr.gold.json"),
            "s51fr",
            [0.92, 0.64, 0.78, 0.88, 0.87],
        ),
        (
            include_str!("../fixtures/invented/s52en.gold.json"),
            "s52en",
            [0.96, 0.78, 0.82, 0.87, 0.85],
        ),
        (
            include_str!("../fixtures/invented/s52fr.gold.json"),
            "s52fr",
            [0.89, 0.69, 0.78, 0.89, 0.89],
        ),
        (
            include_str!("../fixtures/invented/s53en.gold.json"),
            "s53en",
            [0.94, 0.74, 0.81, 0.85, 0.91],
        ),
        (
            include_str!("../fixtures/invented/s53fr.gold.json"),
            "s53fr",
            [0.94, 0.67, 0.79, 0.80, 0.86],
        ),
        (
            include_str!("../fixtures/invented/s54en.gold.json"),
            "s54en",
            [0.93, 0.67, 0.81, 0.84, 0.84],
        ),
        (
            include_str!("../fixtures/invented/s54fr.gold.json"),
            "s54fr",
            [0.94, 0.62, 0.86, 0.88, 0.85],
        ),
        (
            include_str!("../fixtures/invented/s55en.gold.json"),
            "s55en",
            [0.95, 0.81, 0.86, 0.81, 0.81],
        ),
        (
            include_str!("../fixtures/invented/s55fr.gold.json"),
            "s55fr",
            [0.92, 0.59, 0.79, 0.80, 0.91],
        ),
        (
            include_str!("../fixtures/invented/s56en.gold.json"),
            "s56en",
            [0.95, 0.78, 0.86, 0.85, 0.88],
        ),
        (
            include_str!("../fixtures/invented/s56fr.gold.json"),
            "s56fr",
            [0.96, 0.75, 0.91, 0.83, 0.87],
        ),
        (
            include_str!("../fixtures/invented/s57en.gold.json"),
            "s57en",
            [0.93, 0.76, 0.83, 0.84, 0.86],
        ),
        (
            include_str!("../fixtures/invented/s57fr.gold.json"),
            "s57fr",
            [0.93, 0.67, 0.91, 0.91, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s58en.gold.json"),
            "s58en",
            [0.93, 0.73, 0.83, 0.90, 0.89],
        ),
        (
            include_str!("../fixtures/invented/s58fr.gold.json"),
            "s58fr",
            [0.94, 0.66, 0.79, 0.83, 0.86],
        ),
        (
            include_str!("../fixtures/invented/s59en.gold.json"),
            "s59en",
            [0.94, 0.74, 0.82, 0.88, 0.87],
        ),
        (
            include_str!("../fixtures/invented/s59fr.gold.json"),
            "s59fr",
            [0.94, 0.78, 0.84, 0.89, 0.85],
        ),
        (
            include_str!("../fixtures/invented/s60en.gold.json"),
            "s60en",
            [0.94, 0.84, 0.85, 0.80, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s60fr.gold.json"),
            "s60fr",
            [0.92, 0.68, 0.88, 0.75, 0.89],
        ),
        (
            include_str!("../fixtures/invented/s61en.gold.json"),
            "s61en",
            [0.92, 0.66, 0.87, 0.86, 0.85],
        ),
        (
            include_str!("../fixtures/invented/s61fr.gold.json"),
            "s61fr",
            [0.96, 0.68, 0.78, 0.89, 0.88],
        ),
        (
            include_str!("../fixtures/invented/s62en.gold.json"),
            "s62en",
            [0.91, 0.71, 0.87, 0.78, 0.87],
        ),
        (
            include_str!("../fixtures/invented/s62fr.gold.json"),
            "s62fr",
            [0.91, 0.73, 0.76, 0.85, 0.82],
        ),
        (
            include_str!("../fixtures/invented/s63en.gold.json"),
            "s63en",
            [0.95, 0.76, 0.77, 0.84, 0.91],
        ),
        (
            include_str!("../fixtures/invented/s63fr.gold.json"),
            "s63fr",
            [0.91, 0.68, 0.78, 0.84, 0.86],
        ),
        (
            include_str!("../fixtures/invented/s64en.gold.json"),
            "s64en",
            [0.94, 0.71, 0.84, 0.82, 0.87],
        ),
        (
            include_str!("../fixtures/invented/s64fr.gold.json"),
            "s64fr",
            [0.92, 0.75, 0.87, 0.86, 0.87],
        ),
        (
            include_str!("../fixtures/invented/s65en.gold.json"),
            "s65en",
            [0.91, 0.75, 0.90, 0.87, 0.87],
        ),
        (
            include_str!("../fixtures/invented/s65fr.gold.json"),
            "s65fr",
            [0.96, 0.72, 0.84, 0.89, 0.82],
        ),
        (
            include_str!("../fixtures/invented/s66en.gold.json"),
            "s66en",
            [0.95, 0.76, 0.86, 0.86, 0.84],
        ),
        (
            include_str!("../fixtures/invented/s66fr.gold.json"),
            "s66fr",
            [0.93, 0.63, 0.84, 0.81, 0.85],
        ),
        (
            include_str!("../fixtures/invented/s67en.gold.json"),
            "s67en",
            [0.87, 0.76, 0.85, 0.88, 0.82],
        ),
        (
            include_str!("../fixtures/invented/s67fr.gold.json"),
            "s67fr",
            [0.93, 0.70, 0.80, 0.82, 0.86],
        ),
        (
            include_str!("../fixtures/invented/s68en.gold.json"),
            "s68en",
            [0.92, 0.81, 0.81, 0.85, 0.88],
        ),
        (
            include_str!("../fixtures/invented/s68fr.gold.json"),
            "s68fr",
            [0.95, 0.68, 0.82, 0.81, 0.90],
        ),
        (
            include_str!("../fixtures/invented/s69en.gold.json"),
            "s69en",
            [0.96, 0.79, 0.78, 0.89, 0.87],
        ),
        (
            include_str!("../fixtures/invented/s69fr.gold.json"),
            "s69fr",
            [0.95, 0.76, 0.84, 0.83, 0.89],
        ),
        (
            include_str!("../fixtures/invented/s70en.gold.json"),
            "s70en",
            [0.87, 0.76, 0.83, 0.76, 0.85],
        ),
        (
            include_str!("../fixtures/invented/s70fr.gold.json"),
            "s70fr",
            [0.95, 0.74, 0.84, 0.91, 0.89],
        ),
    ];
    for (gold, dir, bar) in sets {
        let s = score(gold, &fixture(&format!("tests/fixtures/invented/{dir}")));
        assert_bar(&s, bar);
    }
}

#[test]
fn scorer_normalisation_matches_score_py() {
    assert_eq!(norm("L’Europe"), "europe");
    assert_eq!(norm("États‑Unis"), "etatsunis");
    assert_eq!(norm("The New York Times"), "newyorktimes");
    assert_eq!(locate("a b a b", "b", 2), Some((6, 7)));
    assert_eq!(locate("é é", "é", 2), Some((2, 3)));
}
