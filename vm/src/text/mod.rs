//! Pure text/number routines behind the builtins, reproducing CPython 3.11
//! output exactly: `repr(float)`, the format-spec mini-language,
//! `str.format` template parsing, `int(str, base)` / `float(str)` parsing
//! and `repr(str)` / `ascii(str)`.
//!
//! Float <-> text conversions do not use `core`'s (`dec2flt`, `flt2dec`,
//! `fmt::float`: ~32 KiB of flash): they are exact decimal arithmetic on a
//! fixed digit buffer (`decimal`, `float_digits`, `float_parse`).
//!
//! Nothing here knows about VM objects: everything works on `&str`, `i64`,
//! `f64`, [`crate::num::BigInt`] and [`alloc::string::String`].  Errors that
//! CPython raises carry CPython's exact message; the VM decides the
//! exception class ([`FormatError::kind`]).

pub mod case;
mod decimal;
pub(crate) mod float_digits;
pub(crate) mod float_parse;
pub mod float_repr;
pub mod format_spec;
pub mod format_string;
pub mod parse_num;
pub mod repr;
pub(crate) mod search;
pub(crate) mod unicode_tables;

pub use float_repr::float_repr;
pub use format_spec::{
    format_float, format_float_with, format_int, format_int_with, format_str, format_str_with,
    Align, FormatError, FormatErrorKind, FormatSpec, Sign,
};
pub use format_string::{
    conversion_error, Accessor, Accessors, AutoNumber, Field, FieldArg, FormatParser, Piece,
};
pub use parse_num::{
    int_to_radix, invalid_float_literal_message, invalid_int_literal_message, parse_float,
    parse_int,
};
pub use repr::{ascii_repr, str_repr};
