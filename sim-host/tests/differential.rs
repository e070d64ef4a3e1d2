//! Differential test: every `tests/py/*.py` program is run by CPython
//! (`python3`, the reference) and by Ferrite (`sim-host FILE`); stdout bytes
//! and exit status must be identical. Stderr is not compared (tracebacks
//! differ), but Ferrite's is shown for failing files.
//!
//! * `FERRITE_DIFF_FILTER=substr` runs only the files whose name contains
//!   `substr` (the corpus-size check still looks at the whole directory).
//! * `python3` must be installed: its absence is a failure, not a skip.
//!
//! Files run in parallel on
//! `available_parallelism()` threads, each process is killed after 10 s.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const MIN_CORPUS: usize = 150;
/// Per program. A `FERRITE_SIM_HOST` build is the gc-stress one, which
/// collects on every allocation: its slowest programs take several seconds
/// even on an idle machine.
fn timeout() -> Duration {
    Duration::from_secs(if std::env::var_os("FERRITE_SIM_HOST").is_some() {
        60
    } else {
        10
    })
}
const DIFF_LINES: usize = 12;
const STDERR_LINES: usize = 10;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("tests")
        .join("py")
}

/// What happened to one process.
enum Outcome {
    Exited {
        code: Option<i32>,
        stdout: Vec<u8>,
        stderr: Vec<u8>,
    },
    TimedOut {
        stdout: Vec<u8>,
        stderr: Vec<u8>,
    },
    SpawnFailed(String),
}

impl Outcome {
    fn describe_status(&self) -> String {
        match self {
            Outcome::Exited { code: Some(c), .. } => format!("exit status {c}"),
            Outcome::Exited { code: None, .. } => "killed by a signal".to_string(),
            Outcome::TimedOut { .. } => {
                format!("timed out after {} s (killed)", timeout().as_secs())
            }
            Outcome::SpawnFailed(e) => format!("could not start: {e}"),
        }
    }
    fn stdout(&self) -> &[u8] {
        match self {
            Outcome::Exited { stdout, .. } | Outcome::TimedOut { stdout, .. } => stdout,
            Outcome::SpawnFailed(_) => &[],
        }
    }
    fn stderr(&self) -> &[u8] {
        match self {
            Outcome::Exited { stderr, .. } | Outcome::TimedOut { stderr, .. } => stderr,
            Outcome::SpawnFailed(_) => &[],
        }
    }
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

fn wait_with_timeout(child: &mut Child) -> Option<ExitStatus> {
    let deadline = Instant::now() + timeout();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) => {}
            Err(_) => return None,
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        thread::sleep(Duration::from_millis(5));
    }
}

fn run(mut cmd: Command) -> Outcome {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return Outcome::SpawnFailed(e.to_string()),
    };
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let status = wait_with_timeout(&mut child);
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    match status {
        Some(s) => Outcome::Exited {
            code: s.code(),
            stdout,
            stderr,
        },
        None => Outcome::TimedOut { stdout, stderr },
    }
}

fn python_command(file: &Path) -> Command {
    let mut cmd = Command::new("python3");
    cmd.arg(file)
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONUTF8", "1")
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    cmd
}

fn ferrite_command(file: &Path) -> Command {
    let mut cmd = Command::new(common::sim_host_binary());
    cmd.arg(file);
    cmd
}

/// Unified-style excerpt: the first hunk where the outputs differ
/// (common prefix and suffix trimmed), with a little context.
fn short_diff(expected: &[u8], actual: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let e: Vec<&str> = exp.split_inclusive('\n').collect();
    let a: Vec<&str> = act.split_inclusive('\n').collect();
    let prefix = e.iter().zip(a.iter()).take_while(|(x, y)| x == y).count();
    let max_suffix = e.len().min(a.len()) - prefix;
    let suffix = e
        .iter()
        .rev()
        .zip(a.iter().rev())
        .take(max_suffix)
        .take_while(|(x, y)| x == y)
        .count();
    let e_mid = &e[prefix..e.len() - suffix];
    let a_mid = &a[prefix..a.len() - suffix];

    let show = |line: &str| -> String {
        match line.strip_suffix('\n') {
            Some(l) => l.to_string(),
            None => format!("{line}\\ (no newline at end)"),
        }
    };
    let mut s = String::new();
    s.push_str("      --- python3 (expected)\n      +++ sim-host (actual)\n");
    s.push_str(&format!(
        "      @@ -{},{} +{},{} @@\n",
        prefix + 1,
        e_mid.len(),
        prefix + 1,
        a_mid.len()
    ));
    let ctx_start = prefix.saturating_sub(2);
    for line in &e[ctx_start..prefix] {
        s.push_str(&format!("       {}\n", show(line)));
    }
    for line in e_mid.iter().take(DIFF_LINES) {
        s.push_str(&format!("      -{}\n", show(line)));
    }
    if e_mid.len() > DIFF_LINES {
        s.push_str(&format!(
            "      -... ({} more lines)\n",
            e_mid.len() - DIFF_LINES
        ));
    }
    for line in a_mid.iter().take(DIFF_LINES) {
        s.push_str(&format!("      +{}\n", show(line)));
    }
    if a_mid.len() > DIFF_LINES {
        s.push_str(&format!(
            "      +... ({} more lines)\n",
            a_mid.len() - DIFF_LINES
        ));
    }
    s
}

