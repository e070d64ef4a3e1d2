//! `import`: built-in native modules and the program's own modules (the
//! image's module table).
//!
//! Every module has its own globals: a block of one slot per name-table
//! entry in `Interp::globals`, starting at the module's `gbase` (`__main__`
//! at 0). A code object runs with the globals of the module that owns it
//! (`Interp::code_module`), so a function defined in a module sees that
//! module's globals wherever it is called from. A module's block is
//! allocated on first import, so a single-file program costs nothing extra.
//!
//! A module body runs once, on first import, in a nested dispatch loop;
//! while it runs the module is "loading" and a circular import gets the
//! partially initialised module object, as in CPython. A body that raises
//! leaves the module unloaded (CPython removes it from `sys.modules`).

use super::{Frame, Interp, PyResult};
use crate::builtins;
use crate::hal::Board;
use crate::heap::Kind;
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::string::String;

/// Runtime state of one module (index 0 is `__main__`, `k` is module-table entry `k - 1`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct ModSlot {
    /// First slot of the module's globals in `Interp::globals`, or `usize::MAX` before its first import.
    pub gbase: usize,
    /// `UNLOADED`, `LOADING` or `LOADED`.
    pub state: u8,
}

/// The module body has not run (or raised).
pub(crate) const UNLOADED: u8 = 0;
/// The module body is running (a circular import sees the partial module).
pub(crate) const LOADING: u8 = 1;
/// The module body finished.
pub(crate) const LOADED: u8 = 2;

/// A module object's slot 0 holds a small int: `>= 0` a built-in module
/// index, `< 0` the user module `-k` (index into `Interp::mods`).
fn user_tag(k: usize) -> Value {
    Value::small_int(-(k as i64))
}

impl Interp {
    /// The first globals slot of the module owning code object `code`.
    #[inline]
    pub(crate) fn gbase_of(&self, code: u16) -> usize {
        self.mods[self.code_module[code as usize] as usize].gbase
    }

    /// The user module (index into `mods`) a module object stands for.
    pub(crate) fn user_module_of(&self, v: Value) -> Option<usize> {
        let off = v.as_obj().filter(|o| self.heap.kind(*o) == Kind::Module)?;
        let t = self.heap.get(off, 0).as_small_int()?;
        (t < 0).then_some((-t) as usize)
    }

    /// The dotted name of user module `k`.
    fn user_module_name(&self, k: usize) -> String {
        let image = self.prog.image();
        let e = &image.modules[k - 1];
        image.names[e.name as usize].clone()
    }

    /// The `__name__` of any module object (built-in or user).
    pub(crate) fn module_display_name(&self, off: u32) -> String {
        match self.heap.get(off, 0).as_small_int() {
            Some(t) if t < 0 => self.user_module_name((-t) as usize),
            Some(t) => String::from(builtins::module_name(t as usize)),
            None => String::from("?"),
        }
    }

    /// The source file of user module `k` (its body's file name).
    fn user_module_file(&self, k: usize) -> String {
        let image = self.prog.image();
        let e = &image.modules[k - 1];
        let code = &image.codes[e.first as usize];
        image.names[code.filename as usize].clone()
    }

    /// Index into the name table of `s`, if the program mentions it.
    pub(crate) fn name_of(&self, s: &str) -> Option<usize> {
        self.prog.image().names.iter().position(|n| n == s)
    }

    /// The module-table index (into `mods`) of the user module called `name`.
    fn find_user_module(&self, name: &str) -> Option<usize> {
        let image = self.prog.image();
        image
            .modules
            .iter()
            .position(|m| image.names[m.name as usize] == name)
            .map(|i| i + 1)
    }

    /// `import name` for name-table entry `name`: the module `names[name]`
    /// (for a dotted name, the last one; its parents are imported first).
    pub(crate) fn import_module(&mut self, io: &mut dyn Board, name: usize) -> PyResult<Value> {
        let prog = self.prog.clone();
        let module = prog.image().names[name].as_str();
        if let Some(index) = builtins::module_index(module) {
            return self.new_module(index);
        }
        if builtins::left_out(module) {
            return Err(self.raise_string(
                TypeId::ImportError,
                format!("module '{module}' is not in this build of the VM (vm feature '{module}')"),
            ));
        }
        let mut parent: Option<usize> = None;
        let mut end = 0;
        loop {
            let next = module[end..].find('.').map_or(module.len(), |i| end + i);
            let prefix = &module[..next];
            let Some(k) = self.find_user_module(prefix) else {
                let msg = match parent {
                    Some(p) if !self.is_package(p) => format!(
                        "No module named '{prefix}'; '{}' is not a package",
                        &module[..end - 1]
                    ),
                    _ => format!("No module named '{prefix}'"),
                };
                return Err(self.raise_string(TypeId::ModuleNotFoundError, msg));
            };
            let m = self.load_user_module(io, k)?;
            if let Some(p) = parent {
                // As CPython: the parent gets the child as an attribute once it loaded.
                if let Some(attr) = self.name_of(&module[end..next]) {
                    let g = self.mods[p].gbase;
                    self.globals[g + attr] = m;
                }
            }
            if next == module.len() {
                return Ok(m);
            }
            parent = Some(k);
            end = next + 1;
        }
    }

