//! The `json` module: `dumps` with CPython's default formatting (separators,
//! `indent`, `sort_keys`, `ensure_ascii`) and `loads` raising
//! `json.JSONDecodeError` (a `ValueError`) with CPython's messages.
//!
//! `dumps` only reads the heap, so it writes straight into a Rust string;
//! `loads` builds values on the VM stack so everything stays rooted.

use super::Args;
use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::text::float_repr;
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

/// Deepest nesting `dumps` and `loads` accept (both recurse on the Rust stack).
const MAX_DEPTH: usize = 100;

struct Options {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    ensure_ascii: bool,
}

pub(super) fn dumps(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(
        it,
        "dumps",
        1,
        1,
        &["indent", "separators", "sort_keys", "ensure_ascii"],
    )?;
    let indent = match a.kw(it, "indent") {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => {
            if let Some(s) = it.as_str(v) {
                Some(String::from(s))
            } else if let Some(n) = it.to_i64(v).filter(|_| it.is_int(v)) {
                Some(" ".repeat(n.clamp(0, 64) as usize))
            } else {
                return Err(it.raise(TypeId::TypeError, "indent must be an int or a str"));
            }
        }
    };
    let (mut item_sep, mut key_sep) = if indent.is_some() {
        (String::from(","), String::from(": "))
    } else {
        (String::from(", "), String::from(": "))
    };
    if let Some(seps) = a.kw(it, "separators").filter(|v| !v.is_none()) {
        let parts = it.items(seps).map(|i| it.items_vec(i)).unwrap_or_default();
        match parts.as_slice() {
            [x, y] if it.is_str(*x) && it.is_str(*y) => {
                item_sep = String::from(it.as_str(*x).unwrap_or(""));
                key_sep = String::from(it.as_str(*y).unwrap_or(""));
            }
            _ => {
                return Err(it.raise(
                    TypeId::ValueError,
                    "separators must be a (item_separator, key_separator) pair",
                ))
            }
        }
    }
    let opts = Options {
        indent,
        item_sep,
        key_sep,
        sort_keys: a.kw(it, "sort_keys").is_some_and(|v| it.truthy(v)),
        ensure_ascii: a.kw(it, "ensure_ascii").is_none_or(|v| it.truthy(v)),
    };
    let mut out = String::new();
    let v = a.pos(it, 0);
    if let Err(msg) = encode(it, v, &opts, 0, &mut out) {
        return Err(match msg {
            EncodeError::Type(m) => it.raise_string(TypeId::TypeError, m),
            EncodeError::Depth => {
                it.raise(TypeId::RecursionError, "maximum recursion depth exceeded")
            }
        });
    }
    it.new_str(&out)
}

enum EncodeError {
    Type(String),
    Depth,
}

fn encode_str(s: &str, ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ascii && (c as u32) > 0x7E) => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn encode_float(x: f64, out: &mut String) {
    if x.is_nan() {
        out.push_str("NaN");
    } else if x.is_infinite() {
        out.push_str(if x > 0.0 { "Infinity" } else { "-Infinity" });
    } else {
        float_repr(x, out);
    }
}

fn newline(opts: &Options, depth: usize, out: &mut String) {
    if let Some(ind) = &opts.indent {
        out.push('\n');
        for _ in 0..depth {
            out.push_str(ind);
        }
    }
}

