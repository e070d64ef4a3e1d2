//! Firmware tasks: build the `firmware` crate for a Cortex-M board, run a
//! bytecode image on it in QEMU, report its footprint, and check that QEMU
//! prints exactly what the simulator prints.

use crate::{program, workspace_root};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A board the firmware builds for, and how QEMU runs it.
#[derive(Clone, Copy)]
pub struct Board {
    /// `--board` name and firmware feature.
    pub name: &'static str,
    /// QEMU `-M` machine.
    machine: &'static str,
    /// Address of the IMAGE flash region (see firmware/memory/*.x).
    image_addr: u32,
    /// Size of the IMAGE region: the largest image the board takes.
    image_bytes: u64,
    /// Flash the firmware itself may use (the FLASH region of its memory.x).
    flash_bytes: u64,
    /// The vm feature set its firmware is built with.
    features: &'static str,
    /// How `sim-host` runs a program as this board does (its VM heap and
    /// call depth, see firmware/src/board/).
    sim_args: &'static [&'static str],
}

/// The boards `--board` accepts; the first is the default. The LM3S6965
/// (256 KiB of flash, 64 KiB of RAM) runs the minimal VM; the mps2-an385
/// (4 MiB) the full one, as the simulator does.
pub const BOARDS: &[Board] = &[
    Board {
        name: "lm3s6965",
        machine: "lm3s6965evb",
        image_addr: 0x0003_D000,
        image_bytes: 12 << 10,
        flash_bytes: 244 << 10,
        features: MINIMAL,
        sim_args: &["--board", "lm3s6965", "--heap", "16k", "--max-depth", "64"],
    },
    Board {
        name: "mps2-an385",
        machine: "mps2-an385",
        image_addr: 0x0030_0000,
        image_bytes: 1 << 20,
        flash_bytes: 3 << 20,
        features: FULL,
        sim_args: &[],
    },
];

/// The VM's full feature set (what the simulator runs) and the minimal one
/// (no optional vm feature: no floats, sets, coroutines, format specs,
/// subclasses of built-in types, rarer str methods, Unicode tables or
/// math/json/struct/random/collections modules); see vm/Cargo.toml.
pub const FULL: &str = "full";
/// See [`FULL`].
pub const MINIMAL: &str = "";

fn board_named(name: &str) -> Result<Board, String> {
    BOARDS
        .iter()
        .copied()
        .find(|b| b.name == name)
        .ok_or_else(|| {
            let names: Vec<_> = BOARDS.iter().map(|b| b.name).collect();
            format!("unknown board '{name}' (known: {})", names.join(", "))
        })
}

/// Where cargo puts build output (`$CARGO_TARGET_DIR` wins over the
/// firmware's `target-dir = "../target"`, as in cargo itself).
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from)
}

/// Builds the firmware for `board` with its VM feature set (release
/// profile) and returns the ELF.
pub fn build(board: Board) -> Result<PathBuf, String> {
    build_with(board, board.features)
}

/// Builds the firmware for `board` with vm feature set `vm_features`.
pub fn build_with(board: Board, vm_features: &str) -> Result<PathBuf, String> {
    build_for(
        "thumbv7m-none-eabi",
        &format!("{} {vm_features}", board.name),
    )
}

fn build_for(target: &str, features: &str) -> Result<PathBuf, String> {
    let root = workspace_root();
    rustup_target(target)?;
    let status = Command::new(program("cargo"))
        .args(["build", "--release", "--quiet", "--no-default-features"])
        .args(["--target", target, "--features", features])
        .current_dir(root.join("firmware"))
        .status()
        .map_err(|e| format!("cargo could not start: {e}"))?;
    if !status.success() {
        return Err(format!(
            "building the firmware for {} failed",
            features.trim()
        ));
    }
    Ok(target_dir(&root).join(format!("{target}/release/firmware")))
}

/// Flash address of the RP2040 build's IMAGE region (firmware/memory/rp2040.x).
const RP2040_IMAGE_ADDR: u32 = 0x1010_0000;

