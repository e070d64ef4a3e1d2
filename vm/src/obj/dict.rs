//! `dict`: insertion-ordered hash map.
//!
//! Payload `[len, used, entries, index]`: `entries` is an `Array` of
//! key/value/hash triples in insertion order (deleted keys become `DELETED`;
//! the hash is kept, truncated to a small int, so lookups compare hashes
//! before calling a user `__eq__` and resizing never re-runs `__hash__`), `used`
//! counts filled pairs, `len` the live ones. Dicts of up to eight entries
//! are scanned linearly; bigger ones get an open-addressing `Index` of `u32`
//! slots (entry + 1, 0 = empty) at most half full, probed linearly from the
//! top bits of a Fibonacci-multiplied hash.

use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

const LEN: usize = 0;
const USED: usize = 1;
const ENTRIES: usize = 2;
const INDEX: usize = 3;
const LINEAR_MAX: usize = 8;
/// Words per entry: key, value, hash.
const STRIDE: usize = 3;

/// Flag byte of a `collections.defaultdict` (a dict with a fifth payload
/// word, [`FACTORY`]). Flavoured dicts are dicts in every other respect.
pub(crate) const DEFAULTDICT: u8 = 1;
/// Flag byte of a `collections.Counter`.
pub(crate) const COUNTER: u8 = 2;
/// Flag byte of a `collections.OrderedDict`.
pub(crate) const ORDERED: u8 = 3;
/// A defaultdict's `default_factory`.
pub(crate) const FACTORY: usize = 4;

/// The hash bits a dict stores (they fit a non-negative small int).
const HASH_MASK: u64 = (1 << 46) - 1;

/// The stored form of a hash.
fn short_hash(h: u64) -> Value {
    Value::small_int((h & HASH_MASK) as i64)
}

