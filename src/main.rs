//! Entry point: no argument opens the desktop app; `vigie extract ...` runs the batch engine.

fn main() {
    let lex = vigie::extract::Lexicon::builtin();
    for d in vigie::corpus::bundled_seeds() {
        let x = vigie::extract::extract(&d.text, &lex);
        println!("{} {} {}", d.path, x.entities.len(), x.figures.len());
    }
}
