//! Python functions: payload `[code, defaults, kwdefaults, id, closure, class, dict]`.
//! `class` is the class whose body defined the function (for `super()`), else `None`.
//! `id` is a serial number: objects move, so identity hashing needs it.
//! `closure` is `None` or a tuple of cells, copied into the last local slots
//! of every call's frame (the callee's free variables).

use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

pub(crate) const CODE: usize = 0;
pub(crate) const DEFAULTS: usize = 1;
pub(crate) const KWDEFAULTS: usize = 2;
pub(crate) const ID: usize = 3;
pub(crate) const CLOSURE: usize = 4;
/// The defining class (for zero-argument `super()`), or `None`.
pub(crate) const CLASS: usize = 5;
/// Attributes set on the function (`f.calls = 0`): a dict, or `None` until the first.
pub(crate) const DICT: usize = 6;
/// Payload words of a function object.
const WORDS: usize = 7;

impl Interp {
    /// A function for code object `code` with the given defaults.
    pub(crate) fn new_function(
        &mut self,
        code: u16,
        defaults: Value,
        kwdefaults: Value,
    ) -> PyResult<Value> {
        self.new_closure(code, defaults, kwdefaults, Value::NONE)
    }

    /// A function that captures `closure` (a tuple of cells, or `None`).
    pub(crate) fn new_closure(
        &mut self,
        code: u16,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> PyResult<Value> {
        let mut keep = [defaults, kwdefaults, closure];
        self.reserve_rooted(WORDS + 1, &mut keep)?;
        let f = self.alloc_reserved(Kind::Function, WORDS)?;
        self.heap.set(f, CODE, Value::small_int(code as i64));
        self.heap.set(f, DEFAULTS, keep[0]);
        self.heap.set(f, KWDEFAULTS, keep[1]);
        self.next_id += 1;
        self.heap.set(f, ID, Value::small_int(self.next_id as i64));
        self.heap.set(f, CLOSURE, keep[2]);
        Ok(Value::obj(f))
    }

    /// A new cell holding `stack[slot]` (read after allocating, so it stays valid).
    pub(crate) fn new_cell_from_slot(&mut self, slot: usize) -> PyResult<Value> {
        let c = self.alloc(Kind::Cell, 1)?;
        self.heap.set(c, 0, self.stack[slot]);
        Ok(Value::obj(c))
    }

    /// The heap offset of the cell in `v`; a `SystemError` if `v` is not a
    /// cell (only a hand-made image can get that wrong).
    #[inline]
    pub(crate) fn cell_at(&mut self, v: Value) -> PyResult<u32> {
        match v.as_obj() {
            Some(off) if self.heap.kind(off) == Kind::Cell => Ok(off),
            _ => Err(self.raise(TypeId::SystemError, "deref of a local that is not a cell")),
        }
    }

    /// Copies a function's closure cells into the last local slots of a new
    /// frame (`stack[base + nlocals - ncells ..]`).
    #[inline(never)]
    pub(crate) fn copy_free_vars(
        &mut self,
        closure: Value,
        base: usize,
        nlocals: usize,
    ) -> PyResult<()> {
        let Some(items) = self.items(closure) else {
            return Err(self.raise(TypeId::SystemError, "function closure is not a tuple"));
        };
        if items.len > nlocals {
            return Err(self.raise(TypeId::SystemError, "closure larger than the frame"));
        }
        let first = base + nlocals - items.len;
        for i in 0..items.len {
            self.stack[first + i] = self.item(items, i);
        }
        Ok(())
    }
}
