//! Property test of integer arithmetic across the VM's representations
//! (48-bit small ints, boxed i64, big ints): random operands and operators
//! are printed by a generated Python script, run in-process on a `SimBoard`,
//! and every line is checked against `num_bigint::BigInt` with Python
//! semantics (floor division and modulo, arithmetic right shift, two's
//! complement bitwise operators on negative numbers).
//!
//! Each case batches many expressions into one script so the test stays
//! quick; operands come from the interesting regions: small values, around
//! ±2^47 (the small-int boundary), ±2^63 and ±2^64 (i64/u64 edges), and
//! random values of up to ~300 bits.

mod common;

use num_bigint::{BigInt, Sign};
use proptest::prelude::*;
use std::fmt::Write;

/// Binary operators whose right operand is an arbitrary integer.
#[derive(Clone, Copy, Debug)]
enum Bin {
    Add,
    Sub,
    Mul,
    FloorDiv,
    Mod,
    And,
    Or,
    Xor,
}

impl Bin {
    const ALL: [Bin; 8] = [
        Bin::Add,
        Bin::Sub,
        Bin::Mul,
        Bin::FloorDiv,
        Bin::Mod,
        Bin::And,
        Bin::Or,
        Bin::Xor,
    ];

    fn symbol(self) -> &'static str {
        match self {
            Bin::Add => "+",
            Bin::Sub => "-",
            Bin::Mul => "*",
            Bin::FloorDiv => "//",
            Bin::Mod => "%",
            Bin::And => "&",
            Bin::Or => "|",
            Bin::Xor => "^",
        }
    }
}

/// One expression to print.
#[derive(Clone, Debug)]
enum Expr {
    /// `a OP b`; also run as `c = a; c OP= b` when `inplace`.
    Bin(Bin, BigInt, BigInt, bool),
    /// `a ** e` with a small non-negative exponent.
    Pow(BigInt, u32),
    /// `a << n` (small n).
    Shl(BigInt, u32),
    /// `a >> n`.
    Shr(BigInt, u32),
    /// `-a`, `~a`, `+a` on one line.
    Unary(BigInt),
    /// All six comparisons of a and b on one line.
    Cmp(BigInt, BigInt),
}

fn big(limbs: &[u32], negative: bool) -> BigInt {
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    BigInt::from_slice(sign, limbs)
}

/// Integers from the regions where representations change.
fn int() -> impl Strategy<Value = BigInt> {
    let edges = prop_oneof![
        Just(0u32),
        Just(31),
        Just(32),
        Just(47),
        Just(48),
        Just(63),
        Just(64)
    ];
    prop_oneof![
        // small, including 0 and ±1
        3 => (-1000i64..=1000).prop_map(BigInt::from),
        // ±2^k + d around representation edges
        4 => (edges, -3i64..=3, any::<bool>()).prop_map(|(k, d, neg)| {
            let v = (BigInt::from(1) << k as usize) + d;
            if neg { -v } else { v }
        }),
        // anything up to ~300 bits
        3 => (prop::collection::vec(any::<u32>(), 1..=10), any::<bool>())
            .prop_map(|(limbs, neg)| big(&limbs, neg)),
        // any i64
        1 => any::<i64>().prop_map(BigInt::from),
    ]
}

fn expr() -> impl Strategy<Value = Expr> {
    prop_oneof![
        6 => (prop::sample::select(&Bin::ALL[..]), int(), int(), any::<bool>())
            .prop_map(|(op, a, b, inplace)| Expr::Bin(op, a, b, inplace)),
        1 => (int(), 0u32..=7).prop_map(|(a, e)| Expr::Pow(a, e)),
        1 => (int(), 0u32..=70).prop_map(|(a, n)| Expr::Shl(a, n)),
        1 => (int(), 0u32..=320).prop_map(|(a, n)| Expr::Shr(a, n)),
        1 => int().prop_map(Expr::Unary),
        2 => (int(), int()).prop_map(|(a, b)| Expr::Cmp(a, b)),
    ]
}

const ZERO_DIV: &str = "ZeroDivisionError";

