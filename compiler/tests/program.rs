//! Multi-file programs: `compile_program` follows imports through a loader.

use compiler::{compile_program, ErrorKind, Loader, ProgramError};
use std::collections::HashMap;
use vm::bytecode::{Image, MODULE_PACKAGE};

/// Files in memory; records every path the compiler asked for.
struct Files {
    files: HashMap<String, String>,
    asked: Vec<String>,
}

impl Files {
    fn new(files: &[(&str, &str)]) -> Files {
        Files {
            files: files
                .iter()
                .map(|(p, s)| (p.to_string(), s.to_string()))
                .collect(),
            asked: Vec::new(),
        }
    }
}

impl Loader for Files {
    fn load(&mut self, path: &str) -> Result<Option<String>, String> {
        self.asked.push(path.to_owned());
        Ok(self.files.get(path).cloned())
    }
}

fn modules(image: &Image) -> Vec<(String, bool)> {
    image
        .modules
        .iter()
        .map(|m| {
            (
                image.names[m.name as usize].clone(),
                m.flags & MODULE_PACKAGE != 0,
            )
        })
        .collect()
}

#[test]
fn follows_imports_once_including_inside_functions() {
    let mut files = Files::new(&[
        (
            "app/main.py",
            "import a\ndef f():\n    from pkg.sub import g\n",
        ),
        ("app/a.py", "import pkg\nimport math\nimport a\n"),
        ("app/lib/pkg/__init__.py", "from . import sub\n"),
        ("app/lib/pkg/sub.py", "g = 1\n"),
        ("app/unused.py", "x = 1\n"),
    ]);
    let image = compile_program("app/main.py", &mut files).expect("compiles");
    assert_eq!(
        modules(&image),
        vec![
            ("a".to_string(), false),
            ("pkg".to_string(), true),
            ("pkg.sub".to_string(), false),
        ]
    );
    // Built-in modules are never looked up on disk.
    assert!(
        !files.asked.iter().any(|p| p.contains("math")),
        "{:?}",
        files.asked
    );
    vm::bytecode::Program::verify(image).expect("verifies");
}

#[test]
fn a_syntax_error_in_a_module_names_its_file_and_line() {
    let mut files = Files::new(&[
        ("main.py", "import foo\n"),
        ("lib/foo.py", "x = 1\n\ndef f(:\n"),
    ]);
    match compile_program("main.py", &mut files) {
        Err(ProgramError::Compile { path, error, .. }) => {
            assert_eq!(path, "lib/foo.py");
            assert_eq!(error.line, 3);
            assert_eq!(error.kind, ErrorKind::SyntaxError);
        }
        other => panic!("expected a compile error, got {other:?}"),
    }
}

#[test]
fn missing_modules_are_left_to_run_time() {
    let mut files = Files::new(&[(
        "main.py",
        "try:\n    import nothere\nexcept ImportError:\n    pass\n",
    )]);
    let image = compile_program("main.py", &mut files).expect("compiles");
    assert!(image.modules.is_empty());
}

#[test]
fn relative_imports_resolve_against_the_package() {
    let mut files = Files::new(&[
        ("main.py", "import p.q.r\n"),
        ("p/__init__.py", ""),
        ("p/q/__init__.py", "from .. import s\n"),
        ("p/q/r.py", "from . import t\nfrom .t import x\n"),
        ("p/q/t.py", "x = 1\n"),
        ("p/s.py", ""),
    ]);
    let image = compile_program("main.py", &mut files).expect("compiles");
    let names: Vec<String> = modules(&image).into_iter().map(|m| m.0).collect();
    assert_eq!(names, ["p", "p.q", "p.q.r", "p.s", "p.q.t"]);
}

#[test]
fn relative_import_errors() {
    for (files, path, needle) in [
        (
            vec![("main.py", "from . import x\n")],
            "main.py",
            "no known parent package",
        ),
        (
            vec![("main.py", "import m\n"), ("m.py", "from . import x\n")],
            "m.py",
            "no known parent package",
        ),
        (
            vec![
                ("main.py", "import p\n"),
                ("p/__init__.py", "from .. import x\n"),
            ],
            "p/__init__.py",
            "beyond top-level package",
        ),
        (
            vec![("main.py", "def f():\n    from math import *\n")],
            "main.py",
            "only allowed at module level",
        ),
    ] {
        let mut files = Files::new(&files);
        match compile_program("main.py", &mut files) {
            Err(ProgramError::Compile { path: p, error, .. }) => {
                assert_eq!(p, path);
                assert!(error.message.contains(needle), "{error}");
            }
            other => panic!("expected a compile error, got {other:?}"),
        }
    }
}
