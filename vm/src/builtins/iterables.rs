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
    let base = it.stack.len();
    let n = it.push_iterable(io, a.pos(it, 0))?;
    let hit = (0..n).any(|i| it.truthy(it.stack[base + i]) == want);
    it.stack.truncate(base);
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
    let v = a.pos(it, 0);
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
