//! Cheney's copying collector: evacuate the roots into the other semispace,
//! then scan it breadth-first, evacuating everything it references.

use super::{header, Heap, Kind};
use crate::value::Value;

impl Heap {
    /// Starts a collection: the other semispace becomes the allocation target.
    pub fn gc_begin(&mut self) -> usize {
        self.peak = self.peak.max(self.top - self.base);
        let to = if self.base == 0 { self.half } else { 0 };
        self.top = to;
        to
    }

    /// Moves the object `v` refers to (if any) and updates `v`.
    #[inline]
    pub fn gc_visit(&mut self, v: &mut Value) {
        if let Some(off) = v.as_obj() {
            *v = Value::obj(self.evacuate(off));
        }
    }

    fn evacuate(&mut self, off: u32) -> u32 {
        let h = self.words[off as usize];
        if Kind::from_u8(h as u8) == Kind::Forwarded {
            return (h >> 32) as u32;
        }
        let size = (h >> 32) as usize;
        let new = self.top;
        self.words
            .copy_within(off as usize..off as usize + size, new);
        self.top += size;
        self.words[off as usize] = header(Kind::Forwarded, 0, new);
        new as u32
    }

    /// Finishes a collection started at `to`: traces everything copied so far.
    pub fn gc_finish(&mut self, to: usize) {
        let mut scan = to;
        while scan < self.top {
            let h = self.words[scan];
            let size = (h >> 32) as usize;
            if Kind::from_u8(h as u8).has_values() {
                for i in scan + 1..scan + size {
                    let mut v = Value::from_bits(self.words[i]);
                    if v.as_obj().is_some() {
                        self.gc_visit(&mut v);
                        self.words[i] = v.bits();
                    }
                }
            }
            scan += size;
        }
        self.base = to;
        self.collections += 1;
    }
}
