//! Calling a built-in class: `int(x)`, `list(it)`, `ValueError("msg")`, …

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::text::parse_num::{
    invalid_float_literal_message, invalid_int_literal_message, parse_float, parse_int,
};
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::string::String;

/// Instantiates built-in class `t` with the call's arguments.
pub(crate) fn construct(
    it: &mut Interp,
    io: &mut dyn Board,
    t: TypeId,
    a: Args,
) -> PyResult<Value> {
    if t.is_exception() {
        a.check(it, t.name(), 0, usize::MAX, &[])?;
        let base = it.stack.len();
        for i in 0..a.npos(it) {
            it.stack.push(a.pos(it, i));
        }
        let args = it.tuple_from_stack(a.npos(it))?;
        it.stack.truncate(base);
        return it.exception_with_args(t, args);
    }
    let name = t.name();
    match t {
        TypeId::Super | TypeId::StaticMethod | TypeId::ClassMethod | TypeId::Property => {
            super::classes::construct(it, t, a)
        }
        TypeId::Object => {
            a.check(it, name, 0, 0, &[])?;
            let o = it.new_wrapper(
                crate::heap::Kind::Instance,
                &[TypeId::Object.value(), Value::NONE, Value::NONE],
            )?;
            Ok(o)
        }
        TypeId::Bytes => super::bytes_methods::construct(it, io, a),
        TypeId::ByteArray => super::bytearray::construct(it, io, a),
        #[cfg(feature = "collections")]
        TypeId::Deque => super::collections::new_deque(it, io, a),
        TypeId::MemoryView => super::memoryview::construct(it, a),
        TypeId::Slice => {
            a.check(it, name, 1, 3, &[])?;
            let (start, stop, step) = match a.npos(it) {
                1 => (Value::NONE, a.pos(it, 0), Value::NONE),
                2 => (a.pos(it, 0), a.pos(it, 1), Value::NONE),
                _ => (a.pos(it, 0), a.pos(it, 1), a.pos(it, 2)),
            };
            it.new_slice(start, stop, step)
        }
        TypeId::DefaultDict | TypeId::Counter | TypeId::OrderedDict => {
            super::counter::construct(it, io, t, a)
        }
        TypeId::Set | TypeId::FrozenSet => super::set_methods::construct(it, io, t, a),
        TypeId::Pin => super::machine::new_pin(it, io, a),
        TypeId::Pwm => super::machine::new_pwm(it, io, a),
        TypeId::Adc => super::machine::new_adc(it, io, a),
        TypeId::Timer => super::machine::new_timer(it, io, a),
        TypeId::Uart => super::buses::new_uart(it, io, a),
        TypeId::I2c => super::buses::new_i2c(it, io, a),
        TypeId::Spi => super::spi::new_spi(it, io, a),
        TypeId::Signal => super::signal::new_signal(it, io, a),
        TypeId::Int => {
            a.check(it, name, 0, 2, &["base"])?;
            let Some(x) = a.opt(it, 0) else {
                return Ok(Value::small_int(0));
            };
            let base = a.opt(it, 1).or_else(|| a.kw(it, "base"));
            if base.is_none() && it.is_user_obj(x) {
                for special in ["__int__", "__index__", "__trunc__"] {
                    if let Some(r) = it.call_special(io, x, special, &[])? {
                        if !it.is_int(r) {
                            let tn = String::from(it.type_name(r));
                            return Err(it.raise_string(
                                TypeId::TypeError,
                                format!("{special} returned non-int (type {tn})"),
                            ));
                        }
                        return Ok(r);
                    }
                }
            }
            // `int(MyStr("12"))`, `int(MyInt(3))`: the wrapped value.
            let x = it.base_value(x).unwrap_or(x);
            to_int(it, x, base)
        }
        TypeId::Float => {
            if !cfg!(feature = "float") {
                return Err(it.left_out("float"));
            }
            a.check(it, name, 0, 1, &[])?;
            let Some(x) = a.opt(it, 0) else {
                return Ok(Value::float(0.0));
            };
            if it.is_user_obj(x) {
                for special in ["__float__", "__index__"] {
                    if let Some(r) = it.call_special(io, x, special, &[])? {
                        if let Some(f) = r.as_float() {
                            return Ok(Value::float(f));
                        }
                        if special == "__index__" && it.is_int(r) {
                            return to_float(it, r);
                        }
                        let tn = String::from(it.type_name(r));
                        let cn = String::from(it.type_name(x));
                        return Err(it.raise_string(
                            TypeId::TypeError,
                            format!("{cn}.{special} returned non-float (type {tn})"),
                        ));
                    }
                }
            }
            let x = it.base_value(x).unwrap_or(x);
            to_float(it, x)
        }
        TypeId::Str => {
            a.check(it, name, 0, 1, &[])?;
            match a.opt(it, 0) {
                Some(x) => it.text_value_io(io, x, false),
                None => it.new_str(""),
            }
        }
        TypeId::Bool => {
            a.check(it, name, 0, 1, &[])?;
            match a.opt(it, 0) {
                Some(x) => Ok(Value::bool(it.truthy_io(io, x)?)),
                None => Ok(Value::FALSE),
            }
        }
        TypeId::List | TypeId::Tuple => {
            a.check(it, name, 0, 1, &[])?;
            let base = it.stack.len();
            let n = match a.opt(it, 0) {
                Some(src) => it.push_iterable(io, src)?,
                None => 0,
            };
            let r = if t == TypeId::List {
                it.list_from_stack(n)
            } else {
                it.tuple_from_stack(n)
            };
            it.stack.truncate(base);
            r
        }
        TypeId::Dict => {
            let npos = a.npos(it);
            if npos > 1 {
                return Err(it.raise_string(
                    TypeId::TypeError,
                    format!("dict expected at most 1 argument, got {npos}"),
                ));
            }
            let d = it.new_dict(0)?;
            it.stack.push(d);
            let r = (|| {
                if let Some(src) = a.opt(it, 0) {
                    let d = *it.stack.last().unwrap_or(&d);
                    super::dict_methods::update_from(it, io, d, src)?;
                }
                let d = *it.stack.last().unwrap_or(&d);
                super::dict_methods::update_from_kwargs(it, d, a)
            })();
            let d = it.stack.pop().unwrap_or(d);
            r.map(|_| d)
        }
        TypeId::Range => {
            a.check(it, name, 1, 3, &[])?;
            let mut v = [0i64; 3];
            for (i, slot) in v.iter_mut().enumerate().take(a.npos(it)) {
                let x = a.pos(it, i);
                let x = it.base_value(x).unwrap_or(x);
                if !it.is_int(x) {
                    return Err(it.not_an_integer(x));
                }
                *slot = match it.to_i64(x).filter(|i| crate::value::fits_small(*i)) {
                    Some(i) => i,
                    None => return Err(it.not_implemented("range() bounds beyond 2**47")),
                };
            }
            let (start, stop, step) = match a.npos(it) {
                1 => (0, v[0], 1),
                2 => (v[0], v[1], 1),
                _ => (v[0], v[1], v[2]),
            };
            if step == 0 {
                return Err(it.raise(TypeId::ValueError, "range() arg 3 must not be zero"));
            }
            it.new_range(start, stop, step)
        }
        TypeId::Enumerate => {
            a.check(it, name, 1, 2, &["start"])?;
            let start = a
                .opt(it, 1)
                .or_else(|| a.kw(it, "start"))
                .unwrap_or(Value::small_int(0));
            if !it.is_int(start) {
                return Err(it.not_an_integer(start));
            }
            let src = a.pos(it, 0);
            let iter = it.get_iter_io(io, src)?;
            let start = a
                .opt(it, 1)
                .or_else(|| a.kw(it, "start"))
                .unwrap_or(Value::small_int(0));
            it.new_enumerate(iter, start)
        }
        TypeId::Zip => {
            a.check(it, name, 0, usize::MAX, &[])?;
            let base = it.stack.len();
            for i in 0..a.npos(it) {
                let src = a.pos(it, i);
                let iter = it.get_iter_io(io, src)?;
                it.stack.push(iter);
            }
            let t = it.tuple_from_stack(a.npos(it))?;
            it.stack.truncate(base);
            it.new_zip(t)
        }
        TypeId::Type => {
            if a.npos(it) == 3 {
                return type_new(it, io, a);
            }
            if a.npos(it) != 1 {
                return Err(it.raise(TypeId::TypeError, "type() takes 1 or 3 arguments"));
            }
            a.check(it, name, 1, 1, &[])?;
            Ok(it.class_value_of(a.pos(it, 0)))
        }
        _ => Err(it.not_implemented(&format!("calling '{name}'"))),
    }
}

