//! Shared helpers for Ferrite's benchmarks: compile a program once, then run
//! it on a simulated board as many times as the harness wants.
//!
//! Programs go through the same path as `sim-host app.py`
//! (compile → encode → load), so benchmarks measure what users run.

#![forbid(unsafe_code)]

use hardware_models::{ConsoleSink, SimBoard};
use vm::bytecode::{self, ArgKind, Image, Op, Program};
use vm::{Config, Vm};

/// The benchmark programs in `benches/programs/`, by name.
pub const PROGRAMS: &[(&str, &str)] = &[
    ("int_loop", include_str!("../programs/int_loop.py")),
    ("fib", include_str!("../programs/fib.py")),
    ("list_loop", include_str!("../programs/list_loop.py")),
    ("dict_strings", include_str!("../programs/dict_strings.py")),
];

/// The VM configuration benchmarks run with: `sim-host`'s default heap.
pub fn config() -> Config {
    Config {
        heap_bytes: 64 << 20,
        ..Config::default()
    }
}

/// Compiles `source` into a verified program, panicking with the compiler's
/// or loader's message if that fails (a broken benchmark should be loud).
pub fn compile(source: &str, filename: &str) -> Program {
    let image = compiler::compile(source, filename).unwrap_or_else(|e| {
        panic!(
            "{filename}:{}:{}: {}: {}",
            e.line,
            e.column,
            e.kind.name(),
            e.message
        )
    });
    bytecode::load(&bytecode::encode(&image))
        .unwrap_or_else(|e| panic!("{filename}: image rejected: {e}"))
}

/// Runs `program` on a board whose console discards output; panics if the
/// program raises, so a failing benchmark cannot look fast.
pub fn run_discarding(program: Program) {
    let mut vm = Vm::new(program, SimBoard::new(ConsoleSink::discard()), config());
    if let Err(exc) = vm.run() {
        panic!("benchmark program raised:\n{exc}");
    }
}

/// Compiles and runs `source`, returning what it printed.
pub fn run_program(source: &str) -> String {
    let program = compile(source, "<bench>");
    let mut vm = Vm::new(program, SimBoard::capturing(), config());
    if let Err(exc) = vm.run() {
        panic!("program raised:\n{exc}");
    }
    vm.board().output().to_string()
}

/// A `while` loop of `iterations` steps doing nothing but counting, the
/// smallest unit of interpreter overhead. In a function, `i` is a local
/// (`LoadFast`); at module level it is a global, which costs a lookup.
pub fn counting_loop(iterations: u64, in_function: bool) -> String {
    if in_function {
        format!("def count():\n    i = 0\n    while i < {iterations}:\n        i += 1\n    return i\n\ncount()\n")
    } else {
        format!("i = 0\nwhile i < {iterations}:\n    i += 1\n")
    }
}

/// Instructions executed per iteration of the innermost straight-line loop
/// in `image`: from the target of the first backward `Jump` to that jump,
/// inclusive. Used to turn loop iterations into an instructions/s figure.
pub fn instructions_per_iteration(image: &Image) -> Option<u64> {
    for code in &image.codes {
        let starts = instruction_starts(&code.code);
        for &pc in &starts {
            if code.code[pc] != Op::Jump as u8 {
                continue;
            }
            let target = u16::from_le_bytes([*code.code.get(pc + 1)?, *code.code.get(pc + 2)?]);
            let target = target as usize;
            if target < pc {
                let count = starts.iter().filter(|&&s| s >= target && s <= pc).count();
                return Some(count as u64);
            }
        }
    }
    None
}

/// Offsets of each instruction in `code` (stops at an unknown opcode).
fn instruction_starts(code: &[u8]) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut pc = 0;
    while pc < code.len() {
        let Some(op) = Op::from_byte(code[pc]) else {
            break;
        };
        starts.push(pc);
        pc += 1 + match op.arg_kind() {
            ArgKind::None => 0,
            ArgKind::U8 => 1,
            ArgKind::U16 => 2,
        };
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;
    use vm::bytecode::CodeObject;

    fn image_with(code: Vec<u8>) -> Image {
        Image {
            names: vec!["<module>".into(), "t.py".into()],
            consts: vec![],
            codes: vec![CodeObject {
                name: 0,
                filename: 1,
                first_line: 1,
                argcount: 0,
                kwonlyargcount: 0,
                posonlyargcount: 0,
                flags: 0,
                local_names: vec![0],
                max_stack: 2,
                code,
                lines: vec![],
                handlers: vec![],
            }],
            modules: vec![],
        }
    }

    #[test]
    fn counts_the_loop_between_back_edge_and_target() {
        let (load, store, small) = (
            Op::LoadFast as u8,
            Op::StoreFast as u8,
            Op::LoadSmallInt as u8,
        );
        let code = vec![
            small,
            0,
            0, // 0: i = 0
            store,
            0, // 3
            load,
            0, // 5: loop head
            small,
            10,
            0, // 7
            Op::CompareOp as u8,
            0, // 10
            Op::PopJumpIfFalse as u8,
            26,
            0, // 12
            load,
            0, // 15
            small,
            1,
            0,                   // 17
            Op::BinaryAdd as u8, // 20
            store,
            0, // 21
            Op::Jump as u8,
            5,
            0,                  // 23: back edge
            Op::LoadNone as u8, // 26
            Op::ReturnValue as u8,
        ];
        assert_eq!(instructions_per_iteration(&image_with(code)), Some(9));
    }

    #[test]
    fn no_loop_no_count() {
        let code = vec![Op::LoadNone as u8, Op::ReturnValue as u8];
        assert_eq!(instructions_per_iteration(&image_with(code)), None);
    }

    #[test]
    fn programs_match_cpython_output_shape() {
        // The programs are plain Python; each prints exactly one line.
        for (name, src) in PROGRAMS {
            assert_eq!(src.matches("print(").count(), 1, "{name}");
        }
    }
}
