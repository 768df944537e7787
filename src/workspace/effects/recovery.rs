//! Where per-user files live (recent list, recovery files), and which recovery file belongs to
//! which project: one per project path, plus one for the project never saved.

use crate::project::{Project, recovery_is_newer};
use crate::workspace::state::RecoveryOffer;
use std::path::{Path, PathBuf};

/// The per-user folders Vigie writes to.
#[derive(Debug, Clone, PartialEq)]
pub struct Places {
    /// Settings: the recent list.
    pub config: PathBuf,
    /// Data: recovery files.
    pub data: PathBuf,
}

impl Places {
    /// Both folders inside `dir` (tests).
    pub fn in_dir(dir: &Path) -> Places {
        Places {
            config: dir.join("config"),
            data: dir.join("data"),
        }
    }

    pub fn recent_file(&self) -> PathBuf {
        self.config.join("recent.json")
    }

    /// The recovery file of the project saved at `project`, or of the unsaved project.
    pub fn recovery_file(&self, project: Option<&Path>) -> PathBuf {
        let dir = self.data.join("recovery");
        match project {
            None => dir.join("untitled.vigie"),
            Some(p) => {
                let stem = p
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let stem: String = stem
                    .chars()
                    .map(|c| if c.is_alphanumeric() { c } else { '_' })
                    .take(40)
                    .collect();
                let hash = crate::corpus::content_hash(&p.to_string_lossy());
                dir.join(format!("{stem}-{}.vigie", &hash[..16]))
            }
        }
    }

    /// Writes the recovery file of `project` (creating the folder).
    pub fn autosave(&self, project: &Project) -> Result<PathBuf, String> {
        let file = self.recovery_file(project.path());
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        project.save_recovery(&file).map_err(|e| e.to_string())?;
        Ok(file)
    }

    /// The recovery to offer for `project` (or the never-saved project), if any: a recovery
    /// file that opens and is newer than the project file.
    pub fn offer(&self, project: Option<&Path>) -> Option<RecoveryOffer> {
        let recovery = self.recovery_file(project);
        let newer = match project {
            Some(p) => recovery_is_newer(p, &recovery),
            None => recovery.is_file() && Project::open(&recovery).is_ok(),
        };
        newer.then(|| RecoveryOffer {
            recovery,
            project: project.map(Path::to_path_buf),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_recovery_file_per_project_path() {
        let p = Places::in_dir(Path::new("/tmp/x"));
        let a = p.recovery_file(Some(Path::new("/a/études.vigie")));
        let b = p.recovery_file(Some(Path::new("/b/études.vigie")));
        assert_ne!(a, b);
        assert!(a.starts_with("/tmp/x/data/recovery"));
        assert!(a.to_string_lossy().contains("études-"));
        assert_eq!(p.recovery_file(None), p.recovery_file(None));
        assert!(p.recovery_file(None).ends_with("untitled.vigie"));
    }

    #[test]
    fn a_recovery_is_offered_only_when_it_opens() {
        let dir = tempfile::tempdir().expect("temp dir");
        let places = Places::in_dir(dir.path());
        assert!(places.offer(None).is_none());
        let mut project = Project::with_seeds("t");
        project.set_name("changed");
        places.autosave(&project).expect("autosave");
        assert!(places.offer(None).is_some());
        std::fs::write(places.recovery_file(None), b"{\"format\":").expect("write");
        assert!(places.offer(None).is_none());
    }
}
