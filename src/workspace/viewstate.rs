//! What the reader showed, kept in the project file (`ViewState`): the article being read, the
//! interface language, the hidden highlight kinds and the open panels. Written before every
//! save and autosave, restored when a project opens. Not under undo, never makes it dirty.

use crate::extract::{EntityKind, FigureKind};
use crate::i18n::Lang;
use crate::project::ViewState;
use crate::workspace::core::Workspace;

const FIGURE_KINDS: [FigureKind; 4] = [
    FigureKind::Money,
    FigureKind::Chips,
    FigureKind::Power,
    FigureKind::Flops,
];

impl Workspace {
    /// Copies what the app shows into the project's view state.
    pub(crate) fn store_view(&mut self) {
        let mut panels = Vec::new();
        for (open, name) in [
            (self.codebook.open, "codebook"),
            (self.charts.open, "charts"),
            (self.corrections_open, "corrections"),
        ] {
            if open {
                panels.push(name.to_string());
            }
        }
        let v = &mut self.project.view;
        v.selected_article = self.selected.and_then(|i| self.docs.get(i)).map(|d| d.id);
        v.ui_language = self.lang.code().to_lowercase();
        v.hidden_entity_kinds = EntityKind::ALL
            .into_iter()
            .filter(|k| !self.visibility.shows(*k))
            .collect();
        v.hidden_figure_kinds = if self.visibility.figures {
            Vec::new()
        } else {
            FIGURE_KINDS.to_vec()
        };
        v.open_panels = panels;
        v.hide_coding_stripes = !self.visibility.stripes;
    }

    /// Shows what the project's view state says (unknown or stale parts are ignored).
    pub(crate) fn restore_view(&mut self) {
        let v: ViewState = self.project.view.clone();
        if let Some(i) = v
            .selected_article
            .and_then(|id| self.docs.iter().position(|d| d.id == id))
        {
            self.selected = Some(i);
        }
        if let Some(lang) = Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(&v.ui_language))
        {
            self.lang = lang;
        }
        for k in EntityKind::ALL {
            if v.hidden_entity_kinds.contains(&k) == self.visibility.shows(k) {
                self.visibility.toggle(k);
            }
        }
        self.visibility.figures = v.hidden_figure_kinds.is_empty();
        self.visibility.stripes = !v.hide_coding_stripes;
        let open = |name: &str| v.open_panels.iter().any(|p| p == name);
        self.codebook.open = open("codebook");
        self.charts.open = open("charts");
        self.corrections_open = open("corrections");
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::workspace::core::Workspace;

    #[test]
    fn the_view_goes_into_the_project_and_comes_back() {
        let mut app = Workspace::with_seeds();
        app.selected = Some(3);
        app.lang = Lang::Fr;
        app.visibility.toggle(crate::extract::EntityKind::Place);
        app.visibility.figures = false;
        app.charts.open = true;
        app.visibility.stripes = false;
        app.store_view();
        assert!(
            !app.project.is_dirty(),
            "the view never makes the project dirty"
        );
        let view = app.project.view.clone();
        assert_eq!(view.ui_language, "fr");
        assert_eq!(view.open_panels, ["charts"]);

        let mut other = Workspace::with_seeds();
        other.project.view = view;
        other.restore_view();
        assert_eq!(other.selected, Some(3));
        assert_eq!(other.lang, Lang::Fr);
        assert!(!other.visibility.shows(crate::extract::EntityKind::Place));
        assert!(other.visibility.shows(crate::extract::EntityKind::Company));
        assert!(!other.visibility.figures);
        assert!(other.charts.open && !other.codebook.open);
        assert!(!other.visibility.stripes);
        // A project saved before the setting existed shows the stripes.
        other.project.view = crate::project::ViewState::default();
        other.restore_view();
        assert!(other.visibility.stripes);
    }
}
