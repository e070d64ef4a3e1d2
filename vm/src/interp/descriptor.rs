//! User-defined descriptors: class attributes whose class defines
//! `__get__`, `__set__` or `__delete__` (CPython's descriptor protocol, as
//! `functools.cached_property` and `lru_cache` on methods need), and
//! `__set_name__`, called for each such attribute when its class is made.
//! Built-in descriptors (functions, `property`, `staticmethod`,
//! `classmethod`) keep their own fast paths in `class.rs`.

use super::{Interp, PyResult};
use crate::hal::Board;
use crate::heap::Kind;
use crate::obj::class::DICT;
use crate::value::Value;

impl Interp {
    /// Method `hook` (`"__get__"`, `"__set__"`, …) of `attr`'s class when
    /// `attr` is an instance of a user class that defines it.
    pub(crate) fn descriptor_hook(&self, attr: Value, hook: &str) -> Option<Value> {
        self.obj_of(attr, Kind::Instance)?;
        let cls = self.user_class_of(attr)?;
        self.class_lookup(cls, hook)
    }

    /// Whether `attr` is a data descriptor (defines `__set__` or
    /// `__delete__`), which takes precedence over the instance dict.
    pub(crate) fn is_data_descriptor(&self, attr: Value) -> bool {
        self.descriptor_hook(attr, "__set__").is_some()
            || self.descriptor_hook(attr, "__delete__").is_some()
    }

    /// `attr.__get__(obj, owner)` if `attr` is a user descriptor.
    pub(crate) fn descriptor_get(
        &mut self,
        io: &mut dyn Board,
        attr: Value,
        obj: Value,
        owner: Value,
    ) -> PyResult<Option<Value>> {
        match self.descriptor_hook(attr, "__get__") {
            Some(get) => self.call_value(io, get, &[attr, obj, owner]).map(Some),
            None => Ok(None),
        }
    }

    /// Calls `value.__set_name__(cls, name)` for each attribute of the new
    /// class `cls` that defines it, in definition order (as `type.__new__`
    /// does, before `__init_subclass__`).
    pub(crate) fn set_names(&mut self, io: &mut dyn Board, cls: Value) -> PyResult<()> {
        let sp = self.stack.len();
        self.stack.push(cls);
        let mut e = 0;
        let r = loop {
            // Re-read everything after each call: a collection moves objects.
            let cls = self.stack[sp];
            let Some(d) = self
                .obj_of(cls, Kind::Class)
                .and_then(|co| self.heap.get(co, DICT).as_obj())
            else {
                break Ok(());
            };
            if e >= self.dict_used(d) {
                break Ok(());
            }
            let (k, v) = self.dict_entry(d, e);
            e += 1;
            if k == Value::DELETED {
                continue;
            }
            if let Some(f) = self.descriptor_hook(v, "__set_name__") {
                if let Err(t) = self.call_value(io, f, &[v, cls, k]) {
                    break Err(t);
                }
            }
        };
        self.stack.truncate(sp);
        r
    }
}
