//! Built-ins about classes and attributes: `issubclass`, `getattr` and
//! friends, `vars`, `super`, `property`, `staticmethod`, `classmethod`, and
//! the `__init__` of `object` and `BaseException` reached through `super()`.

use super::Args;
use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::string::String;

/// `issubclass(C, B)` for one class `B` (or a tuple of them).
fn is_subclass(it: &mut Interp, c: Value, b: Value) -> PyResult<bool> {
    if let Some(items) = it.items(b).filter(|_| it.type_of(b) == TypeId::Tuple) {
        for i in 0..items.len {
            let x = it.item(items, i);
            if is_subclass(it, c, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !it.is_class(b) {
        return Err(it.raise(
            TypeId::TypeError,
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ));
    }
    Ok(it.class_is_subclass(c, b))
}

pub(super) fn issubclass(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "issubclass", 2, 2, &[])?;
    let (c, b) = (a.pos(it, 0), a.pos(it, 1));
    if !it.is_class(c) {
        return Err(it.raise(TypeId::TypeError, "issubclass() arg 1 must be a class"));
    }
    Ok(Value::bool(is_subclass(it, c, b)?))
}

/// The attribute-name argument `i` as an owned string.
fn attr_name(it: &mut Interp, a: Args, i: usize, fname: &str) -> PyResult<String> {
    let v = a.pos(it, i);
    match it.as_str(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let tn = String::from(it.type_name(v));
            let msg = if fname == "getattr"
                || fname == "hasattr"
                || fname == "setattr"
                || fname == "delattr"
            {
                format!("attribute name must be string, not '{tn}'")
            } else {
                format!("{fname}(): attribute name must be string")
            };
            Err(it.raise_string(TypeId::TypeError, msg))
        }
    }
}

pub(super) fn getattr(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "getattr", 2, 3, &[])?;
    let name = attr_name(it, a, 1, "getattr")?;
    let obj = a.pos(it, 0);
    match it.getattr_str(io, obj, &name) {
        Ok(v) => Ok(v),
        Err(t) => match a.opt(it, 2) {
            Some(d) if it.exc_type(it.exc) == Some(TypeId::AttributeError) => {
                it.exc = Value::NONE;
                Ok(d)
            }
            _ => Err(t),
        },
    }
}

pub(super) fn hasattr(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "hasattr", 2, 2, &[])?;
    let name = attr_name(it, a, 1, "hasattr")?;
    let obj = a.pos(it, 0);
    match it.getattr_str(io, obj, &name) {
        Ok(_) => Ok(Value::TRUE),
        Err(t) => {
            if it.exc_type(it.exc) == Some(TypeId::AttributeError) {
                it.exc = Value::NONE;
                Ok(Value::FALSE)
            } else {
                Err(t)
            }
        }
    }
}

pub(super) fn setattr(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "setattr", 3, 3, &[])?;
    let name = attr_name(it, a, 1, "setattr")?;
    let (obj, v) = (a.pos(it, 0), a.pos(it, 2));
    if it.user_setattr(io, obj, &name, v)? {
        return Ok(Value::NONE);
    }
    let tn = String::from(it.type_name(obj));
    Err(it.raise_string(
        TypeId::AttributeError,
        format!("'{tn}' object has no attribute '{name}'"),
    ))
}

pub(super) fn delattr(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "delattr", 2, 2, &[])?;
    let name = attr_name(it, a, 1, "delattr")?;
    let obj = a.pos(it, 0);
    if it.user_delattr(io, obj, &name)? {
        return Ok(Value::NONE);
    }
    let tn = String::from(it.type_name(obj));
    Err(it.raise_string(
        TypeId::AttributeError,
        format!("'{tn}' object has no attribute '{name}'"),
    ))
}

pub(super) fn vars(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "vars", 1, 1, &[])?;
    let obj = a.pos(it, 0);
    if it.is_user_obj(obj) || it.obj_of(obj, Kind::Class).is_some() {
        if let Some(v) = it.user_getattr(io, obj, "__dict__")? {
            return Ok(v);
        }
    }
    Err(it.raise(
        TypeId::TypeError,
        "vars() argument must have __dict__ attribute",
    ))
}

