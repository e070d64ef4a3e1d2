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

/// Compiles a single-file program to a bytecode image. `filename` is
/// recorded in every code object for tracebacks. Imports of built-in and
/// frozen modules (`asyncio`) work; any other module raises
/// `ModuleNotFoundError` when its import runs (use [`compile_program`] for a
/// multi-file app).
pub fn compile(source: &str, filename: &str) -> Result<vm::bytecode::Image, CompileError> {
    struct OneFile<'s> {
        path: &'s str,
        source: &'s str,
    }
    impl Loader for OneFile<'_> {
        fn load(&mut self, path: &str) -> Result<Option<String>, String> {
            Ok((path == self.path).then(|| self.source.to_owned()))
        }
    }
    let mut loader = OneFile {
        path: filename,
        source,
    };
    compile_program(filename, &mut loader).map_err(|e| match e {
        ProgramError::Compile { error, .. } => error,
        ProgramError::Read { path, message } => CompileError {
            kind: ErrorKind::SyntaxError,
            message: format!("{path}: {message}"),
            line: 1,
            column: 1,
            end_column: None,
        },
    })
}
