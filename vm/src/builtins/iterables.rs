//! Built-ins over iterables: `any`, `all`, `reversed`, and `callable`.

use super::Args;
use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

fn any_all(
    it: &mut Interp,
    io: &mut dyn Board,
    a: Args,
    name: &str,
    want: bool,
) -> PyResult<Value> {
    a.check(it, name, 1, 1, &[])?;
    // Streams and stops at the first decisive item, as CPython does.
    let iter = it.get_iter_io(io, a.pos(it, 0))?;
    let base = it.stack.len();
    it.stack.push(iter);
    let r = loop {
        let iter = it.stack[base];
        match it.iter_next(io, iter) {
            Ok(Some(x)) => match it.truthy_io(io, x) {
                Ok(t) if t == want => break Ok(true),
                Ok(_) => {}
                Err(e) => break Err(e),
            },
            Ok(None) => break Ok(false),
            Err(e) => break Err(e),
        }
    };
    it.stack.truncate(base);
    let hit = r?;
    Ok(Value::bool(if want { hit } else { !hit }))
}

pub(super) fn any(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    any_all(it, io, a, "any", true)
}

pub(super) fn all(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    any_all(it, io, a, "all", false)
}

/// `reversed(seq)`: an iterator over a reversed copy of a sequence.
pub(super) fn reversed(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "reversed", 1, 1, &[])?;
    let mut v = a.pos(it, 0);
    if let Some(x) = it.base_value_unless(v, &["__reversed__"]) {
        // A subclass of `list`, `str`, …: the wrapped value reversed.
        v = x;
    }
    if it.is_user_obj(v) {
        return user_reversed(it, io, v);
    }
    let is_seq = v.as_obj().is_some_and(|o| {
        matches!(
            it.heap.kind(o),
            Kind::List
                | Kind::Tuple
                | Kind::Str
                | Kind::Bytes
                | Kind::Range
                | Kind::Dict
                | Kind::DictView
        )
    });
    if !is_seq {
        let tn = it.type_name(v);
        return Err(it.raise_string(
            TypeId::TypeError,
            alloc::format!("'{tn}' object is not reversible"),
        ));
    }
    let base = it.stack.len();
    let n = it.push_iterable(io, v)?;
    it.stack[base..base + n].reverse();
    let l = it.list_from_stack(n)?;
    it.get_iter(l)
}

/// `reversed(obj)` for a user object: `__reversed__`, else the sequence
/// protocol (`__len__` and `__getitem__`).
fn user_reversed(it: &mut Interp, io: &mut dyn Board, v: Value) -> PyResult<Value> {
    let cls = it.user_class_of(v).unwrap_or(0);
    if it.class_lookup(cls, "__reversed__").is_some() {
        let r = it.call_special(io, v, "__reversed__", &[])?;
        return Ok(r.unwrap_or(Value::NONE));
    }
    let has = |it: &Interp, m: &str| it.class_lookup(cls, m).is_some_and(|f| !f.is_none());
    if has(it, "__len__") && has(it, "__getitem__") {
        it.stack.push(v);
        let n = it.user_len(io, v);
        let v = it.stack.pop().unwrap_or(v);
        return it.new_reversed_seq(v, n?.unwrap_or(0));
    }
    let tn = it.type_name(v);
    Err(it.raise_string(
        TypeId::TypeError,
        alloc::format!("'{tn}' object is not reversible"),
    ))
}

pub(super) fn callable(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "callable", 1, 1, &[])?;
    let v = a.pos(it, 0);
    let c = v.as_builtin().is_some()
        || v.as_type().is_some()
        || v.as_obj().is_some_and(|o| {
            matches!(
                it.heap.kind(o),
                Kind::Function | Kind::BoundMethod | Kind::Class
            )
        })
        || it
            .user_class_of(v)
            .is_some_and(|c| it.class_lookup(c, "__call__").is_some());
    Ok(Value::bool(c))
}
