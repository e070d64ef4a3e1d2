//! Modules written in Python and compiled into the programs that import
//! them. The VM has one global namespace per program, so `asyncio.py` keeps
//! all its names inside one function, which the module prologue runs; it
//! leaves a namespace object in the global [`ASYNCIO_GLOBAL`], and
//! `import asyncio` / `import uasyncio` load that global.

/// Source of the bundled `asyncio`.
const ASYNCIO: &str = include_str!("frozen/asyncio.py");

/// The global holding the `asyncio` namespace (a dunder name, so a program
/// cannot collide with it by accident).
pub(crate) const ASYNCIO_GLOBAL: &str = "__ferrite_asyncio__";

/// The file name the bundled `asyncio`'s functions carry (tracebacks show
/// no source line for it, as for CPython's frozen modules).
pub(crate) const ASYNCIO_FILE: &str = "<frozen asyncio>";

/// Whether `module` names the bundled `asyncio` (MicroPython calls it `uasyncio`).
pub(crate) fn is_asyncio(module: &str) -> bool {
    matches!(module, "asyncio" | "uasyncio")
}

/// Whether the program may import `asyncio` (a cheap text test: including
/// the module when only a comment mentions it costs start-up time, nothing else).
pub(crate) fn mentions_asyncio(source: &str) -> bool {
    source.contains("asyncio")
}

/// The program's text followed by the bundled `asyncio`.
pub(crate) fn with_asyncio(source: &str) -> String {
    let mut s = String::with_capacity(source.len() + ASYNCIO.len() + 2);
    s.push_str(source);
    s.push_str("\n\n");
    s.push_str(ASYNCIO);
    s
}
