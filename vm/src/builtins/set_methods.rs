//! Methods and operators of `set` and `frozenset`, built the way CPython's
//! `setobject.c` builds its results so element order matches. Argument 0 is
//! the set itself; arguments live on the VM stack, so they stay rooted.

use super::Args;
use crate::bytecode::BinOp;
use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

impl Interp {
    fn set_kind(&self, s: Value) -> Kind {
        s.as_obj().map_or(Kind::Set, |o| self.heap.kind(o))
    }

    /// Runs `f` with `vals` pushed at `stack[base..]`, then pops them.
    fn with_rooted(
        &mut self,
        vals: &[Value],
        f: impl FnOnce(&mut Interp, usize) -> PyResult<Value>,
    ) -> PyResult<Value> {
        let base = self.stack.len();
        self.stack.extend_from_slice(vals);
        let r = f(self, base);
        self.stack.truncate(base);
        r
    }

    /// `a | b` (and `a.union(b)`): a copy of `a` updated with `b`.
    pub(crate) fn set_union(&mut self, io: &mut dyn Board, a: Value, b: Value) -> PyResult<Value> {
        let kind = self.set_kind(a);
        self.with_rooted(&[b], |it, base| {
            let r = it.set_from(io, kind, Some(a))?;
            it.stack.push(r);
            let b = it.stack[base];
            it.set_update(io, r, b)?;
            Ok(it.stack[base + 1])
        })
    }

    /// `a & b` (and `a.intersection(b)`), iterating the smaller set.
    pub(crate) fn set_intersection(
        &mut self,
        io: &mut dyn Board,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        let kind = self.set_kind(a);
        self.with_rooted(&[a, b], |it, base| {
            let r = it.new_set(kind)?;
            it.stack.push(r);
            let (a, b) = (it.stack[base], it.stack[base + 1]);
            if it.is_anyset(b) {
                let (ao, bo) = (a.as_obj().unwrap_or(0), b.as_obj().unwrap_or(0));
                // Walk the smaller one, look up in the bigger one.
                let (big, small) = if it.set_len(bo) > it.set_len(ao) {
                    (base + 1, base)
                } else {
                    (base, base + 1)
                };
                let so = it.stack[small].as_obj().unwrap_or(0);
                for slot in it.set_live_slots(so) {
                    let so = it.stack[small].as_obj().unwrap_or(0);
                    let bo = it.stack[big].as_obj().unwrap_or(0);
                    let _ = bo;
                    let Some((k, h)) = it.set_live_entry(so, slot) else {
                        continue;
                    };
                    let (found, k) = it.set_find_io(io, it.stack[big], k, h)?;
                    if found.is_some() {
                        let r = it.stack[base + 2];
                        it.set_add_hashed_io(io, r, k, h)?;
                    }
                }
                it.check_nesting()?;
            } else {
                let n = it.push_iterable(io, b)?;
                for i in 0..n {
                    let k = it.stack[base + 3 + i];
                    let h = it.hash_io(io, k)?;
                    let k = it.stack[base + 3 + i];
                    let (found, k) = it.set_find_io(io, it.stack[base], k, h)?;
                    if found.is_some() {
                        let r = it.stack[base + 2];
                        it.set_add_hashed_io(io, r, k, h)?;
                    }
                }
            }
            Ok(it.stack[base + 2])
        })
    }

