//! User-defined classes and their instances.
//!
//! A class is `[name, bases, mro, dict, id, base]`: `mro` is a tuple
//! computed by C3 that starts with the class itself and may contain built-in
//! classes (immediates) such as `ValueError` and `object`; `base` is the
//! built-in class whose layout instances use (`object`, or an exception class,
//! whose instances are `Kind::Exception` objects with a dict in slot
//! [`EXC_DICT`]). An instance of a plain class is `[class, dict, id]`; its
//! dict is allocated on the first attribute store. An instance of a class
//! deriving from a built-in value type (`list`, `dict`, `int`, `float`,
//! `str`, `tuple`) has a fourth slot [`INST_VALUE`] holding the built-in
//! value it stands for; operations the class does not override use it.

use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::vec::Vec;

pub(crate) const NAME: usize = 0;
pub(crate) const BASES: usize = 1;
pub(crate) const MRO: usize = 2;
pub(crate) const DICT: usize = 3;
pub(crate) const ID: usize = 4;
pub(crate) const BASE: usize = 5;

/// Instance slots.
pub(crate) const INST_CLASS: usize = 0;
pub(crate) const INST_DICT: usize = 1;
pub(crate) const INST_ID: usize = 2;
/// The wrapped built-in value of an instance of a built-in subclass.
pub(crate) const INST_VALUE: usize = 3;

/// Whether built-in `t` can be subclassed through a wrapped value.
pub(crate) fn is_value_base(t: TypeId) -> bool {
    cfg!(feature = "subclass") && wraps_value(t)
}

/// Whether a subclass of `t` wraps a value of `t`, when the VM has them.
fn wraps_value(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::List | TypeId::Dict | TypeId::Int | TypeId::Float | TypeId::Str | TypeId::Tuple
    )
}

/// The attribute dict of an exception whose class is a user class.
pub(crate) const EXC_DICT: usize = 5;

impl Interp {
    /// The heap offset of `v` if it is an object of kind `k`.
    #[inline]
    pub(crate) fn obj_of(&self, v: Value, k: Kind) -> Option<u32> {
        v.as_obj().filter(|o| self.heap.kind(*o) == k)
    }

    /// Whether `v` is an instance of a user class (plain or exception).
    #[inline]
    pub(crate) fn is_user_obj(&self, v: Value) -> bool {
        self.user_class_of(v).is_some()
    }

    /// The user class of `v`, if `v` is an instance of one.
    #[inline]
    pub(crate) fn user_class_of(&self, v: Value) -> Option<u32> {
        let off = v.as_obj()?;
        match self.heap.kind(off) {
            Kind::Instance => self.heap.get(off, INST_CLASS).as_obj(),
            Kind::Exception => self
                .heap
                .get(off, crate::obj::exception::TYPE)
                .as_obj()
                .filter(|c| self.heap.kind(*c) == Kind::Class),
            _ => None,
        }
    }

    /// The built-in value wrapped by an instance of a subclass of `list`,
    /// `dict`, `int`, … (`None` for anything else).
    #[inline]
    pub(crate) fn base_value(&self, v: Value) -> Option<Value> {
        if !cfg!(feature = "subclass") {
            return None;
        }
        let off = v.as_obj()?;
        (self.heap.kind(off) == Kind::Instance && self.heap.payload_len(off) > INST_VALUE)
            .then(|| self.heap.get(off, INST_VALUE))
    }

    /// The wrapped built-in value of `v` when its class defines none of
    /// `names` (the built-in behaviour applies); `None` otherwise.
    pub(crate) fn base_value_unless(&self, v: Value, names: &[&str]) -> Option<Value> {
        let inner = self.base_value(v)?;
        let cls = self.user_class_of(v)?;
        names
            .iter()
            .all(|n| self.class_lookup(cls, n).is_none())
            .then_some(inner)
    }

    /// Whether `str(v)` (or `repr(v)`) of a built-in subclass instance is
    /// its wrapped value's text: the class overrides neither method used.
    pub(crate) fn base_text(&self, v: Value, repr: bool) -> bool {
        let Some(cls) = self.user_class_of(v) else {
            return false;
        };
        let has_repr = self.class_lookup(cls, "__repr__").is_some();
        if repr {
            return !has_repr;
        }
        // `str` defines `__str__`; the others print their `__repr__`.
        self.class_lookup(cls, "__str__").is_none()
            && (!has_repr || self.class_base(cls) == TypeId::Str)
    }

    /// `len(x)` of a built-in sized value (`None` for anything else).
    pub(crate) fn base_len(&self, x: Value) -> Option<usize> {
        if let Some(it) = self.items(x) {
            return Some(it.len);
        }
        let off = x.as_obj()?;
        match self.heap.kind(off) {
            Kind::Str => Some(self.str_char_len(off)),
            Kind::Dict => Some(self.dict_len(off)),
            _ => None,
        }
    }

