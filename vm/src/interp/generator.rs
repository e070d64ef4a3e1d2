//! Running generators: resume (`next`/`send`), suspend (`yield`), `throw`,
//! `close` and the delegation of `yield from`.
//!
//! A generator resumed by `ForIter` or by the `YieldFrom` of another
//! generator runs in the same dispatch loop as its resumer (so recursive
//! generators nest as deeply as calls do); one resumed by native code
//! (`next()`, `list()`, `send`…) runs in a nested loop, as a native caller's
//! callee does (`call_value`). The frame's `gen` field records which, so a
//! `yield` or `return` knows where its value goes. The stack layout while it
//! runs is `[… generator, resumer's handled exception, locals…, operands…]`:
//! both extra slots are rooted there, a `yield` finds its generator at
//! `base - 2`, and leaving the frame (`ret_sp = base - 2`) drops them.

use super::call::MAX_NATIVE_DEPTH;
use super::frame::GEN_NATIVE;
use super::{Frame, Interp, PyResult, Thrown, GEN_FORITER, GEN_NONE, GEN_YIELDFROM};
use crate::bytecode::Op;
use crate::hal::Board;
use crate::obj::generator::{
    CODE, CREATED, DONE, HANDLED, NSAVED, PC, RUNNING, SLOTS, STATE, SUSPENDED,
};
use crate::types::TypeId;
use crate::value::Value;

/// How a resumed generator (or other iterator under `yield from`) stopped.
pub(crate) enum Resumed {
    /// It yielded this value and can be resumed again.
    Yielded(Value),
    /// It returned this value (`StopIteration.value`); it is finished.
    Returned(Value),
}

/// What a resumed generator receives at its `yield`.
#[derive(Clone, Copy)]
pub(crate) enum ResumeWith {
    /// The `yield` expression evaluates to this value.
    Send(Value),
    /// The `yield from` it is suspended in finishes with this value.
    SubReturned(Value),
    /// The exception in `Interp::exc` is raised at the `yield`.
    Pending,
}

impl Interp {
    /// `next(g)` / `g.send(v)`: runs generator `g` until it yields or returns.
    pub(crate) fn gen_send(
        &mut self,
        io: &mut dyn Board,
        g: Value,
        sent: Value,
    ) -> PyResult<Resumed> {
        self.gen_resume(io, g, ResumeWith::Send(sent))
    }

    /// `g.throw(exc)`: raises `exc` at the `yield` where `g` is suspended
    /// (passing it on to the iterator a `yield from` is delegating to).
    pub(crate) fn gen_throw(
        &mut self,
        io: &mut dyn Board,
        g: Value,
        exc: Value,
    ) -> PyResult<Resumed> {
        let Some(off) = self.as_generator(g) else {
            return Err(self.raise(TypeId::TypeError, "throw() needs a generator"));
        };
        match self.gen_state(off) {
            RUNNING => return Err(self.raise(TypeId::ValueError, "generator already executing")),
            CREATED | DONE => {
                // Nothing can catch it: the body has not started, or has ended.
                self.gen_finish(off);
                return Err(self.raise_object(exc, None));
            }
            _ => {}
        }
        if let Some(sub) = self.delegating_to(off) {
            if self.as_generator(sub).is_some()
                || self.native_field(sub, TypeId::AsyncGenASend, 0).is_some()
            {
                return self.throw_into_delegate(io, g, sub, exc);
            }
        }
        // Instantiating an exception class allocates: keep `g` rooted.
        self.stack.push(g);
        let _ = self.raise_object(exc, None);
        let g = self.stack.pop().unwrap_or(Value::NONE);
        self.gen_resume(io, g, ResumeWith::Pending)
    }

    /// `g.close()`: raises `GeneratorExit` inside a suspended generator so
    /// its `finally` blocks run.
    pub(crate) fn gen_close(&mut self, io: &mut dyn Board, g: Value) -> PyResult<()> {
        let Some(off) = self.as_generator(g) else {
            return Ok(());
        };
        match self.gen_state(off) {
            RUNNING => return Err(self.raise(TypeId::ValueError, "generator already executing")),
            SUSPENDED => {}
            _ => {
                self.gen_finish(off);
                return Ok(());
            }
        }
        let base = self.stack.len();
        self.stack.push(g);
        let exit = self.new_exception(TypeId::GeneratorExit, Value::NONE);
        let g = self.stack[base];
        self.stack.truncate(base);
        match self.gen_throw(io, g, exit?) {
            Ok(Resumed::Yielded(_)) => {
                Err(self.raise(TypeId::RuntimeError, "generator ignored GeneratorExit"))
            }
            Ok(Resumed::Returned(_)) => Ok(()),
            Err(Thrown) => {
                if self.exc_type(self.exc) == Some(TypeId::GeneratorExit) {
                    Ok(())
                } else {
                    Err(Thrown)
                }
            }
        }
    }

