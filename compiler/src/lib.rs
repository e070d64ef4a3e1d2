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
mod frozen;
mod parse_error;
mod scope;
mod stack_depth;
mod star;
mod stmt;
mod try_stmt;

pub use error::{CompileError, ErrorKind};

use rustpython_parser::{ast, Parse};

/// Compiles a Python module to a bytecode image. `filename` is recorded in
/// every code object for tracebacks.
pub fn compile(source: &str, filename: &str) -> Result<vm::bytecode::Image, CompileError> {
    let body = ast::Suite::parse(source, filename)
        .map_err(|e| parse_error::convert(&error::SourceMap::new(source), &e))?;
    if !frozen::mentions_asyncio(source) {
        return compiler::Compiler::new(source, filename)?.module(&[], &body);
    }
    // The bundled `asyncio` is appended to the text (so the program's own
    // lines keep their numbers) and its statements run first.
    let combined = frozen::with_asyncio(source);
    let all = ast::Suite::parse(&combined, filename)
        .map_err(|e| parse_error::convert(&error::SourceMap::new(&combined), &e))?;
    let split = all
        .iter()
        .position(|s| ast::Ranged::start(s).to_usize() >= source.len())
        .unwrap_or(all.len());
    let (user, prologue) = all.split_at(split);
    let mut c = compiler::Compiler::new(&combined, filename)?;
    c.asyncio = true;
    c.frozen_shift = source.matches('\n').count() as u32 + 2;
    c.module(prologue, user)
}
