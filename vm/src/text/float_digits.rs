//! Decimal digits of a double, as CPython's `_Py_dg_dtoa` produces them:
//! mode 0 (shortest string that reads back as the same double), mode 2
//! (`n` significant digits) and mode 3 (`n` digits after the point), the
//! last two correctly rounded from the exact binary value, ties to even.
//!
//! Everything works on exact decimal expansions ([`Decimal`]), so there is
//! no approximation to get wrong and no table to store.  The price is
//! speed at extreme exponents: about a microsecond for everyday values on a
//! desktop, tens of microseconds for `1e-300` (a 750-digit expansion).

use super::decimal::Decimal;
use alloc::string::String;
use core::cmp::Ordering;

/// `x == m * 2**e` for a finite `x` (sign ignored), with `m < 2**53`.
pub(crate) fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp_bits - 1075)
    }
}

/// Compares `0.A × 10**a_point` (digit values, `a[0] != 0`) with `b`
/// (non-zero).
fn compare(a: &[u8], a_point: i32, b: &Decimal) -> Ordering {
    if a_point != b.point {
        return a_point.cmp(&b.point);
    }
    for i in 0..a.len().max(b.len) {
        let x = a.get(i).copied().unwrap_or(0);
        let y = if i < b.len { b.digits[i] } else { 0 };
        if x != y {
            return x.cmp(&y);
        }
    }
    Ordering::Equal
}

/// `digits` plus one unit in its last place, written to `buf`; returns the
/// length and the new decimal point (`99` at point 2 becomes `1` at 3).
fn increment(digits: &[u8], point: i32, buf: &mut [u8; 20]) -> (usize, i32) {
    let n = digits.len();
    buf[..n].copy_from_slice(digits);
    let mut i = n;
    while i > 0 {
        i -= 1;
        if buf[i] < 9 {
            buf[i] += 1;
            return (i + 1, point);
        }
    }
    buf[0] = 1;
    (1, point + 1)
}

/// Shortest digits (no trailing zeros, `"0"` for zero) of a finite `|x|`
/// that read back as `x` under round-half-even, appended to `out`; returns
/// the decimal point position (`|x| ≈ 0.DIGITS × 10**point`).
///
/// Among the shortest candidates the one nearest the exact value wins, an
/// even last digit on a tie: CPython's `repr` (dtoa mode 0, the
/// Steele–White/Dragon4 criterion).  The candidates of `n` digits worth
/// trying are the exact value truncated to `n` digits and that plus one
/// unit; each must lie strictly inside the rounding interval (its end
/// points too when the mantissa is even, since ties read back to even).
pub(crate) fn shortest(x: f64, out: &mut String) -> i32 {
    let (m, e) = decompose(x);
    if m == 0 {
        out.push('0');
        return 1;
    }
    // x and the rounding interval's ends (halfway to the neighbouring
    // doubles; below a power of two the lower neighbour is only half as far
    // away) as multiples of one small power of two: one expansion, three
    // cheap multiplications.
    let (unit_exp, scale, lo, hi) = if m == 1 << 52 && e > -1074 {
        (e - 2, 4 * m, 4 * m - 1, 4 * m + 2)
    } else {
        (e - 1, 2 * m, 2 * m - 1, 2 * m + 1)
    };
    let unit = Decimal::from_binary(1, unit_exp);
    let mut exact = unit.clone();
    exact.mul_small(scale);
    let inclusive = m % 2 == 0;
    let inside = |o: Ordering, wanted: Ordering| o == wanted || (inclusive && o == Ordering::Equal);
    let digits = &exact.digits[..exact.len];
    // Truncations grow with n, so from the first n whose truncation is
    // above the lower end on, all are.
    let mut n_low = exact.len;
    {
        let mut low = unit.clone();
        low.mul_small(lo);
        for n in 1..exact.len {
            if inside(compare(&digits[..n], exact.point, &low), Ordering::Greater) {
                n_low = n;
                break;
            }
        }
    }
    // Rounded-up candidates shrink with n.  17 correctly rounded digits
    // always read back, so one of the two candidates works by n = 17.
    let mut high = unit;
    high.mul_small(hi);
    let mut buf = [0u8; 20];
    let mut n_high = usize::MAX;
    for n in 1..=n_low.min(17) {
        let (len, point) = increment(&digits[..n], exact.point, &mut buf);
        if inside(compare(&buf[..len], point, &high), Ordering::Less) {
            n_high = n;
            break;
        }
    }
    let n = n_low.min(n_high).min(17);
    let rest = &digits[n.min(digits.len())..];
    let round_up = if n < n_low {
        true
    } else if n < n_high {
        false
    } else {
        // Both candidates work: the nearer, or the even one on a tie.
        match rest.first().copied().unwrap_or(0).cmp(&5) {
            Ordering::Greater => true,
            Ordering::Less => false,
            Ordering::Equal => rest.len() > 1 || digits[n - 1] % 2 == 1,
        }
    };
    let (mut len, point) = if round_up {
        increment(&digits[..n], exact.point, &mut buf)
    } else {
        buf[..n].copy_from_slice(&digits[..n]);
        (n, exact.point)
    };
    while len > 1 && buf[len - 1] == 0 {
        len -= 1;
    }
    for &d in &buf[..len] {
        out.push((b'0' + d) as char);
    }
    point
}

