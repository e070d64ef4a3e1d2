//! `bytes()` and the methods of `bytes`, plus `str.encode`.

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;
use alloc::string::String;
use alloc::vec::Vec;

fn check_encoding(it: &mut Interp, a: &Args, pos: usize) -> PyResult<()> {
    let enc = a.opt(it, pos).or_else(|| a.kw(it, "encoding"));
    let Some(enc) = enc else { return Ok(()) };
    let name = String::from(it.as_str(enc).unwrap_or("?"))
        .to_ascii_lowercase()
        .replace('_', "-");
    if matches!(name.as_str(), "utf-8" | "utf8" | "ascii") {
        Ok(())
    } else {
        Err(it.raise_string(
            TypeId::LookupError,
            alloc::format!("unknown encoding: {name}"),
        ))
    }
}

/// `bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`, `bytes(str, encoding)`.
pub(crate) fn construct(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "bytes", 0, 3, &["encoding", "errors"])?;
    let Some(src) = a.opt(it, 0) else {
        return it.new_bytes(&[]);
    };
    if let Some(s) = it.as_str(src) {
        let data = Vec::from(s.as_bytes());
        if a.opt(it, 1).or_else(|| a.kw(it, "encoding")).is_none() {
            return Err(it.raise(TypeId::TypeError, "string argument without an encoding"));
        }
        check_encoding(it, &a, 1)?;
        return it.new_bytes(&data);
    }
    if let Some(b) = it.as_bytes(src) {
        let data = Vec::from(b);
        return it.new_bytes(&data);
    }
    if it.is_int(src) {
        let n = it.to_i64(src).unwrap_or(-1);
        if n < 0 {
            return Err(it.raise(TypeId::ValueError, "negative count"));
        }
        if n as usize > it.heap.capacity_bytes() {
            return Err(it.out_of_memory());
        }
        return it.new_bytes(&alloc::vec![0; n as usize]);
    }
    let base = it.stack.len();
    let n = it.push_iterable(io, src)?;
    let mut data = Vec::with_capacity(n);
    for i in 0..n {
        let v = it.stack[base + i];
        match it.to_i64(v).filter(|_| it.is_int(v)) {
            Some(b @ 0..=255) => data.push(b as u8),
            Some(_) => {
                it.stack.truncate(base);
                return Err(it.raise(TypeId::ValueError, "bytes must be in range(0, 256)"));
            }
            None => {
                let tn = alloc::string::String::from(it.type_name(v));
                it.stack.truncate(base);
                return Err(it.raise_string(
                    TypeId::TypeError,
                    alloc::format!("'{tn}' object cannot be interpreted as an integer"),
                ));
            }
        }
    }
    it.stack.truncate(base);
    it.new_bytes(&data)
}

pub(super) fn decode(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "decode", 1, 3, &["encoding", "errors"])?;
    check_encoding(it, &a, 1)?;
    let data = Vec::from(it.as_bytes(a.pos(it, 0)).unwrap_or(&[]));
    match core::str::from_utf8(&data) {
        Ok(s) => {
            let s = String::from(s);
            it.new_str(&s)
        }
        Err(e) => {
            let at = e.valid_up_to();
            let msg = alloc::format!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte",
                data[at]
            );
            Err(it.raise_string(TypeId::UnicodeDecodeError, msg))
        }
    }
}

pub(super) fn hex(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "hex", 1, 1, &[])?;
    let data = it.bytes_like(a.pos(it, 0)).unwrap_or(&[]);
    let mut s = String::with_capacity(data.len() * 2);
    for b in data {
        let _ = core::fmt::Write::write_fmt(&mut s, format_args!("{b:02x}"));
    }
    it.new_str(&s)
}

pub(super) fn encode(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "encode", 1, 3, &["encoding", "errors"])?;
    check_encoding(it, &a, 1)?;
    let data = Vec::from(it.as_str(a.pos(it, 0)).unwrap_or("").as_bytes());
    it.new_bytes(&data)
}
