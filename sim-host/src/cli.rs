//! The command line, declared with clap's derive API.

use crate::size;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Run MicroPython-style scripts on a simulated Ferrite board.
///
/// FILE is a Python source (`.py`) or a bytecode image (`.fbc`).
///
/// Exit status: 0 ok, 1 uncaught Python exception, 2 usage, file, compile or image error.
#[derive(Debug, Parser)]
#[command(name = "sim-host", version)]
// The bare form `sim-host app.py` and subcommands must both work; without
// this, clap would read `run` as a FILE or reject `app.py` as a subcommand.
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
#[command(arg_required_else_help = true)]
// FILE is optional in `RunArgs` only so subcommands can share the struct;
// a run without one is still a usage error that clap reports.
#[command(mut_arg("file", |a| a.required(true)))]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a .py or .fbc file (the same as `sim-host FILE`).
    #[command(mut_arg("file", |a| a.required(true)))]
    Run(RunArgs),
    /// Compile a .py file to a bytecode image.
    Compile {
        /// Python source to compile.
        file: PathBuf,
        /// Where to write the image [default: FILE with the extension .fbc].
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// An interactive prompt on the simulated board (like MicroPython's REPL).
    ///
    /// Globals, imports and the board's state carry over between inputs;
    /// expression results are echoed; Ctrl-D (end of input) exits. Reads
    /// plain lines, so a session can be piped in.
    Repl(RunArgs),
    /// Print the bytecode of a .py or .fbc file.
    Disasm {
        /// Python source or bytecode image.
        file: PathBuf,
    },
    /// Run every DIR/*.py on the simulated board and compare its console
    /// output and trace with DIR/*.golden.
    ///
    /// A test may have a stimulus file NAME.stim.toml beside it and a first
    /// line `# sim: FLAGS` with run flags (e.g. `# sim: --board lm3s6965
    /// --until 2s`). Runs stop at 10 s of virtual time unless --until says
    /// otherwise.
    Test {
        /// Directory holding the tests.
        dir: PathBuf,
        /// Write the goldens from this run instead of comparing.
        #[arg(long)]
        bless: bool,
    },
}

/// `--heap` by default: 64 MiB (32 MiB live at most with the copying
/// collector), enough for a dict of 100,000 string keys. The arena is
/// zero-initialised lazily by the OS, so unused space costs nothing.
pub const DEFAULT_HEAP: usize = 64 << 20;

/// Options for running a program.
#[derive(Clone, Debug, Args)]
pub struct RunArgs {
    /// Heap size for Python objects: bytes, or with a k/M/G suffix (64k, 2M).
    /// The default is desktop-sized; give a board's RAM to check a script fits it.
    #[arg(long, value_name = "SIZE", value_parser = size::parse_size,
          default_value_t = DEFAULT_HEAP)]
    pub heap: usize,
    /// Deepest call nesting before RecursionError.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..),
          default_value_t = vm::Config::default().max_depth as u32)]
    pub max_depth: u32,
    /// Simulated board: a built-in name (pico, lm3s6965) or a board .toml file.
    #[arg(long, value_name = "NAME|FILE", default_value = "pico")]
    pub board: String,
    /// Stimulus file (.toml): input pins, ADC values, UART bytes, I2C sensors over time.
    #[arg(long, value_name = "FILE")]
    pub stimulus: Option<PathBuf>,
    /// Stop the program when virtual time reaches DURATION (500ms, 5s, 2min).
    #[arg(long, value_name = "DURATION", value_parser = parse_until)]
    pub until: Option<u64>,
    /// Write pin levels and PWM settings over time to FILE as VCD.
    #[arg(long, value_name = "FILE")]
    pub vcd: Option<PathBuf>,
    /// Print board events (pin changes, PWM, UART, I2C, callbacks) to stderr as they happen
    /// [default: on when stderr is a terminal].
    #[arg(long, overrides_with = "no_trace")]
    pub trace: bool,
    /// Do not print board events, even on a terminal.
    #[arg(long, overrides_with = "trace")]
    pub no_trace: bool,
    /// Pace virtual time to the wall clock (sleeps really take as long as they say).
    #[arg(long)]
    pub realtime: bool,
    /// An exception in a callback (Timer, Pin.irq, micropython.schedule) ends the run
    /// with exit code 1 instead of being reported and ignored as on MicroPython.
    #[arg(long)]
    pub strict: bool,
    /// At the end, print the VM heap's high-water mark (bytes allocated
    /// between collections, at most one semispace: half of --heap) and the
    /// number of collections to stderr (`cargo xtask size` uses it).
    #[arg(long)]
    pub heap_stats: bool,
    /// Open the desktop board view: the board, console, waveforms and run controls.
    #[arg(long)]
    pub gui: bool,
    /// With --gui: save a PNG of the window after a second or two of running, then exit
    /// (for tests under Xvfb).
    #[arg(long, value_name = "PNG", hide = true, requires = "gui")]
    pub screenshot: Option<PathBuf>,
    /// Python source (.py) or bytecode image (.fbc).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

