//! Built-in native modules and their members. Members are entries of the
//! built-in table named `module.member`, so they cost no heap.

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

/// Module names, in index order. Dotted entries are namespaces reachable
/// only as attributes (`sys.implementation`), never by `import`.
pub(crate) const MODULES: &[&str] = &[
    "gc",
    "machine",
    "time",
    "micropython",
    "math",
    "sys",
    "sys.implementation",
    "random",
    "struct",
    "json",
    "collections",
    "errno",
];

/// A constant member of a module.
enum Const {
    Float(f64),
    Int(i64),
    Str(&'static str),
}

const CONSTS: &[(&str, &str, Const)] = &[
    ("math", "pi", Const::Float(core::f64::consts::PI)),
    ("math", "e", Const::Float(core::f64::consts::E)),
    ("math", "tau", Const::Float(core::f64::consts::TAU)),
    ("math", "inf", Const::Float(f64::INFINITY)),
    ("math", "nan", Const::Float(f64::NAN)),
    ("sys", "platform", Const::Str("ferrite")),
    ("sys", "byteorder", Const::Str("little")),
    ("sys", "maxsize", Const::Int(i64::MAX)),
    ("sys", "version", Const::Str("3.11.0 (Ferrite)")),
    ("sys.implementation", "name", Const::Str("ferrite")),
    ("errno", "EPERM", Const::Int(1)),
    ("errno", "ENOENT", Const::Int(2)),
    ("errno", "EIO", Const::Int(5)),
    ("errno", "EBADF", Const::Int(9)),
    ("errno", "EAGAIN", Const::Int(11)),
    ("errno", "ENOMEM", Const::Int(12)),
    ("errno", "EACCES", Const::Int(13)),
    ("errno", "EEXIST", Const::Int(17)),
    ("errno", "ENODEV", Const::Int(19)),
    ("errno", "EISDIR", Const::Int(21)),
    ("errno", "EINVAL", Const::Int(22)),
    ("errno", "EOPNOTSUPP", Const::Int(95)),
    ("errno", "EADDRINUSE", Const::Int(98)),
    ("errno", "ECONNABORTED", Const::Int(103)),
    ("errno", "ECONNRESET", Const::Int(104)),
    ("errno", "ENOBUFS", Const::Int(105)),
    ("errno", "ENOTCONN", Const::Int(107)),
    ("errno", "ETIMEDOUT", Const::Int(110)),
    ("errno", "ECONNREFUSED", Const::Int(111)),
    ("errno", "EHOSTUNREACH", Const::Int(113)),
    ("errno", "EALREADY", Const::Int(114)),
    ("errno", "EINPROGRESS", Const::Int(115)),
];

/// A non-function member of module `module`, if it has one called `attr`.
pub(super) fn module_value(it: &mut Interp, module: &str, attr: &str) -> PyResult<Option<Value>> {
    if let Some((_, _, c)) = CONSTS.iter().find(|(m, n, _)| *m == module && *n == attr) {
        return Ok(Some(match c {
            Const::Float(_) if !cfg!(feature = "float") => return Err(it.left_out("float")),
            Const::Float(x) => Value::float(*x),
            Const::Int(i) => it.new_int_i64(*i)?,
            Const::Str(s) => it.new_str(s)?,
        }));
    }
    match (module, attr) {
        // (A namespace such as `sys.implementation` is not a module.)
        (_, "__name__") if !module.contains('.') => Ok(Some(it.new_str(module)?)),
        ("sys", "implementation") => {
            let i = MODULES.iter().position(|m| *m == "sys.implementation");
            Ok(Some(it.new_module(i.unwrap_or(0))?))
        }
        ("sys", "stdout") => Ok(Some(
            it.new_native(crate::types::TypeId::TextIo, &[Value::small_int(1)])?,
        )),
        ("sys", "stderr") => Ok(Some(
            it.new_native(crate::types::TypeId::TextIo, &[Value::small_int(2)])?,
        )),
        ("sys", "path") => {
            // MicroPython's layout: the script's directory, then `lib`. The
            // compiler resolved every import already, so changing it has no
            // effect (scripts that append to it for CPython still run).
            let here = it.new_str("")?;
            it.stack.push(here);
            let lib = it.new_str("lib");
            let here = it.stack.pop().unwrap_or(Value::NONE);
            let lib = lib?;
            Ok(Some(it.list_of(&[here, lib])?))
        }
        ("sys", "modules") => Ok(Some(it.sys_modules()?)),
        ("errno", "errorcode") => {
            // `{19: 'ENODEV', …}`, built when asked for.
            let d = it.new_dict(0)?;
            it.stack.push(d);
            for (_, name, c) in CONSTS.iter().filter(|(m, _, _)| *m == "errno") {
                if let Const::Int(n) = c {
                    let key = Value::small_int(*n);
                    let r = it.new_str(name).and_then(|v| {
                        let d = it.stack[it.stack.len() - 1];
                        it.dict_set(d, key, v)
                    });
                    if let Err(e) = r {
                        it.stack.pop();
                        return Err(e);
                    }
                }
            }
            Ok(it.stack.pop())
        }
        ("sys", "argv") => {
            let s = it.new_str("")?;
            Ok(Some(it.list_of(&[s])?))
        }
        ("sys", "version_info") => {
            let f = it.new_str("final")?;
            let items = [
                Value::small_int(3),
                Value::small_int(11),
                Value::small_int(0),
                f,
                Value::small_int(0),
            ];
            Ok(Some(it.new_tuple_of(&items)?))
        }
        _ => Ok(None),
    }
}

pub(super) fn gc_collect(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "collect", 0, 0, &[])?;
    it.collect();
    // CPython answers the number of unreachable objects found; a copying
    // collector never sees garbage, so 0 (what a simple script prints).
    Ok(Value::small_int(0))
}

pub(super) fn gc_mem_free(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "mem_free", 0, 0, &[])?;
    it.new_int_i64(it.heap.free_bytes() as i64)
}

pub(super) fn gc_mem_alloc(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "mem_alloc", 0, 0, &[])?;
    it.new_int_i64(it.heap.used_bytes() as i64)
}

/// `gc.enable()`/`gc.disable()`: the collector runs only when the heap is
/// full, so these are accepted and have nothing to switch (as on MicroPython
/// ports whose GC is allocation-driven).
pub(super) fn gc_enable(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "enable", 0, 0, &[])?;
    it.gc_enabled = true;
    Ok(Value::NONE)
}

/// `gc.disable()`: see [`gc_enable`].
pub(super) fn gc_disable(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "disable", 0, 0, &[])?;
    it.gc_enabled = false;
    Ok(Value::NONE)
}

pub(super) fn gc_isenabled(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "isenabled", 0, 0, &[])?;
    Ok(Value::bool(it.gc_enabled))
}
