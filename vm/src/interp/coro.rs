//! `await`: what an awaited object delegates to. Coroutines are generator
//! objects of their own type (`obj/generator.rs`), so `await x` compiles to
//! `GetAwaitable` followed by the `YieldFrom` machinery of generators.

use super::{Interp, PyResult};
use crate::hal::Board;
use crate::obj::generator::DONE;
use crate::types::TypeId;
use alloc::format;
use alloc::string::String;

impl Interp {
    /// `GetAwaitable`: replaces the top of the stack with the iterator
    /// `await` delegates to: a coroutine itself, else `obj.__await__()`,
    /// which must return an iterator (CPython's rules and messages).
    pub(crate) fn op_get_awaitable(&mut self, io: &mut dyn Board) -> PyResult<()> {
        let n = self.stack.len();
        let v = self.stack[n - 1];
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