    /// `a - b` (and `a.difference(b)`).
    pub(crate) fn set_difference(
        &mut self,
        io: &mut dyn Board,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        let kind = self.set_kind(a);
        let other_size = match b.as_obj().map(|o| (o, self.heap.kind(o))) {
            Some((o, Kind::Set | Kind::FrozenSet)) => Some(self.set_len(o)),
            Some((o, Kind::Dict)) => Some(self.dict_len(o)),
            _ => None,
        };
        let alen = self.set_len(a.as_obj().unwrap_or(0));
        self.with_rooted(&[a, b], |it, base| match other_size {
            Some(n) if alen >> 2 <= n => {
                let r = it.new_set(kind)?;
                it.stack.push(r);
                let ao = it.stack[base].as_obj().unwrap_or(0);
                for slot in it.set_live_slots(ao) {
                    let ao = it.stack[base].as_obj().unwrap_or(0);
                    let Some((k, h)) = it.set_live_entry(ao, slot) else {
                        continue;
                    };
                    let b = it.stack[base + 1];
                    it.stack.push(k);
                    let found = if it.is_anyset(b) {
                        it.set_find_io(io, b, k, h).map(|r| r.0.is_some())
                    } else {
                        it.dict_get_io(io, b, k).map(|r| r.is_some())
                    };
                    let k = it.stack.pop().unwrap_or(k);
                    if !found? {
                        let r = it.stack[base + 2];
                        it.set_add_hashed_io(io, r, k, h)?;
                    }
                }
                it.check_nesting()?;
                Ok(it.stack[base + 2])
            }
            _ => {
                let r = it.set_from(io, kind, Some(a))?;
                it.stack.push(r);
                let b = it.stack[base + 1];
                it.set_difference_update(io, r, b)?;
                Ok(it.stack[base + 2])
            }
        })
    }

    /// Removes every element of `b` (any iterable) from `s`.
    pub(crate) fn set_difference_update(
        &mut self,
        io: &mut dyn Board,
        s: Value,
        b: Value,
    ) -> PyResult<()> {
        self.with_rooted(&[s], |it, base| {
            let n = it.push_iterable(io, b)?;
            for i in 0..n {
                let (s, k) = (it.stack[base], it.stack[base + 1 + i]);
                it.set_discard_io(io, s, k)?;
            }
            Ok(Value::NONE)
        })
        .map(|_| ())
    }

    /// Keeps only elements also in `b`.
    pub(crate) fn set_intersection_update(
        &mut self,
        io: &mut dyn Board,
        s: Value,
        b: Value,
    ) -> PyResult<()> {
        self.with_rooted(&[s], |it, base| {
            let r = it.set_intersection(io, s, b)?;
            let s = it.stack[base];
            it.set_replace(s, r);
            Ok(Value::NONE)
        })
        .map(|_| ())
    }

    /// `s ^= b`: discards what `b` shares with `s` and adds the rest.
    pub(crate) fn set_symmetric_difference_update(
        &mut self,
        io: &mut dyn Board,
        s: Value,
        b: Value,
    ) -> PyResult<()> {
        self.with_rooted(&[s], |it, base| {
            // A set snapshot of `b` so duplicates in an iterable count once.
            let other = it.set_from(io, Kind::Set, Some(b))?;
            it.stack.push(other);
            let oo = other.as_obj().unwrap_or(0);
            for slot in it.set_live_slots(oo) {
                let oo = it.stack[base + 1].as_obj().unwrap_or(0);
                let Some((k, h)) = it.set_live_entry(oo, slot) else {
                    continue;
                };
                let s = it.stack[base];
                let (found, k) = it.set_find_io(io, s, k, h)?;
                let s = it.stack[base];
                match found {
                    Some(found) => it.set_remove_slot(s.as_obj().unwrap_or(0), found),
                    None => it.set_add_hashed_io(io, s, k, h)?,
                }
            }
            Ok(Value::NONE)
        })
        .map(|_| ())
    }

    /// `a ^ b`: a copy of `b` symmetric-differenced with `a` (CPython's order).
    pub(crate) fn set_symmetric_difference(
        &mut self,
        io: &mut dyn Board,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        let kind = self.set_kind(a);
        self.with_rooted(&[a], |it, base| {
            let r = it.set_from(io, kind, Some(b))?;
            it.stack.push(r);
            let a = it.stack[base];
            it.set_symmetric_difference_update(io, r, a)?;
            Ok(it.stack[base + 1])
        })
    }

    /// Makes set `s` hold the table of set `r` (which is then dropped).
    fn set_replace(&mut self, s: Value, r: Value) {
        let (so, ro) = (s.as_obj().unwrap_or(0), r.as_obj().unwrap_or(0));
        for i in 0..self.heap.payload_len(ro) {
            let v = self.heap.get(ro, i);
            self.heap.set(so, i, v);
        }
    }

