//! Iterators: `iter()` and `next()` for the built-in iterables.

use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult, Resumed};
use crate::types::TypeId;
use crate::value::Value;

/// Dict iteration modes (also used by dict views).
pub(crate) const KEYS: i64 = 0;
pub(crate) const VALUES: i64 = 1;
pub(crate) const ITEMS: i64 = 2;

impl Interp {
    /// A new iterator object of `kind` holding `fields` (at most 4).
    fn new_iter(&mut self, kind: Kind, fields: &[Value]) -> PyResult<Value> {
        let mut keep = [Value::NONE; 4];
        let fields = &fields[..fields.len().min(keep.len())];
        keep[..fields.len()].copy_from_slice(fields);
        self.reserve_rooted(fields.len() + 1, &mut keep)?;
        let off = self.alloc_reserved(kind, fields.len())?;
        for (i, v) in keep[..fields.len()].iter().enumerate() {
            self.heap.set(off, i, *v);
        }
        Ok(Value::obj(off))
    }

    /// `iter(v)`.
    pub(crate) fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let Some(off) = v.as_obj() else {
            let name = self.type_name(v);
            return Err(self.raise_string(
                TypeId::TypeError,
                alloc::format!("'{name}' object is not iterable"),
            ));
        };
        match self.heap.kind(off) {
            Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::Deque | Kind::ByteArray => {
                self.new_iter(Kind::SeqIter, &[v, Value::small_int(0)])
            }
            Kind::Native if self.memoryview_parts(v).is_some() => {
                let d = self.memoryview_bytes(v).unwrap_or(&[]).to_vec();
                let b = self.new_bytes(&d)?;
                self.new_iter(Kind::SeqIter, &[b, Value::small_int(0)])
            }
            Kind::Range => {
                let (start, stop, step) = self.range_parts(off);
                self.new_iter(
                    Kind::RangeIter,
                    &[
                        Value::small_int(start),
                        Value::small_int(stop),
                        Value::small_int(step),
                    ],
                )
            }
            // Slot 3: the dict's size when iteration began (see `DictIter`).
            Kind::Dict => self.new_iter(
                Kind::DictIter,
                &[
                    v,
                    Value::small_int(0),
                    Value::small_int(KEYS),
                    Value::small_int(self.dict_len(off) as i64),
                ],
            ),
            Kind::DictView => {
                let d = self.heap.get(off, 0);
                let mode = self.heap.get(off, 1);
                let len = d.as_obj().map_or(0, |d| self.dict_len(d));
                self.new_iter(
                    Kind::DictIter,
                    &[d, Value::small_int(0), mode, Value::small_int(len as i64)],
                )
            }
            Kind::Set | Kind::FrozenSet => self.new_set_iter(v),
            Kind::SeqIter
            | Kind::RangeIter
            | Kind::DictIter
            | Kind::Enumerate
            | Kind::Zip
            | Kind::SetIter
            | Kind::Lazy
            | Kind::Generator
                if self.heap.flags(off) == 0 || self.heap.kind(off) != Kind::Generator =>
            {
                Ok(v)
            }
            _ => {
                let name = self.type_name(v);
                Err(self.raise_string(
                    TypeId::TypeError,
                    alloc::format!("'{name}' object is not iterable"),
                ))
            }
        }
    }

    /// Whether `iter(v)` would succeed.
    pub(crate) fn is_iterable(&self, v: Value) -> bool {
        if let Some(off) = self.as_generator(v) {
            return self.heap.flags(off) == 0;
        }
        v.as_obj().is_some_and(|off| {
            matches!(
                self.heap.kind(off),
                Kind::List
                    | Kind::Tuple
                    | Kind::Str
                    | Kind::Range
                    | Kind::Dict
                    | Kind::DictView
                    | Kind::SeqIter
                    | Kind::RangeIter
                    | Kind::DictIter
                    | Kind::Enumerate
                    | Kind::Zip
                    | Kind::Set
                    | Kind::FrozenSet
                    | Kind::SetIter
                    | Kind::Lazy
                    | Kind::Deque
                    | Kind::ByteArray
                    | Kind::Bytes
            )
        })
    }

    /// Whether user object `v` is iterable: a built-in subclass, or a class
    /// with `__iter__` or `__getitem__`.
    pub(crate) fn is_user_iterable(&self, v: Value) -> bool {
        self.base_value(v).is_some()
            || self.user_class_of(v).is_some_and(|c| {
                self.class_lookup(c, "__iter__").is_some()
                    || self.class_lookup(c, "__getitem__").is_some()
            })
    }

    /// `enumerate(iterable, start)`.
    pub(crate) fn new_enumerate(&mut self, it: Value, start: Value) -> PyResult<Value> {
        self.new_iter(Kind::Enumerate, &[it, start])
    }

    /// `zip(*iterators)` over a tuple of iterators.
    pub(crate) fn new_zip(&mut self, iters: Value) -> PyResult<Value> {
        self.new_iter(Kind::Zip, &[iters])
    }

    /// A dict view (`keys`, `values`, `items`).
    pub(crate) fn new_dict_view(&mut self, d: Value, mode: i64) -> PyResult<Value> {
        self.new_iter(Kind::DictView, &[d, Value::small_int(mode)])
    }

    /// `iter_next` for the iterators `for` loops mostly see (ranges, and lists
    /// and tuples): `None` when `it` is another kind and needs [`Interp::iter_next`].
    /// Never allocates or raises.
    #[inline(always)]
    pub(crate) fn iter_next_fast(&mut self, it: Value) -> Option<Option<Value>> {
        let off = it.as_obj()?;
        match self.heap.kind(off) {
            Kind::RangeIter => {
                let cur = self.heap.get(off, 0).as_small_int()?;
                let stop = self.heap.get(off, 1).as_small_int()?;
                let step = self.heap.get(off, 2).as_small_int()?;
                if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                    self.heap.set(off, 0, range_next(cur, step, stop));
                    Some(Some(Value::small_int(cur)))
                } else {
                    Some(None)
                }
            }
            Kind::SeqIter => {
                let seq = self.heap.get(off, 0);
                let i = self.heap.get(off, 1).as_small_int()? as usize;
                let items = self.items(seq)?;
                if i < items.len {
                    self.heap.set(off, 1, Value::small_int(i as i64 + 1));
                    Some(Some(self.item(items, i)))
                } else {
                    Some(None)
                }
            }
            _ => None,
        }
    }

    /// The next item, or `None` when exhausted.
    pub(crate) fn iter_next(&mut self, io: &mut dyn Board, it: Value) -> PyResult<Option<Value>> {
        if self.is_user_obj(it) {
            return self.iter_next_io(io, it);
        }
        let Some(off) = it.as_obj() else {
            return Err(self.not_an_iterator(it));
        };
        match self.heap.kind(off) {
            Kind::RangeIter => {
                let cur = self.heap.get(off, 0).as_small_int().unwrap_or(0);
                let stop = self.heap.get(off, 1).as_small_int().unwrap_or(0);
                let step = self.heap.get(off, 2).as_small_int().unwrap_or(1);
                if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                    self.heap.set(off, 0, range_next(cur, step, stop));
                    Ok(Some(Value::small_int(cur)))
                } else {
                    Ok(None)
                }
            }
            Kind::SeqIter => {
                let seq = self.heap.get(off, 0);
                let i = self.small(self.heap.get(off, 1));
                if let Some(items) = self.items(seq) {
                    if i < items.len {
                        self.heap.set(off, 1, Value::small_int(i as i64 + 1));
                        return Ok(Some(self.item(items, i)));
                    }
                    return Ok(None);
                }
                if let Some(b) = self.bytes_like(seq) {
                    let Some(&byte) = b.get(i) else {
                        return Ok(None);
                    };
                    self.heap.set(off, 1, Value::small_int(i as i64 + 1));
                    return Ok(Some(Value::small_int(byte as i64)));
                }
                // A str: walk by bytes, yielding one character at a time.
                let s = seq.as_obj().unwrap_or(0);
                let text = self.str_at(s);
                let Some(c) = text[i..].chars().next() else {
                    return Ok(None);
                };
                self.heap
                    .set(off, 1, Value::small_int((i + c.len_utf8()) as i64));
                let mut buf = [0u8; 4];
                let piece: alloc::string::String = c.encode_utf8(&mut buf).into();
                Ok(Some(self.new_str(&piece)?))
            }
            Kind::DictIter => {
                let d = self.heap.get(off, 0).as_obj().unwrap_or(0);
                if self.heap.get(off, 3).as_small_int() != Some(self.dict_len(d) as i64) {
                    // As CPython: an error rather than items seen twice or
                    // never (and the iterator stays broken: -1 never matches).
                    self.heap.set(off, 3, Value::small_int(-1));
                    return Err(self.raise(
                        TypeId::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                let mode = self.heap.get(off, 2).as_small_int().unwrap_or(0);
                let mut e = self.small(self.heap.get(off, 1));
                let used = self.dict_used(d);
                while e < used {
                    let (k, v) = self.dict_entry(d, e);
                    e += 1;
                    if k != Value::DELETED {
                        self.heap.set(off, 1, Value::small_int(e as i64));
                        return Ok(Some(match mode {
                            KEYS => k,
                            VALUES => v,
                            _ => self.new_tuple_of(&[k, v])?,
                        }));
                    }
                }
                self.heap.set(off, 1, Value::small_int(e as i64));
                Ok(None)
            }
            Kind::Enumerate => {
                let inner = self.heap.get(off, 0);
                let base = self.stack.len();
                self.stack.push(it);
                let r = self.enumerate_step(io, base, inner);
                self.stack.truncate(base);
                r
            }
            Kind::Zip => {
                let iters = self.heap.get(off, 0);
                let n = self.items(iters).map_or(0, |i| i.len);
                if n == 0 {
                    return Ok(None);
                }
                let base = self.stack.len();
                self.stack.push(it);
                for i in 0..n {
                    let off = self.stack[base].as_obj().unwrap_or(0);
                    let iters = self.heap.get(off, 0);
                    let items = self.items(iters);
                    let Some(items) = items else { break };
                    let inner = self.item(items, i);
                    match self.iter_next(io, inner) {
                        Ok(Some(v)) => self.stack.push(v),
                        Ok(None) => {
                            self.stack.truncate(base);
                            return Ok(None);
                        }
                        Err(e) => {
                            self.stack.truncate(base);
                            return Err(e);
                        }
                    }
                }
                let t = self.tuple_from_stack(n);
                self.stack.truncate(base);
                Ok(Some(t?))
            }
            Kind::SetIter => self.set_iter_next(off),
            Kind::Lazy => self.lazy_next(io, it),
            Kind::Generator if self.heap.flags(off) != 0 => Err(self.not_an_iterator(it)),
            Kind::Generator => match self.gen_send(io, it, Value::NONE)? {
                Resumed::Yielded(v) => Ok(Some(v)),
                Resumed::Returned(_) => Ok(None),
            },
            _ => Err(self.not_an_iterator(it)),
        }
    }

    /// One `enumerate` step; the enumerate object is rooted at `stack[base]`.
    fn enumerate_step(
        &mut self,
        io: &mut dyn Board,
        base: usize,
        inner: Value,
    ) -> PyResult<Option<Value>> {
        let Some(item) = self.iter_next(io, inner)? else {
            return Ok(None);
        };
        let off = self.stack[base].as_obj().unwrap_or(0);
        self.stack.push(self.heap.get(off, 1));
        self.stack.push(item);
        let next = self.int_add(self.stack[base + 1], Value::small_int(1))?;
        let off = self.stack[base].as_obj().unwrap_or(0);
        self.heap.set(off, 1, next);
        Ok(Some(self.tuple_from_stack(2)?))
    }

    #[cold]
    fn not_an_iterator(&mut self, it: Value) -> crate::interp::Thrown {
        let name = self.type_name(it);
        self.raise_string(
            TypeId::TypeError,
            alloc::format!("'{name}' object is not an iterator"),
        )
    }
}

/// The range iterator's next position after yielding `cur`. `cur`, `stop` and
/// `step` are small ints, so `cur + step` cannot overflow an i64; when it
/// leaves the small-int range it is past `stop`, so the iterator is exhausted
/// and `stop` marks that without wrapping.
#[inline(always)]
fn range_next(cur: i64, step: i64, stop: i64) -> Value {
    Value::try_small_int(cur + step).unwrap_or(Value::small_int(stop))
}