/// `cargo xtask flash-image --board pico APP.fbc|APP.py [-o APP.uf2]`: the
/// RP2040 firmware and the image in one UF2 file for the boot ROM's drive.
pub fn flash_image(args: &[String]) -> Result<(), String> {
    let mut file = None;
    let mut out = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--board" => match it.next().map(String::as_str) {
                Some("pico" | "rp2040") => {}
                other => {
                    return Err(format!(
                        "flash-image: unknown board {other:?} (known: pico)"
                    ))
                }
            },
            "-o" | "--output" => out = Some(PathBuf::from(it.next().ok_or("-o needs a path")?)),
            s if s.starts_with('-') => return Err(format!("flash-image: unknown option '{s}'")),
            s => file = Some(PathBuf::from(s)),
        }
    }
    let file = file.ok_or("usage: cargo xtask flash-image --board pico APP.fbc [-o APP.uf2]")?;
    if !file.exists() {
        return Err(format!("{}: no such file", file.display()));
    }
    let fbc = image_for(&file, &workspace_root().join("target/fbc"))?;
    let image = std::fs::read(&fbc).map_err(|e| format!("{}: {e}", fbc.display()))?;
    if image.len() > 1024 * 1024 {
        return Err(format!(
            "{}: larger than the 1 MiB image region",
            fbc.display()
        ));
    }
    let elf = build_for("thumbv6m-none-eabi", "rp2040 full")?;
    let bytes = std::fs::read(&elf).map_err(|e| format!("{}: {e}", elf.display()))?;
    let mut segments =
        crate::uf2::elf_segments(&bytes).ok_or("the firmware is not an ELF32 file")?;
    segments.push((RP2040_IMAGE_ADDR, image));
    let uf2 = crate::uf2::write(&segments, crate::uf2::RP2040_FAMILY);
    let out = out.unwrap_or_else(|| file.with_extension("uf2"));
    std::fs::write(&out, &uf2).map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "wrote {} ({} blocks): copy it to the RPI-RP2 drive of a Pico started with BOOTSEL held",
        out.display(),
        uf2.len() / 512
    );
    Ok(())
}

fn rustup_target(target: &str) -> Result<(), String> {
    let ok = Command::new("rustup")
        .args(["target", "add", target])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    // Offline with the target already installed is fine; the build says so otherwise.
    let _ = ok;
    Ok(())
}

/// Installs `qemu-system-arm` with apt if it is missing.
pub fn ensure_qemu() -> Result<(), String> {
    if Command::new("qemu-system-arm")
        .arg("--version")
        .output()
        .is_ok()
    {
        return Ok(());
    }
    ensure_apt(&["qemu-system-arm"], "")
}

/// Installs Debian `packages` with apt-get (as root, else with sudo) unless
/// `probe` (a command) already runs; `probe` "" means always ask apt.
pub fn ensure_apt(packages: &[&str], probe: &str) -> Result<(), String> {
    if !probe.is_empty()
        && Command::new("sh")
            .args([
                "-c",
                &format!(
                    "command -v {probe} >/dev/null && dpkg -s {} >/dev/null 2>&1",
                    packages.join(" ")
                ),
            ])
            .status()
            .is_ok_and(|s| s.success())
    {
        return Ok(());
    }
    println!("==> installing {} (apt-get)", packages.join(" "));
    let sudo = if Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0"))
    {
        vec![]
    } else {
        vec!["sudo"]
    };
    let run = |args: &[&str]| {
        let mut all: Vec<&str> = sudo.clone();
        all.extend_from_slice(args);
        Command::new(all[0])
            .args(&all[1..])
            .status()
            .is_ok_and(|s| s.success())
    };
    let install = || {
        let mut args = vec!["apt-get", "install", "-y"];
        args.extend_from_slice(packages);
        run(&args)
    };
    // A fresh machine may need the package lists first.
    let installed = install() || (run(&["apt-get", "update"]) && install());
    if !installed {
        return Err(format!(
            "could not install {0} (apt-get install -y {0})",
            packages.join(" ")
        ));
    }
    Ok(())
}

/// Compiles `script` (a `.py`) to a `.fbc` next to `out_dir` with sim-host,
/// or returns an existing `.fbc` unchanged.
pub fn image_for(script: &Path, out_dir: &Path) -> Result<PathBuf, String> {
    if script.extension().is_some_and(|e| e == "fbc") {
        return Ok(script.to_path_buf());
    }
    std::fs::create_dir_all(out_dir).map_err(|e| e.to_string())?;
    let stem = script.file_stem().unwrap_or_default().to_string_lossy();
    let out = out_dir.join(format!("{stem}.fbc"));
    let status = Command::new(build_sim(FULL)?)
        .arg("compile")
        .arg(script)
        .arg("-o")
        .arg(&out)
        .status()
        .map_err(|e| format!("sim-host could not start: {e}"))?;
    if !status.success() {
        return Err(format!("{}: does not compile", script.display()));
    }
    Ok(out)
}