    /// Resumes `iter` for `yield from` with `sent`: generators are resumed,
    /// other iterators advanced (they cannot receive a value).
    pub(crate) fn yield_from_step(
        &mut self,
        io: &mut dyn Board,
        iter: Value,
        sent: Value,
    ) -> PyResult<Resumed> {
        if self.as_generator(iter).is_some() {
            return self.gen_send(io, iter, sent);
        }
        if cfg!(feature = "async") && self.native_field(iter, TypeId::AsyncGenASend, 0).is_some() {
            return self.asend_step(io, iter, sent, None);
        }
        if !sent.is_none() {
            let name = self.type_name(iter);
            return Err(self.raise_string(
                TypeId::AttributeError,
                alloc::format!("'{name}' object has no attribute 'send'"),
            ));
        }
        Ok(match self.iter_next(io, iter)? {
            Some(v) => Resumed::Yielded(v),
            None => Resumed::Returned(Value::NONE),
        })
    }

    /// `YieldValue`/`YieldFrom`: saves the running generator frame (the
    /// innermost) into its generator, resuming later at `resume_pc`, and pops it.
    pub(crate) fn gen_suspend(&mut self, resume_pc: usize) -> PyResult<()> {
        let Some(frame) = self.frames.last().copied() else {
            return Err(self.raise(TypeId::SystemError, "yield outside a generator frame"));
        };
        let g = frame
            .base
            .checked_sub(2)
            .and_then(|i| self.stack.get(i).copied())
            .unwrap_or(Value::NONE);
        let off = match self.as_generator(g) {
            Some(off) if frame.gen != GEN_NONE && self.gen_state(off) == RUNNING => off,
            _ => {
                return Err(self.raise(TypeId::SystemError, "yield outside a generator frame"));
            }
        };
        let nlocals = self.prog.image().codes[frame.code as usize].nlocals();
        let n = self.stack.len() - frame.base;
        if SLOTS + n > self.heap.payload_len(off) || n < nlocals {
            return Err(self.raise(TypeId::SystemError, "generator frame overflow"));
        }
        for i in 0..n {
            self.heap.set(off, SLOTS + i, self.stack[frame.base + i]);
        }
        let caller_handled = self.stack[frame.base - 1];
        let own = if self.handled == caller_handled {
            Value::NONE
        } else {
            self.handled
        };
        self.heap.set(off, HANDLED, own);
        self.heap
            .set(off, NSAVED, Value::small_int((n - nlocals) as i64));
        self.heap.set(off, PC, Value::small_int(resume_pc as i64));
        self.heap.set(off, STATE, Value::small_int(SUSPENDED));
        self.handled = caller_handled;
        self.frames.pop();
        self.stack.truncate(frame.ret_sp);
        Ok(())
    }

    /// After the generator frame of kind `kind` yielded `v` and was saved:
    /// `Some(v)` when the dispatch loop must hand `v` to its native caller,
    /// `None` when it goes on with the frame now on top. A `yield from`
    /// resumer yields the same value in turn (parked on its `YieldFrom`).
    pub(crate) fn deliver_yield(&mut self, mut kind: u8, v: Value) -> PyResult<Option<Value>> {
        loop {
            match kind {
                GEN_FORITER => {
                    self.stack.push(v);
                    return Ok(None);
                }
                GEN_YIELDFROM => {
                    let Some(caller) = self.frames.last().copied() else {
                        return Ok(Some(v));
                    };
                    kind = caller.gen;
                    self.gen_suspend(caller.pc.saturating_sub(1))?;
                }
                _ => return Ok(Some(v)),
            }
        }
    }

