//! Arithmetic: small-int fast paths inline, everything else `#[cold]`.

use super::{Interp, PyResult};
use crate::bytecode::BinOp;
use crate::heap::Kind;
use crate::num::BigInt;
use crate::num::BitOp;
use crate::types::TypeId;
use crate::value::Value;

impl Interp {
    /// `a + b` for ints (used by iterators and builtins).
    pub(crate) fn int_add(&mut self, a: Value, b: Value) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return self.new_int_i64(x + y);
        }
        self.binary_op(BinOp::Add, a, b)
    }

    /// `a OP b` for any operands (the general path behind the dispatch fast paths).
    pub(crate) fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            if let Some(v) = small_binop(op, x, y) {
                return Ok(v);
            }
        }
        self.binary_slow(op, a, b)
    }

    #[cold]
    fn binary_slow(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        let a_int = self.is_int(a);
        let b_int = self.is_int(b);
        if a_int && b_int {
            if let (Some(x), Some(y)) = (a.as_bool(), b.as_bool()) {
                match op {
                    BinOp::And => return Ok(Value::bool(x & y)),
                    BinOp::Or => return Ok(Value::bool(x | y)),
                    BinOp::Xor => return Ok(Value::bool(x ^ y)),
                    _ => {}
                }
            }
            return self.int_binop(op, a, b);
        }
        if (a_int || a.is_float()) && (b_int || b.is_float()) {
            return self.float_binop(op, a, b);
        }
        if let Some(r) = self.counter_binop(op, a, b)? {
            return Ok(r);
        }
        self.sequence_binop(op, a, b)
    }

    fn int_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        let (Some(x), Some(y)) = (self.to_bigint(a), self.to_bigint(b)) else {
            return Err(self.raise_operands(op.symbol(), a, b));
        };
        let r = match op {
            BinOp::Add => x.add(&y),
            BinOp::Sub => x.sub(&y),
            BinOp::Mul => {
                if x.bits() + y.bits() > self.max_int_bits() {
                    return Err(self.out_of_memory());
                }
                x.mul(&y)
            }
            BinOp::TrueDiv => {
                if !cfg!(feature = "float") {
                    return Err(self.left_out("float"));
                }
                if y.is_zero() {
                    return Err(self.raise(TypeId::ZeroDivisionError, "division by zero"));
                }
                return match exact_int_div(&x, &y) {
                    Some(q) => Ok(Value::float(q)),
                    None => Err(self.raise(
                        TypeId::OverflowError,
                        "integer division result too large for a float",
                    )),
                };
            }
            BinOp::FloorDiv | BinOp::Mod => {
                let Some((q, r)) = x.div_mod_floor(&y) else {
                    let msg = if op == BinOp::Mod {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    };
                    return Err(self.raise(TypeId::ZeroDivisionError, msg));
                };
                if op == BinOp::FloorDiv {
                    q
                } else {
                    r
                }
            }
            BinOp::Pow => {
                if y.is_negative() {
                    // CPython computes a negative power in floats.
                    if !cfg!(feature = "float") {
                        return Err(self.left_out("float"));
                    }
                    let (Some(fx), Some(fy)) = (x.to_f64(), y.to_f64()) else {
                        return Err(
                            self.raise(TypeId::OverflowError, "int too large to convert to float")
                        );
                    };
                    if fx == 0.0 {
                        return Err(self.raise(
                            TypeId::ZeroDivisionError,
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    return Ok(Value::float(libm::pow(fx, fy)));
                }
                let Some(e) = y.to_u64().filter(|&e| e <= u32::MAX as u64) else {
                    if x.bits() <= 1 {
                        // 0, 1 and -1 to a huge power.
                        let odd = y.is_odd();
                        return self.new_bigint(if x.is_negative() && !odd {
                            BigInt::from_i64(1)
                        } else {
                            x
                        });
                    }
                    return Err(self.out_of_memory());
                };
                if x.bits() > 1 && x.bits().saturating_mul(e) > self.max_int_bits() {
                    return Err(self.out_of_memory());
                }
                x.pow(e)
            }
            BinOp::LShift | BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.raise(TypeId::ValueError, "negative shift count"));
                }
                let s = y.to_u64().unwrap_or(u64::MAX);
                if op == BinOp::LShift {
                    if x.is_zero() {
                        return Ok(Value::small_int(0));
                    }
                    if x.bits().saturating_add(s) > self.max_int_bits() {
                        return Err(self.out_of_memory());
                    }
                    x.shl(s as usize)
                } else {
                    x.shr(s)
                }
            }
            BinOp::And => x.bitop(BitOp::And, &y),
            BinOp::Or => x.bitop(BitOp::Or, &y),
            BinOp::Xor => x.bitop(BitOp::Xor, &y),
        };
        self.new_bigint(r)
    }

    fn float_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        let (Some(x), Some(y)) = (self.to_f64(a), self.to_f64(b)) else {
            return Err(self.raise(TypeId::OverflowError, "int too large to convert to float"));
        };
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.raise(TypeId::ZeroDivisionError, "float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv | BinOp::Mod => {
                if y == 0.0 {
                    let msg = if op == BinOp::Mod {
                        "float modulo"
                    } else {
                        "float floor division by zero"
                    };
                    return Err(self.raise(TypeId::ZeroDivisionError, msg));
                }
                let (div, m) = float_divmod(x, y);
                if op == BinOp::FloorDiv {
                    div
                } else {
                    m
                }
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.raise(
                        TypeId::ZeroDivisionError,
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                if x < 0.0 && libm::trunc(y) != y && y.is_finite() {
                    return Err(self.not_implemented("complex numbers"));
                }
                let r = libm::pow(x, y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.raise(
                        TypeId::OverflowError,
                        "(34, 'Numerical result out of range')",
                    ));
                }
                r
            }
            _ => return Err(self.raise_operands(op.symbol(), a, b)),
        };
        Ok(Value::float(r))
    }

    fn sequence_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let Some(r) = self.set_binop(op, a, b)? {
            return Ok(r);
        }
        match op {
            BinOp::Add => {
                if let (Some(x), Some(y)) = (self.bytes_like(a), self.bytes_like(b)) {
                    let mut v = alloc::vec::Vec::with_capacity(x.len() + y.len());
                    v.extend_from_slice(x);
                    v.extend_from_slice(y);
                    // The left operand's type wins (`bytearray + bytes` is a bytearray).
                    return if self.obj_of(a, Kind::ByteArray).is_some() {
                        self.new_bytearray(&v)
                    } else {
                        self.new_bytes(&v)
                    };
                }
                if let (Some(x), Some(y)) = (self.as_str(a), self.as_str(b)) {
                    let mut s = alloc::string::String::with_capacity(x.len() + y.len());
                    s.push_str(x);
                    s.push_str(y);
                    return self.new_str(&s);
                }
                let same = self.type_of(a) == self.type_of(b);
                if let (true, Some(x), Some(y)) = (same, self.items(a), self.items(b)) {
                    let mut all = self.items_vec(x);
                    all.extend(self.items_vec(y));
                    return if self.type_of(a) == TypeId::List {
                        self.list_of(&all)
                    } else {
                        self.new_tuple_of(&all)
                    };
                }
                if self.is_str(a) && !self.is_str(b) {
                    let name = self.type_name(b);
                    return Err(self.raise_string(
                        TypeId::TypeError,
                        alloc::format!("can only concatenate str (not \"{name}\") to str"),
                    ));
                }
                if self.is_list(a) && self.items(b).is_some() {
                    let name = self.type_name(b);
                    return Err(self.raise_string(
                        TypeId::TypeError,
                        alloc::format!("can only concatenate list (not \"{name}\") to list"),
                    ));
                }
            }
            BinOp::Mul => {
                let (seq, n) = if self.is_int(b) { (a, b) } else { (b, a) };
                if self.is_int(n) && !self.is_int(seq) && !seq.is_float() {
                    let count = self.to_i64(n).unwrap_or(i64::MAX).max(0) as usize;
                    if let Some(b) = self.as_bytes(seq) {
                        if b.len().saturating_mul(count) > self.heap.capacity_bytes() {
                            return Err(self.out_of_memory());
                        }
                        let r = b.repeat(count);
                        return self.new_bytes(&r);
                    }
                    if let Some(s) = self.as_str(seq) {
                        if s.len().saturating_mul(count) > self.heap.capacity_bytes() {
                            return Err(self.out_of_memory());
                        }
                        let r = s.repeat(count);
                        return self.new_str(&r);
                    }
                    if let Some(it) = self.items(seq) {
                        if it.len.saturating_mul(count).saturating_mul(8)
                            > self.heap.capacity_bytes()
                        {
                            return Err(self.out_of_memory());
                        }
                        let one = self.items_vec(it);
                        let mut all = alloc::vec::Vec::with_capacity(one.len() * count);
                        for _ in 0..count {
                            all.extend_from_slice(&one);
                        }
                        return if self.type_of(seq) == TypeId::List {
                            self.list_of(&all)
                        } else {
                            self.new_tuple_of(&all)
                        };
                    }
                }
                if self.is_sequence(a) || self.is_sequence(b) {
                    let other = if self.is_sequence(a) { b } else { a };
                    let name = self.type_name(other);
                    return Err(self.raise_string(
                        TypeId::TypeError,
                        alloc::format!("can't multiply sequence by non-int of type '{name}'"),
                    ));
                }
            }
            BinOp::Mod if self.is_str(a) => return self.percent_format(a, b),
            _ => {}
        }
        Err(self.raise_operands(op.symbol(), a, b))
    }

    fn is_sequence(&self, v: Value) -> bool {
        self.is_str(v) || self.as_bytes(v).is_some() || self.items(v).is_some()
    }

    /// In-place `a OP= b`: lists extend in place; everything else is `a OP b`.
    pub(crate) fn inplace_op(
        &mut self,
        io: &mut dyn crate::hal::Board,
        op: BinOp,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        if op == BinOp::Add && self.is_list(a) {
            self.list_extend(io, a, b)?;
            // `a` may have moved while extending; the caller re-reads it from the stack.
            return Ok(Value::NULL);
        }
        if self.set_inplace(io, op, a, b)? {
            // Updated in place; like lists, the caller re-reads `a` from the stack.
            return Ok(Value::NULL);
        }
        self.binary_op(op, a, b)
    }

    /// `-a`.
    pub(crate) fn negate(&mut self, a: Value) -> PyResult<Value> {
        if let Some(i) = a.as_small_int() {
            return self.new_int_i64(-i);
        }
        if let Some(x) = a.as_float() {
            return Ok(Value::float(-x));
        }
        if let Some(b) = self.to_bigint(a) {
            return self.new_bigint(b.negate());
        }
        Err(self.bad_unary("-", a))
    }

    /// `+a`.
    pub(crate) fn positive(&mut self, a: Value) -> PyResult<Value> {
        if let Some(b) = a.as_bool() {
            return Ok(Value::small_int(b as i64));
        }
        if self.is_int(a) || a.is_float() {
            return Ok(a);
        }
        Err(self.bad_unary("+", a))
    }

    /// `~a`.
    pub(crate) fn invert(&mut self, a: Value) -> PyResult<Value> {
        if let Some(i) = a.as_small_int() {
            return Ok(Value::small_int(!i));
        }
        if let Some(b) = self.to_bigint(a) {
            return self.new_bigint(b.invert());
        }
        Err(self.bad_unary("~", a))
    }

    #[cold]
    fn bad_unary(&mut self, op: &str, a: Value) -> super::Thrown {
        let name = self.type_name(a);
        self.raise_string(
            TypeId::TypeError,
            alloc::format!("bad operand type for unary {op}: '{name}'"),
        )
    }
}

