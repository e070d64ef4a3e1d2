//! The interpreter: [`Vm`] owns the heap, the frames and the board.

use crate::bytecode::Program;
use crate::hal::Board;
use crate::traceback::Uncaught;

/// Limits a host chooses for a VM instance.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Heap size in bytes (objects and their payloads). `sim-host --heap`.
    pub heap_bytes: usize,
    /// Deepest Python call nesting before `RecursionError`.
    pub max_depth: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            heap_bytes: 8 << 20,
            max_depth: 1000,
        }
    }
}

/// A Ferrite virtual machine running one verified program on one board.
pub struct Vm<B: Board> {
    board: B,
    #[allow(dead_code)]
    program: Program,
    #[allow(dead_code)]
    config: Config,
}

impl<B: Board> Vm<B> {
    /// Creates a VM for `program` on `board`.
    pub fn new(program: Program, board: B, config: Config) -> Vm<B> {
        Vm {
            board,
            program,
            config,
        }
    }

    /// Runs the module body to completion. `Err` is an exception nobody caught.
    pub fn run(&mut self) -> Result<(), Uncaught> {
        Err(Uncaught {
            traceback: alloc::vec::Vec::new(),
            type_name: "NotImplementedError".into(),
            message: "the interpreter is being built".into(),
        })
    }

    /// The board, e.g. to read what the simulator recorded.
    pub fn board(&self) -> &B {
        &self.board
    }

    /// The board, mutably.
    pub fn board_mut(&mut self) -> &mut B {
        &mut self.board
    }
}
