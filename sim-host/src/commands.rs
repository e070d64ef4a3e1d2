//! The subcommands: run, compile, disasm.

use crate::cli::{Cli, Command, RunArgs};
use crate::failure::{Failure, EXIT_ERROR, EXIT_EXCEPTION};
use crate::pipeline;
use crate::traceback::{self, Sources};
use crate::{diagnostics, input};
use hardware_models::{ConsoleSink, SimBoard};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use vm::Vm;

/// Runs the command the user asked for.
pub fn dispatch(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        None => run(&cli.run),
        Some(Command::Run(args)) => run(&args),
        Some(Command::Compile { file, output }) => compile(&file, output),
        Some(Command::Disasm { file }) => disasm(&file),
    }
}

fn run(args: &RunArgs) -> Result<(), Failure> {
    // clap requires FILE for a run; this is only a backstop.
    let Some(path) = &args.file else {
        return Err(Failure::error("no FILE given; try `sim-host --help`"));
    };
    let loaded = pipeline::load_file(path)?;
    // Buffered for speed: a print-heavy loop would otherwise make one
    // syscall per line. Flushed below before anything goes to stderr.
    let console = ConsoleSink::writer(BufWriter::new(io::stdout()));
    let mut vm = Vm::new(loaded.program, SimBoard::new(console), args.config());
    let result = vm.run();
    let flushed = vm.board_mut().console_mut().flush();
    match result {
        Ok(()) => check_stdout(flushed),
        Err(exc) => {
            let mut sources = Sources::new();
            if let Some(text) = loaded.source {
                sources.insert(&loaded.filename, text);
            }
            let _ = io::stderr().write_all(traceback::render(&exc, &mut sources).as_bytes());
            Err(Failure::reported(EXIT_EXCEPTION))
        }
    }
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
    let image = match compiler::compile(&source, &filename) {
        Ok(image) => image,
        Err(e) => {
            diagnostics::report_compile_error(&filename, &source, &e);
            return Err(Failure::reported(EXIT_ERROR));
        }
    };
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