/// Small-int arithmetic that cannot allocate; `None` means "take the slow path".
#[inline(always)]
pub(crate) fn small_binop(op: BinOp, x: i64, y: i64) -> Option<Value> {
    match op {
        BinOp::Add => Value::try_small_int(x + y),
        BinOp::Sub => Value::try_small_int(x - y),
        BinOp::Mul => x.checked_mul(y).and_then(Value::try_small_int),
        BinOp::FloorDiv if y != 0 => Value::try_small_int(floor_div_i64(x, y)),
        BinOp::Mod if y != 0 => Some(Value::small_int(floor_mod_i64(x, y))),
        BinOp::And => Some(Value::small_int(x & y)),
        BinOp::Or => Some(Value::small_int(x | y)),
        BinOp::Xor => Some(Value::small_int(x ^ y)),
        BinOp::RShift if y >= 0 => Some(Value::small_int(x >> y.min(63))),
        BinOp::LShift if (0..48).contains(&y) => {
            x.checked_mul(1 << y).and_then(Value::try_small_int)
        }
        BinOp::TrueDiv
            if cfg!(feature = "float") && y != 0 && x.abs() < (1 << 53) && y.abs() < (1 << 53) =>
        {
            Some(Value::float(x as f64 / y as f64))
        }
        _ => None,
    }
}

