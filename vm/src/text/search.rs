//! Substring search for the str methods and `in`: scan for the needle's
//! first byte, then compare (as MicroPython's `find_subbytes`). Worst case
//! O(n·m), against core's two-way searcher, which costs ~2.3 KiB of flash
//! (and pulls in char formatting for its panics) on an MCU. Offsets are in
//! bytes; a match of UTF-8 in UTF-8 always starts on a char boundary.

use alloc::string::String;

/// Byte offset of the first `needle` in `hay` (0 for an empty needle).
pub(crate) fn find(hay: &str, needle: &str) -> Option<usize> {
    find_from(hay.as_bytes(), needle.as_bytes(), 0)
}

/// Byte offset of the last `needle` in `hay` (`hay.len()` for an empty one).
pub(crate) fn rfind(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let last = h.len().checked_sub(n.len())?;
    (0..=last).rev().find(|&i| h[i..].starts_with(n))
}

/// Non-overlapping occurrences of a non-empty `needle`.
pub(crate) fn count(hay: &str, needle: &str) -> usize {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let mut at = 0;
    let mut found = 0;
    while let Some(i) = find_from(h, n, at) {
        found += 1;
        at = i + n.len().max(1);
    }
    found
}

/// `hay` with the first `max` non-overlapping `old` replaced by `new`; an
/// empty `old` matches before every char and at the end (Python's rule).
pub(crate) fn replace(hay: &str, old: &str, new: &str, max: usize) -> String {
    let mut out = String::with_capacity(hay.len());
    let mut done = 0;
    if old.is_empty() {
        for c in hay.chars() {
            if done < max {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < max {
            out.push_str(new);
        }
        return out;
    }
    let mut rest = hay;
    while done < max {
        let Some(i) = find(rest, old) else { break };
        out.push_str(&rest[..i]);
        out.push_str(new);
        rest = &rest[i + old.len()..];
        done += 1;
    }
    out.push_str(rest);
    out
}

fn find_from(h: &[u8], n: &[u8], from: usize) -> Option<usize> {
    let Some((&first, tail)) = n.split_first() else {
        return (from <= h.len()).then_some(from);
    };
    let last = h.len().checked_sub(n.len())?;
    let mut i = from;
    while i <= last {
        i += h[i..=last].iter().position(|&b| b == first)?;
        if h[i + 1..].starts_with(tail) {
            return Some(i);
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;
    use alloc::vec::Vec;

    /// Every string over a small alphabet up to length 5, against core's.
    fn strings() -> Vec<String> {
        let mut all = Vec::from([String::new()]);
        let mut frontier = all.clone();
        for _ in 0..5 {
            let mut next = Vec::new();
            for s in &frontier {
                for c in ["a", "b", "é"] {
                    next.push(format!("{s}{c}"));
                }
            }
            all.extend(next.iter().cloned());
            frontier = next;
        }
        all
    }

    #[test]
    fn agrees_with_core() {
        let hays = strings();
        let needles: Vec<&String> = hays.iter().filter(|s| s.chars().count() <= 3).collect();
        for h in &hays {
            for n in &needles {
                assert_eq!(find(h, n), h.find(n.as_str()), "find {h:?} {n:?}");
                assert_eq!(rfind(h, n), h.rfind(n.as_str()), "rfind {h:?} {n:?}");
                if !n.is_empty() {
                    assert_eq!(
                        count(h, n),
                        h.matches(n.as_str()).count(),
                        "count {h:?} {n:?}"
                    );
                }
                assert_eq!(replace(h, n, "-", usize::MAX), h.replace(n.as_str(), "-"));
                for max in 0..3 {
                    if !n.is_empty() {
                        assert_eq!(replace(h, n, "XY", max), h.replacen(n.as_str(), "XY", max));
                    }
                }
            }
        }
    }

    #[test]
    fn empty_old_inserts_between_chars_up_to_max() {
        assert_eq!(replace("abc", "", "-", usize::MAX), "-a-b-c-");
        assert_eq!(replace("abc", "", "-", 2), "-a-bc");
        assert_eq!(replace("", "", "-", 1), "-");
        assert_eq!(replace("", "", "-", 0), "");
    }
}
