//! The format-spec mini-language (`format(value, spec)`, `f'{x:spec}'`,
//! `str.format`), following CPython 3.11's `Python/formatter_unicode.c`:
//!
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
//!
//! Parse once with [`FormatSpec::parse`], then render with [`format_int`],
//! [`format_float`] or [`format_str`].  An empty spec means `str(value)`;
//! the VM handles that (and `bool`, whose empty spec gives `True`) itself.
//! Locale-dependent `n` uses the C locale (no grouping), as CPython does
//! unless a program calls `locale.setlocale`.

use super::float_repr::{double_to_string, Flags};
use super::unicode_tables::decimal_value;
use crate::num::BigInt;
use alloc::string::String;

/// Which Python exception a [`FormatError`] becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatErrorKind {
    /// `ValueError` (almost everything).
    Value,
    /// `OverflowError` (`%c arg not in range(0x110000)`,
    /// `int too large to convert to float`).
    Overflow,
}

/// A formatting error with CPython's exact message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    kind: FormatErrorKind,
    message: String,
}

impl FormatError {
    /// A `ValueError` with `message`.
    pub fn value(message: impl Into<String>) -> Self {
        FormatError {
            kind: FormatErrorKind::Value,
            message: message.into(),
        }
    }

    /// An `OverflowError` with `message`.
    pub fn overflow(message: impl Into<String>) -> Self {
        FormatError {
            kind: FormatErrorKind::Overflow,
            message: message.into(),
        }
    }

    /// The exception message.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The exception class to raise.
    pub fn kind(&self) -> FormatErrorKind {
        self.kind
    }

    /// Rewrites `... for object of type 'int'` messages to name `type_name`
    /// instead (for subclasses such as `bool`).
    pub fn with_type_name(mut self, type_name: &str) -> Self {
        const MARK: &str = "for object of type '";
        if let Some(at) = self.message.rfind(MARK) {
            self.message.truncate(at + MARK.len());
            self.message.push_str(type_name);
            self.message.push('\'');
        }
        self
    }
}

/// Alignment (`<`, `>`, `^`, `=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

/// Sign option (`-`, `+`, space).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `-`: only negative numbers get a sign (the default).
    Minus,
    /// `+`: always a sign.
    Plus,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// A parsed format spec.  Fields keep what was written; the defaults that
/// depend on the value's type (fill, alignment, type) are applied when
/// formatting.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only together with an alignment).
    pub fill: Option<char>,
    /// Explicit alignment.
    pub align: Option<Align>,
    /// Sign option.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag before the width (zero fill, `=` alignment for numbers).
    pub zero: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Thousands separator: `','` or `'_'`.
    pub grouping: Option<char>,
    /// Precision (after `.`).
    pub precision: Option<usize>,
    /// Presentation type, if given.
    pub ty: Option<char>,
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// CPython's `get_integer`: a run of decimal digits (any script).  Values
/// beyond `Py_ssize_t` (64-bit CPython) or `usize` are an error.
fn take_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut acc: u64 = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = d as u64;
        if acc > (i64::MAX as u64 - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    if *pos == start {
        return Ok(None);
    }
    usize::try_from(acc)
        .map(Some)
        .map_err(|_| FormatError::value("Too many decimal digits in format string"))
}

