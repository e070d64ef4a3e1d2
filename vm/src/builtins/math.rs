//! The `math` module, on `libm` (no_std), with CPython's errors: a domain
//! error is `ValueError("math domain error")`, an overflow
//! `OverflowError("math range error")`.

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::num::BigInt;
use crate::types::TypeId;
use crate::value::Value;

/// Argument `i` as a float, with CPython's `TypeError` for non-numbers.
pub(super) fn float_arg(it: &mut Interp, a: &Args, i: usize) -> PyResult<f64> {
    let v = a.pos(it, i);
    to_float(it, v)
}

pub(super) fn to_float(it: &mut Interp, v: Value) -> PyResult<f64> {
    // `math.sqrt(MyFloat(2.0))`: an int/float subclass is its value.
    let v = it.base_value(v).unwrap_or(v);
    if let Some(x) = v.as_float() {
        return Ok(x);
    }
    if it.is_int(v) {
        let x = it.to_f64(v).unwrap_or(f64::INFINITY);
        if x.is_infinite() {
            return Err(it.raise(TypeId::OverflowError, "int too large to convert to float"));
        }
        return Ok(x);
    }
    let tn = it.type_name(v);
    Err(it.raise_string(
        TypeId::TypeError,
        alloc::format!("must be real number, not {tn}"),
    ))
}

fn domain(it: &mut Interp) -> crate::interp::Thrown {
    it.raise(TypeId::ValueError, "math domain error")
}

fn range(it: &mut Interp) -> crate::interp::Thrown {
    it.raise(TypeId::OverflowError, "math range error")
}

/// Checks a libm result the way CPython's `math_1` does: NaN from a
/// non-NaN input is a domain error, infinity from a finite one a range error.
fn checked(it: &mut Interp, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(it));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(it) } else { domain(it) });
    }
    Ok(Value::float(r))
}

macro_rules! unary {
    ($($name:ident, $pyname:literal, $f:expr, $overflow:expr;)*) => {$(
        pub(super) fn $name(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
            a.check(it, $pyname, 1, 1, &[])?;
            let x = float_arg(it, &a, 0)?;
            let f: fn(f64) -> f64 = $f;
            checked(it, x, f(x), $overflow)
        }
    )*};
}

unary! {
    exp, "exp", exp_correct, true;
    sin, "sin", libm::sin, false;
    cos, "cos", libm::cos, false;
    tan, "tan", libm::tan, false;
    asin, "asin", libm::asin, false;
    acos, "acos", libm::acos, false;
    atan, "atan", libm::atan, false;
    sinh, "sinh", libm::sinh, true;
    cosh, "cosh", libm::cosh, true;
    tanh, "tanh", libm::tanh, false;
    fabs, "fabs", libm::fabs, false;
    degrees, "degrees", |x| x * (180.0 / core::f64::consts::PI), true;
    radians, "radians", |x| x * (core::f64::consts::PI / 180.0), false;
    expm1, "expm1", libm::expm1, true;
}

/// `libm::exp`, except that `exp(1)` is exactly `math.e` as on CPython
/// (libm's result is one ulp off there, and `math.exp(1)` is a common sight).
fn exp_correct(x: f64) -> f64 {
    if x == 1.0 {
        core::f64::consts::E
    } else {
        libm::exp(x)
    }
}

pub(super) fn sqrt(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "sqrt", 1, 1, &[])?;
    let x = float_arg(it, &a, 0)?;
    if x < 0.0 {
        return Err(domain(it));
    }
    Ok(Value::float(libm::sqrt(x)))
}

