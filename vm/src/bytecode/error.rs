//! Why an image was rejected.

use core::fmt;

/// A typed reason for rejecting an image; `Display` gives a one-line message for users.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The bytes end before `what` is complete.
    Truncated {
        /// Byte offset where more data was needed.
        offset: usize,
        /// What was being read.
        what: &'static str,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Truncated { offset, what } => {
                write!(f, "truncated image: {what} ends early at byte {offset}")
            }
        }
    }
}