    /// `a OP b` for two sets (`| & - ^`); `None` when not a set operation.
    ///
    /// Operators take sets on both sides, and iterating a set never runs
    /// Python code, so no board is needed (binary operators have none).
    pub(crate) fn set_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        if !self.is_anyset(a) || !self.is_anyset(b) {
            return Ok(None);
        }
        let io = &mut crate::hal::NoBoard;
        Ok(Some(match op {
            BinOp::Or => self.set_union(io, a, b)?,
            BinOp::And => self.set_intersection(io, a, b)?,
            BinOp::Sub => self.set_difference(io, a, b)?,
            BinOp::Xor => self.set_symmetric_difference(io, a, b)?,
            _ => return Ok(None),
        }))
    }

    /// `a OP= b` on a mutable set, in place; `false` when not applicable.
    pub(crate) fn set_inplace(
        &mut self,
        io: &mut dyn Board,
        op: BinOp,
        a: Value,
        b: Value,
    ) -> PyResult<bool> {
        if self.set_kind(a) != Kind::Set || !self.is_set_value(a) || !self.is_anyset(b) {
            return Ok(false);
        }
        match op {
            BinOp::Or => self.set_update(io, a, b)?,
            BinOp::And => self.set_intersection_update(io, a, b)?,
            BinOp::Sub => self.set_difference_update(io, a, b)?,
            BinOp::Xor => self.set_symmetric_difference_update(io, a, b)?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn is_set_value(&self, v: Value) -> bool {
        v.as_obj().is_some_and(|o| self.heap.kind(o) == Kind::Set)
    }
}

/// `set(iterable)` / `frozenset(iterable)`.
pub(crate) fn construct(
    it: &mut Interp,
    io: &mut dyn Board,
    t: TypeId,
    a: Args,
) -> PyResult<Value> {
    a.check(it, t.name(), 0, 1, &[])?;
    let kind = if t == TypeId::Set {
        Kind::Set
    } else {
        Kind::FrozenSet
    };
    let src = a.opt(it, 0);
    if kind == Kind::FrozenSet {
        if let Some(s) = src.filter(|s| it.set_kind(*s) == Kind::FrozenSet && it.is_anyset(*s)) {
            return Ok(s);
        }
    }
    it.set_from(io, kind, src)
}

fn recv(it: &Interp, a: &Args) -> Value {
    a.pos(it, 0)
}

pub(super) fn add(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "add", 2, 2, &[])?;
    it.set_add_io(io, recv(it, &a), a.pos(it, 1))?;
    Ok(Value::NONE)
}

pub(super) fn discard(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "discard", 2, 2, &[])?;
    it.set_discard_io(io, recv(it, &a), a.pos(it, 1))?;
    Ok(Value::NONE)
}

pub(super) fn remove(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "remove", 2, 2, &[])?;
    let key = a.pos(it, 1);
    if !it.set_discard_io(io, recv(it, &a), key)? {
        return Err(it.raise_with(TypeId::KeyError, a.pos(it, 1)));
    }
    Ok(Value::NONE)
}

pub(super) fn pop(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "pop", 1, 1, &[])?;
    match it.set_pop(recv(it, &a)) {
        Some(v) => Ok(v),
        None => Err(it.raise(TypeId::KeyError, "pop from an empty set")),
    }
}

pub(super) fn clear(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "clear", 1, 1, &[])?;
    it.set_clear(recv(it, &a))?;
    Ok(Value::NONE)
}

pub(super) fn copy(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "copy", 1, 1, &[])?;
    let s = recv(it, &a);
    let kind = it.set_kind(s);
    if kind == Kind::FrozenSet {
        return Ok(s);
    }
    it.set_from(io, kind, Some(s))
}

/// `s.update(*others)` and the other mutating `*_update` methods.
fn update_each(
    it: &mut Interp,
    io: &mut dyn Board,
    a: &Args,
    f: fn(&mut Interp, &mut dyn Board, Value, Value) -> PyResult<()>,
) -> PyResult<Value> {
    for i in 1..a.npos(it) {
        let (s, o) = (a.pos(it, 0), a.pos(it, i));
        f(it, io, s, o)?;
    }
    Ok(Value::NONE)
}

