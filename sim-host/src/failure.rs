//! How a command fails: an exit code and, unless already reported, a message.

/// Exit status for an uncaught Python exception.
pub const EXIT_EXCEPTION: u8 = 1;
/// Exit status for anything that kept the program from running.
pub const EXIT_ERROR: u8 = 2;

/// Why a command stopped; `main` prints `message` as `error: …` and exits with `code`.
#[derive(Debug)]
pub struct Failure {
    /// Process exit status.
    pub code: u8,
    /// One-line message, or `None` when the details were already printed
    /// (compile diagnostics, tracebacks).
    pub message: Option<String>,
}

impl Failure {
    /// A file, compile or image problem (exit 2) with a message.
    pub fn error(message: impl Into<String>) -> Failure {
        Failure {
            code: EXIT_ERROR,
            message: Some(message.into()),
        }
    }

    /// A failure whose details are already on stderr.
    pub fn reported(code: u8) -> Failure {
        Failure {
            code,
            message: None,
        }
    }
}