    fn is_package(&self, k: usize) -> bool {
        self.prog.image().modules[k - 1].flags & crate::bytecode::MODULE_PACKAGE != 0
    }

    /// User module `k`'s object, running its body first if it never ran.
    fn load_user_module(&mut self, io: &mut dyn Board, k: usize) -> PyResult<Value> {
        if self.mods[k].state != UNLOADED {
            return Ok(self.mod_objs[k]);
        }
        if self.native_depth >= super::call::MAX_NATIVE_DEPTH {
            return Err(self.raise(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        let nnames = self.prog.image().names.len();
        if self.mods[k].gbase == usize::MAX {
            self.mods[k].gbase = self.globals.len();
            self.globals
                .resize(self.globals.len() + nnames, Value::UNBOUND);
        }
        let gbase = self.mods[k].gbase;
        let off = self.alloc(Kind::Module, 1)?;
        self.heap.set(off, 0, user_tag(k));
        self.mod_objs[k] = Value::obj(off);
        // Fresh globals each time the body runs (a failed import retried
        // starts from scratch, as CPython's new module object does).
        for v in &mut self.globals[gbase..gbase + nnames] {
            *v = Value::UNBOUND;
        }
        if let Some(i) = self.name_of("__name__") {
            let name = self.user_module_name(k);
            self.globals[gbase + i] = self.new_str(&name)?;
        }
        if let Some(i) = self.name_of("__file__") {
            let file = self.user_module_file(k);
            self.globals[gbase + i] = self.new_str(&file)?;
        }
        self.mods[k].state = LOADING;
        let body = self.prog.image().modules[k - 1].first;
        let r = self.run_body(io, body);
        self.mods[k].state = if r.is_ok() { LOADED } else { UNLOADED };
        r?;
        Ok(self.mod_objs[k])
    }

    /// Runs a module-level code object to completion in a nested dispatch loop.
    pub(crate) fn run_body(&mut self, io: &mut dyn Board, code: u16) -> PyResult<Value> {
        let nlocals = self.prog.image().codes[code as usize].nlocals();
        let base = self.stack.len();
        self.stack.resize(base + nlocals, Value::UNBOUND);
        if let Err(e) = self.push_frame(Frame::new(code, base, base, true)) {
            self.stack.truncate(base);
            return Err(e);
        }
        self.native_depth += 1;
        let r = self.execute(io);
        self.native_depth -= 1;
        r
    }

    /// `from module import name`: the attribute, else (for a package) the
    /// submodule `module.name`, else `ImportError`.
    pub(crate) fn import_from(
        &mut self,
        io: &mut dyn Board,
        module: Value,
        name: usize,
    ) -> PyResult<Value> {
        if let Some(v) = self.module_attr(module, name)? {
            return Ok(v);
        }
        let prog = self.prog.clone();
        let attr = prog.image().names[name].as_str();
        let Some(k) = self.user_module_of(module) else {
            let m = module
                .as_obj()
                .map_or(String::from("?"), |o| self.module_display_name(o));
            return Err(self.raise_string(
                TypeId::ImportError,
                format!("cannot import name '{attr}' from '{m}' (unknown location)"),
            ));
        };
        let mname = self.user_module_name(k);
        let sub = format!("{mname}.{attr}");
        if self.is_package(k) && self.find_user_module(&sub).is_some() {
            if let Some(i) = self.name_of(&sub) {
                return self.import_module(io, i);
            }
        }
        let file = self.user_module_file(k);
        let msg = if self.mods[k].state == LOADING {
            format!(
                "cannot import name '{attr}' from partially initialized module '{mname}' \
                 (most likely due to a circular import) ({file})"
            )
        } else {
            format!("cannot import name '{attr}' from '{mname}' ({file})")
        };
        Err(self.raise_string(TypeId::ImportError, msg))
    }

    /// `from module import *` into the globals starting at `gbase`: the
    /// names in the module's `__all__`, else its public names (no leading `_`).
    /// Only names the program mentions can be bound (no code could read the others).
    pub(crate) fn import_star(&mut self, module: Value, gbase: usize) -> PyResult<()> {
        let prog = self.prog.clone();
        let names = &prog.image().names;
        if let Some(k) = self.user_module_of(module) {
            let src = self.mods[k].gbase;
            let all = self.name_of("__all__").map(|i| self.globals[src + i]);
            match all.filter(|v| *v != Value::UNBOUND) {
                Some(all) => {
                    let Some(items) = self.items(all) else {
                        return Err(
                            self.raise(TypeId::TypeError, "__all__ must be a list or tuple of str")
                        );
                    };
                    for j in 0..items.len {
                        let Some(s) = self.as_str(self.item(items, j)).map(String::from) else {
                            return Err(
                                self.raise(TypeId::TypeError, "Item in __all__ must be str")
                            );
                        };
                        let v = self.name_of(&s).map(|i| (i, self.globals[src + i]));
                        match v {
                            Some((i, v)) if v != Value::UNBOUND => self.globals[gbase + i] = v,
                            _ => {
                                let m = self.user_module_name(k);
                                return Err(self.raise_string(
                                    TypeId::AttributeError,
                                    format!("module '{m}' has no attribute '{s}'"),
                                ));
                            }
                        }
                    }
                }
                None => {
                    for (i, n) in names.iter().enumerate() {
                        let v = self.globals[src + i];
                        if v != Value::UNBOUND && !n.starts_with('_') {
                            self.globals[gbase + i] = v;
                        }
                    }
                }
            }
            return Ok(());
        }
        for (i, n) in names.iter().enumerate() {
            if n.starts_with('_') {
                continue;
            }
            if let Some(v) = self.module_attr(module, i)? {
                self.globals[gbase + i] = v;
            }
        }
        Ok(())
    }

    /// `module.name` for a module object, if it has that attribute.
    pub(crate) fn module_attr(&mut self, module: Value, name: usize) -> PyResult<Option<Value>> {
        let Some(off) = module
            .as_obj()
            .filter(|o| self.heap.kind(*o) == Kind::Module)
        else {
            return Ok(None);
        };
        let t = self.heap.get(off, 0).as_small_int().unwrap_or(0);
        if t < 0 {
            let g = self.mods[(-t) as usize].gbase;
            let v = self.globals[g + name];
            return Ok((v != Value::UNBOUND).then_some(v));
        }
        let prog = self.prog.clone();
        builtins::module_member(self, t as usize, &prog.image().names[name])
    }

    /// `sys.modules`: a new dict of the program's modules that are loaded or
    /// loading, by name (a snapshot: changing it does not affect imports).
    pub(crate) fn sys_modules(&mut self) -> PyResult<Value> {
        let d = self.new_dict(self.mods.len())?;
        self.stack.push(d);
        let r = (|| {
            for k in 1..self.mods.len() {
                if self.mods[k].state == UNLOADED {
                    continue;
                }
                let name = self.user_module_name(k);
                let d = self.stack[self.stack.len() - 1];
                let m = self.mod_objs[k];
                self.dict_set_str(d, &name, m)?;
            }
            Ok(())
        })();
        let d = self.stack.pop().unwrap_or(Value::NONE);
        r.map(|_| d)
    }

    /// `setattr`/`delattr` on a user module: `Some(slot)` in `globals` for
    /// attribute `name`, `None` if `obj` is not a user module.
    pub(crate) fn user_module_slot(&mut self, obj: Value, name: &str) -> PyResult<Option<usize>> {
        let Some(k) = self.user_module_of(obj) else {
            return Ok(None);
        };
        match self.name_of(name) {
            Some(i) => Ok(Some(self.mods[k].gbase + i)),
            None => Err(self.raise_string(
                TypeId::NotImplementedError,
                format!("module attribute '{name}' is never named in the program's source"),
            )),
        }
    }

    /// A module object for built-in module `index` (also used for
    /// namespace-like members such as `sys.implementation`).
    pub(crate) fn new_module(&mut self, index: usize) -> PyResult<Value> {
        let off = self.alloc(Kind::Module, 1)?;
        self.heap.set(off, 0, Value::small_int(index as i64));
        Ok(Value::obj(off))
    }
}