/// Python's `a // b` and `a % b` (`None` on division by zero).
fn floor_divmod(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if *b == BigInt::from(0) {
        return None;
    }
    let mut q = a / b;
    let mut r = a % b;
    if r != BigInt::from(0) && (r.sign() == Sign::Minus) != (b.sign() == Sign::Minus) {
        q -= 1;
        r += b;
    }
    Some((q, r))
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// Appends the Python for `e` to `src` and its expected output lines to `want`.
/// Operands go through variables so the VM, not the compiler, does the work.
fn emit(e: &Expr, src: &mut String, want: &mut Vec<String>) {
    match e {
        Expr::Bin(op, a, b, inplace) => {
            let _ = writeln!(src, "a = {a}\nb = {b}");
            let expected = match op {
                Bin::Add => Some(a + b),
                Bin::Sub => Some(a - b),
                Bin::Mul => Some(a * b),
                Bin::FloorDiv => floor_divmod(a, b).map(|(q, _)| q),
                Bin::Mod => floor_divmod(a, b).map(|(_, r)| r),
                Bin::And => Some(a & b),
                Bin::Or => Some(a | b),
                Bin::Xor => Some(a ^ b),
            };
            let sym = op.symbol();
            let stmts = if *inplace {
                format!("c = a\n    c {sym}= b\n    print(c)")
            } else {
                format!("print(a {sym} b)")
            };
            if matches!(op, Bin::FloorDiv | Bin::Mod) {
                let _ = writeln!(
                    src,
                    "try:\n    {stmts}\nexcept ZeroDivisionError:\n    print('{ZERO_DIV}')"
                );
            } else {
                let _ = writeln!(src, "if True:\n    {stmts}");
            }
            want.push(expected.map_or(ZERO_DIV.to_string(), |v| v.to_string()));
        }
        Expr::Pow(a, n) => {
            let _ = writeln!(src, "a = {a}\nprint(a ** {n})");
            want.push(a.pow(*n).to_string());
        }
        Expr::Shl(a, n) => {
            let _ = writeln!(src, "a = {a}\nn = {n}\nprint(a << n)");
            want.push((a << *n as usize).to_string());
        }
        Expr::Shr(a, n) => {
            let _ = writeln!(src, "a = {a}\nn = {n}\nprint(a >> n)");
            want.push((a >> *n as usize).to_string());
        }
        Expr::Unary(a) => {
            let _ = writeln!(src, "a = {a}\nprint(-a, ~a, +a)");
            want.push(format!("{} {} {}", -a, !a, a));
        }
        Expr::Cmp(a, b) => {
            let _ = writeln!(
                src,
                "a = {a}\nb = {b}\nprint(a < b, a <= b, a == b, a != b, a > b, a >= b)"
            );
            let r = [a < b, a <= b, a == b, a != b, a > b, a >= b];
            want.push(r.map(py_bool).join(" "));
        }
    }
}

fn check(exprs: &[Expr]) -> Result<(), TestCaseError> {
    let mut src = String::new();
    let mut want = Vec::new();
    for e in exprs {
        emit(e, &mut src, &mut want);
    }
    let run = common::run_with(&src, vm::Config::default());
    if let Some(err) = &run.error {
        return Err(TestCaseError::fail(format!(
            "script raised:\n{err}\n--- script ---\n{src}"
        )));
    }
    let got: Vec<&str> = run.output.lines().collect();
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        if g != w {
            return Err(TestCaseError::fail(format!(
                "line {}: {:?}\n  got:  {g}\n  want: {w}",
                i + 1,
                exprs[i]
            )));
        }
    }
    prop_assert_eq!(got.len(), want.len(), "line count; output:\n{}", run.output);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn int_arithmetic_matches_python(exprs in prop::collection::vec(expr(), 40..80)) {
        check(&exprs)?;
    }
}

/// The reference itself, on values whose Python results are known.
#[test]
fn reference_follows_python_semantics() {
    let i = |v: i64| BigInt::from(v);
    assert_eq!(floor_divmod(&i(-7), &i(2)), Some((i(-4), i(1))));
    assert_eq!(floor_divmod(&i(7), &i(-2)), Some((i(-4), i(-1))));
    assert_eq!(floor_divmod(&i(-7), &i(-2)), Some((i(3), i(-1))));
    assert_eq!(floor_divmod(&i(6), &i(-3)), Some((i(-2), i(0))));
    assert_eq!(floor_divmod(&i(1), &i(0)), None);
    assert_eq!(i(-5) >> 1usize, i(-3));
    assert_eq!(i(-1) >> 300usize, i(-1));
    assert_eq!(!i(5), i(-6));
    assert_eq!(i(-6) & i(5), i(0));
    assert_eq!(i(-6) | i(5), i(-1));
    assert_eq!(i(-6) ^ i(5), i(-1));
    assert_eq!(i(-12) ^ i(5), i(-15));
}

/// Hand-picked cases at the representation edges, so they run every time.
#[test]
fn edge_values() {
    let p = |k: usize| BigInt::from(1) << k;
    let mut exprs = Vec::new();
    for k in [47usize, 48, 62, 63, 64] {
        for d in [-1i64, 0, 1] {
            for neg in [false, true] {
                let a = if neg { -(p(k) + d) } else { p(k) + d };
                for op in Bin::ALL {
                    exprs.push(Expr::Bin(op, a.clone(), BigInt::from(-1), false));
                    exprs.push(Expr::Bin(op, a.clone(), a.clone(), true));
                    exprs.push(Expr::Bin(op, BigInt::from(3), a.clone(), false));
                }
                exprs.push(Expr::Unary(a.clone()));
                exprs.push(Expr::Pow(a.clone(), 2));
                exprs.push(Expr::Shl(a.clone(), 1));
                exprs.push(Expr::Shr(a.clone(), 1));
                exprs.push(Expr::Cmp(a.clone(), p(47)));
            }
        }
    }
    check(&exprs).unwrap();
}
