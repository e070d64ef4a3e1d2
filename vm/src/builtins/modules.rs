//! Built-in native modules and their members. Members are entries of the
//! built-in table named `module.member`, so they cost no heap.

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

/// Module names, in index order.
pub(crate) const MODULES: &[&str] = &["gc", "machine", "time", "micropython"];

pub(super) fn gc_collect(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "collect", 0, 0, &[])?;
    it.collect();
    Ok(Value::NONE)
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
pub(super) fn gc_noop(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "enable", 0, 0, &[])?;
    Ok(Value::NONE)
}

pub(super) fn gc_isenabled(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "isenabled", 0, 0, &[])?;
    Ok(Value::TRUE)
}
