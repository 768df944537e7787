//! Files and projects in the app's window: the File menu, the Problems panel and the modals
//! (`view`), the import report (`report`), the native dialogs (`dialogs`, with `portal` saying
//! whether there are any), the app's own file browser when there are none (`browser`), and the
//! per-user places the app runs with. What they ask is carried out by `workspace::effects`.

mod browser;
pub mod dialogs;
mod portal;
mod report;
mod view;

pub use browser::Browser;
pub use dialogs::RfdDialogs;
pub use view::{menu_bar, panels, shortcuts, show_overlays};

use crate::workspace::effects::Files;
use crate::workspace::effects::recent::Recent;
use crate::workspace::effects::recovery::Places;

/// Real dialogs and the per-user folders (what `vigie` runs with).
pub fn user_files() -> Files {
    portal::probe_in_background();
    let places = user_places();
    Files {
        recent: places
            .as_ref()
            .map(|p| Recent::load(&p.recent_file()))
            .unwrap_or_default(),
        places,
        dialogs: Box::new(RfdDialogs::default()),
        ..Files::default()
    }
}

/// The per-user folders of the recent list and recovery files (`None`: the system has none).
pub fn user_places() -> Option<Places> {
    let dirs = directories::ProjectDirs::from("org", "Vigie", "vigie")?;
    Some(Places {
        config: dirs.config_dir().to_path_buf(),
        data: dirs.data_dir().to_path_buf(),
    })
}
