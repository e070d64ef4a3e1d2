//! Calls: binding arguments to parameters and entering Python frames
//! (without recursing on the Rust stack), or invoking native built-ins.

use super::{Frame, Interp, PyResult};
use crate::hal::Board;
use crate::heap::Kind;
use crate::obj::function;
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::vec::Vec;

/// How deeply native code (a `key=` function, a callback) may nest calls
/// back into Python.
const MAX_NATIVE_DEPTH: usize = 64;

/// What a call did.
pub(crate) enum Called {
    /// A Python frame was pushed; the dispatch loop continues in it.
    Pushed,
    /// The result is already on the stack.
    Done,
}

/// Where a native function finds its arguments: `stack[start..start + n]`,
/// the last `len(kwnames)` of them passed by keyword. The kwnames tuple stays
/// on the stack (at `kw_at`) so a collection during the call keeps it valid.
#[derive(Clone, Copy)]
pub(crate) struct Args {
    pub start: usize,
    pub n: usize,
    pub kw_at: Option<usize>,
}

impl Args {
    /// The keyword-names tuple, or `None`.
    pub(crate) fn kwnames(&self, it: &Interp) -> Value {
        self.kw_at.map_or(Value::NONE, |i| it.stack[i])
    }
}

impl Interp {
    /// Calls `stack[callee]` with the `n` values above it. On return the stack
    /// is truncated to `ret_sp` and the result pushed. With `kw`, a tuple of
    /// keyword names sits above the arguments.
    pub(crate) fn call(
        &mut self,
        io: &mut dyn Board,
        callee: usize,
        n: usize,
        kw: bool,
        ret_sp: usize,
    ) -> PyResult<Called> {
        if kw && !self.valid_kwnames(self.stack[callee + 1 + n], n) {
            // Only a hand-made image can get here: the compiler always pushes a
            // constant tuple of names no longer than the argument count.
            return Err(self.raise(
                TypeId::SystemError,
                "CallKw without a valid keyword-names tuple",
            ));
        }
        let f = self.stack[callee];
        if let Some(off) = f.as_obj() {
            match self.heap.kind(off) {
                Kind::Function => {
                    let kwnames = if kw {
                        self.stack[callee + 1 + n]
                    } else {
                        Value::NONE
                    };
                    return self.call_function(off, callee, n, kwnames, ret_sp);
                }
                Kind::Native if self.type_of(f) == TypeId::Pin => {
                    // `pin()` / `pin(x)` is `pin.value()` / `pin.value(x)`.
                    let args = Args {
                        start: callee,
                        n: n + 1,
                        kw_at: kw.then_some(callee + 1 + n),
                    };
                    let r = crate::builtins::machine::pin_value(self, io, args)?;
                    self.stack.truncate(ret_sp);
                    self.stack.push(r);
                    return Ok(Called::Done);
                }
                Kind::Class => return self.call_class(io, off, callee, n, kw, ret_sp),
                Kind::Instance | Kind::Exception if self.is_user_obj(f) => {
                    let cls = self.user_class_of(f).unwrap_or(0);
                    let Some(m) = self.class_lookup(cls, "__call__") else {
                        let name = alloc::string::String::from(self.type_name(f));
                        return Err(self.raise_string(
                            TypeId::TypeError,
                            format!("'{name}' object is not callable"),
                        ));
                    };
                    self.stack[callee] = m;
                    self.stack.insert(callee + 1, f);
                    return self.call(io, callee, n + 1, kw, ret_sp);
                }
                Kind::BoundMethod => {
                    let (m, recv) = (self.heap.get(off, 0), self.heap.get(off, 1));
                    self.stack[callee] = m;
                    self.stack.insert(callee + 1, recv);
                    return self.call(io, callee, n + 1, kw, ret_sp);
                }
                _ => {}
            }
        }
        let args = Args {
            start: callee + 1,
            n,
            kw_at: kw.then_some(callee + 1 + n),
        };
        let r = if let Some(id) = f.as_builtin() {
            crate::builtins::call(self, io, id, args)?
        } else if let Some(t) = f.as_type().and_then(TypeId::from_u16) {
            crate::builtins::construct(self, io, t, args)?
        } else {
            let name = self.type_name(f);
            return Err(self.raise_string(
                TypeId::TypeError,
                format!("'{name}' object is not callable"),
            ));
        };
        self.stack.truncate(ret_sp);
        self.stack.push(r);
        Ok(Called::Done)
    }

    /// Enters the Python function at heap offset `off` (the dispatch loop
    /// calls this directly for `Call` on a function).
    #[inline]
    pub(crate) fn call_function(
        &mut self,
        off: u32,
        callee: usize,
        n: usize,
        kwnames: Value,
        ret_sp: usize,
    ) -> PyResult<Called> {
        let ci = self.small(self.heap.get(off, function::CODE));
        // Copy out what we need so no borrow of the program outlives this line.
        let (argc, nparams, nlocals, max_stack) = {
            let code = &self.prog.image().codes[ci];
            let argc = code.argcount as usize;
            (
                argc,
                argc + code.kwonlyargcount as usize,
                code.nlocals(),
                code.max_stack as usize,
            )
        };
        let base = callee + 1;
        if !(kwnames.is_none() && n == argc && argc == nparams) {
            self.bind_args(off, ci, base, n, kwnames, argc, nparams)?;
        }
        // Fast path: exactly the positional parameters are already in place.
        self.stack.resize(base + nlocals, Value::UNBOUND);
        self.stack.reserve(max_stack);
        self.push_frame(Frame::new(ci as u16, base, ret_sp, false))?;
        Ok(Called::Pushed)
    }

