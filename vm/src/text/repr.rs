//! `repr(str)` and `ascii(str)`, exactly as CPython 3.11.
//!
//! Printability follows CPython's `str.isprintable()` (not printable:
//! categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space) using
//! tables generated from CPython 3.11's Unicode 14.0.0 database, so the
//! result matches CPython exactly for every code point.

use super::unicode_tables::is_printable;
use alloc::string::String;
use core::fmt::Write;

/// Writes `repr(s)`: single quotes unless `s` contains `'` and no `"`;
/// `\\`, the quote, `\n`, `\r`, `\t` escaped; other non-printable characters
/// as `\xNN`, `\uNNNN` or `\UNNNNNNNN`; printable non-ASCII kept as is.
pub fn str_repr(s: &str, out: &mut String) {
    repr_impl(s, false, out);
}

/// Writes `ascii(s)`: like [`str_repr`] but every non-ASCII character is
/// escaped as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii_repr(s: &str, out: &mut String) {
    repr_impl(s, true, out);
}

fn repr_impl(s: &str, ascii_only: bool, out: &mut String) {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.reserve(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x80 || !ascii_only => {
                if is_printable(c) {
                    out.push(c);
                } else {
                    escape(c, out);
                }
            }
            c => escape(c, out),
        }
    }
    out.push(quote);
}

fn escape(c: char, out: &mut String) {
    let v = c as u32;
    let _ = if v <= 0xff {
        write!(out, "\\x{:02x}", v)
    } else if v <= 0xffff {
        write!(out, "\\u{:04x}", v)
    } else {
        write!(out, "\\U{:08x}", v)
    };
}

/// CPython's `repr(bytes)`: `b'…'` with `\t \n \r \\`, the quote, and
/// `\xNN` for bytes outside printable ASCII; double quotes when the data has
/// a `'` and no `"`.
pub fn bytes_repr(b: &[u8], out: &mut String) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\\' => out.push_str("\\\\"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = core::fmt::Write::write_fmt(out, format_args!("\\x{c:02x}"));
            }
        }
    }
    out.push(quote);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> String {
        let mut o = String::new();
        str_repr(s, &mut o);
        o
    }
    fn a(s: &str) -> String {
        let mut o = String::new();
        ascii_repr(s, &mut o);
        o
    }

    #[test]
    fn quotes_and_escapes() {
        assert_eq!(r(""), "''");
        assert_eq!(r("it's"), "\"it's\"");
        assert_eq!(r("'\""), "'\\'\"'");
        assert_eq!(r("a\\b\n\r\t\x00\x7f"), "'a\\\\b\\n\\r\\t\\x00\\x7f'");
        assert_eq!(r("é中😀"), "'é中😀'");
        assert_eq!(
            r("\u{a0}\u{ad}\u{2028}\u{feff}\u{e000}"),
            "'\\xa0\\xad\\u2028\\ufeff\\ue000'"
        );
        assert_eq!(r("\u{10ffff}"), "'\\U0010ffff'");
        assert_eq!(a("é中😀"), "'\\xe9\\u4e2d\\U0001f600'");
    }
}
