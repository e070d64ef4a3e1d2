//! Methods of `str`. Argument 0 is the string itself.

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::text::format_string::{Accessor, FieldArg, FormatParser, Piece};
use crate::text::{case, search};
use crate::types::TypeId;
use crate::value::Value;
use alloc::string::String;
use alloc::vec::Vec;

pub(super) fn this(it: &Interp, a: &Args) -> String {
    String::from(it.as_str(a.pos(it, 0)).unwrap_or(""))
}

pub(super) fn str_arg(it: &mut Interp, v: Value, what: &str) -> PyResult<String> {
    match it.as_str(v) {
        Some(s) => Ok(s.into()),
        None => {
            let tn = it.type_name(v);
            Err(it.raise_string(
                TypeId::TypeError,
                alloc::format!("{what} must be str, not {tn}"),
            ))
        }
    }
}

pub(super) fn int_arg(it: &mut Interp, v: Value) -> PyResult<i64> {
    if !it.is_int(v) {
        return Err(it.not_an_integer(v));
    }
    Ok(it.to_i64(v).unwrap_or(i64::MAX))
}

/// A list of new strs.
pub(super) fn str_list(it: &mut Interp, parts: &[String]) -> PyResult<Value> {
    let base = it.stack.len();
    for p in parts {
        match it.new_str(p) {
            Ok(s) => it.stack.push(s),
            Err(e) => {
                it.stack.truncate(base);
                return Err(e);
            }
        }
    }
    it.list_from_stack(parts.len())
}

fn split_impl(it: &mut Interp, a: Args, name: &str, right: bool) -> PyResult<Value> {
    a.check(it, name, 1, 3, &["sep", "maxsplit"])?;
    let s = this(it, &a);
    let sep = a
        .opt(it, 1)
        .or_else(|| a.kw(it, "sep"))
        .filter(|v| !v.is_none());
    let maxsplit = match a.opt(it, 2).or_else(|| a.kw(it, "maxsplit")) {
        Some(v) => int_arg(it, v)?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<String> = Vec::new();
    match sep {
        Some(sep) => {
            let sep = str_arg(it, sep, "must be str or None, not")?;
            if sep.is_empty() {
                return Err(it.raise(TypeId::ValueError, "empty separator"));
            }
            if right {
                let mut rest = s.as_str();
                while parts.len() < max {
                    match search::rfind(rest, &sep) {
                        Some(i) => {
                            parts.push(rest[i + sep.len()..].into());
                            rest = &rest[..i];
                        }
                        None => break,
                    }
                }
                parts.push(rest.into());
                parts.reverse();
            } else {
                let mut rest = s.as_str();
                while parts.len() < max {
                    match search::find(rest, &sep) {
                        Some(i) => {
                            parts.push(rest[..i].into());
                            rest = &rest[i + sep.len()..];
                        }
                        None => break,
                    }
                }
                parts.push(rest.into());
            }
        }
        None => {
            parts = if right {
                rsplit_whitespace(&s, max)
            } else {
                split_whitespace(&s, max)
            }
        }
    }
    str_list(it, &parts)
}

/// CPython's `str.split(None, max)`: runs of whitespace separate; after
/// `max` splits the rest is kept whole, minus its leading whitespace.
fn split_whitespace(s: &str, max: usize) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        if parts.len() == max {
            parts.push(rest.into());
            break;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        parts.push(rest[..end].into());
        rest = rest[end..].trim_start();
    }
    parts
}

/// The mirror image of [`split_whitespace`], from the right.
fn rsplit_whitespace(s: &str, max: usize) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = s.trim_end();
    while !rest.is_empty() {
        if parts.len() == max {
            parts.push(rest.into());
            break;
        }
        let start = rest.rfind(char::is_whitespace).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        parts.push(rest[start..].into());
        rest = rest[..start].trim_end();
    }
    parts.reverse();
    parts
}

pub(super) fn split(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    split_impl(it, a, "split", false)
}

pub(super) fn rsplit(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    split_impl(it, a, "rsplit", true)
}

pub(super) fn join(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "join", 2, 2, &[])?;
    let sep = this(it, &a);
    let base = it.stack.len();
    let n = it.push_iterable(io, a.pos(it, 1))?;
    let mut out = String::new();
    for i in 0..n {
        let v = it.stack[base + i];
        let Some(s) = it.as_str(v) else {
            let tn = alloc::string::String::from(it.type_name(v));
            it.stack.truncate(base);
            return Err(it.raise_string(
                TypeId::TypeError,
                alloc::format!("sequence item {i}: expected str instance, {tn} found"),
            ));
        };
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(s);
    }
    it.stack.truncate(base);
    it.new_str(&out)
}