    /// General argument binding: keywords, defaults and CPython's error messages.
    #[allow(clippy::too_many_arguments, clippy::needless_range_loop)]
    fn bind_args(
        &mut self,
        func: u32,
        ci: usize,
        base: usize,
        n: usize,
        kwnames: Value,
        argc: usize,
        nparams: usize,
    ) -> PyResult<()> {
        let prog = self.prog.clone();
        let image = prog.image();
        let code = &image.codes[ci];
        let plain = image.names[code.name as usize].as_str();
        // A method's messages use its qualified name (`C.m`), as CPython does.
        let owner = self.heap.get(func, function::CLASS);
        let qual = self
            .obj_of(owner, Kind::Class)
            .map(|c| format!("{}.{plain}", self.class_name(c)));
        let fname = qual.as_deref().unwrap_or(plain);
        let param_name = |i: usize| image.names[code.local_names[i] as usize].as_str();
        let nkw = self.items(kwnames).map_or(0, |i| i.len);
        let npos = n - nkw;
        let mut slots: Vec<Value> = alloc::vec![Value::UNBOUND; nparams];
        if npos > argc {
            let defaults = self.heap.get(func, function::DEFAULTS);
            let ndef = self.items(defaults).map_or(0, |i| i.len);
            let takes = if ndef > 0 {
                format!("from {} to {} positional arguments", argc - ndef, argc)
            } else {
                format!(
                    "{} positional argument{}",
                    argc,
                    if argc == 1 { "" } else { "s" }
                )
            };
            let was = if npos == 1 { "was" } else { "were" };
            return Err(self.raise_string(
                TypeId::TypeError,
                format!("{fname}() takes {takes} but {npos} {was} given"),
            ));
        }
        slots[..npos].copy_from_slice(&self.stack[base..base + npos]);
        if let Some(kw) = self.items(kwnames) {
            for k in 0..nkw {
                let key = self.item(kw, k);
                let key = self.as_str(key).unwrap_or("");
                let Some(p) = (0..nparams).find(|&p| param_name(p) == key) else {
                    let msg = format!("{fname}() got an unexpected keyword argument '{key}'");
                    return Err(self.raise_string(TypeId::TypeError, msg));
                };
                if slots[p] != Value::UNBOUND {
                    let msg = format!("{fname}() got multiple values for argument '{key}'");
                    return Err(self.raise_string(TypeId::TypeError, msg));
                }
                slots[p] = self.stack[base + npos + k];
            }
        }
        // Defaults cover the last positional parameters, then keyword-only ones by name.
        let defaults = self.heap.get(func, function::DEFAULTS);
        if let Some(d) = self.items(defaults) {
            let first = argc.saturating_sub(d.len);
            for p in first..argc {
                if slots[p] == Value::UNBOUND {
                    slots[p] = self.item(d, p - first);
                }
            }
        }
        let kwdefaults = self.heap.get(func, function::KWDEFAULTS);
        if let Some(kd) = kwdefaults.as_obj().filter(|_| self.is_dict(kwdefaults)) {
            for p in argc..nparams {
                if slots[p] != Value::UNBOUND {
                    continue;
                }
                for e in 0..self.dict_used(kd) {
                    let (k, v) = self.dict_entry(kd, e);
                    if self.as_str(k) == Some(param_name(p)) {
                        slots[p] = v;
                    }
                }
            }
        }
        let missing: Vec<usize> = (0..nparams)
            .filter(|&p| slots[p] == Value::UNBOUND)
            .collect();
        if let Some(&first) = missing.first() {
            let kind = if first < argc {
                "positional"
            } else {
                "keyword-only"
            };
            let names: Vec<usize> = missing
                .iter()
                .copied()
                .filter(|&p| (p < argc) == (first < argc))
                .collect();
            let quoted: Vec<alloc::string::String> = names
                .iter()
                .map(|&p| format!("'{}'", param_name(p)))
                .collect();
            let list = match quoted.len() {
                1 => quoted[0].clone(),
                2 => format!("{} and {}", quoted[0], quoted[1]),
                k => format!("{}, and {}", quoted[..k - 1].join(", "), quoted[k - 1]),
            };
            let s = if names.len() == 1 { "" } else { "s" };
            let msg = format!(
                "{fname}() missing {} required {kind} argument{s}: {list}",
                names.len()
            );
            return Err(self.raise_string(TypeId::TypeError, msg));
        }
        self.stack.truncate(base);
        self.stack.extend_from_slice(&slots);
        Ok(())
    }

    /// Whether `v` is a tuple of at most `n` strs (a `CallKw` names tuple).
    fn valid_kwnames(&self, v: Value, n: usize) -> bool {
        self.type_of(v) == TypeId::Tuple
            && self
                .items(v)
                .is_some_and(|it| it.len <= n && (0..it.len).all(|i| self.is_str(self.item(it, i))))
    }

    /// Calls any callable from native code (e.g. a `key=` function) and waits for the result.
    pub(crate) fn call_value(
        &mut self,
        io: &mut dyn Board,
        f: Value,
        args: &[Value],
    ) -> PyResult<Value> {
        // Each nested call from native code uses Rust stack (a dispatch loop
        // per level), so it has its own, smaller limit.
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.raise(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        let pos = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(args);
        match self.call(io, pos, args.len(), false, pos) {
            Ok(Called::Done) => Ok(self.stack.pop().unwrap_or(Value::NONE)),
            Ok(Called::Pushed) => {
                if let Some(fr) = self.frames.last_mut() {
                    fr.native_return = true;
                }
                self.native_depth += 1;
                let r = self.execute(io);
                self.native_depth -= 1;
                r
            }
            Err(e) => {
                self.stack.truncate(pos);
                Err(e)
            }
        }
    }
}
