//! Supported constructs compile, with the expected shapes where it matters.

mod common;
use common::{compile, listing, ops};
use vm::bytecode::{encode, Const, Op};

#[test]
fn every_supported_construct_compiles() {
    let src = r#"
import time
import a.b
import a.b as ab
from machine import Pin, I2C as Bus
x = 1
big = 123456789012345678901234567890
neg = -5
f = 1.5
s = "str"
n = None
t = True, False, ...
l = [1, x, [2]]
d = {"k": x, 1: 2}
print(l[0], l[1:2], l[::-1], l[:x], d["k"])
print(x.real, "a".upper(), sep="")
x = -x + +x * ~x / 2 // 3 % 4 ** 5 << 1 >> 1 & 3 | 4 ^ 5
y = x and l or d
z = not x
c = 1 < x <= 3 != 4
c2 = x is None, x is not None, x in l, x not in l
ie = 1 if x else 2
fs = f"{x} {x!r} {x!s:>{x}} {x!a} {x=} {{}}"
a = b = 1
p, (q, r) = 1, (2, 3)
[u, v] = l[:2]
l[0] = 5
time.attr = 3
x += 1
l[0] -= 1
time.attr *= 2
if x:
    pass
elif y:
    pass
else:
    pass
while x:
    if y:
        break
    continue
else:
    x = 0
for i in l:
    if i:
        continue
    break
else:
    pass
def g(a, b=1, *, c=2):
    global x
    x = a
    del a
    return b + c
def h():
    return
def k(*, key):
    def inner(q):
        return q + x
    return inner
lam = lambda p, q=1: p + q
del x, l[0]
assert x
assert x, "msg"
try:
    raise ValueError
except (ValueError, KeyError) as e:
    raise RuntimeError("x") from e
except TypeError:
    raise
except:
    pass
else:
    pass
finally:
    pass
ann: int = 3
"docstring"
"#;
    let image = compile(src);
    assert!(image.codes.len() >= 5);
    for c in &image.codes {
        assert_eq!(*c.code.last().unwrap(), Op::ReturnValue as u8);
        assert_eq!(c.lines[0].pc, 0);
    }
}

#[test]
fn module_ends_with_return_none() {
    let image = compile("x = 1\n");
    assert_eq!(
        ops(&image.codes[0]),
        [
            Op::LoadSmallInt,
            Op::StoreGlobal,
            Op::LoadNone,
            Op::ReturnValue
        ]
    );
    assert_eq!(image.names[image.codes[0].name as usize], "<module>");
    assert_eq!(image.names[image.codes[0].filename as usize], "test.py");
}

#[test]
fn locals_and_globals() {
    let image = compile("def f(a, *, k):\n    b = a\n    global g\n    g = b\n    return c\n");
    let f = &image.codes[1];
    assert_eq!(f.argcount, 1);
    assert_eq!(f.kwonlyargcount, 1);
    let names: Vec<&str> = f
        .local_names
        .iter()
        .map(|&n| image.names[n as usize].as_str())
        .collect();
    assert_eq!(names, ["a", "k", "b"]);
    assert_eq!(
        ops(f),
        [
            Op::LoadFast,
            Op::StoreFast,
            Op::LoadFast,
            Op::StoreGlobal,
            Op::LoadGlobal,
            Op::ReturnValue
        ]
    );
}

#[test]
fn use_before_assignment_is_still_local() {
    let image = compile("def f():\n    print(x)\n    x = 1\n");
    assert!(ops(&image.codes[1]).contains(&Op::LoadFast));
}

#[test]
fn max_stack_by_hand() {
    // a + b * c: a, b, c on the stack at once.
    let image = compile("def f(a, b, c):\n    return a + b * c\n");
    assert_eq!(image.codes[1].max_stack, 3);
    // Method call: obj → method self, then two arguments.
    let image = compile("def f(o):\n    return o.m(1, 2)\n");
    assert_eq!(image.codes[1].max_stack, 4);
    // Chained compare: a b → a b b → b a b → ... (3 at most).
    let image = compile("def f(a, b, c):\n    return a < b < c\n");
    assert_eq!(image.codes[1].max_stack, 3);
    // Subscript aug-assign: o k o k (4), then o k old v (4).
    let image = compile("def f(o, k, v):\n    o[k] += v\n");
    assert_eq!(image.codes[1].max_stack, 4);
}

