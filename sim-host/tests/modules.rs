//! Built-in native modules through the real binary: `gc` reports and
//! reclaims heap, unknown modules and members raise CPython's errors.

use std::process::Command;

fn run(name: &str, src: &str, extra: &[&str]) -> (String, String, i32) {
    let path =
        std::env::temp_dir().join(format!("ferrite-modules-{}-{name}.py", std::process::id()));
    std::fs::write(&path, src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sim-host"))
        .args(extra)
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
fn gc_reports_and_reclaims_the_heap() {
    let src = "import gc\n\
        base = gc.mem_alloc()\n\
        keep = []\n\
        for i in range(2000):\n    keep.append(str(i) * 3)\n\
        grown = gc.mem_alloc()\n\
        print(grown - base > 2000 * 16)\n\
        keep = None\n\
        gc.collect()\n\
        print(gc.mem_alloc() < grown)\n\
        print(gc.mem_free() + gc.mem_alloc())\n";
    let (out, err, code) = run("gc", src, &["--heap", "512k"]);
    assert_eq!(code, 0, "{err}");
    // The copying collector uses one half of the heap at a time.
    assert_eq!(out, "True\nTrue\n262144\n");
}

#[test]
fn from_import_and_module_repr() {
    let src =
        "from gc import mem_free, collect\nimport gc\nprint(gc, collect)\nprint(mem_free() > 0)\n";
    let (out, err, code) = run("from", src, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "<module 'gc'> <built-in function collect>\nTrue\n");
}

#[test]
fn missing_modules_and_members_raise_cpythons_errors() {
    let src = "try:\n    import nosuch\nexcept ImportError as e:\n    print(type(e).__name__ if False else e)\n\
        try:\n    from gc import nothing\nexcept ImportError as e:\n    print(e)\n\
        import gc\ngc.nope\n";
    let (out, err, code) = run("missing", src, &[]);
    assert_eq!(
        out,
        "No module named 'nosuch'\ncannot import name 'nothing' from 'gc' (unknown location)\n"
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("AttributeError: module 'gc' has no attribute 'nope'"),
        "{err}"
    );
}

/// The device has no compiler: `eval`/`exec` say so (CPython would run them).
#[test]
fn eval_and_exec_say_there_is_no_compiler() {
    let src = "try:\n    eval('1 + 1')\nexcept NotImplementedError as e:\n    print(type(e).__name__)\nexec('x = 1')\n";
    let (out, err, code) = run("eval", src, &[]);
    assert_eq!(code, 1);
    assert_eq!(out, "NotImplementedError\n");
    assert!(err.contains("line 5"), "{err}");
    assert!(err.contains("no compiler"), "{err}");
}
