//! `collections.defaultdict`, `Counter` and `OrderedDict`: dicts whose flag
//! byte names the flavour (see `obj/dict.rs`), so every dict operation and
//! method applies to them unchanged. Here: construction, the missing-key
//! behaviour of `d[k]` (a defaultdict calls its factory and inserts the
//! result; a Counter answers 0), the extra methods, Counter arithmetic and
//! the CPython 3.11 reprs.

use super::Args;
use crate::bytecode::BinOp;
use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::obj::dict::{COUNTER, DEFAULTDICT, FACTORY, ORDERED};
use crate::types::TypeId;
use crate::value::Value;
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;

fn is_callable(it: &Interp, v: Value) -> bool {
    v.as_builtin().is_some()
        || v.as_type().is_some()
        || v.as_obj().is_some_and(|o| {
            matches!(
                it.heap.kind(o),
                Kind::Function | Kind::BoundMethod | Kind::Class
            )
        })
        || it
            .user_class_of(v)
            .is_some_and(|c| it.class_lookup(c, "__call__").is_some())
}

/// `defaultdict(factory=None, src=(), **kw)`, `Counter(src=(), **kw)`,
/// `OrderedDict(src=(), **kw)`.
pub(crate) fn construct(
    it: &mut Interp,
    io: &mut dyn Board,
    t: TypeId,
    a: Args,
) -> PyResult<Value> {
    let npos = a.npos(it);
    let (flags, first_src) = match t {
        TypeId::DefaultDict => (DEFAULTDICT, 1),
        TypeId::Counter => (COUNTER, 0),
        _ => (ORDERED, 0),
    };
    if npos > first_src + 1 {
        return Err(it.raise_string(
            TypeId::TypeError,
            alloc::format!("expected at most {} arguments, got {npos}", first_src + 1),
        ));
    }
    let factory = if flags == DEFAULTDICT {
        let f = a.opt(it, 0).unwrap_or(Value::NONE);
        if !f.is_none() && !is_callable(it, f) {
            return Err(it.raise(TypeId::TypeError, "first argument must be callable or None"));
        }
        f
    } else {
        Value::NONE
    };
    it.stack.push(factory);
    let d = it.new_dict_flavored(flags);
    let factory = it.stack.pop().unwrap_or(Value::NONE);
    let d = d?;
    it.heap.set(d.as_obj().unwrap_or(0), FACTORY, factory);
    it.stack.push(d);
    let r = (|| {
        if let Some(src) = a.opt(it, first_src) {
            let d = *it.stack.last().unwrap_or(&d);
            if flags == COUNTER {
                counter_add(it, io, d, src, BinOp::Add)?;
            } else {
                super::dict_methods::update_from(it, io, d, src)?;
            }
        }
        let d = *it.stack.last().unwrap_or(&d);
        if flags == COUNTER {
            counter_add_kwargs(it, d, a, BinOp::Add)
        } else {
            super::dict_methods::update_from_kwargs(it, d, a)
        }
    })();
    let d = it.stack.pop().unwrap_or(d);
    r.map(|_| d)
}

/// `d[k] += n` (or `-=`) for a Counter `d`; `d`, `k` and `n` rooted by the caller.
fn bump(it: &mut Interp, at: usize, op: BinOp) -> PyResult<()> {
    let (d, k) = (it.stack[at], it.stack[at + 1]);
    let cur = it.dict_get(d, k)?.unwrap_or(Value::small_int(0));
    let n = it.stack[at + 2];
    let new = it.binary_op(op, cur, n)?;
    let (d, k) = (it.stack[at], it.stack[at + 1]);
    it.dict_set(d, k, new)
}