/// What one QEMU run printed.
pub struct Run {
    /// The UART console.
    pub console: Vec<u8>,
    /// QEMU's exit status (the firmware exits 0, or 1 after an uncaught exception).
    pub code: Option<i32>,
    /// Virtual nanoseconds the script ran for and slept, as the firmware
    /// reported them (with `count`, running minus sleeping = instructions).
    pub virtual_ns: Option<(u64, u64)>,
}

/// Runs `fbc` on `board` in QEMU. With `count`, QEMU's clock is its
/// instruction counter (`-icount shift=0`), so the run is deterministic.
pub fn run_qemu(
    elf: &Path,
    board: Board,
    fbc: &Path,
    count: bool,
    timeout: Option<Duration>,
    echo: bool,
) -> Result<Run, String> {
    let mut cmd = Command::new("qemu-system-arm");
    cmd.args([
        "-M",
        board.machine,
        "-nographic",
        "-monitor",
        "none",
        "-serial",
        "stdio",
    ])
    .arg("-kernel")
    .arg(elf)
    .arg("-device")
    .arg(format!(
        "loader,file={},addr={:#x},force-raw=on",
        fbc.display(),
        board.image_addr
    ))
    // Semihosting carries the exit status, and the run-time report on
    // stderr, so the UART on stdout is the console and nothing else.
    .args(["-semihosting-config", "enable=on,target=native"]);
    if count {
        cmd.args(["-icount", "shift=0,sleep=off"]);
    }
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("qemu-system-arm could not start: {e}"))?;
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    // The firmware's semihosting lines: its pin changes (shown live when
    // echoing, as QEMU shows no LEDs) and its run-time report.
    let err_reader = std::thread::spawn(move || {
        let mut rest = String::new();
        for line in std::io::BufRead::lines(std::io::BufReader::new(&mut stderr)) {
            let Ok(line) = line else { break };
            if line.starts_with("ferrite: pin ") {
                if echo {
                    eprintln!("{line}");
                }
            } else {
                rest.push_str(&line);
                rest.push('\n');
            }
        }
        rest
    });
    let reader = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            match std::io::Read::read(&mut stdout, &mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if echo {
                        use std::io::Write;
                        let mut o = std::io::stdout().lock();
                        let _ = o.write_all(&buf[..n]);
                        let _ = o.flush();
                    }
                    all.extend_from_slice(&buf[..n]);
                }
            }
        }
        all
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if timeout.is_some_and(|t| start.elapsed() > t) {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "{}: QEMU did not finish in {:?}",
                fbc.display(),
                timeout.unwrap()
            ));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let console = reader.join().unwrap_or_default();
    let mut virtual_ns = None;
    for line in err_reader.join().unwrap_or_default().lines() {
        match line.strip_prefix("ferrite: ran for ") {
            Some(r) => {
                let nums: Vec<u64> = r
                    .split(|c: char| !c.is_ascii_digit())
                    .filter_map(|n| n.parse().ok())
                    .collect();
                if let [ran, slept] = nums[..] {
                    virtual_ns = Some((ran, slept));
                }
            }
            // A notice of QEMU's timer model (ptimer) on every LM3S6965
            // run; not the program's.
            None if line == "Timer with period zero, disabling" => {}
            None => eprintln!("{line}"),
        }
    }
    Ok(Run {
        console,
        code: status.code(),
        virtual_ns,
    })
}

/// An error unless `fbc` fits `board`'s IMAGE flash region.
fn fits_image_region(fbc: &Path, board: Board) -> Result<(), String> {
    let len = std::fs::metadata(fbc)
        .map_err(|e| format!("{}: {e}", fbc.display()))?
        .len();
    if len > board.image_bytes {
        return Err(format!(
            "{}: the image is {len} bytes; the {} keeps {} KiB of flash for it \
             (try --board mps2-an385)",
            fbc.display(),
            board.name,
            board.image_bytes >> 10
        ));
    }
    Ok(())
}

