//! `cargo xtask fuzz [image|source] [--seconds N]`: coverage-guided fuzzing
//! of the VM with cargo-fuzz (libFuzzer), which needs a nightly toolchain;
//! both are installed when missing.
//!
//! - `image`: arbitrary image bodies (the harness adds a valid header and
//!   checksum) through the decoder, verifier and interpreter. Seeded with
//!   the bodies of every example and `tests/py` program.
//! - `source`: arbitrary text through the compiler, verifier and
//!   interpreter, seeded with `examples/` and `tests/py/`.
//!
//! New inputs collect in `fuzz/corpus/<target>/` (not committed). A crash
//! leaves its input in `fuzz/artifacts/<target>/`; once fixed, copy it to
//! `fuzz/regressions/<target>/`, which `cargo xtask test` replays on stable.

use crate::web::run;
use crate::{program, workspace_root};
use std::path::Path;
use std::process::{Command, Stdio};

const TARGETS: &[&str] = &["image", "source"];

pub fn fuzz(args: &[String]) -> Result<(), String> {
    let mut targets: Vec<&str> = Vec::new();
    let mut seconds: u64 = 60;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seconds" => {
                let v = it.next().ok_or("--seconds needs a number")?;
                seconds = v
                    .parse()
                    .map_err(|_| format!("--seconds: '{v}' is not a whole number"))?;
            }
            t if TARGETS.contains(&t) => targets.push(t),
            other => {
                return Err(format!(
                "unknown argument '{other}'; usage: cargo xtask fuzz [image|source] [--seconds N]"
            ))
            }
        }
    }
    if targets.is_empty() {
        targets = TARGETS.to_vec();
    }
    let root = workspace_root();
    ensure_tools()?;
    for t in targets {
        let corpus = root.join("fuzz/corpus").join(t);
        std::fs::create_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
        // Through rustup: the `cargo` running xtask is the stable one and
        // does not understand `+nightly`.
        let mut cmd = Command::new("rustup");
        cmd.args(["run", "nightly", "cargo", "fuzz", "run", t])
            .arg(&corpus)
            .current_dir(&root);
        if t == "image" {
            let seeds = root.join("fuzz/corpus/image-seeds");
            seed_images(&root, &seeds)?;
            cmd.arg(&seeds);
        } else {
            cmd.arg(root.join("examples")).arg(root.join("tests/py"));
        }
        cmd.args([
            "--",
            &format!("-max_total_time={seconds}"),
            "-timeout=20",
            "-rss_limit_mb=4096",
        ]);
        println!("==> fuzzing '{t}' for {seconds} s");
        let ok = cmd
            .status()
            .map_err(|e| format!("cargo fuzz could not start: {e}"))?;
        if !ok.success() {
            return Err(format!(
                "fuzzing '{t}' failed (see above); a crash leaves its input in \
                 fuzz/artifacts/{t}/: fix it, then copy the input to fuzz/regressions/{t}/"
            ));
        }
    }
    Ok(())
}

/// Nightly and cargo-fuzz, installed once.
fn ensure_tools() -> Result<(), String> {
    let has_nightly = Command::new("rustup")
        .args(["run", "nightly", "rustc", "--version"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has_nightly {
        run(
            Command::new("rustup").args([
                "toolchain",
                "install",
                "nightly",
                "--profile",
                "minimal",
            ]),
            "installing the nightly toolchain",
        )?;
    }
    let has_fuzz = Command::new(program("cargo"))
        .args(["fuzz", "--version"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has_fuzz {
        run(
            Command::new(program("cargo")).args(["install", "cargo-fuzz", "--locked"]),
            "installing cargo-fuzz",
        )?;
    }
    Ok(())
}

/// Image bodies of the examples and `tests/py` programs, compiled with the
/// debug sim-host (`sim-host compile`), as the `image` target's seeds.
fn seed_images(root: &Path, dir: &Path) -> Result<(), String> {
    if dir.read_dir().is_ok_and(|mut d| d.next().is_some()) {
        return Ok(());
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let sim = crate::firmware::build_sim(crate::firmware::FULL)?;
    let mut sources = Vec::new();
    for d in ["examples", "tests/py"] {
        let rd = std::fs::read_dir(root.join(d)).map_err(|e| format!("{d}: {e}"))?;
        sources.extend(rd.filter_map(|e| e.ok().map(|e| e.path())));
    }
    sources.retain(|p| p.extension().is_some_and(|e| e == "py"));
    for src in sources {
        let name = src
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let fbc = dir.join(format!("{name}.fbc"));
        let ok = Command::new(&sim)
            .arg("compile")
            .arg(&src)
            .arg("-o")
            .arg(&fbc)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            continue;
        }
        // The target takes bodies: drop the 16-byte header.
        let bytes = std::fs::read(&fbc).map_err(|e| format!("{}: {e}", fbc.display()))?;
        std::fs::write(dir.join(&name), bytes.get(16..).unwrap_or_default())
            .map_err(|e| format!("{name}: {e}"))?;
        let _ = std::fs::remove_file(&fbc);
    }
    Ok(())
}