    /// `obj[key]` (`which` 0), `obj[key] = v` (1) or `del obj[key]` (2) on
    /// the value `x` wrapped by built-in subclass instance `obj`; a dict
    /// subclass's `__missing__` handles a missing key.
    pub(crate) fn base_subscr(
        &mut self,
        io: &mut dyn crate::hal::Board,
        which: u8,
        obj: Value,
        x: Value,
        key: Value,
        v: Value,
    ) -> PyResult<Value> {
        let missing = which == 0
            && self.is_dict(x)
            && self
                .user_class_of(obj)
                .is_some_and(|c| self.class_lookup(c, "__missing__").is_some());
        if missing {
            let sp = self.stack.len();
            self.stack.extend_from_slice(&[obj, key]);
            let r = self.dict_get_io(io, x, key);
            let (obj, key) = (self.stack[sp], self.stack[sp + 1]);
            self.stack.truncate(sp);
            return match r? {
                Some(v) => Ok(v),
                None => Ok(self
                    .call_special(io, obj, "__missing__", &[key])?
                    .unwrap_or(Value::NONE)),
            };
        }
        match self.subscr_io(io, which, x, key, v)? {
            Some(r) => Ok(r),
            None => match which {
                0 => self.getitem(x, key),
                1 => self.setitem(io, x, key, v).map(|_| Value::NONE),
                _ => self.delitem(x, key).map(|_| Value::NONE),
            },
        }
    }

    /// The attribute dict of a user instance (`None` if it has none yet).
    pub(crate) fn instance_dict(&self, v: Value) -> Option<u32> {
        let off = v.as_obj()?;
        let d = match self.heap.kind(off) {
            Kind::Instance => self.heap.get(off, INST_DICT),
            Kind::Exception if self.heap.payload_len(off) > EXC_DICT => {
                self.heap.get(off, EXC_DICT)
            }
            _ => return None,
        };
        d.as_obj()
    }

    /// A class's name.
    pub(crate) fn class_name(&self, cls: u32) -> &str {
        self.as_str(self.heap.get(cls, NAME)).unwrap_or("?")
    }

    /// The built-in class whose layout instances of `cls` use.
    pub(crate) fn class_base(&self, cls: u32) -> TypeId {
        self.heap
            .get(cls, BASE)
            .as_type()
            .and_then(TypeId::from_u16)
            .unwrap_or(TypeId::Object)
    }

    /// Looks `name` up along the MRO of `cls`, starting after position `skip`.
    pub(crate) fn class_lookup_from(&self, cls: u32, name: &str, skip: usize) -> Option<Value> {
        let mro = self.heap.get(cls, MRO);
        let it = self.items(mro)?;
        for i in skip..it.len {
            let c = self.item(it, i);
            if let Some(co) = self.obj_of(c, Kind::Class) {
                if let Some(d) = self.heap.get(co, DICT).as_obj() {
                    if let Some(e) = self.dict_find_str(d, name) {
                        return Some(self.dict_entry(d, e).1);
                    }
                }
            }
        }
        None
    }

    /// `name` looked up along the MRO of `cls`.
    #[inline]
    pub(crate) fn class_lookup(&self, cls: u32, name: &str) -> Option<Value> {
        self.class_lookup_from(cls, name, 0)
    }

    /// Whether class value `sub` is `sup` or derives from it (either may be built-in).
    pub(crate) fn class_is_subclass(&self, sub: Value, sup: Value) -> bool {
        if sub == sup {
            return true;
        }
        if let Some(co) = self.obj_of(sub, Kind::Class) {
            let mro = self.heap.get(co, MRO);
            if let Some(it) = self.items(mro) {
                return (0..it.len).any(|i| self.item(it, i) == sup);
            }
            return false;
        }
        match (
            sub.as_type().and_then(TypeId::from_u16),
            sup.as_type().and_then(TypeId::from_u16),
        ) {
            (Some(a), Some(b)) => a.is_subclass(b),
            _ => false,
        }
    }

    /// `type(v)` as a value: the user class for user instances.
    pub(crate) fn class_value_of(&self, v: Value) -> Value {
        match self.user_class_of(v).or_else(|| self.nt_class(v)) {
            Some(c) => Value::obj(c),
            None => self.type_of(v).value(),
        }
    }

    /// Whether `v` is a class (built-in or user).
    pub(crate) fn is_class(&self, v: Value) -> bool {
        v.as_type().is_some() || self.obj_of(v, Kind::Class).is_some()
    }

