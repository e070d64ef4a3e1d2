//! Memory and recursion limits through the public API (`vm::Config`):
//! large dicts in a small heap, churn that would fragment a non-moving heap,
//! and `MemoryError` / `RecursionError` being catchable with the VM still
//! working afterwards.

mod common;

use common::{run_ok, run_with};
use vm::Config;

fn heap(bytes: usize) -> Config {
    Config {
        heap_bytes: bytes,
        ..Config::default()
    }
}

fn depth(max_depth: usize) -> Config {
    Config {
        max_depth,
        ..Config::default()
    }
}

/// MicroPython fails this with most of its heap free; a copying collector
/// only needs the live data to fit in one semispace.
#[test]
fn dict_of_10000_string_keys_in_a_2mib_heap() {
    let src = r#"
d = {}
for i in range(10000):
    d["key" + str(i)] = i
print(len(d))
total = 0
for i in range(10000):
    total += d["key" + str(i)]
print(total)
n = 0
for k in d:
    n += len(k)
print(n)
m = 0
for k, v in d.items():
    if k == "key" + str(v):
        m += 1
print(m)
print(d["key0"], d["key9999"], "key10000" in d, d.get("nope", -1))
"#;
    assert_eq!(
        run_ok(src, heap(2 << 20)),
        "10000\n49995000\n68890\n10000\n0 9999 False -1\n"
    );
}

/// Objects of many sizes are made and dropped while a small set stays live:
/// far more is allocated in total than the heap holds, so this only passes
/// if freed space is reused whatever its shape.
#[test]
fn churn_of_varied_sizes_never_runs_out() {
    let src = r#"
keep = []
made = 0
total = 0
for i in range(3000):
    n = (i * 37) % 300 + 1
    k = i % 4
    if k == 0:
        x = []
        for j in range(n):
            x.append(j)
    elif k == 1:
        x = "-".join([str(n), str(i), "ab" + str(i)])
        for j in range(n % 20):
            x = x + str(j)
    elif k == 2:
        x = {}
        for j in range(n % 40):
            x[j] = str(j)
    else:
        x = tuple(range(n))
    made += 1
    total += len(x)
    if len(keep) < 16:
        keep.append(x)
    else:
        keep[(i * 7) % 16] = x
print(made, len(keep), total)
"#;
    // The live set (16 objects of at most ~300 items) is a small fraction
    // of a semispace; the program allocates several megabytes in total.
    assert_eq!(run_ok(src, heap(512 << 10)), "3000 16 260724\n");
}

/// Growing a list until the heap is exhausted raises a catchable
/// `MemoryError`; once the data is dropped the space is usable again, and
/// this works more than once.
#[test]
fn memory_error_is_catchable_and_the_vm_recovers() {
    let src = r#"
counts = []
for attempt in range(3):
    data = []
    try:
        while True:
            chunk = []
            for j in range(100):
                chunk.append(j)
            data.append(chunk)
    except MemoryError as e:
        counts.append(len(data))
        data = None
        print("caught", type(e).__name__)
print(counts[0] > 10, counts[0] == counts[1] == counts[2])
try:
    x = 1 << 100000000
except MemoryError:
    print("huge int refused")
out = []
for i in range(200):
    out.append(str(i) + "!")
print(len(out), out[199], sum(range(1000)))
"#;
    assert_eq!(
        run_ok(src, heap(256 << 10)),
        "caught MemoryError\ncaught MemoryError\ncaught MemoryError\n\
         True True\nhuge int refused\n200 199! 499500\n"
    );
}

/// An uncaught `MemoryError` is reported as such, not as a crash.
#[test]
fn uncaught_memory_error_is_a_python_exception() {
    let src = "print('start')\nd = []\nwhile True:\n    d.append(str(len(d)))\n";
    let run = run_with(src, heap(64 << 10));
    assert_eq!(run.output, "start\n");
    let err = run.error.expect("the program should raise");
    assert!(err.contains("MemoryError"), "{err}");
}

#[test]
fn recursion_error_is_catchable_and_calls_work_afterwards() {
    let src = r#"
deepest = 0
def f(n):
    global deepest
    deepest = n
    return f(n + 1)
def g(n):
    if n == 0:
        return 0
    return 1 + g(n - 1)
try:
    f(1)
except RecursionError as e:
    print("caught", type(e).__name__, deepest)
print(g(100))
try:
    f(1)
except RuntimeError:
    print("caught again", deepest)
print(g(150), g(3))
"#;
    // max_depth counts every frame, the module's included: f reaches
    // n = 199 with the module frame underneath.
    assert_eq!(
        run_ok(src, depth(200)),
        "caught RecursionError 199\n100\ncaught again 199\n150 3\n"
    );
}

/// Every `finally` on the way out of a too-deep recursion runs.
#[test]
fn recursion_error_unwinds_through_every_finally() {
    let src = r#"
cleanups = 0
def h(n):
    global cleanups
    try:
        return h(n + 1)
    finally:
        cleanups += 1
try:
    h(1)
except RecursionError:
    print("cleanups", cleanups)
cleanups = 0
try:
    h(1)
except RecursionError:
    print("again", cleanups)
"#;
    assert_eq!(run_ok(src, depth(200)), "cleanups 199\nagain 199\n");
}

/// Recursion to just below the limit succeeds; one frame more raises.
#[test]
fn recursion_just_below_the_limit_works() {
    let prog = |n: usize| {
        format!(
            "def g(n):\n    if n == 0:\n        return 0\n    return 1 + g(n - 1)\nprint(g({n}))\n"
        )
    };
    // g(n) needs n + 1 frames of g plus the module frame.
    assert_eq!(run_ok(&prog(198), depth(200)), "198\n");
    let run = run_with(&prog(199), depth(200));
    let err = run.error.expect("g(199) needs 201 frames");
    assert!(err.contains("RecursionError"), "{err}");
    // The default limit is 1000.
    assert_eq!(run_ok(&prog(998), Config::default()), "998\n");
    // Python calls do not use the native stack: a large limit is usable.
    assert_eq!(run_ok(&prog(50_000), depth(60_000)), "50000\n");
}
