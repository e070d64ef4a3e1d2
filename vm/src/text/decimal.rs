//! A fixed-capacity decimal number that can be multiplied and divided by
//! powers of two exactly: the one piece of arithmetic behind both float
//! parsing ([`super::float_parse`]) and float printing
//! ([`super::float_digits`]).
//!
//! This is the "simple decimal conversion" of Nigel Tao's description (Go's
//! `strconv/decimal.go`, Rust's old `dec2flt` slow path): digits and a
//! decimal point, shifted by up to 32 bits per pass over 9-digit limbs
//! with a `u64` accumulator.  It replaces `core`'s float formatting and parsing, whose
//! power-of-five and cached-power tables cost ~25 KiB of flash on a
//! microcontroller; here there are no tables at all.

/// Digits kept.  A double's exact decimal expansion has at most 767
/// significant digits (`(2**53 - 1) * 2**-1074`), so printing never loses a
/// digit; parsing keeps the first `MAX_DIGITS` and remembers whether a
/// non-zero digit was dropped, which is all correct rounding needs (the
/// decision only depends on digits past the 767th in an exact tie).
pub(crate) const MAX_DIGITS: usize = 800;

/// Largest shift of one pass: the accumulator stays below
/// `10**9 * 2**32 < 2**64`.
const MAX_SHIFT: i32 = 32;

/// The non-negative number `0.D1D2D3… × 10**point` (digits are values
/// `0..=9`, never a leading or trailing zero; zero has no digits).
#[derive(Clone)]
pub(crate) struct Decimal {
    /// The digits, `digits[..len]` valid.
    pub(crate) digits: [u8; MAX_DIGITS],
    /// Number of valid digits.
    pub(crate) len: usize,
    /// Position of the decimal point relative to the first digit.
    pub(crate) point: i32,
    /// A non-zero digit past `MAX_DIGITS` was dropped: the true value is a
    /// little above the one held.
    pub(crate) truncated: bool,
}

impl Decimal {
    /// Zero.
    pub(crate) fn new() -> Self {
        Decimal {
            digits: [0; MAX_DIGITS],
            len: 0,
            point: 0,
            truncated: false,
        }
    }

    /// The exact value `m * 2**e`.
    pub(crate) fn from_binary(mut m: u64, mut e: i32) -> Self {
        let mut d = Decimal::new();
        if m == 0 {
            return d;
        }
        // Fewer bits, fewer digits to shift through.
        let tz = m.trailing_zeros();
        m >>= tz;
        e += tz as i32;
        let mut tmp = [0u8; 20];
        let n = digits_reversed(m, &mut tmp);
        for i in 0..n {
            d.digits[i] = tmp[n - 1 - i];
        }
        d.len = n;
        d.point = n as i32;
        d.trim();
        d.shift(e);
        d
    }

    /// Drops trailing zeros (keeps the "no trailing zero" invariant that
    /// the tie tests rely on).
    pub(crate) fn trim(&mut self) {
        while self.len > 0 && self.digits[self.len - 1] == 0 {
            self.len -= 1;
        }
        if self.len == 0 {
            self.point = 0;
        }
    }

    /// Multiplies by `2**k` (divides for negative `k`).
    ///
    /// The passes work on 9-digit limbs (base 10**9, up to 32 bits per
    /// pass with a `u64` accumulator), which is several times faster than
    /// digit by digit; the digits are packed before and unpacked after.
    pub(crate) fn shift(&mut self, mut k: i32) {
        if self.len == 0 || k == 0 {
            return;
        }
        let mut limbs = Limbs {
            limbs: [0; MAX_LIMBS],
            len: self.len.div_ceil(9),
            point: self.point,
            truncated: self.truncated,
        };
        for (i, chunk) in self.digits[..self.len].chunks(9).enumerate() {
            let mut v = 0;
            for j in 0..9 {
                v = v * 10 + chunk.get(j).copied().unwrap_or(0) as u32;
            }
            limbs.limbs[i] = v;
        }
        while k > 0 {
            let s = k.min(MAX_SHIFT);
            limbs.left_shift(s as u32);
            k -= s;
        }
        while k < 0 && limbs.len > 0 {
            let s = (-k).min(MAX_SHIFT);
            limbs.right_shift(s as u32);
            k += s;
        }
        // Unpack, dropping the first limb's leading zeros.
        self.len = 0;
        self.point = limbs.point;
        self.truncated = limbs.truncated;
        for &limb in &limbs.limbs[..limbs.len] {
            let mut nine = [0u8; 9];
            let mut v = limb;
            for slot in nine.iter_mut().rev() {
                *slot = (v % 10) as u8;
                v /= 10;
            }
            for d in nine {
                if self.len == 0 && d == 0 {
                    self.point -= 1;
                } else if self.len < MAX_DIGITS {
                    self.digits[self.len] = d;
                    self.len += 1;
                } else if d != 0 {
                    self.truncated = true;
                }
            }
        }
        self.trim();
    }

