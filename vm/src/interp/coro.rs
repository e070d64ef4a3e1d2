//! `await`: what an awaited object delegates to. Coroutines are generator
//! objects of their own type (`obj/generator.rs`), so `await x` compiles to
//! `GetAwaitable` followed by the `YieldFrom` machinery of generators.

use super::{Interp, PyResult, Resumed};
use crate::hal::Board;
use crate::obj::generator::DONE;
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::string::String;

impl Interp {
    /// `GetAwaitable`: replaces the top of the stack with the iterator
    /// `await` delegates to: a coroutine itself, else `obj.__await__()`,
    /// which must return an iterator (CPython's rules and messages).
    pub(crate) fn op_get_awaitable(&mut self, io: &mut dyn Board) -> PyResult<()> {
        let n = self.stack.len();
        let v = self.stack[n - 1];
        if self.native_field(v, TypeId::AsyncGenASend, 0).is_some() {
            return Ok(());
        }
        if self.is_coroutine(v) {
            let off = v.as_obj().unwrap_or(0);
            if self.gen_state(off) == DONE {
                return Err(self.raise(
                    TypeId::RuntimeError,
                    "cannot reuse already awaited coroutine",
                ));
            }
            return Ok(());
        }
        let has_await = self
            .user_class_of(v)
            .is_some_and(|c| self.class_lookup(c, "__await__").is_some());
        if !has_await {
            let tn = String::from(self.type_name(v));
            return Err(self.raise_string(
                TypeId::TypeError,
                format!("object {tn} can't be used in 'await' expression"),
            ));
        }
        let r = self
            .call_special(io, v, "__await__", &[])?
            .unwrap_or(crate::value::Value::NONE);
        if self.is_coroutine(r) {
            return Err(self.raise(TypeId::TypeError, "__await__() returned a coroutine"));
        }
        let iterator = self.as_generator(r).is_some()
            || self
                .user_class_of(r)
                .is_some_and(|c| self.class_lookup(c, "__next__").is_some());
        if !iterator {
            let tn = String::from(self.type_name(r));
            return Err(self.raise_string(
                TypeId::TypeError,
                format!("__await__() returned non-iterator of type '{tn}'"),
            ));
        }
        let n = self.stack.len();
        self.stack[n - 1] = r;
        Ok(())
    }
}

/// Field layout of an `async_generator_asend` awaitable (a native instance).
pub(crate) mod asend {
    /// The async generator it steps.
    pub const GEN: usize = 0;
    /// The value sent on its first step (`asend(v)`; `None` for `__anext__`).
    pub const VALUE: usize = 1;
    /// Whether it has been stepped yet.
    pub const STARTED: usize = 2;
}

impl Interp {
    /// `agen.__anext__()` / `agen.asend(v)`: the awaitable for one step.
    pub(crate) fn new_asend(&mut self, agen: Value, v: Value) -> PyResult<Value> {
        if !self.is_async_gen(agen) {
            return Err(self.raise(TypeId::TypeError, "not an async generator"));
        }
        self.new_native(TypeId::AsyncGenASend, &[agen, v, Value::FALSE])
    }

    /// Resumes the async generator behind awaitable `aw` (sending `sent`, or
    /// throwing `throw` into it). A value its `yield` handed out finishes
    /// the await (`Returned`); what its own `await`s yield passes up to the
    /// event loop (`Yielded`); its end raises `StopAsyncIteration`.
    pub(crate) fn asend_step(
        &mut self,
        io: &mut dyn Board,
        aw: Value,
        sent: Value,
        throw: Option<Value>,
    ) -> PyResult<Resumed> {
        let Some(agen) = self.native_field(aw, TypeId::AsyncGenASend, asend::GEN) else {
            return Err(self.raise(TypeId::TypeError, "not an async generator awaitable"));
        };
        let started = self.native_field(aw, TypeId::AsyncGenASend, asend::STARTED);
        let v = if started == Some(Value::FALSE) {
            self.set_native_field(aw, asend::STARTED, Value::TRUE);
            self.native_field(aw, TypeId::AsyncGenASend, asend::VALUE)
                .unwrap_or(Value::NONE)
        } else {
            sent
        };
        let r = match throw {
            None => self.gen_send(io, agen, v)?,
            Some(e) => self.gen_throw(io, agen, e)?,
        };
        match r {
            Resumed::Yielded(w) => match self.native_field(w, TypeId::AsyncGenWrapped, 0) {
                Some(x) => Ok(Resumed::Returned(x)),
                None => Ok(Resumed::Yielded(w)),
            },
            Resumed::Returned(_) => Err(self.raise_with(TypeId::StopAsyncIteration, Value::NONE)),
        }
    }
}
