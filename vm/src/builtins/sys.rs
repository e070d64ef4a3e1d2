//! Functions of the `sys` module (its constants live in `modules.rs`).

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

/// `sys.exit([code])`: raises `SystemExit`; the host turns an uncaught one
/// into the exit status as CPython does.
pub(super) fn exit(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "exit", 0, 1, &[])?;
    let code = a.opt(it, 0).unwrap_or(Value::NONE);
    Err(it.raise_with(TypeId::SystemExit, code))
}

/// `sys.print_exception(exc)` (MicroPython): the traceback, on the console.
pub(super) fn print_exception(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "print_exception", 1, 2, &[])?;
    let e = a.pos(it, 0);
    if it.exc_type(e).is_none() {
        return Err(it.raise(TypeId::TypeError, "print_exception() expects an exception"));
    }
    let saved = it.exc;
    it.exc = e;
    let report = it.uncaught();
    it.exc = saved;
    io.write_str(&alloc::format!("{report}"));
    Ok(Value::NONE)
}

/// `sys.stdout.write(s)` / `sys.stderr.write(s)`: the number of characters written.
pub(super) fn stream_write(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "write", 2, 2, &[])?;
    let fd = it
        .native_field(a.pos(it, 0), TypeId::TextIo, 0)
        .and_then(|v| v.as_small_int());
    let Some(s) = it.as_str(a.pos(it, 1)).map(alloc::string::String::from) else {
        let tn = alloc::string::String::from(it.type_name(a.pos(it, 1)));
        return Err(it.raise_string(
            TypeId::TypeError,
            alloc::format!("write() argument must be str, not {tn}"),
        ));
    };
    it.charge(io);
    if fd == Some(2) {
        io.write_err(&s);
    } else {
        io.write_str(&s);
    }
    Ok(Value::small_int(s.chars().count() as i64))
}

/// `sys.stdout.flush()`: output is unbuffered.
pub(super) fn stream_flush(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "flush", 1, 1, &[])?;
    Ok(Value::NONE)
}
