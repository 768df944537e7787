//! Reading a file Vigie did not write, the one way every outside file is read: regular files
//! only (never a device, a pipe or a socket), opened without blocking, and never more than a
//! cap, so that a hostile path cannot hang Vigie or fill its memory.

use std::fs::File;
use std::io::Read;
use std::path::Path;

/// Why an outside file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// A device, a pipe (FIFO), a socket or a folder: nothing Vigie reads as a file.
    #[error("not a regular file (a device, a pipe, a socket or a folder)")]
    NotRegular,
    /// Larger than the cap (the size in bytes, or the cap plus one when it grew while read).
    #[error("too large ({size} bytes, at most {cap})")]
    TooLarge { size: u64, cap: u64 },
}

impl From<ReadError> for std::io::Error {
    fn from(e: ReadError) -> std::io::Error {
        match e {
            ReadError::Io(e) => e,
            e => std::io::Error::new(std::io::ErrorKind::InvalidInput, e),
        }
    }
}

/// Opens `path` for reading if it is a regular file (symbolic links are followed). The open never
/// blocks: a FIFO is opened non-blocking, seen for what it is, and refused.
pub fn open(path: &Path) -> Result<File, ReadError> {
    // A first look spares opening devices at all (opening some has effects).
    if !std::fs::metadata(path)?.is_file() {
        return Err(ReadError::NotRegular);
    }
    let file = open_nonblocking(path)?;
    // The file opened may not be the one looked at (it can be swapped in between): check it.
    if !file.metadata()?.is_file() {
        return Err(ReadError::NotRegular);
    }
    Ok(file)
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

/// Reads the whole of the regular file `path`, refusing one larger than `cap` bytes (checked
/// before reading, and while reading, for a file that grows).
pub fn read(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    let file = open(path)?;
    let size = file.metadata()?.len();
    if size > cap {
        return Err(ReadError::TooLarge { size, cap });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(ReadError::TooLarge { size: cap + 1, cap });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_regular_file_and_refuses_one_over_the_cap() {
        let dir = tempfile::tempdir().expect("temp dir");
        let f = dir.path().join("a.txt");
        std::fs::write(&f, b"hello").expect("write");
        assert_eq!(read(&f, 5).expect("read"), b"hello");
        assert!(matches!(
            read(&f, 4),
            Err(ReadError::TooLarge { size: 5, cap: 4 })
        ));
        assert!(matches!(read(dir.path(), 10), Err(ReadError::NotRegular)));
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_never_read() {
        for dev in ["/dev/zero", "/dev/urandom", "/dev/null"] {
            if Path::new(dev).exists() {
                assert!(
                    matches!(read(Path::new(dev), 1 << 20), Err(ReadError::NotRegular)),
                    "{dev}"
                );
            }
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = dir.path().join("x.txt");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo");
        assert!(made.success());
        // With nobody writing, a blocking open would never return.
        assert!(matches!(open_nonblocking(&fifo).map(|_| ()), Ok(())));
        assert!(matches!(read(&fifo, 10), Err(ReadError::NotRegular)));
    }
}