/// `log` of an int, exact for ints too big for a float (CPython does the same).
fn log_value(it: &mut Interp, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if it.is_int(v) {
        let b = it.to_bigint(v).unwrap_or_default();
        if !b.is_positive() {
            return Err(domain(it));
        }
        if let Some(x) = b.to_f64() {
            return Ok(f(x));
        }
        // Scale down by 2**e: log(b) = log(b >> e) + e*log(2).
        let e = b.bits() - 60;
        let top = b.shr(e).to_f64().unwrap_or(1.0);
        return Ok(f(top) + e as f64 * f(2.0));
    }
    let x = to_float(it, v)?;
    if x <= 0.0 || x.is_nan() {
        if x.is_nan() {
            return Ok(x);
        }
        return Err(domain(it));
    }
    Ok(f(x))
}

pub(super) fn log(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "log", 1, 2, &[])?;
    let v = a.pos(it, 0);
    let num = log_value(it, v, libm::log)?;
    let Some(base) = a.opt(it, 1) else {
        return Ok(Value::float(num));
    };
    let den = log_value(it, base, libm::log)?;
    if den == 0.0 {
        return Err(it.raise(TypeId::ZeroDivisionError, "float division by zero"));
    }
    Ok(Value::float(num / den))
}

pub(super) fn log2(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "log2", 1, 1, &[])?;
    let v = a.pos(it, 0);
    Ok(Value::float(log_value(it, v, libm::log2)?))
}

pub(super) fn log10(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "log10", 1, 1, &[])?;
    let v = a.pos(it, 0);
    Ok(Value::float(log_value(it, v, libm::log10)?))
}

pub(super) fn log1p(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "log1p", 1, 1, &[])?;
    let x = float_arg(it, &a, 0)?;
    if x <= -1.0 {
        return Err(domain(it));
    }
    Ok(Value::float(libm::log1p(x)))
}

pub(super) fn pow(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "pow", 2, 2, &[])?;
    let x = float_arg(it, &a, 0)?;
    let y = float_arg(it, &a, 1)?;
    if x == 0.0 && y < 0.0 {
        return Err(domain(it));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && libm::trunc(y) != y {
        return Err(domain(it));
    }
    let r = libm::pow(x, y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(it));
    }
    Ok(Value::float(r))
}

pub(super) fn atan2(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "atan2", 2, 2, &[])?;
    let y = float_arg(it, &a, 0)?;
    let x = float_arg(it, &a, 1)?;
    Ok(Value::float(libm::atan2(y, x)))
}

pub(super) fn fmod(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "fmod", 2, 2, &[])?;
    let x = float_arg(it, &a, 0)?;
    let y = float_arg(it, &a, 1)?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain(it));
    }
    Ok(Value::float(libm::fmod(x, y)))
}

pub(super) fn copysign(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "copysign", 2, 2, &[])?;
    let x = float_arg(it, &a, 0)?;
    let y = float_arg(it, &a, 1)?;
    Ok(Value::float(libm::copysign(x, y)))
}

