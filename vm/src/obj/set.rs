//! `set` and `frozenset`: an open-addressing hash table laid out and probed
//! exactly like CPython's `setobject.c` (same minimum size, linear probes,
//! perturbation, fill/resize rules and `pop` finger). Iteration walks the
//! table in slot order, so a set of ints prints in the same order as on
//! CPython (`{3, 1, 2}` shows `{1, 2, 3}`), which textbook programs rely on.
//!
//! Payload `[used, fill, keys, hashes, finger]`: `keys` is an `Array` of
//! table slots (`NULL` = never used, `DELETED` = dummy), `hashes` an opaque
//! `Index` with each slot's 64-bit hash, `used` the live entries, `fill`
//! live + dummy slots, `finger` where `pop` resumes.

use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

const USED: usize = 0;
const FILL: usize = 1;
const KEYS: usize = 2;
const HASHES: usize = 3;
const FINGER: usize = 4;
/// Payload words of a set header.
const FIELDS: usize = 5;
const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// CPython's `_shuffle_bits`, used by the order-independent frozenset hash.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

impl Interp {
    /// Whether `v` is a set or frozenset (never, in a VM built without
    /// feature `set`: none can be made, and the set paths fold away).
    #[inline]
    pub(crate) fn is_anyset(&self, v: Value) -> bool {
        cfg!(feature = "set")
            && v.as_obj()
                .is_some_and(|o| matches!(self.heap.kind(o), Kind::Set | Kind::FrozenSet))
    }

    /// An empty set (`Kind::Set`) or frozenset with CPython's minimum table.
    pub(crate) fn new_set(&mut self, kind: Kind) -> PyResult<Value> {
        self.new_set_sized(kind, MIN_SIZE)
    }

    fn new_set_sized(&mut self, kind: Kind, size: usize) -> PyResult<Value> {
        if !cfg!(feature = "set") {
            return Err(self.left_out("set"));
        }
        self.reserve(2 * size + 2 + FIELDS + 1)?;
        let keys = self.alloc_reserved(Kind::Array, size)?;
        for i in 0..size {
            self.heap.set(keys, i, Value::NULL);
        }
        let hashes = self.alloc_reserved(Kind::Index, size)?;
        let s = self.alloc_reserved(kind, FIELDS)?;
        self.heap.set(s, USED, Value::small_int(0));
        self.heap.set(s, FILL, Value::small_int(0));
        self.heap.set(s, KEYS, Value::obj(keys));
        self.heap.set(s, HASHES, Value::obj(hashes));
        self.heap.set(s, FINGER, Value::small_int(0));
        Ok(Value::obj(s))
    }

    /// Number of live elements.
    pub(crate) fn set_len(&self, s: u32) -> usize {
        self.small(self.heap.get(s, USED))
    }

    fn set_keys(&self, s: u32) -> u32 {
        self.heap.get(s, KEYS).as_obj().unwrap_or(s)
    }

    fn set_hashes(&self, s: u32) -> u32 {
        self.heap.get(s, HASHES).as_obj().unwrap_or(s)
    }

    /// Number of table slots (a power of two).
    pub(crate) fn set_slots(&self, s: u32) -> usize {
        self.heap.payload_len(self.set_keys(s))
    }

    /// Key in slot `i` (`NULL` or `DELETED` when the slot holds none).
    pub(crate) fn set_slot(&self, s: u32, i: usize) -> Value {
        self.heap.get(self.set_keys(s), i)
    }

    /// Key and hash of live slot `i`, if `i` is still a live slot (a user
    /// `__eq__` may have changed or resized the set since `i` was listed).
    pub(crate) fn set_live_entry(&self, s: u32, i: usize) -> Option<(Value, u64)> {
        if i >= self.set_slots(s) {
            return None;
        }
        let k = self.set_slot(s, i);
        (k != Value::NULL && k != Value::DELETED).then(|| (k, self.set_slot_hash(s, i)))
    }

