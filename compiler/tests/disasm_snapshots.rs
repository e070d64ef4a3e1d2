//! Snapshots of `vm::bytecode::disassemble` for small compiled programs, so
//! any change in the code the compiler emits shows up in review.
//!
//! Every image is also verified: a snapshot of code the loader would reject
//! is worthless. Regenerate with `INSTA_UPDATE=always cargo test -p compiler
//! --test disasm_snapshots` and read the `.snap` diff before committing.

use vm::bytecode::{disassemble, Program};

/// Compiles `src`, checks the loader accepts it, and returns its listing.
fn listing(src: &str) -> String {
    let image = compiler::compile(src, "snap.py").unwrap_or_else(|e| panic!("{e}\n{src}"));
    let text = disassemble(&image);
    if let Err(e) = Program::verify(image) {
        panic!("compiled image fails verification: {e}\n{text}");
    }
    text
}

#[test]
fn loop_with_arithmetic() {
    insta::assert_snapshot!(listing(
        "\
total = 0
for i in range(1, 10):
    if i % 3 == 0:
        continue
    total += i * i - 1
    if total > 100:
        break
else:
    total = -1
print(total, total // 7, total ** 2)
"
    ));
}

#[test]
fn while_loop_with_locals() {
    insta::assert_snapshot!(listing(
        "\
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(collatz(27))
"
    ));
}

#[test]
fn defaults_kwonly_and_keyword_call() {
    insta::assert_snapshot!(listing(
        "\
def f(a, b=2, *, c, d=4.5):
    return a + b * c - d
print(f(1, c=3))
print(f(1, 2, d=0, c=-1))
"
    ));
}

#[test]
fn try_except_else_finally_with_return() {
    insta::assert_snapshot!(listing(
        "\
def g(x):
    try:
        y = 10 // x
    except ZeroDivisionError as e:
        return 'zero'
    except (TypeError, ValueError):
        raise
    else:
        return y
    finally:
        print('done')
print(g(2), g(0))
"
    ));
}

#[test]
fn finally_with_break_and_continue() {
    insta::assert_snapshot!(listing(
        "\
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
    finally:
        print(i)
"
    ));
}

#[test]
fn raise_from() {
    insta::assert_snapshot!(listing(
        "\
try:
    raise KeyError('k')
except KeyError as e:
    try:
        raise ValueError('v') from e
    except ValueError as v:
        print(repr(v.__cause__))
"
    ));
}

#[test]
fn chained_comparison() {
    insta::assert_snapshot!(listing(
        "\
def between(a, x, b):
    return a < x <= b != 7
print(between(1, 2, 3), 0 < 1 < 2 < 3)
"
    ));
}

#[test]
fn boolean_short_circuit() {
    insta::assert_snapshot!(listing(
        "\
x = 0
y = x and 1 / x or 'none'
if not x or y is None and x in [1, 2]:
    print(y)
"
    ));
}

#[test]
fn fstring() {
    insta::assert_snapshot!(listing(
        "\
name = 'pin'
value = 3.14159
width = 8
print(f'{name!r}: {value:>{width}.2f} [{value * 2}] {{x}}')
"
    ));
}

#[test]
fn subscripts_slices_and_unpacking() {
    insta::assert_snapshot!(listing(
        "\
xs = [3, 1, 2]
xs[0] += 10
a, (b, c) = xs[0], xs[1:]
print(xs[::-1], a, b, c)
del xs[0]
d = {'k': 1}
d['k'] -= 1
"
    ));
}

#[test]
fn closures_cells_and_free_variables() {
    insta::assert_snapshot!(listing(
        "\
def counter(start, *rest, step=1, **kw):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
"
    ));
}

#[test]
fn comprehensions_and_star_unpacking() {
    insta::assert_snapshot!(listing(
        "\
def f(xs, k):
    pairs = [(x, y) for x in xs if x for y in range(x)]
    table = {x: x * k for x in xs}
    first, *rest = xs
    return g(*pairs, k, **table), [*rest, *xs], {**table, 'k': k}
"
    ));
}

#[test]
fn generator_yield_and_yield_from() {
    insta::assert_snapshot!(listing(
        "\
def gen(xs):
    total = yield len(xs)
    for x in xs:
        total += yield x
    rest = yield from range(3)
    return total
"
    ));
}
