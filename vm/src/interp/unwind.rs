//! Raising and unwinding: the exception table of each frame is searched
//! innermost-first; the traceback grows as the exception leaves frames.

use super::{Interp, PyResult, Thrown};
use crate::heap::Kind;
use crate::obj::exception::{ARGS, CAUSE, CONTEXT, TRACEBACK};
use crate::traceback::{TraceEntry, Uncaught};
use crate::types::TypeId;
use crate::value::Value;
use alloc::string::String;
use alloc::vec::Vec;

impl Interp {
    /// Finds a handler for `self.exc`. Returns `false` once the innermost
    /// native-return frame has been popped (the exception goes to the native caller).
    pub(crate) fn unwind(&mut self) -> bool {
        if self.sched.stopping {
            // A requested stop skips every handler up to the native caller.
            while let Some(frame) = self.frames.pop() {
                if frame.gen != super::GEN_NONE {
                    self.gen_frame_left(frame);
                }
                self.stack.truncate(frame.ret_sp);
                if frame.native_return {
                    break;
                }
            }
            return false;
        }
        let prog = self.prog.clone();
        let image = prog.image();
        self.set_context();
        loop {
            let Some(frame) = self.frames.last().copied() else {
                return false;
            };
            let code = &image.codes[frame.code as usize];
            let loc = frame.pc.saturating_sub(1);
            if !core::mem::take(&mut self.reraising) {
                let line = code.line_for(loc);
                self.add_traceback((frame.code as i64) << 24 | line as i64);
            }
            let handler = code
                .handlers
                .iter()
                .find(|h| (h.start as usize) <= loc && loc < h.end as usize);
            if let Some(h) = handler {
                let depth = frame.base + code.nlocals() + h.depth as usize;
                self.stack.resize(depth, Value::NONE);
                self.stack.push(self.exc);
                if let Some(f) = self.frames.last_mut() {
                    f.pc = h.target as usize;
                }
                return true;
            }
            self.frames.pop();
            if frame.gen != super::GEN_NONE {
                self.gen_unwound(frame);
            }
            self.stack.truncate(frame.ret_sp);
            if frame.native_return {
                return false;
            }
        }
    }

    /// Chains the exception being handled as `__context__` of the new one.
    fn set_context(&mut self) {
        if self.handled.is_none() || self.handled == self.exc || self.reraising {
            return;
        }
        if let Some(off) = self
            .exc
            .as_obj()
            .filter(|o| self.heap.kind(*o) == Kind::Exception)
        {
            if self.heap.get(off, CONTEXT).is_none() {
                self.heap.set(off, CONTEXT, self.handled);
            }
        }
    }

    fn add_traceback(&mut self, entry: i64) {
        let Some(off) = self
            .exc
            .as_obj()
            .filter(|o| self.heap.kind(*o) == Kind::Exception)
        else {
            return;
        };
        let tb = self.heap.get(off, TRACEBACK);
        let tb = if tb.is_none() {
            match self.new_list(4) {
                Ok(l) => {
                    let off = self.exc.as_obj().unwrap_or(0);
                    self.heap.set(off, TRACEBACK, l);
                    l
                }
                Err(_) => return,
            }
        } else {
            tb
        };
        let _ = self.list_append(tb, Value::small_int(entry));
    }

    /// `raise exc` / `raise exc from cause`: classes are instantiated.
    pub(crate) fn raise_object(&mut self, e: Value, cause: Option<Value>) -> Thrown {
        let e = match e.as_type().and_then(TypeId::from_u16) {
            Some(t) if t.is_exception() => match self.new_exception(t, Value::NONE) {
                Ok(v) => v,
                Err(t) => return t,
            },
            _ => e,
        };
        if self.exc_type(e).is_none() {
            return self.raise(
                TypeId::TypeError,
                "exceptions must derive from BaseException",
            );
        }
        if let Some(c) = cause {
            let c = match c.as_type().and_then(TypeId::from_u16) {
                Some(t) if t.is_exception() => {
                    self.stack.push(e);
                    let r = self.new_exception(t, Value::NONE);
                    let e2 = self.stack.pop().unwrap_or(e);
                    match r {
                        Ok(v) => {
                            self.set_cause(e2, v);
                            return self.raise_value(e2);
                        }
                        Err(t) => return t,
                    }
                }
                _ => c,
            };
            if !c.is_none() && self.exc_type(c).is_none() {
                return self.raise(
                    TypeId::TypeError,
                    "exception causes must derive from BaseException",
                );
            }
            self.set_cause(e, c);
        }
        self.raise_value(e)
    }

