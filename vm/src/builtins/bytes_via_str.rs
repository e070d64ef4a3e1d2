//! The methods `bytes` and `bytearray` share with `str` (`split`, `strip`,
//! `replace`, `find`, `startswith`, `join`, `center`, …), run by the `str`
//! implementation: every bytes argument becomes a str with one character per
//! byte (U+0000–U+00FF, so lengths and offsets are unchanged), and str
//! results (alone, or in a list or tuple) become bytes of the receiver's type
//! again. Case changes and character classes are ASCII-only for bytes, so
//! those are done here directly.

use super::Args;
use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;
use alloc::string::String;
use alloc::vec::Vec;

type StrMethod = fn(&mut Interp, &mut dyn Board, Args) -> PyResult<Value>;

fn to_latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn from_latin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

impl Interp {
    /// A str with one character per byte of `v` (bytes-like), else `v`.
    fn bytes_as_latin1(&mut self, v: Value) -> PyResult<Value> {
        match self.bytes_like(v) {
            Some(b) => {
                let s = to_latin1(b);
                self.new_str(&s)
            }
            None => Ok(v),
        }
    }

    /// Converts a str result (or a list/tuple of them) back to bytes.
    fn latin1_back(&mut self, v: Value, bytearray: bool) -> PyResult<Value> {
        if let Some(s) = self.as_str(v) {
            let data = from_latin1(s);
            return if bytearray {
                self.new_bytearray(&data)
            } else {
                self.new_bytes(&data)
            };
        }
        let Some(items) = self.items(v) else {
            return Ok(v);
        };
        let sp = self.stack.len();
        self.stack.push(v);
        for i in 0..items.len {
            let c = self.stack[sp];
            let Some(x) = self.items(c).map(|it| self.item(it, i)) else {
                break;
            };
            if self.is_str(x) {
                match self.latin1_back(x, bytearray) {
                    Ok(b) => {
                        let c = self.stack[sp];
                        if let Some(it) = self.items(c) {
                            self.heap.set(it.store, it.from + i, b);
                        }
                    }
                    Err(e) => {
                        self.stack.truncate(sp);
                        return Err(e);
                    }
                }
            }
        }
        Ok(self.stack.pop().unwrap_or(v))
    }
}

/// Runs str method `f` on a bytes receiver (see the module docs).
fn via_str(it: &mut Interp, io: &mut dyn Board, a: Args, f: StrMethod) -> PyResult<Value> {
    let bytearray = it.obj_of(a.pos(it, 0), Kind::ByteArray).is_some();
    let npos = a.npos(it);
    for i in 0..npos {
        let v = it.stack[a.start + i];
        if i > 0 && it.is_str(v) {
            // bytes methods take bytes, not str.
            return Err(it.raise(
                TypeId::TypeError,
                "a bytes-like object is required, not 'str'",
            ));
        }
        let s = it.bytes_as_latin1(v)?;
        it.stack[a.start + i] = s;
    }
    // Tuples of prefixes (`startswith((b"a", b"b"))`).
    for i in 1..npos {
        let v = it.stack[a.start + i];
        if it.type_of(v) == TypeId::Tuple {
            let n = it.items(v).map_or(0, |t| t.len);
            let base = it.stack.len();
            for k in 0..n {
                let x = it
                    .items(it.stack[a.start + i])
                    .map_or(Value::NONE, |t| it.item(t, k));
                let s = it.bytes_as_latin1(x)?;
                it.stack.push(s);
            }
            let t = it.tuple_from_stack(n)?;
            it.stack.truncate(base);
            it.stack[a.start + i] = t;
        }
    }
    let r = f(it, io, a)?;
    it.latin1_back(r, bytearray)
}

macro_rules! via {
    ($($name:ident => $f:path;)*) => {
        $(
            pub(super) fn $name(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
                via_str(it, io, a, $f)
            }
        )*
    };
}

via! {
    split => super::str_methods::split;
    rsplit => super::str_methods::rsplit;
    strip => super::str_methods::strip;
    lstrip => super::str_methods::lstrip;
    rstrip => super::str_methods::rstrip;
    replace => super::str_methods::replace;
    find => super::str_methods::find;
    rfind => super::str_methods::rfind;
    index => super::str_methods::index;
    rindex => super::str_methods::rindex;
    count => super::str_methods::count;
    startswith => super::str_methods::startswith;
    endswith => super::str_methods::endswith;
    partition => super::str_methods::partition;
    rpartition => super::str_methods::rpartition;
    splitlines => super::str_methods::splitlines;
    center => super::str_case::center;
    ljust => super::str_case::ljust;
    rjust => super::str_case::rjust;
    zfill => super::str_case::zfill;
    removeprefix => super::str_extra::removeprefix;
    removesuffix => super::str_extra::removesuffix;
    expandtabs => super::str_extra::expandtabs;
}

