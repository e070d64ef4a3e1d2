//! printf-style `str % args` formatting, CPython's rules. Each conversion is
//! turned into an equivalent `format()` spec so the number formatting is
//! shared with `str.format` and f-strings. Nothing is allocated on the heap
//! until the result string, so values read from `args` stay valid.

use super::{Interp, PyResult};
use crate::heap::Kind;
use crate::text::format_spec::{format_float, format_int, FormatSpec};
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Where conversion arguments come from.
struct Source {
    items: Vec<Value>,
    next: usize,
    mapping: Option<Value>,
}

impl Interp {
    /// `fmt % args`.
    pub(crate) fn percent_format(&mut self, fmt: Value, args: Value) -> PyResult<Value> {
        if !cfg!(feature = "format") {
            return Err(self.left_out("format"));
        }
        let text = String::from(self.as_str(fmt).unwrap_or(""));
        let is_tuple = self.type_of(args) == TypeId::Tuple;
        let mut items = match self.items(args) {
            Some(it) if is_tuple => self.items_vec(it),
            _ => alloc::vec![args],
        };
        for v in items.iter_mut() {
            // `"%d" % (MyInt(3),)`: a built-in subclass without its own text.
            if self.base_text(*v, false) {
                *v = self.base_value(*v).unwrap_or(*v);
            }
        }
        // A dict subclass formats from the dict it wraps.
        let dict_args = self.base_value(args).unwrap_or(args);
        let mapping = (!is_tuple
            && dict_args
                .as_obj()
                .is_some_and(|o| self.heap.kind(o) == Kind::Dict))
        .then_some(dict_args);
        let mut src = Source {
            items,
            next: 0,
            mapping,
        };
        let mut out = String::new();
        let mut used_mapping = false;
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            i += 1;
            if c != '%' {
                out.push(c);
                continue;
            }
            // Mapping key.
            let mut keyed = None;
            if chars.get(i) == Some(&'(') {
                let mut depth = 1;
                let mut j = i + 1;
                while j < chars.len() && depth > 0 {
                    match chars[j] {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    j += 1;
                }
                if depth > 0 {
                    return Err(self.raise(TypeId::ValueError, "incomplete format key"));
                }
                let key: String = chars[i + 1..j - 1].iter().collect();
                i = j;
                let Some(m) = src.mapping else {
                    return Err(self.raise(TypeId::TypeError, "format requires a mapping"));
                };
                used_mapping = true;
                keyed = Some(self.lookup_str_key(m, &key)?);
            }
            let mut left = false;
            let mut zero = false;
            let mut sign = None;
            let mut alt = false;
            while let Some(&f) = chars.get(i) {
                match f {
                    '-' => left = true,
                    '0' => zero = true,
                    '+' => sign = Some('+'),
                    ' ' => {
                        if sign.is_none() {
                            sign = Some(' ')
                        }
                    }
                    '#' => alt = true,
                    _ => break,
                }
                i += 1;
            }
            let mut width = None;
            if chars.get(i) == Some(&'*') {
                i += 1;
                let v = self.next_arg(&mut src)?;
                let Some(w) = self.to_i64(v).filter(|_| self.is_int(v)) else {
                    return Err(self.raise(TypeId::TypeError, "* wants int"));
                };
                if w < 0 {
                    left = true;
                }
                width = Some(w.unsigned_abs() as usize);
            } else {
                width = read_num(&chars, &mut i).or(width);
            }
            let mut precision = None;
            if chars.get(i) == Some(&'.') {
                i += 1;
                if chars.get(i) == Some(&'*') {
                    i += 1;
                    let v = self.next_arg(&mut src)?;
                    let Some(p) = self.to_i64(v).filter(|_| self.is_int(v)) else {
                        return Err(self.raise(TypeId::TypeError, "* wants int"));
                    };
                    precision = Some(p.max(0) as usize);
                } else {
                    precision = Some(read_num(&chars, &mut i).unwrap_or(0));
                }
            }
            // Length modifiers are accepted and ignored, as in CPython.
            while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
                i += 1;
            }
            let Some(&conv) = chars.get(i) else {
                return Err(self.raise(TypeId::ValueError, "incomplete format"));
            };
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let v = match keyed {
                Some(v) => v,
                None => self.next_arg(&mut src)?,
            };
            let conv_spec = Conv {
                left,
                zero,
                sign,
                alt,
                width,
                precision,
            };
            // Text that could never fit the VM heap is not built.
            self.text_fits(width, precision)?;
            match conv {
                's' | 'r' | 'a' => {
                    let mut s = String::new();
                    match conv {
                        's' => self.str_into(v, &mut s),
                        'r' => self.repr_into(v, &mut s),
                        _ => {
                            let mut r = String::new();
                            self.repr_into(v, &mut r);
                            super::escape_non_ascii(&r, &mut s);
                        }
                    }
                    if let Some(p) = precision {
                        s = s.chars().take(p).collect();
                    }
                    pad(&s, &conv_spec, &mut out);
                }
                'c' => {
                    let ch = if let Some(s) = self.as_str(v).filter(|s| s.chars().count() == 1) {
                        String::from(s)
                    } else if let Some(n) = self.to_i64(v).filter(|_| self.is_int(v)) {
                        match u32::try_from(n).ok().and_then(char::from_u32) {
                            Some(c) => String::from(c),
                            None => {
                                return Err(self
                                    .raise(TypeId::OverflowError, "%c arg not in range(0x110000)"))
                            }
                        }
                    } else {
                        return Err(self.raise(TypeId::TypeError, "%c requires int or char"));
                    };
                    pad(&ch, &conv_spec, &mut out);
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let b = if self.is_int(v) {
                        self.to_bigint(v).unwrap_or_default()
                    } else if let (Some(x), 'd' | 'i' | 'u') = (v.as_float(), conv) {
                        if !x.is_finite() {
                            let msg = if x.is_nan() {
                                "cannot convert float NaN to integer"
                            } else {
                                "cannot convert float infinity to integer"
                            };
                            let ty = if x.is_nan() {
                                TypeId::ValueError
                            } else {
                                TypeId::OverflowError
                            };
                            return Err(self.raise(ty, msg));
                        }
                        crate::num::BigInt::from_f64(x).unwrap_or_default()
                    } else {
                        let tn = self.type_name(v);
                        let what = if matches!(conv, 'd' | 'i' | 'u') {
                            "a real number"
                        } else {
                            "an integer"
                        };
                        return Err(self.raise_string(
                            TypeId::TypeError,
                            format!("%{conv} format: {what} is required, not {tn}"),
                        ));
                    };
                    let ty = if matches!(conv, 'i' | 'u') { 'd' } else { conv };
                    let spec = conv_spec.spec(ty, false);
                    let mut digits = String::new();
                    self.apply_spec(&spec, |s, o| format_int(&b, s, o), &mut digits)?;
                    if let (Some(p), 'd' | 'i' | 'u') = (precision, conv) {
                        // `%.3d`: at least `p` digits.
                        let body = digits.trim_start_matches(['-', '+', ' ']);
                        if body.len() < p && width.is_none() {
                            let sign_part = &digits[..digits.len() - body.len()];
                            let mut s = String::from(sign_part);
                            s.extend(core::iter::repeat_n('0', p - body.len()));
                            s.push_str(body);
                            digits = s;
                        }
                    }
                    out.push_str(&digits);
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let x = if let Some(x) = v.as_float() {
                        x
                    } else if self.is_int(v) {
                        let Some(x) = self.to_f64(v) else {
                            return Err(self.raise(
                                TypeId::OverflowError,
                                "int too large to convert to float",
                            ));
                        };
                        x
                    } else {
                        let tn = self.type_name(v);
                        return Err(self.raise_string(
                            TypeId::TypeError,
                            format!("must be real number, not {tn}"),
                        ));
                    };
                    let mut cs = conv_spec;
                    cs.precision = Some(precision.unwrap_or(6));
                    let spec = cs.spec(conv, true);
                    self.apply_spec(&spec, |s, o| format_float(x, s, o), &mut out)?;
                }
                _ => {
                    return Err(self.raise_string(
                        TypeId::ValueError,
                        format!(
                            "unsupported format character '{conv}' (0x{:x}) at index {}",
                            conv as u32,
                            i - 1
                        ),
                    ))
                }
            }
        }
        if src.next < src.items.len() && src.mapping.is_none() && !used_mapping {
            return Err(self.raise(
                TypeId::TypeError,
                "not all arguments converted during string formatting",
            ));
        }
        self.new_str(&out)
    }

    fn next_arg(&mut self, src: &mut Source) -> PyResult<Value> {
        match src.items.get(src.next) {
            Some(v) => {
                src.next += 1;
                Ok(*v)
            }
            None => Err(self.raise(TypeId::TypeError, "not enough arguments for format string")),
        }
    }

    fn lookup_str_key(&mut self, d: Value, key: &str) -> PyResult<Value> {
        let off = d.as_obj().unwrap_or(0);
        for e in 0..self.dict_used(off) {
            let (k, v) = self.dict_entry(off, e);
            if k != Value::DELETED && self.as_str(k) == Some(key) {
                return Ok(v);
            }
        }
        let k = self.new_str(key)?;
        Err(self.raise_with(TypeId::KeyError, k))
    }

    fn apply_spec(
        &mut self,
        spec: &str,
        f: impl FnOnce(&FormatSpec, &mut String) -> Result<(), crate::text::format_spec::FormatError>,
        out: &mut String,
    ) -> PyResult<()> {
        let parsed = FormatSpec::parse(spec, "float")
            .map_err(|e| self.raise(TypeId::ValueError, e.message()))?;
        self.spec_fits(&parsed)?;
        f(&parsed, out).map_err(|e| self.raise(TypeId::ValueError, e.message()))
    }
}

