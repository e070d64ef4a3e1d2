//! `bytearray`: a mutable byte string. Payload `[len, buffer]`, where the
//! buffer is a `Bytes` object whose own length field is kept equal to
//! `len` and whose payload has spare capacity for appends. Only this file
//! writes into the buffer; it is never handed out as a `bytes` object.

use super::Args;
use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;
use alloc::vec::Vec;

/// Words of a `Bytes` object before its data (length word, hash word).
const HDR: usize = 2;

impl Interp {
    /// The contents of a bytes or bytearray object.
    pub(crate) fn bytes_like(&self, v: Value) -> Option<&[u8]> {
        let off = v.as_obj()?;
        match self.heap.kind(off) {
            Kind::Bytes => Some(self.bytes_at(off)),
            Kind::ByteArray => Some(self.bytes_at(self.heap.get(off, 1).as_obj()?)),
            Kind::Native => self.memoryview_bytes(v),
            _ => None,
        }
    }

    /// A new bytearray holding `data`.
    pub(crate) fn new_bytearray(&mut self, data: &[u8]) -> PyResult<Value> {
        let cap = data.len().max(8);
        let words = HDR + cap.div_ceil(8);
        self.reserve(words + 1 + 3)?;
        let buf = self.alloc_reserved(Kind::Bytes, words)?;
        let off = self.alloc_reserved(Kind::ByteArray, 2)?;
        self.heap.set(off, 0, Value::small_int(0));
        self.heap.set(off, 1, Value::obj(buf));
        self.bytearray_write(off, data);
        Ok(Value::obj(off))
    }

    /// Replaces the contents of bytearray `off` by `data`, which must fit.
    fn bytearray_write(&mut self, off: u32, data: &[u8]) {
        let Some(buf) = self.heap.get(off, 1).as_obj() else {
            return;
        };
        let cap_words = self.heap.payload_len(buf) - HDR;
        let words = self.heap.words_mut(buf, HDR, cap_words);
        let dst: &mut [u8] = bytemuck::cast_slice_mut(words);
        dst[..data.len()].copy_from_slice(data);
        let n = data.len() as u64;
        self.heap.set_raw(buf, 0, n | n << 32);
        self.heap.set(off, 0, Value::small_int(data.len() as i64));
    }

    /// Sets the contents of the bytearray `v` (growing its buffer if needed).
    pub(crate) fn bytearray_set(&mut self, v: Value, data: &[u8]) -> PyResult<()> {
        let off = v.as_obj().unwrap_or(0);
        let buf = self.heap.get(off, 1).as_obj().unwrap_or(0);
        let cap = (self.heap.payload_len(buf) - HDR) * 8;
        if data.len() > cap {
            if data.len() > self.heap.capacity_bytes() {
                return Err(self.out_of_memory());
            }
            let new_cap = (cap * 2).max(data.len());
            self.stack.push(v);
            let r = self.alloc(Kind::Bytes, HDR + new_cap.div_ceil(8));
            let v = self.stack.pop().unwrap_or(Value::NONE);
            let nb = r?;
            let off = v.as_obj().unwrap_or(0);
            self.heap.set(off, 1, Value::obj(nb));
            self.bytearray_write(off, data);
            return Ok(());
        }
        self.bytearray_write(off, data);
        Ok(())
    }
}

fn data_of(it: &Interp, v: Value) -> Vec<u8> {
    it.bytes_like(v).map(<[u8]>::to_vec).unwrap_or_default()
}

/// `bytearray()`, `bytearray(n)`, `bytearray(iterable)`, `bytearray(str, enc)`.
pub(crate) fn construct(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    let src = a.opt(it, 0);
    if let Some(v) = src.filter(|v| it.bytes_like(*v).is_some()) {
        let d = data_of(it, v);
        return it.new_bytearray(&d);
    }
    let b = super::bytes_methods::construct(it, io, a)?;
    let d = data_of(it, b);
    it.new_bytearray(&d)
}

fn byte_arg(it: &mut Interp, v: Value) -> PyResult<u8> {
    if !it.is_int(v) {
        return Err(it.not_an_integer(v));
    }
    match it.to_i64(v) {
        Some(b @ 0..=255) => Ok(b as u8),
        _ => Err(it.raise(TypeId::ValueError, "byte must be in range(0, 256)")),
    }
}

