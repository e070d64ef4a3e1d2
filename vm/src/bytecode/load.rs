//! Loading: bytes → decoded [`Image`] → verified [`Program`].
//! (Placeholder: the decoder and verifier land in `decode.rs`/`verify.rs`.)

use super::image::Image;
use super::error::LoadError;

/// A verified program: every index, jump, stack depth and handler range has
/// been checked, so the interpreter can trust it.
#[derive(Clone, Debug)]
pub struct Program {
    image: Image,
}

impl Program {
    /// Verifies an in-memory image (as the compiler produced it).
    pub fn verify(image: Image) -> Result<Program, LoadError> {
        Ok(Program { image })
    }

    /// The verified image.
    pub fn image(&self) -> &Image {
        &self.image
    }
}

/// Decodes and verifies an `.fbc` file's bytes.
pub fn load(_bytes: &[u8]) -> Result<Program, LoadError> {
    Err(LoadError::Truncated { offset: 0, what: "image" })
}
