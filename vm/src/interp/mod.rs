//! The interpreter: [`Vm`] owns the board and an [`Interp`], which holds the
//! heap, the value stack and the frames.
//!
//! Python calls never recurse on the Rust stack: a call pushes a [`Frame`]
//! and the dispatch loop carries on in the callee (see `dispatch.rs`). Only a
//! native function calling back into Python (e.g. `sorted(key=f)`) nests a
//! dispatch loop, and that nesting counts towards the recursion limit.

mod attr;
mod call;
mod class;
mod compare;
mod coro;
mod descriptor;
mod dispatch;
mod error;
mod frame;
mod generator;
mod import;
mod memory;
mod ops;
mod percent;
mod repl;
pub(crate) mod sched;
mod slow;
mod special;
mod subscr;
mod unpack;
mod unwind;

pub(crate) use attr::escape_non_ascii;
pub(crate) use call::{Args, Called};
pub(crate) use coro::asend;
pub(crate) use error::{PyResult, Thrown};
pub(crate) use frame::{Frame, GEN_FORITER, GEN_NONE, GEN_YIELDFROM};
pub(crate) use generator::Resumed;
pub use repl::ExtendError;

use crate::bytecode::{Const, Program};
use crate::hal::Board;
use crate::heap::Heap;
use crate::traceback::Uncaught;
use crate::types::TypeId;
use crate::value::Value;
use alloc::rc::Rc;
use alloc::vec;
use alloc::vec::Vec;

/// Limits a host chooses for a VM instance.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Heap size in bytes; the copying collector uses half at a time. `sim-host --heap`.
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
    interp: Interp,
}

impl<B: Board> Vm<B> {
    /// Creates a VM for `program` on `board`.
    pub fn new(program: Program, board: B, config: Config) -> Vm<B> {
        Vm {
            board,
            interp: Interp::new(program, config),
        }
    }

    /// Runs the module body to completion. `Err` is an exception nobody caught.
    pub fn run(&mut self) -> Result<(), Uncaught> {
        self.interp.run_module(&mut self.board)
    }

    /// After [`Vm::run`]: keeps servicing timers and pin interrupts the
    /// script set up, as a board does after `main.py` returns, until the
    /// board asks to stop or nothing more can happen.
    pub fn idle(&mut self) -> Result<(), Uncaught> {
        let r = self.interp.idle(&mut self.board);
        self.interp.finish(r)
    }

    /// Whether an exception in a callback ends the run (`sim-host --strict`)
    /// instead of being reported and ignored, as MicroPython does.
    pub fn set_strict(&mut self, strict: bool) {
        self.interp.sched.strict = strict;
    }

    /// The board, e.g. to read what the simulator recorded.
    pub fn board(&self) -> &B {
        &self.board
    }

    /// The board, mutably.
    pub fn board_mut(&mut self) -> &mut B {
        &mut self.board
    }

    /// Makes `program` the running program: it must extend the current one
    /// (the same names, constants, code objects and modules first, as
    /// `compiler::compile_interactive` produces). Globals, loaded modules
    /// and the heap are kept. Then [`Vm::run_unit`] runs its new code.
    pub fn extend(&mut self, program: Program) -> Result<(), ExtendError> {
        self.interp.extend_program(program)
    }

    /// Runs code object `entry` of the program, a module-level unit compiled
    /// for `__main__` (an input at the prompt), in `__main__`'s globals.
    /// `Err` is an exception nobody caught; the VM stays usable after it.
    pub fn run_unit(&mut self, entry: u16) -> Result<(), Uncaught> {
        let r = self.interp.run_unit(&mut self.board, entry);
        self.interp.finish(r)
    }

    /// Bytes allocated on the VM heap (what `gc.mem_alloc()` reports).
    pub fn mem_alloc(&self) -> usize {
        self.interp.heap.used_bytes()
    }

    /// Bytes free on the VM heap (what `gc.mem_free()` reports).
    pub fn mem_free(&self) -> usize {
        self.interp.heap.free_bytes()
    }

    /// High-water mark of the VM heap's active semispace, in bytes (see
    /// [`crate::heap::Heap::peak_bytes`]); `cargo xtask size` reports it.
    pub fn heap_peak(&self) -> usize {
        self.interp.heap.peak_bytes()
    }

    /// Collections so far.
    pub fn collections(&self) -> u32 {
        self.interp.heap.collections
    }
}