impl FormatSpec {
    /// Parses `spec` (the part after `:`), as CPython's
    /// `parse_internal_render_format_spec`.  `type_name` (`int`, `float`,
    /// `str`, ...) only appears in the `Invalid format specifier` message.
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
        let chars: alloc::vec::Vec<char> = spec.chars().collect();
        let end = chars.len();
        let mut pos = 0;
        let mut f = FormatSpec::default();
        if end >= 2 && align_of(chars[1]).is_some() {
            f.fill = Some(chars[0]);
            f.align = align_of(chars[1]);
            pos = 2;
        } else if end >= 1 && align_of(chars[0]).is_some() {
            f.align = align_of(chars[0]);
            pos = 1;
        }
        match chars.get(pos) {
            Some('+') => f.sign = Some(Sign::Plus),
            Some('-') => f.sign = Some(Sign::Minus),
            Some(' ') => f.sign = Some(Sign::Space),
            _ => {}
        }
        if f.sign.is_some() {
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            f.no_neg_zero = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            f.alternate = true;
            pos += 1;
        }
        if f.fill.is_none() && chars.get(pos) == Some(&'0') {
            f.zero = true;
            pos += 1;
        }
        f.width = take_integer(&chars, &mut pos)?;
        if chars.get(pos) == Some(&',') {
            f.grouping = Some(',');
            pos += 1;
        }
        if chars.get(pos) == Some(&'_') {
            if f.grouping.is_some() {
                return Err(FormatError::value("Cannot specify both ',' and '_'."));
            }
            f.grouping = Some('_');
            pos += 1;
        }
        if chars.get(pos) == Some(&',') && f.grouping == Some('_') {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            f.precision = take_integer(&chars, &mut pos)?;
            if f.precision.is_none() {
                return Err(FormatError::value("Format specifier missing precision"));
            }
        }
        if end - pos > 1 {
            return Err(FormatError::value(alloc::format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec,
                type_name
            )));
        }
        f.ty = chars.get(pos).copied();
        if let Some(sep) = f.grouping {
            let ok = match f.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => sep == '_',
                _ => false,
            };
            if !ok {
                return Err(grouping_error(sep, f.ty.unwrap_or('\0')));
            }
        }
        Ok(f)
    }

    fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero { '0' } else { ' ' })
    }

    fn number_align(&self) -> Align {
        self.align.unwrap_or(if self.zero {
            Align::AfterSign
        } else {
            Align::Right
        })
    }
}

fn grouping_error(sep: char, ty: char) -> FormatError {
    if (ty as u32) > 32 && (ty as u32) < 128 {
        FormatError::value(alloc::format!("Cannot specify '{}' with '{}'.", sep, ty))
    } else {
        FormatError::value(alloc::format!(
            "Cannot specify '{}' with '\\x{:x}'.",
            sep,
            ty as u32
        ))
    }
}

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    if (ty as u32) > 32 && (ty as u32) < 128 {
        FormatError::value(alloc::format!(
            "Unknown format code '{}' for object of type '{}'",
            ty,
            type_name
        ))
    } else {
        FormatError::value(alloc::format!(
            "Unknown format code '\\x{:x}' for object of type '{}'",
            ty as u32,
            type_name
        ))
    }
}

fn push_fill(out: &mut String, c: char, n: usize) {
    for _ in 0..n {
        out.push(c);
    }
}

