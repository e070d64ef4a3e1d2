//! Ferrite's virtual machine: `no_std` + `alloc`.
//!
//! The pipeline is: bytes → [`bytecode::load`] (decode + verify, once) →
//! [`Vm::new`] → [`Vm::run`], with every external effect going through the
//! [`hal`] traits.
#![no_std]
#![deny(missing_docs)]

extern crate alloc;

pub(crate) mod builtins;
pub mod bytecode;
pub mod hal;
pub mod heap;
pub(crate) mod index_sort;
pub mod interp;
pub mod num;
pub(crate) mod obj;
pub(crate) mod packed;
pub mod text;
pub mod traceback;
pub mod types;
pub mod value;

pub use interp::{Config, Vm};
pub use traceback::{TraceEntry, Uncaught};

/// Names of the built-in modules (`math`, `machine`, …). `import` finds
/// these before any of the program's own modules, as MicroPython's
/// built-ins take priority over files.
pub fn builtin_module_names() -> impl Iterator<Item = &'static str> {
    builtins::builtin_module_names()
}