/// `object.__init__(self)`: accepts no further arguments.
pub(super) fn object_init(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    if a.n > 1 {
        return Err(it.raise(
            TypeId::TypeError,
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(Value::NONE)
}

/// `object.__new__(cls, *args)`: a bare instance of user class `cls`
/// (further arguments are for `__init__`).
pub(super) fn object_new(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "object.__new__", 1, usize::MAX, &["**"])?;
    let cls = a.pos(it, 0);
    let Some(c) = it.obj_of(cls, Kind::Class) else {
        let tn = alloc::string::String::from(it.type_name(cls));
        return Err(it.raise_string(
            TypeId::TypeError,
            alloc::format!("object.__new__(X): X is not a type object ({tn})"),
        ));
    };
    let base = it.class_base(c);
    if base.is_exception() {
        let args = it.new_tuple(0)?;
        let cls = a.pos(it, 0);
        return it.new_user_exception(cls, args);
    }
    if crate::obj::class::is_value_base(base) && !matches!(base, TypeId::List | TypeId::Dict) {
        // `int.__new__(cls, x)`: the wrapped value is `int(x)`.
        let rest = Args {
            start: a.start + 1,
            n: a.n - 1,
            kw_at: a.kw_at,
        };
        let v = super::construct(it, io, base, rest)?;
        it.stack.push(v);
        let cls = a.pos(it, 0);
        let r = it.new_value_instance(cls, v);
        it.stack.pop();
        return r;
    }
    it.new_instance(cls)
}

/// `object.__init_subclass__()`: does nothing.
pub(super) fn object_init_subclass(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "object.__init_subclass__", 0, 0, &[])?;
    Ok(Value::NONE)
}

/// `object.__hash__(self)`: the identity hash.
pub(super) fn object_hash(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "object.__hash__", 1, 1, &[])?;
    let v = a.pos(it, 0);
    let h = match it.obj_of(v, Kind::Instance) {
        Some(off) => it.heap.get(off, crate::obj::class::INST_ID).bits() as i64,
        None => return Err(it.not_implemented("object.__hash__ of a non-instance")),
    };
    it.new_int_i64(h)
}

/// `BaseException.__init__(self, *args)`: sets `args`.
pub(super) fn exc_init(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "BaseException.__init__", 1, usize::MAX, &[])?;
    let n = a.npos(it) - 1;
    let sp = it.stack.len();
    it.stack.extend_from_within(a.start + 1..a.start + 1 + n);
    let t = it.tuple_from_stack(n)?;
    it.stack.truncate(sp);
    let e = a.pos(it, 0);
    if let Some(off) = it.obj_of(e, Kind::Exception) {
        it.heap.set(off, crate::obj::exception::ARGS, t);
    }
    Ok(Value::NONE)
}

/// Calling `super`, `property`, `staticmethod` or `classmethod`.
pub(crate) fn construct(it: &mut Interp, t: TypeId, a: Args) -> PyResult<Value> {
    match t {
        TypeId::Super => {
            a.check(it, "super", 2, 2, &[])?;
            let (c, o) = (a.pos(it, 0), a.pos(it, 1));
            if !it.is_class(c) {
                let tn = String::from(it.type_name(c));
                return Err(it.raise_string(
                    TypeId::TypeError,
                    format!("super() argument 1 must be a type, not {tn}"),
                ));
            }
            it.new_super(c, o)
        }
        TypeId::StaticMethod | TypeId::ClassMethod => {
            a.check(it, t.name(), 1, 1, &[])?;
            let f = a.pos(it, 0);
            let k = if t == TypeId::StaticMethod {
                Kind::StaticMethod
            } else {
                Kind::ClassMethod
            };
            it.new_wrapper(k, &[f])
        }
        _ => {
            a.check(it, "property", 0, 3, &["fget", "fset", "fdel", "doc"])?;
            let mut f = [Value::NONE; 3];
            for (i, name) in ["fget", "fset", "fdel"].iter().enumerate() {
                if let Some(v) = a.opt(it, i).or_else(|| a.kw(it, name)) {
                    f[i] = v;
                }
            }
            it.new_wrapper(Kind::Property, &f)
        }
    }
}

