//! The heap: one arena of 64-bit words, split into two semispaces, with a
//! precise copying (Cheney) collector.
//!
//! Why copying: the arena is compacted by every collection, so fragmentation
//! can never cause a `MemoryError` while the live data fits in one half of the
//! heap (MicroPython's non-moving heap fails a 10,000-key dict with most of its
//! memory free). Each object costs one header word (8 bytes) of overhead.
//!
//! Objects are addressed by word offset (`Value::obj(off)`). A collection
//! moves objects and rewrites every reference the VM gives it as a root, so
//! Rust code must not hold an offset across an allocation unless it is
//! rooted. Allocation sites that build several objects call
//! [`crate::interp::Vm::reserve`] first, after which allocations up to the
//! reserved size cannot collect.

mod gc;
mod kind;

pub use kind::Kind;

use crate::value::Value;
use alloc::vec;
use alloc::vec::Vec;

/// The arena and its bump pointer.
pub struct Heap {
    words: Vec<u64>,
    half: usize,
    base: usize,
    top: usize,
    /// Number of collections so far.
    pub collections: u32,
    /// Most words ever allocated in one semispace before a collection
    /// (see [`Heap::peak_bytes`]).
    peak: usize,
}

const fn header(kind: Kind, flags: u8, size: usize) -> u64 {
    kind as u64 | (flags as u64) << 8 | (size as u64) << 32
}

impl Heap {
    /// A heap of `bytes` bytes in total (each semispace gets half).
    pub fn new(bytes: usize) -> Heap {
        let half = (bytes / 8 / 2).max(16);
        Heap {
            words: vec![0; half * 2],
            half,
            base: 0,
            top: 0,
            collections: 0,
            peak: 0,
        }
    }

    /// Bytes allocated in the active semispace.
    pub fn used_bytes(&self) -> usize {
        (self.top - self.base) * 8
    }

    /// Bytes still free in the active semispace.
    pub fn free_bytes(&self) -> usize {
        (self.base + self.half - self.top) * 8
    }

    /// High-water mark of the active semispace: the most bytes allocated
    /// between collections so far. A program whose peak stays below half of
    /// a heap size runs in that heap without collecting; how small it can
    /// go beyond that is what `sim-host --heap` tries.
    pub fn peak_bytes(&self) -> usize {
        self.peak.max(self.top - self.base) * 8
    }

    /// Size of one semispace: the most that can ever be live.
    pub fn capacity_bytes(&self) -> usize {
        self.half * 8
    }

    /// Words that can be allocated before a collection is needed.
    #[inline]
    pub fn free_words(&self) -> usize {
        self.base + self.half - self.top
    }

    /// Allocates an object with `payload` words, or `None` if the semispace is full.
    /// Value-holding payloads start as `None`, opaque ones as zero.
    #[inline]
    pub fn try_alloc(&mut self, kind: Kind, payload: usize) -> Option<u32> {
        let size = payload + 1;
        if size > self.free_words() || size > u32::MAX as usize {
            return None;
        }
        let off = self.top;
        self.top += size;
        self.words[off] = header(kind, 0, size);
        let fill = if kind.has_values() {
            Value::NONE.bits()
        } else {
            0
        };
        self.words[off + 1..off + size].fill(fill);
        Some(off as u32)
    }

    /// The object's kind.
    #[inline(always)]
    pub fn kind(&self, off: u32) -> Kind {
        Kind::from_u8(self.words[off as usize] as u8)
    }

    /// The object's per-kind flag byte.
    #[inline]
    pub fn flags(&self, off: u32) -> u8 {
        (self.words[off as usize] >> 8) as u8
    }

    /// Sets the object's flag byte.
    #[inline]
    pub fn set_flags(&mut self, off: u32, flags: u8) {
        let w = &mut self.words[off as usize];
        *w = (*w & !0xFF00) | (flags as u64) << 8;
    }

    /// Number of payload words.
    #[inline(always)]
    pub fn payload_len(&self, off: u32) -> usize {
        (self.words[off as usize] >> 32) as usize - 1
    }

    /// Payload word `i` read as a value.
    #[inline(always)]
    pub fn get(&self, off: u32, i: usize) -> Value {
        Value::from_bits(self.words[off as usize + 1 + i])
    }

    /// Stores a value in payload word `i`.
    #[inline(always)]
    pub fn set(&mut self, off: u32, i: usize, v: Value) {
        self.words[off as usize + 1 + i] = v.bits();
    }

    /// Payload word `i` as raw bits (opaque objects).
    #[inline(always)]
    pub fn raw(&self, off: u32, i: usize) -> u64 {
        self.words[off as usize + 1 + i]
    }

    /// Stores raw bits in payload word `i` (opaque objects only).
    #[inline(always)]
    pub fn set_raw(&mut self, off: u32, i: usize, w: u64) {
        self.words[off as usize + 1 + i] = w;
    }

    /// Payload words `from..` as a slice.
    #[inline]
    pub fn words(&self, off: u32, from: usize, len: usize) -> &[u64] {
        let s = off as usize + 1 + from;
        &self.words[s..s + len]
    }

    /// Payload words `from..` as a mutable slice.
    #[inline]
    pub fn words_mut(&mut self, off: u32, from: usize, len: usize) -> &mut [u64] {
        let s = off as usize + 1 + from;
        &mut self.words[s..s + len]
    }

    /// Copies `len` payload words from one object to another (they may be the same).
    pub fn copy_words(&mut self, src: u32, src_from: usize, dst: u32, dst_from: usize, len: usize) {
        let s = src as usize + 1 + src_from;
        let d = dst as usize + 1 + dst_from;
        self.words.copy_within(s..s + len, d);
    }
}
