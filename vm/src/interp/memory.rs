//! Allocation and collection. All allocation goes through here, so this is
//! the only place a collection can start.

use super::{Interp, PyResult, Thrown};
use crate::heap::Kind;
use crate::value::Value;

impl Interp {
    /// Makes sure `words` words can be allocated without collecting.
    /// Values held in Rust locals are invalid after this unless rooted.
    #[inline]
    pub(crate) fn reserve(&mut self, words: usize) -> PyResult<()> {
        if self.heap.free_words() >= words && !cfg!(feature = "gc-stress") {
            return Ok(());
        }
        self.collect();
        if self.heap.free_words() >= words {
            Ok(())
        } else {
            Err(self.out_of_memory())
        }
    }

    /// Like [`Interp::reserve`], keeping `keep` valid across a collection.
    #[inline]
    pub(crate) fn reserve_rooted(&mut self, words: usize, keep: &mut [Value]) -> PyResult<()> {
        if self.heap.free_words() >= words && !cfg!(feature = "gc-stress") {
            return Ok(());
        }
        let n = self.stack.len();
        self.stack.extend_from_slice(keep);
        self.collect();
        keep.copy_from_slice(&self.stack[n..]);
        self.stack.truncate(n);
        if self.heap.free_words() >= words {
            Ok(())
        } else {
            Err(self.out_of_memory())
        }
    }

    /// Allocates one object (collecting first if needed).
    #[inline]
    pub(crate) fn alloc(&mut self, kind: Kind, payload: usize) -> PyResult<u32> {
        self.reserve(payload + 1)?;
        self.alloc_reserved(kind, payload)
    }

    /// Allocates from space already reserved.
    #[inline]
    pub(crate) fn alloc_reserved(&mut self, kind: Kind, payload: usize) -> PyResult<u32> {
        match self.heap.try_alloc(kind, payload) {
            Some(off) => Ok(off),
            None => Err(self.out_of_memory()),
        }
    }

    #[cold]
    /// `MemoryError` unless the value stack can take `extra` more values.
    /// The stack lives outside the VM heap, in the host's (or the MCU's)
    /// allocator, so a program must not grow it past what the heap could
    /// hold either (`max(range(10**6))` collects its items there): on an MCU
    /// that memory is a small fixed arena, and exhausting it is fatal rather
    /// than a Python exception.
    #[inline]
    pub(crate) fn stack_room(&mut self, extra: usize) -> PyResult<()> {
        if self.stack.len().saturating_add(extra) > self.heap.capacity_bytes() / 8 {
            return Err(self.out_of_memory());
        }
        Ok(())
    }

    /// The most bits an int result may have: past what the VM heap could
    /// hold it raises `MemoryError` before it is computed (the digits are
    /// computed outside the heap, where an MCU has little room), and never
    /// past 2²⁴ bits (a few seconds of arithmetic on a host).
    pub(crate) fn max_int_bits(&self) -> u64 {
        const CAP: u64 = 1 << 24;
        CAP.min(self.heap.capacity_bytes() as u64 * 8)
    }

    pub(crate) fn out_of_memory(&mut self) -> Thrown {
        self.exc = self.memory_error;
        if let Some(off) = self.exc.as_obj() {
            // The shared instance must not accumulate tracebacks across raises.
            self.heap
                .set(off, crate::obj::exception::TRACEBACK, Value::NONE);
        }
        Thrown
    }

    /// Runs a full collection over the VM's roots.
    pub(crate) fn collect(&mut self) {
        let Interp {
            heap,
            stack,
            globals,
            mod_objs,
            consts,
            exc,
            handled,
            memory_error,
            sched,
            ..
        } = self;
        let to = heap.gc_begin();
        for v in stack
            .iter_mut()
            .chain(globals.iter_mut())
            .chain(mod_objs.iter_mut())
            .chain(consts.iter_mut())
        {
            heap.gc_visit(v);
        }
        heap.gc_visit(exc);
        heap.gc_visit(handled);
        heap.gc_visit(memory_error);
        for v in sched.roots_mut() {
            heap.gc_visit(v);
        }
        heap.gc_finish(to);
    }
}
