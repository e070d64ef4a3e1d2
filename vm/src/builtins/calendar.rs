//! `time.gmtime`, `time.localtime` and `time.mktime`, as MicroPython has
//! them: 8-tuples `(year, month, mday, hour, minute, second, weekday,
//! yearday)` (weekday 0 is Monday), seconds counted from the board's time
//! origin, 1970-01-01 00:00:00 (what `time.time()` counts from), and no
//! time zone: local time is UTC. The date arithmetic is Howard Hinnant's
//! `days_from_civil` / `civil_from_days`, exact for any `i64` day.

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

const DAY: i64 = 86_400;

/// Days from 1970-01-01 to `y`-`m`-`d` (proleptic Gregorian).
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01: (year, month, day).
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The 8 fields of `secs` after the origin.
pub(crate) fn fields(secs: i64) -> [i64; 8] {
    let days = secs.div_euclid(DAY);
    let rem = secs.rem_euclid(DAY);
    let (y, m, d) = civil_from_days(days);
    // 1970-01-01 was a Thursday (3).
    let weekday = (days + 3).rem_euclid(7);
    let yearday = days - days_from_civil(y, 1, 1) + 1;
    [
        y,
        m,
        d,
        rem / 3600,
        rem / 60 % 60,
        rem % 60,
        weekday,
        yearday,
    ]
}

/// Seconds after the origin of the given date and time; out-of-range
/// fields carry over (month 13 is January of the next year), as C's
/// `mktime` and MicroPython's do.
pub(crate) fn seconds(f: [i64; 6]) -> Option<i64> {
    let [y, mo, d, h, mi, s] = f;
    let months = y.checked_mul(12)?.checked_add(mo - 1)?;
    let days =
        days_from_civil(months.div_euclid(12), months.rem_euclid(12) + 1, 1).checked_add(d - 1)?;
    days.checked_mul(DAY)?
        .checked_add(h.checked_mul(3600)?)?
        .checked_add(mi.checked_mul(60)?)?
        .checked_add(s)
}

/// `time.gmtime([secs])` / `time.localtime([secs])`.
pub(super) fn gmtime(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "gmtime", 0, 1, &[])?;
    let secs = match a.opt(it, 0).filter(|v| !v.is_none()) {
        None => {
            it.charge(io);
            (io.now_ns() / 1_000_000_000) as i64
        }
        Some(v) if it.is_int(v) => match it.to_i64(v) {
            // Beyond ±2^40 s (±35,000 years) as CPython: out of range.
            Some(s) if s.unsigned_abs() < 1 << 40 => s,
            _ => {
                return Err(it.raise(
                    TypeId::OverflowError,
                    "timestamp out of range for platform time_t",
                ))
            }
        },
        Some(v) if v.is_float() => match it.to_f64(v) {
            Some(f) if f.is_finite() && f.abs() < (1u64 << 40) as f64 => {
                // Floor (`as` truncates toward zero).
                let t = f as i64;
                t - i64::from((t as f64) > f)
            }
            _ => {
                return Err(it.raise(
                    TypeId::OverflowError,
                    "timestamp out of range for platform time_t",
                ))
            }
        },
        Some(v) => {
            return Err(it.not_an_integer(v));
        }
    };
    let f = fields(secs);
    let items: [Value; 8] = core::array::from_fn(|i| Value::small_int(f[i]));
    it.new_tuple_of(&items)
}

/// `time.mktime((year, month, mday, hour, minute, second, wday, yday))`:
/// the weekday and yearday are ignored.
pub(super) fn mktime(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "mktime", 1, 1, &[])?;
    let t = a.pos(it, 0);
    let Some(items) = it.items(t).filter(|i| i.len >= 8) else {
        return Err(it.raise(TypeId::TypeError, "mktime needs a tuple of 8 or 9 ints"));
    };
    let mut f = [0i64; 6];
    for (k, slot) in f.iter_mut().enumerate() {
        let v = it.item(items, k);
        if !it.is_int(v) {
            return Err(it.not_an_integer(v));
        }
        match it.to_i64(v) {
            Some(x) if x.unsigned_abs() < 1 << 40 => *slot = x,
            _ => return Err(it.raise(TypeId::OverflowError, "mktime argument out of range")),
        }
    }
    match seconds(f) {
        Some(s) => it.new_int_i64(s),
        None => Err(it.raise(TypeId::OverflowError, "mktime argument out of range")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_known_dates() {
        for days in -800_000..800_000 {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(fields(951_782_400), [2000, 2, 29, 0, 0, 0, 1, 60]);
        assert_eq!(fields(-1), [1969, 12, 31, 23, 59, 59, 2, 365]);
        assert_eq!(
            seconds([2000, 14, 1, 0, 0, 0]),
            seconds([2001, 2, 1, 0, 0, 0])
        );
        assert_eq!(
            seconds([2024, 12, 31, 23, 59, 60]),
            seconds([2025, 1, 1, 0, 0, 0])
        );
    }
}
