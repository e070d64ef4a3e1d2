//! `hash()` and `id()`.

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

/// `hash(x)`: the same value dicts and sets use (CPython's for numbers).
pub(super) fn hash(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "hash", 1, 1, &[])?;
    let h = it.hash_io(io, a.pos(it, 0))? as i64;
    it.new_int_i64(h)
}

/// `id(x)`: distinct for objects alive at the same time. Heap objects are
/// numbered by their current address, which a collection may change (the
/// heap compacts), so ids are only comparable between collections; values
/// without a heap object (small ints, None, …) get one from their bits.
pub(super) fn id(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "id", 1, 1, &[])?;
    let v = a.pos(it, 0);
    let n = match v.as_obj() {
        Some(off) => 0x1000_0000 + off as i64 * 8,
        None => (v.bits() >> 16) as i64 ^ 0x7000_0000_0000,
    };
    it.new_int_i64(n)
}