/// Adds (or subtracts) the counts of a mapping, or one per item of an iterable.
fn counter_add(
    it: &mut Interp,
    io: &mut dyn Board,
    d: Value,
    src: Value,
    op: BinOp,
) -> PyResult<()> {
    let base = it.stack.len();
    it.stack.push(d);
    it.stack.push(src);
    let r = (|| {
        if it.is_dict(src) {
            let mut e = 0;
            loop {
                let s = it.stack[base + 1].as_obj().unwrap_or(0);
                if e >= it.dict_used(s) {
                    return Ok(());
                }
                let (k, n) = it.dict_entry(s, e);
                e += 1;
                if k == Value::DELETED {
                    continue;
                }
                let at = it.stack.len();
                it.stack.extend_from_slice(&[it.stack[base], k, n]);
                bump(it, at, op)?;
                it.stack.truncate(at);
            }
        }
        let n = it.push_iterable(io, src)?;
        for i in 0..n {
            let at = it.stack.len();
            let k = it.stack[base + 2 + i];
            it.stack
                .extend_from_slice(&[it.stack[base], k, Value::small_int(1)]);
            bump(it, at, op)?;
            it.stack.truncate(at);
        }
        Ok(())
    })();
    it.stack.truncate(base);
    r
}

fn counter_add_kwargs(it: &mut Interp, d: Value, a: Args, op: BinOp) -> PyResult<()> {
    let Some(kw) = it.items(a.kwnames(it)) else {
        return Ok(());
    };
    let npos = a.npos(it);
    let base = it.stack.len();
    it.stack.push(d);
    for k in 0..kw.len {
        let kw = it.items(a.kwnames(it)).unwrap_or(kw);
        let key = it.item(kw, k);
        let n = it.stack[a.start + npos + k];
        let at = it.stack.len();
        it.stack.extend_from_slice(&[it.stack[base], key, n]);
        let r = bump(it, at, op);
        it.stack.truncate(at);
        if r.is_err() {
            it.stack.truncate(base);
            return r;
        }
    }
    it.stack.truncate(base);
    Ok(())
}

impl Interp {
    /// `obj[key]` for the dispatch loop: flavoured dicts handle a missing key.
    pub(crate) fn getitem_io(
        &mut self,
        io: &mut dyn Board,
        obj: Value,
        key: Value,
    ) -> PyResult<Value> {
        let fl = self.dict_flavor(obj);
        if fl != DEFAULTDICT && fl != COUNTER {
            return self.getitem(obj, key);
        }
        if let Some(v) = self.dict_get_io(io, obj, key)? {
            return Ok(v);
        }
        self.dict_missing_io(io, obj, key)
    }

    /// `d[key]` for a key `d` lacks: a Counter gives 0, a defaultdict calls
    /// its factory and stores the result, any other dict raises KeyError.
    pub(crate) fn dict_missing_io(
        &mut self,
        io: &mut dyn Board,
        obj: Value,
        key: Value,
    ) -> PyResult<Value> {
        let fl = self.dict_flavor(obj);
        if fl == COUNTER {
            return Ok(Value::small_int(0));
        }
        let f = if fl == DEFAULTDICT {
            self.heap.get(obj.as_obj().unwrap_or(0), FACTORY)
        } else {
            Value::NONE
        };
        if f.is_none() {
            return Err(self.raise_with(TypeId::KeyError, key));
        }
        let sp = self.stack.len();
        self.stack.push(obj);
        self.stack.push(key);
        let r = self.call_value(io, f, &[]).and_then(|v| {
            self.stack.push(v);
            let (d, k) = (self.stack[sp], self.stack[sp + 1]);
            self.dict_set_io(io, d, k, v)?;
            Ok(self.stack[sp + 2])
        });
        self.stack.truncate(sp);
        r
    }