    /// `ReturnValue` in generator frame `f` (already popped): finishes the
    /// generator and delivers `v` as its resumer expects. `Some(v)` when the
    /// dispatch loop must hand it to its native caller.
    pub(crate) fn gen_return(&mut self, f: Frame, v: Value) -> Option<Value> {
        self.gen_frame_left(f);
        match f.gen {
            GEN_FORITER => {
                // The loop is over: drop the iterator, take ForIter's jump.
                self.stack.pop();
                let prog = self.prog.clone();
                if let Some(caller) = self.frames.last_mut() {
                    let code = &prog.image().codes[caller.code as usize].code;
                    let at = caller.pc.saturating_sub(2);
                    if let (Some(&lo), Some(&hi)) = (code.get(at), code.get(at + 1)) {
                        caller.pc = u16::from_le_bytes([lo, hi]) as usize;
                    }
                }
                None
            }
            GEN_YIELDFROM => {
                if let Some(top) = self.stack.last_mut() {
                    *top = v;
                }
                None
            }
            _ => Some(v),
        }
    }

    /// A generator frame is being left for good (return or exception):
    /// marks the generator finished, restores the resumer's handled
    /// exception and drops the frame's stack.
    pub(crate) fn gen_frame_left(&mut self, f: Frame) {
        if let Some(g) = f
            .base
            .checked_sub(2)
            .and_then(|i| self.stack.get(i).copied())
        {
            if let Some(off) = self.as_generator(g) {
                self.gen_finish(off);
            }
            self.handled = self.stack[f.base - 1];
        }
        self.stack.truncate(f.ret_sp);
    }

    /// The unwinder leaves generator frame `f` with `self.exc` (PEP 479: a
    /// `StopIteration` escaping a generator body would silently end the
    /// resumer's loop, so it becomes a `RuntimeError`).
    pub(crate) fn gen_unwound(&mut self, f: Frame) {
        self.gen_frame_left(f);
        if self.exc_type(self.exc) == Some(TypeId::StopIteration) && !self.sched.stopping {
            let cause = self.exc;
            self.stack.push(cause);
            let _ = self.raise(TypeId::RuntimeError, "generator raised StopIteration");
            let cause = self.stack.pop().unwrap_or(Value::NONE);
            if let Some(e) = self.exc.as_obj().filter(|_| self.exc != cause) {
                self.heap.set(e, crate::obj::exception::CAUSE, cause);
                self.heap.set(e, crate::obj::exception::CONTEXT, cause);
            }
        }
    }

    /// The iterator a generator suspended in `yield from` is delegating to.
    fn delegating_to(&self, off: u32) -> Option<Value> {
        if self.gen_state(off) != SUSPENDED {
            return None;
        }
        let code = self.small(self.heap.get(off, CODE));
        let pc = self.small(self.heap.get(off, PC));
        let c = &self.prog.image().codes[code];
        if c.code.get(pc).copied() != Some(Op::YieldFrom as u8) {
            return None;
        }
        let top = c.nlocals() + self.small(self.heap.get(off, NSAVED));
        (top > 0).then(|| self.heap.get(off, SLOTS + top - 1))
    }

    /// `throw` into a generator suspended in `yield from sub`: CPython closes
    /// `sub` for `GeneratorExit` and otherwise throws into it; what `sub`
    /// then does decides how the outer generator goes on.
    fn throw_into_delegate(
        &mut self,
        io: &mut dyn Board,
        g: Value,
        sub: Value,
        exc: Value,
    ) -> PyResult<Resumed> {
        let base = self.stack.len();
        self.stack.push(g);
        self.stack.push(exc);
        let goff = g.as_obj().unwrap_or(0);
        // The outer generator is busy while its delegate runs.
        self.heap.set(goff, STATE, Value::small_int(RUNNING));
        let is_exit = self.exc_type(exc) == Some(TypeId::GeneratorExit)
            || exc.as_type() == Some(TypeId::GeneratorExit as u16);
        let async_gen = cfg!(feature = "async");
        let r = if async_gen && self.native_field(sub, TypeId::AsyncGenASend, 0).is_some() {
            // Awaiting an async generator's step: throw into the generator.
            self.asend_step(io, sub, Value::NONE, Some(exc))
        } else if is_exit {
            match self.gen_close(io, sub) {
                Ok(()) => {
                    let exc = self.stack[base + 1];
                    Err(self.raise_object(exc, None))
                }
                Err(t) => Err(t),
            }
        } else {
            self.gen_throw(io, sub, exc)
        };
        let g = self.stack[base];
        self.stack.truncate(base);
        let goff = g.as_obj().unwrap_or(0);
        self.heap.set(goff, STATE, Value::small_int(SUSPENDED));
        match r {
            Ok(Resumed::Yielded(v)) => Ok(Resumed::Yielded(v)),
            Ok(Resumed::Returned(v)) => self.gen_resume(io, g, ResumeWith::SubReturned(v)),
            Err(Thrown) => self.gen_resume(io, g, ResumeWith::Pending),
        }
    }

