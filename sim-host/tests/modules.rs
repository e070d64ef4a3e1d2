//! Multi-file programs: every `tests/pymod/<case>/main.py` (with its modules
//! and packages beside it or under `lib/`) is run by CPython and by
//! `sim-host main.py` in the case's directory; stdout and the exit status
//! must match (stderr tracebacks differ and are not compared). The same
//! program compiled to one `.fbc` must behave identically. Compile errors in
//! an imported module name that module's file and line.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("tests")
        .join("pymod")
}

fn sim_host(dir: &Path, args: &[&str]) -> Output {
    Command::new(common::sim_host_binary())
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run sim-host")
}

fn python(dir: &Path) -> Output {
    Command::new("python3")
        .arg("main.py")
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("python3 is the reference and is required")
}

#[test]
fn multi_file_programs_match_cpython() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .expect("tests/pymod exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.join("main.py").is_file())
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 7,
        "only {} cases in tests/pymod",
        cases.len()
    );
    let mut failures = String::new();
    let fbc = std::env::temp_dir().join(format!("ferrite-pymod-{}.fbc", std::process::id()));
    for case in &cases {
        let name = case.file_name().unwrap_or_default().to_string_lossy();
        let reference = python(case);
        assert!(
            matches!(reference.status.code(), Some(0 | 1)),
            "python3 failed on {name}: {}",
            String::from_utf8_lossy(&reference.stderr)
        );
        let ferrite = sim_host(case, &["main.py"]);
        if ferrite.stdout != reference.stdout || ferrite.status.code() != reference.status.code() {
            failures.push_str(&format!(
                "{name}: python3 {:?} / sim-host {:?}\n--- python3\n{}--- sim-host\n{}{}\n",
                reference.status.code(),
                ferrite.status.code(),
                String::from_utf8_lossy(&reference.stdout),
                String::from_utf8_lossy(&ferrite.stdout),
                String::from_utf8_lossy(&ferrite.stderr),
            ));
            continue;
        }
        // One image holds the whole program.
        let fbc_arg = fbc.to_string_lossy().into_owned();
        let compiled = sim_host(case, &["compile", "main.py", "-o", &fbc_arg]);
        assert!(
            compiled.status.success(),
            "{name}: compile failed: {compiled:?}"
        );
        let from_image = sim_host(case, &["run", &fbc_arg]);
        if from_image.stdout != reference.stdout
            || from_image.status.code() != reference.status.code()
        {
            failures.push_str(&format!("{name}: the compiled .fbc behaves differently\n"));
        }
    }
    let _ = std::fs::remove_file(&fbc);
    assert!(failures.is_empty(), "{failures}");
}

/// A scratch directory with the given files.
fn scratch(tag: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ferrite-mod-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, text).expect("write");
    }
    dir
}

#[test]
fn a_syntax_error_in_a_lib_module_names_its_file_and_line() {
    let dir = scratch(
        "syntax",
        &[
            ("main.py", "import foo\nprint(foo.x)\n"),
            ("lib/foo.py", "x = 1\n\nif x\n"),
        ],
    );
    let out = sim_host(&dir, &["main.py"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("lib/foo.py:3:"), "{stderr}");
    assert!(stderr.contains("SyntaxError"), "{stderr}");
    let out = sim_host(&dir, &["compile", "main.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("lib/foo.py:3:"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_traceback_through_a_module_shows_its_source_line() {
    let dir = scratch(
        "trace",
        &[
            ("main.py", "import util\nutil.boom()\n"),
            (
                "util.py",
                "def boom():\n    raise ValueError('from util')\n",
            ),
        ],
    );
    let out = sim_host(&dir, &["main.py"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("File \"util.py\", line 2, in boom"),
        "{stderr}"
    );
    assert!(stderr.contains("raise ValueError('from util')"), "{stderr}");
    assert!(stderr.contains("ValueError: from util"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}
