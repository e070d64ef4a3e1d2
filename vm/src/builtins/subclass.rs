//! Special methods of the built-in value types (`list.__getitem__`,
//! `dict.__init__`, `int.__new__`, …) as plain functions, for subclasses
//! that reach them through `super()` or the class (`dict.__setitem__(self,
//! k, v)`). Argument 0 is the receiver: an instance of a subclass (whose
//! wrapped value is used) or a plain built-in value.

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

/// The built-in value argument 0 stands for.
fn recv(it: &Interp, a: Args) -> Value {
    let v = a.pos(it, 0);
    it.base_value(v).unwrap_or(v)
}

/// Checks there is a receiver.
fn need(it: &mut Interp, a: Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if a.npos(it) == 0 {
        return Err(it.raise_string(
            TypeId::TypeError,
            alloc::format!("descriptor '{name}' needs an argument"),
        ));
    }
    a.check(it, name, min, max, &[])
}

/// `list.__init__(self, iterable=())`: replaces the contents.
pub(super) fn list_init(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    need(it, a, "__init__", 1, 2)?;
    let l = recv(it, a);
    if it.obj_of(l, crate::heap::Kind::List).is_none() {
        return Err(it.raise(
            TypeId::TypeError,
            "descriptor '__init__' requires a 'list' object",
        ));
    }
    it.list_set_len(l, 0);
    if a.npos(it) == 2 {
        it.stack[a.start] = l;
        super::list_methods::extend(it, io, a)?;
    }
    Ok(Value::NONE)
}

/// `dict.__init__(self, *args, **kwargs)`: `self.update(*args, **kwargs)`.
pub(super) fn dict_init(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    if a.npos(it) == 0 {
        return Err(it.raise(
            TypeId::TypeError,
            "descriptor '__init__' of 'dict' object needs an argument",
        ));
    }
    let d = recv(it, a);
    if !it.is_dict(d) {
        return Err(it.raise(
            TypeId::TypeError,
            "descriptor '__init__' requires a 'dict' object",
        ));
    }
    it.stack[a.start] = d;
    super::dict_methods::update(it, io, a)
}

/// `T.__getitem__(self, key)`; a dict subclass's `__missing__` handles a missing key.
pub(super) fn getitem(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    need(it, a, "__getitem__", 2, 2)?;
    let (obj, key) = (a.pos(it, 0), a.pos(it, 1));
    let inner = recv(it, a);
    if it.is_dict(inner) && obj != inner {
        if let Some(v) = it.dict_get_io(io, inner, key)? {
            return Ok(v);
        }
        let (obj, key) = (a.pos(it, 0), a.pos(it, 1));
        if let Some(r) = it.call_special(io, obj, "__missing__", &[key])? {
            return Ok(r);
        }
        let key = a.pos(it, 1);
        return Err(it.raise_with(TypeId::KeyError, key));
    }
    match it.subscr_io(io, 0, inner, key, Value::NONE)? {
        Some(v) => Ok(v),
        None => it.getitem(inner, key),
    }
}

/// `T.__setitem__(self, key, value)`.
pub(super) fn setitem(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    need(it, a, "__setitem__", 3, 3)?;
    let (inner, key, v) = (recv(it, a), a.pos(it, 1), a.pos(it, 2));
    if it.subscr_io(io, 1, inner, key, v)?.is_none() {
        it.setitem(io, inner, key, v)?;
    }
    Ok(Value::NONE)
}

/// `T.__delitem__(self, key)`.
pub(super) fn delitem(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    need(it, a, "__delitem__", 2, 2)?;
    let (inner, key) = (recv(it, a), a.pos(it, 1));
    if it.subscr_io(io, 2, inner, key, Value::NONE)?.is_none() {
        it.delitem(inner, key)?;
    }
    Ok(Value::NONE)
}

/// `T.__len__(self)`.
pub(super) fn len(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    need(it, a, "__len__", 1, 1)?;
    let inner = recv(it, a);
    let n = super::functions::length(it, inner)?;
    Ok(Value::small_int(n as i64))
}

/// `T.__contains__(self, item)`.
pub(super) fn contains(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    need(it, a, "__contains__", 2, 2)?;
    let (inner, x) = (recv(it, a), a.pos(it, 1));
    it.contains_io(io, inner, x).map(Value::bool)
}

/// `T.__iter__(self)`.
pub(super) fn iter(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    need(it, a, "__iter__", 1, 1)?;
    let inner = recv(it, a);
    it.get_iter(inner)
}

/// `T.__repr__(self)`.
pub(super) fn repr(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    need(it, a, "__repr__", 1, 1)?;
    let inner = recv(it, a);
    it.text_value_io(io, inner, true)
}

/// `T.__str__(self)`.
pub(super) fn str(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    need(it, a, "__str__", 1, 1)?;
    let inner = recv(it, a);
    it.text_value_io(io, inner, false)
}

/// `T.__eq__(self, other)`.
pub(super) fn eq(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    need(it, a, "__eq__", 2, 2)?;
    let inner = recv(it, a);
    let o = a.pos(it, 1);
    let o = it.base_value(o).unwrap_or(o);
    it.compare_io(io, crate::bytecode::CmpOp::Eq, inner, o)
        .map(Value::bool)
}

/// `T.__hash__(self)`.
pub(super) fn hash(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    need(it, a, "__hash__", 1, 1)?;
    let inner = recv(it, a);
    let h = it.hash_io(io, inner)?;
    it.new_int_i64(h as i64)
}
