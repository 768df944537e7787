//! `vigie report --project FILE [--theme NAME] [--lang fr|en] --out FILE.md|FILE.html`: a
//! theme's (or every theme's) passages and the co-occurrence tables, for a report.

use crate::extract::Lexicon;
use crate::i18n::Lang;
use crate::interchange::report::{self, ReportOptions};
use crate::project::Project;
use crate::workspace::headless;
use std::path::Path;

/// Writes the report; returns the lines to print.
pub fn run(
    project_path: &Path,
    theme: Option<&str>,
    lang: Lang,
    out: &Path,
    base: &Lexicon,
) -> Result<Vec<String>, String> {
    let project = Project::open(project_path).map_err(|e| e.to_string())?;
    let theme = match theme {
        None => None,
        Some(name) => {
            let wanted = name.trim().to_lowercase();
            let found = project
                .book()
                .themes
                .iter()
                .find(|t| t.name.trim().to_lowercase() == wanted)
                .ok_or_else(|| format!("the project has no theme called {name:?}"))?;
            Some(found.id)
        }
    };
    let loaded = headless::from_open_project(&project, project.name(), base);
    let lexicon = project.lexicon(base);
    let name = |c: &str| crate::i18n::actor_name(&lexicon, c, lang).to_string();
    let md = report::markdown(
        &loaded.corpus,
        project.name(),
        ReportOptions { theme, lang },
        &name,
    );
    let html = out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    let bytes = if html {
        report::html(&md, project.name()).into_bytes()
    } else {
        md.into_bytes()
    };
    crate::atomic_file::write(out, &bytes).map_err(|e| e.to_string())?;
    let mut lines = vec![format!("wrote {}", out.display())];
    lines.extend(loaded.problems.iter().map(|p| format!("skipped {p}")));
    Ok(lines)
}