fn encode(
    it: &Interp,
    v: Value,
    opts: &Options,
    depth: usize,
    out: &mut String,
) -> Result<(), EncodeError> {
    if depth > MAX_DEPTH {
        return Err(EncodeError::Depth);
    }
    // Subclasses of `dict`, `list`, `str`, … encode as their wrapped value.
    let v = it.base_value(v).unwrap_or(v);
    if v.is_none() {
        out.push_str("null");
        return Ok(());
    }
    if let Some(b) = v.as_bool() {
        out.push_str(if b { "true" } else { "false" });
        return Ok(());
    }
    if let Some(x) = v.as_float() {
        encode_float(x, out);
        return Ok(());
    }
    if it.is_int(v) {
        out.push_str(&it.to_bigint(v).unwrap_or_default().to_str_radix(10));
        return Ok(());
    }
    if let Some(s) = it.as_str(v) {
        encode_str(s, opts.ensure_ascii, out);
        return Ok(());
    }
    let kind = v.as_obj().map(|o| it.heap.kind(o));
    if let (Some(Kind::List | Kind::Tuple), Some(items)) = (kind, it.items(v)) {
        if items.len == 0 {
            out.push_str("[]");
            return Ok(());
        }
        out.push('[');
        for i in 0..items.len {
            if i > 0 {
                out.push_str(&opts.item_sep);
            }
            newline(opts, depth + 1, out);
            encode(it, it.item(items, i), opts, depth + 1, out)?;
        }
        newline(opts, depth, out);
        out.push(']');
        return Ok(());
    }
    if kind == Some(Kind::Dict) {
        let d = v.as_obj().unwrap_or(0);
        let mut pairs: Vec<(String, Value)> = Vec::new();
        for e in 0..it.dict_used(d) {
            let (k, val) = it.dict_entry(d, e);
            if k == Value::DELETED {
                continue;
            }
            let key = if let Some(s) = it.as_str(k) {
                String::from(s)
            } else if let Some(b) = k.as_bool() {
                String::from(if b { "true" } else { "false" })
            } else if k.is_none() {
                String::from("null")
            } else if let Some(x) = k.as_float() {
                let mut s = String::new();
                encode_float(x, &mut s);
                s
            } else if it.is_int(k) {
                it.to_bigint(k).unwrap_or_default().to_str_radix(10)
            } else {
                return Err(EncodeError::Type(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    it.type_name(k)
                )));
            };
            pairs.push((key, val));
        }
        let mut order: Vec<usize> = (0..pairs.len()).collect();
        if opts.sort_keys {
            crate::index_sort::sort_indices(&mut order, &mut |a, b| pairs[a].0 < pairs[b].0);
        }
        if pairs.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        out.push('{');
        for (i, (k, val)) in order.iter().map(|&p| &pairs[p]).enumerate() {
            if i > 0 {
                out.push_str(&opts.item_sep);
            }
            newline(opts, depth + 1, out);
            encode_str(k, opts.ensure_ascii, out);
            out.push_str(&opts.key_sep);
            encode(it, *val, opts, depth + 1, out)?;
        }
        newline(opts, depth, out);
        out.push('}');
        return Ok(());
    }
    Err(EncodeError::Type(format!(
        "Object of type {} is not JSON serializable",
        it.type_name(v)
    )))
}

/// `json.loads(s)`.
pub(super) fn loads(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "loads", 1, 1, &[])?;
    let v = a.pos(it, 0);
    let text: String = if let Some(s) = it.as_str(v) {
        String::from(s)
    } else if let Some(b) = it.as_bytes(v) {
        String::from_utf8_lossy(b).into_owned()
    } else {
        let tn = it.type_name(v);
        return Err(it.raise_string(
            TypeId::TypeError,
            format!("the JSON object must be str, bytes or bytearray, not {tn}"),
        ));
    };
    let chars: Vec<char> = text.chars().collect();
    let base = it.stack.len();
    let mut p = Parser {
        s: &chars,
        pos: 0,
        depth: 0,
    };
    let r = p.document(it);
    match r {
        Ok(()) => {
            let v = it.stack[base];
            it.stack.truncate(base);
            Ok(v)
        }
        Err(e) => {
            it.stack.truncate(base);
            Err(match e {
                ParseError::Thrown(t) => t,
                ParseError::Syntax(msg, at) => {
                    let (line, col) = line_col(&chars, at);
                    it.raise_string(
                        TypeId::JsonDecodeError,
                        format!("{msg}: line {line} column {col} (char {at})"),
                    )
                }
            })
        }
    }
}

