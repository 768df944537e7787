//! The batch command line: `vigie extract [--json] PATH...`.
