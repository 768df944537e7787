//! Fuzz target: the engine on arbitrary UTF-8 never panics, and every span it reports lies inside
//! the text with `text` equal to the char slice `[start, end)`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use vigie::extract::{Lexicon, extract};

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

fuzz_target!(|text: &str| {
    let lexicon = LEXICON.get_or_init(Lexicon::builtin);
    let x = extract(text, lexicon);
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let nchars = bounds.len() - 1;
    let spans = x
        .entities
        .iter()
        .map(|e| (e.start, e.end, &e.text))
        .chain(x.figures.iter().map(|f| (f.start, f.end, &f.text)));
    for (start, end, shown) in spans {
        assert!(
            start <= end && end <= nchars,
            "span {start}..{end} outside 0..{nchars}"
        );
        assert_eq!(
            &text[bounds[start]..bounds[end]],
            shown.as_str(),
            "span {start}..{end}"
        );
    }
    for f in &x.figures {
        assert!(
            f.value.is_finite() && f.value >= 0.0,
            "figure {:?} value {}",
            f.text,
            f.value
        );
    }
});
