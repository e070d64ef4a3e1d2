//! What every fuzz input goes through, kept apart from libFuzzer so the
//! replay test (`sim-host/tests/fuzz_corpus.rs`) runs the same code on
//! stable Rust.
//!
//! The properties checked are the project's promises: the loader rejects
//! bad images with an error, a verified image runs without panicking
//! (whatever it does ends as output or a Python exception), and whatever
//! the compiler accepts, the verifier accepts. A panic anywhere is a crash
//! libFuzzer reports.

use hardware_models::{ConsoleSink, SimBoard};
use std::cell::Cell;
use std::rc::Rc;
use vm::bytecode::{encode, load, seal, Program};
use vm::{Config, Vm};

/// Virtual time an input may run (50 ns per instruction on the default
/// board, so about 200,000 instructions): `while True: pass` ends here.
pub const RUN_NS: u64 = 10_000_000;

/// The VM heap for an input: small, so allocation bombs reach
/// `MemoryError` quickly.
pub const HEAP_BYTES: usize = 256 << 10;

/// Runs a verified program on a simulated board until it finishes, raises
/// or uses up [`RUN_NS`]; returns how many bytes it printed. The console
/// text itself is dropped: a loop printing long strings would otherwise
/// fill the fuzzer's memory, not the VM's.
pub fn run_program(program: Program) -> usize {
    let printed = Rc::new(Cell::new(0usize));
    let count = Rc::clone(&printed);
    let console = ConsoleSink::callback(move |text| count.set(count.get() + text.len()));
    let mut board = SimBoard::new(console);
    board.set_until(Some(RUN_NS));
    let config = Config {
        heap_bytes: HEAP_BYTES,
        ..Config::default()
    };
    let mut vm = Vm::new(program, board, config);
    // An uncaught Python exception is a fine outcome; only panics count.
    if vm.run().is_ok() {
        // Timers and pin callbacks the script left behind run too.
        let _ = vm.idle();
    }
    printed.get()
}

/// Fuzz target `image`: `body` is an image body (everything after the
/// 16-byte header); the harness puts a correct header and checksum in
/// front so mutations reach the decoder and verifier instead of failing
/// the CRC.
pub fn image_body(body: &[u8]) {
    if let Ok(program) = load(&seal(body)) {
        run_program(program);
    }
}

/// A whole `.fbc` file, header included (the replay test's saved inputs
/// may be either kind).
pub fn image_file(bytes: &[u8]) {
    if let Ok(program) = load(bytes) {
        run_program(program);
    }
}

/// Fuzz target `source`: compiles `data` as a Python module (if it is
/// UTF-8) and runs it. The compiler's output must always verify.
pub fn source(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(image) = compiler::compile(text, "fuzz.py") else {
        return;
    };
    let program = match load(&encode(&image)) {
        Ok(p) => p,
        Err(e) => panic!("the compiler produced an image the verifier rejects: {e}\n{text}"),
    };
    run_program(program);
}
