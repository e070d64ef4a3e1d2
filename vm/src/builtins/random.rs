//! The `random` module: a small deterministic generator (SplitMix64 seeding
//! a xorshift64* stream), seeded with a fixed default so every simulator
//! run of a program gives the same numbers. The values differ from
//! CPython's Mersenne Twister; only the distributions' contracts hold.

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::num::BigInt;
use crate::types::TypeId;
use crate::value::Value;

/// The state before any `random.seed()` call.
pub(crate) const DEFAULT_SEED: u64 = 0x853C_49E6_748F_EA9B;

fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Interp {
    /// The next 64 random bits.
    fn rand_u64(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rng = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A float in [0, 1) with 53 random bits.
    fn rand_float(&mut self) -> f64 {
        (self.rand_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A uniform integer in [0, n) for n > 0 (rejection sampling, no bias).
    fn rand_below(&mut self, n: &BigInt) -> BigInt {
        if let Some(n) = n.to_u64() {
            let zone = u64::MAX - u64::MAX % n;
            loop {
                let r = self.rand_u64();
                if r < zone {
                    return BigInt::from_u64(r % n);
                }
            }
        }
        let bits = n.bits();
        loop {
            let r = self.rand_bits(bits);
            if &r < n {
                return r;
            }
        }
    }

    fn rand_bits(&mut self, k: u64) -> BigInt {
        let words = k.div_ceil(32) as usize;
        let mut digits = alloc::vec::Vec::with_capacity(words);
        for _ in 0..words {
            digits.push((self.rand_u64() >> 32) as u32);
        }
        let extra = words as u64 * 32 - k;
        if let Some(top) = digits.last_mut() {
            *top >>= extra;
        }
        BigInt::from_limbs(false, digits)
    }
}

fn int_arg(it: &mut Interp, v: Value) -> PyResult<BigInt> {
    if let Some(x) = v.as_float() {
        if libm::trunc(x) == x && x.is_finite() {
            return Ok(BigInt::from_f64(x).unwrap_or_default());
        }
    }
    match it.to_bigint(v).filter(|_| it.is_int(v)) {
        Some(b) => Ok(b),
        None => Err(it.not_an_integer(v)),
    }
}

pub(super) fn seed(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "seed", 0, 2, &["a", "version"])?;
    let v = a
        .opt(it, 0)
        .or_else(|| a.kw(it, "a"))
        .unwrap_or(Value::NONE);
    let s = if v.is_none() {
        DEFAULT_SEED
    } else if let Some(b) = it.to_bigint(v).filter(|_| it.is_int(v)) {
        // The magnitude's 64-bit digits, least significant first.
        b.limbs().chunks(2).fold(b.is_negative() as u64, |acc, d| {
            let digit = d[0] as u64 | (d.get(1).copied().unwrap_or(0) as u64) << 32;
            splitmix(acc ^ digit)
        })
    } else if let Some(x) = v.as_float() {
        x.to_bits()
    } else if let Some(s) = it.as_str(v) {
        crate::obj::hash::hash_bytes(s.as_bytes())
    } else if let Some(b) = it.as_bytes(v) {
        crate::obj::hash::hash_bytes(b)
    } else {
        let tn = it.type_name(v);
        return Err(it.raise_string(
            TypeId::TypeError,
            alloc::format!(
                "The only supported seed types are: None, int, float, str, bytes, and bytearray, not {tn}"
            ),
        ));
    };
    // xorshift must never hold zero.
    it.rng = splitmix(s).max(1);
    Ok(Value::NONE)
}

pub(super) fn random(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "random", 0, 0, &[])?;
    Ok(Value::float(it.rand_float()))
}

pub(super) fn uniform(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "uniform", 2, 2, &[])?;
    let x = super::math::float_arg(it, &a, 0)?;
    let y = super::math::float_arg(it, &a, 1)?;
    let r = it.rand_float();
    Ok(Value::float(x + (y - x) * r))
}

pub(super) fn getrandbits(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "getrandbits", 1, 1, &[])?;
    let v = a.pos(it, 0);
    let k = int_arg(it, v)?;
    if k.is_negative() {
        return Err(it.raise(TypeId::ValueError, "number of bits must be non-negative"));
    }
    let k = k.to_u64().unwrap_or(u64::MAX);
    if k / 8 > it.heap.capacity_bytes() as u64 {
        return Err(it.out_of_memory());
    }
    let r = it.rand_bits(k);
    it.new_bigint(r)
}