fn strip_impl(it: &mut Interp, a: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    a.check(it, name, 1, 2, &[])?;
    let s = this(it, &a);
    let chars = match a.opt(it, 1).filter(|v| !v.is_none()) {
        Some(v) => Some(str_arg(it, v, &alloc::format!("{name} arg"))?),
        None => None,
    };
    let pat = |c: char| match &chars {
        Some(set) => set.contains(c),
        None => c.is_whitespace(),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(pat);
    }
    if right {
        r = r.trim_end_matches(pat);
    }
    let r = String::from(r);
    it.new_str(&r)
}

pub(super) fn strip(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    strip_impl(it, a, "strip", true, true)
}

pub(super) fn lstrip(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    strip_impl(it, a, "lstrip", true, false)
}

pub(super) fn rstrip(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    strip_impl(it, a, "rstrip", false, true)
}

pub(super) fn replace(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "replace", 3, 4, &[])?;
    let s = this(it, &a);
    let old = str_arg(it, a.pos(it, 1), "replace() argument 1")?;
    let new = str_arg(it, a.pos(it, 2), "replace() argument 2")?;
    let count = match a.opt(it, 3) {
        Some(v) => int_arg(it, v)?,
        None => -1,
    };
    let max = usize::try_from(count).unwrap_or(usize::MAX);
    let r = search::replace(&s, &old, &new, max);
    it.new_str(&r)
}

/// Resolves optional `start`/`end` char positions to a byte range of `s`.
/// Resolves optional `start`/`end` char positions to a byte range of `s`;
/// `None` when the window is empty in CPython's sense (start past the end of
/// the string or past `end`), where even an empty needle is not found.
fn window(it: &mut Interp, a: &Args, s: &str, from: usize) -> PyResult<Option<(usize, usize)>> {
    let n = s.chars().count() as i64;
    let start = match a.opt(it, from).filter(|v| !v.is_none()) {
        Some(v) => int_arg(it, v)?,
        None => 0,
    };
    let end = match a.opt(it, from + 1).filter(|v| !v.is_none()) {
        Some(v) => int_arg(it, v)?,
        None => n,
    };
    let start = if start < 0 { (start + n).max(0) } else { start };
    let end = if end < 0 {
        (end + n).max(0)
    } else {
        end.min(n)
    };
    if start > n || start > end {
        return Ok(None);
    }
    let byte = |ci: i64| {
        s.char_indices()
            .nth(ci as usize)
            .map_or(s.len(), |(b, _)| b)
    };
    Ok(Some((byte(start), byte(end))))
}

fn char_index(s: &str, byte: usize) -> i64 {
    s[..byte].chars().count() as i64
}

fn find_impl(it: &mut Interp, a: Args, name: &str, right: bool) -> PyResult<Option<i64>> {
    a.check(it, name, 2, 4, &[])?;
    let s = this(it, &a);
    let sub = str_arg(it, a.pos(it, 1), "must be str, not")?;
    let Some((lo, hi)) = window(it, &a, &s, 2)? else {
        return Ok(None);
    };
    let hay = &s[lo..hi];
    let found = if right {
        search::rfind(hay, &sub)
    } else {
        search::find(hay, &sub)
    };
    Ok(found.map(|b| char_index(&s, lo + b)))
}

pub(super) fn find(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    Ok(Value::small_int(
        find_impl(it, a, "find", false)?.unwrap_or(-1),
    ))
}

pub(super) fn rfind(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    Ok(Value::small_int(
        find_impl(it, a, "rfind", true)?.unwrap_or(-1),
    ))
}

pub(super) fn index(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    match find_impl(it, a, "index", false)? {
        Some(i) => Ok(Value::small_int(i)),
        None => Err(it.raise(TypeId::ValueError, "substring not found")),
    }
}

pub(super) fn count(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "count", 2, 4, &[])?;
    let s = this(it, &a);
    let sub = str_arg(it, a.pos(it, 1), "must be str, not")?;
    let Some((lo, hi)) = window(it, &a, &s, 2)? else {
        return Ok(Value::small_int(0));
    };
    let hay = &s[lo..hi];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        search::count(hay, &sub)
    };
    Ok(Value::small_int(n as i64))
}

