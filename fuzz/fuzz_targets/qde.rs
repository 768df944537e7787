//! Fuzz target: the `project.qde` XML alone, wrapped in a valid ZIP archive, so that the fuzzer
//! works on the XML rather than on the ZIP container (see `qdpx` for the archive).

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::io::Write;
use std::path::Path;
use vigie::interchange::qdpx;

fuzz_target!(|xml: &[u8]| {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored);
    if zip.start_file("project.qde", stored).is_err() || zip.write_all(xml).is_err() {
        return;
    }
    let Ok(cursor) = zip.finish() else { return };
    let _ = qdpx::import_dry(cursor.get_ref(), Path::new("/nonexistent/vigie-fuzz"));
});
