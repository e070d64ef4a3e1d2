//! Numeric built-ins: `divmod`, `pow`, `round`.

use super::Args;
use crate::bytecode::BinOp;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::num::BigInt;
use crate::text::float_digits::round_to_places;
use crate::types::TypeId;
use crate::value::Value;

pub(super) fn divmod(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "divmod", 2, 2, &[])?;
    // `int`/`float` subclasses divide as their values.
    let unwrap = |it: &Interp, v: Value| it.base_value(v).unwrap_or(v);
    let (x, y) = (unwrap(it, a.pos(it, 0)), unwrap(it, a.pos(it, 1)));
    let q = it.binary_op(BinOp::FloorDiv, x, y)?;
    it.stack.push(q);
    let (x, y) = (unwrap(it, a.pos(it, 0)), unwrap(it, a.pos(it, 1)));
    let r = it.binary_op(BinOp::Mod, x, y);
    let q = it.stack.pop().unwrap_or(Value::NONE);
    it.new_tuple_of(&[q, r?])
}

pub(super) fn pow(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "pow", 2, 3, &["base", "exp", "mod"])?;
    let base = a
        .opt(it, 0)
        .or_else(|| a.kw(it, "base"))
        .unwrap_or(Value::NONE);
    let exp = a
        .opt(it, 1)
        .or_else(|| a.kw(it, "exp"))
        .unwrap_or(Value::NONE);
    let Some(m) = a
        .opt(it, 2)
        .or_else(|| a.kw(it, "mod"))
        .filter(|m| !m.is_none())
    else {
        return it.binary_op(BinOp::Pow, base, exp);
    };
    let (Some(b), Some(e), Some(m)) = (it.to_bigint(base), it.to_bigint(exp), it.to_bigint(m))
    else {
        return Err(it.raise(
            TypeId::TypeError,
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    let modulus = m.clone().abs();
    if modulus.is_zero() {
        return Err(it.raise(TypeId::ValueError, "pow() 3rd argument cannot be 0"));
    }
    let b = if e.is_negative() {
        // A negative exponent needs the modular inverse of the base.
        match mod_inverse(&b, &modulus) {
            Some(inv) => inv,
            None => {
                return Err(it.raise(
                    TypeId::ValueError,
                    "base is not invertible for the given modulus",
                ))
            }
        }
    } else {
        b
    };
    let r = mod_pow(&b, &e.abs(), &modulus);
    // Python's result takes the sign of the modulus.
    let r = if m.is_negative() && !r.is_zero() {
        r.add(&m)
    } else {
        r
    };
    it.new_bigint(r)
}

/// `b ** e % m` in `[0, m)` for `e >= 0`, `m > 0` (square and multiply,
/// reducing at each step).
fn mod_pow(b: &BigInt, e: &BigInt, m: &BigInt) -> BigInt {
    let reduce = |x: &BigInt| x.mod_floor(m).unwrap_or_default();
    let mut acc = reduce(&BigInt::from_i64(1));
    let mut base = reduce(b);
    for i in 0..e.bits() {
        let limb = e.limbs().get((i / 32) as usize).copied().unwrap_or(0);
        if limb >> (i % 32) & 1 == 1 {
            acc = reduce(&acc.mul(&base));
        }
        base = reduce(&base.mul(&base));
    }
    acc
}

/// The inverse of `a` modulo `m > 0` (extended Euclid), if coprime.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut r0, mut r1) = (a.mod_floor(m)?, m.clone());
    let (mut s0, mut s1) = (BigInt::from_i64(1), BigInt::zero());
    while !r1.is_zero() {
        let (q, r) = r0.div_rem(&r1)?;
        let s = s0.sub(&q.mul(&s1));
        (r0, r1) = (r1, r);
        (s0, s1) = (s1, s);
    }
    (r0 == BigInt::from_i64(1)).then(|| s0.mod_floor(m))?
}

pub(super) fn round(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "round", 1, 2, &["ndigits"])?;
    let x = a.pos(it, 0);
    // `round(Celsius(2.5))`: a float/int subclass rounds its value.
    let x = it.base_value(x).unwrap_or(x);
    let nd = a
        .opt(it, 1)
        .or_else(|| a.kw(it, "ndigits"))
        .filter(|v| !v.is_none());
    if it.is_int(x) {
        let Some(nd) = nd else {
            return it.positive(x);
        };
        let (Some(v), Some(n)) = (it.to_bigint(x), it.to_i64(nd)) else {
            return Err(it.raise(
                TypeId::TypeError,
                "'float' object cannot be interpreted as an integer",
            ));
        };
        if n >= 0 {
            return it.new_bigint(v);
        }
        // Round to a multiple of 10**-n, halves to even.
        let p = BigInt::from_i64(10).pow(n.unsigned_abs().min(4300));
        let (q, r) = v.div_mod_floor(&p).unwrap_or_default();
        let twice = r.shl(1);
        let q = if twice > p || (twice == p && q.is_odd()) {
            q.add_i64(1)
        } else {
            q
        };
        return it.new_bigint(q.mul(&p));
    }
    let Some(f) = x.as_float() else {
        let tn = it.type_name(x);
        return Err(it.raise_string(
            TypeId::TypeError,
            alloc::format!("type {tn} doesn't define __round__ method"),
        ));
    };
    match nd {
        None => {
            if f.is_nan() {
                return Err(it.raise(TypeId::ValueError, "cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(it.raise(
                    TypeId::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            let r = libm::rint(f);
            if r.abs() < 9.0e18 {
                it.new_int_i64(r as i64)
            } else {
                let b = BigInt::from_f64(r).unwrap_or_default();
                it.new_bigint(b)
            }
        }
        Some(nd) => {
            // An ndigits beyond i64 acts as its sign's extreme (CPython
            // clamps it to Py_ssize_t).
            let n = it.to_i64(nd).or_else(|| {
                it.to_bigint(nd)
                    .map(|b| if b.is_negative() { i64::MIN } else { i64::MAX })
            });
            let Some(n) = n.filter(|_| it.is_int(nd)) else {
                return Err(it.not_an_integer(nd));
            };
            // CPython's bounds: past 323 places every double rounds to
            // itself, past -308 to zero.
            if !f.is_finite() || f == 0.0 || n > 323 {
                return Ok(Value::float(f));
            }
            if n < -308 {
                return Ok(Value::float(0.0f64.copysign(f)));
            }
            // Correctly rounded on the exact value, ties to even.
            let y = round_to_places(f.abs(), n as i32).copysign(f);
            if y.is_infinite() {
                return Err(it.raise(
                    TypeId::OverflowError,
                    "rounded value too large to represent",
                ));
            }
            Ok(Value::float(y))
        }
    }
}