/// `prop.setter(f)` / `prop.deleter(f)` / `prop.getter(f)`: a copy with one accessor replaced.
pub(crate) fn property_with(it: &mut Interp, prop: u32, slot: usize, f: Value) -> PyResult<Value> {
    let mut fields = [
        it.heap.get(prop, 0),
        it.heap.get(prop, 1),
        it.heap.get(prop, 2),
    ];
    fields[slot] = f;
    it.new_wrapper(Kind::Property, &fields)
}

pub(super) fn prop_getter(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    prop_set(it, a, 0)
}

pub(super) fn prop_setter(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    prop_set(it, a, 1)
}

pub(super) fn prop_deleter(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    prop_set(it, a, 2)
}

fn prop_set(it: &mut Interp, a: Args, slot: usize) -> PyResult<Value> {
    a.check(it, "property", 2, 2, &[])?;
    let (p, f) = (a.pos(it, 0), a.pos(it, 1));
    match it.obj_of(p, Kind::Property) {
        Some(off) => property_with(it, off, slot, f),
        None => Err(it.raise(TypeId::TypeError, "descriptor requires a 'property' object")),
    }
}

/// `format(value, spec='')`, honouring a user `__format__`.
pub(super) fn format(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "format", 1, 2, &[])?;
    let v = a.pos(it, 0);
    let spec = match a.opt(it, 1) {
        Some(s) if it.is_str(s) => s,
        Some(s) => {
            let tn = String::from(it.type_name(s));
            return Err(it.raise_string(
                TypeId::TypeError,
                format!("format() argument 2 must be str, not {tn}"),
            ));
        }
        None => Value::NONE,
    };
    it.format_value_io(io, v, spec, 0)
}

/// `object.__str__` / `object.__repr__` reached through `super()`: the text
/// of the built-in layout, ignoring the class's own `__str__`/`__repr__`.
fn builtin_text(it: &mut Interp, a: Args, repr: bool) -> PyResult<Value> {
    a.check(it, "object.__str__", 1, 1, &[])?;
    let v = a.pos(it, 0);
    let mut s = String::new();
    if repr || it.obj_of(v, Kind::Exception).is_none() {
        it.repr_into(v, &mut s);
    } else {
        it.str_into(v, &mut s);
    }
    it.new_str(&s)
}

pub(super) fn object_str(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    builtin_text(it, a, false)
}

pub(super) fn object_repr(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    builtin_text(it, a, true)
}

/// `object.__eq__(self, other)`: `True` if identical, else `NotImplemented`.
pub(super) fn object_eq(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "object.__eq__", 2, 2, &[])?;
    let same = a.pos(it, 0) == a.pos(it, 1);
    Ok(if same {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

/// `object.__ne__(self, other)`: `False` if identical, else `NotImplemented`.
pub(super) fn object_ne(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "object.__ne__", 2, 2, &[])?;
    let same = a.pos(it, 0) == a.pos(it, 1);
    Ok(if same {
        Value::FALSE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

/// `object.__setattr__(self, name, value)`: stores in the instance dict.
pub(super) fn object_setattr(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "object.__setattr__", 3, 3, &[])?;
    let name = attr_name(it, a, 1, "setattr")?;
    let (obj, v) = (a.pos(it, 0), a.pos(it, 2));
    if !it.is_user_obj(obj) {
        let tn = String::from(it.type_name(obj));
        return Err(it.raise_string(
            TypeId::AttributeError,
            format!("'{tn}' object has no attribute '{name}'"),
        ));
    }
    it.raw_setattr(obj, &name, v)?;
    Ok(Value::NONE)
}
