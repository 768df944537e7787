//! Temporary probe (never committed): rules vs reranked owners on /tmp/probe_in.txt.
#[test]
fn probe() {
    let p = std::env::var("PROBE").unwrap_or("/tmp/probe_in.txt".into());
    let t = std::fs::read_to_string(p).unwrap();
    let lex = crate::extract::Lexicon::builtin();
    let r = crate::extract::extract_rules(&t, &lex);
    let x = crate::extract::extract(&t, &lex);
    for (a, b) in r.figures.iter().zip(&x.figures) {
        println!(
            "F: {} | rules={:?} | ranked={:?} role={:?} in={}",
            a.text, a.actor, b.actor, b.role, b.in_totals
        );
    }
}
