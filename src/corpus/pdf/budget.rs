//! What reading one PDF may still cost (decompressed bytes, drawing operations, text), and
//! lopdf's errors as reasons.

use crate::corpus::article::{FormatError, MAX_TEXT_BYTES};

/// Most bytes all of a file's content streams may decompress to, together.
pub const MAX_INFLATED: usize = 256 * 1024 * 1024;
/// Most content-stream operations run, over all pages.
const MAX_OPERATIONS: usize = 20_000_000;

/// What reading a file may still cost.
pub struct Budget {
    bytes: usize,
    ops: usize,
    chars: usize,
}

impl Budget {
    pub fn new() -> Budget {
        Budget {
            bytes: MAX_INFLATED,
            ops: MAX_OPERATIONS,
            chars: MAX_TEXT_BYTES,
        }
    }

    /// A budget of `bytes` decompressed bytes (tests make bombs smaller than the real cap).
    #[cfg(test)]
    pub fn with_bytes(bytes: usize) -> Budget {
        Budget {
            bytes,
            ..Budget::new()
        }
    }

    pub fn bytes_left(&self) -> usize {
        self.bytes
    }

    pub fn spend_bytes(&mut self, n: usize) -> Result<(), FormatError> {
        self.bytes = self.bytes.checked_sub(n).ok_or(inflated())?;
        Ok(())
    }

    pub fn spend_op(&mut self) -> Result<(), FormatError> {
        self.ops = self
            .ops
            .checked_sub(1)
            .ok_or_else(|| FormatError::Pdf("too many drawing operations".into()))?;
        Ok(())
    }

    pub fn spend_chars(&mut self, n: usize) -> Result<(), FormatError> {
        self.chars = self.chars.checked_sub(n).ok_or(inflated())?;
        Ok(())
    }
}

pub fn inflated() -> FormatError {
    FormatError::Inflated(MAX_INFLATED / (1024 * 1024))
}

/// A lopdf error as a reason: a decompression over its limit is a bomb, the rest is damage.
pub fn lopdf_error(e: lopdf::Error) -> FormatError {
    match e {
        lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => inflated(),
        lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => FormatError::Encrypted,
        e => FormatError::Pdf(e.to_string()),
    }
}