/// `cargo xtask qemu [--board B] [--count] APP.fbc|APP.py`
pub fn qemu(args: &[String]) -> Result<(), String> {
    let mut board = BOARDS[0];
    let mut count = false;
    let mut file = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--board" => board = board_named(it.next().ok_or("--board needs a name")?)?,
            "--count" => count = true,
            s if s.starts_with('-') => return Err(format!("qemu: unknown option '{s}'")),
            s => file = Some(PathBuf::from(s)),
        }
    }
    let file =
        file.ok_or("usage: cargo xtask qemu [--board lm3s6965|mps2-an385] [--count] APP.fbc")?;
    if !file.exists() {
        return Err(format!("{}: no such file", file.display()));
    }
    ensure_qemu()?;
    let fbc = image_for(&file, &workspace_root().join("target/fbc"))?;
    fits_image_region(&fbc, board)?;
    let elf = build(board)?;
    let run = run_qemu(&elf, board, &fbc, count, None, true)?;
    if count {
        match run.virtual_ns {
            Some((ran, slept)) => eprintln!(
                "guest instructions: {} (QEMU -icount shift=0 on {}; {:.3} s of virtual time, {:.3} s asleep)",
                ran - slept,
                board.name,
                ran as f64 / 1e9,
                slept as f64 / 1e9
            ),
            None => eprintln!("guest instructions: unknown (the firmware did not report)"),
        }
    }
    match run.code {
        Some(0) => Ok(()),
        Some(c) => std::process::exit(c),
        None => Err("QEMU was killed".into()),
    }
}

/// `cargo xtask firmware-test`: every program in `examples/` that needs no
/// stimulus and every `tests/py` program runs in QEMU and in the simulator;
/// the UART console must equal the simulator's stdout and stderr (`sys.stderr`
/// and an uncaught exception's traceback, which the firmware writes to the
/// UART) in the order they were written, and the exit status must match.
///
/// Each board is compared with the simulator built with the same VM
/// features and run with the board's VM heap and call depth: the full VM on
/// the mps2-an385, the minimal VM (`sim-host --no-default-features`) on the
/// LM3S6965, where a program using what that build leaves out stops with the
/// same `NotImplementedError` in both.
pub fn equality(args: &[String]) -> Result<(), String> {
    let bless = match args {
        [] => false,
        [flag] if flag == "--bless" => true,
        _ => return Err("usage: cargo xtask firmware-test [--bless]".into()),
    };
    let root = workspace_root();
    ensure_qemu()?;
    let full_sim = build_sim(FULL)?;
    let minimal_sim = build_sim(MINIMAL)?;
    let mut scripts: Vec<PathBuf> = Vec::new();
    for dir in ["examples", "tests/py"] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .map_err(|e| format!("{dir}: {e}"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "py"))
            // Scripts that need a stimulus, or run forever like blink, are the
            // simulator's golden tests; here the console must be comparable.
            .filter(|p| !p.with_extension("stim.toml").exists())
            .filter(|p| !is_endless(p) && !needs_peripherals(p))
            .collect();
        found.sort();
        scripts.extend(found);
    }
    let out_dir = root.join("target/fbc");
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
    let mut images = Vec::new();
    for script in &scripts {
        let rel = script.strip_prefix(&root).unwrap_or(script).to_path_buf();
        let stem = rel.to_string_lossy().replace(['/', '.'], "_");
        let fbc = out_dir.join(format!("{stem}.fbc"));
        let compiled = Command::new(&full_sim)
            .arg("compile")
            .arg(&rel)
            .arg("-o")
            .arg(&fbc)
            .current_dir(&root)
            .output()
            .map_err(|e| e.to_string())?;
        // A program that does not compile is the differential suite's
        // business (a deliberate SyntaxError test, say), not the firmware's.
        if compiled.status.success() {
            images.push((rel, fbc));
        }
    }
    let mut failures = Vec::new();
    for board in BOARDS {
        let elf = build(*board)?;
        let sim = if board.features == MINIMAL {
            minimal_goldens(&minimal_sim, &elf, *board, bless, &mut failures)?;
            &minimal_sim
        } else {
            &full_sim
        };
        // One image: `Ok(None)` identical, `Ok(Some(report))` different,
        // `Err` too big for the board's image region.
        let check = |rel: &Path, fbc: &Path| -> Result<Option<String>, ()> {
            if fits_image_region(fbc, *board).is_err() {
                return Err(());
            }
            // The image, run where the script's relative path does not
            // resolve: tracebacks then have no source lines, exactly like
            // the firmware's. stdout and stderr share one pipe, in the order
            // the script wrote them (sim-host flushes the console before
            // writing stderr): the firmware writes both, and the traceback,
            // to its one UART.
            let expected = Command::new("sh")
                .arg("-c")
                .arg("exec \"$0\" \"$@\" 2>&1")
                .arg(sim)
                .args(["--no-trace", "--until", "60s"])
                .args(board.sim_args)
                .arg(fbc)
                .current_dir(&out_dir)
                .output();
            let expected = match expected {
                Ok(e) => e,
                Err(e) => return Ok(Some(format!("{}: sim-host: {e}", rel.display()))),
            };
            let (want, want_code) = (expected.stdout, expected.status.code());
            let timeout = Some(Duration::from_secs(60));
            Ok(match run_qemu(&elf, *board, fbc, true, timeout, false) {
                Ok(run) if run.console == want && run.code == want_code => None,
                Ok(run) => Some(format!(
                    "{}: QEMU {} (exit {:?}) and the simulator (exit {:?}) differ\n--- simulator\n{}--- qemu\n{}",
                    rel.display(),
                    board.name,
                    run.code,
                    want_code,
                    excerpt(&want),
                    excerpt(&run.console)
                )),
                Err(e) => Some(e),
            })
        };
        // QEMU runs one core each: run as many at once as there are cores,
        // and report in the programs' order.
        let next = std::sync::atomic::AtomicUsize::new(0);
        let results = std::sync::Mutex::new(vec![None; images.len()]);
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some((rel, fbc)) = images.get(i) else {
                        break;
                    };
                    let r = check(rel, fbc);
                    if let Ok(mut all) = results.lock() {
                        all[i] = Some(r);
                    }
                });
            }
        });
        let (mut identical, mut too_big) = (0, 0);
        let results = results.into_inner().map_err(|_| "a QEMU worker failed")?;
        for (r, (rel, _)) in results.into_iter().zip(&images) {
            match r {
                Some(Ok(None)) => identical += 1,
                Some(Ok(Some(report))) => failures.push(report),
                Some(Err(())) => too_big += 1,
                None => failures.push(format!("{}: not run", rel.display())),
            }
        }
        println!(
            "firmware ({}, {} VM): {identical} of {} programs identical in QEMU and the simulator{}",
            board.name,
            if board.features == MINIMAL { "minimal" } else { "full" },
            images.len(),
            if too_big > 0 {
                format!(" ({too_big} larger than its {} KiB image region)", board.image_bytes >> 10)
            } else {
                String::new()
            }
        );
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n"))
    }
}

