//! Methods of `dict`. Argument 0 is the dict itself.

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::obj::iter::{ITEMS, KEYS, VALUES};
use crate::types::TypeId;
use crate::value::Value;

pub(super) fn get(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "get", 2, 3, &[])?;
    let (d, k) = (a.pos(it, 0), a.pos(it, 1));
    let found = it.dict_get_io(io, d, k)?;
    Ok(found.unwrap_or_else(|| a.opt(it, 2).unwrap_or(Value::NONE)))
}

pub(super) fn keys(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "keys", 1, 1, &[])?;
    it.new_dict_view(a.pos(it, 0), KEYS)
}

pub(super) fn values(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "values", 1, 1, &[])?;
    it.new_dict_view(a.pos(it, 0), VALUES)
}

pub(super) fn items(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "items", 1, 1, &[])?;
    it.new_dict_view(a.pos(it, 0), ITEMS)
}

pub(super) fn pop(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "pop", 2, 3, &[])?;
    let (d, k) = (a.pos(it, 0), a.pos(it, 1));
    match it.dict_remove_io(io, d, k)? {
        Some(v) => Ok(v),
        None => match a.opt(it, 2) {
            Some(default) => Ok(default),
            None => Err(it.raise_with(TypeId::KeyError, a.pos(it, 1))),
        },
    }
}

/// `d.popitem()`: removes and returns the last inserted `(key, value)`.
pub(super) fn popitem(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "popitem", 1, 1, &[])?;
    let d = a.pos(it, 0);
    let off = d.as_obj().unwrap_or(0);
    let last = (0..it.dict_used(off))
        .rev()
        .map(|e| it.dict_entry(off, e))
        .find(|(k, _)| *k != Value::DELETED);
    let Some((k, v)) = last else {
        return Err(it.raise(TypeId::KeyError, "popitem(): dictionary is empty"));
    };
    // The pair first (rooting key and value), then the removal.
    let pair = it.new_tuple_of(&[k, v])?;
    it.stack.push(pair);
    let k = it.items(pair).map_or(Value::NONE, |t| it.item(t, 0));
    let r = it.dict_remove_io(io, a.pos(it, 0), k);
    let pair = it.stack.pop().unwrap_or(Value::NONE);
    r.map(|_| pair)
}

/// `dict.fromkeys(iterable, value=None)`.
pub(super) fn fromkeys(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "fromkeys", 1, 2, &[])?;
    let base = it.stack.len();
    let n = it.push_iterable(io, a.pos(it, 0))?;
    let r = it.new_dict(n).and_then(|d| {
        it.stack.push(d);
        for i in 0..n {
            let (d, k) = (it.stack[base + n], it.stack[base + i]);
            let v = a.opt(it, 1).unwrap_or(Value::NONE);
            it.dict_set_io(io, d, k, v)?;
        }
        Ok(it.stack[base + n])
    });
    it.stack.truncate(base);
    r
}

pub(super) fn setdefault(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "setdefault", 2, 3, &[])?;
    let (d, k) = (a.pos(it, 0), a.pos(it, 1));
    if let Some(v) = it.dict_get_io(io, d, k)? {
        return Ok(v);
    }
    let (d, k) = (a.pos(it, 0), a.pos(it, 1));
    let v = a.opt(it, 2).unwrap_or(Value::NONE);
    it.dict_set_io(io, d, k, v)?;
    Ok(a.opt(it, 2).unwrap_or(Value::NONE))
}

/// Inserts every pair of `src` (a dict or an iterable of pairs) into `d`.
pub(crate) fn update_from(
    it: &mut Interp,
    io: &mut dyn Board,
    d: Value,
    src: Value,
) -> PyResult<()> {
    let base = it.stack.len();
    it.stack.push(d);
    // A dict subclass that keeps dict's iteration merges its wrapped dict.
    let src = it
        .base_value_unless(src, &["__iter__", "keys"])
        .unwrap_or(src);
    let src = if it.is_dict(src) {
        it.new_dict_view(src, ITEMS)?
    } else {
        src
    };
    let n = it.push_iterable(io, src)?;
    for i in 0..n {
        let pair = it.stack[base + 1 + i];
        let p = it.stack.len();
        let got = it.push_iterable(io, pair);
        let got = match got {
            Ok(g) => g,
            Err(_) => {
                it.stack.truncate(base);
                return Err(it.raise_string(
                    TypeId::TypeError,
                    alloc::format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ),
                ));
            }
        };
        if got != 2 {
            it.stack.truncate(base);
            return Err(it.raise_string(
                TypeId::ValueError,
                alloc::format!(
                    "dictionary update sequence element #{i} has length {got}; 2 is required"
                ),
            ));
        }
        let (k, v) = (it.stack[p], it.stack[p + 1]);
        let d = it.stack[base];
        it.dict_set_io(io, d, k, v)?;
        it.stack.truncate(p);
    }
    it.stack.truncate(base);
    Ok(())
}

/// Inserts the keyword arguments of a call into `d`.
pub(crate) fn update_from_kwargs(it: &mut Interp, d: Value, a: Args) -> PyResult<()> {
    let Some(kw) = it.items(a.kwnames(it)) else {
        return Ok(());
    };
    let npos = a.npos(it);
    for k in 0..kw.len {
        let kw = it.items(a.kwnames(it)).unwrap_or(kw);
        let key = it.item(kw, k);
        let v = it.stack[a.start + npos + k];
        it.dict_set(d, key, v)?;
    }
    Ok(())
}

pub(super) fn update(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "update", 1, 2, &["**"])?;
    if let Some(src) = a.opt(it, 1) {
        update_from(it, io, a.pos(it, 0), src)?;
    }
    it.stack.push(a.pos(it, 0));
    let d = a.pos(it, 0);
    let r = update_from_kwargs(it, d, a);
    it.stack.pop();
    r.map(|_| Value::NONE)
}

pub(super) fn clear(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "clear", 1, 1, &[])?;
    let d = a.pos(it, 0);
    let fresh = it.new_dict(0)?;
    let d = a.pos(it, 0).as_obj().unwrap_or(d.as_obj().unwrap_or(0));
    let f = fresh.as_obj().unwrap_or(0);
    for i in 0..4 {
        let v = it.heap.get(f, i);
        it.heap.set(d, i, v);
    }
    Ok(Value::NONE)
}

pub(super) fn copy(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "copy", 1, 1, &[])?;
    let d = it.new_dict(0)?;
    it.stack.push(d);
    let r = update_from(it, io, d, a.pos(it, 0));
    let d = it.stack.pop().unwrap_or(d);
    r.map(|_| d)
}
