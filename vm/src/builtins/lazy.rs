//! Iterators that run Python code on each step: `map`, `filter`, and the
//! sequence-protocol iterators over user objects (`iter(obj)` for a class
//! with only `__getitem__`, `reversed(obj)` via `__len__` + `__getitem__`).
//!
//! All are `Kind::Lazy` objects `[a, b]`, the flag byte telling them apart:
//! `map` is `[function, tuple of iterators]`, `filter` `[function or None,
//! iterator]`, the sequence iterators `[object, next index]`. Each `next`
//! advances the inner iterators only as far as needed, like CPython's.

use super::Args;
use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

const MAP: u8 = 0;
const FILTER: u8 = 1;
/// `iter(obj)` over `obj[0]`, `obj[1]`, … until `IndexError`.
const SEQ: u8 = 2;
/// `reversed(obj)` over `obj[len-1]` … `obj[0]`.
const REVERSED: u8 = 3;

impl Interp {
    /// A lazy iterator of `flag` over `[a, b]`.
    fn new_lazy(&mut self, flag: u8, a: Value, b: Value) -> PyResult<Value> {
        let mut keep = [a, b];
        self.reserve_rooted(3, &mut keep)?;
        let off = self.alloc_reserved(Kind::Lazy, 2)?;
        self.heap.set(off, 0, keep[0]);
        self.heap.set(off, 1, keep[1]);
        self.heap.set_flags(off, flag);
        Ok(Value::obj(off))
    }

    /// The old-style iterator over a user object with `__getitem__`.
    pub(crate) fn new_seq_iter(&mut self, obj: Value) -> PyResult<Value> {
        self.new_lazy(SEQ, obj, Value::small_int(0))
    }

    /// `reversed(obj)` over a user object with `__len__` and `__getitem__`.
    pub(crate) fn new_reversed_seq(&mut self, obj: Value, len: usize) -> PyResult<Value> {
        self.new_lazy(REVERSED, obj, Value::small_int(len as i64 - 1))
    }

    /// Next item of a lazy iterator (`None` when exhausted).
    pub(crate) fn lazy_next(&mut self, io: &mut dyn Board, it: Value) -> PyResult<Option<Value>> {
        let base = self.stack.len();
        self.stack.push(it);
        let off = it.as_obj().unwrap_or(0);
        let r = match self.heap.flags(off) {
            MAP => self.map_step(io, base),
            FILTER => self.filter_step(io, base),
            SEQ | REVERSED => self.seq_step(io, base),
            _ => Ok(None),
        };
        self.stack.truncate(base);
        r
    }

    /// The lazy object is rooted at `stack[base]`.
    fn lazy_field(&self, base: usize, i: usize) -> Value {
        let off = self.stack[base].as_obj().unwrap_or(0);
        self.heap.get(off, i)
    }

    fn map_step(&mut self, io: &mut dyn Board, base: usize) -> PyResult<Option<Value>> {
        let n = self.items(self.lazy_field(base, 1)).map_or(0, |t| t.len);
        if n == 0 {
            return Ok(None);
        }
        for i in 0..n {
            let Some(t) = self.items(self.lazy_field(base, 1)) else {
                return Ok(None);
            };
            let inner = self.item(t, i);
            match self.iter_next(io, inner)? {
                Some(v) => self.stack.push(v),
                None => return Ok(None),
            }
        }
        let args: alloc::vec::Vec<Value> = self.stack[base + 1..base + 1 + n].to_vec();
        let f = self.lazy_field(base, 0);
        self.call_value(io, f, &args).map(Some)
    }

    fn filter_step(&mut self, io: &mut dyn Board, base: usize) -> PyResult<Option<Value>> {
        loop {
            let inner = self.lazy_field(base, 1);
            let Some(x) = self.iter_next(io, inner)? else {
                return Ok(None);
            };
            self.stack.push(x);
            let f = self.lazy_field(base, 0);
            let keep = if f.is_none() {
                self.truthy_io(io, x)?
            } else {
                let r = self.call_value(io, f, &[x])?;
                self.truthy_io(io, r)?
            };
            let x = self.stack.pop().unwrap_or(Value::NONE);
            if keep {
                return Ok(Some(x));
            }
        }
    }

    fn seq_step(&mut self, io: &mut dyn Board, base: usize) -> PyResult<Option<Value>> {
        let off = self.stack[base].as_obj().unwrap_or(0);
        let reversed = self.heap.flags(off) == REVERSED;
        let Some(i) = self.lazy_field(base, 1).as_small_int() else {
            return Ok(None);
        };
        if i < 0 {
            return Ok(None);
        }
        let obj = self.lazy_field(base, 0);
        let r = self.call_special(io, obj, "__getitem__", &[Value::small_int(i)]);
        let off = self.stack[base].as_obj().unwrap_or(0);
        match r {
            Ok(v) => {
                let next = if reversed { i - 1 } else { i + 1 };
                self.heap.set(off, 1, Value::small_int(next));
                Ok(v)
            }
            Err(t) => {
                let ty = self.exc_type(self.exc);
                let stop = ty.is_some_and(|t| {
                    t.is_subclass(TypeId::IndexError) || t.is_subclass(TypeId::StopIteration)
                });
                if stop {
                    self.exc = Value::NONE;
                    // Exhausted for good, as CPython's iterator drops the sequence.
                    self.heap.set(off, 1, Value::small_int(-1));
                    return Ok(None);
                }
                Err(t)
            }
        }
    }
}

/// `map(function, iterable, ...)`: stops at the shortest iterable.
pub(super) fn map(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "map", 2, usize::MAX, &[])?;
    let base = it.stack.len();
    let n = a.npos(it) - 1;
    let r = (|| {
        for k in 0..n {
            let src = a.pos(it, k + 1);
            let iter = it.get_iter_io(io, src)?;
            it.stack.push(iter);
        }
        let t = it.tuple_from_stack(n)?;
        it.new_lazy(MAP, a.pos(it, 0), t)
    })();
    it.stack.truncate(base);
    r
}

/// `filter(function or None, iterable)`.
pub(super) fn filter(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "filter", 2, 2, &[])?;
    let src = a.pos(it, 1);
    let iter = it.get_iter_io(io, src)?;
    it.new_lazy(FILTER, a.pos(it, 0), iter)
}
