//! Fuzz target: reading a `.qdpx` archive (ZIP, then `project.qde` XML, codes, sources and
//! selections) never panics, never overflows the stack, and a project it gives has every tag
//! inside its article's text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;
use vigie::interchange::qdpx;

fuzz_target!(|bytes: &[u8]| {
    // Nothing is written: the destination is only where paths would point.
    if let Ok((project, _)) = qdpx::import_dry(bytes, Path::new("/nonexistent/vigie-fuzz")) {
        let book = project.book();
        for t in &book.tags {
            assert!(t.start < t.end, "tag {}..{}", t.start, t.end);
            assert!(book.article(t.article).is_some(), "tag of no article");
            assert!(book.theme(t.theme).is_some(), "tag of no theme");
        }
    }
});
