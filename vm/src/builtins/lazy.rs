//! `map` and `filter`.
//!
//! Known gap: the results are computed when the object is created, not on
//! demand, because iteration (`Interp::iter_next`) cannot call back into
//! Python code yet. Output is the same as CPython's unless the function has
//! side effects and the map/filter is not fully consumed, or the input is
//! endless. The object is `[list of results, index]` with the flag byte
//! telling `map` (0) from `filter` (1).

use super::Args;
use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

const MAP: u8 = 0;
const FILTER: u8 = 1;

impl Interp {
    /// Wraps the results list at `stack[top]` as a map/filter object.
    fn new_lazy(&mut self, flag: u8) -> PyResult<Value> {
        let off = self.alloc(Kind::Lazy, 2)?;
        let l = self.stack.pop().unwrap_or(Value::NONE);
        self.heap.set(off, 0, l);
        self.heap.set(off, 1, Value::small_int(0));
        self.heap.set_flags(off, flag);
        Ok(Value::obj(off))
    }

    /// Next result of a map/filter object.
    pub(crate) fn lazy_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let off = it.as_obj().unwrap_or(0);
        let l = self.heap.get(off, 0);
        let i = self.small(self.heap.get(off, 1));
        let Some(items) = self.items(l) else {
            return Ok(None);
        };
        if i >= items.len {
            return Ok(None);
        }
        self.heap.set(off, 1, Value::small_int(i as i64 + 1));
        Ok(Some(self.item(items, i)))
    }
}

/// `map(function, iterable, ...)`: stops at the shortest iterable.
pub(super) fn map(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "map", 2, usize::MAX, &[])?;
    let base = it.stack.len();
    let r = map_into(it, io, &a, base);
    let r = r.and_then(|_| it.new_lazy(MAP));
    it.stack.truncate(base);
    r
}

fn map_into(it: &mut Interp, io: &mut dyn Board, a: &Args, base: usize) -> PyResult<()> {
    let n = a.npos(it) - 1;
    // stack[base] = results, then one materialised list per iterable.
    let out = it.new_list(0)?;
    it.stack.push(out);
    for k in 0..n {
        let src = a.pos(it, k + 1);
        let m = it.push_iterable(io, src)?;
        let l = it.list_from_stack(m)?;
        it.stack.push(l);
    }
    let len = (0..n)
        .map(|k| it.items(it.stack[base + 1 + k]).map_or(0, |i| i.len))
        .min()
        .unwrap_or(0);
    for i in 0..len {
        let args: alloc::vec::Vec<Value> = (0..n)
            .map(|k| {
                let items = it.items(it.stack[base + 1 + k]);
                items.map_or(Value::NONE, |items| it.item(items, i))
            })
            .collect();
        let f = a.pos(it, 0);
        let v = it.call_value(io, f, &args)?;
        let out = it.stack[base];
        it.list_append(out, v)?;
    }
    it.stack.truncate(base + 1);
    Ok(())
}

/// `filter(function or None, iterable)`.
pub(super) fn filter(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "filter", 2, 2, &[])?;
    let base = it.stack.len();
    let r = filter_into(it, io, &a, base);
    let r = r.and_then(|_| it.new_lazy(FILTER));
    it.stack.truncate(base);
    r
}

fn filter_into(it: &mut Interp, io: &mut dyn Board, a: &Args, base: usize) -> PyResult<()> {
    let out = it.new_list(0)?;
    it.stack.push(out);
    let src = a.pos(it, 1);
    let m = it.push_iterable(io, src)?;
    for i in 0..m {
        let x = it.stack[base + 1 + i];
        let f = a.pos(it, 0);
        let keep = if f.is_none() {
            it.truthy(x)
        } else {
            let r = it.call_value(io, f, &[x])?;
            it.truthy(r)
        };
        if keep {
            let (out, x) = (it.stack[base], it.stack[base + 1 + i]);
            it.list_append(out, x)?;
        }
    }
    it.stack.truncate(base + 1);
    Ok(())
}
