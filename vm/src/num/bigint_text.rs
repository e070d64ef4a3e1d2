//! Digits in and out: radix 2..=36 text of a [`BigInt`], and the value of
//! a digit sequence. Powers of two take bits directly; other radices go
//! through the largest power of the radix that fits a limb (10⁹ for
//! decimal), one short division per chunk.

use super::bigint::{mag_mul_add_small, BigInt};
use super::bigint_div::mag_divrem_small;
use alloc::string::String;
use alloc::vec::Vec;

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// `(k, radix^k)` for the largest `k` with `radix^k` fitting a `u32`
/// (`radix` is clamped to 2..=36, so the loop always ends).
fn chunk(radix: u32) -> (usize, u32) {
    let radix = radix.clamp(2, 36);
    let (mut k, mut p) = (1, radix);
    while let Some(q) = p.checked_mul(radix) {
        p = q;
        k += 1;
    }
    (k, p)
}

impl BigInt {
    /// Appends the digits of the magnitude in `radix` (2..=36, lower case;
    /// `0` for zero), without sign or prefix.
    pub fn write_mag_radix(&self, radix: u32, out: &mut String) {
        let radix = radix.clamp(2, 36);
        let digit = |d: u32| DIGITS[d as usize] as char;
        if self.mag.is_empty() {
            out.push('0');
            return;
        }
        if radix.is_power_of_two() {
            let b = radix.trailing_zeros() as u64;
            let mask = (radix - 1) as u64;
            for i in (0..self.bits().div_ceil(b)).rev() {
                let p = i * b;
                let at = |k: u64| self.mag.get(k as usize).copied().unwrap_or(0) as u64;
                let w = at(p / 32) | at(p / 32 + 1) << 32;
                out.push(digit(((w >> (p % 32)) & mask) as u32));
            }
            return;
        }
        let (k, big) = chunk(radix);
        let mut mag = self.mag.clone();
        let mut chunks = Vec::with_capacity(mag.len() * 32 / (k * 3) + 1);
        while !mag.is_empty() {
            chunks.push(mag_divrem_small(&mut mag, big));
        }
        let mut buf = [0u8; 32];
        for (i, &c) in chunks.iter().rev().enumerate() {
            // Every chunk but the leading one is zero-padded to k digits.
            let mut c = c;
            let mut n = 0;
            while c != 0 || (i > 0 && n < k) {
                buf[n] = DIGITS[(c % radix) as usize];
                c /= radix;
                n += 1;
            }
            out.extend(buf[..n].iter().rev().map(|&b| b as char));
        }
    }

    /// The value in `radix` with a leading `-` if negative (`str(self)` for 10).
    pub fn to_str_radix(&self, radix: u32) -> String {
        let mut s = String::new();
        if self.neg {
            s.push('-');
        }
        self.write_mag_radix(radix, &mut s);
        s
    }

    /// The non-negative integer whose digits (values, most significant
    /// first, each below `radix`) are `digits`; `radix` is 2..=36.
    pub fn from_digits(digits: &[u8], radix: u32) -> BigInt {
        let radix = radix.clamp(2, 36);
        let (k, _) = chunk(radix);
        let mut mag = Vec::new();
        for group in digits.chunks(k) {
            let (mut scale, mut v) = (1u32, 0u32);
            for &d in group {
                scale = scale.wrapping_mul(radix);
                v = v.wrapping_mul(radix).wrapping_add(d as u32);
            }
            mag_mul_add_small(&mut mag, scale, v);
        }
        BigInt::from_limbs(false, mag)
    }
}

impl core::fmt::Display for BigInt {
    /// Decimal, as `str(int)` (for `format!`; ignores width and flags).
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.to_str_radix(10))
    }
}
