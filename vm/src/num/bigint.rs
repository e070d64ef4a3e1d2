//! The [`BigInt`] type: construction, inspection, comparison, `+ - *` and
//! `**`, plus the magnitude (limb-slice) helpers the other files share.

use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// An arbitrary-precision signed integer.
///
/// Sign and magnitude; the magnitude is little-endian base-2³² limbs with
/// no trailing (most significant) zero limbs, so zero is the empty slice
/// and is never negative. This is also how the heap and the bytecode image
/// store big ints, so both convert without arithmetic.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BigInt {
    pub(super) neg: bool,
    pub(super) mag: Vec<u32>,
}

/// Drops trailing zero limbs (keeps the magnitude canonical).
pub(super) fn trim(mag: &mut Vec<u32>) {
    while mag.last() == Some(&0) {
        mag.pop();
    }
}

/// Compares two canonical magnitudes.
pub(super) fn mag_cmp(a: &[u32], b: &[u32]) -> Ordering {
    a.len()
        .cmp(&b.len())
        .then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

/// `a + b` for magnitudes.
pub(super) fn mag_add(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut r = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for (i, &x) in a.iter().enumerate() {
        let s = x as u64 + b.get(i).copied().unwrap_or(0) as u64 + carry;
        r.push(s as u32);
        carry = s >> 32;
    }
    if carry != 0 {
        r.push(carry as u32);
    }
    r
}

/// `a - b` for magnitudes with `a >= b`.
pub(super) fn mag_sub(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut r = Vec::with_capacity(a.len());
    let mut borrow = 0u64;
    for (i, &x) in a.iter().enumerate() {
        let d = (x as u64)
            .wrapping_sub(b.get(i).copied().unwrap_or(0) as u64)
            .wrapping_sub(borrow);
        r.push(d as u32);
        // A negative difference wrapped around: its top bit is set.
        borrow = d >> 63;
    }
    trim(&mut r);
    r
}

/// `a * b` for magnitudes (schoolbook: the operands are rarely large).
pub(super) fn mag_mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut r = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        if x == 0 {
            continue;
        }
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            // (2³²−1)² + 2·(2³²−1) = 2⁶⁴−1: never overflows.
            let t = x as u64 * y as u64 + r[i + j] as u64 + carry;
            r[i + j] = t as u32;
            carry = t >> 32;
        }
        r[i + b.len()] = carry as u32;
    }
    trim(&mut r);
    r
}

/// `mag = mag * m + a` in place (digit-by-digit parsing, factorials).
pub(super) fn mag_mul_add_small(mag: &mut Vec<u32>, m: u32, a: u32) {
    let mut carry = a as u64;
    for l in mag.iter_mut() {
        let t = *l as u64 * m as u64 + carry;
        *l = t as u32;
        carry = t >> 32;
    }
    if carry != 0 {
        mag.push(carry as u32);
    }
}

impl BigInt {
    /// Zero.
    pub fn zero() -> BigInt {
        BigInt::default()
    }

    /// The integer with sign `negative` and magnitude `mag` (little-endian
    /// base-2³² limbs; trailing zero limbs are allowed and dropped).
    pub fn from_limbs(negative: bool, mut mag: Vec<u32>) -> BigInt {
        trim(&mut mag);
        BigInt {
            neg: negative && !mag.is_empty(),
            mag,
        }
    }

    /// A `u64` as a `BigInt`.
    pub fn from_u64(v: u64) -> BigInt {
        BigInt::from_limbs(false, vec![v as u32, (v >> 32) as u32])
    }

    /// An `i64` as a `BigInt`.
    pub fn from_i64(v: i64) -> BigInt {
        let mut b = BigInt::from_u64(v.unsigned_abs());
        b.neg = v < 0;
        b
    }

    /// The magnitude: little-endian base-2³² limbs, no trailing zero limb.
    pub fn limbs(&self) -> &[u32] {
        &self.mag
    }