fn line_col(s: &[char], at: usize) -> (usize, usize) {
    let before = &s[..at.min(s.len())];
    let line = before.iter().filter(|c| **c == '\n').count() + 1;
    let col = at - before.iter().rposition(|c| *c == '\n').map_or(0, |p| p + 1) + 1;
    (line, col)
}

enum ParseError {
    Syntax(&'static str, usize),
    Thrown(crate::interp::Thrown),
}

impl From<crate::interp::Thrown> for ParseError {
    fn from(t: crate::interp::Thrown) -> Self {
        ParseError::Thrown(t)
    }
}

struct Parser<'a> {
    s: &'a [char],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while matches!(self.s.get(self.pos), Some(' ' | '\t' | '\n' | '\r')) {
            self.pos += 1;
        }
    }

    fn document(&mut self, it: &mut Interp) -> Result<(), ParseError> {
        self.ws();
        self.value(it)?;
        self.ws();
        if self.pos < self.s.len() {
            return Err(ParseError::Syntax("Extra data", self.pos));
        }
        Ok(())
    }

    fn starts(&self, word: &str) -> bool {
        word.chars()
            .enumerate()
            .all(|(i, c)| self.s.get(self.pos + i) == Some(&c))
    }

    /// Parses one value and pushes it on the VM stack.
    fn value(&mut self, it: &mut Interp) -> Result<(), ParseError> {
        let Some(&c) = self.s.get(self.pos) else {
            return Err(ParseError::Syntax("Expecting value", self.pos));
        };
        let v = match c {
            '{' => return self.object(it),
            '[' => return self.array(it),
            '"' => {
                let s = self.string()?;
                it.new_str(&s)?
            }
            _ if self.starts("null") => {
                self.pos += 4;
                Value::NONE
            }
            _ if self.starts("true") => {
                self.pos += 4;
                Value::TRUE
            }
            _ if self.starts("false") => {
                self.pos += 5;
                Value::FALSE
            }
            _ if self.starts("NaN") => {
                self.pos += 3;
                Value::float(f64::NAN)
            }
            _ if self.starts("Infinity") => {
                self.pos += 8;
                Value::float(f64::INFINITY)
            }
            _ if self.starts("-Infinity") => {
                self.pos += 9;
                Value::float(f64::NEG_INFINITY)
            }
            '-' | '0'..='9' => self.number(it)?,
            _ => return Err(ParseError::Syntax("Expecting value", self.pos)),
        };
        it.stack.push(v);
        Ok(())
    }

    fn number(&mut self, it: &mut Interp) -> Result<Value, ParseError> {
        let start = self.pos;
        if self.s.get(self.pos) == Some(&'-') {
            self.pos += 1;
        }
        match self.s.get(self.pos) {
            Some('0') => self.pos += 1,
            Some('1'..='9') => {
                while matches!(self.s.get(self.pos), Some('0'..='9')) {
                    self.pos += 1;
                }
            }
            _ => return Err(ParseError::Syntax("Expecting value", start)),
        }
        let mut is_float = false;
        if self.s.get(self.pos) == Some(&'.') && matches!(self.s.get(self.pos + 1), Some('0'..='9'))
        {
            is_float = true;
            self.pos += 1;
            while matches!(self.s.get(self.pos), Some('0'..='9')) {
                self.pos += 1;
            }
        }
        if matches!(self.s.get(self.pos), Some('e' | 'E')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.s.get(self.pos), Some('+' | '-')) {
                self.pos += 1;
            }
            if matches!(self.s.get(self.pos), Some('0'..='9')) {
                is_float = true;
                while matches!(self.s.get(self.pos), Some('0'..='9')) {
                    self.pos += 1;
                }
            } else {
                self.pos = save;
            }
        }
        let text: String = self.s[start..self.pos].iter().collect();
        if is_float {
            let x = crate::text::parse_num::parse_float(&text).unwrap_or(f64::NAN);
            return Ok(Value::float(x));
        }
        let b = crate::text::parse_num::parse_int(&text, 10).unwrap_or_default();
        Ok(it.new_bigint(b)?)
    }

    fn string(&mut self) -> Result<String, ParseError> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(&c) = self.s.get(self.pos) else {
                return Err(ParseError::Syntax("Unterminated string starting at", start));
            };
            self.pos += 1;
            match c {
                '"' => return Ok(out),
                '\\' => {
                    let Some(&e) = self.s.get(self.pos) else {
                        return Err(ParseError::Syntax("Unterminated string starting at", start));
                    };
                    self.pos += 1;
                    match e {
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        '/' => out.push('/'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        'u' => {
                            let hi = self.hex4()?;
                            let cp = if (0xD800..0xDC00).contains(&hi)
                                && self.s.get(self.pos) == Some(&'\\')
                                && self.s.get(self.pos + 1) == Some(&'u')
                            {
                                let save = self.pos;
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                                } else {
                                    self.pos = save;
                                    hi
                                }
                            } else {
                                hi
                            };
                            out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                        }
                        _ => return Err(ParseError::Syntax("Invalid \\escape", self.pos - 2)),
                    }
                }
                c if (c as u32) < 0x20 => {
                    return Err(ParseError::Syntax(
                        "Invalid control character at",
                        self.pos - 1,
                    ))
                }
                c => out.push(c),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut n = 0;
        for i in 0..4 {
            let Some(d) = self.s.get(self.pos + i).and_then(|c| c.to_digit(16)) else {
                return Err(ParseError::Syntax("Invalid \\uXXXX escape", self.pos - 1));
            };
            n = n * 16 + d;
        }
        self.pos += 4;
        Ok(n)
    }

    fn enter(&mut self, it: &mut Interp) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ParseError::Thrown(it.raise(
                TypeId::RecursionError,
                "maximum recursion depth exceeded while decoding a JSON document",
            )));
        }
        Ok(())
    }

    fn array(&mut self, it: &mut Interp) -> Result<(), ParseError> {
        self.enter(it)?;
        self.pos += 1;
        self.ws();
        let mut n = 0;
        if self.s.get(self.pos) == Some(&']') {
            self.pos += 1;
        } else {
            loop {
                self.ws();
                self.value(it)?;
                n += 1;
                self.ws();
                match self.s.get(self.pos) {
                    Some(',') => self.pos += 1,
                    Some(']') => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(ParseError::Syntax("Expecting ',' delimiter", self.pos)),
                }
            }
        }
        let l = it.list_from_stack(n)?;
        it.stack.push(l);
        self.depth -= 1;
        Ok(())
    }

    fn object(&mut self, it: &mut Interp) -> Result<(), ParseError> {
        self.enter(it)?;
        self.pos += 1;
        let start = it.stack.len();
        self.ws();
        let mut n = 0;
        if self.s.get(self.pos) == Some(&'}') {
            self.pos += 1;
        } else {
            loop {
                self.ws();
                if self.s.get(self.pos) != Some(&'"') {
                    return Err(ParseError::Syntax(
                        "Expecting property name enclosed in double quotes",
                        self.pos,
                    ));
                }
                let k = self.string()?;
                let k = it.new_str(&k)?;
                it.stack.push(k);
                self.ws();
                if self.s.get(self.pos) != Some(&':') {
                    return Err(ParseError::Syntax("Expecting ':' delimiter", self.pos));
                }
                self.pos += 1;
                self.ws();
                self.value(it)?;
                n += 1;
                self.ws();
                match self.s.get(self.pos) {
                    Some(',') => self.pos += 1,
                    Some('}') => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(ParseError::Syntax("Expecting ',' delimiter", self.pos)),
                }
            }
        }
        let d = it.new_dict(n)?;
        it.stack.push(d);
        for i in 0..n {
            let (k, v) = (it.stack[start + 2 * i], it.stack[start + 2 * i + 1]);
            let d = it.stack[start + 2 * n];
            it.dict_set(d, k, v)?;
        }
        let d = it.stack[start + 2 * n];
        it.stack.truncate(start);
        it.stack.push(d);
        self.depth -= 1;
        Ok(())
    }
}
