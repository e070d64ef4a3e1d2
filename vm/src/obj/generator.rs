//! Generator objects: payload `[code, state, pc, nsaved, handled, id, slots…]`.
//!
//! A generator owns its suspended frame: while it is not running, its locals
//! and operand stack live in `slots` (room for `nlocals + max_stack` values,
//! allocated once at creation, so suspending never allocates). Resuming copies
//! them back onto the VM stack and pushes an ordinary frame (see
//! `interp/generator.rs`). Every payload word is a value, so the collector
//! traces a suspended frame like any other object.

use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

/// Code object index (small int).
pub(crate) const CODE: usize = 0;
/// One of the `CREATED`.. `DONE` states (small int).
pub(crate) const STATE: usize = 1;
/// Offset to resume at (small int).
pub(crate) const PC: usize = 2;
/// Operand-stack values saved after the locals (small int).
pub(crate) const NSAVED: usize = 3;
/// The exception the generator was handling when it yielded (or `None`).
pub(crate) const HANDLED: usize = 4;
/// Serial number (objects move; `repr` needs something stable).
pub(crate) const ID: usize = 5;
/// First saved slot: locals, then the operand stack.
pub(crate) const SLOTS: usize = 6;

/// Heap header flags of a generator object made by an `async def`.
pub(crate) const COROUTINE_FLAG: u8 = 1;

/// Heap header flags of a generator object made by an `async def` with `yield`.
pub(crate) const ASYNC_GEN_FLAG: u8 = 2;

/// Not started yet: only the arguments are in the slots.
pub(crate) const CREATED: i64 = 0;
/// Stopped at a `yield`.
pub(crate) const SUSPENDED: i64 = 1;
/// Its frame is on the VM's frame stack.
pub(crate) const RUNNING: i64 = 2;
/// Returned or raised: resuming it does nothing.
pub(crate) const DONE: i64 = 3;

impl Interp {
    /// Creates the generator for a call of generator code `code` whose bound
    /// locals are `stack[base..base + nlocals]`.
    #[inline(never)]
    pub(crate) fn new_generator(
        &mut self,
        code: usize,
        base: usize,
        nlocals: usize,
        max_stack: usize,
    ) -> PyResult<Value> {
        let flags = self.prog.image().codes[code].flags;
        let is_async = crate::bytecode::CODE_COROUTINE | crate::bytecode::CODE_ASYNC_GENERATOR;
        if !cfg!(feature = "async") && flags & is_async != 0 {
            return Err(self.left_out("async"));
        }
        // The locals are on the VM stack (rooted) while this allocates.
        let off = self.alloc(Kind::Generator, SLOTS + nlocals + max_stack)?;
        if flags & crate::bytecode::CODE_COROUTINE != 0 {
            // Same machinery, its own type: `coroutine` (see `is_coroutine`).
            self.heap.set_flags(off, COROUTINE_FLAG);
        } else if flags & crate::bytecode::CODE_ASYNC_GENERATOR != 0 {
            self.heap.set_flags(off, ASYNC_GEN_FLAG);
        }
        self.heap.set(off, CODE, Value::small_int(code as i64));
        self.heap.set(off, STATE, Value::small_int(CREATED));
        self.heap.set(off, PC, Value::small_int(0));
        self.heap.set(off, NSAVED, Value::small_int(0));
        self.next_id += 1;
        self.heap
            .set(off, ID, Value::small_int(self.next_id as i64 & 0xFFFF_FFFF));
        for i in 0..nlocals {
            self.heap.set(off, SLOTS + i, self.stack[base + i]);
        }
        Ok(Value::obj(off))
    }

    /// The generator object `v` refers to, if it is one.
    #[inline]
    pub(crate) fn as_generator(&self, v: Value) -> Option<u32> {
        v.as_obj().filter(|o| self.heap.kind(*o) == Kind::Generator)
    }

    /// Whether `v` is a coroutine (the generator object of an `async def`).
    #[inline]
    pub(crate) fn is_coroutine(&self, v: Value) -> bool {
        cfg!(feature = "async")
            && self
                .as_generator(v)
                .is_some_and(|o| self.heap.flags(o) == COROUTINE_FLAG)
    }

    /// Whether `v` is an async generator.
    #[inline]
    pub(crate) fn is_async_gen(&self, v: Value) -> bool {
        cfg!(feature = "async")
            && self
                .as_generator(v)
                .is_some_and(|o| self.heap.flags(o) == ASYNC_GEN_FLAG)
    }

    /// A generator's state (`CREATED`..`DONE`).
    pub(crate) fn gen_state(&self, off: u32) -> i64 {
        self.heap.get(off, STATE).as_small_int().unwrap_or(DONE)
    }

    /// Marks a generator finished and drops its saved frame (so the
    /// collector no longer keeps what the frame referenced alive).
    pub(crate) fn gen_finish(&mut self, off: u32) {
        self.heap.set(off, STATE, Value::small_int(DONE));
        self.heap.set(off, NSAVED, Value::small_int(0));
        self.heap.set(off, HANDLED, Value::NONE);
        let n = self.heap.payload_len(off);
        for i in SLOTS..n {
            self.heap.set(off, i, Value::NONE);
        }
    }
}
