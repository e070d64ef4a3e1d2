//! `int(str, base)` and `float(str)` parsing, plus `hex`/`oct`/`bin` output.
//!
//! Like CPython, surrounding whitespace may be any Unicode white space and
//! digits may come from any script's decimal digits (`int('٣')` is 3); the
//! rest of the syntax is ASCII.  The VM is responsible for rejecting an
//! invalid `base` argument with `int() base must be >= 2 and <= 36, or 0`
//! and for CPython's 4300-digit limit on decimal conversions
//! (`sys.int_info.default_max_str_digits`).

use super::repr::str_repr;
use super::unicode_tables::decimal_value;
use crate::num::BigInt;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII` followed by
/// stripping of (ASCII) white space: non-ASCII white space becomes a space,
/// non-ASCII decimal digits become ASCII ones; any other non-ASCII
/// character makes the literal invalid (`None`).
fn to_ascii(s: &str) -> Option<Vec<u8>> {
    let mut v = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            v.push(c as u8);
        } else if c.is_whitespace() {
            v.push(b' ');
        } else {
            v.push(b'0' + decimal_value(c)? as u8);
        }
    }
    Some(v)
}

fn trim(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace() && *c != 0x0b);
    let Some(start) = start else { return &[] };
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace() && *c != 0x0b)
        .unwrap_or(start);
    &b[start..=end]
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 99,
    }
}

/// Parses `s` like Python's `int(s, base)`; `None` where CPython raises
/// `ValueError` (also for a base outside `0` and `2..=36`).
///
/// Accepts surrounding white space, one sign, single underscores between
/// digits (and one right after a `0x`/`0o`/`0b` prefix).  Base 0 infers the
/// base from the prefix; then a decimal literal with a leading zero must be
/// zero (`int('010', 0)` fails, `int('00', 0)` is 0).  A prefix matching a
/// non-zero base is allowed (`int('0x1f', 16)` is 31).
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let buf = to_ascii(s)?;
    let b = trim(&buf);
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    let mut negative = false;
    if at(0) == b'+' || at(0) == b'-' {
        negative = at(0) == b'-';
        i = 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1).to_ascii_lowercase() {
                b'x' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return None;
    }
    let mut digits = Vec::with_capacity(b.len() - i);
    let mut prev = 0u8;
    for &c in &b[i..] {
        if c == b'_' {
            if prev == b'_' {
                return None;
            }
        } else {
            let d = digit_value(c);
            if d >= base {
                return None;
            }
            digits.push(d as u8);
        }
        prev = c;
    }
    if prev == b'_' || digits.is_empty() {
        return None;
    }
    let magnitude = BigInt::from_digits(&digits, base);
    if error_if_nonzero && !magnitude.is_zero() {
        return None;
    }
    Some(if negative {
        magnitude.negate()
    } else {
        magnitude
    })
}

/// Parses `s` like Python's `float(s)`; `None` where CPython raises
/// `ValueError`.
///
/// Accepts surrounding white space, a sign, `inf`/`infinity`/`nan` in any
/// case, decimal mantissas with optional point (`5.`, `.5`), an optional
/// exponent, and single underscores between digits only (`1_0.5`, not
/// `1_.5`, `_1`, `1_` or `1__0`).  Out-of-range values give `±inf`/`±0.0`.
/// The result is correctly rounded (ties to even) for any number of digits
/// ([`super::float_parse`]).
pub fn parse_float(s: &str) -> Option<f64> {
    let buf = to_ascii(s)?;
    // `_Py_string_to_number_with_underscores`: runs before stripping.
    let mut clean = Vec::with_capacity(buf.len());
    let mut prev = 0u8;
    for &c in &buf {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            clean.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    let b = trim(&clean);
    let (negative, body) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let special = if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    if !is_decimal_literal(body) {
        return None;
    }
    let v = super::float_parse::parse_decimal(body);
    Some(if negative { -v } else { v })
}

/// `digits* ['.' digits*] [('e'|'E') [sign] digits+]` with at least one
/// mantissa digit: exactly what CPython's `_Py_dg_strtod` consumes.
fn is_decimal_literal(b: &[u8]) -> bool {
    let mut i = 0;
    let mut mantissa_digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        mantissa_digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            mantissa_digits += 1;
        }
    }
    if mantissa_digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    i == b.len()
}

/// Writes `v` in `radix` (2..=36, lower-case digits) with a leading `-` for
/// negative values and, if `prefix`, the `0b`/`0o`/`0x` prefix for radix
/// 2/8/16 after the sign: `hex(-31)` is `-0x1f`.
pub fn int_to_radix(v: &BigInt, radix: u32, prefix: bool, out: &mut String) {
    if v.is_negative() {
        out.push('-');
    }
    if prefix {
        out.push_str(match radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    v.write_mag_radix(radix, out);
}

/// CPython's message for a failed `int(s, base)`:
/// `invalid literal for int() with base 10: 'abc'` (the repr is cut to 200
/// characters, as `%.200R` does).
pub fn invalid_int_literal_message(s: &str, base: u32, out: &mut String) {
    let _ = write!(out, "invalid literal for int() with base {}: ", base);
    let mut r = String::new();
    str_repr(s, &mut r);
    out.extend(r.chars().take(200));
}

/// CPython's message for a failed `float(s)`:
/// `could not convert string to float: 'abc'`.
pub fn invalid_float_literal_message(s: &str, out: &mut String) {
    out.push_str("could not convert string to float: ");
    str_repr(s, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i(s: &str, b: u32) -> Option<i64> {
        parse_int(s, b).map(|v| v.to_i64().unwrap())
    }

    #[test]
    fn ints() {
        assert_eq!(i(" -12 ", 10), Some(-12));
        assert_eq!(i("0x1f", 16), Some(31));
        assert_eq!(i("0x_1f", 0), Some(31));
        assert_eq!(i("0b1", 16), Some(0xb1));
        assert_eq!(i("0_0", 0), Some(0));
        assert_eq!(i("010", 0), None);
        assert_eq!(i("0x", 0), None);
        assert_eq!(i("1__0", 10), None);
        assert_eq!(i("_1", 10), None);
        assert_eq!(i("1_", 10), None);
        assert_eq!(i("- 1", 10), None);
        assert_eq!(i("\u{a0}12\u{2003}", 10), Some(12));
        assert_eq!(i("\x1c12", 10), None);
        assert_eq!(i("٣", 10), Some(3));
        assert_eq!(i("zz", 36), Some(35 * 36 + 35));
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float("1_0"), Some(10.0));
        assert_eq!(parse_float("1_.0"), None);
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
        assert!(parse_float("+nAn").unwrap().is_nan());
        assert_eq!(parse_float("nan(1)"), None);
        assert_eq!(parse_float("5.e3"), Some(5000.0));
        assert_eq!(parse_float("."), None);
        assert_eq!(parse_float("1e"), None);
        assert_eq!(parse_float("1e999999"), Some(f64::INFINITY));
        assert_eq!(parse_float("١.٥"), Some(1.5));
    }

    #[test]
    fn radix() {
        let mut s = String::new();
        int_to_radix(&BigInt::from_i64(-31), 16, true, &mut s);
        assert_eq!(s, "-0x1f");
        s.clear();
        int_to_radix(&BigInt::zero(), 2, true, &mut s);
        assert_eq!(s, "0b0");
    }
}
