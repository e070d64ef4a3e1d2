//! `memoryview` basics: a window `[start, stop)` on a bytes or bytearray
//! object, as a native instance `[MemoryView, obj, start, stop]`. Its bytes
//! are read through `bytes_like` (so `bytes(m)`, `m.hex()`, `b"".join`, …
//! see the window); `m[i]`, `m[a:b]` (a view of the same object; an
//! extended slice copies), `m[i] = x` and `m[a:b] = data` on a bytearray,
//! `len`, iteration, `tobytes()`, `tolist()`, `nbytes`, `readonly`, `obj`.

use super::Args;
use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;
use alloc::vec::Vec;

const OBJ: usize = 0;
const START: usize = 1;
const STOP: usize = 2;

impl Interp {
    /// `(object, start, stop)` of a memoryview, or `None` if `v` is not one.
    pub(crate) fn memoryview_parts(&self, v: Value) -> Option<(Value, usize, usize)> {
        let o = self.native_field(v, TypeId::MemoryView, OBJ)?;
        let s = self.native_field(v, TypeId::MemoryView, START)?;
        let e = self.native_field(v, TypeId::MemoryView, STOP)?;
        Some((o, self.small(s), self.small(e)))
    }

    /// The bytes a memoryview shows.
    pub(crate) fn memoryview_bytes(&self, v: Value) -> Option<&[u8]> {
        let (o, s, e) = self.memoryview_parts(v)?;
        let b = self.bytes_like(o)?;
        Some(&b[s.min(b.len())..e.min(b.len())])
    }

    /// `m[key]`.
    pub(crate) fn memoryview_getitem(&mut self, m: Value, key: Value) -> PyResult<Value> {
        let (o, s, _) = self.memoryview_parts(m).unwrap_or((Value::NONE, 0, 0));
        let data = self.memoryview_bytes(m).unwrap_or(&[]).to_vec();
        if let Some(sl) = self.slice_of(key) {
            let idx = self.slice_indices(sl, data.len())?;
            if idx.step == 1 {
                let a = idx.start.clamp(0, data.len() as i64) as usize;
                let b = (idx.stop.clamp(0, data.len() as i64) as usize).max(a);
                return self.new_native(
                    TypeId::MemoryView,
                    &[
                        o,
                        Value::small_int((s + a) as i64),
                        Value::small_int((s + b) as i64),
                    ],
                );
            }
            let picked: Vec<u8> = (0..idx.len).map(|k| data[idx.at(k)]).collect();
            let n = picked.len();
            let b = self.new_bytes(&picked)?;
            return self.new_native(
                TypeId::MemoryView,
                &[b, Value::small_int(0), Value::small_int(n as i64)],
            );
        }
        let i = self.seq_index(key, data.len(), "memoryview", m)?;
        Ok(Value::small_int(data[i] as i64))
    }

    /// `m[key] = value` (the object must be a bytearray).
    pub(crate) fn memoryview_setitem(
        &mut self,
        m: Value,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let (o, s, e) = self.memoryview_parts(m).unwrap_or((Value::NONE, 0, 0));
        if self.obj_of(o, Kind::ByteArray).is_none() {
            return Err(self.raise(TypeId::TypeError, "cannot modify read-only memory"));
        }
        let mut all = self.bytes_like(o).unwrap_or(&[]).to_vec();
        let e = e.min(all.len());
        let s = s.min(e);
        let n = e - s;
        if let Some(sl) = self.slice_of(key) {
            let idx = self.slice_indices(sl, n)?;
            let Some(src) = self.bytes_like(value).map(<[u8]>::to_vec) else {
                let tn = alloc::string::String::from(self.type_name(value));
                return Err(self.raise_string(
                    TypeId::TypeError,
                    alloc::format!("a bytes-like object is required, not '{tn}'"),
                ));
            };
            if src.len() != idx.len {
                return Err(self.raise(
                    TypeId::ValueError,
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            for (k, b) in src.into_iter().enumerate() {
                all[s + idx.at(k)] = b;
            }
        } else {
            let i = self.seq_index(key, n, "memoryview", m)?;
            let b = match self.to_i64(value).filter(|_| self.is_int(value)) {
                Some(b @ 0..=255) => b as u8,
                Some(_) => {
                    return Err(self.raise(
                        TypeId::ValueError,
                        "memoryview: invalid value for format 'B'",
                    ))
                }
                None => {
                    return Err(
                        self.raise(TypeId::TypeError, "memoryview: invalid type for format 'B'")
                    )
                }
            };
            all[s + i] = b;
        }
        self.bytearray_set(o, &all)
    }
}

/// `memoryview(obj)`.
pub(crate) fn construct(it: &mut Interp, a: Args) -> PyResult<Value> {
    a.check(it, "memoryview", 1, 1, &[])?;
    let o = a.pos(it, 0);
    if let Some((inner, s, e)) = it.memoryview_parts(o) {
        return it.new_native(
            TypeId::MemoryView,
            &[
                inner,
                Value::small_int(s as i64),
                Value::small_int(e as i64),
            ],
        );
    }
    let Some(n) = it.bytes_like(o).map(<[u8]>::len) else {
        let tn = alloc::string::String::from(it.type_name(o));
        return Err(it.raise_string(
            TypeId::TypeError,
            alloc::format!("memoryview: a bytes-like object is required, not '{tn}'"),
        ));
    };
    it.new_native(
        TypeId::MemoryView,
        &[o, Value::small_int(0), Value::small_int(n as i64)],
    )
}

/// `m.tobytes()`.
pub(super) fn tobytes(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "tobytes", 1, 1, &[])?;
    let d = it.memoryview_bytes(a.pos(it, 0)).unwrap_or(&[]).to_vec();
    it.new_bytes(&d)
}

/// `m.tolist()`.
pub(super) fn tolist(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "tolist", 1, 1, &[])?;
    let d: Vec<Value> = it
        .memoryview_bytes(a.pos(it, 0))
        .unwrap_or(&[])
        .iter()
        .map(|b| Value::small_int(*b as i64))
        .collect();
    it.list_of(&d)
}

/// `m.release()`: nothing to release (the collector owns the memory).
pub(super) fn release(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "release", 1, 1, &[])?;
    Ok(Value::NONE)
}
