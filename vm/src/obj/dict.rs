//! `dict`: insertion-ordered hash map.
//!
//! Payload `[len, used, entries, index]`: `entries` is an `Array` of
//! key/value pairs in insertion order (deleted keys become `DELETED`), `used`
//! counts filled pairs, `len` the live ones. Dicts of up to eight entries
//! are scanned linearly; bigger ones get an open-addressing `Index` of `u32`
//! slots (entry + 1, 0 = empty) at most half full, probed linearly from the
//! top bits of a Fibonacci-multiplied hash.

use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

const LEN: usize = 0;
const USED: usize = 1;
const ENTRIES: usize = 2;
const INDEX: usize = 3;
const LINEAR_MAX: usize = 8;

/// Flag byte of a `collections.defaultdict` (a dict with a fifth payload
/// word, [`FACTORY`]). Flavoured dicts are dicts in every other respect.
pub(crate) const DEFAULTDICT: u8 = 1;
/// Flag byte of a `collections.Counter`.
pub(crate) const COUNTER: u8 = 2;
/// Flag byte of a `collections.OrderedDict`.
pub(crate) const ORDERED: u8 = 3;
/// A defaultdict's `default_factory`.
pub(crate) const FACTORY: usize = 4;

fn slot_of(hash: u64, bits: u32) -> usize {
    (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

impl Interp {
    /// An empty dict with room for `cap` entries.
    pub(crate) fn new_dict(&mut self, cap: usize) -> PyResult<Value> {
        let cap = cap.max(4);
        self.reserve(2 * cap + 1 + 5)?;
        let e = self.alloc_reserved(Kind::Array, 2 * cap)?;
        let d = self.alloc_reserved(Kind::Dict, 4)?;
        self.heap.set(d, LEN, Value::small_int(0));
        self.heap.set(d, USED, Value::small_int(0));
        self.heap.set(d, ENTRIES, Value::obj(e));
        self.heap.set(d, INDEX, Value::NONE);
        Ok(Value::obj(d))
    }

    /// An empty dict of flavour `flags` ([`DEFAULTDICT`], [`COUNTER`], [`ORDERED`])
    /// with a `None` factory slot.
    pub(crate) fn new_dict_flavored(&mut self, flags: u8) -> PyResult<Value> {
        self.reserve(8 + 1 + 6)?;
        let e = self.alloc_reserved(Kind::Array, 8)?;
        let d = self.alloc_reserved(Kind::Dict, 5)?;
        self.heap.set(d, LEN, Value::small_int(0));
        self.heap.set(d, USED, Value::small_int(0));
        self.heap.set(d, ENTRIES, Value::obj(e));
        self.heap.set(d, INDEX, Value::NONE);
        self.heap.set_flags(d, flags);
        Ok(Value::obj(d))
    }

    /// The flavour flag of a dict (0 for a plain dict or a non-dict).
    #[inline]
    pub(crate) fn dict_flavor(&self, v: Value) -> u8 {
        match v.as_obj() {
            Some(o) if self.heap.kind(o) == Kind::Dict => self.heap.flags(o),
            _ => 0,
        }
    }

    /// Whether `v` is a dict.
    #[inline]
    pub(crate) fn is_dict(&self, v: Value) -> bool {
        v.as_obj().is_some_and(|o| self.heap.kind(o) == Kind::Dict)
    }

    /// Number of live entries.
    pub(crate) fn dict_len(&self, d: u32) -> usize {
        self.small(self.heap.get(d, LEN))
    }

    /// Filled entry slots (live and deleted), the bound for iteration.
    pub(crate) fn dict_used(&self, d: u32) -> usize {
        self.small(self.heap.get(d, USED))
    }

    /// Key and value of entry `e` (`DELETED` key for a removed entry).
    pub(crate) fn dict_entry(&self, d: u32, e: usize) -> (Value, Value) {
        let arr = self.heap.get(d, ENTRIES).as_obj().unwrap_or(d);
        (self.heap.get(arr, 2 * e), self.heap.get(arr, 2 * e + 1))
    }

    fn dict_find(&mut self, d: u32, key: Value, hash: u64) -> PyResult<Option<usize>> {
        let arr = self.heap.get(d, ENTRIES).as_obj().unwrap_or(d);
        let used = self.dict_used(d);
        match self.heap.get(d, INDEX).as_obj() {
            None => {
                for e in 0..used {
                    let k = self.heap.get(arr, 2 * e);
                    if k == key || (k != Value::DELETED && self.key_eq(k, key)) {
                        return Ok(Some(e));
                    }
                }
                Ok(None)
            }
            Some(idx) => {
                let nslots = self.heap.payload_len(idx) * 2;
                let bits = nslots.trailing_zeros();
                let mut i = slot_of(hash, bits);
                loop {
                    let s = self.index_slot(idx, i);
                    if s == 0 {
                        return Ok(None);
                    }
                    let e = s as usize - 1;
                    let k = self.heap.get(arr, 2 * e);
                    if k == key || (k != Value::DELETED && self.key_eq(k, key)) {
                        return Ok(Some(e));
                    }
                    i = (i + 1) & (nslots - 1);
                }
            }
        }
    }

    fn index_slot(&self, idx: u32, i: usize) -> u32 {
        let w = self.heap.raw(idx, i / 2);
        (w >> ((i % 2) * 32)) as u32
    }

    fn set_index_slot(&mut self, idx: u32, i: usize, s: u32) {
        let w = self.heap.raw(idx, i / 2);
        let shift = (i % 2) * 32;
        let w = (w & !(0xFFFF_FFFFu64 << shift)) | (s as u64) << shift;
        self.heap.set_raw(idx, i / 2, w);
    }

    /// `d[key]` if present.
    pub(crate) fn dict_get(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let off = d.as_obj().unwrap_or(0);
        let h = self.hash(key)?;
        Ok(self
            .dict_find(off, key, h)?
            .map(|e| self.dict_entry(off, e).1))
    }

    /// `d[key] = value`.
    pub(crate) fn dict_set(&mut self, d: Value, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        let off = d.as_obj().unwrap_or(0);
        if let Some(e) = self.dict_find(off, key, h)? {
            let arr = self.heap.get(off, ENTRIES).as_obj().unwrap_or(off);
            self.heap.set(arr, 2 * e + 1, value);
            return Ok(());
        }
        let mut keep = [d, key, value];
        let arr = self.heap.get(off, ENTRIES).as_obj().unwrap_or(off);
        if self.dict_used(off) * 2 >= self.heap.payload_len(arr) {
            self.dict_resize(&mut keep)?;
        }
        let [d, key, value] = keep;
        let off = d.as_obj().unwrap_or(0);
        let arr = self.heap.get(off, ENTRIES).as_obj().unwrap_or(off);
        let e = self.dict_used(off);
        self.heap.set(arr, 2 * e, key);
        self.heap.set(arr, 2 * e + 1, value);
        self.heap.set(off, USED, Value::small_int(e as i64 + 1));
        let len = self.dict_len(off);
        self.heap.set(off, LEN, Value::small_int(len as i64 + 1));
        if let Some(idx) = self.heap.get(off, INDEX).as_obj() {
            self.index_insert(idx, h, e);
        }
        Ok(())
    }

    fn index_insert(&mut self, idx: u32, h: u64, e: usize) {
        let nslots = self.heap.payload_len(idx) * 2;
        let mut i = slot_of(h, nslots.trailing_zeros());
        while self.index_slot(idx, i) != 0 {
            i = (i + 1) & (nslots - 1);
        }
        self.set_index_slot(idx, i, e as u32 + 1);
    }

    /// Rebuilds entries (dropping deleted ones) with room to grow, and the index.
    /// `keep[0]` is the dict; all of `keep` stays valid.
    fn dict_resize(&mut self, keep: &mut [Value]) -> PyResult<()> {
        let off = keep[0].as_obj().unwrap_or(0);
        let live = self.dict_len(off);
        let cap = ((live + 1) * 2).next_power_of_two().max(4);
        let index_words = if cap > LINEAR_MAX { cap } else { 0 };
        self.reserve_rooted(2 * cap + 1 + index_words + 1, keep)?;
        let new = self.alloc_reserved(Kind::Array, 2 * cap)?;
        let off = keep[0].as_obj().unwrap_or(0);
        let old = self.heap.get(off, ENTRIES).as_obj().unwrap_or(off);
        let used = self.dict_used(off);
        let mut n = 0;
        for e in 0..used {
            let k = self.heap.get(old, 2 * e);
            if k != Value::DELETED {
                let v = self.heap.get(old, 2 * e + 1);
                self.heap.set(new, 2 * n, k);
                self.heap.set(new, 2 * n + 1, v);
                n += 1;
            }
        }
        self.heap.set(off, ENTRIES, Value::obj(new));
        self.heap.set(off, USED, Value::small_int(n as i64));
        if index_words == 0 {
            self.heap.set(off, INDEX, Value::NONE);
            return Ok(());
        }
        let idx = self.alloc_reserved(Kind::Index, index_words)?;
        self.heap.set(off, INDEX, Value::obj(idx));
        for e in 0..n {
            let k = self.heap.get(new, 2 * e);
            // Keys already in the dict hashed successfully before.
            let h = self.hash(k).unwrap_or(0);
            self.index_insert(idx, h, e);
        }
        Ok(())
    }

    /// Removes `key`, returning its value if it was present.
    pub(crate) fn dict_remove(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let off = d.as_obj().unwrap_or(0);
        let h = self.hash(key)?;
        let Some(e) = self.dict_find(off, key, h)? else {
            return Ok(None);
        };
        let arr = self.heap.get(off, ENTRIES).as_obj().unwrap_or(off);
        let v = self.heap.get(arr, 2 * e + 1);
        self.heap.set(arr, 2 * e, Value::DELETED);
        self.heap.set(arr, 2 * e + 1, Value::NONE);
        let len = self.dict_len(off);
        self.heap.set(off, LEN, Value::small_int(len as i64 - 1));
        Ok(Some(v))
    }
}

impl Interp {
    /// The entry whose key is the str `name` (linear scan: class and instance
    /// dicts are small, and this avoids allocating a key to look up).
    pub(crate) fn dict_find_str(&self, d: u32, name: &str) -> Option<usize> {
        let arr = self.heap.get(d, ENTRIES).as_obj()?;
        (0..self.dict_used(d)).find(|&e| self.as_str(self.heap.get(arr, 2 * e)) == Some(name))
    }

    /// Overwrites the value of live entry `e`.
    pub(crate) fn dict_set_entry_value(&mut self, d: u32, e: usize, v: Value) {
        if let Some(arr) = self.heap.get(d, ENTRIES).as_obj() {
            self.heap.set(arr, 2 * e + 1, v);
        }
    }
}
