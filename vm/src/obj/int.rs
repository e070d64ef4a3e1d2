//! `int` beyond the inline range: sign and base-2³² limbs.
//! Payload: `[negative | ndigits << 32, digits packed two per word…]` (opaque).
//! Invariant: a value that fits a small int is never stored as a BigInt.

use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::num::BigInt;
use crate::value::{fits_small, Value};
use alloc::vec::Vec;

impl Interp {
    /// An int from an `i64`, inline when it fits.
    #[inline]
    pub(crate) fn new_int_i64(&mut self, i: i64) -> PyResult<Value> {
        match Value::try_small_int(i) {
            Some(v) => Ok(v),
            None => self.new_bigint(BigInt::from_i64(i)),
        }
    }

    /// An int from a `BigInt`, normalised to a small int when it fits.
    pub(crate) fn new_bigint(&mut self, b: BigInt) -> PyResult<Value> {
        if let Some(i) = b.to_i64() {
            if fits_small(i) {
                return Ok(Value::small_int(i));
            }
        }
        let digits = b.limbs();
        let words = digits.len().div_ceil(2);
        let off = self.alloc(Kind::BigInt, 1 + words)?;
        self.heap
            .set_raw(off, 0, b.is_negative() as u64 | (digits.len() as u64) << 32);
        let dst: &mut [u32] = bytemuck::cast_slice_mut(self.heap.words_mut(off, 1, words));
        dst[..digits.len()].copy_from_slice(digits);
        Ok(Value::obj(off))
    }

    /// Reads a heap BigInt.
    pub(crate) fn bigint_at(&self, off: u32) -> BigInt {
        let w = self.heap.raw(off, 0);
        let n = (w >> 32) as usize;
        let src: &[u32] = bytemuck::cast_slice(self.heap.words(off, 1, n.div_ceil(2)));
        BigInt::from_limbs(w & 1 == 1, Vec::from(&src[..n]))
    }

    /// Whether `v` is a heap BigInt.
    #[inline]
    pub(crate) fn is_bigint(&self, v: Value) -> bool {
        v.as_obj()
            .is_some_and(|o| self.heap.kind(o) == Kind::BigInt)
    }

    /// Any int (or bool) as a `BigInt`.
    pub(crate) fn to_bigint(&self, v: Value) -> Option<BigInt> {
        if let Some(i) = v.as_small_int() {
            return Some(BigInt::from_i64(i));
        }
        if let Some(b) = v.as_bool() {
            return Some(BigInt::from_i64(b as i64));
        }
        let off = v.as_obj()?;
        (self.heap.kind(off) == Kind::BigInt).then(|| self.bigint_at(off))
    }

    /// Whether `v` is an int or bool.
    #[inline]
    pub(crate) fn is_int(&self, v: Value) -> bool {
        v.is_small_int() || v.as_bool().is_some() || self.is_bigint(v)
    }

    /// An int or bool as `i64`, if it fits.
    pub(crate) fn to_i64(&self, v: Value) -> Option<i64> {
        if let Some(i) = v.as_small_int() {
            return Some(i);
        }
        if let Some(b) = v.as_bool() {
            return Some(b as i64);
        }
        self.to_bigint(v).and_then(|b| b.to_i64())
    }

    /// Any int, bool or float as `f64`, ints correctly rounded (`None` for
    /// other types or an int too large for a float).
    pub(crate) fn to_f64(&self, v: Value) -> Option<f64> {
        if let Some(f) = v.as_float() {
            return Some(f);
        }
        if let Some(i) = self.to_i64(v) {
            return Some(i as f64);
        }
        self.to_bigint(v).and_then(|b| b.to_f64())
    }
}
