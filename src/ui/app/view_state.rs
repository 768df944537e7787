//! What only the window keeps between frames, beside the read-only workspace: the reader's
//! scroll, gestures and layout caches, where the chart bars were drawn, the app's own file
//! browser, the article list's folded texts. Views change it freely; the workspace never sees it.

use crate::ui::files::Browser;
use crate::ui::reader::ReaderState;
use crate::workspace::state::ListCache;

/// The window's own state.
#[derive(Default)]
pub struct ViewState {
    pub(crate) reader: ReaderState,
    /// Where each chart bar was drawn last frame (actor, screen rect), for clicks and tests.
    pub bar_rects: Vec<(String, egui::Rect)>,
    /// Where the bar chart's value axis was drawn last frame (pinned under the bars).
    pub axis_rect: Option<egui::Rect>,
    /// The app's own file browser, while the workspace asks through it.
    pub(super) browser: Browser,
    /// The folded texts the article list's filter searches.
    pub(super) list: ListCache,
}

impl ViewState {
    /// Drops what belonged to a project that was replaced (the browser stays: it may be the
    /// one that opened the new project).
    pub(super) fn forget_project(&mut self) {
        self.reader = ReaderState::default();
        self.bar_rects.clear();
        self.list = ListCache::default();
    }
}