    fn set_cause(&mut self, e: Value, c: Value) {
        if let Some(off) = e.as_obj() {
            self.heap.set(off, CAUSE, c);
        }
    }

    /// Bare `raise`: re-raise the exception being handled.
    pub(crate) fn reraise_handled(&mut self) -> Thrown {
        if self.handled.is_none() {
            return self.raise(TypeId::RuntimeError, "No active exception to reraise");
        }
        self.reraise(self.handled)
    }

    /// Re-raises `e` keeping its traceback (`Reraise`, bare `raise`).
    pub(crate) fn reraise(&mut self, e: Value) -> Thrown {
        if self.exc_type(e).is_none() {
            // Only a hand-made image can re-raise something that is not an exception.
            return self.raise(
                TypeId::TypeError,
                "exceptions must derive from BaseException",
            );
        }
        self.reraising = true;
        self.raise_value(e)
    }

    /// `except ty:` matching, with a class or a tuple of classes.
    pub(crate) fn exception_matches(&mut self, e: Value, ty: Value) -> PyResult<bool> {
        let Some(et) = self.exc_type(e) else {
            return Ok(false);
        };
        if let Some(it) = self.items(ty).filter(|_| self.type_of(ty) == TypeId::Tuple) {
            for i in 0..it.len {
                let t = self.item(it, i);
                if self.exception_matches(e, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(co) = self.obj_of(ty, Kind::Class) {
            if self.class_base(co).is_exception() {
                let ec = self.class_value_of(e);
                return Ok(self.class_is_subclass(ec, ty));
            }
        }
        match ty.as_type().and_then(TypeId::from_u16) {
            Some(t) if t.is_exception() => {
                let ec = self.class_value_of(e);
                Ok(et.is_subclass(t) && self.class_is_subclass(ec, ty))
            }
            _ => Err(self.raise(
                TypeId::TypeError,
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `UnboundLocalError` for local slot `slot` of code `code`.
    #[cold]
    pub(crate) fn unbound_local(&mut self, code: u16, slot: usize) -> Thrown {
        let prog = self.prog.clone();
        let image = prog.image();
        let name = &image.names[image.codes[code as usize].local_names[slot] as usize];
        let msg = alloc::format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        );
        self.raise(TypeId::UnboundLocalError, &msg)
    }

    /// The error for an empty cell: `UnboundLocalError` for the function's
    /// own captured local, `NameError` for a free variable (CPython 3.11 wording).
    #[cold]
    pub(crate) fn unbound_deref(&mut self, code: u16, slot: usize, free: bool) -> Thrown {
        if !free {
            return self.unbound_local(code, slot);
        }
        let prog = self.prog.clone();
        let image = prog.image();
        let name = &image.names[image.codes[code as usize].local_names[slot] as usize];
        let msg = alloc::format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        );
        self.raise(TypeId::NameError, &msg)
    }

    /// `NameError` for global name `name`.
    #[cold]
    pub(crate) fn name_error(&mut self, name: usize) -> Thrown {
        let prog = self.prog.clone();
        let msg = alloc::format!("name '{}' is not defined", prog.image().names[name]);
        self.raise(TypeId::NameError, &msg)
    }

    /// Builds the host-facing report of the exception in `self.exc`.
    pub(crate) fn uncaught(&mut self) -> Uncaught {
        let prog = self.prog.clone();
        let image = prog.image();
        let e = self.exc;
        let type_name = String::from(self.type_name(e));
        // A user `__str__` cannot run here (the VM is unwinding); see `user_text`.
        let e = self.exc;
        let mut message = String::new();
        self.str_into(e, &mut message);
        let mut traceback = Vec::new();
        if let Some(off) = e.as_obj().filter(|o| self.heap.kind(*o) == Kind::Exception) {
            let tb = self.heap.get(off, TRACEBACK);
            if let Some(it) = self.items(tb) {
                for i in (0..it.len).rev() {
                    let entry = self.item(it, i).as_small_int().unwrap_or(0);
                    let code = &image.codes[(entry >> 24) as usize % image.codes.len()];
                    traceback.push(TraceEntry {
                        filename: image.names[code.filename as usize].clone(),
                        line: (entry & 0xFF_FFFF) as u32,
                        function: {
                            let q = image.names[code.name as usize].as_str();
                            String::from(q.rsplit('.').next().unwrap_or(q))
                        },
                    });
                }
            }
            let _ = ARGS;
        }
        Uncaught {
            traceback,
            type_name,
            message,
        }
    }
}
