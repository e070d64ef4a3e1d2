//! Case mapping and character classes, with or without the Unicode tables.
//!
//! With vm feature `unicode` these are core's full Unicode versions; an MCU
//! build may leave the tables out (about 30 KiB of flash), and then they
//! know ASCII only. The `str` methods call [`supported`] first, so text
//! this build cannot classify raises `NotImplementedError` instead of
//! getting a wrong answer.

use alloc::string::String;

/// Whether this build has the Unicode case tables.
pub const UNICODE: bool = cfg!(feature = "unicode");

/// `s` upper-cased.
pub fn upper(s: &str) -> String {
    #[cfg(feature = "unicode")]
    return s.to_uppercase();
    #[cfg(not(feature = "unicode"))]
    return s.to_ascii_uppercase();
}

/// `s` lower-cased.
pub fn lower(s: &str) -> String {
    #[cfg(feature = "unicode")]
    return s.to_lowercase();
    #[cfg(not(feature = "unicode"))]
    return s.to_ascii_lowercase();
}

/// Appends `c` upper-cased (one character may become several: ß → SS).
pub fn push_upper(out: &mut String, c: char) {
    #[cfg(feature = "unicode")]
    out.extend(c.to_uppercase());
    #[cfg(not(feature = "unicode"))]
    out.push(c.to_ascii_uppercase());
}

/// Appends `c` lower-cased.
pub fn push_lower(out: &mut String, c: char) {
    #[cfg(feature = "unicode")]
    out.extend(c.to_lowercase());
    #[cfg(not(feature = "unicode"))]
    out.push(c.to_ascii_lowercase());
}

macro_rules! class {
    ($(#[$doc:meta] $name:ident: $full:path, $ascii:path;)*) => {$(
        #[$doc]
        pub fn $name(c: char) -> bool {
            #[cfg(feature = "unicode")]
            return $full(c);
            #[cfg(not(feature = "unicode"))]
            return $ascii(&c);
        }
    )*};
}

class! {
    /// An upper-case letter.
    is_upper: char::is_uppercase, char::is_ascii_uppercase;
    /// A lower-case letter.
    is_lower: char::is_lowercase, char::is_ascii_lowercase;
    /// A letter (`str.isalpha`).
    is_alpha: char::is_alphabetic, char::is_ascii_alphabetic;
    /// A letter or digit (`str.isalnum`).
    is_alnum: char::is_alphanumeric, char::is_ascii_alphanumeric;
    /// A numeric character (`str.isnumeric`).
    is_numeric: char::is_numeric, char::is_ascii_digit;
}

/// Whether this build can classify and convert every character of `s`:
/// always with the Unicode tables, else only for ASCII text.
pub fn supported(s: &str) -> bool {
    UNICODE || s.is_ascii()
}