pub(super) fn append(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "append", 2, 2, &[])?;
    let v = a.pos(it, 1);
    let b = byte_arg(it, v)?;
    let me = a.pos(it, 0);
    let mut d = data_of(it, me);
    d.push(b);
    it.bytearray_set(me, &d)?;
    Ok(Value::NONE)
}

pub(super) fn extend(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "extend", 2, 2, &[])?;
    let src = a.pos(it, 1);
    let extra = match it.bytes_like(src) {
        Some(b) => b.to_vec(),
        None => {
            if it.is_str(src) {
                return Err(it.raise(
                    TypeId::TypeError,
                    "expected iterable of integers; got: 'str'",
                ));
            }
            let base = it.stack.len();
            let n = it.push_iterable(io, src)?;
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                let v = it.stack[base + i];
                match byte_arg(it, v) {
                    Ok(b) => out.push(b),
                    Err(e) => {
                        it.stack.truncate(base);
                        return Err(e);
                    }
                }
            }
            it.stack.truncate(base);
            out
        }
    };
    let me = a.pos(it, 0);
    let mut d = data_of(it, me);
    d.extend_from_slice(&extra);
    it.bytearray_set(me, &d)?;
    Ok(Value::NONE)
}

pub(super) fn pop(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "pop", 1, 2, &[])?;
    let me = a.pos(it, 0);
    let mut d = data_of(it, me);
    if d.is_empty() {
        return Err(it.raise(TypeId::IndexError, "pop from empty bytearray"));
    }
    let i = match a.opt(it, 1) {
        Some(v) => super::str_methods::int_arg(it, v)?,
        None => -1,
    };
    let i = if i < 0 { i + d.len() as i64 } else { i };
    if i < 0 || i >= d.len() as i64 {
        return Err(it.raise(TypeId::IndexError, "pop index out of range"));
    }
    let b = d.remove(i as usize);
    it.bytearray_set(me, &d)?;
    Ok(Value::small_int(b as i64))
}

pub(super) fn clear(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "clear", 1, 1, &[])?;
    let me = a.pos(it, 0);
    it.bytearray_set(me, &[])?;
    Ok(Value::NONE)
}

pub(super) fn reverse(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "reverse", 1, 1, &[])?;
    let me = a.pos(it, 0);
    let mut d = data_of(it, me);
    d.reverse();
    it.bytearray_set(me, &d)?;
    Ok(Value::NONE)
}

pub(super) fn decode(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "decode", 1, 3, &["encoding", "errors"])?;
    let me = a.pos(it, 0);
    let d = data_of(it, me);
    match core::str::from_utf8(&d) {
        Ok(s) => {
            let s = alloc::string::String::from(s);
            it.new_str(&s)
        }
        Err(_) => Err(it.raise(
            TypeId::UnicodeDecodeError,
            "'utf-8' codec can't decode bytes",
        )),
    }
}

pub(super) fn copy(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "copy", 1, 1, &[])?;
    let me = a.pos(it, 0);
    let d = data_of(it, me);
    it.new_bytearray(&d)
}

/// `ba[i] = x` (ints only; slices are not supported yet).
pub(crate) fn setitem(it: &mut Interp, obj: Value, key: Value, value: Value) -> PyResult<()> {
    if let Some(s) = it.slice_of(key) {
        let mut d = data_of(it, obj);
        let new: Vec<u8> = if let Some(b) = it.bytes_like(value) {
            b.to_vec()
        } else if let Some(items) = it.items(value) {
            let vals = it.items_vec(items);
            let mut out = Vec::with_capacity(vals.len());
            for v in vals {
                out.push(byte_arg(it, v)?);
            }
            out
        } else {
            return Err(it.raise(
                TypeId::TypeError,
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        };
        let idx = it.slice_indices(s, d.len())?;
        if idx.step == 1 {
            let start = idx.start.clamp(0, d.len() as i64) as usize;
            let stop = (idx.stop.clamp(0, d.len() as i64) as usize).max(start);
            d.splice(start..stop, new);
        } else {
            if new.len() != idx.len {
                return Err(it.raise_string(
                    TypeId::ValueError,
                    alloc::format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        new.len(),
                        idx.len
                    ),
                ));
            }
            for (k, b) in new.into_iter().enumerate() {
                d[idx.at(k)] = b;
            }
        }
        return it.bytearray_set(obj, &d);
    }
    let mut d = data_of(it, obj);
    let i = it.seq_index(key, d.len(), "bytearray", obj)?;
    d[i] = byte_arg(it, value)?;
    it.bytearray_set(obj, &d)
}