/// Correctly rounded digits of a finite `|x|` (ties to even on the exact
/// value, no trailing zeros), appended to `out`; returns the decimal point
/// position.  `fixed` (dtoa mode 3): keep `ndigits` digits after the point
/// (negative: round to tens, hundreds, …), which may leave no digits at
/// all, with point `-ndigits`; otherwise (mode 2) `ndigits >= 1`
/// significant digits.  Zero gives `"0"` at point 1.
pub(crate) fn rounded(x: f64, fixed: bool, ndigits: i32, out: &mut String) -> i32 {
    let (m, e) = decompose(x);
    if m == 0 {
        out.push('0');
        return 1;
    }
    let mut d = Decimal::from_binary(m, e);
    let keep = if fixed {
        d.point.saturating_add(ndigits)
    } else {
        ndigits
    };
    d.round_to(keep);
    if d.len == 0 {
        return ndigits.saturating_neg();
    }
    d.push_digits(out);
    d.point
}

/// `|x|` rounded to `ndigits` decimal places (negative: to tens,
/// hundreds, …), ties to even on the exact value: CPython's `round(x, n)`
/// (which it does as dtoa mode 3 and `strtod` of the result).  May
/// overflow to infinity.
pub(crate) fn round_to_places(x: f64, ndigits: i32) -> f64 {
    let (m, e) = decompose(x);
    let mut d = Decimal::from_binary(m, e);
    if d.len == 0 {
        return 0.0;
    }
    d.round_to(d.point.saturating_add(ndigits));
    super::float_parse::decimal_to_f64(&mut d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: f64) -> (String, i32) {
        let mut o = String::new();
        let p = shortest(x, &mut o);
        (o, p)
    }

    fn r(x: f64, fixed: bool, n: i32) -> (String, i32) {
        let mut o = String::new();
        let p = rounded(x, fixed, n, &mut o);
        (o, p)
    }

    #[test]
    fn shortest_digits() {
        assert_eq!(s(0.0), ("0".into(), 1));
        assert_eq!(s(0.1), ("1".into(), 0));
        assert_eq!(s(1.0), ("1".into(), 1));
        assert_eq!(s(0.3), ("3".into(), 0));
        assert_eq!(s(0.1 + 0.2), ("30000000000000004".into(), 0));
        assert_eq!(s(5e-324), ("5".into(), -323));
        assert_eq!(s(f64::MAX), ("17976931348623157".into(), 309));
        assert_eq!(s(f64::MIN_POSITIVE), ("22250738585072014".into(), -307));
        assert_eq!(s(1e23), ("1".into(), 24));
        assert_eq!(s(9007199254740993.0), ("9007199254740992".into(), 16));
        // CPython picks the even digit of two equally near candidates.
        assert_eq!(
            s(f64::from_bits(0x430c6bf526340002)),
            ("10000000000000002".into(), 16)
        );
        assert_eq!(s(2f64.powi(-24)), ("5960464477539063".into(), -7));
    }

    #[test]
    fn rounded_digits() {
        assert_eq!(r(2.675, true, 2), ("267".into(), 1));
        assert_eq!(r(0.125, true, 2), ("12".into(), 0));
        assert_eq!(r(0.5, true, 0), ("".into(), 0));
        assert_eq!(r(1.5, true, 0), ("2".into(), 1));
        assert_eq!(r(0.001, true, 2), ("".into(), -2));
        assert_eq!(r(0.006, true, 2), ("1".into(), -1));
        assert_eq!(r(9.99, false, 2), ("1".into(), 2));
        assert_eq!(r(15.0, true, -1), ("2".into(), 2));
        assert_eq!(r(5.0, true, -1), ("".into(), 1));
        assert_eq!(round_to_places(2.675, 2), 2.67);
        assert_eq!(round_to_places(1e308 * 1.7, -308), f64::INFINITY);
        assert_eq!(round_to_places(0.5, 0), 0.0);
        assert_eq!(round_to_places(123.456, -1), 120.0);
    }

    /// `round(x, n)` for `n >= 0` is the correctly rounded `n`-place text
    /// read back; `core`'s formatting and parsing are the oracle.
    #[test]
    fn round_matches_text_round_trip() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for i in 0..20000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            // Mostly everyday magnitudes, some anything-goes bit patterns.
            let x = if i % 4 == 0 {
                f64::from_bits(state >> 1)
            } else {
                (state >> 11) as f64 / (1u64 << (state % 60)) as f64
            };
            if !x.is_finite() {
                continue;
            }
            let n = (state % 21) as usize;
            let want: f64 = alloc::format!("{:.n$}", x).parse().unwrap();
            assert_eq!(round_to_places(x, n as i32), want, "{x:e} {n}");
        }
    }
}
