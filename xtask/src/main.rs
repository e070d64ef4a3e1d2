//! Project automation (`cargo xtask <task>`), std only so it builds anywhere
//! cargo does.
//!
//! - `test`: everything CI checks, in order, stopping at the first failure.
//! - `bench-peers`: whole-program timings of Ferrite against CPython and,
//!   when `$MICROPYTHON` names a binary, MicroPython.
//! - `web`, `serve`, `web-test`: the browser playground (see `web.rs`).

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

mod firmware;
mod fuzz;
mod peers;
mod uf2;
mod web;

fn main() -> ExitCode {
    // `cargo xtask TASK ARGS...`: argv[1] is the task, the rest its arguments.
    let argv: Vec<String> = env::args().collect();
    let task = argv.get(1).map(String::as_str);
    let rest = argv.get(2..).unwrap_or_default();
    let result = match task {
        Some("test") => test(),
        Some("bench-peers") => peers::bench_peers(),
        Some("firmware-test") => firmware::equality(rest),
        Some("flash-image") => firmware::flash_image(rest),
        Some("size") => firmware::size(rest),
        Some("qemu") => firmware::qemu(rest),
        Some("fuzz") => fuzz::fuzz(rest),
        Some("web") => web::web(),
        Some("serve") => web::serve(rest),
        Some("web-test") => web::web_test(),
        Some("gc-stress") => gc_stress(),
        Some("gui-deps") => {
            firmware::ensure_apt(&["xvfb", "mesa-vulkan-drivers", "libgl1-mesa-dri"], "Xvfb")
        }
        Some("help" | "--help" | "-h") | None => {
            print_help();
            return if task.is_none() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
        Some(other) => Err(format!("unknown task '{other}'; try `cargo xtask help`")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn print_help() {
    println!(
        "Usage: cargo xtask <task>\n\n\
         Tasks:\n  \
         test         rustfmt check, clippy, tests, no_std builds of vm (what CI runs)\n  \
         bench-peers  time benches/programs/*.py on Ferrite, python3 and $MICROPYTHON\n  \
         qemu [--board lm3s6965|mps2-an385] [--count] APP.fbc|APP.py\n               \
         build the firmware and run the image on it in qemu-system-arm\n  \
         firmware-test  run examples and tests/py in QEMU and the simulator; consoles must match\n  \
                        (--bless: rewrite firmware/tests/minimal/*.golden)\n  \
         size [--board NAME]  flash and RAM use, full and minimal VM; blink's heap\n  \
         flash-image --board pico APP.fbc [-o APP.uf2]  RP2040 firmware + image as a UF2 file\n  \
         fuzz [image|source] [--seconds N]  cargo-fuzz the loader/verifier/interpreter and the compiler\n  \
         web          build the browser playground into dist/\n  \
         serve [--port N]  serve dist/ on http://127.0.0.1:8080 (COOP/COEP headers)\n  \
         web-test     the playground's Node and headless-Chromium tests\n  \
         gc-stress    the differential and module tests on a VM that collects on every allocation\n  \
         gui-deps     install what the GUI tests need (xvfb, mesa-vulkan-drivers: lavapipe)"
    );
}

/// One step of `cargo xtask test`: a command line, and whether failing it is fatal.
struct Step {
    args: &'static [&'static str],
    /// Directory to run in, relative to the workspace root ("" = the root).
    dir: &'static str,
    /// Installing components fails offline or under a pinned toolchain that
    /// already has them; the later steps will fail clearly if they are missing.
    may_fail: bool,
}

const fn step(args: &'static [&'static str]) -> Step {
    Step {
        args,
        dir: "",
        may_fail: false,
    }
}

const TEST_STEPS: &[Step] = &[
    Step {
        args: &["rustup", "component", "add", "rustfmt", "clippy"],
        dir: "",
        may_fail: true,
    },
    step(&[
        "rustup",
        "target",
        "add",
        "thumbv7m-none-eabi",
        "thumbv6m-none-eabi",
        "wasm32-unknown-unknown",
    ]),
    step(&["cargo", "fmt", "--all", "--", "--check"]),
    // The GUI tests render with wgpu on lavapipe (software Vulkan) and run
    // `sim-host --gui` under Xvfb; FERRITE_REQUIRE_GUI_TESTS (set for every
    // step) makes them fail rather than skip when these are missing.
    step(&["cargo", "xtask", "gui-deps"]),
    step(&[
        "cargo",
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]),
    step(&["cargo", "test", "--workspace"]),
    // The differential suite again with a collection on every allocation:
    // any value held across an allocation without being rooted shows up here.
    step(&["cargo", "xtask", "gc-stress"]),
    // The board view is shared with the browser playground.
    step(&[
        "cargo",
        "build",
        "-p",
        "board-view",
        "--target",
        "wasm32-unknown-unknown",
    ]),
    // The VM must stay no_std: build it for a Cortex-M3 and for the browser.
    step(&[
        "cargo",
        "build",
        "-p",
        "vm",
        "--target",
        "thumbv7m-none-eabi",
    ]),
    step(&[
        "cargo",
        "build",
        "-p",
        "vm",
        "--target",
        "wasm32-unknown-unknown",
    ]),
    // The minimal VM an MCU build may choose (no optional feature) must
    // build too, without warnings.
    step(&[
        "cargo",
        "clippy",
        "-p",
        "vm",
        "--target",
        "thumbv7m-none-eabi",
        "--no-default-features",
        "--",
        "-D",
        "warnings",
    ]),
    // The firmware crate is its own workspace (thumb targets only).
    Step {
        args: &["cargo", "fmt", "--", "--check"],
        dir: "firmware",
        may_fail: false,
    },
    Step {
        args: &["cargo", "clippy", "--release", "--", "-D", "warnings"],
        dir: "firmware",
        may_fail: false,
    },
    Step {
        args: &[
            "cargo",
            "clippy",
            "--release",
            "--target",
            "thumbv6m-none-eabi",
            "--no-default-features",
            "--features",
            "rp2040",
            "--",
            "-D",
            "warnings",
        ],
        dir: "firmware",
        may_fail: false,
    },
    // The same images in QEMU (firmware) and in the simulator: same console.
    step(&["cargo", "xtask", "firmware-test"]),
    // The RP2040 build cannot run here, but it must build into a UF2.
    step(&[
        "cargo",
        "xtask",
        "flash-image",
        "--board",
        "pico",
        "examples/blink.py",
        "-o",
        "target/blink-pico.uf2",
    ]),
    // The browser playground: build dist/, test the WebAssembly API in Node
    // and the page end to end in headless Chromium.
    step(&["cargo", "xtask", "web-test"]),
];

fn test() -> Result<(), String> {
    let root = workspace_root();
    let total = TEST_STEPS.len();
    for (i, s) in TEST_STEPS.iter().enumerate() {
        let line = if s.dir.is_empty() {
            s.args.join(" ")
        } else {
            format!("(in {}) {}", s.dir, s.args.join(" "))
        };
        println!("\n==> [{}/{total}] {line}", i + 1);
        let ok = Command::new(program(s.args[0]))
            .args(&s.args[1..])
            .env("FERRITE_REQUIRE_GUI_TESTS", "1")
            .current_dir(root.join(s.dir))
            .status()
            .map(|st| st.success())
            .map_err(|e| format!("step {} ({line}) could not start: {e}", i + 1));
        match ok {
            Ok(true) => {}
            Ok(false) | Err(_) if s.may_fail => {
                println!("==> (continuing: this step is allowed to fail)");
            }
            Ok(false) => return Err(format!("step {} failed: {line}", i + 1)),
            Err(e) => return Err(e),
        }
    }
    println!("\n==> all {total} steps passed");
    Ok(())
}

/// The differential and module tests again, on a `sim-host` whose VM
/// collects on every allocation: any value held across an allocation
/// without being rooted shows up here. Only that binary is built with
/// `gc-stress` (headless); the tests themselves are the workspace's,
/// already built, pointed at it with `FERRITE_SIM_HOST` — a `cargo test
/// --features gc-stress` would build the GUI test stack a second time.
fn gc_stress() -> Result<(), String> {
    let sim = firmware::build_sim("full,gc-stress")?;
    web::run(
        Command::new(program("cargo"))
            .args([
                "test",
                "--workspace",
                "--test",
                "differential",
                "--test",
                "modules",
            ])
            .env("FERRITE_SIM_HOST", &sim)
            .current_dir(workspace_root()),
        "the gc-stress tests",
    )
}

/// Uses the `cargo` that launched us (so `+toolchain` overrides carry over).
fn program(name: &str) -> String {
    if name == "cargo" {
        env::var("CARGO").unwrap_or_else(|_| "cargo".into())
    } else {
        name.into()
    }
}

/// The workspace root: xtask's manifest lives one level below it.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits inside the workspace")
        .to_path_buf()
}

/// Runs `cmd` with output discarded and returns how long it took, or why it failed.
fn time_once(cmd: &mut Command) -> Result<Duration, String> {
    let start = Instant::now();
    let status = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("{:?} could not start: {e}", cmd.get_program()))?;
    let elapsed = start.elapsed();
    if !status.status.success() {
        return Err(format!(
            "{:?} {:?} failed ({}): {}",
            cmd.get_program(),
            cmd.get_args().collect::<Vec<_>>(),
            status.status,
            String::from_utf8_lossy(&status.stderr).trim()
        ));
    }
    Ok(elapsed)
}
