//! File ▸ Import ▸ Codebook: a Taguette CSV or a REFI-QDA `.qdc` added to the project's codebook
//! in one undoable edit (themes already there are kept; what was not taken is listed in
//! Problems).

use crate::interchange::{codebook, qdpx};
use crate::workspace::codebook::next_colour;
use crate::workspace::command::BrowseKind;
use crate::workspace::core::Workspace;
use crate::workspace::state::{Problem, Why};
use std::path::Path;

impl Workspace {
    pub(super) fn import_codebook_dialog(&mut self) {
        if let Some(p) = self.ask(BrowseKind::ImportCodebook, |d, _| d.open_file("csv")) {
            self.import_codebook_from(&p);
        }
    }

    pub(super) fn import_codebook_from(&mut self, path: &Path) {
        let s = self.lang.interchange();
        let added = codebook::read(path).and_then(|codes| {
            qdpx::add_codes(&mut self.project, &codes, &next_colour).map_err(|e| e.to_string())
        });
        match added {
            Ok(report) => {
                let shown = path.display().to_string();
                for item in &report.left_out {
                    self.files.problems.push(Problem {
                        path: shown.clone(),
                        reason: Why::LeftOut(item.clone()),
                        article: None,
                    });
                }
                self.after_book_change();
                self.inform(format!("{shown}: {} {}", report.themes, s.themes_added));
            }
            Err(e) => self.report_error(format!("{}: {e}", s.import_failed)),
        }
    }
}
