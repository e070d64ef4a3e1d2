//! The simulated-board flags and `sim-host test`, end to end.

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

/// A fresh directory under the temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("ferrite-boards-{}-{n}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn file(&self, name: &str, contents: &str) -> String {
        let p = self.0.join(name);
        std::fs::write(&p, contents).unwrap();
        p.to_str().unwrap().to_string()
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn help_lists_the_board_flags() {
    let text = stdout(&sim_host(&["--help"]));
    for flag in [
        "--board",
        "--stimulus",
        "--until",
        "--vcd",
        "--trace",
        "--realtime",
        "--strict",
        "test",
    ] {
        assert!(text.contains(flag), "--help lacks {flag}:\n{text}");
    }
}

#[test]
fn board_flags_leave_plain_output_alone() {
    let d = TempDir::new("flags");
    let app = d.file("app.py", "print('hi')\n");
    let stim = d.file("s.toml", "[[pin]]\npin = \"LED\"\nat = \"1s\"\nlevel = 1\n");
    for args in [
        vec![app.as_str()],
        vec!["--board", "pico", app.as_str()],
        vec!["--board", "lm3s6965", "--until", "2s", app.as_str()],
        vec!["--stimulus", stim.as_str(), "--trace", app.as_str()],
        vec!["--realtime", "--strict", app.as_str()],
        vec!["run", "--board", "lm3s6965", app.as_str()],
    ] {
        let out = sim_host(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert_eq!(stdout(&out), "hi\n", "{args:?}");
    }
}

#[test]
fn unknown_board_is_explained() {
    let d = TempDir::new("noboard");
    let app = d.file("app.py", "print(1)\n");
    let out = sim_host(&["--board", "arduino", &app]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("error: arduino: no such board; built in: pico, lm3s6965"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn malformed_board_file_names_file_line_and_key() {
    let d = TempDir::new("badboard");
    let app = d.file("app.py", "print(1)\n");
    let board = d.file(
        "my.toml",
        "[board]\nname = \"mine\"\ninstruction_cost = \"50ns\"\n\n[[pin]]\nid = 1\nnmae = \"A\"\n",
    );
    let out = sim_host(&["--board", &board, &app]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!("error: {board}:7:1: unknown field `nmae`")),
        "{err}"
    );
    assert!(err.contains(" 7 | nmae = \"A\""), "{err}");
}

#[test]
fn board_file_by_path_works() {
    let d = TempDir::new("goodboard");
    let app = d.file("app.py", "print(1)\n");
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../boards/lm3s6965.toml"),
    )
    .unwrap();
    let board = d.file("lm.toml", &text);
    let out = sim_host(&["--board", &board, &app]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn malformed_stimulus_names_file_line_and_key() {
    let d = TempDir::new("badstim");
    let app = d.file("app.py", "print(1)\n");
    let stim = d.file(
        "s.toml",
        "# a button\n[[pin]]\npin = \"GP14\"\nat = \"soon\"\nlevel = 0\n",
    );
    let out = sim_host(&["--stimulus", &stim, &app]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!("error: {stim}:4:6: `at`: bad duration \"soon\"")),
        "{err}"
    );
    let missing = sim_host(&["--stimulus", "/no/such/stim.toml", &app]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("/no/such/stim.toml: cannot read"));
}

#[test]
fn bad_until_is_a_usage_error() {
    let out = sim_host(&["--until", "10", "app.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unit"), "{}", stderr(&out));
}

#[test]
fn vcd_file_is_written() {
    let d = TempDir::new("vcd");
    let app = d.file("app.py", "print(1)\n");
    let vcd = d.0.join("out.vcd");
    let out = sim_host(&["--vcd", vcd.to_str().unwrap(), &app]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(&vcd).unwrap();
    assert!(text.contains("$timescale 1 ns $end"), "{text}");
    assert!(text.contains("$scope module pico $end"), "{text}");
    assert!(text.contains("$enddefinitions $end"), "{text}");
}

#[test]
fn test_command_blesses_passes_and_diffs() {
    let d = TempDir::new("golden");
    d.file("a.py", "print('one')\nprint('two')\n");
    d.file(
        "b.py",
        "# sim: --board lm3s6965 --until 1s\nprint(1 // 0)\n",
    );

    let first = sim_host(&["test", d.path()]);
    assert_eq!(first.status.code(), Some(1));
    assert!(
        stdout(&first).contains("run with --bless"),
        "{}",
        stdout(&first)
    );

    let bless = sim_host(&["test", d.path(), "--bless"]);
    assert_eq!(bless.status.code(), Some(0), "{}", stdout(&bless));
    assert!(stdout(&bless).contains("2 passed, 0 failed"));
    let golden = std::fs::read_to_string(d.0.join("a.golden")).unwrap();
    assert_eq!(
        golden,
        // 3 and then 4 more instructions at pico's 50 ns each.
        "   0.000000150s console one\n   0.000000350s console two\n"
    );
    let b = std::fs::read_to_string(d.0.join("b.golden")).unwrap();
    assert!(b.contains("console ZeroDivisionError"), "{b}");
    assert!(b.contains("File \"b.py\", line 2"), "{b}");

    let again = sim_host(&["test", d.path()]);
    assert_eq!(again.status.code(), Some(0), "{}", stdout(&again));
    assert!(stdout(&again).contains("test a.py ... ok"));

    d.file("a.py", "print('one')\nprint('three')\n");
    let changed = sim_host(&["test", d.path()]);
    assert_eq!(changed.status.code(), Some(1));
    let text = stdout(&changed);
    assert!(text.contains("test a.py ... FAILED"), "{text}");
    assert!(text.contains("+++ actual"), "{text}");
    assert!(
        text.contains("-   0.000000350s console two\n+   0.000000350s console three\n"),
        "{text}"
    );
    assert!(text.contains("1 passed, 1 failed"), "{text}");
}

#[test]
fn test_command_reports_bad_headers_and_empty_dirs() {
    let d = TempDir::new("hdr");
    let out = sim_host(&["test", d.path()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no *.py tests"), "{}", stderr(&out));

    d.file("a.py", "# sim: --until never\nprint(1)\n");
    let out = sim_host(&["test", d.path()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("bad `# sim:` line"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn checked_in_goldens_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/sim");
    let out = sim_host(&["test", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples")
}

#[test]
fn every_example_matches_its_golden() {
    let scripts = std::fs::read_dir(examples_dir())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension() == Some("py".as_ref()))
        .count();
    assert!(scripts >= 9, "examples went missing: {scripts}");
    let out = sim_host(&["test", examples_dir().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stdout(&out).contains(&format!("{scripts} passed, 0 failed")),
        "{}",
        stdout(&out)
    );
}

/// Same script + board + stimulus ⇒ byte-identical console, trace and VCD.
#[test]
fn runs_are_deterministic() {
    let d = TempDir::new("determinism");
    for name in ["button_irq", "traffic_light", "uart_echo", "pwm_fade"] {
        let script = examples_dir().join(format!("{name}.py"));
        let stim = examples_dir().join(format!("{name}.stim.toml"));
        let run = |tag: &str| {
            let vcd = d.0.join(format!("{name}-{tag}.vcd"));
            let mut args = vec![
                "--until".to_string(),
                "4s".into(),
                "--trace".into(),
                "--vcd".into(),
                vcd.to_str().unwrap().into(),
            ];
            if stim.exists() {
                args.extend(["--stimulus".into(), stim.to_str().unwrap().into()]);
            }
            args.push(script.to_str().unwrap().into());
            let argv: Vec<&str> = args.iter().map(String::as_str).collect();
            let out = sim_host(&argv);
            assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
            (out.stdout, out.stderr, std::fs::read(vcd).unwrap())
        };
        let (a, b) = (run("a"), run("b"));
        assert!(!a.1.is_empty() && !a.2.is_empty(), "{name}: no trace");
        assert!(a == b, "{name}: two runs differ");
    }
}

/// UART reads wait `timeout` for the first byte and `timeout_char` between
/// bytes, so a line arriving at the baud rate is read whole.
#[test]
fn uart_reads_honour_timeouts() {
    let d = TempDir::new("uart");
    let stim = d.file(
        "s.toml",
        "[[uart]]\nid = 0\nat = \"100ms\"\ndata = \"abc\\nxyz\"\n",
    );
    let script = d.file(
        "u.py",
        "from machine import UART\nimport time\n\
         u = UART(0, 9600)\n\
         print(u.readline())\n\
         w = UART(0, 9600, timeout=200)\n\
         t = time.ticks_ms()\n\
         print(w.readline(), time.ticks_ms() - t >= 100)\n\
         print(w.read(), w.read(5))\n",
    );
    let out = sim_host(&["--stimulus", &stim, &script]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "None\nb'abc\\n' True\nb'xyz' None\n");
}

/// A failing callback is reported and the run goes on; `--strict` ends it.
#[test]
fn strict_ends_the_run_on_a_callback_error() {
    let d = TempDir::new("strict");
    let script = d.file(
        "t.py",
        "from machine import Timer\nimport time\n\
         def cb(t):\n    1 / 0\n\
         Timer(-1).init(mode=Timer.ONE_SHOT, period=10, callback=cb)\n\
         time.sleep_ms(50)\nprint('survived')\n",
    );
    let lenient = sim_host(&[&script]);
    assert_eq!(lenient.status.code(), Some(0), "{}", stderr(&lenient));
    // As on MicroPython, the report goes to the board's console.
    let text = stdout(&lenient);
    assert!(
        text.starts_with("Uncaught exception in Timer(-1) callback:\n"),
        "{text}"
    );
    assert!(text.contains("line 4, in cb\nZeroDivisionError"), "{text}");
    assert!(text.ends_with("survived\n"), "{text}");

    let strict = sim_host(&["--strict", &script]);
    assert_eq!(strict.status.code(), Some(1), "{}", stderr(&strict));
    assert_eq!(stdout(&strict), "");
    assert!(
        stderr(&strict).contains("line 4, in cb"),
        "{}",
        stderr(&strict)
    );
}

/// Board capabilities are checked with MicroPython's exception types.
#[test]
fn bad_peripheral_use_raises_like_micropython() {
    let d = TempDir::new("caps");
    let script = d.file(
        "c.py",
        "from machine import ADC, PWM, Pin, I2C, UART\n\
         def err(f):\n    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)\n\
         err(lambda: ADC(Pin(2)))\n\
         err(lambda: ADC(7))\n\
         print(ADC(0).read_u16() == ADC(26).read_u16() == ADC(Pin(26)).read_u16())\n\
         err(lambda: Pin(99))\n\
         err(lambda: PWM(Pin(15), frq=1000))\n\
         err(lambda: PWM(Pin(15), freq=1))\n\
         err(lambda: I2C(7))\n\
         err(lambda: I2C(0, scl=Pin(4), sda=Pin(5)))\n\
         err(lambda: UART(0, baudrate=0))\n",
    );
    let out = sim_host(&[&script]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "ValueError Pin doesn't have ADC capabilities\n\
         ValueError invalid ADC channel\n\
         True\n\
         ValueError no such pin\n\
         TypeError PWM() got an unexpected keyword argument 'frq'\n\
         ValueError freq out of range\n\
         ValueError no such I2C bus\n\
         ValueError bad SCL pin\n\
         ValueError invalid baudrate\n"
    );
}
