//! End-to-end tests of the `sim-host` binary: exit codes and what users see.
//!
//! The tests marked "needs the interpreter" fail until `Vm::run` and the
//! image loader land; they describe the finished behaviour on purpose.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

fn sim_host(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sim-host"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("failed to start sim-host")
}

/// A path under the temp dir, unique per process and call (so tests run in
/// parallel and alongside other checkouts), removed when dropped.
struct Temp(PathBuf);

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

impl std::ops::Deref for Temp {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

fn temp_path(name: &str) -> Temp {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let file = format!("ferrite-cli-{}-{n}-{name}", std::process::id());
    Temp(std::env::temp_dir().join(file))
}

fn temp_file(name: &str, contents: &[u8]) -> Temp {
    let path = temp_path(name);
    std::fs::write(&*path, contents).unwrap();
    path
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn help_lists_the_subcommands() {
    let out = sim_host(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for word in ["run", "compile", "disasm", "--heap", "--max-depth"] {
        assert!(text.contains(word), "--help lacks {word}:\n{text}");
    }
}

#[test]
fn version_prints_the_crate_version() {
    let out = sim_host(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn bad_flag_is_a_usage_error() {
    let out = sim_host(&["--frobnicate", "app.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--frobnicate"));
}

#[test]
fn bad_heap_size_is_explained() {
    let out = sim_host(&["--heap", "64q", "app.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("64k or 2M"), "{}", stderr(&out));
}

#[test]
fn missing_file_names_the_path() {
    let path = temp_path("missing.py");
    for args in [
        vec![s(&path)],
        vec!["run", s(&path)],
        vec!["disasm", s(&path)],
    ] {
        let out = sim_host(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(s(&path)), "{}", stderr(&out));
    }
}

#[test]
fn directory_is_refused_clearly() {
    let dir = std::env::temp_dir();
    let out = sim_host(&[s(&dir)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is a directory"), "{}", stderr(&out));
}

#[test]
fn non_utf8_source_is_refused_clearly() {
    let path = temp_file("latin1.py", b"print('caf\xe9')\n");
    let out = sim_host(&[s(&path)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not valid UTF-8"), "{}", stderr(&out));
}

#[test]
fn syntax_error_shows_location_and_caret() {
    let path = temp_file("syntax.py", b"x = 1\ny = = 2\n");
    let out = sim_host(&[s(&path)]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!("{}:2:5: SyntaxError", s(&path))),
        "{err}"
    );
    let src = err.lines().find(|l| l.contains("y = = 2")).expect(&err);
    let caret = err
        .lines()
        .find(|l| l.trim_end().ends_with('^'))
        .expect(&err);
    assert_eq!(
        caret.find('^'),
        Some(src.find("y = = 2").unwrap() + 4),
        "{err}"
    );
    assert!(
        !err.contains('\u{1b}'),
        "colour when stderr is not a terminal"
    );
}

#[test]
fn compile_error_also_stops_compile() {
    let path = temp_file("syntax2.py", b"def f(:\n    pass\n");
    let out_path = temp_path("never.fbc");
    let out = sim_host(&["compile", s(&path), "-o", s(&out_path)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(":1:7: SyntaxError"),
        "{}",
        stderr(&out)
    );
    assert!(!out_path.exists());
}

#[test]
fn garbage_image_is_rejected() {
    let path = temp_file("garbage.fbc", b"this is not bytecode at all");
    let out = sim_host(&[s(&path)]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.starts_with(&format!("error: {}: ", s(&path))), "{err}");
    assert!(err.contains("not a Ferrite bytecode image"), "{err}");
}

fn compile_to_image(name: &str, source: &str) -> Vec<u8> {
    let src = temp_file(name, source.as_bytes());
    let image = temp_path(&format!("{name}.fbc"));
    let out = sim_host(&["compile", s(&src), "-o", s(&image)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::read(&*image).unwrap()
}

#[test]
fn compile_writes_an_image() {
    let bytes = compile_to_image("ok.py", "x = 1\nprint(x)\n");
    assert!(
        bytes.starts_with(b"FRRT"),
        "{:?}",
        &bytes[..bytes.len().min(8)]
    );
}

#[test]
fn compile_defaults_to_the_fbc_extension() {
    let src = temp_file("default-out.py", b"x = 1\n");
    let out = sim_host(&["compile", s(&src)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let image = Temp(src.with_extension("fbc"));
    assert!(std::fs::read(&*image).unwrap().starts_with(b"FRRT"));
}

#[test]
fn truncated_image_is_rejected() {
    let bytes = compile_to_image("cut.py", "x = 1\nprint(x)\n");
    for keep in [bytes.len() - 1, bytes.len() / 2, 10, 0] {
        let path = temp_file("cut.fbc", &bytes[..keep]);
        let out = sim_host(&[s(&path)]);
        assert_eq!(out.status.code(), Some(2), "kept {keep} bytes");
        assert!(stderr(&out).contains(s(&path)), "{}", stderr(&out));
    }
}

// --- needs the interpreter and loader ---------------------------------------

#[test]
fn hello_world_prints() {
    let path = temp_file("hello.py", b"print('hello', 1 + 2)\n");
    let out = sim_host(&[s(&path)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "hello 3\n");
    assert_eq!(stderr(&out), "");
}

#[test]
fn run_subcommand_and_image_behave_like_the_bare_form() {
    let src = temp_file("same.py", b"for i in range(3):\n    print(i)\n");
    let image = temp_path("same.fbc");
    assert_eq!(
        sim_host(&["compile", s(&src), "-o", s(&image)])
            .status
            .code(),
        Some(0)
    );
    for args in [vec![s(&src)], vec!["run", s(&src)], vec![s(&image)]] {
        let out = sim_host(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert_eq!(stdout(&out), "0\n1\n2\n", "{args:?}");
    }
}

#[test]
fn uncaught_exception_prints_a_traceback_with_source() {
    let source = "print('before')\n\ndef f(x):\n    return 10 // x\n\nf(0)\n";
    let path = temp_file("boom.py", source.as_bytes());
    let out = sim_host(&[s(&path)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stdout(&out), "before\n");
    let name = s(&path);
    assert_eq!(
        stderr(&out),
        format!(
            "Traceback (most recent call last):\n  \
             File \"{name}\", line 6, in <module>\n    \
             f(0)\n  \
             File \"{name}\", line 4, in f\n    \
             return 10 // x\n\
             ZeroDivisionError: integer division or modulo by zero\n"
        )
    );
}

// Both programs below are bounded, so a limit that is not enforced makes the
// test fail instead of hanging.
#[test]
fn max_depth_limits_recursion() {
    let src =
        b"def f(n):\n    if n == 0:\n        return 0\n    return f(n - 1)\n\nprint(f(200))\n";
    let path = temp_file("deep.py", src);
    let ok = sim_host(&[s(&path)]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    let out = sim_host(&["--max-depth", "50", s(&path)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("RecursionError"), "{}", stderr(&out));
}

#[test]
fn tiny_heap_raises_memory_error() {
    let src = b"x = []\nfor i in range(1000000):\n    x.append([i, i, i])\n";
    let path = temp_file("big.py", src);
    let out = sim_host(&["--heap", "16k", s(&path)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("MemoryError"), "{}", stderr(&out));
}

#[test]
fn disasm_lists_instructions() {
    let path = temp_file(
        "dis.py",
        b"def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n",
    );
    let out = sim_host(&["disasm", s(&path)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    // The listing is `vm::bytecode::disassemble`'s: a header per code object,
    // then line, pc, opcode, operand and what the operand means.
    let header = format!("code 1: add (file {}, line 1)", s(&path));
    assert!(text.contains(&header), "{text}");
    for row in [
        "args 2, kwonly 0, locals 2 (a, b), max_stack 2, flags 0",
        "MakeFunction         1 (<code add>)",
        "StoreGlobal          1 (add)",
        "    2        0 LoadFast             0 (a)",
        "             2 LoadFast             1 (b)",
        "             4 BinaryAdd",
        "             5 ReturnValue",
    ] {
        assert!(text.contains(row), "missing {row:?} in:\n{text}");
    }
}

#[test]
fn disasm_of_a_compiled_image_matches_the_source_listing() {
    let src = temp_file(
        "dis2.py",
        b"i = 3\nx = [i * 2, i]\ntry:\n    print(x[5])\nexcept IndexError:\n    print('no')\n",
    );
    let fbc = temp_path("dis2.fbc");
    let out = sim_host(&["compile", s(&src), "-o", s(&fbc)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let from_source = sim_host(&["disasm", s(&src)]);
    let from_image = sim_host(&["disasm", s(&fbc)]);
    assert_eq!(
        from_source.status.code(),
        Some(0),
        "{}",
        stderr(&from_source)
    );
    assert_eq!(from_image.status.code(), Some(0), "{}", stderr(&from_image));
    let text = stdout(&from_image);
    assert_eq!(stdout(&from_source), text);
    assert!(text.contains("exception table:"), "{text}");
    assert!(text.contains("CheckExcMatch"), "{text}");
}