    /// Live entry indices of dict `off` in repr order (a Counter's by
    /// descending count, ties in insertion order).
    pub(crate) fn dict_repr_order(&self, off: u32) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.dict_used(off))
            .filter(|&e| self.dict_entry(off, e).0 != Value::DELETED)
            .collect();
        if self.heap.flags(off) == COUNTER {
            crate::index_sort::sort_indices(&mut order, &mut |x, y| {
                let (vx, vy) = (self.dict_entry(off, x).1, self.dict_entry(off, y).1);
                self.order(vy, vx) == Some(Some(Ordering::Less))
            });
        }
        order
    }

    /// The text before a flavoured dict's entries, and whether the entries
    /// print as `(k, v)` pairs in a list (OrderedDict) rather than `{k: v}`.
    fn flavor_open(&self, off: u32, out: &mut String, depth: usize) -> Option<bool> {
        let empty = self.dict_len(off) == 0;
        match self.heap.flags(off) {
            DEFAULTDICT => {
                out.push_str("defaultdict(");
                self.repr_depth(self.heap.get(off, FACTORY), out, depth + 1);
                out.push_str(", {");
                Some(false)
            }
            COUNTER if empty => {
                out.push_str("Counter()");
                None
            }
            COUNTER => {
                out.push_str("Counter({");
                Some(false)
            }
            _ if empty => {
                out.push_str("OrderedDict()");
                None
            }
            _ => {
                out.push_str("OrderedDict([");
                Some(true)
            }
        }
    }

    /// `repr` of a defaultdict/Counter/OrderedDict (no Python code runs).
    pub(crate) fn flavored_dict_repr(&self, off: u32, out: &mut String, depth: usize) {
        let Some(pairs) = self.flavor_open(off, out, depth) else {
            return;
        };
        for (i, e) in self.dict_repr_order(off).into_iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let (k, v) = self.dict_entry(off, e);
            out.push_str(if pairs { "(" } else { "" });
            self.repr_depth(k, out, depth + 1);
            out.push_str(if pairs { ", " } else { ": " });
            self.repr_depth(v, out, depth + 1);
            out.push_str(if pairs { ")" } else { "" });
        }
        out.push_str(if pairs { "])" } else { "})" });
    }

    /// [`Interp::flavored_dict_repr`] calling `__repr__` of user objects inside.
    pub(crate) fn flavored_dict_text_io(
        &mut self,
        io: &mut dyn Board,
        v: Value,
        out: &mut String,
    ) -> PyResult<()> {
        let off = v.as_obj().unwrap_or(0);
        let Some(pairs) = self.flavor_open(off, out, 0) else {
            return Ok(());
        };
        let order = self.dict_repr_order(off);
        let sp = self.stack.len();
        self.stack.push(v);
        let mut r = Ok(());
        for (i, e) in order.into_iter().enumerate() {
            let d = self.stack[sp].as_obj().unwrap_or(0);
            if e >= self.dict_used(d) {
                break;
            }
            let (k, x) = self.dict_entry(d, e);
            if k == Value::DELETED {
                continue;
            }
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(if pairs { "(" } else { "" });
            self.stack.push(x);
            r = self.text_io(io, k, true, out);
            let x = self.stack.pop().unwrap_or(Value::NONE);
            if r.is_err() {
                break;
            }
            out.push_str(if pairs { ", " } else { ": " });
            r = self.text_io(io, x, true, out);
            if r.is_err() {
                break;
            }
            out.push_str(if pairs { ")" } else { "" });
        }
        self.stack.truncate(sp);
        out.push_str(if pairs { "])" } else { "})" });
        r
    }

    /// `a OP b` for two Counters (`+`, `-`, `|`, `&`), keeping positive counts;
    /// `None` if the operands are not both Counters.
    pub(crate) fn counter_binop(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
    ) -> PyResult<Option<Value>> {
        if self.dict_flavor(a) != COUNTER
            || self.dict_flavor(b) != COUNTER
            || !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::And)
        {
            return Ok(None);
        }
        let base = self.stack.len();
        self.stack.push(a);
        self.stack.push(b);
        let r = self.counter_binop_rooted(op, base);
        self.stack.truncate(base);
        r.map(Some)
    }

    fn count_positive(&self, v: Value) -> bool {
        self.order(v, Value::small_int(0)) == Some(Some(Ordering::Greater))
    }

    /// The Counter operation on `stack[base]` and `stack[base + 1]`.
    fn counter_binop_rooted(&mut self, op: BinOp, base: usize) -> PyResult<Value> {
        let r = self.new_dict_flavored(COUNTER)?;
        self.stack.push(r);
        for side in 0..2 {
            let mut e = 0;
            loop {
                let s = self.stack[base + side].as_obj().unwrap_or(0);
                if e >= self.dict_used(s) {
                    break;
                }
                let (k, x) = self.dict_entry(s, e);
                e += 1;
                if k == Value::DELETED {
                    continue;
                }
                let at = self.stack.len();
                self.stack.push(k);
                self.stack.push(x);
                let other = self.stack[base + 1 - side];
                let y = self.dict_get(other, k)?;
                let new = if side == 0 {
                    let y = y.unwrap_or(Value::small_int(0));
                    let x = self.stack[at + 1];
                    match op {
                        BinOp::Add | BinOp::Sub => Some(self.binary_op(op, x, y)?),
                        BinOp::Or => Some(if self.order(x, y) == Some(Some(Ordering::Less)) {
                            y
                        } else {
                            x
                        }),
                        _ => Some(if self.order(x, y) == Some(Some(Ordering::Less)) {
                            x
                        } else {
                            y
                        }),
                    }
                } else if y.is_some() {
                    None
                } else {
                    let x = self.stack[at + 1];
                    match op {
                        BinOp::Add | BinOp::Or => Some(x),
                        BinOp::Sub
                            if self.order(x, Value::small_int(0)) == Some(Some(Ordering::Less)) =>
                        {
                            Some(self.binary_op(BinOp::Sub, Value::small_int(0), x)?)
                        }
                        _ => None,
                    }
                };
                if let Some(n) = new.filter(|n| self.count_positive(*n)) {
                    let (r, k) = (self.stack[base + 2], self.stack[at]);
                    self.dict_set(r, k, n)?;
                }
                self.stack.truncate(at);
            }
        }
        Ok(self.stack[base + 2])
    }
}