/// The flags, width and precision of one conversion.
#[derive(Clone, Copy)]
struct Conv {
    left: bool,
    zero: bool,
    sign: Option<char>,
    alt: bool,
    width: Option<usize>,
    precision: Option<usize>,
}

impl Conv {
    /// The `format()` spec doing the same as this conversion for type `ty`.
    fn spec(&self, ty: char, with_precision: bool) -> String {
        let mut s = String::new();
        if self.left {
            s.push('<');
        } else if self.zero {
            s.push('=');
        } else {
            s.push('>');
        }
        if let Some(c) = self.sign {
            s.push(c);
        }
        if self.alt {
            s.push('#');
        }
        if self.zero && !self.left {
            s.push('0');
        }
        if let Some(w) = self.width {
            s.push_str(&format!("{w}"));
        }
        if with_precision {
            if let Some(p) = self.precision {
                s.push_str(&format!(".{p}"));
            }
        }
        s.push(ty);
        s
    }
}

fn pad(s: &str, c: &Conv, out: &mut String) {
    let n = s.chars().count();
    let w = c.width.unwrap_or(0);
    if n >= w {
        out.push_str(s);
    } else if c.left {
        out.push_str(s);
        out.extend(core::iter::repeat_n(' ', w - n));
    } else {
        out.extend(core::iter::repeat_n(' ', w - n));
        out.push_str(s);
    }
}

