//! `repr(float)` / `str(float)` and the shared float-to-text core
//! (CPython's `PyOS_double_to_string`) used by the format-spec code.
//!
//! Digit generation is delegated to `core::fmt`: `{:e}` yields the shortest
//! digit string that round-trips (the same digits CPython's `dtoa` mode 0
//! picks), and `{:.*e}` / `{:.*}` round the exact binary value correctly with
//! ties to even, like `dtoa` modes 2 and 3.  Only the layout is CPython's.

use alloc::string::String;
use core::fmt::Write;

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

/// Shortest round-trip digits of a finite, non-negative `x` (no trailing
/// zeros, `"0"` for zero) and the decimal point position `decpt`, so that
/// `x == 0.DIGITS * 10**decpt`.
///
/// When `x` lies exactly halfway between two shortest candidates that both
/// round-trip, CPython's `dtoa` picks the one with an even last digit
/// while `core::fmt` may pick the other (`1000000000000000.2` vs `.3`);
/// [`fix_shortest_tie`] corrects that.
fn shortest_digits(x: f64, buf: &mut String) -> i32 {
    buf.clear();
    let _ = write!(buf, "{:e}", x);
    let decpt = split_sci(buf);
    fix_shortest_tie(x, buf, decpt)
}

/// See [`shortest_digits`]: `digits`/`decpt` are `core::fmt`'s shortest
/// digits of the finite, non-negative `x`; returns the (possibly updated)
/// decimal point position.
fn fix_shortest_tie(x: f64, digits: &mut String, decpt: i32) -> i32 {
    let n = digits.len();
    if x == 0.0 || n >= 18 {
        return decpt;
    }
    // The (n+1)-digit rounding of x; a tie needs it to end in 5 and to be
    // exactly x.
    let mut wide = String::new();
    let _ = write!(wide, "{:.*e}", n, x);
    let wide_decpt = split_sci(&mut wide);
    let mut wide_digits = String::from(&wide[..]);
    while wide_digits.len() < n + 1 {
        wide_digits.push('0');
    }
    if !wide_digits.ends_with('5') {
        return decpt;
    }
    let Ok(big_n) = wide_digits.parse::<u128>() else {
        return decpt;
    };
    // x == big_n * 10**k exactly?  x = m * 2**e with m odd; big_n is odd.
    let k = wide_decpt - (n as i32 + 1);
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (mut m, mut e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp_bits - 1075)
    };
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i32;
    let five_pow = |j: i32| -> Option<u128> {
        let mut p: u128 = 1;
        for _ in 0..j {
            p = p.checked_mul(5)?;
        }
        Some(p)
    };
    let exact = if k >= 0 {
        e == k && five_pow(k).and_then(|p| big_n.checked_mul(p)) == Some(m as u128)
    } else {
        e == k && five_pow(-k).and_then(|p| (m as u128).checked_mul(p)) == Some(big_n)
    };
    if !exact {
        return decpt;
    }
    let low = big_n / 10;
    let even = if low % 2 == 0 { low } else { low + 1 };
    let mut candidate = String::new();
    let _ = write!(candidate, "{}", even);
    // Decimal exponent of the last candidate digit is k + 1.
    let cand_decpt = candidate.len() as i32 + k + 1;
    let mut check = String::new();
    let _ = write!(check, "0.{}e{}", candidate, cand_decpt);
    if check.parse::<f64>() != Ok(x) {
        return decpt;
    }
    while candidate.len() > 1 && candidate.ends_with('0') {
        candidate.pop();
    }
    *digits = candidate;
    cand_decpt
}

/// Correctly rounded `ndigits` significant digits (trailing zeros stripped,
/// at least one digit kept) of a finite, non-negative `x`; returns `decpt`.
fn rounded_digits(x: f64, ndigits: usize, buf: &mut String) -> i32 {
    buf.clear();
    let _ = write!(buf, "{:.*e}", ndigits.saturating_sub(1), x);
    split_sci(buf)
}

/// Turns Rust's `D.DDDDeN` in `buf` into the bare digit string (trailing
/// zeros stripped) and returns the decimal point position `N + 1`.
fn split_sci(buf: &mut String) -> i32 {
    let e = buf.find('e').unwrap_or(buf.len());
    let exp: i32 = buf[e + 1..].parse().unwrap_or(0);
    buf.truncate(e);
    if let Some(dot) = buf.find('.') {
        buf.remove(dot);
    }
    while buf.len() > 1 && buf.ends_with('0') {
        buf.pop();
    }
    exp + 1
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
    match code {
        'f' => {
            let _ = write!(out, "{:.*}", precision, ax);
            if flags.alt && precision == 0 {
                out.push('.');
            }
        }
        _ => {
            let (decpt, precision) = match code {
                'e' => (
                    rounded_digits(ax, precision + 1, &mut digits),
                    precision + 1,
                ),
                'g' => {
                    let p = precision.max(1);
                    (rounded_digits(ax, p, &mut digits), p)
                }
                _ => (shortest_digits(ax, &mut digits), 0),
            };
            layout(&digits, decpt, code, precision as i64, flags, upper, out);
        }
    }
    if flags.no_neg_0 && negative {
        let mantissa = out[body..].split(['e', 'E']).next().unwrap_or("");
        if mantissa.bytes().all(|b| b == b'0' || b == b'.') {
            out.remove(start);
        }
    }
}

/// The layout half of CPython's `format_float_short`, for codes `e`, `g`
/// and `r` (`precision` already adjusted as `PyOS_double_to_string` does).
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
        let _ = write!(out, "{:02}", exp.abs());
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
