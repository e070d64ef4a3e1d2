//! `list`: payload `[len, array]`; the `Array` holds the items and spare capacity.

use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

impl Interp {
    /// An empty list with room for `cap` items.
    pub(crate) fn new_list(&mut self, cap: usize) -> PyResult<Value> {
        let cap = cap.max(4);
        self.reserve(cap + 1 + 3)?;
        let arr = self.alloc_reserved(Kind::Array, cap)?;
        let off = self.alloc_reserved(Kind::List, 2)?;
        self.heap.set(off, 0, Value::small_int(0));
        self.heap.set(off, 1, Value::obj(arr));
        Ok(Value::obj(off))
    }

    /// A list made of the top `n` stack items (which are popped).
    pub(crate) fn list_from_stack(&mut self, n: usize) -> PyResult<Value> {
        let l = self.new_list(n)?;
        let off = l.as_obj().unwrap_or(0);
        let arr = self.heap.get(off, 1).as_obj().unwrap_or(0);
        let start = self.stack.len() - n;
        for i in 0..n {
            self.heap.set(arr, i, self.stack[start + i]);
        }
        self.heap.set(off, 0, Value::small_int(n as i64));
        self.stack.truncate(start);
        Ok(l)
    }

    /// Whether `v` is a list.
    #[inline]
    pub(crate) fn is_list(&self, v: Value) -> bool {
        v.as_obj().is_some_and(|o| self.heap.kind(o) == Kind::List)
    }

    /// Makes room for `extra` more items in list `l` (which must be rooted by the caller's
    /// stack or passed back through `keep`).
    pub(crate) fn list_reserve(
        &mut self,
        l: &mut Value,
        extra: usize,
        keep: &mut [Value],
    ) -> PyResult<()> {
        let off = l.as_obj().unwrap_or(0);
        let len = self.small(self.heap.get(off, 0));
        let arr = self.heap.get(off, 1).as_obj().unwrap_or(0);
        let cap = self.heap.payload_len(arr);
        if len + extra <= cap {
            return Ok(());
        }
        let new_cap = (cap * 2).max(len + extra).max(4);
        let n = self.stack.len();
        self.stack.push(*l);
        self.stack.extend_from_slice(keep);
        let r = self.alloc(Kind::Array, new_cap);
        *l = self.stack[n];
        keep.copy_from_slice(&self.stack[n + 1..]);
        self.stack.truncate(n);
        let new = r?;
        let off = l.as_obj().unwrap_or(0);
        let old = self.heap.get(off, 1).as_obj().unwrap_or(0);
        self.heap.copy_words(old, 0, new, 0, len);
        self.heap.set(off, 1, Value::obj(new));
        Ok(())
    }

    /// `list.append(item)`.
    pub(crate) fn list_append(&mut self, mut l: Value, item: Value) -> PyResult<()> {
        let mut keep = [item];
        self.list_reserve(&mut l, 1, &mut keep)?;
        let off = l.as_obj().unwrap_or(0);
        let len = self.small(self.heap.get(off, 0));
        let arr = self.heap.get(off, 1).as_obj().unwrap_or(0);
        self.heap.set(arr, len, keep[0]);
        self.heap.set(off, 0, Value::small_int(len as i64 + 1));
        Ok(())
    }

    /// Sets the list's length (items beyond it must already be valid values).
    pub(crate) fn list_set_len(&mut self, l: Value, len: usize) {
        if let Some(off) = l.as_obj() {
            self.heap.set(off, 0, Value::small_int(len as i64));
        }
    }

    /// A new list holding `items`.
    pub(crate) fn list_of(&mut self, items: &[Value]) -> PyResult<Value> {
        self.stack.extend_from_slice(items);
        let r = self.list_from_stack(items.len());
        if r.is_err() {
            let n = self.stack.len() - items.len();
            self.stack.truncate(n);
        }
        r
    }
}
