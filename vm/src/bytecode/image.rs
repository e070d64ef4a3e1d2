//! The in-memory form of a bytecode image (`.fbc`): what the compiler builds,
//! what `encode` writes and what `decode` + `verify` give back.
//!
//! The byte layout is documented in `docs/bytecode.md`; all integers are
//! little-endian.

use alloc::string::String;
use alloc::vec::Vec;

/// First four bytes of every image.
pub const MAGIC: [u8; 4] = *b"FRRT";
/// The format version this VM reads and writes.
pub const FORMAT_VERSION: u16 = 2;
/// Size of the fixed header: magic, version, flags, body length, CRC-32 of the body.
pub const HEADER_LEN: usize = 16;
/// Largest code object, in bytes: jump operands and table offsets are 16-bit.
pub const MAX_CODE_LEN: usize = u16::MAX as usize;

/// Code-object flag: the function takes `*args` (a tuple in the slot after the keyword-only parameters).
pub const CODE_VARARGS: u8 = 1 << 0;
/// Code-object flag: the function takes `**kwargs` (a dict in the slot after that).
pub const CODE_VARKW: u8 = 1 << 1;
/// Code-object flag: the function is a generator: calling it returns a
/// generator object instead of running the body (see `vm/src/interp/generator.rs`).
pub const CODE_GENERATOR: u8 = 1 << 2;
/// Code-object flag (with `CODE_GENERATOR`): an `async def`; calling it
/// returns a `coroutine` object (a generator frame of its own type, driven by
/// `await` / `send`).
pub const CODE_COROUTINE: u8 = 1 << 3;
/// Code-object flag (with `CODE_GENERATOR`): an `async def` containing
/// `yield`; calling it returns an `async_generator` object.
pub const CODE_ASYNC_GENERATOR: u8 = 1 << 4;
/// Every flag bit this format version defines.
pub const CODE_KNOWN_FLAGS: u8 =
    CODE_VARARGS | CODE_VARKW | CODE_GENERATOR | CODE_COROUTINE | CODE_ASYNC_GENERATOR;

/// Module-table flag: the module is a package (a directory with
/// `__init__.py`), so `from pkg import name` may import submodule `pkg.name`.
pub const MODULE_PACKAGE: u8 = 1 << 0;
/// Every module flag bit this format version defines.
pub const MODULE_KNOWN_FLAGS: u8 = MODULE_PACKAGE;

/// One importable module of a multi-file program (the module table).
///
/// The module's code objects are `first..first + count`: its body is
/// `codes[first]`, the rest are its functions, classes and comprehensions,
/// which run with this module's globals. Code objects in no entry belong to
/// `__main__` (`codes[0]` is its body).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModuleEntry {
    /// Absolute dotted module name (index into `Image::names`), e.g. `pkg.sub`.
    pub name: u16,
    /// Index of the module body's code object.
    pub first: u16,
    /// Number of code objects the module owns (at least 1: the body).
    pub count: u16,
    /// `MODULE_*` flags.
    pub flags: u8,
}

/// A constant-pool entry.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    /// `None`
    None,
    /// `True`
    True,
    /// `False`
    False,
    /// `...`
    Ellipsis,
    /// An integer that fits in 64 bits.
    Int(i64),
    /// A larger integer: sign and little-endian base-2³² magnitude (no trailing zero limbs).
    BigInt {
        /// Whether the value is negative.
        negative: bool,
        /// Magnitude limbs, least significant first.
        magnitude: Vec<u32>,
    },
    /// A float.
    Float(f64),
    /// A string.
    Str(String),
    /// A `bytes` literal.
    Bytes(Vec<u8>),
    /// A tuple of earlier constants (indices strictly below this entry's own).
    Tuple(Vec<u16>),
    /// A reference to a code object (for `MakeFunction` consumers and disassembly).
    Code(u16),
}

/// One entry of a code object's line table: instructions from `pc` on are on `line`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineEntry {
    /// First instruction offset this entry covers.
    pub pc: u16,
    /// 1-based source line.
    pub line: u32,
}

/// One entry of a code object's exception table (zero-cost exceptions, as in CPython 3.11).
///
/// An exception raised by an instruction in `start..end` unwinds the value
/// stack to `depth` items, pushes the exception and jumps to `target`.
/// The first matching entry wins, so inner handlers come first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    /// First covered instruction offset.
    pub start: u16,
    /// One past the last covered byte offset.
    pub end: u16,
    /// Handler entry point.
    pub target: u16,
    /// Stack depth to unwind to before pushing the exception.
    pub depth: u16,
}

/// A compiled function or module body.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// Qualified function name (index into `Image::names`), e.g.
    /// `outer.<locals>.inner`; its last `.`-part is `__name__`. `<module>`
    /// for the module body.
    pub name: u16,
    /// Source file name (index into `Image::names`).
    pub filename: u16,
    /// Line of the `def` (or 1 for a module).
    pub first_line: u32,
    /// Number of positional parameters (the first locals).
    pub argcount: u8,
    /// Number of keyword-only parameters (following the positional ones).
    pub kwonlyargcount: u8,
    /// How many of the positional parameters are positional-only (before `/`).
    pub posonlyargcount: u8,
    /// `CODE_*` flags.
    pub flags: u8,
    /// Names of all local slots (indices into `Image::names`); parameters first.
    pub local_names: Vec<u16>,
    /// Largest value-stack depth the code reaches; the verifier recomputes it.
    pub max_stack: u16,
    /// The instructions.
    pub code: Vec<u8>,
    /// Line table, sorted by `pc`, first entry at pc 0.
    pub lines: Vec<LineEntry>,
    /// Exception table, innermost handlers first.
    pub handlers: Vec<Handler>,
}

impl CodeObject {
    /// Number of local slots.
    pub fn nlocals(&self) -> usize {
        self.local_names.len()
    }

    /// Source line of the instruction at `pc`.
    pub fn line_for(&self, pc: usize) -> u32 {
        let mut line = self.first_line;
        for e in &self.lines {
            if e.pc as usize > pc {
                break;
            }
            line = e.line;
        }
        line
    }
}

/// A whole program: interned names, constants, code objects and the
/// importable modules. `codes[0]` is the entry (`__main__`) module body.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Image {
    /// Interned identifiers and file names.
    pub names: Vec<String>,
    /// The constant pool.
    pub consts: Vec<Const>,
    /// Code objects; the first is the module body.
    pub codes: Vec<CodeObject>,
    /// The program's own importable modules (empty for a single file).
    pub modules: Vec<ModuleEntry>,
}

impl Image {
    /// The module-table entry owning code object `code`, if any (`None`: `__main__`).
    pub fn module_of_code(&self, code: usize) -> Option<usize> {
        self.modules
            .iter()
            .position(|m| (m.first as usize..m.first as usize + m.count as usize).contains(&code))
    }
}
