//! Modules written in Python that ship inside the compiler ("frozen", as in
//! CPython and MicroPython): an import that no file on the search path
//! satisfies gets them, compiled into the image like the program's own
//! modules.

/// The bundled `asyncio`.
const ASYNCIO: &str = include_str!("frozen/asyncio.py");

/// The bundled `functools` (reduce, partial, wraps, lru_cache, cache,
/// cmp_to_key, total_ordering, cached_property).
const FUNCTOOLS: &str = include_str!("frozen/functools.py");

/// The bundled `heapq` (CPython's pure-Python algorithms).
const HEAPQ: &str = include_str!("frozen/heapq.py");

/// The bundled `binascii` (hex, base64, CRC-32).
const BINASCII: &str = include_str!("frozen/binascii.py");

/// MicroPython's name for it: the same module under another name.
const UASYNCIO: &str = "from asyncio import *\n";

/// The source of frozen top-level module `name`, and the file name its
/// code objects carry (tracebacks show no source line for it, as for
/// CPython's frozen modules).
pub(crate) fn source(name: &str) -> Option<(&'static str, &'static str)> {
    match name {
        "asyncio" => Some(("<frozen asyncio>", ASYNCIO)),
        "uasyncio" => Some(("<frozen uasyncio>", UASYNCIO)),
        "functools" => Some(("<frozen functools>", FUNCTOOLS)),
        "heapq" | "uheapq" => Some(("<frozen heapq>", HEAPQ)),
        "binascii" | "ubinascii" => Some(("<frozen binascii>", BINASCII)),
        _ => None,
    }
}
