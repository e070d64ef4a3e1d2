//! `sim-host`: compile, run and disassemble Ferrite programs on a simulated board.
//!
//! Exit codes: 0 success, 1 an uncaught Python exception, 2 anything that
//! stopped the program from starting (usage, unreadable file, compile error,
//! invalid image) — clap already uses 2 for usage errors, so we match it.
#![forbid(unsafe_code)]

mod cli;
mod commands;
mod diagnostics;
mod failure;
#[cfg(feature = "gui")]
mod gui;
mod input;
mod pipeline;
mod repl;
mod simtest;
mod size;
mod traceback;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::dispatch(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if let Some(message) = &failure.message {
                eprintln!("error: {message}");
            }
            ExitCode::from(failure.code)
        }
    }
}
