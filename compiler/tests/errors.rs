//! Unsupported features and syntax errors: kind, message and position.

use compiler::{compile, CompileError, ErrorKind};

fn err(src: &str) -> CompileError {
    match compile(src, "t.py") {
        Ok(_) => panic!("expected an error for:\n{src}"),
        Err(e) => e,
    }
}

#[track_caller]
fn unsupported(src: &str, line: usize, column: usize, needle: &str) {
    let e = err(src);
    assert_eq!(e.kind, ErrorKind::NotImplemented, "{e}\n{src}");
    assert!(e.message.contains(needle), "{e:?} lacks {needle:?}");
    assert_eq!((e.line, e.column), (line, column), "{e}\n{src}");
}

#[test]
fn unsupported_features_name_themselves() {
    let cases: &[(&str, usize, usize, &str)] = &[
        ("match x:\n    case 1:\n        pass\n", 1, 1, "match"),
        ("x = 1j\n", 1, 5, "complex"),
        ("x = a @ b\n", 1, 5, "'@'"),
        ("class A(metaclass=M):\n    pass\n", 1, 9, "metaclass"),
        ("try:\n    pass\nexcept* E:\n    pass\n", 1, 1, "except*"),
    ];
    for (src, line, col, needle) in cases {
        unsupported(src, *line, *col, needle);
    }
}

#[test]
fn too_many_locals() {
    let mut src = String::from("def f():\n");
    for i in 0..256 {
        src += &format!("    v{i} = {i}\n");
    }
    let e = err(&src);
    assert_eq!(e.kind, ErrorKind::NotImplemented);
    assert!(e.message.contains("255"), "{e}");
    assert_eq!(e.line, 1);
    src.truncate(src.rfind("    v255").unwrap());
    assert!(compile(&src, "t.py").is_ok());
}

#[test]
fn syntax_errors_have_positions() {
    let e = err("x = 1\ny = (2 +\n");
    assert_eq!(e.kind, ErrorKind::SyntaxError);
    assert_eq!(e.line, 3);

    let e = err("x = 1\nif x\n    pass\n");
    assert_eq!(e.kind, ErrorKind::SyntaxError);
    assert_eq!((e.line, e.column), (2, 5), "{e}");

    let e = err("def f():\nreturn 1\n");
    assert_eq!(e.kind, ErrorKind::SyntaxError);
    assert_eq!(e.line, 2);
    assert!(e.message.contains("indent"), "{e}");

    let e = err("é = 1 +* 2\n");
    assert_eq!(e.kind, ErrorKind::SyntaxError);
    assert_eq!((e.line, e.column), (1, 8), "{e}");
}

#[test]
fn compile_time_syntax_errors() {
    let cases: &[(&str, usize, usize, &str)] = &[
        ("break\n", 1, 1, "'break' outside loop"),
        ("x = 1\ncontinue\n", 2, 1, "'continue' not properly in loop"),
        ("return 1\n", 1, 1, "'return' outside function"),
        ("x = 1\nyield x\n", 2, 1, "'yield' outside function"),
        ("y = yield from z\n", 1, 5, "'yield' outside function"),
        ("def f(a):\n    global a\n", 2, 5, "parameter and global"),
        (
            "def f():\n    nonlocal x\n",
            2,
            5,
            "no binding for nonlocal 'x' found",
        ),
        (
            "nonlocal x\n",
            1,
            1,
            "nonlocal declaration not allowed at module level",
        ),
        (
            "def f(a):\n    def g(a):\n        nonlocal a\n",
            3,
            9,
            "parameter and nonlocal",
        ),
        ("a, *b, *c = d\n", 1, 8, "multiple starred expressions"),
        (
            "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
            3,
            1,
            "must be last",
        ),
    ];
    for (src, line, col, needle) in cases {
        let e = err(src);
        assert_eq!(e.kind, ErrorKind::SyntaxError, "{e}\n{src}");
        assert!(e.message.contains(needle), "{e:?}");
        assert_eq!((e.line, e.column), (*line, *col), "{e}\n{src}");
    }
}

#[test]
fn display_format() {
    let e = err("def f():\n    nonlocal x\n");
    assert_eq!(
        e.to_string(),
        "2:5: SyntaxError: no binding for nonlocal 'x' found"
    );
    assert_eq!(ErrorKind::SyntaxError.name(), "SyntaxError");
    let _: &dyn std::error::Error = &e;
}

/// Compiling any prefix (by chars) of real programs never panics.
#[test]
fn prefixes_never_panic() {
    let programs = [
        include_str!("../examples/sample.py"),
        "def f(a, b=1, *, c=2):\n    try:\n        return [a, b][c:] + f'{a!r:>{b}}'\n    except (E, F) as e:\n        raise X from e\n    finally:\n        del a\n",
        "x = {'a': (1, 2.5, -3, 10**40)}\nwhile x:\n    for i in x:\n        if i < 2 <= 3 and not i or i is None:\n            break\n    else:\n        continue\n",
    ];
    for p in programs {
        let chars: Vec<(usize, char)> = p.char_indices().collect();
        for (i, _) in chars {
            for part in [&p[..i], &p[i..]] {
                if let Err(e) = compile(part, "p.py") {
                    assert!(!e.message.contains("internal"), "{e}\n{part}");
                }
            }
        }
    }
}

#[test]
fn deep_nesting_does_not_overflow() {
    let mut src = String::new();
    for i in 0..300 {
        src += &format!("{}if x:\n", "    ".repeat(i));
    }
    src += &format!("{}pass\n", "    ".repeat(300));
    let e = compile(&src, "t.py").unwrap_err();
    assert!(e.message.contains("nested too deeply"), "{e}");
    for n in [50usize, 1000, 5000] {
        let src = format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n));
        let _ = compile(&src, "t.py");
        let src = format!("x = 1{}\n", " + 1".repeat(n));
        let _ = compile(&src, "t.py");
        let src = format!("x = {}1\n", "-".repeat(n));
        let _ = compile(&src, "t.py");
        let src = format!("x = {}1{}\n", "[".repeat(n), "]".repeat(n));
        let _ = compile(&src, "t.py");
        let src = format!("if {}x:\n    pass\n", "not ".repeat(n));
        let _ = compile(&src, "t.py");
        let src = format!("x = 1{}\n", " and 1 or 2".repeat(n));
        let _ = compile(&src, "t.py");
    }
}