/// Index slot of a hash: only the stored (truncated) bits count, so a
/// rebuilt index places keys where lookups probe.
fn slot_of(hash: u64, bits: u32) -> usize {
    ((hash & HASH_MASK).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

impl Interp {
    /// An empty dict with room for `cap` entries.
    pub(crate) fn new_dict(&mut self, cap: usize) -> PyResult<Value> {
        let cap = cap.max(4);
        self.reserve(STRIDE * cap + 1 + 5)?;
        let e = self.alloc_reserved(Kind::Array, STRIDE * cap)?;
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
        self.reserve(STRIDE * 4 + 1 + 6)?;
        let e = self.alloc_reserved(Kind::Array, STRIDE * 4)?;
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
            Some(o) if self.heap.kind(o) == Kind::Dict => self.dict_flavor_at(o),
            _ => 0,
        }
    }

    /// [`Interp::dict_flavor`] of the dict at `off`: always 0 in a VM built
    /// without feature `collections` (nothing there makes a flavoured
    /// dict), so their paths fold away.
    #[inline]
    pub(crate) fn dict_flavor_at(&self, off: u32) -> u8 {
        if cfg!(feature = "collections") {
            self.heap.flags(off)
        } else {
            0
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
        (
            self.heap.get(arr, STRIDE * e),
            self.heap.get(arr, STRIDE * e + 1),
        )
    }

    /// The entry holding the key at `stack[base + 1]` (hash `hash`) in the
    /// dict at `stack[base]`. A user key (or a stored user key with the same
    /// hash) is compared with `__eq__` when `io` is given, by identity
    /// otherwise; the probe restarts if that Python code mutated the dict,
    /// as CPython's does.
    fn dict_lookup(
        &mut self,
        mut io: Option<&mut dyn Board>,
        base: usize,
        hash: u64,
    ) -> PyResult<Option<usize>> {
        let sh = short_hash(hash);
        'restart: loop {
            let d = self.stack[base].as_obj().unwrap_or(0);
            let arr = self.heap.get(d, ENTRIES).as_obj().unwrap_or(d);
            let used = self.dict_used(d);
            let idx = self.heap.get(d, INDEX).as_obj();
            let nslots = idx.map_or(0, |i| self.heap.payload_len(i) * 2);
            // Linear: `cur` is the entry; indexed: `cur` is the slot.
            let mut cur = match idx {
                None => 0,
                Some(_) => slot_of(hash, nslots.trailing_zeros()),
            };
            loop {
                let d = self.stack[base].as_obj().unwrap_or(0);
                let arr = self.heap.get(d, ENTRIES).as_obj().unwrap_or(arr);
                let idx_now = self.heap.get(d, INDEX).as_obj();
                if self.dict_used(d) != used
                    || idx_now.map_or(0, |i| self.heap.payload_len(i) * 2) != nslots
                {
                    // Python code (a user `__eq__`) rebuilt the table.
                    continue 'restart;
                }
                let e = match idx_now {
                    None => {
                        if cur >= used {
                            return Ok(None);
                        }
                        cur += 1;
                        cur - 1
                    }
                    Some(idx) => {
                        let s = self.index_slot(idx, cur);
                        if s == 0 {
                            return Ok(None);
                        }
                        cur = (cur + 1) & (nslots - 1);
                        s as usize - 1
                    }
                };
                let key = self.stack[base + 1];
                let k = self.heap.get(arr, STRIDE * e);
                if k == key {
                    return Ok(Some(e));
                }
                if k == Value::DELETED || self.heap.get(arr, STRIDE * e + 2) != sh {
                    continue;
                }
                if !self.needs_user_text(k, 0) && !self.needs_user_text(key, 0) {
                    if self.key_eq(k, key) {
                        return Ok(Some(e));
                    }
                    continue;
                }
                let Some(io) = crate::interp::reborrow(&mut io) else {
                    continue;
                };
                let (len0, used0) = (self.dict_len(d), used);
                self.stack.push(k);
                let r = self.compare_io(io, crate::bytecode::CmpOp::Eq, k, key);
                let k = self.stack.pop().unwrap_or(Value::NONE);
                let eq = r?;
                let d = self.stack[base].as_obj().unwrap_or(0);
                let arr = self.heap.get(d, ENTRIES).as_obj().unwrap_or(d);
                let same = self.dict_used(d) == used0
                    && self.dict_len(d) == len0
                    && e < used0
                    && self.heap.get(arr, STRIDE * e) == k;
                if !same {
                    continue 'restart;
                }
                if eq {
                    return Ok(Some(e));
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

    /// `d[key]` if present (user keys compare by identity; see [`Interp::dict_get_io`]).
    pub(crate) fn dict_get(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        self.dict_get_opt(None, d, key)
    }

    /// `d[key]` if present, calling user `__hash__`/`__eq__`.
    pub(crate) fn dict_get_io(
        &mut self,
        io: &mut dyn Board,
        d: Value,
        key: Value,
    ) -> PyResult<Option<Value>> {
        self.dict_get_opt(Some(io), d, key)
    }

    /// The entry of the key at `stack[base + 1]` in the dict at
    /// `stack[base]` (both kept there by the caller), hashing the key first.
    fn dict_probe(
        &mut self,
        mut io: Option<&mut dyn Board>,
        base: usize,
    ) -> PyResult<Option<usize>> {
        let key = self.stack[base + 1];
        let h = self.hash_opt(crate::interp::reborrow(&mut io), key)?;
        self.dict_lookup(io, base, h)
    }

    fn dict_get_opt(
        &mut self,
        io: Option<&mut dyn Board>,
        d: Value,
        key: Value,
    ) -> PyResult<Option<Value>> {
        let base = self.stack.len();
        self.stack.extend_from_slice(&[d, key]);
        let r = self.dict_probe(io, base);
        let off = self.stack[base].as_obj().unwrap_or(0);
        self.stack.truncate(base);
        Ok(r?.map(|e| self.dict_entry(off, e).1))
    }

    /// `d[key] = value` (user keys compare by identity; see [`Interp::dict_set_io`]).
    pub(crate) fn dict_set(&mut self, d: Value, key: Value, value: Value) -> PyResult<()> {
        self.dict_set_opt(None, d, key, value)
    }

    /// `d[key] = value`, calling user `__hash__`/`__eq__`.
    pub(crate) fn dict_set_io(
        &mut self,
        io: &mut dyn Board,
        d: Value,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        self.dict_set_opt(Some(io), d, key, value)
    }

    fn dict_set_opt(
        &mut self,
        io: Option<&mut dyn Board>,
        d: Value,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let base = self.stack.len();
        self.stack.extend_from_slice(&[d, key, value]);
        let r = self.dict_set_rooted(io, base);
        self.stack.truncate(base);
        r
    }

    fn dict_set_rooted(&mut self, mut io: Option<&mut dyn Board>, base: usize) -> PyResult<()> {
        let h = self.hash_opt(crate::interp::reborrow(&mut io), self.stack[base + 1])?;
        let found = self.dict_lookup(io, base, h)?;
        let keep = [self.stack[base], self.stack[base + 1], self.stack[base + 2]];
        self.dict_store(found, h, keep)
    }

    /// Stores `keep = [d, key, value]` at entry `found` or appends it.
    fn dict_store(&mut self, found: Option<usize>, h: u64, keep: [Value; 3]) -> PyResult<()> {
        let [d, _, value] = keep;
        let off = d.as_obj().unwrap_or(0);
        if let Some(e) = found {
            let arr = self.heap.get(off, ENTRIES).as_obj().unwrap_or(off);
            self.heap.set(arr, STRIDE * e + 1, value);
            return Ok(());
        }
        let mut keep = keep;
        let arr = self.heap.get(off, ENTRIES).as_obj().unwrap_or(off);
        if self.dict_used(off) * STRIDE >= self.heap.payload_len(arr) {
            self.dict_resize(&mut keep)?;
        }
        let [d, key, value] = keep;
        let off = d.as_obj().unwrap_or(0);
        let arr = self.heap.get(off, ENTRIES).as_obj().unwrap_or(off);
        let e = self.dict_used(off);
        self.heap.set(arr, STRIDE * e, key);
        self.heap.set(arr, STRIDE * e + 1, value);
        self.heap.set(arr, STRIDE * e + 2, short_hash(h));
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
        self.reserve_rooted(STRIDE * cap + 1 + index_words + 1, keep)?;
        let new = self.alloc_reserved(Kind::Array, STRIDE * cap)?;
        let off = keep[0].as_obj().unwrap_or(0);
        let old = self.heap.get(off, ENTRIES).as_obj().unwrap_or(off);
        let used = self.dict_used(off);
        let mut n = 0;
        for e in 0..used {
            let k = self.heap.get(old, STRIDE * e);
            if k != Value::DELETED {
                for w in 0..STRIDE {
                    let v = self.heap.get(old, STRIDE * e + w);
                    self.heap.set(new, STRIDE * n + w, v);
                }
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
            // The stored hash: user `__hash__` methods do not run again.
            let h = self
                .heap
                .get(new, STRIDE * e + 2)
                .as_small_int()
                .unwrap_or(0);
            self.index_insert(idx, h as u64, e);
        }
        Ok(())
    }

    /// Removes `key`, returning its value if it was present (user keys by identity).
    pub(crate) fn dict_remove(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        self.dict_remove_opt(None, d, key)
    }

    /// Removes `key`, calling user `__hash__`/`__eq__`.
    pub(crate) fn dict_remove_io(
        &mut self,
        io: &mut dyn Board,
        d: Value,
        key: Value,
    ) -> PyResult<Option<Value>> {
        self.dict_remove_opt(Some(io), d, key)
    }

    fn dict_remove_opt(
        &mut self,
        io: Option<&mut dyn Board>,
        d: Value,
        key: Value,
    ) -> PyResult<Option<Value>> {
        let base = self.stack.len();
        self.stack.extend_from_slice(&[d, key]);
        let r = self.dict_probe(io, base);
        let d = self.stack[base];
        self.stack.truncate(base);
        let Some(e) = r? else {
            return Ok(None);
        };
        let off = d.as_obj().unwrap_or(0);
        let arr = self.heap.get(off, ENTRIES).as_obj().unwrap_or(off);
        let v = self.heap.get(arr, STRIDE * e + 1);
        self.heap.set(arr, STRIDE * e, Value::DELETED);
        self.heap.set(arr, STRIDE * e + 1, Value::NONE);
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
        (0..self.dict_used(d)).find(|&e| self.as_str(self.heap.get(arr, STRIDE * e)) == Some(name))
    }

    /// Overwrites the value of live entry `e`.
    pub(crate) fn dict_set_entry_value(&mut self, d: u32, e: usize, v: Value) {
        if let Some(arr) = self.heap.get(d, ENTRIES).as_obj() {
            self.heap.set(arr, STRIDE * e + 1, v);
        }
    }
}