    /// The MRO of a class value as a list of class values.
    fn mro_of(&self, c: Value) -> Vec<Value> {
        if let Some(co) = self.obj_of(c, Kind::Class) {
            let mro = self.heap.get(co, MRO);
            return self
                .items(mro)
                .map(|it| self.items_vec(it))
                .unwrap_or_default();
        }
        let mut out = Vec::new();
        if let Some(mut t) = c.as_type().and_then(TypeId::from_u16) {
            loop {
                out.push(t.value());
                if t == TypeId::Object {
                    break;
                }
                t = t.base();
            }
        }
        out
    }

    /// C3 linearisation of a class with `bases` (the class itself not included).
    fn c3(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| self.mro_of(*b)).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let cand = seqs
                .iter()
                .map(|s| s[0])
                .find(|&c| seqs.iter().all(|s| !s[1..].contains(&c)));
            let Some(c) = cand else {
                let mut names = Vec::new();
                for s in &seqs {
                    let n = self.class_display_name(s[0]);
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(self.raise_string(
                    TypeId::TypeError,
                    format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    ),
                ));
            };
            out.push(c);
            for s in seqs.iter_mut() {
                if s[0] == c {
                    s.remove(0);
                }
            }
        }
    }

    /// A class's `__name__`.
    pub(crate) fn class_display_name(&self, c: Value) -> alloc::string::String {
        match self.obj_of(c, Kind::Class) {
            Some(co) => self.class_name(co).into(),
            None => c
                .as_type()
                .and_then(TypeId::from_u16)
                .map_or("?", |t| t.name())
                .into(),
        }
    }

    /// Creates a class named `name` (a str) from a bases tuple and the
    /// namespace dict its body filled. All three must be on the VM stack at
    /// `at..at + 3` (rooted); the class is returned.
    pub(crate) fn new_class(&mut self, at: usize) -> PyResult<Value> {
        let bases_v = self.stack[at + 1];
        let mut bases = self
            .items(bases_v)
            .map(|it| self.items_vec(it))
            .unwrap_or_default();
        let mut base = TypeId::Object;
        for (i, b) in bases.iter().enumerate() {
            if !self.is_class(*b) {
                let tn = self.type_name(*b).to_owned_string();
                return Err(
                    self.raise_string(TypeId::TypeError, format!("bases must be types, not {tn}"))
                );
            }
            if bases[..i].contains(b) {
                let n = self.class_display_name(*b);
                return Err(
                    self.raise_string(TypeId::TypeError, format!("duplicate base class {n}"))
                );
            }
            let layout = match self.obj_of(*b, Kind::Class) {
                Some(co) => self.class_base(co),
                None => b
                    .as_type()
                    .and_then(TypeId::from_u16)
                    .unwrap_or(TypeId::Object),
            };
            if matches!(layout, TypeId::Bool | TypeId::Range) {
                // Final in CPython too.
                return Err(self.raise_string(
                    TypeId::TypeError,
                    format!("type '{}' is not an acceptable base type", layout.name()),
                ));
            }
            if !cfg!(feature = "subclass") && wraps_value(layout) {
                return Err(self.left_out("subclass"));
            }
            if layout != TypeId::Object && !layout.is_exception() && !is_value_base(layout) {
                return Err(self.not_implemented(&format!(
                    "subclassing the built-in type '{}'",
                    layout.name()
                )));
            }
            if layout != TypeId::Object {
                let conflict = if base == TypeId::Object || base == layout {
                    base = layout;
                    false
                } else if is_value_base(layout) || is_value_base(base) {
                    true
                } else if layout.is_subclass(base) {
                    base = layout;
                    false
                } else {
                    !base.is_subclass(layout)
                };
                if conflict {
                    return Err(self.raise(
                        TypeId::TypeError,
                        "multiple bases have instance lay-out conflict",
                    ));
                }
            }
        }
        if bases.is_empty() {
            bases.push(TypeId::Object.value());
        }
        let mro = self.c3(&bases)?;
        // Everything held in Rust locals is re-read from the stack after allocating.
        let n = mro.len();
        let sp = self.stack.len();
        self.stack.extend_from_slice(&mro);
        // MRO tuple (len + class + n), class, and possibly `(object,)`.
        self.reserve((n + 3) + 7 + 3)?;
        let t = self.alloc_reserved(Kind::Tuple, n + 2)?;
        let c = self.alloc_reserved(Kind::Class, 6)?;
        self.heap.set(t, 0, Value::small_int(n as i64 + 1));
        self.heap.set(t, 1, Value::obj(c));
        for i in 0..n {
            self.heap.set(t, 2 + i, self.stack[sp + i]);
        }
        self.stack.truncate(sp);
        let bases_t = if self.items(self.stack[at + 1]).is_some_and(|it| it.len == 0) {
            // `class C:` has `__bases__ == (object,)`.
            let b = self.alloc_reserved(Kind::Tuple, 2)?;
            self.heap.set(b, 0, Value::small_int(1));
            self.heap.set(b, 1, TypeId::Object.value());
            Value::obj(b)
        } else {
            self.stack[at + 1]
        };
        self.heap.set(c, NAME, self.stack[at]);
        self.heap.set(c, BASES, bases_t);
        self.heap.set(c, MRO, Value::obj(t));
        self.heap.set(c, DICT, self.stack[at + 2]);
        self.next_id += 1;
        self.heap.set(c, ID, Value::small_int(self.next_id as i64));
        self.heap.set(c, BASE, base.value());
        Ok(Value::obj(c))
    }

    /// A new, attribute-less instance of plain user class `cls` (rooted by
    /// the caller). A subclass of a built-in value type wraps an empty
    /// `list`/`dict`, or `0`/`''`/`()` until its `__new__` sets the value.
    pub(crate) fn new_instance(&mut self, cls: Value) -> PyResult<Value> {
        let base = self
            .obj_of(cls, Kind::Class)
            .map_or(TypeId::Object, |c| self.class_base(c));
        if is_value_base(base) {
            if base == TypeId::Float && !cfg!(feature = "float") {
                return Err(self.left_out("float"));
            }
            let v = match base {
                TypeId::Int => Value::small_int(0),
                TypeId::Float => Value::float(0.0),
                _ => Value::NONE,
            };
            return self.new_value_instance(cls, v);
        }
        let mut keep = [cls];
        self.reserve_rooted(4, &mut keep)?;
        let o = self.alloc_reserved(Kind::Instance, 3)?;
        self.heap.set(o, INST_CLASS, keep[0]);
        self.next_id += 1;
        self.heap
            .set(o, INST_ID, Value::small_int(self.next_id as i64));
        Ok(Value::obj(o))
    }

    /// A new instance of `cls` (a subclass of a built-in value type) wrapping
    /// `v`; `None` stands for a fresh empty value of the base type. Both are
    /// rooted by the caller.
    pub(crate) fn new_value_instance(&mut self, cls: Value, v: Value) -> PyResult<Value> {
        let base = self
            .obj_of(cls, Kind::Class)
            .map_or(TypeId::Object, |c| self.class_base(c));
        let mut keep = [cls, v];
        if v.is_none() {
            let sp = self.stack.len();
            self.stack.push(cls);
            let e = match base {
                TypeId::List => self.new_list(0),
                TypeId::Dict => self.new_dict(4),
                TypeId::Str => self.new_str(""),
                _ => self.new_tuple(0),
            };
            keep[0] = self.stack[sp];
            self.stack.truncate(sp);
            keep[1] = e?;
        }
        self.reserve_rooted(5, &mut keep)?;
        let o = self.alloc_reserved(Kind::Instance, 4)?;
        self.heap.set(o, INST_CLASS, keep[0]);
        self.heap.set(o, INST_VALUE, keep[1]);
        self.next_id += 1;
        self.heap
            .set(o, INST_ID, Value::small_int(self.next_id as i64));
        Ok(Value::obj(o))
    }

    /// A new exception instance of user class `cls` with `args` (both rooted by the caller).
    pub(crate) fn new_user_exception(&mut self, cls: Value, args: Value) -> PyResult<Value> {
        let mut keep = [cls, args];
        self.reserve_rooted(7, &mut keep)?;
        let e = self.alloc_reserved(Kind::Exception, 6)?;
        self.heap.set(e, crate::obj::exception::TYPE, keep[0]);
        self.heap.set(e, crate::obj::exception::ARGS, keep[1]);
        Ok(Value::obj(e))
    }

    /// A one-field wrapper object (`staticmethod`, `classmethod`, `super`, `property`).
    pub(crate) fn new_wrapper(&mut self, kind: Kind, fields: &[Value]) -> PyResult<Value> {
        let mut keep = [Value::NONE; 3];
        keep[..fields.len()].copy_from_slice(fields);
        self.reserve_rooted(fields.len() + 1, &mut keep)?;
        let o = self.alloc_reserved(kind, fields.len())?;
        for (i, v) in keep[..fields.len()].iter().enumerate() {
            self.heap.set(o, i, *v);
        }
        Ok(Value::obj(o))
    }
}

/// `&str` → owned string, used where a type name must outlive a borrow.
pub(crate) trait ToOwnedString {
    /// An owned copy.
    fn to_owned_string(&self) -> alloc::string::String;
}

impl ToOwnedString for str {
    fn to_owned_string(&self) -> alloc::string::String {
        alloc::string::String::from(self)
    }
}