    /// Hash stored for slot `i`.
    pub(crate) fn set_slot_hash(&self, s: u32, i: usize) -> u64 {
        self.heap.raw(self.set_hashes(s), i)
    }

    /// Live keys in table order (for operations that allocate while walking).
    pub(crate) fn set_entries(&self, s: u32) -> alloc::vec::Vec<(Value, u64)> {
        (0..self.set_slots(s))
            .filter_map(|i| {
                let k = self.set_slot(s, i);
                (k != Value::NULL && k != Value::DELETED).then(|| (k, self.set_slot_hash(s, i)))
            })
            .collect()
    }

    /// Indices of the live slots, in table order. They stay valid while the
    /// set is not modified, even if it moves.
    pub(crate) fn set_live_slots(&self, s: u32) -> alloc::vec::Vec<usize> {
        (0..self.set_slots(s))
            .filter(|&i| {
                let k = self.set_slot(s, i);
                k != Value::NULL && k != Value::DELETED
            })
            .collect()
    }

    /// The slot holding `key` (whose hash is `hash`), without raising.
    pub(crate) fn set_find(&self, s: u32, key: Value, hash: u64) -> Option<usize> {
        let keys = self.set_keys(s);
        let hashes = self.set_hashes(s);
        let mask = self.heap.payload_len(keys) - 1;
        let mut i = hash as usize & mask;
        let mut perturb = hash;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let k = self.heap.get(keys, j);
                if k == Value::NULL {
                    return None;
                }
                if k != Value::DELETED
                    && self.heap.raw(hashes, j) == hash
                    && (k == key || self.key_eq(k, key))
                {
                    return Some(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The slot holding the key at `stack[base + 1]` (hash `hash`) in the set
    /// at `stack[base]`, comparing user objects with `__eq__` when `io` is
    /// given (by identity otherwise). Restarts if `__eq__` changed the set.
    pub(crate) fn set_lookup(
        &mut self,
        mut io: Option<&mut dyn Board>,
        base: usize,
        hash: u64,
    ) -> PyResult<Option<usize>> {
        'restart: loop {
            let s = self.stack[base].as_obj().unwrap_or(0);
            let mask = self.set_slots(s) - 1;
            let mut i = hash as usize & mask;
            let mut perturb = hash;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in i..=i + probes {
                    let s = self.stack[base].as_obj().unwrap_or(0);
                    let (keys, hashes) = (self.set_keys(s), self.set_hashes(s));
                    let key = self.stack[base + 1];
                    let k = self.heap.get(keys, j);
                    if k == Value::NULL {
                        return Ok(None);
                    }
                    if k == Value::DELETED || self.heap.raw(hashes, j) != hash {
                        continue;
                    }
                    if k == key {
                        return Ok(Some(j));
                    }
                    if !self.needs_user_text(k, 0) && !self.needs_user_text(key, 0) {
                        if self.key_eq(k, key) {
                            return Ok(Some(j));
                        }
                        continue;
                    }
                    let Some(io) = crate::interp::reborrow(&mut io) else {
                        continue;
                    };
                    let state = (self.set_len(s), self.heap.get(s, FILL), mask);
                    self.stack.push(k);
                    let r = self.compare_io(io, crate::bytecode::CmpOp::Eq, k, key);
                    let k = self.stack.pop().unwrap_or(Value::NONE);
                    let eq = r?;
                    let s = self.stack[base].as_obj().unwrap_or(0);
                    let now = (
                        self.set_len(s),
                        self.heap.get(s, FILL),
                        self.set_slots(s) - 1,
                    );
                    if now != state || self.set_slot(s, j) != k {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Some(j));
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
    }

    /// [`Interp::set_lookup`] of `key` in `s`, hashing it first.
    fn set_find_opt(
        &mut self,
        mut io: Option<&mut dyn Board>,
        s: Value,
        key: Value,
    ) -> PyResult<(Option<usize>, u64)> {
        let base = self.stack.len();
        self.stack.extend_from_slice(&[s, key]);
        let r = match self.hash_opt(crate::interp::reborrow(&mut io), key) {
            Ok(h) => self
                .set_lookup(io, base, h)
                .and_then(|f| self.check_nesting().map(|_| (f, h))),
            Err(e) => Err(e),
        };
        self.stack.truncate(base);
        r
    }

    /// The slot of `key` (hash `h`) in set `s`, calling user `__eq__`; also
    /// `key` re-read (the call may have moved it).
    pub(crate) fn set_find_io(
        &mut self,
        io: &mut dyn Board,
        s: Value,
        key: Value,
        h: u64,
    ) -> PyResult<(Option<usize>, Value)> {
        let base = self.stack.len();
        self.stack.extend_from_slice(&[s, key]);
        let r = self.set_lookup(Some(io), base, h);
        let key = self.stack[base + 1];
        self.stack.truncate(base);
        Ok((r?, key))
    }

    /// `set_add_hashed` calling user `__eq__`.
    pub(crate) fn set_add_hashed_io(
        &mut self,
        io: &mut dyn Board,
        s: Value,
        key: Value,
        h: u64,
    ) -> PyResult<()> {
        self.stack.push(s);
        let r = self.set_find_io(io, s, key, h);
        let s = self.stack.pop().unwrap_or(s);
        match r? {
            (Some(_), _) => Ok(()),
            (None, key) => self.set_insert_new(s, key, h),
        }
    }

    /// `key in s`, calling user `__hash__`/`__eq__`.
    pub(crate) fn set_contains_io(
        &mut self,
        io: &mut dyn Board,
        s: Value,
        key: Value,
    ) -> PyResult<bool> {
        Ok(self.set_find_opt(Some(io), s, key)?.0.is_some())
    }

    /// Adds `key` to set `s` (a set or a frozenset under construction), calling
    /// user `__hash__`/`__eq__`: the entry point for set displays and comprehensions.
    pub(crate) fn set_add_io(&mut self, io: &mut dyn Board, s: Value, key: Value) -> PyResult<()> {
        self.set_add_opt(Some(io), s, key)
    }

    fn set_add_opt(&mut self, io: Option<&mut dyn Board>, s: Value, key: Value) -> PyResult<()> {
        let base = self.stack.len();
        self.stack.extend_from_slice(&[s, key]);
        let r = self.set_find_opt(io, s, key);
        let (s, key) = (self.stack[base], self.stack[base + 1]);
        self.stack.truncate(base);
        match r? {
            (Some(_), _) => Ok(()),
            (None, h) => self.set_insert_new(s, key, h),
        }
    }

    /// Inserts `key`, known to be absent, with its hash.
    fn set_insert_new(&mut self, s: Value, key: Value, hash: u64) -> PyResult<()> {
        let off = s.as_obj().unwrap_or(0);
        let keys = self.set_keys(off);
        let hashes = self.set_hashes(off);
        let mask = self.heap.payload_len(keys) - 1;
        let mut i = hash as usize & mask;
        let mut perturb = hash;
        let mut freeslot = None;
        let slot = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let k = self.heap.get(keys, j);
                if k == Value::NULL {
                    break 'search j;
                }
                if k == Value::DELETED && freeslot.is_none() {
                    freeslot = Some(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        };
        let used = self.set_len(off) + 1;
        self.heap.set(off, USED, Value::small_int(used as i64));
        if let Some(f) = freeslot {
            self.heap.set(keys, f, key);
            self.heap.set_raw(hashes, f, hash);
            return Ok(());
        }
        self.heap.set(keys, slot, key);
        self.heap.set_raw(hashes, slot, hash);
        let fill = self.small(self.heap.get(off, FILL)) + 1;
        self.heap.set(off, FILL, Value::small_int(fill as i64));
        if fill * 5 < mask * 3 {
            return Ok(());
        }
        let minused = if used > 50_000 { used * 2 } else { used * 4 };
        let mut keep = [s];
        self.set_resize(&mut keep, minused)
    }

    /// Rebuilds the table of `keep[0]` with more than `minused` slots,
    /// reinserting live keys in table order as CPython does.
    fn set_resize(&mut self, keep: &mut [Value], minused: usize) -> PyResult<()> {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        self.reserve_rooted(2 * size + 2, keep)?;
        let new_keys = self.alloc_reserved(Kind::Array, size)?;
        for i in 0..size {
            self.heap.set(new_keys, i, Value::NULL);
        }
        let new_hashes = self.alloc_reserved(Kind::Index, size)?;
        let off = keep[0].as_obj().unwrap_or(0);
        let mask = size - 1;
        for (k, h) in self.set_entries(off) {
            let mut i = h as usize & mask;
            let mut perturb = h;
            let slot = 'search: loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in i..=i + probes {
                    if self.heap.get(new_keys, j) == Value::NULL {
                        break 'search j;
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            };
            self.heap.set(new_keys, slot, k);
            self.heap.set_raw(new_hashes, slot, h);
        }
        let used = self.set_len(off);
        self.heap.set(off, KEYS, Value::obj(new_keys));
        self.heap.set(off, HASHES, Value::obj(new_hashes));
        self.heap.set(off, FILL, Value::small_int(used as i64));
        Ok(())
    }

    /// Removes `key` calling user `__hash__`/`__eq__`; whether it was present.
    pub(crate) fn set_discard_io(
        &mut self,
        io: &mut dyn Board,
        s: Value,
        key: Value,
    ) -> PyResult<bool> {
        self.set_discard_opt(Some(io), s, key)
    }

    fn set_discard_opt(
        &mut self,
        io: Option<&mut dyn Board>,
        s: Value,
        key: Value,
    ) -> PyResult<bool> {
        self.stack.push(s);
        let r = self.set_find_opt(io, s, key);
        let s = self.stack.pop().unwrap_or(s);
        let Some(slot) = r?.0 else {
            return Ok(false);
        };
        self.set_remove_slot(s.as_obj().unwrap_or(0), slot);
        Ok(true)
    }

    /// Turns live slot `slot` into a dummy.
    pub(crate) fn set_remove_slot(&mut self, off: u32, slot: usize) {
        let keys = self.set_keys(off);
        self.heap.set(keys, slot, Value::DELETED);
        let used = self.set_len(off) - 1;
        self.heap.set(off, USED, Value::small_int(used as i64));
    }

    /// `set.pop()`: the element at or after the finger, as CPython picks it.
    pub(crate) fn set_pop(&mut self, s: Value) -> Option<Value> {
        let off = s.as_obj()?;
        if self.set_len(off) == 0 {
            return None;
        }
        let mask = self.set_slots(off) - 1;
        let mut i = self.small(self.heap.get(off, FINGER)) & mask;
        loop {
            let k = self.set_slot(off, i);
            if k != Value::NULL && k != Value::DELETED {
                self.set_remove_slot(off, i);
                self.heap
                    .set(off, FINGER, Value::small_int(((i + 1) & mask) as i64));
                return Some(k);
            }
            i = (i + 1) & mask;
        }
    }

    /// Empties the set (back to the minimum table).
    pub(crate) fn set_clear(&mut self, s: Value) -> PyResult<()> {
        self.stack.push(s);
        let f = self.new_set(Kind::Set);
        let s = self.stack.pop().unwrap_or(Value::NONE);
        let f = f?;
        let (off, foff) = (s.as_obj().unwrap_or(0), f.as_obj().unwrap_or(0));
        for i in 0..FIELDS {
            let v = self.heap.get(foff, i);
            self.heap.set(off, i, v);
        }
        Ok(())
    }

    /// Adds every element of set `other` to `s` (CPython's `set_merge`,
    /// including its presizing and same-size table copy, so orders match).
    pub(crate) fn set_merge(&mut self, io: &mut dyn Board, s: Value, other: Value) -> PyResult<()> {
        let (off, ooff) = (s.as_obj().unwrap_or(0), other.as_obj().unwrap_or(0));
        let other_used = self.set_len(ooff);
        if other_used == 0 || off == ooff {
            return Ok(());
        }
        let base = self.stack.len();
        self.stack.push(s);
        self.stack.push(other);
        let r = self.set_merge_rooted(io, base, other_used);
        self.stack.truncate(base);
        r
    }

    fn set_merge_rooted(
        &mut self,
        io: &mut dyn Board,
        base: usize,
        other_used: usize,
    ) -> PyResult<()> {
        let off = self.stack[base].as_obj().unwrap_or(0);
        let fill = self.small(self.heap.get(off, FILL));
        let mask = self.set_slots(off) - 1;
        if (fill + other_used) * 5 >= mask * 3 {
            let mut keep = [self.stack[base]];
            let used = self.set_len(off);
            self.set_resize(&mut keep, (used + other_used) * 2)?;
            self.stack[base] = keep[0];
        }
        let off = self.stack[base].as_obj().unwrap_or(0);
        let ooff = self.stack[base + 1].as_obj().unwrap_or(0);
        let ofill = self.small(self.heap.get(ooff, FILL));
        let same_size = self.set_slots(off) == self.set_slots(ooff);
        if self.small(self.heap.get(off, FILL)) == 0 && same_size && ofill == other_used {
            let n = self.set_slots(off);
            let (k, h) = (self.set_keys(off), self.set_hashes(off));
            let (ok, oh) = (self.set_keys(ooff), self.set_hashes(ooff));
            self.heap.copy_words(ok, 0, k, 0, n);
            self.heap.copy_words(oh, 0, h, 0, n);
            self.heap
                .set(off, USED, Value::small_int(other_used as i64));
            self.heap
                .set(off, FILL, Value::small_int(other_used as i64));
            return Ok(());
        }
        for slot in self.set_live_slots(ooff) {
            let ooff = self.stack[base + 1].as_obj().unwrap_or(0);
            let Some((k, h)) = self.set_live_entry(ooff, slot) else {
                continue;
            };
            let s = self.stack[base];
            self.set_add_hashed_io(io, s, k, h)?;
        }
        Ok(())
    }

    /// Adds every element of `src` (any iterable) to `s`.
    pub(crate) fn set_update(&mut self, io: &mut dyn Board, s: Value, src: Value) -> PyResult<()> {
        if self.is_anyset(src) {
            return self.set_merge(io, s, src);
        }
        let base = self.stack.len();
        self.stack.push(s);
        let r = self.set_update_iter(io, base, src);
        self.stack.truncate(base);
        r
    }

    fn set_update_iter(&mut self, io: &mut dyn Board, base: usize, src: Value) -> PyResult<()> {
        let n = self.push_iterable(io, src)?;
        for i in 0..n {
            let (s, k) = (self.stack[base], self.stack[base + 1 + i]);
            self.set_add_io(io, s, k)?;
        }
        Ok(())
    }

    /// A new set (of `kind`) holding the elements of `src` (any iterable or none).
    pub(crate) fn set_from(
        &mut self,
        io: &mut dyn Board,
        kind: Kind,
        src: Option<Value>,
    ) -> PyResult<Value> {
        let base = self.stack.len();
        if let Some(v) = src {
            self.stack.push(v);
        }
        let s = self.new_set(kind);
        let r = s.and_then(|s| {
            self.stack.push(s);
            match src {
                Some(_) => {
                    let v = self.stack[base];
                    self.set_update(io, s, v).map(|_| self.stack[base + 1])
                }
                None => Ok(s),
            }
        });
        self.stack.truncate(base);
        r
    }

    /// A set of the top `n` stack items (which are popped), added in order.
    pub(crate) fn set_from_stack(&mut self, io: &mut dyn Board, n: usize) -> PyResult<Value> {
        let start = self.stack.len() - n;
        let s = self.new_set(Kind::Set)?;
        self.stack.push(s);
        for i in 0..n {
            let (s, k) = (self.stack[start + n], self.stack[start + i]);
            if let Err(e) = self.set_add_io(io, s, k) {
                self.stack.truncate(start);
                return Err(e);
            }
        }
        let s = self.stack[start + n];
        self.stack.truncate(start);
        Ok(s)
    }

    /// CPython's frozenset hash: order independent, over the stored hashes.
    pub(crate) fn frozenset_hash(&self, off: u32) -> u64 {
        let mut h: u64 = 0;
        let entries = self.set_entries(off);
        for (_, eh) in &entries {
            h ^= shuffle_bits(*eh);
        }
        h ^= (entries.len() as u64 + 1).wrapping_mul(1_927_868_237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
        if h == u64::MAX {
            590_923_713
        } else {
            h
        }
    }

    /// Whether every element of `x` is in `y` (both sets), comparing user
    /// objects with `__eq__`.
    pub(crate) fn set_subset_io(
        &mut self,
        io: &mut dyn Board,
        x: Value,
        y: Value,
    ) -> PyResult<bool> {
        let (xo, yo) = (x.as_obj().unwrap_or(0), y.as_obj().unwrap_or(0));
        if self.set_len(xo) > self.set_len(yo) {
            return Ok(false);
        }
        let base = self.stack.len();
        self.stack.extend_from_slice(&[x, y]);
        let mut r = Ok(true);
        for slot in self.set_live_slots(xo) {
            let xo = self.stack[base].as_obj().unwrap_or(0);
            let Some((k, h)) = self.set_live_entry(xo, slot) else {
                continue;
            };
            match self.set_find_io(io, self.stack[base + 1], k, h) {
                Ok((Some(_), _)) => {}
                Ok((None, _)) => {
                    r = Ok(false);
                    break;
                }
                Err(e) => {
                    r = Err(e);
                    break;
                }
            }
        }
        self.stack.truncate(base);
        r
    }

    /// Set equality (same size and every element of one is in the other).
    pub(crate) fn set_eq(&self, x: u32, y: u32) -> bool {
        self.set_len(x) == self.set_len(y) && self.set_subset(x, y)
    }

    /// Whether every element of `x` is in `y`.
    pub(crate) fn set_subset(&self, x: u32, y: u32) -> bool {
        self.set_len(x) <= self.set_len(y)
            && self
                .set_entries(x)
                .into_iter()
                .all(|(k, h)| self.set_find(y, k, h).is_some())
    }

    /// An iterator over set `s`: `[set, slot]`.
    pub(crate) fn new_set_iter(&mut self, s: Value) -> PyResult<Value> {
        let mut keep = [s];
        self.reserve_rooted(3, &mut keep)?;
        let off = self.alloc_reserved(Kind::SetIter, 3)?;
        let len = keep[0].as_obj().map_or(0, |s| self.set_len(s));
        self.heap.set(off, 0, keep[0]);
        self.heap.set(off, 1, Value::small_int(0));
        // The set's size when iteration began: a change is an error.
        self.heap.set(off, 2, Value::small_int(len as i64));
        Ok(Value::obj(off))
    }

    /// Next element of a set iterator, `None` at the end, `RuntimeError`
    /// if the set changed size since iteration began (as CPython).
    pub(crate) fn set_iter_next(&mut self, it: u32) -> PyResult<Option<Value>> {
        let Some(s) = self.heap.get(it, 0).as_obj() else {
            return Ok(None);
        };
        if self.heap.get(it, 2).as_small_int() != Some(self.set_len(s) as i64) {
            self.heap.set(it, 2, Value::small_int(-1));
            return Err(self.raise(TypeId::RuntimeError, "Set changed size during iteration"));
        }
        let n = self.set_slots(s);
        let mut i = self.small(self.heap.get(it, 1));
        while i < n {
            let k = self.set_slot(s, i);
            i += 1;
            if k != Value::NULL && k != Value::DELETED {
                self.heap.set(it, 1, Value::small_int(i as i64));
                return Ok(Some(k));
            }
        }
        self.heap.set(it, 1, Value::small_int(i as i64));
        Ok(None)
    }
}
