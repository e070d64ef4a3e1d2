//! The `struct` module: `pack`, `unpack`, `calcsize` for the byte orders
//! `@ = < > !` and the codes `x c b B ? h H i I l L q Q n N f d s`.
//! Native mode (`@`, the default) uses CPython's sizes and alignment on a
//! 64-bit host (`l` is 8 bytes), so results match the reference
//! interpreter; the standard modes use the fixed sizes (`l` is 4 bytes).
//! Errors are `struct.error` with CPython's messages.

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::num::BigInt;
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// One field of a format: code, repeat count.
struct Field {
    code: char,
    count: usize,
}

struct Layout {
    little: bool,
    native: bool,
    fields: Vec<Field>,
}

fn size_of(code: char, native: bool) -> Option<usize> {
    Some(match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if native {
                8
            } else {
                4
            }
        }
        'q' | 'Q' | 'd' => 8,
        'n' | 'N' if native => 8,
        _ => return None,
    })
}

fn parse(it: &mut Interp, fmt: &str) -> PyResult<Layout> {
    let mut chars = fmt.chars().peekable();
    let (little, native) = match chars.peek() {
        Some('<') => (true, false),
        Some('>') | Some('!') => (false, false),
        Some('=') => (true, false),
        Some('@') => (true, true),
        _ => (true, true),
    };
    if matches!(chars.peek(), Some('<' | '>' | '!' | '=' | '@')) {
        chars.next();
    }
    let mut fields = Vec::new();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut count = None;
        let mut code = c;
        if c.is_ascii_digit() {
            let mut n = c.to_digit(10).unwrap_or(0) as usize;
            while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                n = n.saturating_mul(10).saturating_add(d as usize);
                chars.next();
            }
            count = Some(n);
            match chars.next() {
                Some(c) => code = c,
                None => return Err(error(it, "repeat count given without format specifier")),
            }
        }
        if size_of(code, native).is_none() {
            return Err(error(it, "bad char in struct format"));
        }
        fields.push(Field {
            code,
            count: count.unwrap_or(1),
        });
    }
    Ok(Layout {
        little,
        native,
        fields,
    })
}

fn error(it: &mut Interp, msg: &str) -> crate::interp::Thrown {
    it.raise(TypeId::StructError, msg)
}

impl Layout {
    /// Total size, with native alignment where it applies.
    fn size(&self) -> usize {
        let mut off = 0usize;
        for f in &self.fields {
            let sz = size_of(f.code, self.native).unwrap_or(1);
            if self.native && f.count > 0 {
                off = off.div_ceil(sz) * sz;
            }
            off = off.saturating_add(sz.saturating_mul(f.count));
        }
        off
    }

    /// Number of values `pack` takes / `unpack` returns.
    fn items(&self) -> usize {
        self.fields
            .iter()
            .map(|f| match f.code {
                'x' => 0,
                's' | 'p' => 1,
                _ => f.count,
            })
            .sum()
    }
}

fn fmt_arg(it: &mut Interp, v: Value) -> PyResult<String> {
    if let Some(s) = it.as_str(v) {
        return Ok(String::from(s));
    }
    if let Some(b) = it.as_bytes(v) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    let tn = it.type_name(v);
    Err(it.raise_string(
        TypeId::TypeError,
        format!("Struct() argument 1 must be a str or bytes object, not {tn}"),
    ))
}

pub(super) fn calcsize(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "calcsize", 1, 1, &[])?;
    let f = a.pos(it, 0);
    let f = fmt_arg(it, f)?;
    let layout = parse(it, &f)?;
    it.new_int_i64(layout.size() as i64)
}

/// Integer range of an integer code, and CPython's name for it in errors.
fn int_range(code: char, size: usize) -> (BigInt, BigInt, &'static str) {
    let bits = size * 8;
    let signed = code.is_ascii_lowercase();
    let name = match code {
        'b' => "byte",
        'B' => "ubyte",
        'h' => "short",
        'H' => "ushort",
        'i' => "int",
        'I' => "uint",
        'l' => "long",
        'L' => "ulong",
        'q' => "long long",
        'Q' => "ulong long",
        'n' => "ssize_t",
        _ => "size_t",
    };
    let one = BigInt::from_i64(1);
    if signed {
        let half = one.shl(bits - 1);
        (half.clone().negate(), half.add_i64(-1), name)
    } else {
        (BigInt::zero(), one.shl(bits).add_i64(-1), name)
    }
}

pub(super) fn pack(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "pack", 1, usize::MAX, &[])?;
    let f = a.pos(it, 0);
    let f = fmt_arg(it, f)?;
    let layout = parse(it, &f)?;
    let given = a.npos(it) - 1;
    if given != layout.items() {
        return Err(error(
            it,
            &format!(
                "pack expected {} items for packing (got {given})",
                layout.items()
            ),
        ));
    }
    let total = layout.size();
    if total > it.heap.capacity_bytes() {
        return Err(it.out_of_memory());
    }
    let mut out: Vec<u8> = Vec::with_capacity(total);
    let mut arg = 1;
    for fld in &layout.fields {
        let sz = size_of(fld.code, layout.native).unwrap_or(1);
        if layout.native && fld.count > 0 {
            out.resize(out.len().div_ceil(sz) * sz, 0);
        }
        match fld.code {
            'x' => out.resize(out.len() + fld.count, 0),
            's' | 'p' => {
                let v = a.pos(it, arg);
                arg += 1;
                let Some(b) = it.as_bytes(v).map(|b| b.to_vec()) else {
                    return Err(error(it, "argument for 's' must be a bytes object"));
                };
                let mut b = b;
                b.resize(fld.count, 0);
                out.extend_from_slice(&b);
            }
            code => {
                for _ in 0..fld.count {
                    let v = a.pos(it, arg);
                    arg += 1;
                    let bytes = pack_one(it, code, sz, &layout, v)?;
                    out.extend_from_slice(&bytes);
                }
            }
        }
    }
    it.new_bytes(&out)
}

