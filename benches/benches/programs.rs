//! Criterion benchmarks: whole programs on a simulated board, and opcode
//! throughput on a counting loop. Compilation happens once, outside the
//! measurement; each iteration runs a fresh VM on a board that discards output.

use benches::{compile, counting_loop, instructions_per_iteration, run_discarding, PROGRAMS};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};

fn programs(c: &mut Criterion) {
    let mut group = c.benchmark_group("programs");
    // Each run takes from tens of milliseconds to seconds: ten samples keep
    // `cargo bench` usable while still giving a stable median.
    group.sample_size(10);
    for (name, source) in PROGRAMS {
        let program = compile(source, &format!("{name}.py"));
        group.bench_function(*name, |b| {
            b.iter_batched(|| program.clone(), run_discarding, BatchSize::SmallInput)
        });
    }
    group.finish();
}

fn opcode_throughput(c: &mut Criterion) {
    const ITERATIONS: u64 = 200_000;
    let mut group = c.benchmark_group("opcode_throughput");
    group.sample_size(10);
    for (label, in_function) in [("while_local", true), ("while_global", false)] {
        let program = compile(&counting_loop(ITERATIONS, in_function), "count.py");
        // Elements are executed instructions, so criterion reports
        // instructions per second (approximately: loop set-up is not counted).
        let per_iteration = instructions_per_iteration(program.image())
            .expect("the counting loop compiles to a loop with a backward jump");
        group.throughput(Throughput::Elements(ITERATIONS * per_iteration));
        group.bench_function(label, |b| {
            b.iter_batched(|| program.clone(), run_discarding, BatchSize::SmallInput)
        });
    }
    group.finish();
}

criterion_group!(benches, programs, opcode_throughput);
criterion_main!(benches);