fn read_num(chars: &[char], i: &mut usize) -> Option<usize> {
    let start = *i;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n.saturating_mul(10).saturating_add(d as usize);
        *i += 1;
    }
    (*i > start).then_some(n)
}

impl Interp {
    /// `fmt % args` when `args` holds user objects: each one consumed by a
    /// `%s`/`%r`/`%a` is first turned into its text by its own
    /// `__str__`/`__repr__` (Python code, hence `io`), and the conversion
    /// becomes `%s`; the rest is [`Interp::percent_format`].
    pub(crate) fn percent_format_io(
        &mut self,
        io: &mut dyn crate::hal::Board,
        fmt: Value,
        args: Value,
    ) -> PyResult<Value> {
        if !cfg!(feature = "format") {
            return Err(self.left_out("format"));
        }
        let is_tuple = self.type_of(args) == TypeId::Tuple;
        let mut items = match self.items(args) {
            Some(it) if is_tuple => self.items_vec(it),
            _ => alloc::vec![args],
        };
        let chars: Vec<char> = self.as_str(fmt).unwrap_or("").chars().collect();
        // Which item each conversion takes, and where its letter is.
        let mut convs: Vec<(usize, usize)> = Vec::new();
        let mut next = 0;
        let mut i = 0;
        while i < chars.len() {
            if chars[i] != '%' {
                i += 1;
                continue;
            }
            i += 1;
            if chars.get(i) == Some(&'(') {
                // A mapping key: not positional, leave to the plain path.
                return self.percent_format(fmt, args);
            }
            while matches!(chars.get(i), Some('-' | '0' | '+' | ' ' | '#')) {
                i += 1;
            }
            while let Some(c) = chars.get(i) {
                if *c == '*' {
                    next += 1;
                } else if !c.is_ascii_digit() && *c != '.' && !matches!(c, 'h' | 'l' | 'L') {
                    break;
                }
                i += 1;
            }
            match chars.get(i) {
                Some('%') => {}
                Some(_) => {
                    convs.push((next, i));
                    next += 1;
                }
                None => break,
            }
            i += 1;
        }
        let mut out_chars = chars.clone();
        let sp = self.stack.len();
        self.stack.extend_from_slice(&items);
        for (idx, at) in convs {
            let conv = chars[at];
            if idx >= items.len() || !matches!(conv, 's' | 'r' | 'a') {
                continue;
            }
            let v = self.stack[sp + idx];
            if !self.needs_user_text(v, 0) {
                continue;
            }
            match self.text_value_io(io, v, conv != 's') {
                Ok(t) => self.stack[sp + idx] = t,
                Err(e) => {
                    self.stack.truncate(sp);
                    return Err(e);
                }
            }
            out_chars[at] = 's';
        }
        let n = items.len();
        items.clear();
        let text: String = out_chars.into_iter().collect();
        let r = self.new_str(&text).and_then(|f| {
            self.stack.push(f);
            let t = if is_tuple {
                let start = self.stack.len() - 1 - n;
                self.stack.extend_from_within(start..start + n);
                self.tuple_from_stack(n)
            } else {
                Ok(self.stack[sp])
            };
            let f = self.stack[sp + n];
            t.and_then(|t| self.percent_format(f, t))
        });
        self.stack.truncate(sp);
        r
    }
}
