//! Ferrite's own arbitrary-precision integer, [`BigInt`]: the `int` values
//! that do not fit the inline small-int range.
//!
//! Written for flash size rather than speed (a firmware build carries it
//! whole): sign and magnitude in base-2³² limbs, schoolbook multiplication,
//! Knuth's algorithm D for division, plain methods on slices instead of
//! operator-trait impls for every owned/borrowed combination, and no
//! `core::fmt` in the arithmetic. Small ints never get here: the
//! interpreter's fast paths work on inline values.
//!
//! One job per file: [`bigint`](self::bigint) (the type, comparison, `+ - *`,
//! `**`), `bigint_div` (division, modulo, `isqrt`), `bigint_bits` (shifts,
//! two's-complement bitwise operators, bytes), `bigint_text` (radix text in
//! and out) and `bigint_float` (exact conversions from and correctly
//! rounded conversions to `f64`).

pub mod bigint;
mod bigint_bits;
mod bigint_div;
mod bigint_float;
mod bigint_text;
#[cfg(test)]
mod tests;

pub use bigint::BigInt;
pub use bigint_bits::BitOp;
