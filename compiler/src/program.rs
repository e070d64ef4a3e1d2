//! Multi-file programs: follow the main script's imports, compile every
//! module it can reach once, and emit one image with a module table.
//!
//! The compiler does no I/O itself (it also runs in WebAssembly): the caller
//! supplies a [`Loader`] that reads files. Modules are searched in the main
//! script's directory, then in its `lib/` subdirectory (MicroPython's
//! convention); a directory with `__init__.py` is a package, and wins over
//! a `name.py` beside it, as in CPython. Built-in module names (`math`,
//! `machine`, …) are never looked up on disk: the VM's built-ins take
//! priority. An import that finds nothing is left to fail at run time with
//! `ModuleNotFoundError`, which a program may catch.

use crate::compiler::{Compiler, ModuleCtx};
use crate::consts::Pools;
use crate::error::{CompileError, SourceMap};
use rustpython_parser::{ast, Parse};
use std::collections::{HashMap, VecDeque};
use std::fmt;
use vm::bytecode::{CodeObject, Image, ModuleEntry, MODULE_PACKAGE};

/// Reads source files for [`compile_program`]; paths use `/` separators.
pub trait Loader {
    /// The text of the file at `path`; `Ok(None)` if there is no such file,
    /// `Err(message)` if it exists but cannot be read.
    fn load(&mut self, path: &str) -> Result<Option<String>, String>;
}

/// Why a program could not be compiled: which file, and what went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgramError {
    /// A file (the main script or an imported module) failed to compile.
    Compile {
        /// The file's path, as passed to the loader.
        path: String,
        /// Its text, to show the offending line.
        source: String,
        /// The error, with its line and column.
        error: CompileError,
    },
    /// A file could not be read.
    Read {
        /// The file's path.
        path: String,
        /// The reason.
        message: String,
    },
}

impl fmt::Display for ProgramError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProgramError::Compile { path, error, .. } => write!(f, "{path}:{error}"),
            ProgramError::Read { path, message } => write!(f, "{path}: {message}"),
        }
    }
}

impl std::error::Error for ProgramError {}

/// Compiles the script at `main_path` and every module it imports (at any
/// depth, from anywhere in the code, including inside functions) into one
/// image. Modules nothing imports are left out.
pub fn compile_program(main_path: &str, loader: &mut dyn Loader) -> Result<Image, ProgramError> {
    let source = match loader.load(main_path) {
        Ok(Some(s)) => s,
        Ok(None) => {
            return Err(ProgramError::Read {
                path: main_path.to_owned(),
                message: "no such file".into(),
            })
        }
        Err(message) => {
            return Err(ProgramError::Read {
                path: main_path.to_owned(),
                message,
            })
        }
    };
    let mut b = Build::new(
        dir_of(main_path),
        loader,
        Pools::default(),
        Vec::new(),
        Vec::new(),
    );
    let ctx = ModuleCtx {
        name: "__main__".into(),
        ..ModuleCtx::default()
    };
    b.compile_unit(main_path, &source, ctx)?;
    b.finish()
}

/// Compiles one more input of the interactive prompt against `prev` (the
/// program so far): the result is `prev` extended with the new names,
/// constants and code objects (existing indices unchanged) and any modules
/// the input imports that `prev` lacks, plus the index of the input's code
/// object, which runs in `__main__`'s globals. Top-level expression
/// statements echo their value. `dir` is where modules are searched.
pub fn compile_interactive(
    prev: &Image,
    source: &str,
    filename: &str,
    dir: &str,
    loader: &mut dyn Loader,
) -> Result<(Image, u16), ProgramError> {
    let pools = Pools::from_parts(prev.names.clone(), prev.consts.clone());
    let codes = prev.codes.iter().cloned().map(Some).collect();
    let mut b = Build::new(dir.to_owned(), loader, pools, codes, prev.modules.clone());
    for m in &prev.modules {
        let name = prev.names[m.name as usize].clone();
        b.known.insert(name, true);
    }
    let entry = b.codes.len() as u16;
    let ctx = ModuleCtx {
        name: "__main__".into(),
        interactive: true,
        ..ModuleCtx::default()
    };
    b.compile_unit(filename, source, ctx)?;
    Ok((b.finish()?, entry))
}

/// A module file found on the search path.
struct Found {
    path: String,
    source: String,
    is_package: bool,
}

struct Build<'l> {
    dir: String,
    loader: &'l mut dyn Loader,
    pools: Pools,
    codes: Vec<Option<CodeObject>>,
    modules: Vec<ModuleEntry>,
    /// Module names already looked up: `true` if compiled or queued.
    known: HashMap<String, bool>,
    queue: VecDeque<(String, Found)>,
}

impl<'l> Build<'l> {
    fn new(
        dir: String,
        loader: &'l mut dyn Loader,
        pools: Pools,
        codes: Vec<Option<CodeObject>>,
        modules: Vec<ModuleEntry>,
    ) -> Self {
        Build {
            dir,
            loader,
            pools,
            codes,
            modules,
            known: HashMap::new(),
            queue: VecDeque::new(),
        }
    }