fn pack_one(
    it: &mut Interp,
    code: char,
    sz: usize,
    layout: &Layout,
    v: Value,
) -> PyResult<Vec<u8>> {
    let little = layout.little;
    let mut bytes: Vec<u8> = match code {
        'c' => match it.as_bytes(v) {
            Some(b) if b.len() == 1 => b.to_vec(),
            _ => return Err(error(it, "char format requires a bytes object of length 1")),
        },
        '?' => alloc::vec![it.truthy(v) as u8],
        'f' | 'd' | 'e' => {
            let x = match v.as_float() {
                Some(x) => x,
                None if it.is_int(v) => match it.to_f64(v) {
                    Some(x) => x,
                    None => {
                        return Err(
                            it.raise(TypeId::OverflowError, "int too large to convert to float")
                        )
                    }
                },
                None => return Err(error(it, "required argument is not a float")),
            };
            if code == 'f' {
                let y = x as f32;
                if y.is_infinite() && x.is_finite() {
                    return Err(it.raise(
                        TypeId::OverflowError,
                        "float too large to pack with f format",
                    ));
                }
                y.to_le_bytes().to_vec()
            } else if code == 'd' {
                x.to_le_bytes().to_vec()
            } else {
                return Err(it.not_implemented("struct format 'e' (half float)"));
            }
        }
        _ => {
            let Some(b) = it.to_bigint(v).filter(|_| it.is_int(v)) else {
                return Err(error(it, "required argument is not an integer"));
            };
            let (lo, hi, name) = int_range(code, sz);
            if b < lo || b > hi {
                // CPython's wording: the C type's name for bytes and shorts,
                // a bare complaint for negative wider unsigned values.
                if code.is_ascii_uppercase() && !matches!(code, 'B' | 'H') && b < lo {
                    return Err(error(it, "argument out of range"));
                }
                let named = matches!(code, 'b' | 'B' | 'h' | 'H');
                let what = if named {
                    format!("{name} format")
                } else {
                    format!("'{code}' format")
                };
                return Err(error(
                    it,
                    &format!("{what} requires {lo} <= number <= {hi}"),
                ));
            }
            let mut le = b.to_bytes_le(true);
            let fill = if b.is_negative() { 0xFF } else { 0 };
            le.resize(sz, fill);
            le
        }
    };
    if !little {
        bytes.reverse();
    }
    Ok(bytes)
}

pub(super) fn unpack(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "unpack", 2, 2, &[])?;
    let f = a.pos(it, 0);
    let f = fmt_arg(it, f)?;
    let layout = parse(it, &f)?;
    let buf = a.pos(it, 1);
    let Some(data) = it.as_bytes(buf).map(|b| b.to_vec()) else {
        let tn = it.type_name(buf);
        return Err(it.raise_string(
            TypeId::TypeError,
            format!("a bytes-like object is required, not '{tn}'"),
        ));
    };
    let total = layout.size();
    if data.len() != total {
        return Err(error(
            it,
            &format!("unpack requires a buffer of {total} bytes"),
        ));
    }
    let base = it.stack.len();
    let r = unpack_into(it, &layout, &data);
    let r = r.and_then(|n| it.tuple_from_stack(n));
    it.stack.truncate(base);
    r
}

fn unpack_into(it: &mut Interp, layout: &Layout, data: &[u8]) -> PyResult<usize> {
    let mut off = 0usize;
    let mut n = 0;
    for fld in &layout.fields {
        let sz = size_of(fld.code, layout.native).unwrap_or(1);
        if layout.native && fld.count > 0 {
            off = off.div_ceil(sz) * sz;
        }
        match fld.code {
            'x' => off += fld.count,
            's' | 'p' => {
                let v = it.new_bytes(&data[off..off + fld.count])?;
                it.stack.push(v);
                off += fld.count;
                n += 1;
            }
            code => {
                for _ in 0..fld.count {
                    let mut raw = data[off..off + sz].to_vec();
                    off += sz;
                    if !layout.little {
                        raw.reverse();
                    }
                    let v = unpack_one(it, code, &raw)?;
                    it.stack.push(v);
                    n += 1;
                }
            }
        }
    }
    Ok(n)
}

fn unpack_one(it: &mut Interp, code: char, le: &[u8]) -> PyResult<Value> {
    Ok(match code {
        'f' | 'd' if !cfg!(feature = "float") => return Err(it.left_out("float")),
        'c' => it.new_bytes(le)?,
        '?' => Value::bool(le[0] != 0),
        'f' => {
            let x = f32::from_le_bytes([le[0], le[1], le[2], le[3]]);
            Value::float(x as f64)
        }
        'd' => {
            let mut w = [0u8; 8];
            w.copy_from_slice(le);
            Value::float(f64::from_le_bytes(w))
        }
        'e' => return Err(it.not_implemented("struct format 'e' (half float)")),
        c => {
            let signed = c.is_ascii_lowercase();
            let b = BigInt::from_bytes_le(le, signed);
            match b.to_i64() {
                Some(i) => it.new_int_i64(i)?,
                None => it.new_bigint(b)?,
            }
        }
    })
}
