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
    /// What its first step does: [`SEND`], [`THROW`] or [`CLOSE`] (small int).
    pub const MODE: usize = 3;
    /// `asend(v)` / `__anext__()`: send `VALUE`.
    pub const SEND: i64 = 0;
    /// `athrow(e)`: throw `VALUE` in.
    pub const THROW: i64 = 1;
    /// `aclose()`: throw `GeneratorExit` in; finishing is success.
    pub const CLOSE: i64 = 2;
}

impl Interp {
    /// `agen.__anext__()` / `agen.asend(v)`: the awaitable for one step.
    pub(crate) fn new_asend(&mut self, agen: Value, v: Value, mode: i64) -> PyResult<Value> {
        if !self.is_async_gen(agen) {
            return Err(self.raise(TypeId::TypeError, "not an async generator"));
        }
        let fields = [agen, v, Value::FALSE, Value::small_int(mode)];
        self.new_native(TypeId::AsyncGenASend, &fields)
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
        let mode = self
            .native_field(aw, TypeId::AsyncGenASend, asend::MODE)
            .and_then(|m| m.as_small_int())
            .unwrap_or(asend::SEND);
        let (v, throw) = if started == Some(Value::FALSE) {
            self.set_native_field(aw, asend::STARTED, Value::TRUE);
            let v = self
                .native_field(aw, TypeId::AsyncGenASend, asend::VALUE)
                .unwrap_or(Value::NONE);
            match mode {
                asend::THROW => (Value::NONE, Some(v)),
                asend::CLOSE => {
                    self.stack.push(agen);
                    let e = self.new_exception(TypeId::GeneratorExit, Value::NONE);
                    let agen2 = self.stack.pop().unwrap_or(Value::NONE);
                    return self.aclose_step(io, agen2, Value::NONE, Some(e?));
                }
                _ => (v, throw),
            }
        } else {
            (sent, throw)
        };
        if mode == asend::CLOSE {
            return self.aclose_step(io, agen, v, throw);
        }
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

    /// A step of `aclose()`: the generator must finish (or raise
    /// `GeneratorExit`/`StopAsyncIteration`); yielding a value is an error.
    fn aclose_step(
        &mut self,
        io: &mut dyn Board,
        agen: Value,
        sent: Value,
        throw: Option<Value>,
    ) -> PyResult<Resumed> {
        let r = match throw {
            None => self.gen_send(io, agen, sent),
            Some(e) => self.gen_throw(io, agen, e),
        };
        match r {
            Ok(Resumed::Yielded(w)) => {
                if self.native_field(w, TypeId::AsyncGenWrapped, 0).is_some() {
                    Err(self.raise(
                        TypeId::RuntimeError,
                        "async generator ignored GeneratorExit",
                    ))
                } else {
                    Ok(Resumed::Yielded(w))
                }
            }
            Ok(Resumed::Returned(_)) => Ok(Resumed::Returned(Value::NONE)),
            Err(t) => match self.exc_type(self.exc) {
                Some(TypeId::GeneratorExit | TypeId::StopAsyncIteration) => {
                    Ok(Resumed::Returned(Value::NONE))
                }
                _ => Err(t),
            },
        }
    }
}
