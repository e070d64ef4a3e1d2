//! `range`: payload `[start, stop, step]` as small ints.

use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

/// Number of items in `range(start, stop, step)` (`step != 0`).
pub(crate) fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

impl Interp {
    /// A range object.
    pub(crate) fn new_range(&mut self, start: i64, stop: i64, step: i64) -> PyResult<Value> {
        let off = self.alloc(Kind::Range, 3)?;
        self.heap.set(off, 0, Value::small_int(start));
        self.heap.set(off, 1, Value::small_int(stop));
        self.heap.set(off, 2, Value::small_int(step));
        Ok(Value::obj(off))
    }

    /// `(start, stop, step)` of a range object.
    pub(crate) fn range_parts(&self, off: u32) -> (i64, i64, i64) {
        let g = |i| self.heap.get(off, i).as_small_int().unwrap_or(0);
        (g(0), g(1), g(2))
    }
}