    /// Compiles one file and queues the modules it imports.
    fn compile_unit(
        &mut self,
        path: &str,
        source: &str,
        ctx: ModuleCtx,
    ) -> Result<(), ProgramError> {
        let err = |error: CompileError| ProgramError::Compile {
            path: path.to_owned(),
            source: source.to_owned(),
            error,
        };
        let body = ast::Suite::parse(source, path)
            .map_err(|e| err(crate::parse_error::convert(&SourceMap::new(source), &e)))?;
        let pools = std::mem::take(&mut self.pools);
        let codes = std::mem::take(&mut self.codes);
        let c = Compiler::continuing(source, path, pools, codes, ctx).map_err(err)?;
        let (pools, codes, imports) = c.module_parts(&body).map_err(err)?;
        self.pools = pools;
        self.codes = codes;
        for imp in imports {
            self.follow(&imp)?;
        }
        Ok(())
    }

    /// Finds the module an import names (and its parent packages), queueing
    /// each for compilation the first time.
    fn follow(&mut self, module: &str) -> Result<(), ProgramError> {
        let top = module.split('.').next().unwrap_or_default();
        if vm::builtin_module_names().any(|m| m == top) || module.is_empty() {
            return Ok(());
        }
        // The directory of the package found so far.
        let mut parent: Option<String> = None;
        let mut end = 0;
        loop {
            let next = module[end..].find('.').map_or(module.len(), |i| end + i);
            let name = &module[..next];
            let part = &module[end..next];
            if !self.known.contains_key(name) {
                let dirs: Vec<String> = match &parent {
                    None => vec![self.dir.clone(), join(&self.dir, "lib")],
                    Some(d) => vec![d.clone()],
                };
                let mut found = self
                    .find(&dirs, part)
                    .map_err(|(path, message)| ProgramError::Read { path, message })?;
                if found.is_none() && parent.is_none() {
                    found = crate::frozen::source(part).map(|(path, source)| Found {
                        path: path.to_owned(),
                        source: source.to_owned(),
                        is_package: false,
                    });
                }
                match found {
                    Some(f) => {
                        self.known.insert(name.to_owned(), true);
                        self.queue.push_back((name.to_owned(), f));
                    }
                    None => {
                        self.known.insert(name.to_owned(), false);
                    }
                }
            }
            if !self.known[name] {
                // Not found: the VM raises ModuleNotFoundError if this import runs.
                return Ok(());
            }
            if next == module.len() {
                return Ok(());
            }
            let pkg_dir = self.package_dir(name);
            match pkg_dir {
                Some(d) => parent = Some(d),
                None => return Ok(()), // not a package: `a.b` fails at run time
            }
            end = next + 1;
        }
    }

    /// The directory of a found package, from its `__init__.py` path.
    fn package_dir(&self, name: &str) -> Option<String> {
        if let Some((_, f)) = self.queue.iter().find(|(n, _)| n == name) {
            return f.is_package.then(|| dir_of(&f.path));
        }
        let image_names = &self.pools.names;
        self.modules
            .iter()
            .find(|m| image_names[m.name as usize] == name)
            .filter(|m| m.flags & MODULE_PACKAGE != 0)
            .and_then(|m| self.codes[m.first as usize].as_ref())
            .map(|c| dir_of(&image_names[c.filename as usize]))
    }

    /// `dir/part/__init__.py`, else `dir/part.py`, in the first directory that has either.
    fn find(&mut self, dirs: &[String], part: &str) -> Result<Option<Found>, (String, String)> {
        for d in dirs {
            let pkg = join(&join(d, part), "__init__.py");
            if let Some(source) = self.loader.load(&pkg).map_err(|e| (pkg.clone(), e))? {
                return Ok(Some(Found {
                    path: pkg,
                    source,
                    is_package: true,
                }));
            }
            let file = join(d, &format!("{part}.py"));
            if let Some(source) = self.loader.load(&file).map_err(|e| (file.clone(), e))? {
                return Ok(Some(Found {
                    path: file,
                    source,
                    is_package: false,
                }));
            }
        }
        Ok(None)
    }

    /// Compiles the queued modules (and what they import) and assembles the image.
    fn finish(mut self) -> Result<Image, ProgramError> {
        while let Some((name, f)) = self.queue.pop_front() {
            let first = self.codes.len();
            let ctx = ModuleCtx {
                name: name.clone(),
                is_package: f.is_package,
                interactive: false,
            };
            self.compile_unit(&f.path, &f.source, ctx)?;
            let count = self.codes.len() - first;
            let too_many = |what: &str| ProgramError::Compile {
                path: f.path.clone(),
                source: f.source.clone(),
                error: CompileError {
                    kind: crate::ErrorKind::NotImplemented,
                    message: format!("too many {what} in one program (at most 65535)"),
                    line: 1,
                    column: 1,
                    end_column: None,
                },
            };
            let name_index = self.pools.name(&name).map_err(|_| too_many("names"))?;
            self.modules.push(ModuleEntry {
                name: name_index,
                first: u16::try_from(first).map_err(|_| too_many("code objects"))?,
                count: u16::try_from(count).map_err(|_| too_many("code objects"))?,
                flags: if f.is_package { MODULE_PACKAGE } else { 0 },
            });
        }
        Ok(Image {
            names: self.pools.names,
            consts: self.pools.consts,
            codes: self.codes.into_iter().flatten().collect(),
            modules: self.modules,
        })
    }
}

/// The directory part of a `/`-separated path (`""` for a bare file name).
fn dir_of(path: &str) -> String {
    match path.rfind('/') {
        Some(i) => path[..i].to_owned(),
        None => String::new(),
    }
}

/// `dir/name` (just `name` when `dir` is empty).
fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_owned()
    } else {
        format!("{dir}/{name}")
    }
}
