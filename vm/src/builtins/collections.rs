//! The `collections` module's `deque` (with `maxlen`). `namedtuple` is in
//! `namedtuple.rs`; `defaultdict`, `Counter` and `OrderedDict` (flavoured
//! dicts) in `counter.rs`.
//!
//! A deque is `[len, head, maxlen, array]` with its items contiguous at
//! `array[head..head + len]`, spare room on both sides. Being contiguous, it
//! shares the sequence machinery of lists and tuples (`items()`): `len`,
//! iteration, `in`, indexing, `sorted`, `list(d)`, equality.

use super::Args;
use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

const LEN: usize = 0;
const HEAD: usize = 1;
const MAXLEN: usize = 2;
const ARRAY: usize = 3;

impl Interp {
    fn deque_parts(&self, d: u32) -> (usize, usize, u32) {
        (
            self.small(self.heap.get(d, LEN)),
            self.small(self.heap.get(d, HEAD)),
            self.heap.get(d, ARRAY).as_obj().unwrap_or(d),
        )
    }

    /// `maxlen`, or `None` when unbounded.
    fn deque_maxlen(&self, d: u32) -> Option<usize> {
        self.heap.get(d, MAXLEN).as_small_int().map(|m| m as usize)
    }

    /// Moves the items into a bigger array so one more fits at the front
    /// (`front`) or the back. The deque is `stack[at]`.
    fn deque_grow(&mut self, at: usize, front: bool) -> PyResult<()> {
        let d = self.stack[at].as_obj().unwrap_or(0);
        let (len, head, arr) = self.deque_parts(d);
        let cap = self.heap.payload_len(arr);
        let room_ok = if front { head > 0 } else { head + len < cap };
        if room_ok {
            return Ok(());
        }
        // Recentre in place when there is plenty of room on the other side.
        let new_cap = if len * 2 + 2 <= cap {
            cap
        } else {
            (cap * 2).max(8)
        };
        let spare = new_cap - len;
        let new_head = if front { spare - spare / 4 } else { spare / 4 };
        let new_arr = if new_cap == cap {
            arr
        } else {
            self.alloc(Kind::Array, new_cap)?
        };
        let d = self.stack[at].as_obj().unwrap_or(0);
        let (len, head, arr) = self.deque_parts(d);
        let items: alloc::vec::Vec<Value> =
            (0..len).map(|i| self.heap.get(arr, head + i)).collect();
        for i in 0..self.heap.payload_len(new_arr) {
            self.heap.set(new_arr, i, Value::NONE);
        }
        for (i, v) in items.into_iter().enumerate() {
            self.heap.set(new_arr, new_head + i, v);
        }
        self.heap.set(d, ARRAY, Value::obj(new_arr));
        self.heap.set(d, HEAD, Value::small_int(new_head as i64));
        Ok(())
    }

    /// Appends `v` on the right (`left` false) or left; a full bounded
    /// deque drops an item from the other end. The deque is `stack[at]`.
    fn deque_push(&mut self, at: usize, v: Value, left: bool) -> PyResult<()> {
        let d = self.stack[at].as_obj().unwrap_or(0);
        if let Some(max) = self.deque_maxlen(d) {
            if max == 0 {
                return Ok(());
            }
            if self.deque_parts(d).0 >= max {
                self.deque_take(d, !left);
            }
        }
        self.stack.push(v);
        let r = self.deque_grow(at, left);
        let v = self.stack.pop().unwrap_or(Value::NONE);
        r?;
        let d = self.stack[at].as_obj().unwrap_or(0);
        let (len, head, arr) = self.deque_parts(d);
        if left {
            self.heap.set(arr, head - 1, v);
            self.heap.set(d, HEAD, Value::small_int(head as i64 - 1));
        } else {
            self.heap.set(arr, head + len, v);
        }
        self.heap.set(d, LEN, Value::small_int(len as i64 + 1));
        Ok(())
    }

    /// Removes and returns the leftmost (`left`) or rightmost item.
    fn deque_take(&mut self, d: u32, left: bool) -> Option<Value> {
        let (len, head, arr) = self.deque_parts(d);
        if len == 0 {
            return None;
        }
        let slot = if left { head } else { head + len - 1 };
        let v = self.heap.get(arr, slot);
        self.heap.set(arr, slot, Value::NONE);
        if left {
            self.heap.set(d, HEAD, Value::small_int(head as i64 + 1));
        }
        self.heap.set(d, LEN, Value::small_int(len as i64 - 1));
        Some(v)
    }

    /// The deque's items (contiguous), for `items()`.
    pub(crate) fn deque_items(&self, d: u32) -> crate::obj::seq::Items {
        let (len, head, arr) = self.deque_parts(d);
        crate::obj::seq::Items {
            store: arr,
            from: head,
            len,
        }
    }