fn this(it: &Interp, a: &Args) -> u32 {
    a.pos(it, 0).as_obj().unwrap_or(0)
}

/// `Counter.most_common(n=None)`.
pub(super) fn most_common(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "most_common", 1, 2, &["n"])?;
    let n = match a.opt(it, 1).or_else(|| a.kw(it, "n")) {
        Some(v) if !v.is_none() => Some(super::str_methods::int_arg(it, v)?.max(0) as usize),
        _ => None,
    };
    let mut order = it.dict_repr_order(this(it, &a));
    if let Some(n) = n {
        order.truncate(n);
    }
    let base = it.stack.len();
    for e in order {
        let (k, v) = it.dict_entry(this(it, &a), e);
        let t = it.new_tuple_of(&[k, v]);
        match t {
            Ok(t) => it.stack.push(t),
            Err(x) => {
                it.stack.truncate(base);
                return Err(x);
            }
        }
    }
    let n = it.stack.len() - base;
    it.list_from_stack(n)
}

/// `Counter.elements()`: each key repeated by its (positive) count.
pub(super) fn elements(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "elements", 1, 1, &[])?;
    let d = this(it, &a);
    let mut keys = Vec::new();
    for e in 0..it.dict_used(d) {
        let (k, v) = it.dict_entry(d, e);
        if k == Value::DELETED {
            continue;
        }
        let n = it.to_i64(v).unwrap_or(0);
        for _ in 0..n.clamp(0, 1 << 24) {
            keys.push(k);
        }
    }
    let l = it.list_of(&keys)?;
    it.get_iter(l)
}

fn add_method(
    it: &mut Interp,
    io: &mut dyn Board,
    a: Args,
    name: &str,
    op: BinOp,
) -> PyResult<Value> {
    a.check(it, name, 1, 2, &["**"])?;
    if let Some(src) = a.opt(it, 1) {
        counter_add(it, io, a.pos(it, 0), src, op)?;
    }
    counter_add_kwargs(it, a.pos(it, 0), a, op)?;
    Ok(Value::NONE)
}

/// `Counter.update(src, **kw)`: adds counts.
pub(super) fn update(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    add_method(it, io, a, "update", BinOp::Add)
}

/// `Counter.subtract(src, **kw)`.
pub(super) fn subtract(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    add_method(it, io, a, "subtract", BinOp::Sub)
}

