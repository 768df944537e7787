//! The `.qdpx` ZIP container: writing `project.qde` plus `sources/`, and reading entries back
//! with size limits (a hostile archive cannot exhaust memory).

use super::QdpxError;
use std::io::{Cursor, Read, Seek, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// The XML's name inside the archive.
pub const PROJECT_XML: &str = "project.qde";
/// The folder of the sources inside the archive.
pub const SOURCES: &str = "sources/";
/// The largest `project.qde` read.
pub const MAX_XML: u64 = 256 * 1024 * 1024;
/// The largest source read (articles are small; this leaves room for books).
pub const MAX_SOURCE: u64 = 64 * 1024 * 1024;

/// A ZIP of `project.qde` and each `(file name, text)` under `sources/`.
pub fn write(xml: &[u8], sources: &[(String, &str)]) -> Result<Vec<u8>, QdpxError> {
    let zerr = |e: zip::result::ZipError| QdpxError::Archive(e.to_string());
    let ioerr = |e: std::io::Error| QdpxError::Archive(e.to_string());
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    zip.start_file(PROJECT_XML, opts).map_err(zerr)?;
    zip.write_all(xml).map_err(ioerr)?;
    for (name, text) in sources {
        zip.start_file(format!("{SOURCES}{name}"), opts)
            .map_err(zerr)?;
        zip.write_all(text.as_bytes()).map_err(ioerr)?;
    }
    Ok(zip.finish().map_err(zerr)?.into_inner())
}

/// An opened archive.
pub struct Archive<R: Read + Seek> {
    zip: ZipArchive<R>,
}

impl<R: Read + Seek> Archive<R> {
    pub fn open(reader: R) -> Result<Self, QdpxError> {
        let zip = ZipArchive::new(reader).map_err(|e| QdpxError::Archive(e.to_string()))?;
        Ok(Archive { zip })
    }

    /// The project XML: `project.qde` at the root (or, failing that, the only `.qde` file).
    pub fn project_xml(&mut self) -> Result<Vec<u8>, QdpxError> {
        let name = if self.zip.index_for_name(PROJECT_XML).is_some() {
            PROJECT_XML.to_string()
        } else {
            let qde: Vec<String> = self
                .zip
                .file_names()
                .filter_map(Result::ok)
                .filter(|n| n.to_ascii_lowercase().ends_with(".qde"))
                .map(|n| n.to_string())
                .collect();
            match qde.as_slice() {
                [one] => one.clone(),
                _ => return Err(QdpxError::NoProjectXml),
            }
        };
        self.read(&name, MAX_XML)?.ok_or(QdpxError::NoProjectXml)
    }

    /// A source file by its name inside `sources/`; `None` when the archive has no such file.
    pub fn source(&mut self, file: &str) -> Result<Option<Vec<u8>>, QdpxError> {
        self.read(&format!("{SOURCES}{file}"), MAX_SOURCE)
    }

    /// An entry's bytes, refusing more than `limit` whatever its header claims.
    fn read(&mut self, name: &str, limit: u64) -> Result<Option<Vec<u8>>, QdpxError> {
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        let too_large = |size| QdpxError::TooLarge {
            entry: name.to_string(),
            size,
            limit,
        };
        let file = self
            .zip
            .by_index(index)
            .map_err(|e| QdpxError::Archive(format!("{name}: {e}")))?;
        if file.size() > limit {
            return Err(too_large(file.size()));
        }
        let mut bytes = Vec::new();
        file.take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| QdpxError::Archive(format!("{name}: {e}")))?;
        if bytes.len() as u64 > limit {
            return Err(too_large(bytes.len() as u64));
        }
        Ok(Some(bytes))
    }
}