    /// Whether the value is below zero.
    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// Whether the value is above zero.
    pub fn is_positive(&self) -> bool {
        !self.neg && !self.mag.is_empty()
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    /// Whether the value is odd.
    pub fn is_odd(&self) -> bool {
        self.mag.first().is_some_and(|l| l & 1 == 1)
    }

    /// The magnitude as a `u64`, if it fits.
    pub(super) fn mag_u64(&self) -> Option<u64> {
        match self.mag[..] {
            [] => Some(0),
            [lo] => Some(lo as u64),
            [lo, hi] => Some(lo as u64 | (hi as u64) << 32),
            _ => None,
        }
    }

    /// The value as a `u64`, if it is non-negative and fits.
    pub fn to_u64(&self) -> Option<u64> {
        if self.neg {
            return None;
        }
        self.mag_u64()
    }

    /// The value as an `i64`, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        let m = self.mag_u64()?;
        if self.neg {
            (m <= 1 << 63).then(|| (m as i64).wrapping_neg())
        } else {
            i64::try_from(m).ok()
        }
    }

    /// The number of bits of the magnitude (Python's `int.bit_length()`).
    pub fn bits(&self) -> u64 {
        match self.mag.last() {
            None => 0,
            Some(top) => self.mag.len() as u64 * 32 - top.leading_zeros() as u64,
        }
    }

    /// The number of one bits of the magnitude (Python's `int.bit_count()`).
    pub fn bit_count(&self) -> u64 {
        self.mag.iter().map(|l| l.count_ones() as u64).sum()
    }

    /// `-self`.
    pub fn negate(mut self) -> BigInt {
        self.neg = !self.neg && !self.mag.is_empty();
        self
    }

    /// `abs(self)`.
    pub fn abs(mut self) -> BigInt {
        self.neg = false;
        self
    }

    /// `self + (±b_mag)`: the shared body of `add` and `sub`.
    fn add_signed(&self, b_neg: bool, b: &[u32]) -> BigInt {
        if self.neg == b_neg {
            return BigInt::from_limbs(self.neg, mag_add(&self.mag, b));
        }
        match mag_cmp(&self.mag, b) {
            Ordering::Less => BigInt::from_limbs(b_neg, mag_sub(b, &self.mag)),
            _ => BigInt::from_limbs(self.neg, mag_sub(&self.mag, b)),
        }
    }

    /// `self + b`.
    pub fn add(&self, b: &BigInt) -> BigInt {
        self.add_signed(b.neg, &b.mag)
    }

    /// `self - b`.
    pub fn sub(&self, b: &BigInt) -> BigInt {
        self.add_signed(!b.neg, &b.mag)
    }

    /// `self + k` for a small `k` (loop counters, rounding adjustments).
    pub fn add_i64(&self, k: i64) -> BigInt {
        self.add(&BigInt::from_i64(k))
    }

    /// `self * b`.
    pub fn mul(&self, b: &BigInt) -> BigInt {
        BigInt::from_limbs(self.neg != b.neg, mag_mul(&self.mag, &b.mag))
    }

    /// `self ** e` (square and multiply). The caller bounds the result size.
    pub fn pow(&self, mut e: u64) -> BigInt {
        if self.bit_count() == 1 {
            // ±2^k: a shift (`2 ** n` is common and may be huge).
            let k = self.bits() - 1;
            let r = BigInt::from_u64(1).shl(k.saturating_mul(e) as usize);
            return if self.neg && e & 1 == 1 {
                r.negate()
            } else {
                r
            };
        }
        let mut acc = BigInt::from_u64(1);
        let mut base = self.clone();
        while e > 0 {
            if e & 1 == 1 {
                acc = acc.mul(&base);
            }
            e >>= 1;
            if e > 0 {
                base = base.mul(&base);
            }
        }
        acc
    }
}

impl Ord for BigInt {
    fn cmp(&self, b: &BigInt) -> Ordering {
        match (self.neg, b.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => mag_cmp(&self.mag, &b.mag),
            (true, true) => mag_cmp(&b.mag, &self.mag),
        }
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, b: &BigInt) -> Option<Ordering> {
        Some(self.cmp(b))
    }
}
