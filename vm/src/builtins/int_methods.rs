//! Methods of `int` and `float`: `bit_length`, `bit_count`, `to_bytes`,
//! `int.from_bytes`, `as_integer_ratio`, `is_integer`, `conjugate`.

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::num::BigInt;
use crate::types::TypeId;
use crate::value::Value;

fn this_int(it: &Interp, a: &Args) -> BigInt {
    it.to_bigint(a.pos(it, 0)).unwrap_or_default()
}

pub(super) fn bit_length(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "bit_length", 1, 1, &[])?;
    Ok(Value::small_int(this_int(it, &a).bits() as i64))
}

pub(super) fn bit_count(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "bit_count", 1, 1, &[])?;
    Ok(Value::small_int(this_int(it, &a).bit_count() as i64))
}

pub(super) fn conjugate(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "conjugate", 1, 1, &[])?;
    let v = a.pos(it, 0);
    if let Some(b) = v.as_bool() {
        return Ok(Value::small_int(b as i64));
    }
    Ok(v)
}

fn byteorder(it: &mut Interp, a: &Args, pos: usize) -> PyResult<bool> {
    let v = a.opt(it, pos).or_else(|| a.kw(it, "byteorder"));
    match v.map(|v| it.as_str(v).map(String::from)) {
        None => Ok(false),
        Some(Some(s)) if s == "big" => Ok(false),
        Some(Some(s)) if s == "little" => Ok(true),
        _ => Err(it.raise(
            TypeId::ValueError,
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

use alloc::string::String;

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub(super) fn to_bytes(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "to_bytes", 1, 3, &["length", "byteorder", "signed"])?;
    let b = this_int(it, &a);
    let length = match a.opt(it, 1).or_else(|| a.kw(it, "length")) {
        Some(v) => it.to_i64(v).filter(|_| it.is_int(v)).unwrap_or(-1),
        None => 1,
    };
    if length < 0 {
        return Err(it.raise(TypeId::ValueError, "length argument must be non-negative"));
    }
    let little = byteorder(it, &a, 2)?;
    let signed = a.kw(it, "signed").is_some_and(|v| it.truthy(v));
    if b.is_negative() && !signed {
        return Err(it.raise(
            TypeId::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let length = length as usize;
    if length > it.heap.capacity_bytes() {
        return Err(it.out_of_memory());
    }
    // Minimal little-endian form: two's complement when signed.
    let mut bytes = b.to_bytes_le(signed);
    let fill = if b.is_negative() { 0xFF } else { 0 };
    if bytes.len() > length {
        return Err(it.raise(TypeId::OverflowError, "int too big to convert"));
    }
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    it.new_bytes(&bytes)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub(super) fn from_bytes(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "from_bytes", 1, 2, &["bytes", "byteorder", "signed"])?;
    let src = a
        .opt(it, 0)
        .or_else(|| a.kw(it, "bytes"))
        .unwrap_or(Value::NONE);
    let data: alloc::vec::Vec<u8> = if let Some(b) = it.as_bytes(src) {
        b.to_vec()
    } else {
        let base = it.stack.len();
        let n = it.push_iterable(io, src)?;
        let mut v = alloc::vec::Vec::with_capacity(n);
        for i in 0..n {
            let x = it.stack[base + i];
            match it.to_i64(x).filter(|_| it.is_int(x)) {
                Some(b @ 0..=255) => v.push(b as u8),
                _ => {
                    it.stack.truncate(base);
                    return Err(it.raise(TypeId::ValueError, "bytes must be in range(0, 256)"));
                }
            }
        }
        it.stack.truncate(base);
        v
    };
    let little = byteorder(it, &a, 1)?;
    let signed = a.kw(it, "signed").is_some_and(|v| it.truthy(v));
    let mut data = data;
    if !little {
        data.reverse();
    }
    it.new_bigint(BigInt::from_bytes_le(&data, signed))
}

/// `as_integer_ratio()` for ints and floats.
pub(super) fn as_integer_ratio(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "as_integer_ratio", 1, 1, &[])?;
    let v = a.pos(it, 0);
    let (num, den) = match v.as_float() {
        Some(x) => {
            if x.is_infinite() {
                return Err(it.raise(
                    TypeId::OverflowError,
                    "cannot convert Infinity to integer ratio",
                ));
            }
            if x.is_nan() {
                return Err(it.raise(TypeId::ValueError, "cannot convert NaN to integer ratio"));
            }
            float_ratio(x)
        }
        None => (this_int(it, &a), BigInt::from_i64(1)),
    };
    let n = it.new_bigint(num)?;
    it.stack.push(n);
    let d = it.new_bigint(den);
    let n = it.stack.pop().unwrap_or(Value::NONE);
    let d = d?;
    it.new_tuple_of(&[n, d])
}

/// The exact ratio of a finite float, in lowest terms.
fn float_ratio(x: f64) -> (BigInt, BigInt) {
    let bits = x.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7FF) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut mant, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    if mant == 0 {
        return (BigInt::zero(), BigInt::from_i64(1));
    }
    while mant & 1 == 0 && e < 0 {
        mant >>= 1;
        e += 1;
    }
    let mut num = BigInt::from_u64(mant);
    let mut den = BigInt::from_i64(1);
    if e >= 0 {
        num = num.shl(e as usize);
    } else {
        den = den.shl((-e) as usize);
    }
    if neg {
        num = num.negate();
    }
    (num, den)
}

pub(super) fn is_integer(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "is_integer", 1, 1, &[])?;
    let v = a.pos(it, 0);
    Ok(Value::bool(match v.as_float() {
        Some(x) => x.is_finite() && libm::trunc(x) == x,
        None => true,
    }))
}

/// The data attributes of numbers: `real`, `imag`, and for ints
/// `numerator` and `denominator`.
pub(crate) fn number_attr(it: &mut Interp, v: Value, attr: &str) -> Option<PyResult<Value>> {
    let is_num = it.is_int(v) || v.is_float();
    if !is_num {
        return None;
    }
    let as_int = |v: Value| match v.as_bool() {
        Some(b) => Value::small_int(b as i64),
        None => v,
    };
    match attr {
        "real" => Some(Ok(as_int(v))),
        "imag" => Some(Ok(if v.is_float() {
            Value::float(0.0)
        } else {
            Value::small_int(0)
        })),
        "numerator" if !v.is_float() => Some(Ok(as_int(v))),
        "denominator" if !v.is_float() => Some(Ok(Value::small_int(1))),
        _ => None,
    }
}