/// `randrange(stop)` / `randrange(start, stop[, step])`.
pub(super) fn randrange(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "randrange", 1, 3, &[])?;
    let mut nums = alloc::vec::Vec::new();
    for i in 0..a.npos(it) {
        let v = a.pos(it, i);
        nums.push(int_arg(it, v)?);
    }
    let (start, stop, step) = match nums.len() {
        1 => (BigInt::zero(), nums[0].clone(), BigInt::from_i64(1)),
        2 => (nums[0].clone(), nums[1].clone(), BigInt::from_i64(1)),
        _ => (nums[0].clone(), nums[1].clone(), nums[2].clone()),
    };
    if step.is_zero() {
        return Err(it.raise(TypeId::ValueError, "zero step for randrange()"));
    }
    let width = stop.sub(&start);
    let adjust = if step.is_positive() { -1 } else { 1 };
    let n = width
        .add(&step)
        .add_i64(adjust)
        .div_floor(&step)
        .unwrap_or_default();
    if !n.is_positive() {
        // CPython 3.11's wording: the operands only when the step is 1.
        let msg = if nums.len() > 1 && step == BigInt::from_i64(1) {
            alloc::format!("empty range for randrange() ({start}, {stop}, {width})")
        } else {
            alloc::string::String::from("empty range for randrange()")
        };
        return Err(it.raise_string(TypeId::ValueError, msg));
    }
    let r = it.rand_below(&n);
    it.new_bigint(start.add(&r.mul(&step)))
}

pub(super) fn randint(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "randint", 2, 2, &[])?;
    let lo = a.pos(it, 0);
    let lo = int_arg(it, lo)?;
    let hi = a.pos(it, 1);
    let hi = int_arg(it, hi)?;
    if hi < lo {
        // `randint(a, b)` is `randrange(a, b + 1)` in CPython.
        let stop = hi.add_i64(1);
        let width = stop.sub(&lo);
        let msg = alloc::format!("empty range for randrange() ({lo}, {stop}, {width})");
        return Err(it.raise_string(TypeId::ValueError, msg));
    }
    let n = hi.sub(&lo).add_i64(1);
    let r = it.rand_below(&n);
    it.new_bigint(lo.add(&r))
}

pub(super) fn choice(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "choice", 1, 1, &[])?;
    let seq = a.pos(it, 0);
    let n = super::functions::length(it, seq)?;
    if n == 0 {
        return Err(it.raise(TypeId::IndexError, "Cannot choose from an empty sequence"));
    }
    let i = it
        .rand_below(&BigInt::from_u64(n as u64))
        .to_i64()
        .unwrap_or(0);
    let seq = a.pos(it, 0);
    it.getitem(seq, Value::small_int(i))
}

/// `shuffle(list)`: Fisher–Yates in place.
pub(super) fn shuffle(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "shuffle", 1, 1, &[])?;
    let l = a.pos(it, 0);
    if !it.is_list(l) {
        let tn = it.type_name(l);
        return Err(it.raise_string(
            TypeId::TypeError,
            alloc::format!("'{tn}' object does not support item assignment"),
        ));
    }
    let n = it.items(l).map_or(0, |i| i.len);
    for i in (1..n).rev() {
        let j = it
            .rand_below(&BigInt::from_u64(i as u64 + 1))
            .to_u64()
            .unwrap_or(0) as usize;
        let l = a.pos(it, 0);
        if let Some(items) = it.items(l) {
            let (x, y) = (it.item(items, i), it.item(items, j));
            it.heap.set(items.store, items.from + i, y);
            it.heap.set(items.store, items.from + j, x);
        }
    }
    Ok(Value::NONE)
}

/// `sample(population, k)`: `k` distinct positions, in selection order.
pub(super) fn sample(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "sample", 2, 2, &["counts"])?;
    let base = it.stack.len();
    let pop = a.pos(it, 0);
    let r = sample_into(it, io, &a, pop, base);
    it.stack.truncate(base);
    r
}

fn sample_into(
    it: &mut Interp,
    io: &mut dyn Board,
    a: &Args,
    pop: Value,
    base: usize,
) -> PyResult<Value> {
    if it.is_anyset(pop) || it.is_dict(pop) {
        return Err(it.raise(
            TypeId::TypeError,
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = it.push_iterable(io, pop)?;
    let kv = a.pos(it, 1);
    let k = int_arg(it, kv)?;
    if k.is_negative() || k > BigInt::from_u64(n as u64) {
        return Err(it.raise(
            TypeId::ValueError,
            "Sample larger than population or is negative",
        ));
    }
    let k = k.to_u64().unwrap_or(0) as usize;
    for i in 0..k {
        let below = BigInt::from_u64((n - i) as u64);
        let j = i + it.rand_below(&below).to_u64().unwrap_or(0) as usize;
        it.stack.swap(base + i, base + j);
    }
    let items: alloc::vec::Vec<Value> = it.stack[base..base + k].to_vec();
    it.list_of(&items)
}
