//! An uncaught exception as the host sees it: type, message and traceback.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

/// One traceback line: `File "app.py", line 3, in f`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceEntry {
    /// Source file name from the code object.
    pub filename: String,
    /// 1-based source line.
    pub line: u32,
    /// Function name (`<module>` for module level).
    pub function: String,
}

/// An exception that reached the top of the program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uncaught {
    /// Outermost call first, as CPython prints it.
    pub traceback: Vec<TraceEntry>,
    /// The exception's class name, e.g. `ZeroDivisionError`.
    pub type_name: String,
    /// `str(exc)`; empty when the exception has no arguments.
    pub message: String,
}

impl fmt::Display for Uncaught {
    /// Formats like CPython (without source lines, which the host may add).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.traceback.is_empty() {
            writeln!(f, "Traceback (most recent call last):")?;
            for e in &self.traceback {
                writeln!(
                    f,
                    "  File \"{}\", line {}, in {}",
                    e.filename, e.line, e.function
                )?;
            }
        }
        if self.message.is_empty() {
            writeln!(f, "{}", self.type_name)
        } else {
            writeln!(f, "{}: {}", self.type_name, self.message)
        }
    }
}
