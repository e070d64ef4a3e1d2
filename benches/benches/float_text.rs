//! Float <-> text conversions (the VM's own exact-decimal code, see
//! `vm/src/text/float_digits.rs`) against core's, on everyday values and on
//! extreme exponents where the exact decimal buffer is longest.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use vm::text::{float_repr, format_float_with, parse_float};

fn sets() -> Vec<(&'static str, Vec<f64>)> {
    vec![
        ("everyday", (1..500).map(|i| i as f64 * 0.37).collect()),
        ("reciprocals", (1..500).map(|i| 1.0 / i as f64).collect()),
        ("tiny", (1..500).map(|i| 1e-300 * i as f64).collect()),
    ]
}

fn float_text(c: &mut Criterion) {
    let mut group = c.benchmark_group("float_text");
    for (name, xs) in sets() {
        group.bench_function(format!("repr/{name}"), |b| {
            b.iter(|| {
                let mut s = String::new();
                for &x in &xs {
                    s.clear();
                    float_repr(black_box(x), &mut s);
                }
                s.len()
            })
        });
        group.bench_function(format!("repr_core/{name}"), |b| {
            b.iter(|| {
                xs.iter()
                    .map(|&x| format!("{:e}", black_box(x)).len())
                    .sum::<usize>()
            })
        });
        group.bench_function(format!("fixed6/{name}"), |b| {
            b.iter(|| {
                xs.iter()
                    .map(|&x| format_float_with(black_box(x), ".6f").map_or(0, |s| s.len()))
                    .sum::<usize>()
            })
        });
        let texts: Vec<String> = xs
            .iter()
            .map(|&x| {
                let mut s = String::new();
                float_repr(x, &mut s);
                s
            })
            .collect();
        group.bench_function(format!("parse/{name}"), |b| {
            b.iter(|| {
                texts
                    .iter()
                    .filter(|t| parse_float(black_box(t)).is_some())
                    .count()
            })
        });
        group.bench_function(format!("parse_core/{name}"), |b| {
            b.iter(|| {
                texts
                    .iter()
                    .filter(|t| black_box(t).parse::<f64>().is_ok())
                    .count()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, float_text);
criterion_main!(benches);