fn head_lines(bytes: &[u8], n: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    let mut s = String::new();
    for l in lines.iter().take(n) {
        s.push_str("      | ");
        s.push_str(l);
        s.push('\n');
    }
    if lines.len() > n {
        s.push_str(&format!("      | ... ({} more lines)\n", lines.len() - n));
    }
    s
}

/// `None` if the file passes, otherwise a readable description.
fn check_file(file: &Path) -> Option<String> {
    let reference = run(python_command(file));
    let ferrite = run(ferrite_command(file));
    let mut problems = String::new();

    match &reference {
        Outcome::Exited {
            code: Some(0 | 1), ..
        } => {}
        other => problems.push_str(&format!(
            "    reference python3 misbehaved: {} (the test program itself is suspect)\n{}",
            other.describe_status(),
            head_lines(other.stderr(), STDERR_LINES)
        )),
    }

    let same_status = match (&reference, &ferrite) {
        (Outcome::Exited { code: c1, .. }, Outcome::Exited { code: c2, .. }) => {
            c1 == c2 && c1.is_some()
        }
        _ => false,
    };
    if !same_status {
        problems.push_str(&format!(
            "    exit: python3 {}, sim-host {}\n",
            reference.describe_status(),
            ferrite.describe_status()
        ));
    }
    if reference.stdout() != ferrite.stdout() {
        problems.push_str("    stdout differs:\n");
        problems.push_str(&short_diff(reference.stdout(), ferrite.stdout()));
    }
    if problems.is_empty() {
        return None;
    }
    if !ferrite.stderr().is_empty() {
        problems.push_str("    sim-host stderr:\n");
        problems.push_str(&head_lines(ferrite.stderr(), STDERR_LINES));
    }
    Some(problems)
}

fn require_python() {
    match Command::new("python3").arg("--version").stdout(Stdio::piped()).stderr(Stdio::piped()).output() {
        Ok(out) if out.status.success() => {}
        Ok(out) => panic!(
            "differential test: `python3 --version` failed ({}); CPython is the reference and is required.\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) => panic!(
            "differential test: cannot run `python3` ({e}). CPython 3 is the reference \
             implementation and must be on PATH; this test does not skip without it."
        ),
    }
}

#[test]
fn differential_against_cpython() {
    require_python();

    let dir = corpus_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read corpus directory {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    assert!(
        files.len() >= MIN_CORPUS,
        "corpus {} has only {} .py files, expected at least {MIN_CORPUS}",
        dir.display(),
        files.len()
    );

    if let Ok(filter) = std::env::var("FERRITE_DIFF_FILTER") {
        files.retain(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().contains(filter.as_str()))
        });
        assert!(
            !files.is_empty(),
            "FERRITE_DIFF_FILTER={filter:?} matches no file in {}",
            dir.display()
        );
    }

    let files = Arc::new(files);
    let next = Arc::new(AtomicUsize::new(0));
    let failures: Arc<Mutex<Vec<(String, String)>>> = Arc::new(Mutex::new(Vec::new()));
    let workers = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(4)
        .min(files.len());

    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let files = Arc::clone(&files);
            let next = Arc::clone(&next);
            let failures = Arc::clone(&failures);
            thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(file) = files.get(i) else { break };
                if let Some(report) = check_file(file) {
                    let name = file.file_name().unwrap().to_string_lossy().into_owned();
                    failures.lock().unwrap().push((name, report));
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("differential worker thread panicked");
    }

    let mut failures = std::mem::take(&mut *failures.lock().unwrap());
    failures.sort();
    let total = files.len();
    let failed = failures.len();
    let summary = format!(
        "differential: {} passed, {} failed (of {total})",
        total - failed,
        failed
    );
    println!("{summary}");
    if failed > 0 {
        let mut report = format!("{summary}\n\n");
        for (name, text) in &failures {
            report.push_str(&format!("  FAIL tests/py/{name}\n{text}\n"));
        }
        report.push_str(&format!("{summary}\n"));
        panic!("{report}");
    }
}

/// The report helper itself: the hunk starts at the first differing line,
/// keeps two lines of context and reports a missing final newline.
#[test]
fn short_diff_reports_first_hunk() {
    let d = short_diff(b"a\nb\nc\nd\ne\n", b"a\nb\nc\nX\ne\n");
    assert!(d.contains("@@ -4,1 +4,1 @@"), "{d}");
    assert!(
        d.contains("       b\n       c\n      -d\n      +X\n"),
        "{d}"
    );
    let d = short_diff(b"same\n", b"same");
    assert!(
        d.contains("-same\n") && d.contains("+same\\ (no newline at end)"),
        "{d}"
    );
}
