//! Loading: bytes → decoded [`Image`] ([`decode`]) → verified [`Program`] ([`verify`]).
//!
//! This is the only door into the interpreter: a [`Program`] can only be
//! made by [`Program::verify`], so holding one proves the image passed every
//! check in [`verify`](super::verify) ("verified once, trusted after").

use super::decode::decode;
use super::error::LoadError;
use super::image::Image;
use super::verify::verify;

/// A verified program: every index, jump, stack depth and handler range has
/// been checked, so the interpreter can trust it.
#[derive(Clone, Debug)]
pub struct Program {
    image: Image,
}

impl Program {
    /// Verifies an in-memory image (as the compiler produced it).
    pub fn verify(image: Image) -> Result<Program, LoadError> {
        verify(&image)?;
        Ok(Program { image })
    }

    /// The verified image.
    pub fn image(&self) -> &Image {
        &self.image
    }

    /// Gives the verified image back.
    pub fn into_image(self) -> Image {
        self.image
    }
}

/// Decodes and verifies an `.fbc` file's bytes.
pub fn load(bytes: &[u8]) -> Result<Program, LoadError> {
    Program::verify(decode(bytes)?)
}