/// CPython's `_PyUnicode_InsertThousandsGrouping` for an ASCII digit run:
/// groups of `group` digits (none if `group == 0`), zero-extended on the
/// left until the grouped text is at least `min_width` long.
fn group_digits(digits: &str, min_width: i64, group: i64, sep: char, out: &mut String) {
    let mut pieces: alloc::vec::Vec<(usize, usize, bool)> = alloc::vec::Vec::new(); // (zeros, chars, sep)
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let mut use_sep = false;
    let mut broken = false;
    if group > 0 {
        loop {
            let l = group.min(remaining.max(min_width).max(1));
            let zeros = (l - remaining).max(0);
            let chars = remaining.min(l).max(0);
            pieces.push((zeros as usize, chars as usize, use_sep));
            use_sep = true;
            remaining -= chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        let zeros = (l - remaining).max(0);
        let chars = remaining.min(l).max(0);
        pieces.push((zeros as usize, chars as usize, use_sep));
    }
    // Pieces were produced right to left.
    let mut end = digits.len();
    let mut spans: alloc::vec::Vec<(usize, usize, usize, bool)> = alloc::vec::Vec::new();
    for &(zeros, chars, s) in &pieces {
        spans.push((zeros, end - chars, end, s));
        end -= chars;
    }
    for &(zeros, a, b, s) in spans.iter().rev() {
        push_fill(out, '0', zeros);
        out.push_str(&digits[a..b]);
        if s {
            out.push(sep);
        }
    }
}

/// The shared number layout (`calc_number_widths` + `fill_number`):
/// `sign`/`prefix`, then `digits` (grouped), then `rest` (the decimal point
/// onwards, or `c`'s character), padded to the spec's width.
#[allow(clippy::too_many_arguments)]
fn fill_number(
    spec: &FormatSpec,
    negative: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
    group: i64,
    sep: char,
    out: &mut String,
) {
    let sign = match (negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some(Sign::Plus)) => Some('+'),
        (false, Some(Sign::Space)) => Some(' '),
        _ => None,
    };
    let fill = spec.fill_char();
    let align = spec.number_align();
    let width = spec.width.map_or(-1, |w| w as i64);
    let n_non_digit =
        sign.is_some() as i64 + prefix.chars().count() as i64 + rest.chars().count() as i64;
    let min_width = if fill == '0' && align == Align::AfterSign {
        width - n_non_digit
    } else {
        0
    };
    let mut grouped = String::new();
    if !digits.is_empty() {
        group_digits(digits, min_width, group, sep, &mut grouped);
    }
    let padding = (width - (n_non_digit + grouped.len() as i64)).max(0) as usize;
    let (lpad, spad, rpad) = match align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    push_fill(out, fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(prefix);
    push_fill(out, fill, spad);
    out.push_str(&grouped);
    out.push_str(rest);
    push_fill(out, fill, rpad);
}

fn group_size(spec: &FormatSpec) -> (i64, char) {
    match (spec.grouping, spec.ty) {
        (Some(sep), Some('b' | 'o' | 'x' | 'X')) => (4, sep),
        (Some(sep), _) => (3, sep),
        (None, _) => (0, ','),
    }
}

/// Formats an `int` per `spec` (`format(v, spec)` for a non-empty spec).
///
/// Types `d n b o x X c` and none (`d`); `e E f F g G %` convert to float
/// first (`OverflowError` if too large).  Errors name the type `int`; see
/// [`FormatError::with_type_name`].
pub fn format_int(v: &BigInt, spec: &FormatSpec, out: &mut String) -> Result<(), FormatError> {
    let ty = spec.ty.unwrap_or('d');
    let (radix, prefix) = match ty {
        'd' | 'n' => (10, ""),
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'c' => (0, ""),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = v
                .to_f64()
                .ok_or_else(|| FormatError::overflow("int too large to convert to float"))?;
            return format_float_inner(f, spec, out);
        }
        _ => return Err(unknown_code(ty, "int")),
    };
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let Some(code) = v.to_i64() else {
            return Err(FormatError::overflow(
                "Python int too large to convert to C long",
            ));
        };
        if !(0..=0x10ffff).contains(&code) {
            return Err(FormatError::overflow("%c arg not in range(0x110000)"));
        }
        // A lone surrogate cannot live in a Rust string: U+FFFD stands in.
        let ch = char::from_u32(code as u32).unwrap_or(char::REPLACEMENT_CHARACTER);
        let mut s = String::new();
        s.push(ch);
        fill_number(spec, false, "", "", &s, 0, ',', out);
        return Ok(());
    }
    let mut digits = String::new();
    v.write_mag_radix(radix, &mut digits);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let (group, sep) = if ty == 'n' {
        (0, ',')
    } else {
        group_size(spec)
    };
    fill_number(spec, v.is_negative(), prefix, &digits, "", group, sep, out);
    Ok(())
}

/// Formats a `float` per `spec` (`format(v, spec)` for a non-empty spec).
///
/// Types `e E f F g G n %` and none (like `repr` without a precision, like
/// `g` that keeps at least one digit after the point with one).  Default
/// precision 6; rounding is correct (half-even on the exact binary value).
pub fn format_float(v: f64, spec: &FormatSpec, out: &mut String) -> Result<(), FormatError> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_inner(v, spec, out)
        }
        Some(t) => Err(unknown_code(t, "float")),
    }
}

fn format_float_inner(v: f64, spec: &FormatSpec, out: &mut String) -> Result<(), FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let mut flags = Flags {
        alt: spec.alternate,
        add_dot_0: false,
        no_neg_0: spec.no_neg_zero,
    };
    let mut ty = spec.ty.unwrap_or('\0');
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = v;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut buf = String::new();
    double_to_string(val, ty, precision, flags, &mut buf);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf.as_str()),
    };
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (group, sep) = if spec.ty == Some('n') {
        (0, ',')
    } else {
        group_size(spec)
    };
    fill_number(
        spec,
        negative,
        "",
        &body[..split],
        &body[split..],
        group,
        sep,
        out,
    );
    Ok(())
}

