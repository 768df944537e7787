//! Fuzz target: the PDF reader on arbitrary bytes never panics (the app catches a panic, but a
//! finding here is a bug to fix or to report upstream), and an article it returns has text.
//! Seed corpus: `tests/fixtures/formats/*.pdf`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(a) = vigie::corpus::pdf::read(data) {
        assert!(!a.text.trim().is_empty());
        assert!(!a.text.contains('\u{0}'));
    }
});
