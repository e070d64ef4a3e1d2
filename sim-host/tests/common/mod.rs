//! Shared helpers for the in-process tests: compile a script the way
//! `sim-host` does (compile → encode → load) and run it on a capturing board.
#![allow(dead_code)]

use hardware_models::SimBoard;
use vm::bytecode;
use vm::{Config, Vm};

/// The `sim-host` binary the process-level tests run: this package's, or
/// the one `FERRITE_SIM_HOST` names (`cargo xtask gc-stress` points it at
/// a build that collects on every allocation).
pub fn sim_host_binary() -> std::path::PathBuf {
    std::env::var_os("FERRITE_SIM_HOST")
        .map_or_else(|| env!("CARGO_BIN_EXE_sim-host").into(), Into::into)
}

/// What a run printed, and the uncaught exception (rendered) if it raised.
pub struct Run {
    pub output: String,
    pub error: Option<String>,
}

/// Compiles `source`, panicking with the compiler's or loader's message.
pub fn load(source: &str) -> bytecode::Program {
    let image = compiler::compile(source, "test.py").unwrap_or_else(|e| {
        panic!(
            "test.py:{}:{}: {}: {}\n{source}",
            e.line,
            e.column,
            e.kind.name(),
            e.message
        )
    });
    bytecode::load(&bytecode::encode(&image))
        .unwrap_or_else(|e| panic!("compiled image rejected: {e}\n{source}"))
}

/// Runs `source` with `config`, capturing the console.
pub fn run_with(source: &str, config: Config) -> Run {
    let mut vm = Vm::new(load(source), SimBoard::capturing(), config);
    let result = vm.run();
    Run {
        output: vm.board().output().to_string(),
        error: result.err().map(|exc| exc.to_string()),
    }
}

/// Runs `source` with `config` and returns its output, panicking (with the
/// output so far) if it raised.
pub fn run_ok(source: &str, config: Config) -> String {
    let run = run_with(source, config);
    if let Some(err) = run.error {
        panic!(
            "program raised:\n{err}\n--- output so far ---\n{}",
            run.output
        );
    }
    run.output
}
