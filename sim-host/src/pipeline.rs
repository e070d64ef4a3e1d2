//! Source or image → verified [`Program`].
//!
//! Source is compiled, encoded to bytes and then loaded like any `.fbc`, so
//! exactly one verifier guards both paths and `sim-host app.py` behaves the
//! same as `sim-host compile app.py && sim-host app.fbc`.

use crate::diagnostics;
use crate::failure::{Failure, EXIT_ERROR};
use crate::input::{self, Input};
use std::path::Path;
use vm::bytecode::{self, Program};

/// A program ready to run, with its source when we have it (for tracebacks).
pub struct Loaded {
    /// The verified program.
    pub program: Program,
    /// The file name compiled into the image (shown in tracebacks).
    pub filename: String,
    /// The source text, when the input was a `.py`.
    pub source: Option<String>,
}

/// Reads and loads `path`, printing compile diagnostics if it does not compile.
pub fn load_file(path: &Path) -> Result<Loaded, Failure> {
    let filename = path.to_string_lossy().into_owned();
    match input::read(path)? {
        Input::Image(bytes) => {
            let program = load_bytes(&filename, &bytes)?;
            Ok(Loaded {
                program,
                filename,
                source: None,
            })
        }
        Input::Source(source) => {
            let bytes = compile_to_bytes(&filename, &source)?;
            let program = bytecode::load(&bytes).map_err(|e| {
                Failure::error(format!(
                    "{filename}: the compiler produced an image the loader rejects ({e}); \
                     this is a Ferrite bug, please report it"
                ))
            })?;
            Ok(Loaded {
                program,
                filename,
                source: Some(source),
            })
        }
    }
}

/// Compiles and loads `source`, naming it `filename` in tracebacks.
pub fn load_source(filename: &str, source: String) -> Result<Loaded, Failure> {
    let bytes = compile_to_bytes(filename, &source)?;
    let program = load_bytes(filename, &bytes)?;
    Ok(Loaded {
        program,
        filename: filename.to_string(),
        source: Some(source),
    })
}

/// Compiles source to image bytes; a compile error is rendered to stderr.
fn compile_to_bytes(filename: &str, source: &str) -> Result<Vec<u8>, Failure> {
    match compiler::compile(source, filename) {
        Ok(image) => Ok(bytecode::encode(&image)),
        Err(e) => {
            diagnostics::report_compile_error(filename, source, &e);
            Err(Failure::reported(EXIT_ERROR))
        }
    }
}

/// Decodes and verifies image bytes read from `filename`.
fn load_bytes(filename: &str, bytes: &[u8]) -> Result<Program, Failure> {
    bytecode::load(bytes).map_err(|e| Failure::error(format!("{filename}: {e}")))
}
