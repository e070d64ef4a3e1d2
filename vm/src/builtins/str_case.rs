//! `str` case conversions, padding and character-class predicates.

use super::str_methods::{cased_text, class_predicate, int_arg, str_arg, this};
use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::text::case;
use crate::types::TypeId;
use crate::value::Value;
use alloc::string::String;

fn new(it: &mut Interp, s: String) -> PyResult<Value> {
    it.new_str(&s)
}

pub(super) fn capitalize(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "capitalize", 1, 1, &[])?;
    let s = cased_text(it, &a, "capitalize")?;
    let mut chars = s.chars();
    let mut out = String::new();
    if let Some(c) = chars.next() {
        case::push_upper(&mut out, c);
        out.push_str(&case::lower(chars.as_str()));
    }
    new(it, out)
}

pub(super) fn title(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "title", 1, 1, &[])?;
    let s = cased_text(it, &a, "title")?;
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            case::push_lower(&mut out, c);
        } else {
            case::push_upper(&mut out, c);
        }
        prev_cased = case::is_alpha(c);
    }
    new(it, out)
}

pub(super) fn swapcase(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "swapcase", 1, 1, &[])?;
    let s = cased_text(it, &a, "swapcase")?;
    let mut out = String::new();
    for c in s.chars() {
        if case::is_upper(c) {
            case::push_lower(&mut out, c);
        } else if case::is_lower(c) {
            case::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    new(it, out)
}

fn cased(it: &mut Interp, a: Args, name: &str, upper: bool) -> PyResult<Value> {
    a.check(it, name, 1, 1, &[])?;
    let s = cased_text(it, &a, name)?;
    let any_cased = s.chars().any(|c| case::is_upper(c) || case::is_lower(c));
    let ok = s.chars().all(|c| {
        if upper {
            !case::is_lower(c)
        } else {
            !case::is_upper(c)
        }
    });
    Ok(Value::bool(any_cased && ok))
}

pub(super) fn isupper(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    cased(it, a, "isupper", true)
}

pub(super) fn islower(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    cased(it, a, "islower", false)
}

pub(super) fn isalnum(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    class_predicate(it, a, "isalnum", case::is_alnum)
}

fn pad(it: &mut Interp, a: Args, name: &str, align: char) -> PyResult<Value> {
    a.check(it, name, 2, 3, &[])?;
    let s = this(it, &a);
    let width = int_arg(it, a.pos(it, 1))?;
    let fill = match a.opt(it, 2) {
        Some(f) => {
            let f = str_arg(it, f, &alloc::format!("{name}() argument 2"))?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(it.raise(
                        TypeId::TypeError,
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
        None => ' ',
    };
    let len = s.chars().count() as i64;
    if width <= len {
        return new(it, s);
    }
    let total = (width - len) as usize;
    let (left, right) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        // CPython's centre puts the odd extra space on the left when the width is odd.
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = String::new();
    out.extend(core::iter::repeat_n(fill, left));
    out.push_str(&s);
    out.extend(core::iter::repeat_n(fill, right));
    new(it, out)
}

pub(super) fn center(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    pad(it, a, "center", '^')
}

pub(super) fn ljust(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    pad(it, a, "ljust", '<')
}

pub(super) fn rjust(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    pad(it, a, "rjust", '>')
}

pub(super) fn zfill(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "zfill", 2, 2, &[])?;
    let s = this(it, &a);
    let width = int_arg(it, a.pos(it, 1))?;
    let len = s.chars().count() as i64;
    if width <= len {
        return new(it, s);
    }
    let zeros = (width - len) as usize;
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, s.as_str()),
    };
    let mut out = String::new();
    out.extend(sign);
    out.extend(core::iter::repeat_n('0', zeros));
    out.push_str(rest);
    new(it, out)
}
