//! Ferrite in the browser: the compiler, the VM and a simulated board
//! compiled to WebAssembly for the playground page (`cargo xtask web`).
//!
//! The page loads this module twice: on the main thread for quick compile
//! checks, board descriptions and the embedded examples, and in a Web
//! Worker that runs scripts ([`run`]), so an endless loop never freezes the
//! tab. A running script talks to the page through a [`Host`] object the
//! worker passes in: console text and trace entries go out as they happen,
//! and the board polls [`Host::poll`] as virtual time passes to learn what
//! the user did (buttons, sliders), to pace the run to the wall clock and to
//! honour Stop.
#![forbid(unsafe_code)]

mod board;
mod json;

use hardware_models::trace::TraceSource;
use hardware_models::{BoardSpec, ConsoleSink, LiveInput, SimBoard};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

pub use board::Stoppable;

/// The built-in boards, in menu order.
pub const BOARDS: &[&str] = &["pico", "lm3s6965"];

/// The repository's `examples/*.py`, embedded at build time: (name, source).
pub const EXAMPLES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// Virtual time between two polls of the page while a script runs.
pub const POLL_INTERVAL_NS: u64 = 5_000_000;

/// Heap for Python objects in the browser.
const HEAP_BYTES: usize = 4 << 20;

#[wasm_bindgen]
extern "C" {
    /// What the worker passes to [`run`]: where output goes and where input
    /// comes from.
    pub type Host;

    /// Console text as the script prints it.
    #[wasm_bindgen(method)]
    fn console(this: &Host, text: &str);

    /// One trace entry: virtual time (ns), source tag (`gpio`, `pwm`, …), text.
    #[wasm_bindgen(method)]
    fn trace(this: &Host, at_ns: f64, source: &str, text: &str);

    /// Called as virtual time passes with the board snapshot (JSON); may
    /// block (pacing, pause). Returns JSON `{"stop": bool, "inputs": [...]}`.
    #[wasm_bindgen(method)]
    fn poll(this: &Host, snapshot: &str) -> String;
}

/// The built-in board names as a JSON array.
#[wasm_bindgen]
pub fn boards() -> String {
    json::string_array(BOARDS.iter().copied())
}

/// A built-in board's description as JSON (pins, LEDs, buttons, ADC, …),
/// for the page's board view; `None` for an unknown name.
#[wasm_bindgen]
pub fn board_json(name: &str) -> Option<String> {
    BoardSpec::builtin(name).map(|s| json::board(&s))
}

/// The embedded examples as a JSON array of `{"name", "source"}`.
#[wasm_bindgen]
pub fn examples_json() -> String {
    json::examples(EXAMPLES)
}

/// Compiles `source` without running it: `""` when it compiles, else JSON
/// `{"kind", "message", "line", "column", "end_column"}` (1-based).
#[wasm_bindgen]
pub fn check(source: &str) -> String {
    match compile(source) {
        Ok(_) => String::new(),
        Err(e) => json::compile_error(&e),
    }
}

/// The file name scripts get in tracebacks.
pub const FILENAME: &str = "main.py";

fn compile(source: &str) -> Result<vm::bytecode::Program, compiler::CompileError> {
    let image = compiler::compile(source, FILENAME)?;
    // Through the encoder and loader, like sim-host: one verifier for all.
    let bytes = vm::bytecode::encode(&image);
    vm::bytecode::load(&bytes).map_err(|e| compiler::CompileError {
        kind: compiler::ErrorKind::NotImplemented,
        message: format!("the compiler produced an image the loader rejects ({e})"),
        line: 1,
        column: 1,
        end_column: None,
    })
}

/// Compiles and runs `source` on the built-in board `board_name` until it
/// ends or the host asks to stop. Returns JSON `{"status": "ok" | "error" |
/// "compile_error", "error": text, "compile": {...}, "now_ns", "vcd"}`.
#[wasm_bindgen]
pub fn run(source: &str, board_name: &str, host: Host) -> String {
    let program = match compile(source) {
        Ok(p) => p,
        Err(e) => return json::run_compile_error(&e),
    };
    let Some(spec) = BoardSpec::builtin(board_name) else {
        return json::run_failed(&format!("unknown board '{board_name}'"), 0, "");
    };
    let host = Rc::new(host);
    let console_host = Rc::clone(&host);
    let console = ConsoleSink::callback(move |text| console_host.console(text));
    let mut board = SimBoard::with_board(spec, console);
    // Something for the sensor sliders: a TMP102 on I2C, an MCP3008 on SPI.
    board.attach_demo_devices();
    let trace_host = Rc::clone(&host);
    board.trace_mut().set_live(move |e| {
        // Console lines already went out through the console.
        if e.source != TraceSource::Console {
            trace_host.trace(e.at_ns as f64, e.source.tag(), &e.text);
        }
    });
    board.trace_mut().set_recording(true);
    let stop = Rc::new(Cell::new(false));
    let poll_stop = Rc::clone(&stop);
    let poll_host = Rc::clone(&host);
    let spec_for_inputs = board.spec().clone();
    board.set_live(
        Box::new(move |snapshot| {
            let reply = poll_host.poll(&json::snapshot(snapshot));
            let (stop, inputs) = json::parse_poll(&reply, &spec_for_inputs);
            if stop {
                poll_stop.set(true);
            }
            inputs
        }),
        POLL_INTERVAL_NS,
    );
    let mut vm = vm::Vm::new(
        program,
        Stoppable::new(board, stop),
        vm::Config {
            heap_bytes: HEAP_BYTES,
            max_depth: 200,
        },
    );
    let result = vm.run().and_then(|()| vm.idle());
    let board = vm.board_mut().inner_mut();
    board.finish();
    let now_ns = board.clock().now_ns();
    let mut vcd = Vec::new();
    let vcd = match board.write_vcd(&mut vcd) {
        Ok(()) => String::from_utf8(vcd).unwrap_or_default(),
        Err(_) => String::new(),
    };
    match result {
        Ok(()) => json::run_ok(now_ns, &vcd),
        Err(exc) => json::run_failed(&traceback(&exc, source), now_ns, &vcd),
    }
}

/// Formats an uncaught exception as CPython does, with source lines.
pub fn traceback(exc: &vm::Uncaught, source: &str) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    if !exc.traceback.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for e in &exc.traceback {
            let _ = writeln!(
                out,
                "  File \"{}\", line {}, in {}",
                e.filename, e.line, e.function
            );
            let line = (e.line as usize)
                .checked_sub(1)
                .and_then(|i| source.lines().nth(i))
                .map(str::trim)
                .filter(|l| !l.is_empty());
            if let (Some(l), true) = (line, e.filename == FILENAME) {
                let _ = writeln!(out, "    {l}");
            }
        }
    }
    if exc.message.is_empty() {
        let _ = writeln!(out, "{}", exc.type_name);
    } else {
        let _ = writeln!(out, "{}: {}", exc.type_name, exc.message);
    }
    out
}

/// Inputs the page can send, re-exported for tests.
pub type Input = LiveInput;

#[cfg(test)]
mod tests;