    /// Multiplies by `f < 2**59`, exactly (the printer's values stay far
    /// below `MAX_DIGITS`).
    pub(crate) fn mul_small(&mut self, f: u64) {
        let mut carry: u64 = 0;
        for d in self.digits[..self.len].iter_mut().rev() {
            let n = *d as u64 * f + carry;
            carry = n / 10;
            *d = (n - 10 * carry) as u8;
        }
        let mut head = [0u8; 20];
        let nh = digits_reversed(carry, &mut head);
        let keep = self.len.min(MAX_DIGITS - nh);
        if self.digits[keep..self.len].iter().any(|&d| d != 0) {
            self.truncated = true;
        }
        self.digits.copy_within(..keep, nh);
        for i in 0..nh {
            self.digits[i] = head[nh - 1 - i];
        }
        self.len = keep + nh;
        self.point += nh as i32;
        self.trim();
    }

    /// Whether rounding to the first `keep` digits goes up: above half, or
    /// exactly half with an odd digit before (ties to even; a truncated
    /// tail makes a "tie" a little above half).
    pub(crate) fn rounds_up_at(&self, keep: i32) -> bool {
        if keep < 0 || keep as usize >= self.len {
            return false;
        }
        let keep = keep as usize;
        if self.digits[keep] == 5 && keep + 1 == self.len {
            return self.truncated || (keep > 0 && self.digits[keep - 1] % 2 == 1);
        }
        self.digits[keep] >= 5
    }

    /// Rounds to the first `keep` significant digits (none if `keep <= 0`:
    /// then the result is 0 or one unit of the digit before the first),
    /// ties to even.
    pub(crate) fn round_to(&mut self, keep: i32) {
        if keep < 0 {
            self.len = 0;
            self.point = 0;
            return;
        }
        if keep as usize >= self.len {
            return;
        }
        let up = self.rounds_up_at(keep);
        let mut i = keep as usize;
        self.len = i;
        if up {
            loop {
                if i == 0 {
                    self.digits[0] = 1;
                    self.len = 1;
                    self.point += 1;
                    return;
                }
                i -= 1;
                if self.digits[i] < 9 {
                    self.digits[i] += 1;
                    self.len = i + 1;
                    return;
                }
            }
        }
        self.trim();
    }

    /// The value rounded to an integer (ties to even), for values below
    /// `2**64`.
    pub(crate) fn rounded_integer(&self) -> u64 {
        if self.point > 20 {
            return u64::MAX;
        }
        let mut n: u64 = 0;
        for i in 0..self.point.max(0) as usize {
            n = n.wrapping_mul(10);
            if i < self.len {
                n = n.wrapping_add(self.digits[i] as u64);
            }
        }
        if self.rounds_up_at(self.point) {
            n = n.wrapping_add(1);
        }
        n
    }

    /// Appends the digits as ASCII.
    pub(crate) fn push_digits(&self, out: &mut alloc::string::String) {
        for &d in &self.digits[..self.len] {
            out.push((b'0' + d) as char);
        }
    }
}

/// Limbs of 9 digits: the value is `0.L1L2L3… × 10**point` in base
/// 10**9, the first limb possibly with leading zeros.
struct Limbs {
    limbs: [u32; MAX_LIMBS],
    len: usize,
    point: i32,
    truncated: bool,
}

/// Base of a limb.
const LIMB: u64 = 1_000_000_000;

