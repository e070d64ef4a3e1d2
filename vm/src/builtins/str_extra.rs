//! More `str` methods: Unicode digit classes, `istitle`, `isidentifier`,
//! `casefold`, `expandtabs`, `removeprefix`/`removesuffix`, and
//! `maketrans`/`translate`.

use super::str_methods::{cased_text, class_predicate, int_arg, predicate, str_arg, this};
use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::text::case;
use crate::text::unicode_tables::decimal_value;
use crate::types::TypeId;
use crate::value::Value;
use alloc::string::String;

/// Digits that are not decimal (superscripts, circled digits, …).
fn is_digit_char(c: char) -> bool {
    decimal_value(c).is_some()
        || matches!(c, '²' | '³' | '¹' | '\u{2070}' | '\u{2074}'..='\u{2079}' | '\u{2080}'..='\u{2089}' | '\u{2460}'..='\u{2468}' | '\u{2474}'..='\u{247C}' | '\u{2488}'..='\u{2490}' | '\u{24F5}'..='\u{24FD}' | '\u{2776}'..='\u{277E}' | '\u{2780}'..='\u{2788}' | '\u{278A}'..='\u{2792}')
}

pub(super) fn isdigit(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    predicate(it, a, "isdigit", is_digit_char)
}

pub(super) fn isdecimal(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    predicate(it, a, "isdecimal", |c| decimal_value(c).is_some())
}

pub(super) fn isnumeric(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    class_predicate(it, a, "isnumeric", |c| {
        case::is_numeric(c) || is_digit_char(c)
    })
}

pub(super) fn isascii(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "isascii", 1, 1, &[])?;
    Ok(Value::bool(this(it, &a).is_ascii()))
}

pub(super) fn isprintable(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "isprintable", 1, 1, &[])?;
    let s = this(it, &a);
    Ok(Value::bool(
        s.chars().all(crate::text::unicode_tables::is_printable),
    ))
}

pub(super) fn istitle(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "istitle", 1, 1, &[])?;
    let s = cased_text(it, &a, "istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if case::is_upper(c) {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else if case::is_lower(c) {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

pub(super) fn isidentifier(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "isidentifier", 1, 1, &[])?;
    let s = cased_text(it, &a, "isidentifier")?;
    let mut chars = s.chars();
    let ok = chars.next().is_some_and(|c| c == '_' || case::is_alpha(c))
        && chars.all(|c| c == '_' || case::is_alnum(c));
    Ok(Value::bool(ok))
}

pub(super) fn casefold(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "casefold", 1, 1, &[])?;
    let s = cased_text(it, &a, "casefold")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            _ => case::push_lower(&mut out, c),
        }
    }
    it.new_str(&out)
}

pub(super) fn expandtabs(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "expandtabs", 1, 2, &["tabsize"])?;
    let size = match a.opt(it, 1).or_else(|| a.kw(it, "tabsize")) {
        Some(v) => int_arg(it, v)?,
        None => 8,
    };
    let s = this(it, &a);
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    if (out.len() as u64).saturating_add(n as u64) > it.heap.capacity_bytes() as u64
                    {
                        return Err(it.out_of_memory());
                    }
                    out.extend(core::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    it.new_str(&out)
}

fn strip_affix(it: &mut Interp, a: &Args, name: &str, prefix: bool) -> PyResult<Value> {
    a.check(it, name, 2, 2, &[])?;
    let v = a.pos(it, 1);
    let affix = str_arg(it, v, &alloc::format!("{name}() argument"))?;
    let s = this(it, a);
    let r = if prefix {
        s.strip_prefix(affix.as_str())
    } else {
        s.strip_suffix(affix.as_str())
    };
    match r {
        Some(r) => it.new_str(r),
        None => Ok(a.pos(it, 0)),
    }
}

pub(super) fn removeprefix(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    strip_affix(it, &a, "removeprefix", true)
}

pub(super) fn removesuffix(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    strip_affix(it, &a, "removesuffix", false)
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to str or `None`.
pub(super) fn maketrans(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "maketrans", 1, 3, &[])?;
    let base = it.stack.len();
    let d = it.new_dict(0)?;
    it.stack.push(d);
    let r = fill_maketrans(it, &a, base);
    let d = it.stack[base];
    it.stack.truncate(base);
    r.map(|_| d)
}

fn fill_maketrans(it: &mut Interp, a: &Args, base: usize) -> PyResult<()> {
    let n = a.npos(it);
    if n == 1 {
        let src = a.pos(it, 0);
        if !it.is_dict(src) {
            return Err(it.raise(
                TypeId::TypeError,
                "if you give only one argument to maketrans it must be a dict",
            ));
        }
        let off = src.as_obj().unwrap_or(0);
        for e in 0..it.dict_used(off) {
            let off = a.pos(it, 0).as_obj().unwrap_or(0);
            let (k, v) = it.dict_entry(off, e);
            if k == Value::DELETED {
                continue;
            }
            let key = match it.as_str(k) {
                Some(s) if s.chars().count() == 1 => {
                    Value::small_int(s.chars().next().map_or(0, |c| c as i64))
                }
                Some(_) => {
                    return Err(it.raise(
                        TypeId::ValueError,
                        "string keys in translate table must be of length 1",
                    ))
                }
                None if it.is_int(k) => k,
                None => {
                    return Err(it.raise(
                        TypeId::TypeError,
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            let d = it.stack[base];
            it.dict_set(d, key, v)?;
        }
        return Ok(());
    }
    let x = a.pos(it, 0);
    let x = str_arg(it, x, "maketrans() argument 1")?;
    let y = a.pos(it, 1);
    let y = str_arg(it, y, "maketrans() argument 2")?;
    if x.chars().count() != y.chars().count() {
        return Err(it.raise(
            TypeId::ValueError,
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        let v = it.new_str(cy.encode_utf8(&mut [0; 4]))?;
        let d = it.stack[base];
        it.dict_set(d, Value::small_int(cx as i64), v)?;
    }
    if n == 3 {
        let z = a.pos(it, 2);
        let z = str_arg(it, z, "maketrans() argument 3")?;
        for c in z.chars() {
            let d = it.stack[base];
            it.dict_set(d, Value::small_int(c as i64), Value::NONE)?;
        }
    }
    Ok(())
}

/// `s.translate(table)`: maps each code point through `table[ord(c)]`.
pub(super) fn translate(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "translate", 2, 2, &[])?;
    let s = this(it, &a);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let table = a.pos(it, 1);
        let key = Value::small_int(c as i64);
        let mapped = if it.is_dict(table) {
            it.dict_get(table, key)?
        } else {
            match it.getitem(table, key) {
                Ok(v) => Some(v),
                Err(e) => {
                    let is_lookup = it
                        .exc_type(it.exc)
                        .is_some_and(|t| t.is_subclass(TypeId::LookupError));
                    if !is_lookup {
                        return Err(e);
                    }
                    None
                }
            }
        };
        match mapped {
            None => out.push(c),
            Some(v) if v.is_none() => {}
            Some(v) => {
                if let Some(t) = it.as_str(v) {
                    out.push_str(t);
                } else if let Some(ch) = it
                    .to_i64(v)
                    .filter(|_| it.is_int(v))
                    .and_then(|n| u32::try_from(n).ok())
                    .and_then(char::from_u32)
                {
                    out.push(ch);
                } else {
                    return Err(it.raise(
                        TypeId::TypeError,
                        "character mapping must return integer, None or str",
                    ));
                }
            }
        }
    }
    it.new_str(&out)
}
