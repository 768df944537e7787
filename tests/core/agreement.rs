//! Intercoder agreement: two coders' projects of one corpus compared theme by theme, through
//! the library and `vigie agree`.

use crate::interchange_common::*;
use vigie::project::Project;

#[test]
fn two_coders_of_one_corpus_are_compared_theme_by_theme() {
    let dir = TempDir::new("agree");
    let mut a = sample();
    a.edit(|b| b.coder = "A".into());
    let (article, theme) = (a.book().corpus[1].id, a.book().themes[0].id);
    let text = a.article_text(article).unwrap();
    // B: the same corpus and codebook, no tags of A's, one passage of its own for theme 0.
    let mut b = sample();
    b.edit(|bk| {
        bk.tags.clear();
        bk.coder = "B".into();
    });
    let b_article = b.book().corpus[1].id;
    b.edit(|bk| bk.add_tag(theme, b_article, &text, 10..30))
        .unwrap();
    a.edit(|bk| bk.add_tag(theme, article, &text, 20..40))
        .unwrap();
    let len = |p: &Project, id| p.article_text(id).ok().map(|t| t.chars().count());
    let r = vigie::agreement::compare(&a, &b, &len);
    assert_eq!((r.articles, r.unmatched), (5, 0));
    let name = {
        let t = a.book().theme(theme).unwrap();
        t.name.clone()
    };
    let row = r.themes.iter().find(|t| t.theme == name).unwrap();
    // A's sample tags of that theme plus 20..40, B's 10..30: they share 20..30.
    assert!(row.a >= 20 && row.b == 20 && row.both >= 10, "{row:?}");
    let k = row.kappa().unwrap();
    assert!(k > 0.0 && k < 1.0, "{k}");
    // A theme B never used: B coded nothing, so agreement is below 1 unless A coded nothing.
    assert!(r.themes.iter().all(|t| t.b == 0 || t.theme == name));
    // The command line says the same, as CSV.
    let (pa, pb, out) = (
        dir.path().join("a.vigie"),
        dir.path().join("b.vigie"),
        dir.path().join("k.csv"),
    );
    a.save_as(&pa).unwrap();
    b.save_as(&pb).unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args([
            "agree",
            "--a",
            pa.to_str().unwrap(),
            "--b",
            pb.to_str().unwrap(),
        ])
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.starts_with("theme,chars_a,chars_b,chars_both,chars_total,agreement,kappa"));
    assert!(
        csv.contains(&format!("{name},{},{},{}", row.a, row.b, row.both)),
        "{csv}"
    );
}
