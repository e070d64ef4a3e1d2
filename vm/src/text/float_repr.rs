//! `repr(float)` / `str(float)` and the shared float-to-text core
//! (CPython's `PyOS_double_to_string`) used by the format-spec code.
//!
//! The digits come from [`super::float_digits`] (shortest round-trip digits
//! like `dtoa` mode 0; correctly rounded ones, ties to even on the exact
//! binary value, like modes 2 and 3); the layout here is CPython's
//! `format_float_short`.  No `core::fmt` float formatting is involved: it
//! would cost ~11 KiB of flash.

use super::float_digits::{rounded, shortest};
use alloc::string::String;

/// Writes `repr(x)` exactly as CPython 3.11 does (`str(x)` is identical).
///
/// Shortest round-trip digits; scientific notation when the decimal exponent
/// is `< -4` or `>= 16` (`1e+16`, `1.5e-07`), positional otherwise with a
/// trailing `.0` for integral values (`100.0`); `inf`, `-inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64, out: &mut String) {
    double_to_string(x, 'r', 0, Flags::ADD_DOT_0, out);
}

/// Options of [`double_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub(crate) struct Flags {
    /// `Py_DTSF_ALT`: keep the point and trailing zeros (`#`).
    pub alt: bool,
    /// `Py_DTSF_ADD_DOT_0`: integral positional results get `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_NO_NEG_0`: drop the sign of a result that reads as zero (`z`).
    pub no_neg_0: bool,
}

impl Flags {
    pub(crate) const ADD_DOT_0: Flags = Flags {
        alt: false,
        add_dot_0: true,
        no_neg_0: false,
    };
}

fn push_zeros(out: &mut String, n: i64) {
    for _ in 0..n.max(0) {
        out.push('0');
    }
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (`r` = repr, `precision` must then be 0).
/// Infinities and NaNs come out as `inf`/`nan` (`INF`/`NAN` for upper-case
/// codes); NaN never has a sign.
pub(crate) fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    flags: Flags,
    out: &mut String,
) {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if x.is_nan() {
        out.push_str(if upper { "NAN" } else { "nan" });
        return;
    }
    let negative = x.is_sign_negative();
    let start = out.len();
    if negative {
        out.push('-');
    }
    if x.is_infinite() {
        out.push_str(if upper { "INF" } else { "inf" });
        return;
    }
    let ax = x.abs();
    let body = out.len();
    let mut digits = String::new();
    // Precisions come from format specs, which cap them at i32::MAX.
    let precision = precision.min(i32::MAX as usize - 1) as i32;
    let (decpt, precision) = match code {
        'f' => (rounded(ax, true, precision, &mut digits), precision),
        'e' => (
            rounded(ax, false, precision + 1, &mut digits),
            precision + 1,
        ),
        'g' => {
            let p = precision.max(1);
            (rounded(ax, false, p, &mut digits), p)
        }
        _ => (shortest(ax, &mut digits), 0),
    };
    layout(&digits, decpt, code, precision as i64, flags, upper, out);
    if flags.no_neg_0 && negative {
        let mantissa = out[body..].split(['e', 'E']).next().unwrap_or("");
        if mantissa.bytes().all(|b| b == b'0' || b == b'.') {
            out.remove(start);
        }
    }
}

/// The layout half of CPython's `format_float_short`, for codes `e`, `f`,
/// `g` and `r` (`precision` already adjusted as `PyOS_double_to_string`
/// does).
fn layout(
    digits: &str,
    decpt: i32,
    code: char,
    precision: i64,
    flags: Flags,
    upper: bool,
    out: &mut String,
) {
    let digits_len = digits.len() as i64;
    let mut decpt = decpt as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => {
            vdigits_end = decpt + precision;
        }
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    if decpt <= 0 {
        push_zeros(out, decpt - vdigits_start);
        out.push('.');
        push_zeros(out, -decpt);
    } else {
        push_zeros(out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        push_zeros(out, decpt - digits_len);
        out.push('.');
        push_zeros(out, vdigits_end - decpt);
    } else {
        push_zeros(out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let exp = exp.unsigned_abs();
        if exp >= 100 {
            out.push((b'0' + (exp / 100) as u8) as char);
        }
        out.push((b'0' + (exp / 10 % 10) as u8) as char);
        out.push((b'0' + (exp % 10) as u8) as char);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(x: f64) -> String {
        let mut s = String::new();
        float_repr(x, &mut s);
        s
    }

    #[test]
    fn basics() {
        assert_eq!(r(0.0), "0.0");
        assert_eq!(r(-0.0), "-0.0");
        assert_eq!(r(1.0), "1.0");
        assert_eq!(r(100.0), "100.0");
        assert_eq!(r(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(r(1e16), "1e+16");
        assert_eq!(r(1e15), "1000000000000000.0");
        assert_eq!(r(123456789012345.0), "123456789012345.0");
        assert_eq!(r(1.2345e20), "1.2345e+20");
        assert_eq!(r(1.5e-7), "1.5e-07");
        assert_eq!(r(0.0001), "0.0001");
        assert_eq!(r(0.00001), "1e-05");
        assert_eq!(r(5e-324), "5e-324");
        assert_eq!(r(f64::from_bits(0x430c6bf526340002)), "1000000000000000.2");
        assert_eq!(r(2f64.powi(-24)), "5.960464477539063e-08");
        assert_eq!(r(f64::MAX), "1.7976931348623157e+308");
        assert_eq!(r(f64::INFINITY), "inf");
        assert_eq!(r(f64::NEG_INFINITY), "-inf");
        assert_eq!(r(f64::NAN), "nan");
        assert_eq!(r(-f64::NAN), "nan");
    }
}
