//! Calls: binding arguments to parameters and entering Python frames
//! (without recursing on the Rust stack), or invoking native built-ins.

use super::{Frame, Interp, PyResult, Thrown};
use crate::bytecode::{CODE_VARARGS, CODE_VARKW};
use crate::hal::Board;
use crate::heap::Kind;
use crate::obj::function;
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::vec::Vec;

/// How deeply native code (a `key=` function, a callback) may nest calls
/// back into Python.
pub(crate) const MAX_NATIVE_DEPTH: usize = 64;

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
                    // (`call_function` only tests `kwnames` for `None`.)
                    return self.call_function(off, callee, n, kwnames, ret_sp);
                }
                Kind::Native if matches!(self.type_of(f), TypeId::Pin | TypeId::Signal) => {
                    // `pin()` / `pin(x)` is `pin.value()` / `pin.value(x)`;
                    // likewise a `Signal`.
                    let args = Args {
                        start: callee,
                        n: n + 1,
                        kw_at: kw.then_some(callee + 1 + n),
                    };
                    let r = if self.type_of(f) == TypeId::Pin {
                        crate::builtins::machine::pin_value(self, io, args)?
                    } else {
                        crate::builtins::signal_value(self, io, args)?
                    };
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
        let (argc, nparams, nlocals, max_stack, flags) = {
            let code = &self.prog.image().codes[ci];
            let argc = code.argcount as usize;
            // `*args`/`**kwargs` slots count as parameters, so a function with
            // them never takes the fast path below.
            let star = (code.flags & (CODE_VARARGS | CODE_VARKW)).count_ones() as usize;
            (
                argc,
                argc + code.kwonlyargcount as usize + star,
                code.nlocals(),
                code.max_stack as usize,
                code.flags,
            )
        };
        let base = callee + 1;
        let mut func = off;
        if !(kwnames.is_none() && n == argc && argc == nparams) {
            self.bind_args(ci, callee, n, !kwnames.is_none())?;
            // Binding may allocate (`*args`, `**kwargs`), moving the function.
            func = self.stack[callee].as_obj().unwrap_or(off);
        }
        // Fast path: exactly the positional parameters are already in place.
        self.stack.resize(base + nlocals, Value::UNBOUND);
        let closure = self.heap.get(func, function::CLOSURE);
        if !closure.is_none() {
            self.copy_free_vars(closure, base, nlocals)?;
        }
        if flags & crate::bytecode::CODE_GENERATOR != 0 {
            // Calling a generator function only packages the bound frame.
            let g = self.new_generator(ci, base, nlocals, max_stack)?;
            self.stack.truncate(ret_sp);
            self.stack.push(g);
            return Ok(Called::Done);
        }
        self.stack.reserve(max_stack);
        self.push_frame(Frame::new(ci as u16, base, ret_sp, false))?;
        Ok(Called::Pushed)
    }

    /// General argument binding: keywords, defaults, `*args`, `**kwargs` and
    /// CPython's error messages. The function is at `stack[callee]`, its `n`
    /// arguments above it, then the keyword-names tuple when `kw`. On success
    /// the parameters are in place from `callee + 1` on.
    // Out of line: inlined, its locals made `call_function` (the path of
    // every plain positional call) save and spill far more.
    #[allow(clippy::needless_range_loop)]
    #[inline(never)]
    fn bind_args(&mut self, ci: usize, callee: usize, n: usize, kw: bool) -> PyResult<()> {
        let prog = self.prog.clone();
        let image = prog.image();
        let code = &image.codes[ci];
        // Code names are qualified (`C.m`, `f.<locals>.g`), as CPython's messages are.
        let fname = image.names[code.name as usize].as_str();
        let param_name = |i: usize| image.names[code.local_names[i] as usize].as_str();
        let argc = code.argcount as usize;
        let nparams = argc + code.kwonlyargcount as usize;
        // Positional-only parameters never match a keyword.
        let posonly = (code.posonlyargcount as usize).min(argc);
        let varargs = code.flags & CODE_VARARGS != 0;
        let varkw = code.flags & CODE_VARKW != 0;
        let base = callee + 1;
        let kw_at = base + n;
        let nkw = if kw {
            self.items(self.stack[kw_at]).map_or(0, |i| i.len)
        } else {
            0
        };
        let npos = n - nkw;
        // Allocate `*args` and `**kwargs` first, while every argument is
        // still rooted on the stack; they wait above the arguments.
        let extra_at = self.stack.len();
        if varargs {
            let extra = npos.saturating_sub(argc);
            let t = self.new_tuple(extra)?;
            let toff = t.as_obj().unwrap_or(0);
            for i in 0..extra {
                self.heap.set(toff, 1 + i, self.stack[base + argc + i]);
            }
            self.stack.push(t);
        }
        let kwdict_at = self.stack.len();
        if varkw {
            let d = self.new_dict(0)?;
            self.stack.push(d);
            for k in 0..nkw {
                let key = self.kwname(kw_at, k);
                let known = self
                    .as_str(key)
                    .is_some_and(|key| (posonly..nparams).any(|p| param_name(p) == key));
                if !known {
                    let (d, v) = (self.stack[kwdict_at], self.stack[base + npos + k]);
                    self.dict_set(d, key, v)?;
                }
            }
        }
        // From here on nothing allocates until the slots are written back
        // (errors allocate, but then the slots are abandoned).
        let mut slots: Vec<Value> = alloc::vec![Value::UNBOUND; nparams];
        let ncopy = npos.min(argc);
        slots[..ncopy].copy_from_slice(&self.stack[base..base + ncopy]);
        for k in 0..nkw {
            let key = self.kwname(kw_at, k);
            let key = self.as_str(key).unwrap_or("");
            let Some(p) = (posonly..nparams).find(|&p| param_name(p) == key) else {
                if varkw {
                    continue;
                }
                // CPython names every positional-only parameter passed by keyword first.
                let passed: Vec<&str> = (0..nkw)
                    .filter_map(|j| self.as_str(self.kwname(kw_at, j)))
                    .filter(|k| (0..posonly).any(|p| param_name(p) == *k))
                    .collect();
                if !passed.is_empty() {
                    let msg = format!(
                        "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                        passed.join(", ")
                    );
                    return Err(self.raise_string(TypeId::TypeError, msg));
                }
                let msg = format!("{fname}() got an unexpected keyword argument '{key}'");
                return Err(self.raise_string(TypeId::TypeError, msg));
            };
            if slots[p] != Value::UNBOUND {
                let msg = format!("{fname}() got multiple values for argument '{key}'");
                return Err(self.raise_string(TypeId::TypeError, msg));
            }
            slots[p] = self.stack[base + npos + k];
        }
        // CPython reports bad keywords before surplus positional arguments.
        if npos > argc && !varargs {
            return Err(self.too_many_positional(ci, callee, npos, kw_at, nkw));
        }
        // Defaults cover the last positional parameters, then keyword-only ones by name.
        let func = self.stack[callee].as_obj().unwrap_or(0);
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
        let star_args = varargs.then(|| self.stack[extra_at]);
        let star_kw = varkw.then(|| self.stack[kwdict_at]);
        self.stack.truncate(base);
        self.stack.extend_from_slice(&slots);
        self.stack.extend(star_args);
        self.stack.extend(star_kw);
        Ok(())
    }

    /// `f() takes 2 positional arguments but 3 were given`, mentioning
    /// keyword-only arguments passed alongside as CPython does.
    #[cold]
    fn too_many_positional(
        &mut self,
        ci: usize,
        callee: usize,
        npos: usize,
        kw_at: usize,
        nkw: usize,
    ) -> Thrown {
        let prog = self.prog.clone();
        let image = prog.image();
        let code = &image.codes[ci];
        let fname = image.names[code.name as usize].as_str();
        let param_name = |i: usize| image.names[code.local_names[i] as usize].as_str();
        let argc = code.argcount as usize;
        let nparams = argc + code.kwonlyargcount as usize;
        let func = self.stack[callee].as_obj().unwrap_or(0);
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
        // Keyword-only arguments that were passed are mentioned too.
        let kwonly_given = (0..nkw)
            .filter(|&k| {
                let key = self.kwname(kw_at, k);
                let key = self.as_str(key).unwrap_or("");
                (argc..nparams).any(|p| param_name(p) == key)
            })
            .count();
        let given = if kwonly_given > 0 {
            format!(
                "{npos} positional argument{} (and {kwonly_given} keyword-only argument{}) were",
                if npos == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else if npos == 1 {
            format!("{npos} was")
        } else {
            format!("{npos} were")
        };
        self.raise_string(
            TypeId::TypeError,
            format!("{fname}() takes {takes} but {given} given"),
        )
    }

    /// Keyword name `k` of the names tuple at `stack[kw_at]`.
    fn kwname(&self, kw_at: usize, k: usize) -> Value {
        match self.items(self.stack[kw_at]) {
            Some(it) if k < it.len => self.item(it, k),
            _ => Value::NONE,
        }
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
        self.call_to_completion(io, pos, args.len(), false)
    }

    /// Calls the callable at `stack[pos]` with the `n` arguments (and the
    /// keyword-names tuple, if `kw`) above it and runs it to completion
    /// from native code: its frame returns here instead of to the caller's.
    pub(crate) fn call_to_completion(
        &mut self,
        io: &mut dyn Board,
        pos: usize,
        n: usize,
        kw: bool,
    ) -> PyResult<Value> {
        match self.call(io, pos, n, kw, pos) {
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
