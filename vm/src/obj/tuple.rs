//! `tuple`: payload `[len, items…]`.

use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

impl Interp {
    /// A tuple of `n` items, all `None` until the caller fills payload words `1..=n`.
    pub(crate) fn new_tuple(&mut self, n: usize) -> PyResult<Value> {
        let off = self.alloc(Kind::Tuple, 1 + n)?;
        self.heap.set(off, 0, Value::small_int(n as i64));
        Ok(Value::obj(off))
    }

    /// A tuple made of the top `n` stack items (which are popped).
    pub(crate) fn tuple_from_stack(&mut self, n: usize) -> PyResult<Value> {
        let t = self.new_tuple(n)?;
        let off = t.as_obj().unwrap_or(0);
        let start = self.stack.len() - n;
        for i in 0..n {
            self.heap.set(off, 1 + i, self.stack[start + i]);
        }
        self.stack.truncate(start);
        Ok(t)
    }

    /// A tuple of the given values (rooted across the allocation).
    pub(crate) fn new_tuple_of(&mut self, items: &[Value]) -> PyResult<Value> {
        self.stack.extend_from_slice(items);
        let r = self.tuple_from_stack(items.len());
        if r.is_err() {
            let n = self.stack.len() - items.len();
            self.stack.truncate(n);
        }
        r
    }
}
