//! The subcommands: run, compile, disasm.

use crate::cli::{Cli, Command, RunArgs};
use crate::failure::{Failure, EXIT_EXCEPTION};
use crate::pipeline;
use crate::traceback;
use crate::{input, simtest};
use hardware_models::trace::TraceSource;
use hardware_models::{BoardSpec, ConsoleSink, SimBoard, Stimulus};
use std::io::{self, BufWriter, IsTerminal, LineWriter, Write};
use std::path::{Path, PathBuf};
use vm::Vm;

/// Runs the command the user asked for.
pub fn dispatch(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        None => run(&cli.run),
        Some(Command::Run(args)) => run(&args),
        Some(Command::Compile { file, output }) => compile(&file, output),
        Some(Command::Disasm { file }) => disasm(&file),
        Some(Command::Test { dir, bless }) => simtest::run_dir(&dir, bless),
        Some(Command::Repl(args)) => crate::repl::run(&args),
    }
}

fn run(args: &RunArgs) -> Result<(), Failure> {
    // clap requires FILE for a run; this is only a backstop.
    let Some(path) = &args.file else {
        return Err(Failure::error("no FILE given; try `sim-host --help`"));
    };
    if args.gui {
        return gui(args);
    }
    let loaded = pipeline::load_file(path)?;
    // Buffered for speed: a print-heavy loop would otherwise make one
    // syscall per line. Flushed below before anything goes to stderr. With
    // a live trace on stderr, lines go out as they are printed so the two
    // streams interleave in time order on a terminal.
    let live_trace = args.trace || (!args.no_trace && io::stderr().is_terminal());
    let console = if live_trace || args.realtime {
        ConsoleSink::writer(LineWriter::new(io::stdout()))
    } else {
        ConsoleSink::writer(BufWriter::new(io::stdout()))
    };
    let mut board = make_board(args, console)?;
    if live_trace {
        board.trace_mut().set_live(|e| {
            // Console lines are on stdout already.
            // A closed stderr (`2>&1 | head`) must not abort the run.
            if e.source != TraceSource::Console {
                let _ = writeln!(io::stderr(), "{e}");
            }
        });
    }
    if args.vcd.is_some() {
        board.trace_mut().set_recording(true);
    }
    if args.realtime {
        let start = std::time::Instant::now();
        board.set_pacer(move |virtual_ns| {
            let due = start + std::time::Duration::from_nanos(virtual_ns);
            let now = std::time::Instant::now();
            if due > now {
                std::thread::sleep(due - now);
            }
        });
    }
    // Taken before the program moves into the VM, for a traceback.
    let sources = loaded.sources();
    let mut vm = Vm::new(loaded.program, board, args.config());
    let result = execute(&mut vm, args);
    if args.heap_stats {
        eprintln!(
            "heap: peak {} B of a {} B semispace, {} collections",
            vm.heap_peak(),
            args.heap / 2,
            vm.collections()
        );
    }
    vm.board_mut().finish();
    let flushed = vm.board_mut().console_mut().flush();
    if let Some(vcd) = &args.vcd {
        write_vcd(vm.board_mut(), vcd)?;
    }
    match result {
        Ok(()) => check_stdout(flushed),
        Err(exc) if exc.type_name == "SystemExit" => {
            // `sys.exit(n)`: status n, or 1 with the message for a non-int.
            let _ = check_stdout(flushed);
            match exc.message.as_str() {
                "" | "None" => Ok(()),
                m => match m.parse::<i64>() {
                    Ok(0) => Ok(()),
                    Ok(n) => Err(Failure::reported(n as u8)),
                    Err(_) => {
                        let _ = writeln!(io::stderr(), "{m}");
                        Err(Failure::reported(EXIT_EXCEPTION))
                    }
                },
            }
        }
        Err(exc) => {
            let mut sources = sources;
            let _ = io::stderr().write_all(traceback::render(&exc, &mut sources).as_bytes());
            Err(Failure::reported(EXIT_EXCEPTION))
        }
    }
}

#[cfg(feature = "gui")]
fn gui(args: &RunArgs) -> Result<(), Failure> {
    crate::gui::run(args)
}

#[cfg(not(feature = "gui"))]
fn gui(_args: &RunArgs) -> Result<(), Failure> {
    Err(Failure::error(
        "this sim-host was built without the `gui` feature",
    ))
}

/// Runs a loaded program to the end: the top level, then, as on a board,
/// the timers and pin interrupts it set up until `--until` or until nothing
/// more can happen.
pub fn execute(vm: &mut Vm<SimBoard>, args: &RunArgs) -> Result<(), vm::Uncaught> {
    vm.set_strict(args.strict);
    vm.run().and_then(|()| vm.idle())
}

/// The board `--board`, `--stimulus` and `--until` ask for.
pub fn make_board(args: &RunArgs, console: ConsoleSink) -> Result<SimBoard, Failure> {
    let spec = BoardSpec::load(&args.board).map_err(|e| Failure::error(e.to_string()))?;
    let mut board = SimBoard::with_board(spec, console);
    if let Some(path) = &args.stimulus {
        let stim = Stimulus::load(path, board.spec()).map_err(|e| Failure::error(e.to_string()))?;
        board.set_stimulus(stim);
    }
    board.set_until(args.until);
    Ok(board)
}

fn write_vcd(board: &SimBoard, path: &Path) -> Result<(), Failure> {
    let file = std::fs::File::create(path)
        .map_err(|e| Failure::error(format!("{}: cannot write: {e}", path.display())))?;
    let mut out = BufWriter::new(file);
    board
        .write_vcd(&mut out)
        .and_then(|()| out.flush())
        .map_err(|e| Failure::error(format!("{}: cannot write: {e}", path.display())))
}

/// A reader that went away (`sim-host app.py | head`) is not an error
/// worth shouting about; any other output failure is.
fn check_stdout(flushed: io::Result<()>) -> Result<(), Failure> {
    match flushed {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure {
            code: EXIT_EXCEPTION,
            message: Some(format!("writing to stdout: {e}")),
        }),
        _ => Ok(()),
    }
}

fn compile(path: &Path, output: Option<PathBuf>) -> Result<(), Failure> {
    let filename = path.to_string_lossy().into_owned();
    let bytes = input::read_bytes(path)?;
    if bytes.starts_with(&vm::bytecode::MAGIC) {
        return Err(Failure::error(format!(
            "{filename}: already a bytecode image; compile takes Python source"
        )));
    }
    let source = input::decode_source(path, bytes)?;
    let mut loader = pipeline::FsLoader::new(&filename, &source, PathBuf::new());
    let image = compiler::compile_program(&filename, &mut loader)
        .map_err(|e| pipeline::report_program_error(&e))?;
    // Verify before writing, so `compile` never produces a file that `run`
    // would reject.
    let program = vm::bytecode::Program::verify(image).map_err(|e| {
        Failure::error(format!(
            "{filename}: the compiler produced an invalid image ({e}); this is a Ferrite bug"
        ))
    })?;
    let bytes = vm::bytecode::encode(program.image());
    let out = output.unwrap_or_else(|| path.with_extension("fbc"));
    std::fs::write(&out, &bytes)
        .map_err(|e| Failure::error(format!("{}: cannot write: {e}", out.display())))
}

fn disasm(path: &Path) -> Result<(), Failure> {
    let loaded = pipeline::load_file(path)?;
    let text = vm::bytecode::disassemble(loaded.program.image());
    let mut stdout = io::stdout().lock();
    check_stdout(
        stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush()),
    )
}
