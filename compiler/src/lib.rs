//! Ferrite's compiler: Python source to a bytecode image.
//!
//! The source is parsed with `rustpython-parser` and compiled, one code
//! object per function, into a [`vm::bytecode::Image`] following the
//! contract in `vm::bytecode` (the ISA in `op.rs`, the image in `image.rs`).
//! Unsupported Python features are reported as
//! [`ErrorKind::NotImplemented`] errors rather than miscompiled.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod class_stmt;
mod compiler;
mod comprehension;
mod consts;
mod emit;
mod error;
mod expr;
mod import_stmt;
mod parse_error;
mod program;
mod scope;
mod stack_depth;
mod star;
mod stmt;
mod try_stmt;

pub use error::{CompileError, ErrorKind};
pub use program::{compile_interactive, compile_program, Loader, ProgramError};

use rustpython_parser::{ast, Parse};

/// Compiles a Python module to a bytecode image. `filename` is recorded in
/// every code object for tracebacks.
pub fn compile(source: &str, filename: &str) -> Result<vm::bytecode::Image, CompileError> {
    let body = ast::Suite::parse(source, filename)
        .map_err(|e| parse_error::convert(&error::SourceMap::new(source), &e))?;
    compiler::Compiler::new(source, filename)?.module(&body)
}