/// Formats a `str` per `spec` (types none and `s`): precision truncates to
/// that many characters, default alignment is left.
pub fn format_str(s: &str, spec: &FormatSpec, out: &mut String) -> Result<(), FormatError> {
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    if let Some(sep) = spec.grouping {
        return Err(grouping_error(sep, 's'));
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let s = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((at, _)) => &s[..at],
            None => s,
        },
        None => s,
    };
    let len = s.chars().count();
    let padding = spec.width.map_or(0, |w| w.saturating_sub(len));
    let fill = spec.fill_char();
    let (lpad, rpad) = match spec.align.unwrap_or(Align::Left) {
        Align::Right => (padding, 0),
        Align::Center => (padding / 2, padding - padding / 2),
        _ => (0, padding),
    };
    push_fill(out, fill, lpad);
    out.push_str(s);
    push_fill(out, fill, rpad);
    Ok(())
}

/// Convenience for tests and simple callers: parse `spec` for type `int`
/// and format `v`.
pub fn format_int_with(v: &BigInt, spec: &str) -> Result<String, FormatError> {
    let spec = FormatSpec::parse(spec, "int")?;
    let mut out = String::new();
    format_int(v, &spec, &mut out)?;
    Ok(out)
}

/// Convenience: parse `spec` for type `float` and format `v`.
pub fn format_float_with(v: f64, spec: &str) -> Result<String, FormatError> {
    let spec = FormatSpec::parse(spec, "float")?;
    let mut out = String::new();
    format_float(v, &spec, &mut out)?;
    Ok(out)
}

/// Convenience: parse `spec` for type `str` and format `s`.
pub fn format_str_with(s: &str, spec: &str) -> Result<String, FormatError> {
    let spec = FormatSpec::parse(spec, "str")?;
    let mut out = String::new();
    format_str(s, &spec, &mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    fn fi(v: i64, s: &str) -> String {
        format_int_with(&BigInt::from_i64(v), s).unwrap_or_else(|e| e.message().to_string())
    }
    fn ff(v: f64, s: &str) -> String {
        format_float_with(v, s).unwrap_or_else(|e| e.message().to_string())
    }
    fn fs(v: &str, s: &str) -> String {
        format_str_with(v, s).unwrap_or_else(|e| e.message().to_string())
    }

    #[test]
    fn ints() {
        assert_eq!(fi(1234, "09,"), "0,001,234");
        assert_eq!(fi(-255, "#x"), "-0xff");
        assert_eq!(fi(255, "#010X"), "0X000000FF");
        assert_eq!(fi(1234567, "_b"), "1_0010_1101_0110_1000_0111");
        assert_eq!(fi(65, "c"), "A");
        assert_eq!(fi(1234, "<010"), "1234000000");
        assert_eq!(
            fi(1, "abc"),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi(1, ",,"), "Cannot specify ',' with ','.");
    }

    #[test]
    fn floats() {
        assert_eq!(ff(1e20, "#"), "1.e+20");
        assert_eq!(ff(-0.001, "z.1f"), "0.0");
        assert_eq!(ff(2.5, ".0f"), "2");
        assert_eq!(ff(0.125, ".2f"), "0.12");
        assert_eq!(ff(1.0, ".2"), "1.0");
        assert_eq!(ff(12.0, ".2"), "1.2e+01");
        assert_eq!(ff(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(ff(-1.5, "010"), "-0000001.5");
        assert_eq!(ff(0.5, ".1%"), "50.0%");
        assert_eq!(
            ff(1.0, "x"),
            "Unknown format code 'x' for object of type 'float'"
        );
    }

    #[test]
    fn strs() {
        assert_eq!(fs("abc", "010"), "abc0000000");
        assert_eq!(fs("abc", "^7.2"), "  ab   ");
        assert_eq!(fs("a", "+"), "Sign not allowed in string format specifier");
    }
}
