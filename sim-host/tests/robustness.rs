//! Inputs that recurse natively (hashing, comparison) must end in a Python
//! exception, never a crashed process.

use std::process::Command;

fn run(name: &str, src: &str) -> (String, String, i32) {
    let path =
        std::env::temp_dir().join(format!("ferrite-robust-{}-{name}.py", std::process::id()));
    std::fs::write(&path, src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sim-host"))
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn hashing_a_deeply_nested_tuple_raises_recursion_error() {
    let src = "t = ()\nfor i in range(50000):\n    t = (t,)\nd = {}\n\
        try:\n    d[t] = 1\nexcept RecursionError as e:\n    print('caught', e)\n\
        d[(1, (2, 3))] = 4\nprint(d)\n";
    let (out, err, code) = run("hash", src);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "caught maximum recursion depth exceeded in comparison\n{(1, (2, 3)): 4}\n"
    );
}

#[test]
fn sorting_deeply_nested_lists_raises_recursion_error() {
    let src = "a = []\nb = []\nfor i in range(30000):\n    a = [a]\n    b = [b]\n\
        try:\n    sorted([a, b])\nexcept RecursionError:\n    print('caught')\nprint(sorted([[2], [1]]))\n";
    let (out, err, code) = run("sort", src);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "caught\n[[1], [2]]\n");
}
