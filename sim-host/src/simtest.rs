//! `sim-host test DIR [--bless]`: golden tests of scripts on the simulated
//! board.
//!
//! For every `DIR/NAME.py` (in name order): run it with `DIR/NAME.stim.toml`
//! as the stimulus if that exists, and with the flags of a first line
//! `# sim: --board pico --until 2s` if it has one (10 s of virtual time at
//! most unless `--until` says otherwise). The result is the board's trace —
//! console lines, pin changes, bus traffic, callbacks, and a traceback if the
//! script failed — compared with `DIR/NAME.golden`; `--bless` writes it
//! instead.

use crate::cli::{Cli, Command};
use crate::commands::{execute, make_board};
use crate::failure::{Failure, EXIT_EXCEPTION};
use crate::traceback;
use crate::{input, pipeline};
use clap::Parser;
use hardware_models::ConsoleSink;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use vm::Vm;

/// Virtual-time limit of a test without `--until` in its header.
const DEFAULT_UNTIL_NS: u64 = 10_000_000_000;

/// Runs all tests in `dir`; fails (exit 1) if any did not match.
pub fn run_dir(dir: &Path, bless: bool) -> Result<(), Failure> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Failure::error(format!("{}: cannot list: {e}", dir.display())))?;
    let mut scripts: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    scripts.sort();
    if scripts.is_empty() {
        return Err(Failure::error(format!("{}: no *.py tests", dir.display())));
    }
    let color = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let (mut passed, mut failed) = (0, 0);
    let mut out = io::stdout().lock();
    for script in &scripts {
        let name = script.file_name().unwrap_or_default().to_string_lossy();
        let golden = script.with_extension("golden");
        let verdict = match run_one(script) {
            Err(why) => Err(why),
            Ok(actual) if bless => std::fs::write(&golden, &actual)
                .map(|()| "blessed")
                .map_err(|e| format!("cannot write {}: {e}", golden.display())),
            Ok(actual) => match std::fs::read_to_string(&golden) {
                Ok(expected) if expected == actual => Ok("ok"),
                Ok(expected) => Err(diff(&golden, &expected, &actual, color)),
                Err(_) => Err(format!(
                    "no golden file {}; run with --bless to create it",
                    golden.display()
                )),
            },
        };
        let _ = match verdict {
            Ok(word) => {
                passed += 1;
                writeln!(out, "test {name} ... {word}")
            }
            Err(why) => {
                failed += 1;
                writeln!(out, "test {name} ... FAILED\n{why}")
            }
        };
    }
    let _ = writeln!(out, "\n{passed} passed, {failed} failed");
    let _ = out.flush();
    if failed > 0 {
        Err(Failure::reported(EXIT_EXCEPTION))
    } else {
        Ok(())
    }
}

/// Runs one script and returns its trace text.
fn run_one(script: &Path) -> Result<String, String> {
    let bytes = input::read_bytes(script).map_err(message)?;
    let source = input::decode_source(script, bytes).map_err(message)?;
    let mut args = header_args(&source)?;
    if args.stimulus.is_none() {
        let stim = script.with_extension("stim.toml");
        if stim.exists() {
            args.stimulus = Some(stim);
        }
    }
    // Stimulus paths in a header are relative to the test directory.
    if let (Some(s), Some(dir)) = (&args.stimulus, script.parent()) {
        if s.is_relative() && !s.exists() {
            args.stimulus = Some(dir.join(s));
        }
    }
    args.until = Some(args.until.unwrap_or(DEFAULT_UNTIL_NS));
    // Tracebacks name the file without its directory, so goldens do not
    // depend on where the tests are run from.
    let filename = script.file_name().unwrap_or_default().to_string_lossy();
    let root = script.parent().map(|p| p.to_path_buf()).unwrap_or_default();
    let loaded = pipeline::load_source(&filename, source, root).map_err(|f| {
        f.message
            .unwrap_or_else(|| "does not compile (see above)".into())
    })?;
    let mut board = make_board(&args, ConsoleSink::capture()).map_err(message)?;
    board.trace_mut().set_recording(true);
    // Taken before the program moves into the VM, for a traceback.
    let sources = loaded.sources();
    let mut vm = Vm::new(loaded.program, board, args.config());
    let result = execute(&mut vm, &args);
    let board = vm.board_mut();
    if let Err(exc) = result {
        let mut sources = sources;
        // On a device the traceback goes to the console, so it does here.
        use vm::hal::Console;
        board.finish();
        board.write_str(&traceback::render(&exc, &mut sources));
    }
    board.finish();
    Ok(board.trace().text())
}

fn message(f: Failure) -> String {
    f.message.unwrap_or_default()
}

/// The run flags of a `# sim: ...` first line.
fn header_args(source: &str) -> Result<crate::cli::RunArgs, String> {
    let flags = source
        .lines()
        .next()
        .and_then(|l| l.trim().strip_prefix("# sim:"))
        .unwrap_or("");
    let argv = ["sim-host"]
        .into_iter()
        .chain(flags.split_whitespace())
        .chain(["test.py"]);
    match Cli::try_parse_from(argv) {
        Ok(Cli { command: None, run }) => Ok(run),
        Ok(Cli {
            command: Some(Command::Run(run)),
            ..
        }) => Ok(run),
        Ok(_) => Err(format!(
            "bad `# sim:` line {flags:?}: only run flags are allowed"
        )),
        Err(e) => Err(format!(
            "bad `# sim:` line {flags:?}: {}",
            e.to_string().lines().next().unwrap_or_default()
        )),
    }
}

/// A unified diff of golden against actual, coloured on a terminal.
fn diff(golden: &Path, expected: &str, actual: &str, color: bool) -> String {
    let text = similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header(&golden.display().to_string(), "actual")
        .to_string();
    if !color {
        return text;
    }
    text.lines()
        .map(|l| match l.as_bytes().first() {
            Some(b'+') if !l.starts_with("+++") => format!("\x1b[32m{l}\x1b[0m\n"),
            Some(b'-') if !l.starts_with("---") => format!("\x1b[31m{l}\x1b[0m\n"),
            _ => format!("{l}\n"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_flags_are_read() {
        let a = header_args("# sim: --board lm3s6965 --until 2s\nprint(1)\n").unwrap();
        assert_eq!(a.board, "lm3s6965");
        assert_eq!(a.until, Some(2_000_000_000));
        let a = header_args("print(1)\n").unwrap();
        assert_eq!((a.board.as_str(), a.until), ("pico", None));
        let e = header_args("# sim: --until forever\n").unwrap_err();
        assert!(e.contains("--until"), "{e}");
    }

    #[test]
    fn diff_is_unified() {
        let d = diff(Path::new("a.golden"), "x\ny\n", "x\nz\n", false);
        assert!(d.contains("--- a.golden\n+++ actual\n"), "{d}");
        assert!(d.contains("-y\n+z\n"), "{d}");
    }
}
