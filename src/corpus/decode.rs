//! Decoding: turns a file's bytes into text (UTF-8 with or without BOM, UTF-16 with BOM,
//! Windows-1252 fallback) or says why it is not an article.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

const MB: u64 = 1024 * 1024;

/// Largest file Vigie reads as an article.
pub const MAX_BYTES: u64 = 50 * 1024 * 1024;

/// Why a file is not an article; the message is shown to the analyst as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("empty file")]
    Empty,
    #[error("not a text file (binary data, not UTF-8 or Latin-1 text)")]
    Binary,
    /// The size in MB, rounded up.
    #[error("larger than 50 MB ({0} MB)")]
    TooLarge(u64),
}

/// How the bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Windows1252,
    /// Another encoding the file declares for itself (an HTML `<meta charset>`).
    Declared(&'static encoding_rs::Encoding),
}

/// The [`DecodeError::TooLarge`] error for a file of `size` bytes, or `None` within the limit.
pub fn check_size(size: u64) -> Result<(), DecodeError> {
    if size > MAX_BYTES {
        return Err(DecodeError::TooLarge(size.div_ceil(MB)));
    }
    Ok(())
}

/// Decodes an article's bytes. The BOM is dropped; nothing else is changed, so offsets into the
/// returned string are the contract's offsets.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    decode_with_fallback(bytes, WINDOWS_1252)
}

/// [`decode`] of bytes the caller gives up: valid UTF-8 without a BOM (the common case)
/// becomes the text without a copy, so a large file is held once, not twice.
pub fn decode_owned(bytes: Vec<u8>) -> Result<(String, Encoding), DecodeError> {
    check_size(bytes.len() as u64)?;
    if bytes.starts_with(b"\xEF\xBB\xBF")
        || bytes.starts_with(b"\xFF\xFE")
        || bytes.starts_with(b"\xFE\xFF")
    {
        return decode(&bytes);
    }
    match String::from_utf8(bytes) {
        // The same checks as `decode` on text that is valid UTF-8.
        Ok(text) if text.trim().is_empty() => Err(DecodeError::Empty),
        Ok(text) if looks_binary(text.as_bytes()) => Err(DecodeError::Binary),
        Ok(text) => Ok((text, Encoding::Utf8)),
        Err(e) => decode(e.as_bytes()),
    }
}

/// Like [`decode`], but bytes that are not UTF-8 (and carry no BOM) are read as `fallback`
/// instead of Windows-1252.
pub fn decode_with_fallback(
    bytes: &[u8],
    fallback: &'static encoding_rs::Encoding,
) -> Result<(String, Encoding), DecodeError> {
    check_size(bytes.len() as u64)?;
    let (text, enc) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (
            std::str::from_utf8(rest)
                .map_err(|_| DecodeError::Binary)?
                .to_string(),
            Encoding::Utf8,
        )
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        let (s, had_errors) = UTF_16LE.decode_without_bom_handling(rest);
        if had_errors {
            return Err(DecodeError::Binary);
        }
        (s.into_owned(), Encoding::Utf16)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        let (s, had_errors) = UTF_16BE.decode_without_bom_handling(rest);
        if had_errors {
            return Err(DecodeError::Binary);
        }
        (s.into_owned(), Encoding::Utf16)
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_string(), Encoding::Utf8)
    } else {
        if looks_binary(bytes) {
            return Err(DecodeError::Binary);
        }
        let (s, _) = fallback.decode_without_bom_handling(bytes);
        let enc = if fallback == WINDOWS_1252 {
            Encoding::Windows1252
        } else {
            Encoding::Declared(fallback)
        };
        (s.into_owned(), enc)
    };
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    if looks_binary(text.as_bytes()) {
        return Err(DecodeError::Binary);
    }
    Ok((text, enc))
}

/// NUL bytes, or more than 1 % control characters other than tab, CR, LF and form feed.
fn looks_binary(bytes: &[u8]) -> bool {
    if memchr::memchr(0, bytes).is_some() {
        return true;
    }
    let controls = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    controls * 100 > bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_dropped() {
        let (s, e) = decode("\u{feff}Été".as_bytes()).unwrap();
        assert_eq!((s.as_str(), e), ("Été", Encoding::Utf8));
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Pékin €".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Pékin €".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        assert_eq!(decode(&le).unwrap().0, "Pékin €");
        assert_eq!(decode(&be).unwrap().0, "Pékin €");
    }

    #[test]
    fn windows_1252_fallback_reads_accents_and_euro() {
        let bytes = b"Caf\xe9 \x80 5 milliards d\x92euros";
        let (s, e) = decode(bytes).unwrap();
        assert_eq!(s, "Café € 5 milliards d\u{2019}euros");
        assert_eq!(e, Encoding::Windows1252);
    }

    #[test]
    fn binary_and_empty_are_refused_with_reasons() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(DecodeError::Binary)
        );
        assert_eq!(decode(b"  \n "), Err(DecodeError::Empty));
        assert_eq!(decode(b""), Err(DecodeError::Empty));
    }

    #[test]
    fn reasons_read_clearly() {
        assert_eq!(DecodeError::Empty.to_string(), "empty file");
        assert_eq!(
            DecodeError::Binary.to_string(),
            "not a text file (binary data, not UTF-8 or Latin-1 text)"
        );
        assert_eq!(
            check_size(62 * MB - 5).map_err(|e| e.to_string()),
            Err("larger than 50 MB (62 MB)".to_string())
        );
        assert_eq!(check_size(MAX_BYTES), Ok(()));
        assert_eq!(check_size(MAX_BYTES + 1), Err(DecodeError::TooLarge(51)));
    }

    #[test]
    fn declared_fallback_is_used_for_non_utf8_only() {
        let sjis = b"\x93\xfa\x96\x7b"; // 日本 in Shift_JIS
        let (s, e) = decode_with_fallback(sjis, encoding_rs::SHIFT_JIS).unwrap();
        assert_eq!(
            (s.as_str(), e),
            ("日本", Encoding::Declared(encoding_rs::SHIFT_JIS))
        );
        let (s, e) = decode_with_fallback("é".as_bytes(), encoding_rs::SHIFT_JIS).unwrap();
        assert_eq!((s.as_str(), e), ("é", Encoding::Utf8));
    }

    #[test]
    fn owned_bytes_decode_as_borrowed_ones() {
        for bytes in [
            b"Mistral AI \xC3\xA9".to_vec(),
            b"\xEF\xBB\xBFavec BOM".to_vec(),
            b"caf\xE9 en Windows-1252".to_vec(),
            b"   \n ".to_vec(),
            b"bin\x00ary".to_vec(),
        ] {
            let owned = decode_owned(bytes.clone()).map(|(t, _)| t);
            let borrowed = decode(&bytes).map(|(t, _)| t);
            assert_eq!(owned.is_ok(), borrowed.is_ok(), "{bytes:?}");
            assert_eq!(owned.ok(), borrowed.ok());
        }
    }
}