/// `sep.join(iterable_of_bytes)`.
pub(super) fn join(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "join", 2, 2, &[])?;
    let bytearray = it.obj_of(a.pos(it, 0), Kind::ByteArray).is_some();
    let base = it.stack.len();
    let n = it.push_iterable(io, a.pos(it, 1))?;
    let sep = Vec::from(it.bytes_like(a.pos(it, 0)).unwrap_or(&[]));
    let mut out = Vec::new();
    for i in 0..n {
        let v = it.stack[base + i];
        let Some(b) = it.bytes_like(v) else {
            let tn = String::from(it.type_name(v));
            it.stack.truncate(base);
            return Err(it.raise_string(
                TypeId::TypeError,
                alloc::format!("sequence item {i}: expected a bytes-like object, {tn} found"),
            ));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(b);
    }
    it.stack.truncate(base);
    if bytearray {
        it.new_bytearray(&out)
    } else {
        it.new_bytes(&out)
    }
}

fn map_bytes(it: &mut Interp, a: &Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    a.check(it, name, 1, 1, &[])?;
    let bytearray = it.obj_of(a.pos(it, 0), Kind::ByteArray).is_some();
    let out = f(it.bytes_like(a.pos(it, 0)).unwrap_or(&[]));
    if bytearray {
        it.new_bytearray(&out)
    } else {
        it.new_bytes(&out)
    }
}

fn test_bytes(it: &mut Interp, a: &Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    a.check(it, name, 1, 1, &[])?;
    let b = it.bytes_like(a.pos(it, 0)).unwrap_or(&[]);
    Ok(Value::bool(!b.is_empty() && f(b)))
}

pub(super) fn upper(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    map_bytes(it, &a, "upper", |b| b.to_ascii_uppercase())
}

pub(super) fn lower(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    map_bytes(it, &a, "lower", |b| b.to_ascii_lowercase())
}

pub(super) fn swapcase(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    map_bytes(it, &a, "swapcase", |b| {
        b.iter()
            .map(|c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

pub(super) fn capitalize(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    map_bytes(it, &a, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

pub(super) fn title(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    map_bytes(it, &a, "title", |b| {
        let mut prev = false;
        b.iter()
            .map(|c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

pub(super) fn isalpha(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    test_bytes(it, &a, "isalpha", |b| b.iter().all(u8::is_ascii_alphabetic))
}

pub(super) fn isdigit(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    test_bytes(it, &a, "isdigit", |b| b.iter().all(u8::is_ascii_digit))
}

pub(super) fn isalnum(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    test_bytes(it, &a, "isalnum", |b| {
        b.iter().all(u8::is_ascii_alphanumeric)
    })
}

pub(super) fn isspace(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    test_bytes(it, &a, "isspace", |b| {
        b.iter()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
    })
}

pub(super) fn isupper(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    test_bytes(it, &a, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

pub(super) fn islower(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    test_bytes(it, &a, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

pub(super) fn isascii(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "isascii", 1, 1, &[])?;
    let b = it.bytes_like(a.pos(it, 0)).unwrap_or(&[]);
    Ok(Value::bool(b.is_ascii()))
}

/// `bytes.fromhex(s)` (also `bytearray.fromhex`).
pub(super) fn fromhex(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "fromhex", 1, 1, &[])?;
    let Some(s) = it.as_str(a.pos(it, 0)).map(String::from) else {
        return Err(it.raise(TypeId::TypeError, "fromhex() argument must be str"));
    };
    let digits: Vec<u8> = s.bytes().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < digits.len() {
        if digits[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hex = |c: u8| (c as char).to_digit(16);
        match (hex(digits[i]), digits.get(i + 1).and_then(|c| hex(*c))) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let at = if hex(digits[i]).is_some() { i + 1 } else { i };
                return Err(it.raise_string(
                    TypeId::ValueError,
                    alloc::format!(
                        "non-hexadecimal number found in fromhex() arg at position {at}"
                    ),
                ));
            }
        }
        i += 2;
    }
    it.new_bytes(&out)
}
