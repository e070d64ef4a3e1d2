//! Built-in functions (`print`, `len`, `min`, …).

use super::Args;
use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult, Resumed};
use crate::text::parse_num::int_to_radix;
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::string::String;

pub(super) fn print(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "print", 0, usize::MAX, &["sep", "end", "file", "flush"])?;
    let file = a.kw(it, "file").filter(|f| !f.is_none());
    let fd = match file {
        None => Some(1),
        Some(f) => it
            .native_field(f, TypeId::TextIo, 0)
            .and_then(|v| v.as_small_int()),
    };
    let text_arg = |it: &mut Interp, name: &str, default: &str| -> PyResult<String> {
        match a.kw(it, name) {
            None => Ok(default.into()),
            Some(v) if v.is_none() => Ok(default.into()),
            Some(v) => match it.as_str(v) {
                Some(s) => Ok(s.into()),
                None => {
                    let tn = it.type_name(v);
                    Err(it.raise_string(
                        TypeId::TypeError,
                        format!("{name} must be None or a string, not {tn}"),
                    ))
                }
            },
        }
    };
    let sep = text_arg(it, "sep", " ")?;
    let end = text_arg(it, "end", "\n")?;
    if fd.is_none() {
        // Any object with a `write` method gets each piece, as in CPython.
        let f = a.kw(it, "file").unwrap_or(Value::NONE);
        let w = it.getattr_str(io, f, "write")?;
        let base = it.stack.len();
        it.stack.push(w);
        let r = (|| {
            let n = a.npos(it);
            for i in 0..=n {
                let mut piece = String::new();
                if i == n {
                    piece.push_str(&end);
                } else {
                    if i > 0 {
                        let s = it.new_str(&sep)?;
                        it.call_value(io, it.stack[base], &[s])?;
                    }
                    it.text_io(io, a.pos(it, i), false, &mut piece)?;
                }
                let s = it.new_str(&piece)?;
                it.call_value(io, it.stack[base], &[s])?;
            }
            Ok(Value::NONE)
        })();
        it.stack.truncate(base);
        return r;
    }
    let mut out = String::new();
    for i in 0..a.npos(it) {
        if i > 0 {
            out.push_str(&sep);
        }
        let v = a.pos(it, i);
        it.text_io(io, v, false, &mut out)?;
    }
    out.push_str(&end);
    match fd {
        Some(2) => io.write_err(&out),
        _ => io.write_str(&out),
    }
    Ok(Value::NONE)
}

/// `len(v)` as a Rust integer, or `TypeError`.
pub(crate) fn length(it: &mut Interp, v: Value) -> PyResult<usize> {
    if let Some(items) = it.items(v) {
        return Ok(items.len);
    }
    if let Some(off) = v.as_obj() {
        match it.heap.kind(off) {
            Kind::Str => return Ok(it.str_char_len(off)),
            Kind::Bytes => return Ok(it.bytes_at(off).len()),
            Kind::Native if it.memoryview_parts(v).is_some() => {
                return Ok(it.memoryview_bytes(v).map_or(0, <[u8]>::len))
            }
            Kind::Dict => return Ok(it.dict_len(off)),
            Kind::Set | Kind::FrozenSet => return Ok(it.set_len(off)),
            Kind::ByteArray | Kind::Deque => return Ok(it.small(it.heap.get(off, 0))),
            Kind::DictView => {
                return Ok(it.heap.get(off, 0).as_obj().map_or(0, |d| it.dict_len(d)))
            }
            Kind::Range => {
                let (x, y, z) = it.range_parts(off);
                let n = crate::obj::range::range_len(x, y, z);
                // Only a 32-bit MCU can have a range longer than usize.
                return usize::try_from(n).map_err(|_| {
                    it.raise(
                        TypeId::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    )
                });
            }
            _ => {}
        }
    }
    let name = it.type_name(v);
    Err(it.raise_string(
        TypeId::TypeError,
        format!("object of type '{name}' has no len()"),
    ))
}

pub(super) fn len(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "len", 1, 1, &[])?;
    let v = a.pos(it, 0);
    if let Some(off) = v.as_obj().filter(|&o| it.heap.kind(o) == Kind::Range) {
        // Exact even where a range is longer than usize (32-bit MCUs).
        let (x, y, z) = it.range_parts(off);
        return Ok(Value::small_int(crate::obj::range::range_len(x, y, z)));
    }
    if let Some(n) = it.user_len(io, v)? {
        return Ok(Value::small_int(n as i64));
    }
    let n = length(it, v)?;
    Ok(Value::small_int(n as i64))
}

