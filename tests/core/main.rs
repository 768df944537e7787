//! The core's integration tests (engine, corpus, project, charts, interchange, CLI), as one
//! test binary: linking each file as its own binary cost a link of the whole crate per file.
//! The app's tests (egui_kittest) are the other binary, `tests/app`.

mod interchange_common;

mod agreement;
mod chart_aggregate;
mod chart_export;
mod claims;
mod claims_corpus;
mod claims_corrections;
mod corpus_dates;
mod corpus_formats;
mod corpus_html;
mod corpus_html_layout;
mod corpus_loader;
mod corpus_md_code;
mod gold;
mod gold_match;
mod hostile_exports;
mod hostile_paths;
mod hostile_sizes;
mod interchange_import;
mod interchange_qdpx;
mod interchange_qualcoder;
mod interchange_sample;
mod interchange_tables;
mod peer_specs;
mod project_anchor;
mod project_files;
mod project_kill;
mod project_model;
mod project_replaced;
mod report;
mod robustness;