/// `math.modf(x)`: `(fractional part, integer part)`, both with x's sign.
pub(super) fn modf(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "modf", 1, 1, &[])?;
    let x = float_arg(it, &a, 0)?;
    let (frac, int) = if x.is_infinite() {
        (libm::copysign(0.0, x), x)
    } else {
        libm::modf(x)
    };
    it.new_tuple_of(&[Value::float(frac), Value::float(int)])
}

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1`.
pub(super) fn frexp(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "frexp", 1, 1, &[])?;
    let x = float_arg(it, &a, 0)?;
    let (m, e) = if x.is_finite() {
        libm::frexp(x)
    } else {
        (x, 0)
    };
    it.new_tuple_of(&[Value::float(m), Value::small_int(i64::from(e))])
}

/// `math.ldexp(x, i)`: `x * 2**i`.
pub(super) fn ldexp(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "ldexp", 2, 2, &[])?;
    let x = float_arg(it, &a, 0)?;
    let e = a.pos(it, 1);
    let Some(e) = it.to_i64(e).filter(|_| it.is_int(e)) else {
        return Err(it.raise(
            TypeId::TypeError,
            "Expected an int as second argument to ldexp.",
        ));
    };
    let r = libm::ldexp(x, e.clamp(-100_000, 100_000) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(it.raise(TypeId::OverflowError, "math range error"));
    }
    Ok(Value::float(r))
}

pub(super) fn hypot(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "hypot", 0, usize::MAX, &[])?;
    let mut acc = 0.0f64;
    for i in 0..a.npos(it) {
        let x = float_arg(it, &a, i)?;
        acc = libm::hypot(acc, x);
    }
    Ok(Value::float(acc))
}

fn float_to_int(it: &mut Interp, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(it.raise(TypeId::ValueError, "cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(it.raise(
            TypeId::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    it.new_bigint(BigInt::from_f64(x).unwrap_or_default())
}

macro_rules! rounding {
    ($($name:ident, $pyname:literal, $f:path;)*) => {$(
        pub(super) fn $name(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
            a.check(it, $pyname, 1, 1, &[])?;
            let v = a.pos(it, 0);
            if it.is_int(v) {
                let b = it.to_bigint(v).unwrap_or_default();
                return it.new_bigint(b);
            }
            let x = float_arg(it, &a, 0)?;
            float_to_int(it, $f(x))
        }
    )*};
}

rounding! {
    floor, "floor", libm::floor;
    ceil, "ceil", libm::ceil;
    trunc, "trunc", libm::trunc;
}

macro_rules! predicate {
    ($($name:ident, $pyname:literal, $f:expr;)*) => {$(
        pub(super) fn $name(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
            a.check(it, $pyname, 1, 1, &[])?;
            let x = float_arg(it, &a, 0)?;
            let f: fn(f64) -> bool = $f;
            Ok(Value::bool(f(x)))
        }
    )*};
}

predicate! {
    isfinite, "isfinite", f64::is_finite;
    isinf, "isinf", f64::is_infinite;
    isnan, "isnan", f64::is_nan;
}

fn int_arg(it: &mut Interp, v: Value) -> PyResult<BigInt> {
    match it.to_bigint(v).filter(|_| it.is_int(v)) {
        Some(b) => Ok(b),
        None => Err(it.not_an_integer(v)),
    }
}

fn gcd2(x: BigInt, y: BigInt) -> BigInt {
    let (mut x, mut y) = (x.abs(), y.abs());
    while let Some((_, r)) = x.div_rem(&y) {
        x = y;
        y = r;
    }
    x
}

pub(super) fn gcd(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "gcd", 0, usize::MAX, &[])?;
    let mut acc = BigInt::zero();
    for i in 0..a.npos(it) {
        let v = a.pos(it, i);
        let b = int_arg(it, v)?;
        acc = gcd2(acc, b);
    }
    it.new_bigint(acc)
}

pub(super) fn lcm(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "lcm", 0, usize::MAX, &[])?;
    let mut acc = BigInt::from_i64(1);
    for i in 0..a.npos(it) {
        let v = a.pos(it, i);
        let b = int_arg(it, v)?;
        if b.is_zero() || acc.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        let g = gcd2(acc.clone(), b.clone());
        let q = acc.div_floor(&g).unwrap_or_default();
        acc = q.mul(&b).abs();
    }
    it.new_bigint(acc)
}

/// Largest `n!`/`comb`/`perm` argument accepted, so a typo cannot hang the device.
const MAX_FACTORIAL: i64 = 20_000;

pub(super) fn factorial(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "factorial", 1, 1, &[])?;
    let v = a.pos(it, 0);
    if v.is_float() {
        return Err(it.raise(
            TypeId::TypeError,
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = int_arg(it, v)?;
    if n.is_negative() {
        return Err(it.raise(
            TypeId::ValueError,
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_i64().unwrap_or(i64::MAX);
    if n > MAX_FACTORIAL {
        return Err(it.out_of_memory());
    }
    let mut acc = BigInt::from_i64(1);
    for k in 2..=n {
        acc = acc.mul(&BigInt::from_i64(k));
    }
    it.new_bigint(acc)
}

fn comb_perm(it: &mut Interp, a: &Args, name: &str, comb: bool) -> PyResult<Value> {
    a.check(it, name, 1, 2, &[])?;
    let nv = a.pos(it, 0);
    let n = int_arg(it, nv)?;
    let k = match a.opt(it, 1) {
        Some(kv) => int_arg(it, kv)?,
        None if !comb => n.clone(),
        None => return Err(it.raise(TypeId::TypeError, "comb expected 2 arguments, got 1")),
    };
    if n.is_negative() {
        return Err(it.raise(TypeId::ValueError, "n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(it.raise(TypeId::ValueError, "k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small_int(0));
    }
    let (n, k) = (
        n.to_i64().unwrap_or(i64::MAX),
        k.to_i64().unwrap_or(i64::MAX),
    );
    let k = if comb { k.min(n - k) } else { k };
    if k > MAX_FACTORIAL {
        return Err(it.out_of_memory());
    }
    let mut acc = BigInt::from_i64(1);
    for i in 0..k {
        acc = acc.mul(&BigInt::from_i64(n - i));
        if comb {
            acc = acc.div_floor(&BigInt::from_i64(i + 1)).unwrap_or_default();
        }
    }
    it.new_bigint(acc)
}

pub(super) fn comb(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    comb_perm(it, &a, "comb", true)
}

pub(super) fn perm(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    comb_perm(it, &a, "perm", false)
}

pub(super) fn isqrt(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "isqrt", 1, 1, &[])?;
    let v = a.pos(it, 0);
    let n = int_arg(it, v)?;
    if n.is_negative() {
        return Err(it.raise(TypeId::ValueError, "isqrt() argument must be nonnegative"));
    }
    it.new_bigint(n.isqrt())
}

pub(super) fn isclose(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "isclose", 2, 2, &["rel_tol", "abs_tol"])?;
    let x = float_arg(it, &a, 0)?;
    let y = float_arg(it, &a, 1)?;
    let rel = match a.kw(it, "rel_tol") {
        Some(v) => to_float(it, v)?,
        None => 1e-9,
    };
    let abs = match a.kw(it, "abs_tol") {
        Some(v) => to_float(it, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(it.raise(TypeId::ValueError, "tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::TRUE);
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (y - x).abs();
    Ok(Value::bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

/// `math.prod(iterable, start=1)`: repeated `*`, so ints stay exact.
pub(super) fn prod(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "prod", 1, 1, &["start"])?;
    let base = it.stack.len();
    let start = a.kw(it, "start").unwrap_or(Value::small_int(1));
    it.stack.push(start);
    let src = a.pos(it, 0);
    let r = it.push_iterable(io, src).and_then(|n| {
        for i in 0..n {
            let (acc, x) = (it.stack[base], it.stack[base + 1 + i]);
            let r = it.binary_op(crate::bytecode::BinOp::Mul, acc, x)?;
            it.stack[base] = r;
        }
        Ok(it.stack[base])
    });
    it.stack.truncate(base);
    r
}

/// `math.fsum`: Neumaier-compensated, close to CPython's exact sum.
pub(super) fn fsum(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "fsum", 1, 1, &[])?;
    let base = it.stack.len();
    let src = a.pos(it, 0);
    let n = it.push_iterable(io, src)?;
    let mut sum = 0.0f64;
    let mut c = 0.0f64;
    for i in 0..n {
        let v = it.stack[base + i];
        let x = match to_float(it, v) {
            Ok(x) => x,
            Err(e) => {
                it.stack.truncate(base);
                return Err(e);
            }
        };
        let t = sum + x;
        if sum.abs() >= x.abs() {
            c += (sum - t) + x;
        } else {
            c += (x - t) + sum;
        }
        sum = t;
    }
    it.stack.truncate(base);
    Ok(Value::float(sum + c))
}
