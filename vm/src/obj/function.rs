//! Python functions: payload `[code, defaults, kwdefaults, id, class]`.
//! `class` is the class whose body defined the function (for `super()`), else `None`.
//! `id` is a serial number: objects move, so identity hashing needs it.

use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

pub(crate) const CODE: usize = 0;
pub(crate) const DEFAULTS: usize = 1;
pub(crate) const KWDEFAULTS: usize = 2;
pub(crate) const ID: usize = 3;
pub(crate) const CLASS: usize = 4;

impl Interp {
    /// A function for code object `code` with the given defaults.
    pub(crate) fn new_function(
        &mut self,
        code: u16,
        defaults: Value,
        kwdefaults: Value,
    ) -> PyResult<Value> {
        let mut keep = [defaults, kwdefaults];
        self.reserve_rooted(6, &mut keep)?;
        let f = self.alloc_reserved(Kind::Function, 5)?;
        self.heap.set(f, CODE, Value::small_int(code as i64));
        self.heap.set(f, DEFAULTS, keep[0]);
        self.heap.set(f, KWDEFAULTS, keep[1]);
        self.next_id += 1;
        self.heap.set(f, ID, Value::small_int(self.next_id as i64));
        Ok(Value::obj(f))
    }
}
