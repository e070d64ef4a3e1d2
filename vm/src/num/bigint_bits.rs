//! Bit-level operations with Python's semantics: shifts (`>>` rounds toward
//! −∞), `& | ^ ~` as if negative values were infinite two's complement,
//! and conversion to and from (two's-complement) bytes.

use super::bigint::{mag_add, BigInt};
use alloc::vec;
use alloc::vec::Vec;

/// `a << n` for magnitudes.
pub(super) fn mag_shl(a: &[u32], n: usize) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let bits = n % 32;
    let mut r = vec![0u32; n / 32];
    r.reserve(a.len() + 1);
    let mut carry = 0u64;
    for &x in a {
        let t = (x as u64) << bits | carry;
        r.push(t as u32);
        carry = t >> 32;
    }
    if carry != 0 {
        r.push(carry as u32);
    }
    r
}

/// `a >> n` for magnitudes (the shifted-out bits are dropped).
pub(super) fn mag_shr(a: &[u32], n: usize) -> Vec<u32> {
    let limbs = n / 32;
    let bits = n % 32;
    let mut r = Vec::with_capacity(a.len().saturating_sub(limbs));
    for i in limbs..a.len() {
        let next = a.get(i + 1).copied().unwrap_or(0) as u64;
        r.push(((a[i] as u64 | next << 32) >> bits) as u32);
    }
    super::bigint::trim(&mut r);
    r
}

/// Whether any of the low `n` bits of `a` is set.
pub(super) fn low_bits_nonzero(a: &[u32], n: usize) -> bool {
    let (limbs, bits) = (n / 32, n % 32);
    a.iter().take(limbs).any(|&l| l != 0)
        || (bits > 0 && a.get(limbs).is_some_and(|&l| l << (32 - bits) != 0))
}

/// Negates limbs as a two's-complement number of their width, in place.
fn twos_negate(v: &mut [u32]) {
    let mut carry = 1u64;
    for l in v.iter_mut() {
        let t = (!*l) as u64 + carry;
        *l = t as u32;
        carry = t >> 32;
    }
}

/// `x` in two's complement over `n` limbs (`n` exceeds its magnitude's length).
fn twos(x: &BigInt, n: usize) -> Vec<u32> {
    let mut r = x.mag.clone();
    r.resize(n, 0);
    if x.neg {
        twos_negate(&mut r);
    }
    r
}

/// Which bitwise operator [`BigInt::bitop`] applies.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BitOp {
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
}

impl BigInt {
    /// `self << n`. The caller bounds `n` (results are limited in size).
    pub fn shl(&self, n: usize) -> BigInt {
        BigInt::from_limbs(self.neg, mag_shl(&self.mag, n))
    }

    /// `self >> n`, rounding toward −∞ like Python (`-1 >> 5` is `-1`).
    pub fn shr(&self, n: u64) -> BigInt {
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        let mut q = mag_shr(&self.mag, n);
        if self.neg && low_bits_nonzero(&self.mag, n) {
            q = mag_add(&q, &[1]);
        }
        BigInt::from_limbs(self.neg, q)
    }

    /// `self & b`, `self | b` or `self ^ b` on infinite two's complement.
    pub fn bitop(&self, op: BitOp, b: &BigInt) -> BigInt {
        // One spare limb holds the sign of both operands and the result.
        let n = self.mag.len().max(b.mag.len()) + 1;
        let (x, y) = (twos(self, n), twos(b, n));
        let mut r: Vec<u32> = x
            .iter()
            .zip(&y)
            .map(|(&p, &q)| match op {
                BitOp::And => p & q,
                BitOp::Or => p | q,
                BitOp::Xor => p ^ q,
            })
            .collect();
        let neg = r[n - 1] >> 31 == 1;
        if neg {
            twos_negate(&mut r);
        }
        BigInt::from_limbs(neg, r)
    }

    /// `~self`, that is `-(self + 1)`.
    pub fn invert(&self) -> BigInt {
        self.add_i64(1).negate()
    }

    /// Minimal little-endian bytes: of the magnitude, or if `signed` of the
    /// two's complement (with a sign bit: 128 needs two bytes). Zero is
    /// empty.
    pub fn to_bytes_le(&self, signed: bool) -> Vec<u8> {
        let limbs = if signed {
            twos(self, self.mag.len() + 1)
        } else {
            self.mag.clone()
        };
        let mut v: Vec<u8> = limbs.iter().flat_map(|l| l.to_le_bytes()).collect();
        let neg = signed && self.neg;
        let fill = if neg { 0xFF } else { 0 };
        // Drop redundant top bytes; when signed keep one that carries the sign.
        while v.last() == Some(&fill) {
            let keep = match v.len().checked_sub(2) {
                Some(i) => signed && (v[i] >> 7 == 1) != neg,
                None => neg,
            };
            if keep {
                break;
            }
            v.pop();
        }
        v
    }

    /// The integer of little-endian `bytes`, read as two's complement if
    /// `signed`.
    pub fn from_bytes_le(bytes: &[u8], signed: bool) -> BigInt {
        let mut mag: Vec<u32> = bytes
            .chunks(4)
            .map(|c| {
                let mut w = [0u8; 4];
                w[..c.len()].copy_from_slice(c);
                u32::from_le_bytes(w)
            })
            .collect();
        let neg = signed && bytes.last().is_some_and(|b| b >> 7 == 1);
        if neg {
            // Sign-extend the top limb, then take the two's complement.
            let k = bytes.len() % 4;
            if let (true, Some(top)) = (k != 0, mag.last_mut()) {
                *top |= u32::MAX << (8 * k);
            }
            twos_negate(&mut mag);
        }
        BigInt::from_limbs(neg, mag)
    }
}