fn affix(it: &mut Interp, a: Args, name: &str, end: bool) -> PyResult<Value> {
    a.check(it, name, 2, 4, &[])?;
    let s = this(it, &a);
    let Some((lo, hi)) = window(it, &a, &s, 2)? else {
        return Ok(Value::FALSE);
    };
    let hay = &s[lo..hi];
    let p = a.pos(it, 1);
    let candidates: Vec<String> =
        if let Some(t) = it.items(p).filter(|_| it.type_of(p) == TypeId::Tuple) {
            let mut v = Vec::new();
            for i in 0..t.len {
                let x = it.item(t, i);
                v.push(str_arg(
                    it,
                    x,
                    "tuple for startswith must only contain str, not",
                )?);
            }
            v
        } else if let Some(x) = it.as_str(p) {
            alloc::vec![String::from(x)]
        } else {
            let tn = it.type_name(p);
            return Err(it.raise_string(
                TypeId::TypeError,
                alloc::format!("{name} first arg must be str or a tuple of str, not {tn}"),
            ));
        };
    let hit = candidates.iter().any(|c| {
        if end {
            hay.ends_with(c.as_str())
        } else {
            hay.starts_with(c.as_str())
        }
    });
    Ok(Value::bool(hit))
}

pub(super) fn startswith(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    affix(it, a, "startswith", false)
}

pub(super) fn endswith(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    affix(it, a, "endswith", true)
}

pub(super) fn upper(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "upper", 1, 1, &[])?;
    let s = cased_text(it, &a, "upper")?;
    it.new_str(&case::upper(&s))
}

pub(super) fn lower(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "lower", 1, 1, &[])?;
    let s = cased_text(it, &a, "lower")?;
    it.new_str(&case::lower(&s))
}

/// The receiver of case method `name`, if this build can handle it: without
/// the Unicode tables (vm feature `unicode`), non-ASCII text raises
/// `NotImplementedError` rather than get an ASCII-only answer.
pub(super) fn cased_text(it: &mut Interp, a: &Args, name: &str) -> PyResult<String> {
    let s = this(it, a);
    if case::supported(&s) {
        return Ok(s);
    }
    Err(it.raise_string(
        TypeId::NotImplementedError,
        alloc::format!(
            "str.{name}() of non-ASCII text: this build of the VM has no Unicode tables (vm feature 'unicode')"
        ),
    ))
}

/// [`predicate`] for a character class that needs the Unicode tables
/// beyond ASCII (see [`cased_text`]).
pub(super) fn class_predicate(
    it: &mut Interp,
    a: Args,
    name: &str,
    f: fn(char) -> bool,
) -> PyResult<Value> {
    a.check(it, name, 1, 1, &[])?;
    let s = cased_text(it, &a, name)?;
    Ok(Value::bool(!s.is_empty() && s.chars().all(f)))
}

pub(super) fn predicate(
    it: &mut Interp,
    a: Args,
    name: &str,
    f: fn(char) -> bool,
) -> PyResult<Value> {
    a.check(it, name, 1, 1, &[])?;
    let s = this(it, &a);
    Ok(Value::bool(!s.is_empty() && s.chars().all(f)))
}

pub(super) fn isalpha(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    class_predicate(it, a, "isalpha", case::is_alpha)
}

pub(super) fn isspace(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    predicate(it, a, "isspace", char::is_whitespace)
}

pub(super) fn format(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    let template = this(it, &a);
    let mut auto = crate::text::format_string::AutoNumber::new();
    let mut out = String::new();
    render(it, io, &a, &template, &mut auto, &mut out, 0)?;
    it.new_str(&out)
}

