//! `sim-host repl` with its input piped in: the transcript (prompts, echoed
//! results, tracebacks) is what a user would see on a board's console.

use std::io::Write;
use std::process::{Command, Stdio};

fn session(input: &str) -> (String, Option<i32>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sim-host"))
        .arg("repl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start sim-host repl");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write input");
    let out = child.wait_with_output().expect("wait");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code(),
    )
}

#[test]
fn a_piped_session_reads_as_a_transcript() {
    let (out, code) = session(
        "x = 20\nx + 1\ndef f(n):\n    return n * 2\n\nf(x)\n1/0\nx\nNone\n'abc'\n\
         for i in range(2):\n    print(i)\n\n",
    );
    assert_eq!(code, Some(0), "{out}");
    let expected = "\
>>> >>> 21
>>> ... ... >>> 40
>>> Traceback (most recent call last):
  File \"<stdin>\", line 1, in <module>
    1/0
ZeroDivisionError: division by zero
>>> 20
>>> >>> 'abc'
>>> ... ... 0
1
>>> \n";
    let body = out.split_once('\n').map(|(_, rest)| rest).unwrap_or("");
    assert!(out.starts_with("Ferrite "), "{out}");
    assert_eq!(body, expected);
}

#[test]
fn the_board_and_its_virtual_clock_persist_between_inputs() {
    let (out, code) = session(
        "import machine, time\np = machine.Pin(25, machine.Pin.OUT)\np.value(1)\n\
         t0 = time.ticks_ms()\ntime.sleep_ms(250)\np.value()\ntime.ticks_diff(time.ticks_ms(), t0)\n",
    );
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains(">>> 1\n"), "{out}");
    assert!(out.contains(">>> 250\n"), "{out}");
}

#[test]
fn a_syntax_error_does_not_end_the_session() {
    let (out, code) = session("x = (1 +\n)\ny = 3\ny\n");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("SyntaxError"), "{out}");
    assert!(out.ends_with(">>> 3\n>>> \n"), "{out}");
}