pub(super) fn abs(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "abs", 1, 1, &[])?;
    let v = a.pos(it, 0);
    if let Some(r) = it.unary_io(io, "__abs__", "abs()", v)? {
        return Ok(r);
    }
    if let Some(x) = v.as_float() {
        return Ok(Value::float(x.abs()));
    }
    if let Some(b) = it.to_bigint(v) {
        return it.new_bigint(b.abs());
    }
    let name = it.type_name(v);
    Err(it.raise_string(
        TypeId::TypeError,
        format!("bad operand type for abs(): '{name}'"),
    ))
}

fn min_max(
    it: &mut Interp,
    io: &mut dyn Board,
    a: Args,
    name: &str,
    want_greater: bool,
) -> PyResult<Value> {
    a.check(it, name, 1, usize::MAX, &["key", "default"])?;
    let key = a.kw(it, "key").filter(|k| !k.is_none());
    let default = a.kw(it, "default");
    let base = it.stack.len();
    let n = if a.npos(it) == 1 {
        let src = a.pos(it, 0);
        it.push_iterable(io, src)?
    } else {
        if default.is_some() {
            let msg =
                format!("Cannot specify a default for {name}() with multiple positional arguments");
            return Err(it.raise_string(TypeId::TypeError, msg));
        }
        for i in 0..a.npos(it) {
            it.stack.push(a.pos(it, i));
        }
        a.npos(it)
    };
    if n == 0 {
        it.stack.truncate(base);
        // Re-read: collecting the iterable may have moved the default.
        let default = a.kw(it, "default");
        return match default {
            Some(d) => Ok(d),
            None => Err(it.raise_string(
                TypeId::ValueError,
                format!("{name}() arg is an empty sequence"),
            )),
        };
    }
    // Keys sit above the items: [items.. keys..].
    for i in 0..n {
        let item = it.stack[base + i];
        let k = match key {
            Some(f) => {
                let f = a.kw(it, "key").unwrap_or(f);
                it.call_value(io, f, &[item])?
            }
            None => item,
        };
        it.stack.push(k);
    }
    let mut best = 0;
    for i in 1..n {
        let (x, y) = (it.stack[base + n + i], it.stack[base + n + best]);
        let op = if want_greater {
            crate::bytecode::CmpOp::Gt
        } else {
            crate::bytecode::CmpOp::Lt
        };
        if it.compare_io(io, op, x, y)? {
            best = i;
        }
    }
    let r = it.stack[base + best];
    it.stack.truncate(base);
    Ok(r)
}

pub(super) fn min(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    min_max(it, io, a, "min", false)
}

pub(super) fn max(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    min_max(it, io, a, "max", true)
}

pub(super) fn sum(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "sum", 1, 2, &["start"])?;
    let start = a
        .opt(it, 1)
        .or_else(|| a.kw(it, "start"))
        .unwrap_or(Value::small_int(0));
    if it.is_str(start) {
        return Err(it.raise(
            TypeId::TypeError,
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    // Streamed item by item: `sum(f(k) for k in range(10**6))` must not
    // hold a million values at once (it would not fit an MCU).
    let base = it.stack.len();
    it.stack.push(start);
    let src = a.pos(it, 0);
    let r = it.get_iter_io(io, src).and_then(|iter| {
        it.stack.push(iter);
        loop {
            let iter = it.stack[base + 1];
            let Some(x) = it.iter_next(io, iter)? else {
                return Ok(it.stack[base]);
            };
            it.stack.push(x);
            let acc = it.stack[base];
            let r = it.binary_op_io(io, crate::bytecode::BinOp::Add, acc, x, false);
            it.stack.pop();
            it.stack[base] = r?;
        }
    });
    it.stack.truncate(base);
    r
}

pub(super) fn ascii(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "ascii", 1, 1, &[])?;
    let mut r = String::new();
    it.repr_into(a.pos(it, 0), &mut r);
    let mut out = String::new();
    crate::interp::escape_non_ascii(&r, &mut out);
    it.new_str(&out)
}

pub(super) fn repr(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "repr", 1, 1, &[])?;
    it.text_value_io(io, a.pos(it, 0), true)
}

fn radix(it: &mut Interp, a: Args, name: &str, r: u32) -> PyResult<Value> {
    a.check(it, name, 1, 1, &[])?;
    let v = a.pos(it, 0);
    let Some(b) = it.to_bigint(v) else {
        return Err(it.not_an_integer(v));
    };
    let mut s = String::new();
    int_to_radix(&b, r, true, &mut s);
    it.new_str(&s)
}

pub(super) fn hex(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    radix(it, a, "hex", 16)
}

pub(super) fn oct(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    radix(it, a, "oct", 8)
}

pub(super) fn bin(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    radix(it, a, "bin", 2)
}