/// The board-independent interpreter state.
pub struct Interp {
    pub(crate) prog: Rc<Program>,
    pub(crate) config: Config,
    pub(crate) heap: Heap,
    /// Locals and operand stacks of all frames, one after another (a GC root).
    pub(crate) stack: Vec<Value>,
    pub(crate) frames: Vec<Frame>,
    /// Module globals: one block of name-table-many slots per loaded
    /// module, `__main__`'s first (a GC root; see `import.rs`).
    pub(crate) globals: Vec<Value>,
    /// The module owning each code object (index into `mods`; 0 is `__main__`).
    pub(crate) code_module: Vec<u16>,
    /// Runtime state of each module: `__main__`, then the image's module table.
    pub(crate) mods: Vec<import::ModSlot>,
    /// Module objects of the user modules, by `mods` index (a GC root).
    pub(crate) mod_objs: Vec<Value>,
    /// Built-in bound to each name-table index, or `UNBOUND`.
    pub(crate) builtins: Vec<Value>,
    /// Built-in methods per name-table index: `(receiver type, builtin)`.
    pub(crate) methods: Vec<Vec<(TypeId, Value)>>,
    /// Materialised constant pool (a GC root).
    pub(crate) consts: Vec<Value>,
    /// The exception being raised, while `Err(Thrown)` travels (a GC root).
    pub(crate) exc: Value,
    /// The exception being handled (`except` body), for bare `raise` and context.
    pub(crate) handled: Value,
    /// Preallocated so running out of memory can always be reported.
    pub(crate) memory_error: Value,
    /// Nested native→Python dispatch loops, counted into the recursion limit.
    pub(crate) native_depth: usize,
    /// Set by a re-raise so the unwinder does not record the frame twice.
    pub(crate) reraising: bool,
    /// Serial numbers for objects that need a stable identity hash.
    pub(crate) next_id: u64,
    /// The built-in being called (so a left-out one can name itself).
    pub(crate) builtin: u16,
    /// Pending callbacks, timers and pin interrupts.
    pub(crate) sched: sched::Sched,
    /// Current depth of native recursion in comparisons and hashing.
    pub(crate) nest: core::cell::Cell<u32>,
    /// Set when that recursion hit its limit (reported as `RecursionError`).
    pub(crate) nest_overflow: core::cell::Cell<bool>,
    /// State of the `random` module's generator (fixed default seed, so
    /// simulator runs are reproducible).
    pub(crate) rng: u64,
    /// What `gc.isenabled()` answers (`gc.disable()` only flips it: the
    /// collector runs when the heap is full either way).
    pub(crate) gc_enabled: bool,
    /// What `micropython.opt_level()` answers (it changes nothing here).
    pub(crate) opt_level: u8,
}

/// The owning module of every code object (0: `__main__`, `k`: module-table entry `k - 1`).
fn module_map(image: &crate::bytecode::Image) -> Vec<u16> {
    let mut map = vec![0u16; image.codes.len()];
    for (k, m) in image.modules.iter().enumerate() {
        let first = m.first as usize;
        for slot in &mut map[first..first + m.count as usize] {
            *slot = (k + 1) as u16;
        }
    }
    map
}

/// Initial module states: `__main__` loaded with globals at 0, the rest unloaded.
fn module_slots(image: &crate::bytecode::Image) -> Vec<import::ModSlot> {
    let mut mods = vec![
        import::ModSlot {
            gbase: usize::MAX,
            state: import::UNLOADED,
        };
        image.modules.len() + 1
    ];
    mods[0] = import::ModSlot {
        gbase: 0,
        state: import::LOADED,
    };
    mods
}

impl Interp {
    fn new(program: Program, config: Config) -> Interp {
        let nnames = program.image().names.len();
        let mut it = Interp {
            heap: Heap::new(config.heap_bytes),
            config,
            stack: Vec::with_capacity(256),
            frames: Vec::with_capacity(16),
            globals: vec![Value::UNBOUND; nnames],
            code_module: module_map(program.image()),
            mods: module_slots(program.image()),
            mod_objs: vec![Value::NONE; program.image().modules.len() + 1],
            builtins: vec![Value::UNBOUND; nnames],
            methods: vec![Vec::new(); nnames],
            consts: Vec::new(),
            exc: Value::NONE,
            handled: Value::NONE,
            memory_error: Value::NONE,
            native_depth: 0,
            reraising: false,
            next_id: 0,
            builtin: 0,
            sched: sched::Sched::default(),
            nest: core::cell::Cell::new(0),
            nest_overflow: core::cell::Cell::new(false),
            rng: crate::builtins::RNG_DEFAULT_SEED,
            gc_enabled: true,
            opt_level: 0,
            prog: Rc::new(program),
        };
        let prog = it.prog.clone();
        for (i, name) in prog.image().names.iter().enumerate() {
            it.builtins[i] = crate::builtins::global(name);
            it.methods[i] = crate::builtins::methods_named(name);
        }
        it
    }