/// Builds the headless `sim-host` with the features `features` ([`FULL`],
/// [`MINIMAL`], or e.g. `full,gc-stress`) and returns a copy of the binary
/// that another flavour's build does not overwrite.
pub fn build_sim(features: &str) -> Result<PathBuf, String> {
    let root = workspace_root();
    let mut cmd = Command::new(program("cargo"));
    // The dev build (no second fat-LTO build in CI), without the GUI.
    cmd.args([
        "build",
        "--quiet",
        "-p",
        "sim-host",
        "--no-default-features",
    ]);
    if !features.is_empty() {
        cmd.args(["--features", features]);
    }
    let status = cmd
        .current_dir(&root)
        .status()
        .map_err(|e| format!("cargo could not start: {e}"))?;
    if !status.success() {
        return Err("building sim-host failed".into());
    }
    let built = target_dir(&root).join("debug/sim-host");
    let label = if features.is_empty() {
        "minimal".to_string()
    } else {
        features.replace(',', "-")
    };
    let copy = target_dir(&root).join(format!("debug/sim-host-{label}"));
    std::fs::copy(&built, &copy).map_err(|e| format!("{}: {e}", copy.display()))?;
    Ok(copy)
}

/// The minimal VM's own golden tests (`firmware/tests/minimal/*.py`): what
/// it leaves out raises an exception naming the vm feature, and the rest
/// works. The console must equal the `.golden` file next to each program
/// (`--bless` writes them).
fn minimal_goldens(
    sim: &Path,
    elf: &Path,
    board: Board,
    bless: bool,
    failures: &mut Vec<String>,
) -> Result<(), String> {
    let root = workspace_root();
    let dir = root.join("firmware/tests/minimal");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    programs.sort();
    let out_dir = root.join("target/fbc");
    for py in &programs {
        let stem = py.file_stem().unwrap_or_default().to_string_lossy();
        let fbc = out_dir.join(format!("minimal_{stem}.fbc"));
        // The path relative to the checkout: it is in the image (and so in
        // the golden output), the same on every machine.
        let rel = py.strip_prefix(&root).unwrap_or(py);
        let compiled = Command::new(sim)
            .arg("compile")
            .arg(rel)
            .arg("-o")
            .arg(&fbc)
            .current_dir(&root)
            .output()
            .map_err(|e| e.to_string())?;
        if !compiled.status.success() {
            failures.push(format!(
                "{}: does not compile\n{}",
                py.display(),
                String::from_utf8_lossy(&compiled.stderr)
            ));
            continue;
        }
        let run = run_qemu(elf, board, &fbc, true, Some(Duration::from_secs(60)), false)?;
        let golden = py.with_extension("golden");
        if bless {
            std::fs::write(&golden, &run.console).map_err(|e| e.to_string())?;
            continue;
        }
        match std::fs::read(&golden) {
            Ok(want) if want == run.console => {}
            Ok(want) => failures.push(format!(
                "{}: the minimal VM on {} printed something else\n--- {}\n{}--- qemu\n{}",
                py.display(),
                board.name,
                golden.display(),
                excerpt(&want),
                excerpt(&run.console)
            )),
            Err(_) => failures.push(format!(
                "{}: missing (`cargo xtask firmware-test --bless` writes it)",
                golden.display()
            )),
        }
    }
    println!(
        "firmware ({}, minimal VM): {} golden programs checked",
        board.name,
        programs.len()
    );
    Ok(())
}

