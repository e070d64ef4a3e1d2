//! Conversions between [`BigInt`] and `f64`: to a float correctly rounded
//! (half to even, as CPython), from a float exactly (after truncation).

use super::bigint::BigInt;
use super::bigint_bits::{low_bits_nonzero, mag_shr};

impl BigInt {
    /// The nearest `f64` (ties to even); `None` if that is out of range,
    /// where CPython raises `OverflowError("int too large to convert to
    /// float")`.
    pub fn to_f64(&self) -> Option<f64> {
        let bits = self.bits();
        let m = match self.mag_u64() {
            // Rust's integer-to-float conversion rounds half to even.
            Some(m) => m as f64,
            None if bits > 1024 => return None,
            None => {
                // The top 64 bits, with a sticky bit standing for all the
                // lower ones, round exactly like the whole value; scaling
                // by a power of two is then exact (or overflows).
                let shift = bits - 64;
                let top = BigInt::from_limbs(false, mag_shr(&self.mag, shift as usize));
                let sticky = low_bits_nonzero(&self.mag, shift as usize) as u64;
                let scale = f64::from_bits((1023 + shift) << 52);
                (top.mag_u64().unwrap_or(0) | sticky) as f64 * scale
            }
        };
        if m.is_infinite() {
            return None;
        }
        Some(if self.neg { -m } else { m })
    }

    /// The integer part of `x` exactly (`int(x)`); `None` for infinities
    /// and NaN.
    pub fn from_f64(x: f64) -> Option<BigInt> {
        if !x.is_finite() {
            return None;
        }
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7FF) as i64;
        if exp < 1023 {
            // |x| < 1 (including zeros and subnormals).
            return Some(BigInt::zero());
        }
        let mant = bits & ((1 << 52) - 1) | 1 << 52;
        let e = exp - 1075;
        let mag = if e < 0 {
            BigInt::from_u64(mant >> -e)
        } else {
            BigInt::from_u64(mant).shl(e as usize)
        };
        Some(if bits >> 63 == 1 { mag.negate() } else { mag })
    }
}