#[test]
fn small_and_big_ints() {
    let image = compile(
        "a = 32767\nb = -32768\nc = 32768\nd = 2**70\ne = 1267650600228229401496703205376\n",
    );
    assert!(image.consts.contains(&Const::Int(32768)));
    assert!(!image.consts.contains(&Const::Int(32767)));
    // 2**100 = limbs [0, 0, 0, 16]
    assert!(image.consts.contains(&Const::BigInt {
        negative: false,
        magnitude: vec![0, 0, 0, 16]
    }));
    let image = compile("a = -1267650600228229401496703205376\n");
    assert!(image.consts.contains(&Const::BigInt {
        negative: true,
        magnitude: vec![0, 0, 0, 16]
    }));
}

#[test]
fn constants_and_names_are_deduplicated() {
    let image = compile("a = 'x'\nb = 'x'\nc = 1.5\nd = 1.5\na = a\n");
    let strs = image
        .consts
        .iter()
        .filter(|c| **c == Const::Str("x".into()))
        .count();
    assert_eq!(strs, 1);
    let floats = image
        .consts
        .iter()
        .filter(|c| **c == Const::Float(1.5))
        .count();
    assert_eq!(floats, 1);
    assert_eq!(image.names.iter().filter(|n| *n == "a").count(), 1);
}

#[test]
fn keyword_calls_use_callkw_with_name_tuple() {
    let image = compile("f(1, a=2, b=3)\n");
    let code = &image.codes[0];
    assert!(ops(code).contains(&Op::CallKw));
    let names: Vec<usize> = image
        .consts
        .iter()
        .filter_map(|c| match c {
            Const::Tuple(t) => Some(t.len()),
            _ => None,
        })
        .collect();
    assert_eq!(names, [2]);
}

#[test]
fn method_calls_use_loadmethod() {
    let image = compile("o.m(1)\n");
    assert_eq!(
        &ops(&image.codes[0])[..4],
        [
            Op::LoadGlobal,
            Op::LoadMethod,
            Op::LoadSmallInt,
            Op::CallMethod
        ]
    );
}

#[test]
fn line_table_maps_calls_to_their_line() {
    let image = compile("x = 1\n\ny = (1 +\n     f())\nraise E\n");
    let code = &image.codes[0];
    for (pc, op, _) in common::instrs(code) {
        match op {
            Op::Call => assert_eq!(code.line_for(pc), 4),
            Op::RaiseVarargs => assert_eq!(code.line_for(pc), 5),
            Op::StoreGlobal if pc < 6 => assert_eq!(code.line_for(pc), 1),
            _ => {}
        }
    }
}

#[test]
fn try_except_has_handlers_and_cleanup() {
    let image = compile(
        "def f():\n    try:\n        g()\n    except E as e:\n        return e\n    finally:\n        h()\n",
    );
    let f = &image.codes[1];
    let o = ops(f);
    assert!(o.contains(&Op::PushExcInfo));
    assert!(o.contains(&Op::CheckExcMatch));
    assert!(o.contains(&Op::PopExcept));
    assert!(o.contains(&Op::Reraise));
    assert!(o.contains(&Op::DeleteFast));
    assert!(!f.handlers.is_empty());
    // The finally body's call `h()` appears three times: return path inlined,
    // normal path, exception path.
    let calls_h = common::instrs(f)
        .iter()
        .filter(|(_, op, arg)| *op == Op::LoadGlobal && image.names[*arg as usize] == "h")
        .count();
    assert_eq!(calls_h, 3, "{}", listing(&image));
    for h in &f.handlers {
        assert!(h.start < h.end && (h.end as usize) <= f.code.len());
    }
}

#[test]
fn functions_reference_their_code_in_the_pool() {
    let image = compile("def f():\n    pass\ng = lambda: 1\n");
    assert!(image.consts.contains(&Const::Code(1)));
    assert!(image.consts.contains(&Const::Code(2)));
    assert_eq!(image.names[image.codes[2].name as usize], "<lambda>");
    assert_eq!(image.codes[1].first_line, 1);
    assert_eq!(image.codes[2].first_line, 3);
}

#[test]
fn dead_code_after_return_is_dropped() {
    let image = compile("def f():\n    return 1\n    x = 2\n");
    assert_eq!(ops(&image.codes[1]), [Op::LoadSmallInt, Op::ReturnValue]);
}

#[test]
fn compiling_twice_is_byte_identical() {
    let src = "import m\ndef f(a, b=2):\n    try:\n        return {'a': a, 'b': b}\n    except E as e:\n        pass\nx = f(1, b=3)\ns = f'{x!r}'\n";
    let a = encode(&compile(src));
    let b = encode(&compile(src));
    assert_eq!(a, b);
}