fn render(
    it: &mut Interp,
    io: &mut dyn Board,
    a: &Args,
    template: &str,
    auto: &mut crate::text::format_string::AutoNumber,
    out: &mut String,
    depth: usize,
) -> PyResult<()> {
    if depth > 2 {
        return Err(it.raise(
            TypeId::ValueError,
            crate::text::format_string::MAX_RECURSION_MESSAGE,
        ));
    }
    for piece in FormatParser::new(template) {
        let piece = match piece {
            Ok(p) => p,
            Err(e) => return Err(it.raise(TypeId::ValueError, e.message())),
        };
        let field = match piece {
            Piece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            Piece::Field(f) => f,
        };
        let arg = field
            .arg(auto)
            .map_err(|e| it.raise(TypeId::ValueError, e.message()))?;
        let npos = a.npos(it);
        let mut v = match arg {
            FieldArg::Index(i) => {
                if i + 1 >= npos {
                    return Err(it.raise_string(
                        TypeId::IndexError,
                        alloc::format!(
                            "Replacement index {i} out of range for positional args tuple"
                        ),
                    ));
                }
                a.pos(it, i + 1)
            }
            FieldArg::Name(n) => match a.kw(it, n) {
                Some(v) => v,
                None => return Err(it.raise_with_str_key(n)),
            },
        };
        for acc in field.accessors() {
            match acc {
                Ok(Accessor::Index(i)) => v = it.getitem(v, Value::small_int(i as i64))?,
                Ok(Accessor::Key(k)) => {
                    // `v` must survive the key's allocation.
                    it.stack.push(v);
                    let key = it.new_str(k);
                    v = it.stack.pop().unwrap_or(Value::NONE);
                    v = it.getitem(v, key?)?;
                }
                Ok(Accessor::Attr(name)) => v = it.getattr_str(io, v, name)?,
                Err(e) => return Err(it.raise(TypeId::ValueError, e.message())),
            }
        }
        let mut text = String::new();
        let user = it.is_user_obj(v);
        let conversion = if user { None } else { field.conversion };
        if user && field.conversion.is_some() {
            // `!r`/`!s` of a user object: its `__repr__`/`__str__`, then the spec.
            v = it.text_value_io(io, v, field.conversion != Some('s'))?;
        }
        match conversion {
            None => {}
            Some('r') => {
                it.repr_into(v, &mut text);
                v = it.new_str(&text)?;
                text.clear();
            }
            Some('s') => v = it.str_value(v)?,
            Some('a') => {
                let mut r = String::new();
                it.repr_into(v, &mut r);
                crate::interp::escape_non_ascii(&r, &mut text);
                v = it.new_str(&text)?;
                text.clear();
            }
            Some(c) => {
                let msg = crate::text::format_string::conversion_error(c)
                    .map_or(String::new(), |e| e.message().into());
                return Err(it.raise_string(TypeId::ValueError, msg));
            }
        }
        let spec = if field.spec_has_fields {
            let mut s = String::new();
            render(it, io, a, field.spec, auto, &mut s, depth + 1)?;
            s
        } else {
            String::from(field.spec)
        };
        if it.is_user_obj(v) {
            // `format(obj, spec)`: `__format__`, else `str(obj)` for an empty spec.
            it.stack.push(v);
            let sv = it.new_str(&spec);
            let v = it.stack.pop().unwrap_or(v);
            let r = it.format_value_io(io, v, sv?, 0)?;
            out.push_str(it.as_str(r).unwrap_or(""));
            continue;
        }
        it.stack.push(v);
        let r = it.format_into(v, &spec, &mut text);
        it.stack.pop();
        r?;
        out.push_str(&text);
    }
    Ok(())
}

impl Interp {
    /// `KeyError('name')` for a missing `str.format` keyword.
    fn raise_with_str_key(&mut self, key: &str) -> crate::interp::Thrown {
        match self.new_str(key) {
            Ok(k) => self.raise_with(TypeId::KeyError, k),
            Err(t) => t,
        }
    }
}

pub(super) fn rindex(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    match find_impl(it, a, "rindex", true)? {
        Some(i) => Ok(Value::small_int(i)),
        None => Err(it.raise(TypeId::ValueError, "substring not found")),
    }
}

fn partition_impl(it: &mut Interp, a: Args, name: &str, right: bool) -> PyResult<Value> {
    a.check(it, name, 2, 2, &[])?;
    let s = this(it, &a);
    let sep = str_arg(it, a.pos(it, 1), "must be str, not")?;
    if sep.is_empty() {
        return Err(it.raise(TypeId::ValueError, "empty separator"));
    }
    let found = if right {
        search::rfind(&s, &sep)
    } else {
        search::find(&s, &sep)
    };
    let parts: [String; 3] = match found {
        Some(i) => [s[..i].into(), sep.clone(), s[i + sep.len()..].into()],
        None if right => [String::new(), String::new(), s.clone()],
        None => [s.clone(), String::new(), String::new()],
    };
    let base = it.stack.len();
    for p in &parts {
        let v = it.new_str(p)?;
        it.stack.push(v);
    }
    let t = it.tuple_from_stack(3);
    it.stack.truncate(base);
    t
}

pub(super) fn partition(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    partition_impl(it, a, "partition", false)
}

pub(super) fn rpartition(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    partition_impl(it, a, "rpartition", true)
}

pub(super) fn splitlines(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "splitlines", 1, 2, &["keepends"])?;
    let s = this(it, &a);
    let keep = a
        .opt(it, 1)
        .or_else(|| a.kw(it, "keepends"))
        .is_some_and(|v| it.truthy(v));
    let is_break = |c: char| {
        matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        )
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(j, '\n')) = chars.peek() {
                    chars.next();
                    end = j + 1;
                }
            }
            parts.push(String::from(if keep {
                &s[start..end]
            } else {
                &s[start..i]
            }));
            start = end;
        }
    }
    if start < s.len() {
        parts.push(s[start..].into());
    }
    str_list(it, &parts)
}