/// PWM, ADC, UART and I2C are not wired on the QEMU boards (they raise
/// `ValueError` there); scripts using them are golden-tested in the simulator.
fn needs_peripherals(script: &Path) -> bool {
    std::fs::read_to_string(script).is_ok_and(|s| {
        ["PWM", "ADC", "UART", "I2C"]
            .iter()
            .any(|p| s.contains(&format!("import {p}")) || s.contains(&format!(", {p}")))
    })
}

fn is_endless(script: &Path) -> bool {
    std::fs::read_to_string(script)
        .is_ok_and(|s| s.lines().any(|l| l.trim() == "while True:") && !s.contains("break"))
}

fn excerpt(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out: String = text.lines().take(12).map(|l| format!("{l}\n")).collect();
    if text.lines().count() > 12 {
        out.push_str("...\n");
    }
    out
}

/// `cargo xtask size`: the firmware's flash and RAM use, section by section,
/// with the full and with the minimal VM feature set, where the flash goes
/// (by crate), and the VM heap blink needs (run in the simulator with a
/// 4 KiB heap, reporting its high-water mark).
pub fn size(args: &[String]) -> Result<(), String> {
    // Both feature sets link on the mps2-an385 (the full one does not fit
    // the LM3S6965): the default, measured against the LM3S6965 below.
    let board = match args {
        [] => board_named("mps2-an385")?,
        [flag, name] if flag == "--board" => board_named(name)?,
        _ => return Err("usage: cargo xtask size [--board NAME]".into()),
    };
    let mut columns = Vec::new();
    for (label, features) in [("full", FULL), ("minimal", MINIMAL)] {
        match build_with(board, features) {
            Ok(elf) => {
                let bytes = std::fs::read(&elf).map_err(|e| format!("{}: {e}", elf.display()))?;
                columns.push((label, Some(Footprint::of(&bytes)?)));
            }
            // The LM3S6965 does not hold the VM: say so, and by how much
            // (the mps2-an385 build has the same code in a bigger flash).
            Err(e) => {
                eprintln!("{e}");
                columns.push((label, None));
            }
        }
    }
    println!(
        "firmware for {} (thumbv7m-none-eabi, opt-level z, fat LTO, panic=abort)",
        board.name
    );
    println!("  {:<22}{:>12}{:>12}", "VM features", "full", "minimal");
    let row = |name: &str, f: &dyn Fn(&Footprint) -> u64| {
        let cell =
            |c: &Option<Footprint>| c.as_ref().map_or("no link".into(), |fp| f(fp).to_string());
        println!(
            "  {name:<22}{:>12}{:>12}",
            cell(&columns[0].1),
            cell(&columns[1].1)
        );
    };
    row(".vector_table", &|f| f.vector);
    row(".text", &|f| f.text);
    row(".rodata", &|f| f.rodata);
    row(".data", &|f| f.data);
    row(".bss (incl. arena)", &|f| f.bss);
    row("flash total", &|f| f.flash());
    row("  vm crate", &|f| f.crates[0]);
    row("  vm::num (big ints)", &|f| f.crates[1]);
    row("  libm", &|f| f.crates[2]);
    row("  core/alloc/builtins", &|f| f.crates[3]);
    row("  firmware, HAL, rt", &|f| f.crates[4]);
    row("  anonymous constants", &|f| {
        f.flash().saturating_sub(f.crates.iter().sum())
    });
    // The LM3S6965 (`-M lm3s6965evb`) gives the firmware 244 KiB of its
    // 256 KiB of flash (the rest holds the image): does each set fit?
    let lm3s = board_named("lm3s6965")?.flash_bytes;
    for (label, fp) in &columns {
        if let Some(fp) = fp {
            let kib = |b: u64| b as f64 / 1024.0;
            let verdict = if fp.flash() <= lm3s {
                "fits".to_string()
            } else {
                format!("{:.1} KiB over", kib(fp.flash() - lm3s))
            };
            println!(
                "  {label} VM: {:.1} KiB of flash; LM3S6965 firmware region {:.0} KiB: {verdict}",
                kib(fp.flash()),
                kib(lm3s)
            );
        }
    }
    blink_heap()
}

