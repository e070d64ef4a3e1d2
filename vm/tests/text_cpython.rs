//! Cross-checks `vm::text` against tables produced by CPython 3.11
//! (`vm/tests/gen_text_cases.py` regenerates `text_cpython/cases.rs`).

#[rustfmt::skip]
#[path = "text_cpython/cases.rs"]
mod cases;

use cases::*;
use proptest::prelude::*;
use vm::num::BigInt;
use vm::text::format_spec::{FormatError, FormatErrorKind};
use vm::text::*;

fn class(e: &FormatError) -> &'static str {
    match e.kind() {
        FormatErrorKind::Value => "ValueError",
        FormatErrorKind::Overflow => "OverflowError",
    }
}

fn check(what: &str, got: Result<String, FormatError>, want: &Expect, failures: &mut Vec<String>) {
    let got = got.map_err(|e| (class(&e), e.message().to_string()));
    let ok = match (&got, want) {
        (Ok(g), Ok(w)) => g == w,
        (Err((gc, gm)), Err((wc, wm))) => gc == wc && gm == wm,
        _ => false,
    };
    if !ok {
        failures.push(format!("{what}: got {got:?}, want {want:?}"));
    }
}

fn report(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn big(s: &str) -> BigInt {
    parse_int(s, 10).unwrap()
}

#[test]
fn float_repr_matches_cpython() {
    let mut failures = Vec::new();
    for &(b, want) in FLOAT_REPR {
        let mut s = String::new();
        float_repr(f64::from_bits(b), &mut s);
        if s != want {
            failures.push(format!("{b:#018x}: got {s}, want {want}"));
        }
    }
    report(failures);
}

#[test]
fn format_float_matches_cpython() {
    let mut failures = Vec::new();
    for (b, spec, want) in FORMAT_FLOAT {
        let x = f64::from_bits(*b);
        let got = if spec.is_empty() {
            let mut s = String::new();
            float_repr(x, &mut s);
            Ok(s)
        } else {
            format_spec::format_float_with(x, spec)
        };
        check(
            &format!("format({x:?}, {spec:?})"),
            got,
            want,
            &mut failures,
        );
    }
    report(failures);
}

#[test]
fn format_int_matches_cpython() {
    let mut failures = Vec::new();
    for (v, spec, want) in FORMAT_INT {
        let got = format_spec::format_int_with(&big(v), spec);
        check(&format!("format({v}, {spec:?})"), got, want, &mut failures);
    }
    report(failures);
}

#[test]
fn format_str_matches_cpython() {
    let mut failures = Vec::new();
    for (v, spec, want) in FORMAT_STR {
        let got = format_spec::format_str_with(v, spec);
        check(
            &format!("format({v:?}, {spec:?})"),
            got,
            want,
            &mut failures,
        );
    }
    report(failures);
}

#[test]
fn parse_int_matches_cpython() {
    let mut failures = Vec::new();
    for &(s, base, want) in PARSE_INT {
        let got = parse_int(s, base);
        if got != want.map(big) {
            failures.push(format!("int({s:?}, {base}): got {got:?}, want {want:?}"));
        }
    }
    report(failures);
}

#[test]
fn parse_float_matches_cpython() {
    let mut failures = Vec::new();
    for &(s, want) in PARSE_FLOAT {
        let got = parse_float(s);
        let ok = match (got, want) {
            (None, None) => true,
            (Some(g), Some(w)) => {
                let w = f64::from_bits(w);
                g.to_bits() == w.to_bits() || (g.is_nan() && w.is_nan())
            }
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "float({s:?}): got {got:?}, want {:?}",
                want.map(f64::from_bits)
            ));
        }
    }
    report(failures);
}

#[test]
fn str_repr_matches_cpython() {
    let mut failures = Vec::new();
    for &(s, want_repr, want_ascii) in STR_REPR {
        let mut r = String::new();
        str_repr(s, &mut r);
        let mut a = String::new();
        ascii_repr(s, &mut a);
        if r != want_repr || a != want_ascii {
            failures.push(format!(
                "{s:?}: got {r} / {a}, want {want_repr} / {want_ascii}"
            ));
        }
    }
    report(failures);
}

#[test]
fn int_to_radix_matches_cpython() {
    for &(v, radix, prefix, want) in INT_TO_RADIX {
        let mut s = String::new();
        int_to_radix(&big(v), radix, prefix, &mut s);
        assert_eq!(s, want, "{v} radix {radix} prefix {prefix}");
    }
}

