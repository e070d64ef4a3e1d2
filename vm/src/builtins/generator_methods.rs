//! Methods of generator objects: `send`, `throw`, `close`, `__next__`.

use super::Args;
use crate::hal::Board;
use crate::interp::{asend, Interp, PyResult, Resumed};
use crate::types::TypeId;
use crate::value::Value;

/// What `next(g)` / `g.send(v)` give back: the yielded value, or
/// `StopIteration(return value)` once the generator finishes.
pub(crate) fn yielded_or_stop(it: &mut Interp, r: Resumed) -> PyResult<Value> {
    match r {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(it.raise_with(TypeId::StopIteration, v)),
    }
}

pub(super) fn send(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "send", 2, 2, &[])?;
    let (g, v) = (a.pos(it, 0), a.pos(it, 1));
    let r = it.gen_send(io, g, v)?;
    yielded_or_stop(it, r)
}

pub(super) fn next(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "__next__", 1, 1, &[])?;
    let r = it.gen_send(io, a.pos(it, 0), Value::NONE)?;
    yielded_or_stop(it, r)
}

pub(super) fn throw(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "throw", 2, 2, &[])?;
    let (g, e) = (a.pos(it, 0), a.pos(it, 1));
    let is_exc = it.exc_type(e).is_some()
        || e.as_type()
            .and_then(TypeId::from_u16)
            .is_some_and(|t| t.is_exception());
    if !is_exc {
        let name = it.type_name(e);
        return Err(it.raise_string(
            TypeId::TypeError,
            alloc::format!(
                "exceptions must be classes or instances deriving from BaseException, not {name}"
            ),
        ));
    }
    let r = it.gen_throw(io, g, e)?;
    yielded_or_stop(it, r)
}

pub(super) fn close(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "close", 1, 1, &[])?;
    it.gen_close(io, a.pos(it, 0))?;
    Ok(Value::NONE)
}

/// `agen.__aiter__()`: the async generator itself.
pub(super) fn aiter(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "__aiter__", 1, 1, &[])?;
    Ok(a.pos(it, 0))
}

/// `agen.__anext__()`: an awaitable for its next value.
pub(super) fn anext(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "__anext__", 1, 1, &[])?;
    it.new_asend(a.pos(it, 0), Value::NONE, asend::SEND)
}

/// `agen.asend(v)`: an awaitable resuming it with `v`.
pub(super) fn asend(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "asend", 2, 2, &[])?;
    it.new_asend(a.pos(it, 0), a.pos(it, 1), asend::SEND)
}

/// `agen.athrow(e)`: an awaitable raising `e` where it is suspended.
pub(super) fn athrow(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "athrow", 2, 2, &[])?;
    it.new_asend(a.pos(it, 0), a.pos(it, 1), asend::THROW)
}

/// `agen.aclose()`: an awaitable raising `GeneratorExit` in it so its
/// `finally` blocks run.
pub(super) fn aclose(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "aclose", 1, 1, &[])?;
    it.new_asend(a.pos(it, 0), Value::NONE, asend::CLOSE)
}

pub(super) fn asend_send(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "send", 2, 2, &[])?;
    let r = it.asend_step(io, a.pos(it, 0), a.pos(it, 1), None)?;
    yielded_or_stop(it, r)
}

pub(super) fn asend_next(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "__next__", 1, 1, &[])?;
    let r = it.asend_step(io, a.pos(it, 0), Value::NONE, None)?;
    yielded_or_stop(it, r)
}

pub(super) fn asend_throw(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "throw", 2, 2, &[])?;
    let r = it.asend_step(io, a.pos(it, 0), Value::NONE, Some(a.pos(it, 1)))?;
    yielded_or_stop(it, r)
}