pub(super) fn update(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "update", 1, usize::MAX, &[])?;
    update_each(it, io, &a, Interp::set_update)
}

pub(super) fn difference_update(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "difference_update", 1, usize::MAX, &[])?;
    update_each(it, io, &a, Interp::set_difference_update)
}

pub(super) fn intersection_update(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "intersection_update", 1, usize::MAX, &[])?;
    update_each(it, io, &a, Interp::set_intersection_update)
}

pub(super) fn symmetric_difference_update(
    it: &mut Interp,
    io: &mut dyn Board,
    a: Args,
) -> PyResult<Value> {
    a.check(it, "symmetric_difference_update", 2, 2, &[])?;
    update_each(it, io, &a, Interp::set_symmetric_difference_update)
}

/// `s.union(*others)` and friends: folds the operation over the arguments,
/// keeping the intermediate result rooted on the stack.
fn fold(
    it: &mut Interp,
    io: &mut dyn Board,
    a: &Args,
    f: fn(&mut Interp, &mut dyn Board, Value, Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let s = a.pos(it, 0);
    let kind = it.set_kind(s);
    let n = a.npos(it);
    if n == 1 {
        return it.set_from(io, kind, Some(s));
    }
    let base = it.stack.len();
    it.stack.push(s);
    for i in 1..n {
        let (acc, o) = (it.stack[base], a.pos(it, i));
        match f(it, io, acc, o) {
            Ok(r) => it.stack[base] = r,
            Err(e) => {
                it.stack.truncate(base);
                return Err(e);
            }
        }
    }
    Ok(it.stack.pop().unwrap_or(Value::NONE))
}

pub(super) fn union(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "union", 1, usize::MAX, &[])?;
    fold(it, io, &a, Interp::set_union)
}

pub(super) fn intersection(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "intersection", 1, usize::MAX, &[])?;
    fold(it, io, &a, Interp::set_intersection)
}

pub(super) fn difference(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "difference", 1, usize::MAX, &[])?;
    fold(it, io, &a, Interp::set_difference)
}

pub(super) fn symmetric_difference(
    it: &mut Interp,
    io: &mut dyn Board,
    a: Args,
) -> PyResult<Value> {
    a.check(it, "symmetric_difference", 2, 2, &[])?;
    fold(it, io, &a, Interp::set_symmetric_difference)
}

/// The argument as a set (itself if it already is one), rooted by the caller.
fn as_set(it: &mut Interp, io: &mut dyn Board, v: Value) -> PyResult<Value> {
    if it.is_anyset(v) {
        return Ok(v);
    }
    it.set_from(io, Kind::Set, Some(v))
}

fn relation(
    it: &mut Interp,
    io: &mut dyn Board,
    a: &Args,
    name: &str,
    sub: bool,
) -> PyResult<Value> {
    a.check(it, name, 2, 2, &[])?;
    let o = a.pos(it, 1);
    let o = as_set(it, io, o)?;
    let s = a.pos(it, 0);
    let r = if sub {
        it.set_subset_io(io, s, o)?
    } else {
        it.set_subset_io(io, o, s)?
    };
    it.check_nesting()?;
    Ok(Value::bool(r))
}

pub(super) fn issubset(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    relation(it, io, &a, "issubset", true)
}

pub(super) fn issuperset(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    relation(it, io, &a, "issuperset", false)
}

pub(super) fn isdisjoint(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "isdisjoint", 2, 2, &[])?;
    let o = a.pos(it, 1);
    let o = as_set(it, io, o)?;
    let s = a.pos(it, 0);
    let (so, oo) = (s.as_obj().unwrap_or(0), o.as_obj().unwrap_or(0));
    let r = it
        .set_entries(oo)
        .into_iter()
        .all(|(k, h)| it.set_find(so, k, h).is_none());
    it.check_nesting()?;
    Ok(Value::bool(r))
}
