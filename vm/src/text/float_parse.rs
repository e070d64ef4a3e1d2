//! Decimal text to the nearest double, ties to even, for every input (what
//! CPython's `_Py_dg_strtod` does), without `core`'s `dec2flt`.
//!
//! Short inputs (at most 15 significant digits, a power of ten up to 22)
//! take one exact IEEE multiplication or division, which rounds correctly
//! by itself.  Everything else goes through [`Decimal`]: scale by powers of
//! two into `[0.5, 1)`, then take 53 bits and round on the remaining
//! digits (Go's `strconv` "decimal" algorithm).

use super::decimal::{Decimal, MAX_DIGITS};

/// Parses `digits* ['.' digits*] [('e'|'E') [sign] digits+]` (already
/// checked, no sign, no underscores; at least one mantissa digit) to the
/// nearest non-negative double.  Too large gives infinity, too small zero.
pub(crate) fn parse_decimal(b: &[u8]) -> f64 {
    let mut d = Decimal::new();
    // Decimal point relative to the first significant digit.
    let mut point: i64 = 0;
    let mut after_dot = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'.' {
            after_dot = true;
        } else if c.is_ascii_digit() {
            let v = c - b'0';
            if d.len == 0 && v == 0 {
                // A leading zero: only moves the point if after the dot.
                point -= after_dot as i64;
            } else {
                point += !after_dot as i64;
                if d.len < MAX_DIGITS {
                    d.digits[d.len] = v;
                    d.len += 1;
                } else if v != 0 {
                    d.truncated = true;
                }
            }
        } else {
            break;
        }
        i += 1;
    }
    // The exponent, saturated: anything this far out is 0 or inf anyway.
    if i < b.len() {
        i += 1;
        let negative = b.get(i) == Some(&b'-');
        if matches!(b.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        let mut exp: i64 = 0;
        for &c in b[i..].iter().take_while(|c| c.is_ascii_digit()) {
            exp = (exp * 10 + (c - b'0') as i64).min(1_000_000);
        }
        point += if negative { -exp } else { exp };
    }
    d.trim();
    if d.len == 0 {
        return 0.0;
    }
    if point > 310 {
        return f64::INFINITY;
    }
    if point < -330 {
        return 0.0;
    }
    d.point = point as i32;
    if let Some(x) = fast_path(&d) {
        return x;
    }
    decimal_to_f64(&mut d)
}

/// `digits * 10**k` by one correctly rounded IEEE operation when both
/// factors are exact doubles (at most 15 digits, `|k| <= 22`).
fn fast_path(d: &Decimal) -> Option<f64> {
    if d.truncated || d.len > 15 {
        return None;
    }
    let k = d.point - d.len as i32;
    if !(-22..=22).contains(&k) {
        return None;
    }
    let mut m: u64 = 0;
    for &c in &d.digits[..d.len] {
        m = m * 10 + c as u64;
    }
    let mut p = 1.0f64;
    for _ in 0..k.unsigned_abs() {
        p *= 10.0;
    }
    Some(if k >= 0 { m as f64 * p } else { m as f64 / p })
}

/// The double nearest the (non-negative) value of `d`, ties to even;
/// consumes `d`'s digits.
pub(crate) fn decimal_to_f64(d: &mut Decimal) -> f64 {
    if d.len == 0 || d.point < -330 {
        return 0.0;
    }
    if d.point > 310 {
        return f64::INFINITY;
    }
    // Scale into [0.5, 1): value == d * 2**exp.  A value below 10**p
    // shifted by 3.25 * p bits stays at or above 10**(p-1) / 2**(3.25 p),
    // so right shifts converge from above in a few rounds (or overshoot
    // below 0.5, which the left shifts mend); left shifts by 3.25 * -p
    // never pass 1 (2**3.25 < 10).
    let mut exp: i32 = 0;
    while d.point > 0 {
        let n = (d.point * 13 / 4).max(1);
        d.shift(-n);
        exp += n;
    }
    while d.len > 0 && (d.point < 0 || (d.point == 0 && d.digits[0] < 5)) {
        let n = (-d.point * 13 / 4).max(1);
        d.shift(n);
        exp -= n;
    }
    // A double's significand is in [1, 2).
    exp -= 1;
    // Below the smallest normal exponent: denormalise.
    if exp < -1022 {
        d.shift(exp + 1022);
        exp = -1022;
    }
    if exp > 1023 {
        return f64::INFINITY;
    }
    d.shift(53);
    let mut mant = d.rounded_integer();
    if mant == 2 << 52 {
        mant >>= 1;
        exp += 1;
        if exp > 1023 {
            return f64::INFINITY;
        }
    }
    let biased = if mant & (1 << 52) == 0 {
        0
    } else {
        (exp + 1023) as u64
    };
    f64::from_bits((mant & ((1 << 52) - 1)) | (biased << 52))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> f64 {
        parse_decimal(s.as_bytes())
    }

    #[test]
    fn values() {
        assert_eq!(p("0"), 0.0);
        assert_eq!(p("000.000e5"), 0.0);
        assert_eq!(p("1.5"), 1.5);
        assert_eq!(p(".5"), 0.5);
        assert_eq!(p("5."), 5.0);
        assert_eq!(p("0.1"), 0.1);
        assert_eq!(p("1e23"), 1e23);
        assert_eq!(p("9007199254740993"), 9007199254740992.0);
        assert_eq!(
            p("9007199254740993.0000000000000000000001"),
            9007199254740994.0
        );
        assert_eq!(
            p("2.2250738585072011e-308"),
            f64::from_bits(0x000fffffffffffff)
        );
        assert_eq!(p("2.2250738585072014e-308"), f64::MIN_POSITIVE);
        assert_eq!(p("4.9406564584124654e-324"), 5e-324);
        assert_eq!(p("2.4703282292062327e-324"), 0.0);
        assert_eq!(p("2.4703282292062328e-324"), 5e-324);
        assert_eq!(p("1.7976931348623157e308"), f64::MAX);
        assert_eq!(p("1.7976931348623158e308"), f64::MAX);
        assert_eq!(p("1.7976931348623159e308"), f64::INFINITY);
        assert_eq!(p("1e400"), f64::INFINITY);
        assert_eq!(p("1e-400"), 0.0);
        assert_eq!(p("123456789012345678901234567890e-20"), 1234567890.1234567);
        assert_eq!(p("1e99999999999999999999"), f64::INFINITY);
        assert_eq!(p("0.000000000000000000000000000001e30"), 1.0);
    }
}
