//! `cargo xtask bench-peers`: median wall time of each benchmark program on
//! Ferrite, CPython and (optionally) MicroPython.
//!
//! Whole-process timings include start-up, which is what a user feels; the
//! criterion benches in `benches/` measure the VM alone.

use crate::{program, time_once, workspace_root};
use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const RUNS: usize = 5;

struct Peer {
    name: &'static str,
    command: PathBuf,
}

pub fn bench_peers() -> Result<(), String> {
    let root = workspace_root();
    println!("==> building sim-host (release)");
    let built = Command::new(program("cargo"))
        .args(["build", "--release", "-p", "sim-host"])
        .current_dir(&root)
        .status()
        .map_err(|e| format!("cargo build could not start: {e}"))?;
    if !built.success() {
        return Err("cargo build --release -p sim-host failed".into());
    }

    let mut peers = vec![
        Peer {
            name: "ferrite",
            command: target_dir(&root).join("release").join("sim-host"),
        },
        Peer {
            name: "cpython",
            command: "python3".into(),
        },
    ];
    match env::var_os("MICROPYTHON") {
        Some(path) if !path.is_empty() => peers.push(Peer {
            name: "micropython",
            command: path.into(),
        }),
        _ => println!("==> MICROPYTHON is not set: skipping MicroPython"),
    }

    let programs = programs(&root.join("benches").join("programs"))?;
    println!("==> {RUNS} runs each, median wall time (including process start-up)\n");
    let mut header = format!("{:<16}", "program");
    for p in &peers {
        header += &format!("{:>14}", p.name);
    }
    header += &format!("{:>14}", "fe/cpython");
    if peers.len() > 2 {
        header += &format!("{:>14}", "fe/micropy");
    }
    println!("{header}");

    for file in &programs {
        let name = file.file_stem().unwrap_or_default().to_string_lossy();
        let mut medians = Vec::new();
        for p in &peers {
            medians.push(median_time(&p.command, file)?);
        }
        let mut row = format!("{name:<16}");
        for m in &medians {
            row += &format!("{:>13.3}s", m.as_secs_f64());
        }
        for other in &medians[1..] {
            row += &format!("{:>13.2}x", ratio(medians[0], *other));
        }
        println!("{row}");
    }
    Ok(())
}

fn median_time(command: &Path, file: &Path) -> Result<Duration, String> {
    let mut times = (0..RUNS)
        .map(|_| time_once(Command::new(command).arg(file)))
        .collect::<Result<Vec<_>, _>>()?;
    times.sort();
    Ok(times[RUNS / 2])
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(f64::MIN_POSITIVE)
}

/// `benches/programs/*.py`, sorted so the table is stable.
fn programs(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no .py programs in {}", dir.display()));
    }
    Ok(files)
}

/// Where cargo puts binaries: honours `CARGO_TARGET_DIR` (shared build
/// directories are common here) and falls back to `<root>/target`.
fn target_dir(root: &Path) -> PathBuf {
    match env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                root.join(dir)
            }
        }
        _ => root.join("target"),
    }
}