    /// Runs generator `g` in a nested dispatch loop until it yields,
    /// returns or raises.
    fn gen_resume(&mut self, io: &mut dyn Board, g: Value, with: ResumeWith) -> PyResult<Resumed> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.raise(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        let pos = self.stack.len();
        // Rooted for after the run (the frame's own copy goes with it).
        self.stack.push(g);
        match self.gen_enter(g, with, GEN_NATIVE) {
            Ok(None) => {}
            Ok(Some(r)) => {
                self.stack.truncate(pos);
                return Ok(r);
            }
            Err(t) => {
                self.stack.truncate(pos);
                return Err(t);
            }
        }
        self.native_depth += 1;
        let r = match with {
            ResumeWith::Pending => {
                if self.unwind() {
                    self.execute(io)
                } else {
                    Err(Thrown)
                }
            }
            _ => self.execute(io),
        };
        self.native_depth -= 1;
        let g = self.stack[pos];
        self.stack.truncate(pos);
        let off = g.as_obj().unwrap_or(0);
        match r {
            Ok(v) if self.gen_state(off) == SUSPENDED => Ok(Resumed::Yielded(v)),
            Ok(v) => Ok(Resumed::Returned(v)),
            Err(t) => Err(t),
        }
    }

    /// Pushes generator `g`'s saved frame (resumed by `kind`) so the
    /// dispatch loop runs it next: `Ok(None)`. `Ok(Some(..))` when there is
    /// nothing to run (it has finished). With `Pending`, the caller then
    /// unwinds the pending exception into the frame.
    pub(crate) fn gen_enter(
        &mut self,
        g: Value,
        with: ResumeWith,
        kind: u8,
    ) -> PyResult<Option<Resumed>> {
        let Some(off) = self.as_generator(g) else {
            return Err(self.raise(TypeId::TypeError, "not a generator"));
        };
        let state = self.gen_state(off);
        match (state, with) {
            (RUNNING, _) => {
                return Err(self.raise(TypeId::ValueError, "generator already executing"))
            }
            (DONE, ResumeWith::Pending) => return Err(Thrown),
            (DONE, _) => return Ok(Some(Resumed::Returned(Value::NONE))),
            (CREATED, ResumeWith::Send(v)) if !v.is_none() => {
                return Err(self.raise(
                    TypeId::TypeError,
                    "can't send non-None value to a just-started generator",
                ));
            }
            (CREATED, ResumeWith::Pending) => {
                self.gen_finish(off);
                return Err(Thrown);
            }
            _ => {}
        }
        let code = self.small(self.heap.get(off, CODE));
        let mut pc = self.small(self.heap.get(off, PC));
        let nlocals = self.prog.image().codes[code].nlocals();
        let n = nlocals + self.small(self.heap.get(off, NSAVED));
        let pos = self.stack.len();
        self.stack.push(g);
        self.stack.push(self.handled);
        let base = pos + 2;
        for i in 0..n {
            self.stack.push(self.heap.get(off, SLOTS + i));
        }
        match with {
            ResumeWith::Send(v) if state == SUSPENDED => self.stack.push(v),
            ResumeWith::Send(_) => {}
            ResumeWith::SubReturned(v) => {
                // Finish the `YieldFrom` the frame is parked on: its iterator
                // becomes the result.
                if let Some(top) = self.stack.last_mut() {
                    *top = v;
                }
                pc += 1;
            }
            // Raise inside the yield instruction (`pc - 1` is what the
            // unwinder looks up): a `YieldFrom` resumes at its own start.
            ResumeWith::Pending => {
                if self.prog.image().codes[code].code.get(pc).copied() == Some(Op::YieldFrom as u8)
                {
                    pc += 1;
                }
            }
        }
        let own = self.heap.get(off, HANDLED);
        if !own.is_none() {
            self.handled = own;
        }
        self.heap.set(off, STATE, Value::small_int(RUNNING));
        let mut frame = Frame::new(code as u16, base, pos, kind == GEN_NATIVE);
        frame.pc = pc;
        frame.gen = kind;
        if let Err(t) = self.push_frame(frame) {
            // Too deep to run it now; it stays resumable.
            // Raising allocated: re-read the generator from its root.
            let g = self.stack[pos];
            self.handled = self.stack[pos + 1];
            self.stack.truncate(pos);
            if let Some(off) = self.as_generator(g) {
                self.heap.set(off, STATE, Value::small_int(state));
            }
            return Err(t);
        }
        Ok(None)
    }
}
