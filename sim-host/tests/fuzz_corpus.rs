//! The fuzz harness (`fuzz/src/harness.rs`, what `cargo xtask fuzz` runs
//! under libFuzzer) on stable Rust, on every test run:
//! - every saved crash in `fuzz/regressions/<target>/` (a fixed crash stays
//!   fixed);
//! - a deterministic smoke fuzz: each example and a slice of `tests/py`,
//!   compiled, then thousands of byte-mutated copies of their image bodies
//!   through the decoder, verifier and interpreter. No coverage guidance,
//!   but the same property: an error or a Python exception, never a panic.

#[path = "../../fuzz/src/harness.rs"]
mod harness;

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files(dir: &Path, ext: Option<&str>) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| {
        let hidden = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        p.is_file() && !hidden && ext.is_none_or(|x| p.extension().is_some_and(|e| e == x))
    });
    v.sort();
    v
}

#[test]
fn saved_crashes_stay_fixed() {
    let regressions = root().join("fuzz/regressions");
    for f in files(&regressions.join("source"), None) {
        harness::source(&std::fs::read(&f).unwrap());
    }
    for f in files(&regressions.join("image"), None) {
        // A body (what the `image` target takes) or a whole `.fbc` file.
        let bytes = std::fs::read(&f).unwrap();
        if bytes.starts_with(&vm::bytecode::MAGIC) {
            harness::image_file(&bytes);
        } else {
            harness::image_body(&bytes);
        }
    }
}

/// xorshift64*: the same mutations on every run and machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One mutation of `body`: flip bits, set interesting bytes, copy a run,
/// cut or duplicate a run (what libFuzzer's mutators mostly do).
fn mutate(body: &mut Vec<u8>, rng: &mut Rng) {
    let len = body.len();
    if len == 0 {
        return;
    }
    match rng.below(5) {
        0 => {
            let i = rng.below(len);
            body[i] ^= 1 << rng.below(8);
        }
        1 => {
            const INTERESTING: [u8; 8] = [0, 1, 2, 0x7f, 0x80, 0xfe, 0xff, 0x40];
            let i = rng.below(len);
            body[i] = INTERESTING[rng.below(INTERESTING.len())];
        }
        2 => {
            let (from, to) = (rng.below(len), rng.below(len));
            let n = rng.below(8).min(len - from).min(len - to);
            body.copy_within(from..from + n, to);
        }
        3 => {
            let at = rng.below(len);
            let n = rng.below(16).min(len - at);
            body.drain(at..at + n);
        }
        _ => {
            let at = rng.below(len);
            let n = rng.below(16).min(len - at);
            let run: Vec<u8> = body[at..at + n].to_vec();
            body.splice(at..at, run);
        }
    }
}

#[test]
fn mutated_images_never_panic() {
    let root = root();
    let mut sources = files(&root.join("examples"), Some("py"));
    // Every 8th differential program: a spread of the language, kept quick.
    sources.extend(
        files(&root.join("tests/py"), Some("py"))
            .into_iter()
            .step_by(8),
    );
    assert!(sources.len() > 50, "found only {} programs", sources.len());
    let mut rng = Rng(0x5EED_F0F0_1234_5678);
    let (mut loaded, mut total) = (0, 0);
    for path in &sources {
        let text = std::fs::read_to_string(path).unwrap();
        let Ok(image) = compiler::compile(&text, &path.display().to_string()) else {
            continue;
        };
        let clean = vm::bytecode::encode(&image)[vm::bytecode::HEADER_LEN..].to_vec();
        for round in 0..100 {
            let mut body = clean.clone();
            for _ in 0..=round % 4 {
                mutate(&mut body, &mut rng);
            }
            total += 1;
            if vm::bytecode::load(&vm::bytecode::seal(&body)).is_ok() {
                loaded += 1;
            }
            if std::env::var_os("FUZZ_TRACE").is_some() {
                eprintln!("{} round {round}", path.display());
                std::fs::write("/tmp/fuzz_last_body", &body).unwrap();
            }
            harness::image_body(&body);
        }
    }
    // The mutations must reach the interpreter sometimes, or this tests
    // only the decoder.
    assert!(
        loaded * 50 > total,
        "only {loaded} of {total} mutated images loaded"
    );
}

#[test]
fn compiled_sources_always_verify_and_run() {
    // `harness::source` panics if the verifier rejects compiler output.
    for path in files(&root().join("examples"), Some("py")) {
        harness::source(&std::fs::read(&path).unwrap());
    }
    harness::source(b"while True:\n    pass\n");
    harness::source(b"x = [0] * 10\nwhile True:\n    x = x + x\n");
    harness::source(b"def f():\n    return f()\nf()\n");
}
