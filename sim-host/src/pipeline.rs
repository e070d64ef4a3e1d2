//! Source or image → verified [`Program`].
//!
//! Source is compiled, encoded to bytes and then loaded like any `.fbc`, so
//! exactly one verifier guards both paths and `sim-host app.py` behaves the
//! same as `sim-host compile app.py && sim-host app.fbc`.

use crate::diagnostics;
use crate::failure::{Failure, EXIT_ERROR};
use crate::input::{self, Input};
use std::path::{Path, PathBuf};
use vm::bytecode::{self, Program};

/// A program ready to run, with its source when we have it (for tracebacks).
pub struct Loaded {
    /// The verified program.
    pub program: Program,
    /// The file name compiled into the image (shown in tracebacks).
    pub filename: String,
    /// The source text, when the input was a `.py`.
    pub source: Option<String>,
    /// Every imported module's file name (as compiled into the image) and text.
    pub modules: ModuleSources,
}

impl Loaded {
    /// The source texts for tracebacks: the main script's and its modules'.
    pub fn sources(&self) -> crate::traceback::Sources {
        let mut sources = crate::traceback::Sources::new();
        if let Some(text) = &self.source {
            sources.insert(&self.filename, text.clone());
        }
        for (name, text) in &self.modules {
            sources.insert(name, text.clone());
        }
        sources
    }
}

/// `(file name, text)` of each imported module.
pub type ModuleSources = Vec<(String, String)>;

/// Reads a program's files for the compiler: the main script from memory,
/// its modules from disk (`root` joined with the path the compiler asks
/// for), remembering each module's text for tracebacks.
pub struct FsLoader {
    main: (String, String),
    root: PathBuf,
    /// Files read so far, `(path, text)`.
    pub read: Vec<(String, String)>,
}

impl FsLoader {
    /// A loader serving `main_source` as `main_path` and other paths under `root`.
    pub fn new(main_path: &str, main_source: &str, root: PathBuf) -> FsLoader {
        FsLoader {
            main: (main_path.to_owned(), main_source.to_owned()),
            root,
            read: Vec::new(),
        }
    }
}

impl compiler::Loader for FsLoader {
    fn load(&mut self, path: &str) -> Result<Option<String>, String> {
        if path == self.main.0 {
            return Ok(Some(self.main.1.clone()));
        }
        let full = self.root.join(path);
        if !full.is_file() {
            return Ok(None);
        }
        let bytes = std::fs::read(&full).map_err(|e| e.to_string())?;
        let text = input::decode_source(&full, bytes)
            .map_err(|f| f.message.unwrap_or_else(|| "not valid UTF-8".into()))?;
        self.read.push((path.to_owned(), text.clone()));
        Ok(Some(text))
    }
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
                modules: Vec::new(),
            })
        }
        Input::Source(source) => {
            let (bytes, modules) = compile_to_bytes(&filename, &source, PathBuf::new())?;
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
                modules,
            })
        }
    }
}

/// Compiles and loads `source`, naming it `filename` in tracebacks; the
/// modules it imports are looked for under `root` (`filename` is relative to it).
pub fn load_source(filename: &str, source: String, root: PathBuf) -> Result<Loaded, Failure> {
    let (bytes, modules) = compile_to_bytes(filename, &source, root)?;
    let program = load_bytes(filename, &bytes)?;
    Ok(Loaded {
        program,
        filename: filename.to_string(),
        source: Some(source),
        modules,
    })
}

/// Compiles a program (the script `filename` and the modules it imports)
/// to image bytes, with the modules' texts; a compile error is rendered to stderr.
pub fn compile_to_bytes(
    filename: &str,
    source: &str,
    root: PathBuf,
) -> Result<(Vec<u8>, ModuleSources), Failure> {
    let mut loader = FsLoader::new(filename, source, root);
    match compiler::compile_program(filename, &mut loader) {
        Ok(image) => Ok((bytecode::encode(&image), loader.read)),
        Err(e) => Err(report_program_error(&e)),
    }
}

/// Shows a [`compiler::ProgramError`] on stderr, naming the file.
pub fn report_program_error(e: &compiler::ProgramError) -> Failure {
    match e {
        compiler::ProgramError::Compile {
            path,
            source,
            error,
        } => {
            diagnostics::report_compile_error(path, source, error);
            Failure::reported(EXIT_ERROR)
        }
        compiler::ProgramError::Read { path, message } => {
            Failure::error(format!("{path}: {message}"))
        }
    }
}

/// Decodes and verifies image bytes read from `filename`.
fn load_bytes(filename: &str, bytes: &[u8]) -> Result<Program, Failure> {
    bytecode::load(bytes).map_err(|e| Failure::error(format!("{filename}: {e}")))
}