pub(super) fn ord(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "ord", 1, 1, &[])?;
    let v = a.pos(it, 0);
    let Some(s) = it.as_str(v) else {
        let tn = it.type_name(v);
        return Err(it.raise_string(
            TypeId::TypeError,
            format!("ord() expected string of length 1, but {tn} found"),
        ));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::small_int(c as i64)),
        _ => {
            let n = s.chars().count();
            Err(it.raise_string(
                TypeId::TypeError,
                format!("ord() expected a character, but string of length {n} found"),
            ))
        }
    }
}

pub(super) fn chr(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "chr", 1, 1, &[])?;
    let v = a.pos(it, 0);
    if !it.is_int(v) {
        return Err(it.not_an_integer(v));
    }
    let i = it.to_i64(v).unwrap_or(-1);
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            let s = String::from(c.encode_utf8(&mut buf) as &str);
            it.new_str(&s)
        }
        None if (0..=0x10FFFF).contains(&i) => Err(it.not_implemented("lone surrogate characters")),
        None => Err(it.raise(TypeId::ValueError, "chr() arg not in range(0x110000)")),
    }
}

/// `isinstance(v, cls)` for a class or a tuple of classes.
pub(crate) fn is_instance(it: &mut Interp, v: Value, cls: Value) -> PyResult<bool> {
    if let Some(items) = it.items(cls).filter(|_| it.type_of(cls) == TypeId::Tuple) {
        for i in 0..items.len {
            let c = it.item(items, i);
            if is_instance(it, v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if it.obj_of(cls, Kind::Class).is_some() || it.is_user_obj(v) {
        let vc = it.class_value_of(v);
        return Ok(it.class_is_subclass(vc, cls));
    }
    match cls.as_type().and_then(TypeId::from_u16) {
        Some(t) => Ok(it.type_of(v).is_subclass(t)),
        None => Err(it.raise(
            TypeId::TypeError,
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

pub(super) fn isinstance(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "isinstance", 2, 2, &[])?;
    let (v, c) = (a.pos(it, 0), a.pos(it, 1));
    Ok(Value::bool(is_instance(it, v, c)?))
}

pub(super) fn sorted(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "sorted", 1, 1, &["key", "reverse"])?;
    let src = a.pos(it, 0);
    let base = it.stack.len();
    let n = it.push_iterable(io, src)?;
    let l = it.list_from_stack(n)?;
    it.stack.push(l);
    let key = a.kw(it, "key");
    let reverse = a.kw(it, "reverse").is_some_and(|r| it.truthy(r));
    let r = super::sort::sort_list(it, io, l, key, reverse);
    let l = it.stack[base];
    it.stack.truncate(base);
    r.map(|_| l)
}

pub(super) fn iter(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "iter", 1, 1, &[])?;
    it.get_iter_io(io, a.pos(it, 0))
}

pub(super) fn next(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "next", 1, 2, &[])?;
    let i = a.pos(it, 0);
    if it.is_user_obj(i) {
        return match it.iter_next_io(io, i)? {
            Some(v) => Ok(v),
            None => match a.opt(it, 1) {
                Some(d) => Ok(d),
                None => Err(it.raise_with(TypeId::StopIteration, Value::NONE)),
            },
        };
    }
    let is_iter = i.as_obj().is_some_and(|o| {
        matches!(
            it.heap.kind(o),
            Kind::SeqIter
                | Kind::RangeIter
                | Kind::DictIter
                | Kind::Enumerate
                | Kind::Zip
                | Kind::SetIter
                | Kind::Lazy
                | Kind::Generator
        )
    });
    if !is_iter {
        let tn = it.type_name(i);
        return Err(it.raise_string(
            TypeId::TypeError,
            format!("'{tn}' object is not an iterator"),
        ));
    }
    if it.as_generator(i).is_some() {
        // A generator's return value travels in the StopIteration.
        return match it.gen_send(io, i, Value::NONE)? {
            Resumed::Yielded(v) => Ok(v),
            Resumed::Returned(v) => match a.opt(it, 1) {
                Some(d) => Ok(d),
                None => Err(it.raise_with(TypeId::StopIteration, v)),
            },
        };
    }
    match it.iter_next(io, i)? {
        Some(v) => Ok(v),
        None => match a.opt(it, 1) {
            Some(d) => Ok(d),
            None => Err(it.raise_with(TypeId::StopIteration, Value::NONE)),
        },
    }
}

/// `eval`, `exec` and `compile`: the device has no compiler (scripts are
/// compiled ahead of time into the image), so say so instead of `NameError`.
pub(super) fn no_compiler(it: &mut Interp, _: &mut dyn Board, _: Args) -> PyResult<Value> {
    Err(it.raise(
        TypeId::NotImplementedError,
        "eval/exec/compile are not available: Ferrite compiles scripts ahead of time and the device has no compiler",
    ))
}
