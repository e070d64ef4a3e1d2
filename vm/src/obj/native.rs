//! Instances of built-in peripheral classes (`Pin`, `PWM`, `Timer`, …):
//! payload `[class, fields…]`; each class's builtins know its field layout.

use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

impl Interp {
    /// A new instance of `class` with the given fields (rooted across the allocation).
    pub(crate) fn new_native(&mut self, class: TypeId, fields: &[Value]) -> PyResult<Value> {
        let base = self.stack.len();
        self.stack.extend_from_slice(fields);
        let r = self.alloc(Kind::Native, 1 + fields.len());
        let off = match r {
            Ok(o) => o,
            Err(e) => {
                self.stack.truncate(base);
                return Err(e);
            }
        };
        self.heap.set(off, 0, class.value());
        for i in 0..fields.len() {
            self.heap.set(off, 1 + i, self.stack[base + i]);
        }
        self.stack.truncate(base);
        Ok(Value::obj(off))
    }

    /// Field `i` of a native instance of `class`, or `None` if `v` is not one.
    pub(crate) fn native_field(&self, v: Value, class: TypeId, i: usize) -> Option<Value> {
        let off = v.as_obj().filter(|o| self.heap.kind(*o) == Kind::Native)?;
        (self.heap.get(off, 0) == class.value()).then(|| self.heap.get(off, 1 + i))
    }

    /// Sets field `i` of a native instance (the caller checked its class).
    pub(crate) fn set_native_field(&mut self, v: Value, i: usize, x: Value) {
        if let Some(off) = v.as_obj() {
            self.heap.set(off, 1 + i, x);
        }
    }
}
