//! Compile errors and the byte-offset → line/column mapping they need.

use std::fmt;

/// What kind of problem a [`CompileError`] reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The source is not valid Python (or breaks a rule CPython also enforces at compile time).
    SyntaxError,
    /// Valid Python that Ferrite does not support yet.
    NotImplemented,
}

impl ErrorKind {
    /// The Python exception name this kind is reported as.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::NotImplemented => "NotImplementedError",
        }
    }
}

/// A compile error with a source position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// Syntax error or unsupported feature.
    pub kind: ErrorKind,
    /// Human-readable description (without position or kind).
    pub message: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in chars.
    pub column: usize,
    /// 1-based column just past the offending construct, when it ends on the same line.
    pub end_column: Option<usize>,
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

/// Maps the parser's byte offsets to 1-based line and char columns.
pub(crate) struct SourceMap<'s> {
    source: &'s str,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
}

impl<'s> SourceMap<'s> {
    pub(crate) fn new(source: &'s str) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        SourceMap {
            source,
            line_starts,
        }
    }

    /// `(line, column)` of a byte offset, both 1-based; offsets past the end clamp.
    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.source.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        // The parser only hands out char boundaries, but never panic if it did not.
        let column = match self.source.get(start..offset) {
            Some(s) => s.chars().count(),
            None => offset - start,
        };
        (line, column + 1)
    }

    /// 1-based line of a byte offset.
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.position(offset).0
    }

    /// An error spanning the byte range `start..end`.
    pub(crate) fn error(
        &self,
        kind: ErrorKind,
        message: impl Into<String>,
        start: usize,
        end: usize,
    ) -> CompileError {
        let (line, column) = self.position(start);
        let (end_line, end_col) = self.position(end.max(start));
        CompileError {
            kind,
            message: message.into(),
            line,
            column,
            end_column: (end_line == line && end > start).then_some(end_col),
        }
    }
}
