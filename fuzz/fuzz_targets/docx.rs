//! Fuzz target: the Word reader on arbitrary bytes never panics, and an article it returns has
//! text. Seed corpus: `tests/fixtures/formats/*.docx`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(a) = vigie::corpus::docx::read(data) {
        assert!(!a.text.trim().is_empty());
    }
});
