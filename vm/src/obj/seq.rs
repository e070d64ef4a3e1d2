//! Uniform read access to the items of lists and tuples.

use crate::heap::Kind;
use crate::interp::Interp;
use crate::value::Value;

/// Where a sequence's items live: payload words `from..from + len` of `store`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Items {
    pub store: u32,
    pub from: usize,
    pub len: usize,
}

impl Interp {
    /// The items of a list or tuple.
    #[inline]
    pub(crate) fn items(&self, v: Value) -> Option<Items> {
        let off = v.as_obj()?;
        match self.heap.kind(off) {
            Kind::Tuple => Some(Items {
                store: off,
                from: 1,
                len: self.small(self.heap.get(off, 0)),
            }),
            Kind::List => Some(Items {
                store: self.heap.get(off, 1).as_obj().unwrap_or(off),
                from: 0,
                len: self.small(self.heap.get(off, 0)),
            }),
            Kind::Deque => Some(self.deque_items(off)),
            _ => None,
        }
    }

    /// Item `i` of an [`Items`] (caller checked `i < len`).
    #[inline]
    pub(crate) fn item(&self, it: Items, i: usize) -> Value {
        self.heap.get(it.store, it.from + i)
    }

    /// `seq[i]` for a list or tuple and an in-range small int `i` (negative
    /// counts from the end); `None` means "take the general path".
    #[inline(always)]
    pub(crate) fn list_index_fast(&self, seq: Value, key: Value) -> Option<Value> {
        let i = key.as_small_int()?;
        let items = self.items(seq)?;
        let i = if i < 0 { i + items.len as i64 } else { i };
        if 0 <= i && (i as usize) < items.len {
            Some(self.item(items, i as usize))
        } else {
            None
        }
    }

    /// A small-int length or count field.
    #[inline(always)]
    pub(crate) fn small(&self, v: Value) -> usize {
        v.as_small_int().unwrap_or(0) as usize
    }

    /// Copies the items out (for operations that allocate while iterating).
    pub(crate) fn items_vec(&self, it: Items) -> alloc::vec::Vec<Value> {
        (0..it.len).map(|i| self.item(it, i)).collect()
    }
}
