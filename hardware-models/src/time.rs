//! Durations written as text (`"500ms"`, `"1.5s"`) and the fixed-width
//! timestamps of traces.

use serde::de::{self, Deserialize, Deserializer, Visitor};
use std::fmt;

/// A length of virtual time, in nanoseconds, parsed from `"1.5s"`-style text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Duration(pub u64);

const UNITS: &[(&str, u64)] = &[
    ("ns", 1),
    ("us", 1_000),
    ("µs", 1_000),
    ("ms", 1_000_000),
    ("s", 1_000_000_000),
    ("min", 60_000_000_000),
];

/// Parses `"10ns"`, `"250us"`, `"500ms"`, `"1.5s"`, `"2min"` to nanoseconds.
/// Fractions are allowed as long as the result is a whole number of ns.
pub fn parse_duration(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '_'))
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let expected = "expected a number and a unit: ns, us, ms, s or min (e.g. \"500ms\", \"1.5s\")";
    let scale = UNITS
        .iter()
        .find(|(u, _)| *u == unit.trim())
        .map(|&(_, s)| s)
        .ok_or_else(|| format!("bad duration {text:?}: {expected}"))?;
    let number = number.replace('_', "");
    let (whole, frac) = match number.split_once('.') {
        Some((w, f)) => (w, f),
        None => (number.as_str(), ""),
    };
    if whole.is_empty() && frac.is_empty() || frac.contains('.') {
        return Err(format!("bad duration {text:?}: {expected}"));
    }
    let too_long = || format!("duration {text:?} is too long");
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| too_long())?
    };
    let mut ns = whole.checked_mul(scale).ok_or_else(too_long)?;
    // The fraction, digit by digit, so "0.1s" is exactly 100 ms.
    let mut place = scale;
    for d in frac.chars() {
        let digit = u64::from(
            d.to_digit(10)
                .ok_or_else(|| format!("bad duration {text:?}"))?,
        );
        if place % 10 != 0 {
            if digit != 0 {
                return Err(format!("duration {text:?} is finer than a nanosecond"));
            }
            continue;
        }
        place /= 10;
        ns = ns.checked_add(digit * place).ok_or_else(too_long)?;
    }
    Ok(ns)
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Duration;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a duration such as \"500ms\" or \"1.5s\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Duration, E> {
                parse_duration(v).map(Duration).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Duration, E> {
                if v == 0 {
                    Ok(Duration(0))
                } else {
                    Err(E::custom(format!(
                        "a duration needs a unit: write \"{v}ms\" or \"{v}s\", not {v}"
                    )))
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// A timestamp as traces show it: seconds with nine decimals, right-aligned
/// to 14 columns (`   1.500000000s`), so lines line up for runs under 10⁴ s.
pub fn format_time(ns: u64) -> String {
    format!("{:>4}.{:09}s", ns / 1_000_000_000, ns % 1_000_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(parse_duration("10ns"), Ok(10));
        assert_eq!(parse_duration("250us"), Ok(250_000));
        assert_eq!(parse_duration("500ms"), Ok(500_000_000));
        assert_eq!(parse_duration("1.5s"), Ok(1_500_000_000));
        assert_eq!(parse_duration("0.1s"), Ok(100_000_000));
        assert_eq!(parse_duration(".25s"), Ok(250_000_000));
        assert_eq!(parse_duration("2min"), Ok(120_000_000_000));
        assert_eq!(parse_duration("1_000ms"), Ok(1_000_000_000));
        assert_eq!(parse_duration("1.000000000s"), Ok(1_000_000_000));
    }

    #[test]
    fn bad_durations() {
        for bad in [
            "",
            "5",
            "ms",
            "1.2.3s",
            "5 parsecs",
            "1.5ns",
            "99999999999999999999s",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
        assert!(parse_duration("5").unwrap_err().contains("unit"));
    }

    #[test]
    fn timestamps_are_fixed_width() {
        assert_eq!(format_time(0), "   0.000000000s");
        assert_eq!(format_time(1_500_000_000), "   1.500000000s");
        assert_eq!(format_time(12_345_000_000_001), "12345.000000001s");
    }
}
