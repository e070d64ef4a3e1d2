//! `str`: immutable UTF-8. Payload: `[byte_len | char_len << 32, hash, bytes…]`
//! (opaque). The hash is computed on first use and cached (0 = not yet).

use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

const HDR: usize = 2;

/// Payload words for a string of `len` bytes.
pub(crate) const fn str_payload(len: usize) -> usize {
    HDR + len.div_ceil(8)
}

impl Interp {
    /// Allocates a new str.
    pub(crate) fn new_str(&mut self, s: &str) -> PyResult<Value> {
        let off = self.alloc(Kind::Str, str_payload(s.len()))?;
        self.fill_str(off, s);
        Ok(Value::obj(off))
    }

    fn fill_str(&mut self, off: u32, s: &str) {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        self.heap
            .set_raw(off, 0, s.len() as u64 | (chars as u64) << 32);
        let words = self.heap.words_mut(off, HDR, s.len().div_ceil(8));
        let bytes: &mut [u8] = bytemuck::cast_slice_mut(words);
        bytes[..s.len()].copy_from_slice(s.as_bytes());
    }

    /// The text of a str object at `off`.
    #[inline]
    pub(crate) fn str_at(&self, off: u32) -> &str {
        let len = self.heap.raw(off, 0) as u32 as usize;
        let words = self.heap.words(off, HDR, len.div_ceil(8));
        let bytes: &[u8] = bytemuck::cast_slice(words);
        // Only `fill_str` writes these bytes, always from a `&str`.
        core::str::from_utf8(&bytes[..len]).unwrap_or("")
    }

    /// The text, if `v` is a str (or an instance of a `str` subclass, which
    /// built-ins taking a str accept as its value).
    #[inline]
    pub(crate) fn as_str(&self, v: Value) -> Option<&str> {
        let off = v.as_obj()?;
        match self.heap.kind(off) {
            Kind::Str => Some(self.str_at(off)),
            Kind::Instance => self.as_str(self.base_value(v)?),
            _ => None,
        }
    }

    /// Whether `v` is a str.
    #[inline]
    pub(crate) fn is_str(&self, v: Value) -> bool {
        v.as_obj().is_some_and(|o| self.heap.kind(o) == Kind::Str)
    }

    /// Number of characters (code points).
    #[inline]
    pub(crate) fn str_char_len(&self, off: u32) -> usize {
        (self.heap.raw(off, 0) >> 32) as usize
    }

    /// Whether the str is pure ASCII (so byte and char indices agree).
    #[inline]
    pub(crate) fn str_is_ascii(&self, off: u32) -> bool {
        let w = self.heap.raw(off, 0);
        (w as u32) == (w >> 32) as u32
    }

    /// The cached hash, computing it on first use.
    pub(crate) fn str_hash(&mut self, off: u32) -> u64 {
        let h = self.heap.raw(off, 1);
        if h != 0 {
            return h;
        }
        let h = crate::obj::hash::hash_bytes(self.bytes_at(off)).max(1);
        self.heap.set_raw(off, 1, h);
        h
    }

    /// The one-character string at char index `i` (already bounds-checked).
    pub(crate) fn str_char(&mut self, off: u32, i: usize) -> PyResult<Value> {
        let mut buf = [0u8; 4];
        let s: &str = if self.str_is_ascii(off) {
            let b = self.str_at(off).as_bytes()[i];
            (b as char).encode_utf8(&mut buf)
        } else {
            let c = self.str_at(off).chars().nth(i).unwrap_or('\0');
            c.encode_utf8(&mut buf)
        };
        let s: alloc::string::String = s.into();
        self.new_str(&s)
    }
}