/// The sections and the flash by crate of one firmware ELF.
struct Footprint {
    vector: u64,
    text: u64,
    rodata: u64,
    data: u64,
    bss: u64,
    /// vm (without vm::num), vm::num (the VM's own big ints), libm,
    /// core/alloc/compiler-builtins, the rest (firmware, cortex-m, the
    /// allocator): sizes of their function and data symbols.
    crates: [u64; 5],
}

impl Footprint {
    fn of(elf: &[u8]) -> Result<Footprint, String> {
        let sections = elf_sections(elf).ok_or("the firmware is not a 32-bit little-endian ELF")?;
        let get = |n: &str| {
            sections
                .iter()
                .filter(|(name, _)| name == n)
                .map(|(_, s)| *s)
                .sum::<u64>()
        };
        let mut crates = [0u64; 5];
        for (name, size, in_flash) in elf_symbols(elf).unwrap_or_default() {
            // `.Lanon…` constants (string literals, tables such as core's
            // case mappings) belong to no crate by name: the last row.
            if !in_flash || name.starts_with(".L") {
                continue;
            }
            // Legacy Rust mangling: `_ZN` then the length-prefixed crate name
            // (`_ZN2vm…`); trait impls start `_ZN<len>_$LT$…` and name the
            // implementing type first, which is good enough for a breakdown.
            // Whatever the linker inlined is counted where it landed.
            let i = if name.starts_with("_ZN2vm3num") || name.contains("$LT$vm..num..") {
                1
            } else if name.starts_with("_ZN2vm") || name.contains("$LT$vm..") {
                0
            } else if name.starts_with("_ZN4libm") {
                2
            } else if name.starts_with("_ZN4core")
                || name.starts_with("_ZN5alloc")
                || name.starts_with("_ZN17compiler_builtins")
                || name.contains("core..")
                || name.contains("alloc..")
                // The standard library's own symbols use v0 mangling.
                || (name.starts_with("_R")
                    && ["_4core", "_5alloc", "_17compiler_builtins"]
                        .iter()
                        .any(|c| name.contains(c)))
                || name.starts_with("__aeabi")
                || name.starts_with("mem")
            {
                3
            } else {
                4
            };
            crates[i] += size;
        }
        Ok(Footprint {
            vector: get(".vector_table"),
            text: get(".text"),
            rodata: get(".rodata"),
            data: get(".data"),
            bss: get(".bss"),
            crates,
        })
    }

    /// What goes to flash: code, constants and the initial values of `.data`.
    fn flash(&self) -> u64 {
        self.vector + self.text + self.rodata + self.data
    }
}