fn to_int(it: &mut Interp, x: Value, base: Option<Value>) -> PyResult<Value> {
    if let Some(b) = base {
        let Some(s) = it.as_str(x) else {
            return Err(it.raise(
                TypeId::TypeError,
                "int() can't convert non-string with explicit base",
            ));
        };
        let s = String::from(s);
        let b = it.to_i64(b).unwrap_or(-1);
        if b != 0 && !(2..=36).contains(&b) {
            return Err(it.raise(
                TypeId::ValueError,
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        return parse_or_raise(it, &s, b as u32);
    }
    if let Some(b) = x.as_bool() {
        return Ok(Value::small_int(b as i64));
    }
    if it.is_int(x) {
        return Ok(x);
    }
    if let Some(f) = x.as_float() {
        if f.is_nan() {
            return Err(it.raise(TypeId::ValueError, "cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(it.raise(
                TypeId::OverflowError,
                "cannot convert float infinity to integer",
            ));
        }
        let t = libm::trunc(f);
        if t.abs() < 9.0e18 {
            return it.new_int_i64(t as i64);
        }
        let b = crate::num::BigInt::from_f64(t).unwrap_or_default();
        return it.new_bigint(b);
    }
    if let Some(s) = it.as_str(x) {
        let s = String::from(s);
        return parse_or_raise(it, &s, 10);
    }
    let tn = it.type_name(x);
    Err(it.raise_string(
        TypeId::TypeError,
        format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
        ),
    ))
}

fn parse_or_raise(it: &mut Interp, s: &str, base: u32) -> PyResult<Value> {
    match parse_int(s, base) {
        Some(b) => match b.to_i64() {
            Some(i) => it.new_int_i64(i),
            None => it.new_bigint(b),
        },
        None => {
            let mut msg = String::new();
            invalid_int_literal_message(s, base, &mut msg);
            Err(it.raise(TypeId::ValueError, &msg))
        }
    }
}

fn to_float(it: &mut Interp, x: Value) -> PyResult<Value> {
    if !cfg!(feature = "float") {
        return Err(it.left_out("float"));
    }
    if let Some(f) = x.as_float() {
        return Ok(Value::float(f));
    }
    if it.is_int(x) {
        return match it.to_f64(x).filter(|f| f.is_finite()) {
            Some(f) => Ok(Value::float(f)),
            None => Err(it.raise(TypeId::OverflowError, "int too large to convert to float")),
        };
    }
    if let Some(s) = it.as_str(x) {
        let s = String::from(s);
        return match parse_float(&s) {
            Some(f) => Ok(Value::float(f)),
            None => {
                let mut msg = String::new();
                invalid_float_literal_message(&s, &mut msg);
                Err(it.raise(TypeId::ValueError, &msg))
            }
        };
    }
    let tn = it.type_name(x);
    Err(it.raise_string(
        TypeId::TypeError,
        format!("float() argument must be a string or a real number, not '{tn}'"),
    ))
}

/// `type(name, bases, namespace)`: a new class, like a `class` statement
/// whose body filled a copy of `namespace`.
fn type_new(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "type", 3, 3, &[])?;
    let (name, bases, ns) = (a.pos(it, 0), a.pos(it, 1), a.pos(it, 2));
    if !it.is_str(name) || it.type_of(bases) != TypeId::Tuple || !it.is_dict(ns) {
        return Err(it.raise(
            TypeId::TypeError,
            "type.__new__() argument types must be (str, tuple, dict)",
        ));
    }
    let d = it.new_dict(0)?;
    let at = it.stack.len();
    it.stack.push(a.pos(it, 0));
    it.stack.push(a.pos(it, 1));
    it.stack.push(d);
    let r =
        super::dict_methods::update_from(it, io, d, a.pos(it, 2)).and_then(|_| it.new_class(at));
    it.stack.truncate(at);
    r
}