/// `Counter.total()`.
pub(super) fn total(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "total", 1, 1, &[])?;
    let mut sum = Value::small_int(0);
    let mut e = 0;
    loop {
        let d = this(it, &a);
        if e >= it.dict_used(d) {
            return Ok(sum);
        }
        let (k, v) = it.dict_entry(d, e);
        e += 1;
        if k != Value::DELETED {
            sum = it.binary_op(BinOp::Add, sum, v)?;
        }
    }
}

/// `copy()` of a flavoured dict keeps its flavour (and factory).
pub(super) fn copy(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "copy", 1, 1, &[])?;
    let flags = it.heap.flags(this(it, &a));
    let d = it.new_dict_flavored(flags)?;
    let f = it.heap.get(this(it, &a), FACTORY);
    it.heap.set(d.as_obj().unwrap_or(0), FACTORY, f);
    it.stack.push(d);
    let r = super::dict_methods::update_from(it, io, d, a.pos(it, 0));
    let d = it.stack.pop().unwrap_or(d);
    r.map(|_| d)
}

/// Replaces the entries of dict `stack[at]` with the pairs `stack[from..]` (popped).
fn refill(it: &mut Interp, at: usize, from: usize) -> PyResult<()> {
    let fresh = it.new_dict(0)?;
    let d = it.stack[at].as_obj().unwrap_or(0);
    let f = fresh.as_obj().unwrap_or(0);
    for i in 0..4 {
        let v = it.heap.get(f, i);
        it.heap.set(d, i, v);
    }
    let mut i = from;
    while i + 1 < it.stack.len() {
        let (d, k, v) = (it.stack[at], it.stack[i], it.stack[i + 1]);
        it.dict_set(d, k, v)?;
        i += 2;
    }
    it.stack.truncate(from);
    Ok(())
}

/// Pushes the live pairs of dict `stack[at]`.
fn push_pairs(it: &mut Interp, at: usize) -> PyResult<()> {
    let d = it.stack[at].as_obj().unwrap_or(0);
    for e in 0..it.dict_used(d) {
        let (k, v) = it.dict_entry(d, e);
        if k == Value::DELETED {
            continue;
        }
        it.stack.push(k);
        it.stack.push(v);
    }
    Ok(())
}

/// `OrderedDict.move_to_end(key, last=True)`.
pub(super) fn move_to_end(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "move_to_end", 2, 3, &["last"])?;
    let last = match a.opt(it, 2).or_else(|| a.kw(it, "last")) {
        Some(v) => it.truthy(v),
        None => true,
    };
    let (d, k) = (a.pos(it, 0), a.pos(it, 1));
    let Some(v) = it.dict_remove(d, k)? else {
        return Err(it.raise_with(TypeId::KeyError, a.pos(it, 1)));
    };
    if last {
        it.dict_set(a.pos(it, 0), a.pos(it, 1), v)?;
        return Ok(Value::NONE);
    }
    let base = it.stack.len();
    it.stack.push(a.pos(it, 0));
    it.stack.push(a.pos(it, 1));
    it.stack.push(v);
    let r = push_pairs(it, base).and_then(|_| refill(it, base, base + 1));
    it.stack.truncate(base);
    r.map(|_| Value::NONE)
}

/// `OrderedDict.popitem(last=True)`.
pub(super) fn od_popitem(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "popitem", 1, 2, &["last"])?;
    let last = match a.opt(it, 1).or_else(|| a.kw(it, "last")) {
        Some(v) => it.truthy(v),
        None => true,
    };
    let d = this(it, &a);
    let mut es = (0..it.dict_used(d)).filter(|&e| it.dict_entry(d, e).0 != Value::DELETED);
    let e = if last { es.next_back() } else { es.next() };
    let Some(e) = e else {
        return Err(it.raise(TypeId::KeyError, "dictionary is empty"));
    };
    let (k, v) = it.dict_entry(d, e);
    let pair = it.new_tuple_of(&[k, v])?;
    it.stack.push(pair);
    let k = it.items(pair).map_or(Value::NONE, |t| it.item(t, 0));
    let r = it.dict_remove(a.pos(it, 0), k);
    let pair = it.stack.pop().unwrap_or(Value::NONE);
    r.map(|_| pair)
}
