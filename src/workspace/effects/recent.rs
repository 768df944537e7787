//! Recently opened projects: at most [`MAX`] paths, newest first, kept as a JSON list in the
//! per-user config folder. An unreadable or damaged list is an empty one, never an error.

use std::path::{Path, PathBuf};

/// How many projects the list keeps.
pub const MAX: usize = 10;

/// The list of recent projects, newest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Recent {
    pub paths: Vec<PathBuf>,
}

impl Recent {
    /// Reads the list from `file`; missing, unreadable or damaged → empty.
    pub fn load(file: &Path) -> Recent {
        let paths = crate::safe_read::read(file, 1 << 20)
            .ok()
            .and_then(|b| serde_json::from_slice::<Vec<PathBuf>>(&b).ok())
            .unwrap_or_default();
        let mut r = Recent::default();
        // Oldest first, so that the newest ends on top; duplicates and extras go.
        for p in paths.into_iter().rev() {
            r.push(p);
        }
        r
    }

    /// Writes the list to `file` (creating its folder).
    pub fn save(&self, file: &Path) -> std::io::Result<()> {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let bytes = serde_json::to_vec_pretty(&self.paths).map_err(std::io::Error::other)?;
        Ok(crate::atomic_file::write(file, &bytes)?)
    }

    /// Puts `path` on top (once), dropping the oldest beyond [`MAX`].
    pub fn push(&mut self, path: PathBuf) {
        self.paths.retain(|p| *p != path);
        self.paths.insert(0, path);
        self.paths.truncate(MAX);
    }

    /// Forgets `path` (a project that no longer opens).
    pub fn remove(&mut self, path: &Path) {
        self.paths.retain(|p| p != path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_once_and_at_most_ten() {
        let mut r = Recent::default();
        for i in 0..12 {
            r.push(PathBuf::from(format!("/p/{i}.vigie")));
        }
        r.push(PathBuf::from("/p/5.vigie"));
        assert_eq!(r.paths.len(), MAX);
        assert_eq!(r.paths[0], PathBuf::from("/p/5.vigie"));
        assert_eq!(r.paths[1], PathBuf::from("/p/11.vigie"));
        assert_eq!(r.paths.iter().filter(|p| p.ends_with("5.vigie")).count(), 1);
        assert!(!r.paths.contains(&PathBuf::from("/p/0.vigie")));
        r.remove(Path::new("/p/5.vigie"));
        assert_eq!(r.paths[0], PathBuf::from("/p/11.vigie"));
    }

    #[test]
    fn round_trip_and_damaged_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("sub/recent.json");
        assert_eq!(Recent::load(&file), Recent::default());
        let mut r = Recent::default();
        r.push(PathBuf::from("/a.vigie"));
        r.push(PathBuf::from("/b.vigie"));
        r.save(&file).expect("save");
        assert_eq!(Recent::load(&file), r);
        std::fs::write(&file, b"{not json").expect("write");
        assert_eq!(Recent::load(&file), Recent::default());
        std::fs::write(&file, [0xff, 0x00, 0x12]).expect("write");
        assert_eq!(Recent::load(&file), Recent::default());
    }
}
