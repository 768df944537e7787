//! Article paths stored relative to the project file (with `/`), and resolved back.

use std::path::{Component, Path, PathBuf};

/// An absolute, lexically cleaned form of `p` (`.` and `..` removed, no symlink resolution).
pub fn absolute(p: &Path) -> PathBuf {
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            c => out.push(c.as_os_str()),
        }
    }
    out
}

/// How `target` is stored in a project whose file is in `base_dir`: relative with `/`
/// separators, or absolute (still with `/`) when there is no base or they share no root.
pub fn to_stored(base_dir: Option<&Path>, target: &Path) -> String {
    let target = absolute(target);
    let Some(base) = base_dir.map(absolute) else {
        return slashes(&target);
    };
    let t: Vec<Component> = target.components().collect();
    let b: Vec<Component> = base.components().collect();
    // Different drives or roots: nothing relative to say.
    if t.first() != b.first() {
        return slashes(&target);
    }
    let common = t.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = vec!["..".to_string(); b.len() - common];
    parts.extend(
        t[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// The path a stored string points to, for a project whose file is in `base_dir`.
pub fn resolve(base_dir: Option<&Path>, stored: &str) -> PathBuf {
    let p = Path::new(stored);
    if p.is_absolute() || stored.starts_with('/') {
        return p.to_path_buf();
    }
    let mut out = base_dir.map(Path::to_path_buf).unwrap_or_default();
    for part in stored.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            part => out.push(part),
        }
    }
    out
}

/// True when `target` lies inside the folder `dir`: lexically (no `..` or absolute path out of
/// it) and, when both exist, once symbolic links are followed (no link out of it).
pub fn is_inside(dir: &Path, target: &Path) -> bool {
    let (dir, target) = (absolute(dir), absolute(target));
    if !target.starts_with(&dir) {
        return false;
    }
    match (std::fs::canonicalize(&dir), std::fs::canonicalize(&target)) {
        (Ok(d), Ok(t)) => t.starts_with(d),
        // A missing file reads nothing; a folder that cannot be resolved is not trusted.
        (Ok(_), Err(_)) => true,
        (Err(_), _) => false,
    }
}

/// Re-expresses a stored path when the project file moves from `old_dir` to `new_dir`.
pub fn rebase(old_dir: Option<&Path>, new_dir: &Path, stored: &str) -> String {
    to_stored(Some(new_dir), &resolve(old_dir, stored))
}

fn slashes(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_use_slashes_and_dots() {
        let base = Path::new("/data/projects/ia");
        assert_eq!(
            to_stored(Some(base), Path::new("/data/projects/ia/articles/a.txt")),
            "articles/a.txt"
        );
        assert_eq!(
            to_stored(Some(base), Path::new("/data/corpus/./b.txt")),
            "../../corpus/b.txt"
        );
        assert_eq!(to_stored(None, Path::new("/data/x.txt")), "/data/x.txt");
    }

    #[test]
    fn inside_means_under_the_folder_with_links_followed() {
        let base = Path::new("/data/projects/ia");
        assert!(!is_inside(
            base,
            &resolve(Some(base), "../../../etc/shadow")
        ));
        assert!(!is_inside(base, &resolve(Some(base), "/etc/shadow")));
        assert!(!is_inside(base, Path::new("/data/projects/iab/x.txt")));
        let dir = tempfile::tempdir().expect("temp dir");
        let f = dir.path().join("a.txt");
        std::fs::write(&f, "x").expect("write");
        assert!(is_inside(dir.path(), &f));
        assert!(is_inside(dir.path(), &dir.path().join("sub/missing.txt")));
        #[cfg(unix)]
        {
            let outside = tempfile::tempdir().expect("temp dir");
            let secret = outside.path().join("secret.txt");
            std::fs::write(&secret, "x").expect("write");
            let link = dir.path().join("link.txt");
            std::os::unix::fs::symlink(&secret, &link).expect("symlink");
            assert!(!is_inside(dir.path(), &link));
        }
    }

    #[test]
    fn stored_paths_resolve_back() {
        let base = Path::new("/data/projects/ia");
        for target in [
            "/data/projects/ia/articles/a.txt",
            "/data/corpus/b.txt",
            "/c.txt",
        ] {
            let stored = to_stored(Some(base), Path::new(target));
            assert_eq!(
                resolve(Some(base), &stored),
                PathBuf::from(target),
                "{stored}"
            );
        }
        assert_eq!(
            rebase(Some(base), Path::new("/data"), "articles/a.txt"),
            "projects/ia/articles/a.txt"
        );
    }
}
