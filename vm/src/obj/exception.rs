//! Exception instances: payload `[type, args, traceback, cause, context]`.
//! The traceback is a list of small ints `code << 32 | line`, innermost last
//! added (the unwinder appends as the exception leaves each frame).

use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

pub(crate) const TYPE: usize = 0;
pub(crate) const ARGS: usize = 1;
pub(crate) const TRACEBACK: usize = 2;
pub(crate) const CAUSE: usize = 3;
pub(crate) const CONTEXT: usize = 4;

impl Interp {
    /// `ty(arg)`, or `ty()` when `arg` is `None`... use [`Interp::new_exception_raw`]
    /// for a real `None` argument.
    pub(crate) fn new_exception(&mut self, ty: TypeId, arg: Value) -> PyResult<Value> {
        self.new_exception_raw(ty, arg)
    }

    /// An exception of class `ty` with `args = (arg,)`, or `()` if `arg` is `None`.
    pub(crate) fn new_exception_raw(&mut self, ty: TypeId, arg: Value) -> PyResult<Value> {
        let n = usize::from(!arg.is_none());
        let mut keep = [arg];
        self.reserve_rooted(2 + n + 6, &mut keep)?;
        let t = self.alloc_reserved(Kind::Tuple, 1 + n)?;
        self.heap.set(t, 0, Value::small_int(n as i64));
        if n == 1 {
            self.heap.set(t, 1, keep[0]);
        }
        self.exception_with_args(ty, Value::obj(t))
    }

    /// An exception of class `ty` with the given args tuple.
    pub(crate) fn exception_with_args(&mut self, ty: TypeId, args: Value) -> PyResult<Value> {
        let mut keep = [args];
        self.reserve_rooted(6, &mut keep)?;
        let e = self.alloc_reserved(Kind::Exception, 5)?;
        self.heap.set(e, TYPE, ty.value());
        self.heap.set(e, ARGS, keep[0]);
        Ok(Value::obj(e))
    }

    /// The class of an exception instance.
    pub(crate) fn exc_type(&self, v: Value) -> Option<TypeId> {
        let off = v.as_obj()?;
        if self.heap.kind(off) != Kind::Exception {
            return None;
        }
        let t = self.heap.get(off, TYPE);
        if let Some(c) = self.obj_of(t, Kind::Class) {
            return Some(self.class_base(c));
        }
        t.as_type().and_then(TypeId::from_u16)
    }
}
