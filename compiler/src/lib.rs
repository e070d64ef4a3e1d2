//! Ferrite's compiler: Python source to a bytecode image.
//!
//! TEMPORARY STAND-IN on the `host` branch only, so `sim-host` and `benches`
//! build against the agreed `compile` signature before the real compiler
//! lands. At merge, take the compiler branch's version of this file.
//! It reports real syntax errors (via rustpython-parser) and otherwise emits
//! a module that does nothing.
#![forbid(unsafe_code)]

use rustpython_parser::{parse, Mode};
use vm::bytecode::{CodeObject, Image, LineEntry, Op};

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

/// Compiles `source` (named `filename` in tracebacks) into an image.
pub fn compile(source: &str, filename: &str) -> Result<Image, CompileError> {
    if let Err(e) = parse(source, Mode::Module, filename) {
        let offset = (u32::from(e.offset) as usize).min(source.len());
        let before = source.get(..offset).unwrap_or(source);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        return Err(CompileError {
            kind: ErrorKind::SyntaxError,
            message: e.error.to_string(),
            line,
            column,
            end_column: None,
        });
    }
    Ok(Image {
        names: vec!["<module>".into(), filename.into()],
        consts: vec![],
        codes: vec![CodeObject {
            name: 0,
            filename: 1,
            first_line: 1,
            argcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            local_names: vec![],
            max_stack: 1,
            code: vec![Op::LoadNone as u8, Op::ReturnValue as u8],
            lines: vec![LineEntry { pc: 0, line: 1 }],
            handlers: vec![],
        }],
    })
}