/// Runs examples/blink.py in the simulator (the LM3S6965 board model) for
/// ten virtual seconds with a 4 KiB VM heap and prints the heap's
/// high-water mark: the "blink runs with a 4 KiB heap".
fn blink_heap() -> Result<(), String> {
    // With the minimal VM the LM3S6965 runs.
    let out = Command::new(build_sim(MINIMAL)?)
        .args(["--board", "lm3s6965", "--heap", "4k", "--until", "10s"])
        .args(["--no-trace", "--heap-stats", "examples/blink.py"])
        .current_dir(workspace_root())
        .output()
        .map_err(|e| format!("sim-host could not start: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stats = stderr
        .lines()
        .find(|l| l.starts_with("heap: "))
        .unwrap_or("heap: no report");
    if !out.status.success() {
        return Err(format!(
            "blink does not run with a 4 KiB VM heap:\n{stderr}"
        ));
    }
    println!(
        "blink, 10 s of virtual time with a 4 KiB VM heap (sim-host --heap 4k): runs; {stats}"
    );
    Ok(())
}

/// `(name, size, allocated in flash)` of each function and object symbol of
/// a 32-bit little-endian ELF file.
fn elf_symbols(b: &[u8]) -> Option<Vec<(String, u64, bool)>> {
    let u16_at = |o: usize| Some(u16::from_le_bytes(b.get(o..o + 2)?.try_into().ok()?));
    let u32_at = |o: usize| Some(u32::from_le_bytes(b.get(o..o + 4)?.try_into().ok()?));
    let shoff = u32_at(0x20)? as usize;
    let shentsize = u16_at(0x2E)? as usize;
    let shnum = u16_at(0x30)? as usize;
    let header = |i: usize| shoff + i * shentsize;
    // Flash sections: allocated and not NOBITS (.bss) — code, rodata, .data's image.
    let in_flash = |i: usize| -> bool {
        let h = header(i);
        let (Some(kind), Some(flags)) = (u32_at(h + 4), u32_at(h + 8)) else {
            return false;
        };
        kind != 8 && flags & 2 != 0
    };
    let symtab = (0..shnum).find(|&i| u32_at(header(i) + 4) == Some(2))?;
    let h = header(symtab);
    let (off, size) = (u32_at(h + 0x10)? as usize, u32_at(h + 0x14)? as usize);
    let strtab = header(u32_at(h + 0x18)? as usize);
    let str_off = u32_at(strtab + 0x10)? as usize;
    let mut out = Vec::new();
    for e in (off..off + size).step_by(16) {
        let info = *b.get(e + 12)?;
        if !matches!(info & 0xF, 1 | 2) {
            continue; // not an object or a function
        }
        let name_at = str_off + u32_at(e)? as usize;
        let end = b.get(name_at..)?.iter().position(|&c| c == 0)?;
        let name = String::from_utf8_lossy(&b[name_at..name_at + end]).into_owned();
        let shndx = u16_at(e + 14)? as usize;
        let flash = shndx < shnum && in_flash(shndx);
        out.push((name, u64::from(u32_at(e + 8)?), flash));
    }
    Some(out)
}

/// `(name, size)` of each section of a 32-bit little-endian ELF file.
fn elf_sections(b: &[u8]) -> Option<Vec<(String, u64)>> {
    let u16_at = |o: usize| Some(u16::from_le_bytes(b.get(o..o + 2)?.try_into().ok()?));
    let u32_at = |o: usize| Some(u32::from_le_bytes(b.get(o..o + 4)?.try_into().ok()?));
    if b.get(..6)? != b"\x7fELF\x01\x01" {
        return None;
    }
    let shoff = u32_at(0x20)? as usize;
    let shentsize = u16_at(0x2E)? as usize;
    let shnum = u16_at(0x30)? as usize;
    let shstrndx = u16_at(0x32)? as usize;
    let strtab = u32_at(shoff + shstrndx * shentsize + 0x10)? as usize;
    let mut out = Vec::new();
    for i in 0..shnum {
        let h = shoff + i * shentsize;
        let name_off = strtab + u32_at(h)? as usize;
        let end = b.get(name_off..)?.iter().position(|&c| c == 0)?;
        let name = String::from_utf8_lossy(&b[name_off..name_off + end]).into_owned();
        out.push((name, u64::from(u32_at(h + 0x14)?)));
    }
    Some(out)
}
