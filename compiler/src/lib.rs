//! Ferrite's compiler: Python source (parsed by `rustpython-parser`) to a
//! bytecode [`Image`] in the format `vm::bytecode` defines and verifies.
#![forbid(unsafe_code)]

mod builder;
mod codegen;
mod error;
mod scope;

pub use error::{CompileError, ErrorKind};

use vm::bytecode::Image;

/// Compiles `source` (named `filename` in tracebacks) into an image.
pub fn compile(source: &str, filename: &str) -> Result<Image, CompileError> {
    let module = rustpython_parser::parse(source, rustpython_parser::Mode::Module, filename)
        .map_err(|e| {
            CompileError::at(
                source,
                u32::from(e.offset) as usize,
                ErrorKind::SyntaxError,
                e.error.to_string(),
            )
        })?;
    let rustpython_parser::ast::Mod::Module(m) = module else {
        return Err(CompileError::at(
            source,
            0,
            ErrorKind::SyntaxError,
            "expected a module".into(),
        ));
    };
    codegen::compile_module(source, filename, &m.body)
}
