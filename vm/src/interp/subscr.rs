//! `obj[key]`, `obj[key] = v`, `del obj[key]`, slices, and pushing iterables.

use super::{Interp, PyResult};
use crate::hal::Board;
use crate::heap::Kind;
use crate::types::TypeId;
use crate::value::Value;

/// Resolved `slice.indices(len)`: start, step and item count.
#[derive(Clone, Copy)]
pub(crate) struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    /// The `k`th selected index.
    pub(crate) fn at(self, k: usize) -> usize {
        (self.start + self.step * k as i64) as usize
    }
}

impl Interp {
    /// A slice object.
    pub(crate) fn new_slice(&mut self, start: Value, stop: Value, step: Value) -> PyResult<Value> {
        let mut keep = [start, stop, step];
        self.reserve_rooted(4, &mut keep)?;
        let off = self.alloc_reserved(Kind::Slice, 3)?;
        for (i, v) in keep.iter().enumerate() {
            self.heap.set(off, i, *v);
        }
        Ok(Value::obj(off))
    }

    /// The indices slice object `off` selects from a sequence of `len` items.
    pub(crate) fn slice_indices(&mut self, off: u32, len: usize) -> PyResult<SliceIdx> {
        let len = len as i64;
        let get = |me: &mut Interp, i: usize| -> PyResult<Option<i64>> {
            let v = me.heap.get(off, i);
            if v.is_none() {
                return Ok(None);
            }
            // `seq[MyInt(0):MyInt(2)]`: an int subclass is its value.
            let v = match me.base_value(v) {
                Some(x) if me.is_int(x) => x,
                _ => v,
            };
            match me.to_i64(v) {
                Some(x) if me.is_int(v) => Ok(Some(x)),
                _ if me.is_int(v) => {
                    Ok(Some(if me.to_bigint(v).is_some_and(|b| b.is_negative()) {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }))
                }
                _ => Err(me.raise(
                    TypeId::TypeError,
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = get(self, 2)?.unwrap_or(1);
        if step == 0 {
            return Err(self.raise(TypeId::ValueError, "slice step cannot be zero"));
        }
        let adjust = |x: i64| -> i64 {
            if x < 0 {
                let x = x.saturating_add(len);
                if x < 0 {
                    if step < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x
                }
            } else if x >= len {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            } else {
                x
            }
        };
        let start = adjust(get(self, 0)?.unwrap_or(if step < 0 { i64::MAX / 2 } else { 0 }));
        let stop =
            adjust(get(self, 1)?.unwrap_or(if step < 0 { i64::MIN / 2 } else { i64::MAX / 2 }));
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIdx {
            start,
            stop,
            step,
            len: n as usize,
        })
    }

    /// Normalises an index for a sequence of `len` items, or raises
    /// `IndexError: {what} index out of range` / `TypeError`.
    pub(crate) fn seq_index(
        &mut self,
        key: Value,
        len: usize,
        what: &str,
        container: Value,
    ) -> PyResult<usize> {
        let i = self.seq_index_i64(key, len as i64, what, container)?;
        Ok(i as usize)
    }

    /// [`Self::seq_index`] for lengths beyond `usize` (a range on a 32-bit MCU).
    fn seq_index_i64(
        &mut self,
        key: Value,
        len: i64,
        what: &str,
        container: Value,
    ) -> PyResult<i64> {
        // `seq[MyInt(1)]`: an int subclass indexes by its value.
        let key = match self.base_value(key) {
            Some(x) if self.is_int(x) => x,
            _ => key,
        };
        if !self.is_int(key) {
            let kn = self.type_name(key);
            let msg = if what == "string" {
                alloc::format!("string indices must be integers, not '{kn}'")
            } else {
                let cn = self.type_name(container);
                alloc::format!("{cn} indices must be integers or slices, not {kn}")
            };
            return Err(self.raise_string(TypeId::TypeError, msg));
        }
        let i = self.to_i64(key).unwrap_or(i64::MAX);
        let i = if i < 0 { i.saturating_add(len) } else { i };
        if i < 0 || i >= len {
            return Err(self.raise_string(
                TypeId::IndexError,
                if what.is_empty() {
                    "index out of range".into()
                } else {
                    alloc::format!("{what} index out of range")
                },
            ));
        }
        Ok(i)
    }

    pub(crate) fn slice_of(&self, key: Value) -> Option<u32> {
        key.as_obj().filter(|o| self.heap.kind(*o) == Kind::Slice)
    }

    /// `obj[key]`.
    pub(crate) fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if let Some(items) = self.items(obj) {
            let is_list = self.is_list(obj);
            if let Some(s) = self.slice_of(key) {
                let idx = self.slice_indices(s, items.len)?;
                let items = self.items(obj).unwrap_or(items);
                let picked: alloc::vec::Vec<Value> =
                    (0..idx.len).map(|k| self.item(items, idx.at(k))).collect();
                return if is_list {
                    self.list_of(&picked)
                } else {
                    self.new_tuple_of(&picked)
                };
            }
            let what = match self.type_of(obj) {
                TypeId::List => "list",
                TypeId::Deque => "deque",
                _ => "tuple",
            };
            let i = self.seq_index(key, items.len, what, obj)?;
            return Ok(self.item(items, i));
        }
        let Some(off) = obj.as_obj() else {
            return Err(self.not_subscriptable(obj));
        };
        match self.heap.kind(off) {
            Kind::ByteArray => {
                let data = self.bytes_like(obj).unwrap_or(&[]).to_vec();
                if let Some(s) = self.slice_of(key) {
                    let idx = self.slice_indices(s, data.len())?;
                    let out: alloc::vec::Vec<u8> = (0..idx.len).map(|k| data[idx.at(k)]).collect();
                    return self.new_bytearray(&out);
                }
                let i = self.seq_index(key, data.len(), "bytearray", obj)?;
                Ok(Value::small_int(data[i] as i64))
            }
            Kind::Bytes => {
                let n = self.bytes_at(off).len();
                if let Some(s) = self.slice_of(key) {
                    let idx = self.slice_indices(s, n)?;
                    let data = self.bytes_at(off);
                    let out: alloc::vec::Vec<u8> = (0..idx.len).map(|k| data[idx.at(k)]).collect();
                    return self.new_bytes(&out);
                }
                let i = self.seq_index(key, n, "", obj)?;
                Ok(Value::small_int(self.bytes_at(off)[i] as i64))
            }
            Kind::Str => {
                let n = self.str_char_len(off);
                if let Some(s) = self.slice_of(key) {
                    let idx = self.slice_indices(s, n)?;
                    let text = self.str_at(off);
                    let out: alloc::string::String = if self.str_is_ascii(off) {
                        (0..idx.len)
                            .map(|k| text.as_bytes()[idx.at(k)] as char)
                            .collect()
                    } else {
                        let chars: alloc::vec::Vec<char> = text.chars().collect();
                        (0..idx.len).map(|k| chars[idx.at(k)]).collect()
                    };
                    return self.new_str(&out);
                }
                let i = self.seq_index(key, n, "string", obj)?;
                self.str_char(off, i)
            }
            Kind::Dict => match self.dict_get(obj, key)? {
                Some(v) => Ok(v),
                None => Err(self.raise_with(TypeId::KeyError, key)),
            },
            Kind::Range => {
                let (a, b, c) = self.range_parts(off);
                let n = crate::obj::range::range_len(a, b, c);
                if let Some(s) = self.slice_of(key) {
                    let Ok(n) = usize::try_from(n) else {
                        return Err(self.raise(
                            TypeId::OverflowError,
                            "Python int too large to convert to C ssize_t",
                        ));
                    };
                    let idx = self.slice_indices(s, n)?;
                    // CPython maps the adjusted slice bounds through the range.
                    return self.new_range(a + c * idx.start, a + c * idx.stop, c * idx.step);
                }
                let i = self.seq_index_i64(key, n, "range object", obj)?;
                Ok(Value::small_int(a + c * i))
            }
            Kind::Native if self.memoryview_parts(obj).is_some() => {
                self.memoryview_getitem(obj, key)
            }
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    #[cold]
    fn not_subscriptable(&mut self, obj: Value) -> super::Thrown {
        let name = self.type_name(obj);
        self.raise_string(
            TypeId::TypeError,
            alloc::format!("'{name}' object is not subscriptable"),
        )
    }

    /// `obj[key] = value`.
    pub(crate) fn setitem(
        &mut self,
        io: &mut dyn Board,
        obj: Value,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        if self.memoryview_parts(obj).is_some() {
            return self.memoryview_setitem(obj, key, value);
        }
        if self.type_of(obj) == TypeId::ByteArray {
            return crate::builtins::bytearray_setitem(self, obj, key, value);
        }
        if self.type_of(obj) == TypeId::Deque {
            let items = self.items(obj).unwrap_or(crate::obj::seq::Items {
                store: 0,
                from: 0,
                len: 0,
            });
            let i = self.seq_index(key, items.len, "deque assignment", obj)?;
            self.heap.set(items.store, items.from + i, value);
            return Ok(());
        }
        if self.is_list(obj) {
            if let Some(slice) = self.slice_of(key) {
                return self.list_assign_slice(io, obj, slice, value);
            }
            let items = self.items(obj).unwrap_or(crate::obj::seq::Items {
                store: 0,
                from: 0,
                len: 0,
            });
            let i = self.seq_index(key, items.len, "list assignment", obj)?;
            self.heap.set(items.store, items.from + i, value);
            return Ok(());
        }
        if self.is_dict(obj) {
            return self.dict_set(obj, key, value);
        }
        let name = self.type_name(obj);
        Err(self.raise_string(
            TypeId::TypeError,
            alloc::format!("'{name}' object does not support item assignment"),
        ))
    }

    /// `del obj[key]`.
    pub(crate) fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if self.is_list(obj) {
            if let Some(s) = self.slice_of(key) {
                return self.list_delete_slice(obj, s);
            }
            let items = self.items(obj).unwrap_or(crate::obj::seq::Items {
                store: 0,
                from: 0,
                len: 0,
            });
            let i = self.seq_index(key, items.len, "list assignment", obj)?;
            self.list_remove_at(obj, i);
            return Ok(());
        }
        if self.is_dict(obj) {
            return match self.dict_remove(obj, key)? {
                Some(_) => Ok(()),
                None if self.dict_flavor(obj) == crate::obj::dict::COUNTER => Ok(()),
                None => Err(self.raise_with(TypeId::KeyError, key)),
            };
        }
        if self.obj_of(obj, Kind::ByteArray).is_some() {
            let mut d = self.bytes_like(obj).unwrap_or(&[]).to_vec();
            if let Some(s) = self.slice_of(key) {
                let idx = self.slice_indices(s, d.len())?;
                let mut drop = alloc::vec![false; d.len()];
                for k in 0..idx.len {
                    drop[idx.at(k)] = true;
                }
                let mut i = 0;
                d.retain(|_| {
                    i += 1;
                    !drop[i - 1]
                });
            } else {
                let i = self.seq_index(key, d.len(), "bytearray", obj)?;
                d.remove(i);
            }
            return self.bytearray_set(obj, &d);
        }
        let name = self.type_name(obj);
        Err(self.raise_string(
            TypeId::TypeError,
            alloc::format!("'{name}' object doesn't support item deletion"),
        ))
    }

    /// `del l[slice]`: keeps the items the slice does not select, in order
    /// (no allocation, so nothing moves).
    /// `l[a:b:c] = iterable`: a plain slice is replaced by any number of
    /// items; an extended slice needs exactly as many items as it selects.
    fn list_assign_slice(
        &mut self,
        io: &mut dyn Board,
        l: Value,
        slice: u32,
        value: Value,
    ) -> PyResult<()> {
        let sp = self.stack.len();
        self.stack.push(l);
        self.stack.push(Value::obj(slice));
        let r = self.list_assign_slice_rooted(io, sp, value);
        self.stack.truncate(sp);
        r
    }

    /// [`Self::list_assign_slice`] with the list at `stack[sp]` and the
    /// slice at `stack[sp + 1]`, everything else pushed above them.
    fn list_assign_slice_rooted(
        &mut self,
        io: &mut dyn Board,
        sp: usize,
        value: Value,
    ) -> PyResult<()> {
        // The new items first (this may run Python code, or be the list itself).
        if !self.is_user_obj(value) && !self.is_iterable(value) {
            return Err(self.raise(TypeId::TypeError, "can only assign an iterable"));
        }
        let n = self.push_iterable(io, value)?;
        let first = sp + 2;
        let len = self.items(self.stack[sp]).map_or(0, |it| it.len);
        let slice = self.stack[sp + 1].as_obj().unwrap_or(0);
        let idx = self.slice_indices(slice, len)?;
        if idx.step != 1 {
            if n != idx.len {
                return Err(self.raise_string(
                    TypeId::ValueError,
                    alloc::format!(
                        "attempt to assign sequence of size {n} to extended slice of size {}",
                        idx.len
                    ),
                ));
            }
            let Some(items) = self.items(self.stack[sp]) else {
                return Ok(());
            };
            for k in 0..n {
                let v = self.stack[first + k];
                self.heap.set(items.store, items.from + idx.at(k), v);
            }
            return Ok(());
        }
        // Lay the whole new content out on the stack (rooted), then refill.
        let start = (idx.start.max(0) as usize).min(len);
        let after = start + idx.len;
        let region = self.stack.len();
        for i in 0..start {
            let Some(items) = self.items(self.stack[sp]) else {
                return Ok(());
            };
            self.stack.push(self.item(items, i));
        }
        for k in 0..n {
            self.stack.push(self.stack[first + k]);
        }
        for i in after..len {
            let Some(items) = self.items(self.stack[sp]) else {
                return Ok(());
            };
            self.stack.push(self.item(items, i));
        }
        let total = self.stack.len() - region;
        self.list_set_len(self.stack[sp], 0);
        for k in 0..total {
            let v = self.stack[region + k];
            self.list_append(self.stack[sp], v)?;
        }
        Ok(())
    }

    fn list_delete_slice(&mut self, l: Value, slice: u32) -> PyResult<()> {
        let len = self.items(l).map_or(0, |it| it.len);
        let idx = self.slice_indices(slice, len)?;
        let mut gone = alloc::vec![false; len];
        for k in 0..idx.len {
            gone[idx.at(k)] = true;
        }
        let Some(items) = self.items(l) else {
            return Ok(());
        };
        let mut w = 0;
        for (r, &g) in gone.iter().enumerate() {
            if !g {
                let v = self.heap.get(items.store, items.from + r);
                self.heap.set(items.store, items.from + w, v);
                w += 1;
            }
        }
        for r in w..len {
            self.heap.set(items.store, items.from + r, Value::NONE);
        }
        self.list_set_len(l, w);
        Ok(())
    }

    /// Removes item `i` of a list (in range), shifting the tail down.
    pub(crate) fn list_remove_at(&mut self, l: Value, i: usize) -> Value {
        let Some(items) = self.items(l) else {
            return Value::NONE;
        };
        let v = self.item(items, i);
        self.heap
            .copy_words(items.store, i + 1, items.store, i, items.len - i - 1);
        self.heap.set(items.store, items.len - 1, Value::NONE);
        self.list_set_len(l, items.len - 1);
        v
    }

    /// Pushes every item of an iterable onto the stack; returns how many.
    /// The iterable itself must stay reachable by the caller (it is not rooted here
    /// once iteration starts; the iterator is).
    pub(crate) fn push_iterable(&mut self, io: &mut dyn Board, v: Value) -> PyResult<usize> {
        if self.is_user_obj(v) {
            return self.push_iterable_io(io, v);
        }
        if let Some(items) = self.items(v) {
            self.stack_room(items.len)?;
            for i in 0..items.len {
                self.stack.push(self.item(items, i));
            }
            return Ok(items.len);
        }
        let base = self.stack.len();
        let it = self.get_iter(v)?;
        self.stack.push(it);
        let mut n = 0;
        loop {
            let it = self.stack[base];
            match self
                .iter_next(io, it)
                .and_then(|x| self.stack_room(1).map(|()| x))
            {
                Ok(Some(x)) => {
                    self.stack.push(x);
                    n += 1;
                }
                Ok(None) => break,
                Err(e) => {
                    self.stack.truncate(base);
                    return Err(e);
                }
            }
        }
        self.stack.remove(base);
        Ok(n)
    }

    /// `list.extend(iterable)` (and `list += iterable`).
    pub(crate) fn list_extend(&mut self, io: &mut dyn Board, l: Value, src: Value) -> PyResult<()> {
        let base = self.stack.len();
        self.stack.push(l);
        let n = match self.push_iterable(io, src) {
            Ok(n) => n,
            Err(e) => {
                self.stack.truncate(base);
                return Err(e);
            }
        };
        let mut l = self.stack[base];
        let r = self.list_reserve(&mut l, n, &mut []);
        if r.is_ok() {
            let items = self.items(l).unwrap_or(crate::obj::seq::Items {
                store: 0,
                from: 0,
                len: 0,
            });
            for k in 0..n {
                self.heap
                    .set(items.store, items.len + k, self.stack[base + 1 + k]);
            }
            self.list_set_len(l, items.len + n);
        }
        self.stack.truncate(base);
        r
    }
}
