//! Methods of `list`. Argument 0 is the list itself.

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

pub(super) fn append(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "append", 2, 2, &[])?;
    it.list_append(a.pos(it, 0), a.pos(it, 1))?;
    Ok(Value::NONE)
}

pub(super) fn extend(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "extend", 2, 2, &[])?;
    it.list_extend(io, a.pos(it, 0), a.pos(it, 1))?;
    Ok(Value::NONE)
}

fn index_arg(it: &mut Interp, v: Value) -> PyResult<i64> {
    if !it.is_int(v) {
        return Err(it.not_an_integer(v));
    }
    Ok(it.to_i64(v).unwrap_or(i64::MAX))
}

pub(super) fn pop(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "pop", 1, 2, &[])?;
    let l = a.pos(it, 0);
    let len = it.items(l).map_or(0, |i| i.len);
    if len == 0 {
        return Err(it.raise(TypeId::IndexError, "pop from empty list"));
    }
    let i = match a.opt(it, 1) {
        Some(v) => index_arg(it, v)?,
        None => -1,
    };
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        return Err(it.raise(TypeId::IndexError, "pop index out of range"));
    }
    Ok(it.list_remove_at(l, i as usize))
}

pub(super) fn insert(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "insert", 3, 3, &[])?;
    let i = index_arg(it, a.pos(it, 1))?;
    it.list_append(a.pos(it, 0), Value::NONE)?;
    let l = a.pos(it, 0);
    let v = a.pos(it, 2);
    let Some(items) = it.items(l) else {
        return Ok(Value::NONE);
    };
    let old = items.len as i64 - 1;
    let i = if i < 0 { (i + old).max(0) } else { i.min(old) } as usize;
    it.heap.copy_words(
        items.store,
        items.from + i,
        items.store,
        items.from + i + 1,
        items.len - 1 - i,
    );
    it.heap.set(items.store, items.from + i, v);
    Ok(Value::NONE)
}

fn find(it: &Interp, l: Value, x: Value) -> Option<usize> {
    let items = it.items(l)?;
    (0..items.len).find(|&i| it.py_eq(it.item(items, i), x))
}

pub(super) fn remove(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "remove", 2, 2, &[])?;
    let (l, x) = (a.pos(it, 0), a.pos(it, 1));
    let found = if it.is_user_obj(x) {
        let r = it.seq_matches_io(io, a.start, a.start + 1, (0, usize::MAX), true)?;
        r.first().copied()
    } else {
        find(it, l, x)
    };
    let l = a.pos(it, 0);
    match found {
        Some(i) => {
            it.list_remove_at(l, i);
            Ok(Value::NONE)
        }
        None => Err(it.raise(TypeId::ValueError, "list.remove(x): x not in list")),
    }
}

pub(super) fn index(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "index", 2, 4, &[])?;
    let (l, x) = (a.pos(it, 0), a.pos(it, 1));
    let len = it.items(l).map_or(0, |i| i.len) as i64;
    let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let start = match a.opt(it, 2) {
        Some(v) => clamp(index_arg(it, v)?),
        None => 0,
    };
    let end = match a.opt(it, 3) {
        Some(v) => clamp(index_arg(it, v)?),
        None => len as usize,
    };
    let found = if it.is_user_obj(x) {
        let r = it.seq_matches_io(io, a.start, a.start + 1, (start, end), true)?;
        r.first().copied()
    } else {
        it.items(l)
            .and_then(|items| (start..end.min(items.len)).find(|&i| it.py_eq(it.item(items, i), x)))
    };
    let x = a.pos(it, 1);
    match found {
        Some(i) => Ok(Value::small_int(i as i64)),
        None => {
            let mut s = alloc::string::String::new();
            it.text_io(io, x, true, &mut s)?;
            let l = a.pos(it, 0);
            let msg = if it.type_of(l) == TypeId::Tuple {
                alloc::string::String::from("tuple.index(x): x not in tuple")
            } else {
                alloc::format!("{s} is not in list")
            };
            Err(it.raise_string(TypeId::ValueError, msg))
        }
    }
}

pub(super) fn count(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "count", 2, 2, &[])?;
    let (l, x) = (a.pos(it, 0), a.pos(it, 1));
    if it.is_user_obj(x) {
        let r = it.seq_matches_io(io, a.start, a.start + 1, (0, usize::MAX), false)?;
        return Ok(Value::small_int(r.len() as i64));
    }
    let n = it.items(l).map_or(0, |items| {
        (0..items.len)
            .filter(|&i| it.py_eq(it.item(items, i), x))
            .count()
    });
    Ok(Value::small_int(n as i64))
}

pub(super) fn reverse(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "reverse", 1, 1, &[])?;
    if let Some(items) = it.items(a.pos(it, 0)) {
        it.heap
            .words_mut(items.store, items.from, items.len)
            .reverse();
    }
    Ok(Value::NONE)
}

pub(super) fn clear(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "clear", 1, 1, &[])?;
    it.list_set_len(a.pos(it, 0), 0);
    Ok(Value::NONE)
}

pub(super) fn copy(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "copy", 1, 1, &[])?;
    let items = it
        .items(a.pos(it, 0))
        .map(|i| it.items_vec(i))
        .unwrap_or_default();
    it.list_of(&items)
}

pub(super) fn sort(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "sort", 1, 1, &["key", "reverse"])?;
    let key = a.kw(it, "key");
    let reverse = a.kw(it, "reverse").is_some_and(|r| it.truthy(r));
    super::sort::sort_list(it, io, a.pos(it, 0), key, reverse)?;
    Ok(Value::NONE)
}
