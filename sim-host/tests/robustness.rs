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

#[test]
fn recursion_through_a_builtin_callback_is_bounded_even_with_a_huge_limit() {
    let src = "def k(x):\n    return sorted([x, x], key=k)[0]\ntry:\n    k(1)\nexcept RecursionError as e:\n    print('caught', e)\nprint('still running')\n";
    let path =
        std::env::temp_dir().join(format!("ferrite-robust-{}-native.py", std::process::id()));
    std::fs::write(&path, src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sim-host"))
        .args(["--max-depth", "20000"])
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "caught maximum recursion depth exceeded\nstill running\n"
    );
    assert_eq!(out.status.code(), Some(0));
}

/// Runs sim-host with `args`, killing it after `secs` seconds: `None` if it
/// had to be killed.
fn run_bounded(args: &[&str], secs: u64) -> Option<(String, i32)> {
    use std::time::{Duration, Instant};
    let mut child = Command::new(env!("CARGO_BIN_EXE_sim-host"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut out = String::new();
            use std::io::Read;
            child
                .stdout
                .take()
                .unwrap()
                .read_to_string(&mut out)
                .unwrap();
            return Some((out, status.code().unwrap_or(-1)));
        }
        if start.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn until_stops_a_loop_that_only_prints() {
    // Printing charges the board's clock mid-instruction; that once reset
    // the safe-point counter, so the stop request was never seen.
    let path = std::env::temp_dir().join(format!("ferrite-until-{}.py", std::process::id()));
    std::fs::write(&path, "while True:\n    print(1)\n").unwrap();
    let r = run_bounded(&["run", "--until", "1ms", path.to_str().unwrap()], 60);
    let _ = std::fs::remove_file(&path);
    let (out, code) = r.expect("sim-host --until 1ms did not stop `while True: print(1)`");
    assert_eq!(code, 0);
    // 1 ms at 50 ns per instruction is 20,000 instructions: thousands of
    // lines, not millions.
    let lines = out.lines().count();
    assert!((1000..10_000).contains(&lines), "{lines} lines");
}

#[test]
fn huge_format_widths_and_precisions_are_memory_errors_at_once() {
    // Found by `cargo xtask fuzz image`: `'%.2000000000f' % x` built a
    // 2 GB string on the host before the VM heap refused it.
    let src = "for t in [lambda: '%.2000000000f' % 1.0, lambda: '%2000000000d' % 1,\n\
        lambda: '%*s' % (2000000000, 'a'), lambda: format(1.5, '.2000000000f'),\n\
        lambda: '{:>2000000000}'.format('a'), lambda: f'{2:02000000000}']:\n\
        \x20   try:\n        print(len(t()))\n    except MemoryError:\n        print('MemoryError')\n\
        print('%.3f|%5s' % (1.0, 'ab'))\n";
    let (out, err, code) = run("bigfmt", src);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "MemoryError\n".repeat(6) + "1.000|   ab\n");
}