    /// `repr(deque)`'s suffix: `, maxlen=N` for a bounded deque.
    pub(crate) fn deque_maxlen_repr(&self, d: u32) -> Option<usize> {
        self.deque_maxlen(d)
    }
}

fn this(it: &Interp, a: &Args) -> u32 {
    a.pos(it, 0).as_obj().unwrap_or(0)
}

/// `deque(iterable=(), maxlen=None)`.
pub(crate) fn new_deque(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "deque", 0, 2, &["iterable", "maxlen"])?;
    let maxlen = match a.opt(it, 1).or_else(|| a.kw(it, "maxlen")) {
        None => Value::NONE,
        Some(v) if v.is_none() => Value::NONE,
        Some(v) => match it.to_i64(v).filter(|_| it.is_int(v)) {
            Some(m) if m >= 0 => Value::small_int(m.min(1 << 40)),
            Some(_) => return Err(it.raise(TypeId::ValueError, "maxlen must be non-negative")),
            None => return Err(it.raise(TypeId::TypeError, "an integer is required")),
        },
    };
    let base = it.stack.len();
    let r = build(it, io, &a, maxlen, base);
    it.stack.truncate(base);
    r
}

fn build(
    it: &mut Interp,
    io: &mut dyn Board,
    a: &Args,
    maxlen: Value,
    base: usize,
) -> PyResult<Value> {
    it.reserve(8 + 1 + 5)?;
    let arr = it.alloc_reserved(Kind::Array, 8)?;
    let d = it.alloc_reserved(Kind::Deque, 4)?;
    it.heap.set(d, LEN, Value::small_int(0));
    it.heap.set(d, HEAD, Value::small_int(2));
    it.heap.set(d, MAXLEN, maxlen);
    it.heap.set(d, ARRAY, Value::obj(arr));
    it.stack.push(Value::obj(d));
    if let Some(src) = a.opt(it, 0).or_else(|| a.kw(it, "iterable")) {
        let n = it.push_iterable(io, src)?;
        for i in 0..n {
            let v = it.stack[base + 1 + i];
            it.deque_push(base, v, false)?;
        }
    }
    Ok(it.stack[base])
}

fn push(it: &mut Interp, a: &Args, name: &str, left: bool) -> PyResult<Value> {
    a.check(it, name, 2, 2, &[])?;
    let v = a.pos(it, 1);
    it.deque_push(a.start, v, left)?;
    Ok(Value::NONE)
}

pub(super) fn append(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    push(it, &a, "append", false)
}

pub(super) fn appendleft(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    push(it, &a, "appendleft", true)
}

fn take(it: &mut Interp, a: &Args, name: &str, left: bool) -> PyResult<Value> {
    a.check(it, name, 1, 1, &[])?;
    let d = this(it, a);
    match it.deque_take(d, left) {
        Some(v) => Ok(v),
        None => Err(it.raise(TypeId::IndexError, "pop from an empty deque")),
    }
}

pub(super) fn pop(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    take(it, &a, "pop", false)
}

pub(super) fn popleft(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    take(it, &a, "popleft", true)
}

fn extend_side(
    it: &mut Interp,
    io: &mut dyn Board,
    a: &Args,
    name: &str,
    left: bool,
) -> PyResult<Value> {
    a.check(it, name, 2, 2, &[])?;
    let base = it.stack.len();
    let src = a.pos(it, 1);
    let r = it.push_iterable(io, src).and_then(|n| {
        for i in 0..n {
            let v = it.stack[base + i];
            it.deque_push(a.start, v, left)?;
        }
        Ok(Value::NONE)
    });
    it.stack.truncate(base);
    r
}

pub(super) fn extend(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    extend_side(it, io, &a, "extend", false)
}

pub(super) fn extendleft(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    extend_side(it, io, &a, "extendleft", true)
}

pub(super) fn clear(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "clear", 1, 1, &[])?;
    let d = this(it, &a);
    while it.deque_take(d, true).is_some() {}
    Ok(Value::NONE)
}

/// `rotate(n=1)`: moves the last `n` items to the front (or the first
/// `-n` to the back).
pub(super) fn rotate(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "rotate", 1, 2, &[])?;
    let n = match a.opt(it, 1) {
        Some(v) => super::str_methods::int_arg(it, v)?,
        None => 1,
    };
    let d = this(it, &a);
    let items = it.deque_items(d);
    if items.len > 1 {
        let k = n.rem_euclid(items.len as i64) as usize;
        let s = it.heap.words_mut(items.store, items.from, items.len);
        s.rotate_right(k);
    }
    Ok(Value::NONE)
}
