//! Fuzz target: the project file reader (`*.vigie`: JSON, versions, migration from version 1)
//! never panics, overflows the stack or runs away with memory on any bytes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;
use vigie::project::Project;

fuzz_target!(|bytes: &[u8]| {
    let _ = Project::from_bytes(bytes, Path::new("/nonexistent/vigie-fuzz/p.vigie"));
});
