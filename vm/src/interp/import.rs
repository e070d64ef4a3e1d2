//! `import`: the built-in native modules (a multi-file app's own modules
//! come with the language issue).

use super::{Interp, PyResult};
use crate::builtins;
use crate::heap::Kind;
use crate::types::TypeId;
use crate::value::Value;

impl Interp {
    /// `import name` for name-table entry `name`.
    pub(crate) fn import_module(&mut self, name: usize) -> PyResult<Value> {
        let prog = self.prog.clone();
        let module = prog.image().names[name].as_str();
        let Some(index) = builtins::module_index(module) else {
            if builtins::left_out(module) {
                return Err(self.raise_string(
                    TypeId::ImportError,
                    alloc::format!(
                        "module '{module}' is not in this build of the VM (vm feature \"{module}\")"
                    ),
                ));
            }
            return Err(self.raise_string(
                TypeId::ModuleNotFoundError,
                alloc::format!("No module named '{module}'"),
            ));
        };
        self.new_module(index)
    }

    /// `from module import name`.
    pub(crate) fn import_from(&mut self, module: Value, name: usize) -> PyResult<Value> {
        match self.module_attr(module, name)? {
            Some(v) => Ok(v),
            None => {
                let prog = self.prog.clone();
                let attr = prog.image().names[name].as_str();
                let m = module
                    .as_obj()
                    .map_or(0, |o| self.small(self.heap.get(o, 0)));
                Err(self.raise_string(
                    TypeId::ImportError,
                    alloc::format!(
                        "cannot import name '{attr}' from '{}' (unknown location)",
                        builtins::module_name(m)
                    ),
                ))
            }
        }
    }

    /// `module.name` for a built-in module, if it has that attribute.
    pub(crate) fn module_attr(&mut self, module: Value, name: usize) -> PyResult<Option<Value>> {
        let Some(off) = module
            .as_obj()
            .filter(|o| self.heap.kind(*o) == Kind::Module)
        else {
            return Ok(None);
        };
        let m = self.small(self.heap.get(off, 0));
        let prog = self.prog.clone();
        builtins::module_member(self, m, &prog.image().names[name])
    }

    /// A module object for built-in module `index` (also used for
    /// namespace-like members such as `sys.implementation`).
    pub(crate) fn new_module(&mut self, index: usize) -> PyResult<Value> {
        let off = self.alloc(Kind::Module, 1)?;
        self.heap.set(off, 0, Value::small_int(index as i64));
        Ok(Value::obj(off))
    }
}
