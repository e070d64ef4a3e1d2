//! The interactive prompt's VM side: echoing expression results
//! (`PrintExpr`) and running further code units, compiled against the
//! running program's name table, in the same `__main__` globals.
//!
//! Each input is compiled as the running image plus new names, constants,
//! code objects (and modules it imports) appended, so every index the heap
//! and the frames hold stays valid; [`Interp::extend_program`] checks that
//! and grows the per-name tables to match.

use super::{import, Frame, Interp, PyResult};
use crate::bytecode::Program;
use crate::hal::Board;
use crate::value::Value;
use alloc::rc::Rc;
use alloc::string::String;

use alloc::vec::Vec;
use core::fmt;

/// Why [`crate::Vm::extend`] refused a program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtendError {
    /// The new program does not start with the running one's names,
    /// constants, code objects and modules (it was not compiled against it).
    NotAnExtension(&'static str),
}

impl fmt::Display for ExtendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExtendError::NotAnExtension(what) => write!(
                f,
                "the new program's {what} do not extend the running program's"
            ),
        }
    }
}

impl Interp {
    /// `PrintExpr`: what the prompt shows for an expression statement.
    pub(crate) fn print_expr(&mut self, io: &mut dyn Board, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let mut out = String::new();
        self.text_io(io, v, true, &mut out)?;
        out.push('\n');
        io.write_str(&out);
        Ok(())
    }

    /// Switches to `program`, a superset of the running one (see the module docs).
    pub(crate) fn extend_program(&mut self, program: Program) -> Result<(), ExtendError> {
        let old = self.prog.clone();
        let (old, new) = (old.image(), program.image());
        let prefix = |a: usize, b: usize| a <= b;
        if !prefix(old.names.len(), new.names.len())
            || new.names[..old.names.len()] != old.names[..]
        {
            return Err(ExtendError::NotAnExtension("names"));
        }
        if !prefix(old.consts.len(), new.consts.len())
            || new.consts[..old.consts.len()] != old.consts[..]
        {
            return Err(ExtendError::NotAnExtension("constants"));
        }
        if !prefix(old.codes.len(), new.codes.len())
            || new.codes[..old.codes.len()] != old.codes[..]
        {
            return Err(ExtendError::NotAnExtension("code objects"));
        }
        if !prefix(old.modules.len(), new.modules.len())
            || new.modules[..old.modules.len()] != old.modules[..]
        {
            return Err(ExtendError::NotAnExtension("modules"));
        }
        let (on, nn) = (old.names.len(), new.names.len());
        // Every allocated globals block grows to the new name count.
        if nn > on {
            let mut order: Vec<usize> = (0..self.mods.len())
                .filter(|&k| self.mods[k].gbase != usize::MAX)
                .collect();
            let mods = &self.mods;
            crate::index_sort::sort_indices(&mut order, &mut |a, b| mods[a].gbase < mods[b].gbase);
            let mut globals = Vec::with_capacity(order.len() * nn);
            for k in order {
                let g = self.mods[k].gbase;
                self.mods[k].gbase = globals.len();
                globals.extend_from_slice(&self.globals[g..g + on]);
                globals.resize(globals.len() + nn - on, Value::UNBOUND);
            }
            self.globals = globals;
            for name in &new.names[on..] {
                self.builtins.push(crate::builtins::global(name));
                self.methods.push(crate::builtins::methods_named(name));
            }
        }
        let (oc, nc) = (old.codes.len(), new.codes.len());
        self.code_module.resize(nc, 0);
        for (k, m) in new.modules.iter().enumerate().skip(old.modules.len()) {
            let first = m.first as usize;
            for c in first..first + m.count as usize {
                if c < oc {
                    return Err(ExtendError::NotAnExtension("modules"));
                }
                self.code_module[c] = (k + 1) as u16;
            }
            self.mods.push(import::ModSlot {
                gbase: usize::MAX,
                state: import::UNLOADED,
            });
            self.mod_objs.push(Value::NONE);
        }
        let new_name = new.names[on..].iter().position(|n| n == "__name__");
        self.prog = Rc::new(program);
        // A `__name__` the program never mentioned before gets its value now.
        if let Some(i) = new_name {
            for k in 0..self.mods.len() {
                let g = self.mods[k].gbase;
                if g == usize::MAX {
                    continue;
                }
                let name = if k == 0 {
                    String::from("__main__")
                } else {
                    let e = &self.prog.image().modules[k - 1];
                    self.prog.image().names[e.name as usize].clone()
                };
                // Out of memory here leaves `__name__` unbound (a NameError later), never a crash.
                if let Ok(s) = self.new_str(&name) {
                    self.globals[g + on + i] = s;
                }
            }
        }
        Ok(())
    }

    /// Runs code object `entry` as a `__main__` module-level unit.
    pub(crate) fn run_unit(&mut self, io: &mut dyn Board, entry: u16) -> PyResult<Value> {
        let prog = self.prog.clone();
        let ok = prog.image().codes.get(entry as usize).is_some_and(|c| {
            c.argcount == 0
                && c.kwonlyargcount == 0
                && c.flags == 0
                && prog.image().names.get(c.name as usize).map(String::as_str) == Some("<module>")
        }) && self.code_module[entry as usize] == 0;
        if !ok {
            return Err(self.raise(
                crate::types::TypeId::SystemError,
                "run_unit: not a module-level code object of __main__",
            ));
        }
        if self.consts.len() < prog.image().consts.len() {
            if self.memory_error.is_none() {
                self.setup()?;
            } else {
                self.materialize_consts()?;
            }
        }
        let (nframes, base) = (self.frames.len(), self.stack.len());
        let nlocals = prog.image().codes[entry as usize].nlocals();
        self.stack.resize(base + nlocals, Value::UNBOUND);
        let r = self
            .push_frame(Frame::new(entry, base, base, true))
            .and_then(|_| self.execute(io));
        // Whatever happened, the next input starts from a clean stack.
        self.frames.truncate(nframes);
        self.stack.truncate(base);
        r
    }
}
