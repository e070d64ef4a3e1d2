//! `bytes`: immutable byte strings, stored like `str` (`[len | len << 32,
//! hash, data…]`) so hashing and copying share its code.

use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

impl Interp {
    /// Allocates a new bytes object.
    pub(crate) fn new_bytes(&mut self, b: &[u8]) -> PyResult<Value> {
        let off = self.alloc(Kind::Bytes, crate::obj::str::str_payload(b.len()))?;
        self.heap
            .set_raw(off, 0, b.len() as u64 | (b.len() as u64) << 32);
        let words = self.heap.words_mut(off, 2, b.len().div_ceil(8));
        let dst: &mut [u8] = bytemuck::cast_slice_mut(words);
        dst[..b.len()].copy_from_slice(b);
        Ok(Value::obj(off))
    }

    /// The data of a str or bytes object at `off`.
    #[inline]
    pub(crate) fn bytes_at(&self, off: u32) -> &[u8] {
        let len = self.heap.raw(off, 0) as u32 as usize;
        let words = self.heap.words(off, 2, len.div_ceil(8));
        let bytes: &[u8] = bytemuck::cast_slice(words);
        &bytes[..len]
    }

    /// The data, if `v` is a bytes object.
    #[inline]
    pub(crate) fn as_bytes(&self, v: Value) -> Option<&[u8]> {
        let off = v.as_obj()?;
        (self.heap.kind(off) == Kind::Bytes).then(|| self.bytes_at(off))
    }
}