/// Enough limbs for `MAX_DIGITS` digits after a leading partial limb.
const MAX_LIMBS: usize = MAX_DIGITS / 9 + 2;

impl Limbs {
    fn put(&mut self, at: usize, limb: u32) {
        if at < MAX_LIMBS {
            self.limbs[at] = limb;
        } else if limb != 0 {
            self.truncated = true;
        }
    }

    fn trim(&mut self) {
        while self.len > 0 && self.limbs[self.len - 1] == 0 {
            self.len -= 1;
        }
    }

    fn left_shift(&mut self, k: u32) {
        // A limb times 2**32 carries at most two new limbs out of the top;
        // limbs are written from there down and moved into place after.
        let grow = 2;
        let mut r = self.len;
        let mut w = self.len + grow;
        let mut n: u64 = 0;
        while r > 0 || n > 0 {
            if r > 0 {
                r -= 1;
                n += (self.limbs[r] as u64) << k;
            }
            let q = n / LIMB;
            w -= 1;
            self.put(w, (n - LIMB * q) as u32);
            n = q;
        }
        let end = (self.len + grow).min(MAX_LIMBS);
        self.limbs.copy_within(w..end, 0);
        self.len = end - w;
        self.point += 9 * (grow - w) as i32;
        self.trim();
    }

    fn right_shift(&mut self, k: u32) {
        let mut r = 0;
        let mut w = 0;
        let mut n: u64 = 0;
        // Take leading limbs until there is something to divide.
        while n >> k == 0 {
            if r < self.len {
                n = n * LIMB + self.limbs[r] as u64;
            } else if n == 0 {
                self.len = 0;
                return;
            } else {
                n *= LIMB;
            }
            r += 1;
        }
        self.point -= 9 * (r as i32 - 1);
        let mask = (1u64 << k) - 1;
        while r < self.len {
            let c = self.limbs[r] as u64;
            self.limbs[w] = (n >> k) as u32;
            w += 1;
            n = (n & mask) * LIMB + c;
            r += 1;
        }
        while n > 0 {
            self.put(w, (n >> k) as u32);
            w = (w + 1).min(MAX_LIMBS);
            n = (n & mask) * LIMB;
        }
        self.len = w;
        self.trim();
    }
}

/// The decimal digits of `m` into `out`, least significant first; returns
/// how many (none for 0).
fn digits_reversed(mut m: u64, out: &mut [u8; 20]) -> usize {
    let mut n = 0;
    while m > 0 {
        out[n] = (m % 10) as u8;
        m /= 10;
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    fn show(d: &Decimal) -> (String, i32) {
        let mut s = String::new();
        d.push_digits(&mut s);
        (s, d.point)
    }

    #[test]
    fn exact_binary_values() {
        assert_eq!(show(&Decimal::from_binary(1, -1)), ("5".into(), 0));
        assert_eq!(show(&Decimal::from_binary(3, 4)), ("48".into(), 2));
        assert_eq!(
            show(&Decimal::from_binary(1, 64)),
            ("18446744073709551616".into(), 20)
        );
        let (s, p) = show(&Decimal::from_binary(1, -1074));
        assert_eq!(p, -323);
        assert!(s.starts_with("494065645841246544176568792868221"));
        assert!(s.ends_with("5625"));
        assert_eq!(s.len(), 751);
        let (s, p) = show(&Decimal::from_binary((1 << 53) - 1, 971));
        assert_eq!(p, 309);
        assert!(s.starts_with("17976931348623157"));
    }

    #[test]
    fn rounding() {
        let mut d = Decimal::from_binary(5, -1); // 2.5
        d.round_to(1);
        assert_eq!(show(&d), ("2".into(), 1));
        let mut d = Decimal::from_binary(7, -1); // 3.5
        d.round_to(1);
        assert_eq!(show(&d), ("4".into(), 1));
        let mut d = Decimal::from_binary(999, 0);
        d.round_to(2);
        assert_eq!(show(&d), ("1".into(), 4));
        let mut d = Decimal::from_binary(1, -1); // 0.5 to 0 digits: even, 0
        d.round_to(0);
        assert_eq!(d.len, 0);
    }
}
