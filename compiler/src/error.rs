//! Compile errors with a 1-based position.

use core::fmt;

/// What kind of error `compile` reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The source is not valid Python.
    SyntaxError,
    /// Valid Python that Ferrite does not support yet.
    NotImplemented,
}

impl ErrorKind {
    /// The Python exception name shown to users.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::NotImplemented => "NotImplementedError",
        }
    }
}

/// A compile error with a 1-based source position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// Syntax error or unsupported feature.
    pub kind: ErrorKind,
    /// Human-readable message.
    pub message: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in chars.
    pub column: usize,
    /// 1-based column one past the end of the offending span, if known.
    pub end_column: Option<usize>,
}

impl CompileError {
    /// An error at byte `offset` of `source`.
    pub(crate) fn at(
        source: &str,
        offset: usize,
        kind: ErrorKind,
        message: String,
    ) -> CompileError {
        let offset = offset.min(source.len());
        let before = source.get(..offset).unwrap_or(source);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        CompileError {
            kind,
            message,
            line,
            column,
            end_column: None,
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.line,
            self.column,
            self.kind.name(),
            self.message
        )
    }
}

impl std::error::Error for CompileError {}