/// Python's `x // y` for `y != 0` and operands that cannot overflow
/// (inline small ints).
#[inline(always)]
fn floor_div_i64(x: i64, y: i64) -> i64 {
    let (d, r) = (x / y, x % y);
    if (r > 0 && y < 0) || (r < 0 && y > 0) {
        d - 1
    } else {
        d
    }
}

/// Python's `x % y` for `y != 0`: the remainder takes the divisor's sign.
#[inline(always)]
fn floor_mod_i64(x: i64, y: i64) -> i64 {
    let r = x % y;
    if (r > 0 && y < 0) || (r < 0 && y > 0) {
        r + y
    } else {
        r
    }
}

/// Python's float `divmod`: the remainder takes the divisor's sign.
fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = libm::fmod(x, y);
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = libm::copysign(0.0, y);
    }
    let floordiv = if div != 0.0 {
        let f = libm::floor(div);
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        libm::copysign(0.0, x / y)
    };
    (floordiv, m)
}

/// `x / y` for integers, correctly rounded as CPython does (converting both
/// to floats first would round twice: `10**25 / 10**24` must be `10.0`).
/// `None` when the result overflows a float. `y` is not zero.
fn exact_int_div(x: &BigInt, y: &BigInt) -> Option<f64> {
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.clone().abs(), y.clone().abs());
    if a.is_zero() {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the integer quotient has at least 55 significant bits; a
    // sticky bit for a non-zero remainder then makes one rounding exact.
    let shift = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a.shl(shift as usize), b)
    } else {
        (a, b.shl((-shift) as usize))
    };
    let (q, r) = num.div_rem(&den)?;
    let q = if r.is_zero() {
        q
    } else {
        q.bitop(BitOp::Or, &BigInt::from_i64(1))
    };
    let m = q.to_f64()?;
    let v = libm::ldexp(m, (-shift) as i32);
    if v.is_infinite() {
        return None;
    }
    Some(if negative { -v } else { v })
}