/// Values for the template renderer below.
#[derive(Clone, Debug)]
enum V {
    Int(i64),
    Str(String),
    Float(f64),
}

/// A miniature `str.format` built on the parser, the way the VM uses it.
fn render(
    t: &str,
    args: &[V],
    kwargs: &[(&str, V)],
    auto: &mut AutoNumber,
    depth: u32,
) -> Result<String, (&'static str, String)> {
    let ve = |e: FormatError| (class(&e), e.message().to_string());
    if depth == 0 {
        return Err((
            "ValueError",
            format_string::MAX_RECURSION_MESSAGE.to_string(),
        ));
    }
    let mut out = String::new();
    for piece in FormatParser::new(t) {
        match piece.map_err(ve)? {
            Piece::Literal(l) => out.push_str(l),
            Piece::Field(f) => {
                let mut v = match f.arg(auto).map_err(ve)? {
                    FieldArg::Index(i) => args.get(i).cloned().ok_or_else(|| {
                        (
                            "IndexError",
                            format!("Replacement index {i} out of range for positional args tuple"),
                        )
                    })?,
                    FieldArg::Name(n) => kwargs
                        .iter()
                        .find(|(k, _)| *k == n)
                        .map(|(_, v)| v.clone())
                        .ok_or_else(|| ("KeyError", format!("'{n}'")))?,
                };
                assert!(
                    f.accessors().next().is_none(),
                    "accessors not exercised here"
                );
                if let Some(c) = f.conversion {
                    if let Some(e) = conversion_error(c) {
                        return Err(ve(e));
                    }
                    let mut s = String::new();
                    match (&v, c) {
                        (V::Int(i), _) => s = i.to_string(),
                        (V::Float(x), _) => float_repr(*x, &mut s),
                        (V::Str(t), 's') => s = t.clone(),
                        (V::Str(t), 'r') => str_repr(t, &mut s),
                        (V::Str(t), _) => ascii_repr(t, &mut s),
                    }
                    v = V::Str(s);
                }
                let spec = if f.spec_has_fields {
                    render(f.spec, args, kwargs, auto, depth - 1)?
                } else {
                    f.spec.to_string()
                };
                let s = match (&v, spec.is_empty()) {
                    (V::Int(i), true) => i.to_string(),
                    (V::Str(s), true) => s.clone(),
                    (V::Float(x), true) => {
                        let mut s = String::new();
                        float_repr(*x, &mut s);
                        s
                    }
                    (V::Int(i), false) => {
                        format_spec::format_int_with(&BigInt::from_i64(*i), &spec).map_err(ve)?
                    }
                    (V::Str(s), false) => format_spec::format_str_with(s, &spec).map_err(ve)?,
                    (V::Float(x), false) => {
                        format_spec::format_float_with(*x, &spec).map_err(ve)?
                    }
                };
                out.push_str(&s);
            }
        }
    }
    Ok(out)
}

#[test]
fn str_format_templates_match_cpython() {
    let args = [V::Int(42), V::Str("abc\u{e9}".into()), V::Float(3.5)];
    let kwargs = [("name", V::Str("x".into())), ("n", V::Int(7))];
    let mut failures = Vec::new();
    for (t, want) in TEMPLATES {
        let got = render(t, &args, &kwargs, &mut AutoNumber::new(), 2);
        let ok = match (&got, want) {
            (Ok(g), Ok(w)) => g == w,
            (Err((gc, gm)), Err((wc, wm))) => gc == wc && gm == wm,
            _ => false,
        };
        if !ok {
            failures.push(format!("{t:?}: got {got:?}, want {want:?}"));
        }
    }
    report(failures);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn repr_round_trips(b in any::<u64>()) {
        let x = f64::from_bits(b);
        prop_assume!(x.is_finite());
        let mut s = String::new();
        float_repr(x, &mut s);
        prop_assert_eq!(parse_float(&s).map(f64::to_bits), Some(b), "{}", s);
    }

    #[test]
    fn repr_round_trips_any_float(x in any::<f64>()) {
        prop_assume!(x.is_finite());
        let mut s = String::new();
        float_repr(x, &mut s);
        prop_assert_eq!(parse_float(&s).map(f64::to_bits), Some(x.to_bits()), "{}", s);
    }
}