    /// Materialises constants and runs the module body.
    fn run_module(&mut self, io: &mut dyn Board) -> Result<(), Uncaught> {
        let setup = self.setup();
        let result = setup.and_then(|_| {
            let prog = self.prog.clone();
            let code = &prog.image().codes[0];
            let nlocals = code.nlocals();
            let base = self.stack.len();
            self.stack.resize(base + nlocals, Value::UNBOUND);
            self.push_frame(Frame::new(0, base, base, true))?;
            self.execute(io).map(|_| ())
        });
        self.finish(result)
    }

    /// Maps a run's outcome for the host: a requested stop is a normal end.
    fn finish<T>(&mut self, r: PyResult<T>) -> Result<(), Uncaught> {
        match r {
            Ok(_) => Ok(()),
            Err(Thrown) if self.sched.stopping => Ok(()),
            Err(Thrown) => Err(self.uncaught()),
        }
    }

    pub(crate) fn setup(&mut self) -> PyResult<()> {
        self.memory_error = self.new_exception_raw(TypeId::MemoryError, Value::NONE)?;
        let name = self.prog.image().names.iter().position(|n| n == "__name__");
        if let Some(i) = name {
            self.globals[i] = self.new_str("__main__")?;
        }
        self.materialize_consts()
    }

    /// Turns the image's constants from `self.consts.len()` on into values
    /// (all of them at start-up; the new ones when the prompt extends the program).
    pub(crate) fn materialize_consts(&mut self) -> PyResult<()> {
        let prog = self.prog.clone();
        let from = self.consts.len();
        self.consts.reserve(prog.image().consts.len() - from);
        for c in &prog.image().consts[from..] {
            let v = match c {
                Const::None => Value::NONE,
                Const::True => Value::TRUE,
                Const::False => Value::FALSE,
                Const::Ellipsis => Value::ELLIPSIS,
                Const::Int(i) => self.new_int_i64(*i)?,
                Const::BigInt {
                    negative,
                    magnitude,
                } => {
                    self.new_bigint(crate::num::BigInt::from_limbs(*negative, magnitude.clone()))?
                }
                Const::Float(_) if !cfg!(feature = "float") => {
                    // Raised before the program runs, so no traceback
                    // points at the literal: the message does.
                    let at = const_use_site(prog.image(), self.consts.len()).unwrap_or_default();
                    return Err(self.left_out_at("float", &at));
                }
                Const::Float(f) => Value::float(*f),
                Const::Str(s) => self.new_str(s)?,
                Const::Bytes(b) => self.new_bytes(b)?,
                Const::Tuple(items) => {
                    let n = items.len();
                    let t = self.new_tuple(n)?;
                    let off = t.as_obj().unwrap_or(0);
                    for (k, i) in items.iter().enumerate() {
                        let item = self.consts[*i as usize];
                        self.heap.set(off, 1 + k, item);
                    }
                    t
                }
                Const::Code(_) => Value::NONE,
            };
            self.consts.push(v);
        }
        Ok(())
    }
}

/// Reborrows an optional board for one call (`Option::as_deref_mut` cannot
/// shorten the trait object's lifetime behind `&mut`).
pub(crate) fn reborrow<'a>(io: &'a mut Option<&mut dyn Board>) -> Option<&'a mut dyn Board> {
    match io {
        Some(b) => Some(&mut **b),
        None => None,
    }
}

/// `: a float literal at FILE, line N` for the first instruction that loads
/// constant `index` (directly, or inside a constant tuple), if any does.
fn const_use_site(image: &crate::bytecode::Image, index: usize) -> Option<alloc::string::String> {
    use crate::bytecode::{instructions, Const, Operand};
    let mut wanted = index;
    // A literal inside a constant tuple (`(1, 2.5)`) is loaded as the tuple.
    for _ in 0..8 {
        for code in &image.codes {
            for ins in instructions(&code.code) {
                if ins.op.operand() == Operand::Const && ins.arg as usize == wanted {
                    let file = image.names.get(code.filename as usize)?;
                    return Some(alloc::format!(
                        ": a float literal at {file}, line {}",
                        code.line_for(ins.pc)
                    ));
                }
            }
        }
        wanted = image.consts.iter().position(
            |c| matches!(c, Const::Tuple(items) if items.iter().any(|&i| i as usize == wanted)),
        )?;
    }
    None
}