fn parse_until(s: &str) -> Result<u64, String> {
    hardware_models::time::parse_duration(s)
}

impl RunArgs {
    /// The VM limits these options ask for.
    pub fn config(&self) -> vm::Config {
        vm::Config {
            heap_bytes: self.heap,
            max_depth: self.max_depth as usize,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn bare_form_and_run_agree() {
        let bare = Cli::try_parse_from(["sim-host", "--heap", "64k", "app.py"]).unwrap();
        assert!(bare.command.is_none());
        assert_eq!(bare.run.heap, 65536);
        assert_eq!(bare.run.file, Some(PathBuf::from("app.py")));

        let sub = Cli::try_parse_from(["sim-host", "run", "--max-depth", "50", "app.py"]).unwrap();
        match sub.command {
            Some(Command::Run(args)) => {
                assert_eq!(args.max_depth, 50);
                assert_eq!(args.file, Some(PathBuf::from("app.py")));
            }
            other => panic!("expected run, got {other:?}"),
        }
    }

    #[test]
    fn compile_takes_an_output() {
        let cli = Cli::try_parse_from(["sim-host", "compile", "a.py", "-o", "b.fbc"]).unwrap();
        match cli.command {
            Some(Command::Compile { file, output }) => {
                assert_eq!(file, PathBuf::from("a.py"));
                assert_eq!(output, Some(PathBuf::from("b.fbc")));
            }
            other => panic!("expected compile, got {other:?}"),
        }
    }

    #[test]
    fn file_is_required_to_run() {
        for args in [&["sim-host", "--heap", "1k"][..], &["sim-host", "run"]] {
            let err = Cli::try_parse_from(args).unwrap_err();
            assert_eq!(err.kind(), clap::error::ErrorKind::MissingRequiredArgument);
        }
    }

    #[test]
    fn board_flags_parse() {
        let cli = Cli::try_parse_from([
            "sim-host",
            "--board",
            "lm3s6965",
            "--stimulus",
            "s.toml",
            "--until",
            "1.5s",
            "--vcd",
            "out.vcd",
            "--trace",
            "--realtime",
            "--strict",
            "app.py",
        ])
        .unwrap();
        let r = cli.run;
        assert_eq!(r.board, "lm3s6965");
        assert_eq!(r.stimulus, Some(PathBuf::from("s.toml")));
        assert_eq!(r.until, Some(1_500_000_000));
        assert_eq!(r.vcd, Some(PathBuf::from("out.vcd")));
        assert!(r.trace && r.realtime && r.strict);

        let d = Cli::try_parse_from(["sim-host", "app.py"]).unwrap().run;
        assert_eq!((d.board.as_str(), d.until, d.trace), ("pico", None, false));
    }

    #[test]
    fn bad_until_is_a_usage_error() {
        let err = Cli::try_parse_from(["sim-host", "--until", "5", "a.py"]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("unit"), "{err}");
    }

    #[test]
    fn test_takes_a_dir_and_bless() {
        let cli = Cli::try_parse_from(["sim-host", "test", "tests/sim", "--bless"]).unwrap();
        match cli.command {
            Some(Command::Test { dir, bless }) => {
                assert_eq!(dir, PathBuf::from("tests/sim"));
                assert!(bless);
            }
            other => panic!("expected test, got {other:?}"),
        }
    }

    #[test]
    fn gui_flags_parse() {
        let r = Cli::try_parse_from(["sim-host", "--gui", "--screenshot", "s.png", "a.py"])
            .unwrap()
            .run;
        assert!(r.gui);
        assert_eq!(r.screenshot, Some(PathBuf::from("s.png")));
        assert!(Cli::try_parse_from(["sim-host", "--screenshot", "s.png", "a.py"]).is_err());
    }

    #[test]
    fn bad_heap_is_a_usage_error() {
        let err = Cli::try_parse_from(["sim-host", "--heap", "lots", "a.py"]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
    }
}
