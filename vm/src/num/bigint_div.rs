//! Division: truncating and Python floor `divmod`, by Knuth's algorithm D
//! (TAOCP vol. 2, 4.3.1) on base-2³² limbs, plus `isqrt`.

use super::bigint::{mag_cmp, trim, BigInt};
use super::bigint_bits::{mag_shl, mag_shr};
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// Divides the magnitude `a` in place by `d` (not zero); returns the remainder.
pub(super) fn mag_divrem_small(a: &mut Vec<u32>, d: u32) -> u32 {
    let d = d as u64;
    let mut rem = 0u64;
    for x in a.iter_mut().rev() {
        let cur = rem << 32 | *x as u64;
        *x = (cur / d) as u32;
        rem = cur % d;
    }
    trim(a);
    rem as u32
}

/// Quotient and remainder of magnitudes; `b` is not zero.
fn mag_divrem(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if mag_cmp(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if let [d] = *b {
        let mut q = a.to_vec();
        let r = mag_divrem_small(&mut q, d);
        return (q, if r == 0 { Vec::new() } else { vec![r] });
    }
    // D1: normalise so the divisor's top limb has its high bit set; then
    // each estimated quotient limb is at most two too large.
    let s = b.last().map_or(0, |t| t.leading_zeros()) as usize;
    let v = mag_shl(b, s);
    let mut u = mag_shl(a, s);
    u.resize(a.len() + 1, 0);
    let n = v.len();
    let m = u.len() - n;
    let (vtop, vnext) = (v[n - 1] as u64, v[n - 2] as u64);
    let mut q = vec![0u32; m];
    for j in (0..m).rev() {
        // D3: estimate from the top two limbs, refine with the third.
        let num = (u[j + n] as u64) << 32 | u[j + n - 1] as u64;
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        while qhat >> 32 != 0 || qhat * vnext > (rhat << 32 | u[j + n - 2] as u64) {
            qhat -= 1;
            rhat += vtop;
            if rhat >> 32 != 0 {
                break;
            }
        }
        // D4: u[j..=j+n] -= qhat * v.
        let mut borrow = 0u64;
        let mut carry = 0u64;
        for i in 0..n {
            let p = qhat * v[i] as u64 + carry;
            carry = p >> 32;
            let t = (u[i + j] as u64)
                .wrapping_sub(p & 0xFFFF_FFFF)
                .wrapping_sub(borrow);
            u[i + j] = t as u32;
            borrow = t >> 63;
        }
        let t = (u[j + n] as u64).wrapping_sub(carry).wrapping_sub(borrow);
        u[j + n] = t as u32;
        // D6: rarely, qhat was one too large: add v back.
        if t >> 63 != 0 {
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let s = u[i + j] as u64 + v[i] as u64 + c;
                u[i + j] = s as u32;
                c = s >> 32;
            }
            u[j + n] = u[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    trim(&mut q);
    // D8: the remainder is the low limbs, un-normalised.
    u.truncate(n);
    (q, mag_shr(&u, s))
}

impl BigInt {
    /// Truncating division (`q` rounds toward zero, `r` has the sign of
    /// `self`); `None` when `d` is zero (callers raise `ZeroDivisionError`).
    pub fn div_rem(&self, d: &BigInt) -> Option<(BigInt, BigInt)> {
        if d.is_zero() {
            return None;
        }
        let (q, r) = mag_divrem(&self.mag, &d.mag);
        Some((
            BigInt::from_limbs(self.neg != d.neg, q),
            BigInt::from_limbs(self.neg, r),
        ))
    }

    /// Python's `divmod(self, d)`: the quotient rounds toward −∞ and the
    /// remainder takes the sign of `d`; `None` when `d` is zero.
    pub fn div_mod_floor(&self, d: &BigInt) -> Option<(BigInt, BigInt)> {
        let (q, r) = self.div_rem(d)?;
        if !r.is_zero() && r.neg != d.neg {
            return Some((q.add_i64(-1), r.add(d)));
        }
        Some((q, r))
    }

    /// Python's `self // d`; `None` when `d` is zero.
    pub fn div_floor(&self, d: &BigInt) -> Option<BigInt> {
        self.div_mod_floor(d).map(|(q, _)| q)
    }

    /// Python's `self % d`; `None` when `d` is zero.
    pub fn mod_floor(&self, d: &BigInt) -> Option<BigInt> {
        self.div_mod_floor(d).map(|(_, r)| r)
    }

    /// The integer square root of a non-negative value (`math.isqrt`);
    /// zero for a negative one (the caller raises `ValueError` first).
    pub fn isqrt(&self) -> BigInt {
        if !self.is_positive() {
            return BigInt::zero();
        }
        // Newton's iteration from above: 2^⌈bits/2⌉ ≥ √self, and the
        // sequence decreases until it reaches ⌊√self⌋.
        let mut x = BigInt::from_u64(1).shl(self.bits().div_ceil(2) as usize);
        loop {
            let Some(q) = self.div_floor(&x) else {
                return x;
            };
            let y = x.add(&q).shr(1);
            if y >= x {
                return x;
            }
            x = y;
        }
    }
}
