//! Classes at run time: class bodies (`LoadName`/`StoreName`/`BuildClass`),
//! instantiation, descriptor-aware attribute access on instances, classes
//! and `super()` objects.
//!
//! Python code reached from here (property getters, `__getattr__`) runs in
//! a nested dispatch loop via [`Interp::call_value`]; `__init__` instead runs
//! as an ordinary frame flagged `init` (see `dispatch.rs`, `ReturnValue`),
//! so constructing objects recursively does not use Rust stack.

use super::call::Called;
use super::{Interp, PyResult, Thrown};
use crate::hal::Board;
use crate::heap::Kind;
use crate::obj::class::{is_value_base, DICT, INST_DICT, MRO};
use crate::obj::function;
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::string::String;

impl Interp {
    /// The class namespace of the running class body (local 0), or `SystemError`.
    fn class_ns(&mut self, code: u16, base: usize) -> PyResult<Value> {
        let nlocals = self.prog.image().codes[code as usize].nlocals();
        let ns = if nlocals >= 1 && base < self.stack.len() {
            self.stack[base]
        } else {
            Value::NONE
        };
        if !self.is_dict(ns) {
            return Err(self.raise(TypeId::SystemError, "name op outside a class body"));
        }
        Ok(ns)
    }

    /// `LoadName`: class namespace, then globals, then builtins.
    pub(crate) fn op_load_name(&mut self, code: u16, base: usize, name: usize) -> PyResult<Value> {
        let ns = self.class_ns(code, base)?;
        let prog = self.prog.clone();
        let s = prog.image().names[name].as_str();
        if let Some(d) = ns.as_obj() {
            if let Some(e) = self.dict_find_str(d, s) {
                return Ok(self.dict_entry(d, e).1);
            }
        }
        let mut v = self.globals[self.gbase_of(code) + name];
        if v == Value::UNBOUND {
            v = self.builtins[name];
            if v == Value::UNBOUND {
                return Err(self.name_error(name));
            }
        }
        Ok(v)
    }

    /// `StoreName`: binds in the class namespace.
    pub(crate) fn op_store_name(
        &mut self,
        code: u16,
        base: usize,
        name: usize,
        v: Value,
    ) -> PyResult<()> {
        let ns = self.class_ns(code, base)?;
        self.stack.push(v);
        let r = self.dict_set_name(ns, name, v);
        self.stack.pop();
        r
    }

    /// `DeleteName`.
    pub(crate) fn op_delete_name(&mut self, code: u16, base: usize, name: usize) -> PyResult<()> {
        let ns = self.class_ns(code, base)?;
        let prog = self.prog.clone();
        let s = prog.image().names[name].as_str();
        let found = ns.as_obj().and_then(|d| self.dict_find_str(d, s));
        match found {
            Some(e) => {
                let (k, _) = self.dict_entry(ns.as_obj().unwrap_or(0), e);
                self.dict_remove(ns, k)?;
                Ok(())
            }
            None => Err(self.name_error(name)),
        }
    }

    /// `d[names[name]] = v` (`d` and `v` must be rooted by the caller).
    fn dict_set_name(&mut self, d: Value, name: usize, v: Value) -> PyResult<()> {
        let prog = self.prog.clone();
        let s = prog.image().names[name].as_str();
        self.dict_set_str(d, s, v)
    }

    /// `d[s] = v` for a str key (`d` and `v` must be rooted by the caller).
    pub(crate) fn dict_set_str(&mut self, d: Value, s: &str, v: Value) -> PyResult<()> {
        let off = d.as_obj().unwrap_or(0);
        if let Some(e) = self.dict_find_str(off, s) {
            self.dict_set_entry_value(off, e, v);
            return Ok(());
        }
        self.stack.push(d);
        self.stack.push(v);
        let k = self.new_str(s);
        let v = self.stack.pop().unwrap_or(Value::NONE);
        let d = self.stack.pop().unwrap_or(Value::NONE);
        self.dict_set(d, k?, v)
    }

    /// `BuildClass`: `bases ns` on the stack → the class. Functions defined in
    /// the body remember the class, for zero-argument `super()`.
    pub(crate) fn op_build_class(&mut self, name: usize) -> PyResult<Value> {
        let prog = self.prog.clone();
        // As CPython's class bodies do: `__module__` names the defining module.
        let ns = self.stack[self.stack.len() - 1];
        if let Some(d) = ns.as_obj().filter(|d| self.heap.kind(*d) == Kind::Dict) {
            if self.dict_find_str(d, "__module__").is_none() {
                let code = self.frames.last().map_or(0, |f| f.code);
                let module = match self.code_module[code as usize] {
                    0 => String::from("__main__"),
                    k => {
                        let e = &prog.image().modules[k as usize - 1];
                        prog.image().names[e.name as usize].clone()
                    }
                };
                let s = self.new_str(&module)?;
                let ns = self.stack[self.stack.len() - 1];
                self.dict_set_str(ns, "__module__", s)?;
            }
        }
        let n = self.new_str(&prog.image().names[name])?;
        let at = self.stack.len() - 2;
        // name bases ns
        self.stack.insert(at, n);
        let r = self.new_class(at);
        let (ns, cls) = (self.stack[at + 2], r.unwrap_or(Value::NONE));
        self.stack.truncate(at);
        let cls_v = r?;
        if let Some(d) = ns.as_obj() {
            for e in 0..self.dict_used(d) {
                let (k, mut f) = self.dict_entry(d, e);
                if k == Value::DELETED {
                    continue;
                }
                if let Some(w) = f.as_obj().filter(|w| {
                    matches!(
                        self.heap.kind(*w),
                        Kind::StaticMethod | Kind::ClassMethod | Kind::Property
                    )
                }) {
                    f = self.heap.get(w, 0);
                    // A property's setter and deleter are functions of the class too.
                    if self.heap.kind(w) == Kind::Property {
                        for i in 1..3 {
                            let g = self.heap.get(w, i);
                            if let Some(go) = self.obj_of(g, Kind::Function) {
                                self.heap.set(go, function::CLASS, cls);
                            }
                        }
                    }
                }
                if let Some(fo) = self.obj_of(f, Kind::Function) {
                    self.heap.set(fo, function::CLASS, cls);
                }
            }
        }
        Ok(cls_v)
    }

    /// Finishes making class `cls` (which the caller keeps rooted): calls
    /// `__set_name__` on its attributes, then the nearest base's
    /// `__init_subclass__` (implicitly a class method).
    pub(crate) fn init_subclass(&mut self, io: &mut dyn Board, cls: Value) -> PyResult<()> {
        self.stack.push(cls);
        let named = self.set_names(io, cls);
        let cls = self.stack.pop().unwrap_or(Value::NONE);
        named?;
        let Some(co) = self.obj_of(cls, Kind::Class) else {
            return Ok(());
        };
        let Some(f) = self.class_lookup_from(co, "__init_subclass__", 1) else {
            return Ok(());
        };
        let f = match self.obj_of(f, Kind::ClassMethod) {
            Some(cm) => self.heap.get(cm, 0),
            None => f,
        };
        self.call_value(io, f, &[cls]).map(|_| ())
    }

    /// The `__module__` a class was defined in (`__main__` if unknown).
    pub(crate) fn class_module(&self, cls: u32) -> String {
        let d = self.heap.get(cls, DICT);
        d.as_obj()
            .and_then(|d| {
                self.dict_find_str(d, "__module__")
                    .map(|e| self.dict_entry(d, e).1)
            })
            .and_then(|v| self.as_str(v).map(String::from))
            .unwrap_or_else(|| String::from("__main__"))
    }

    /// `LoadSuper`: zero-argument `super()` in a function defined in a class body.
    pub(crate) fn op_load_super(&mut self, base: usize) -> PyResult<Value> {
        let f = if base >= 1 {
            self.stack[base - 1]
        } else {
            Value::NONE
        };
        let cls = self
            .obj_of(f, Kind::Function)
            .map_or(Value::NONE, |fo| self.heap.get(fo, function::CLASS));
        let has_arg = self
            .frames
            .last()
            .is_some_and(|fr| self.prog.image().codes[fr.code as usize].argcount >= 1);
        if cls.is_none() || !has_arg {
            return Err(self.raise(TypeId::RuntimeError, "super(): no arguments"));
        }
        let obj = self.stack[base];
        self.new_super(cls, obj)
    }

    /// `super(cls, obj)` after checking that `obj` is an instance (or subclass) of `cls`.
    pub(crate) fn new_super(&mut self, cls: Value, obj: Value) -> PyResult<Value> {
        let oc = if self.is_class(obj) {
            obj
        } else {
            self.class_value_of(obj)
        };
        if self.obj_of(cls, Kind::Class).is_none() || !self.class_is_subclass(oc, cls) {
            return Err(self.raise(
                TypeId::TypeError,
                "super(type, obj): obj must be an instance or subtype of type",
            ));
        }
        self.new_wrapper(Kind::Super, &[cls, obj])
    }

    /// Binds a class attribute found by lookup to `obj` (an instance) or to
    /// the class `cls` itself when `obj` is `None`. Properties are handled by callers.
    fn bind(&mut self, attr: Value, obj: Value, cls: Value) -> PyResult<Value> {
        let Some(off) = attr.as_obj() else {
            return Ok(attr);
        };
        let (f, recv) = match self.heap.kind(off) {
            Kind::Function if !obj.is_none() => (attr, obj),
            Kind::StaticMethod => return Ok(self.heap.get(off, 0)),
            Kind::ClassMethod => (self.heap.get(off, 0), cls),
            _ => return Ok(attr),
        };
        let mut keep = [f, recv];
        self.reserve_rooted(3, &mut keep)?;
        let b = self.alloc_reserved(Kind::BoundMethod, 2)?;
        self.heap.set(b, 0, keep[0]);
        self.heap.set(b, 1, keep[1]);
        Ok(Value::obj(b))
    }

    /// `obj.name` when `obj` is a user instance, a user class or a `super`
    /// object; `None` means "not such an object" (the built-in path applies).
    pub(crate) fn user_getattr(
        &mut self,
        io: &mut dyn Board,
        obj: Value,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let Some(off) = obj.as_obj() else {
            return Ok(None);
        };
        match self.heap.kind(off) {
            Kind::Instance | Kind::Exception => {
                let Some(cls) = self.user_class_of(obj) else {
                    return Ok(None);
                };
                let cv = self.class_lookup(cls, name);
                if let Some(p) = cv.and_then(|c| self.obj_of(c, Kind::Property)) {
                    let getter = self.heap.get(p, 0);
                    if getter.is_none() {
                        return Err(self.raise_string(
                            TypeId::AttributeError,
                            format!(
                                "property '{name}' of '{}' object has no getter",
                                self.class_name(cls)
                            ),
                        ));
                    }
                    return self.call_value(io, getter, &[obj]).map(Some);
                }
                // A user data descriptor wins over the instance dict; a
                // non-data one (only `__get__`) loses to it.
                let desc = cv.filter(|&a| self.descriptor_hook(a, "__get__").is_some());
                if let Some(a) = desc.filter(|&a| self.is_data_descriptor(a)) {
                    return self.descriptor_get(io, a, obj, Value::obj(cls));
                }
                if let Some(d) = self.instance_dict(obj) {
                    if let Some(e) = self.dict_find_str(d, name) {
                        return Ok(Some(self.dict_entry(d, e).1));
                    }
                }
                if let Some(a) = desc {
                    return self.descriptor_get(io, a, obj, Value::obj(cls));
                }
                if let Some(a) = cv {
                    return self.bind(a, obj, Value::obj(cls)).map(Some);
                }
                match name {
                    "__class__" => return Ok(Some(Value::obj(cls))),
                    "__dict__" => {
                        let d = self.ensure_instance_dict(obj)?;
                        return Ok(Some(d));
                    }
                    _ => {}
                }
                if self.heap.kind(off) == Kind::Exception {
                    // `args`, `__cause__`, … of the built-in layout.
                    let idx = self.prog.image().names.iter().position(|n| n == name);
                    if let Some(i) = idx {
                        if let Ok(v) = self.getattr(obj, i) {
                            return Ok(Some(v));
                        }
                        self.exc = Value::NONE;
                    }
                }
                let (obj, cls) = match self.base_attr(obj, cls, name)? {
                    Ok(v) => return Ok(Some(v)),
                    Err(moved) => moved,
                };
                if let Some(ga) = self.class_lookup(cls, "__getattr__") {
                    let sp = self.stack.len();
                    self.stack.push(ga);
                    self.stack.push(obj);
                    let s = self.new_str(name);
                    let (ga, obj) = (self.stack[sp], self.stack[sp + 1]);
                    self.stack.truncate(sp);
                    return self.call_value(io, ga, &[obj, s?]).map(Some);
                }
                Err(self.raise_string(
                    TypeId::AttributeError,
                    format!(
                        "'{}' object has no attribute '{name}'",
                        self.class_name(cls)
                    ),
                ))
            }
            Kind::Class => {
                if let Some(a) = self.class_lookup(off, name) {
                    if let Some(v) = self.descriptor_get(io, a, Value::NONE, obj)? {
                        return Ok(Some(v));
                    }
                    return self.bind(a, Value::NONE, obj).map(Some);
                }
                match name {
                    "__name__" | "__qualname__" => {
                        let n = self.heap.get(off, crate::obj::class::NAME);
                        return Ok(Some(n));
                    }
                    "__bases__" => return Ok(Some(self.heap.get(off, crate::obj::class::BASES))),
                    "__mro__" => return Ok(Some(self.heap.get(off, MRO))),
                    "__dict__" => return Ok(Some(self.heap.get(off, DICT))),
                    "__module__" => return self.new_str("__main__").map(Some),
                    "__class__" => return Ok(Some(TypeId::Type.value())),
                    _ => {}
                }
                let base = self.class_base(off);
                if is_value_base(base) {
                    // `MyList.append`, `MyDict.fromkeys`: the built-in base's attribute.
                    if let Some(b) = crate::builtins::class_attr(base, name) {
                        return Ok(Some(b));
                    }
                }
                Err(self.raise_string(
                    TypeId::AttributeError,
                    format!(
                        "type object '{}' has no attribute '{name}'",
                        self.class_name(off)
                    ),
                ))
            }
            Kind::Super => {
                let (cls, target) = (self.heap.get(off, 0), self.heap.get(off, 1));
                let start = if self.is_class(target) {
                    target
                } else {
                    self.class_value_of(target)
                };
                let mut found = None;
                if let Some(so) = self.obj_of(start, Kind::Class) {
                    let mro = self.heap.get(so, MRO);
                    if let Some(it) = self.items(mro) {
                        let pos = (0..it.len).find(|&i| self.item(it, i) == cls);
                        if let Some(p) = pos {
                            found = self.class_lookup_from(so, name, p + 1);
                        }
                    }
                }
                let is_cls = self.is_class(target);
                if let Some(a) = found {
                    if let Some(p) = self.obj_of(a, Kind::Property) {
                        let g = self.heap.get(p, 0);
                        return self.call_value(io, g, &[target]).map(Some);
                    }
                    let (inst, owner) = if is_cls {
                        (Value::NONE, target)
                    } else {
                        (target, self.class_value_of(target))
                    };
                    if let Some(v) = self.descriptor_get(io, a, inst, owner)? {
                        return Ok(Some(v));
                    }
                    return if is_cls {
                        self.bind(a, Value::NONE, target).map(Some)
                    } else {
                        let tc = self.class_value_of(target);
                        self.bind(a, target, tc).map(Some)
                    };
                }
                if name == "__new__" {
                    // `super().__new__(cls)`: a static method, not bound.
                    return Ok(Some(crate::builtins::global("object.__new__")));
                }
                if name == "__init_subclass__" {
                    // `object.__init_subclass__()` does nothing.
                    return Ok(Some(crate::builtins::global("object.__init_subclass__")));
                }
                let base = self.obj_of(start, Kind::Class).map(|c| self.class_base(c));
                if let Some(base) = base.filter(|b| is_value_base(*b)) {
                    // `super().__setitem__(k, v)`, `super().append(x)`: the built-in base's.
                    if let Some(b) = crate::builtins::class_attr(base, name) {
                        return if is_cls {
                            Ok(Some(b))
                        } else {
                            self.bind_builtin(b, target).map(Some)
                        };
                    }
                }
                if !is_cls {
                    // Methods of the built-in base (`object` or an exception class).
                    let exc = self.obj_of(target, Kind::Exception).is_some();
                    let builtin = match name {
                        "__init__" if exc => Some("BaseException.__init__"),
                        "__init__" => Some("object.__init__"),
                        "__str__" => Some("object.__str__"),
                        "__repr__" => Some("object.__repr__"),
                        "__eq__" => Some("object.__eq__"),
                        "__ne__" => Some("object.__ne__"),
                        "__setattr__" => Some("object.__setattr__"),
                        _ => None,
                    };
                    if let Some(b) = builtin {
                        let b = crate::builtins::global(b);
                        return self.bind_builtin(b, target).map(Some);
                    }
                }
                Err(self.raise_string(
                    TypeId::AttributeError,
                    format!("'super' object has no attribute '{name}'"),
                ))
            }
            Kind::Tuple => match self.nt_class(obj) {
                Some(cls) => self.nt_getattr(io, obj, cls, name),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// [`Interp::bind`] for other modules.
    pub(crate) fn bind_attr(&mut self, attr: Value, obj: Value, cls: Value) -> PyResult<Value> {
        self.bind(attr, obj, cls)
    }

    /// Attribute `name` of the built-in base of `obj` (an instance of user
    /// class `cls`), e.g. `self.append`: `Ok(value)`, or `Err((obj, cls))`
    /// re-read after any collection when there is none.
    fn base_attr(
        &mut self,
        obj: Value,
        cls: u32,
        name: &str,
    ) -> PyResult<Result<Value, (Value, u32)>> {
        let Some(inner) = self.base_value(obj) else {
            return Ok(Err((obj, cls)));
        };
        let idx = self.prog.image().names.iter().position(|n| n == name);
        let sp = self.stack.len();
        self.stack.push(obj);
        let got = idx.map(|i| self.getattr(inner, i));
        let obj = self.stack[sp];
        self.stack.truncate(sp);
        match got {
            Some(Ok(v)) => return Ok(Ok(v)),
            Some(Err(_)) => self.exc = Value::NONE,
            None => {}
        }
        let cls = self.user_class_of(obj).unwrap_or(cls);
        let base = self.class_base(cls);
        if let Some(b) = crate::builtins::class_attr(base, name) {
            return self.bind_builtin(b, obj).map(Ok);
        }
        Ok(Err((obj, cls)))
    }

    fn bind_builtin(&mut self, b: Value, recv: Value) -> PyResult<Value> {
        let mut keep = [recv];
        self.reserve_rooted(3, &mut keep)?;
        let m = self.alloc_reserved(Kind::BoundMethod, 2)?;
        self.heap.set(m, 0, b);
        self.heap.set(m, 1, keep[0]);
        Ok(Value::obj(m))
    }

    /// The instance's attribute dict, created on first use.
    fn ensure_instance_dict(&mut self, obj: Value) -> PyResult<Value> {
        if let Some(d) = self.instance_dict(obj) {
            return Ok(Value::obj(d));
        }
        self.stack.push(obj);
        let d = self.new_dict(4);
        let obj = self.stack.pop().unwrap_or(Value::NONE);
        let d = d?;
        let off = obj.as_obj().unwrap_or(0);
        let slot = if self.heap.kind(off) == Kind::Instance {
            INST_DICT
        } else {
            crate::obj::class::EXC_DICT
        };
        self.heap.set(off, slot, d);
        Ok(d)
    }

    /// `obj.name = v` for user instances and classes; `false` if `obj` is neither.
    pub(crate) fn user_setattr(
        &mut self,
        io: &mut dyn Board,
        obj: Value,
        name: &str,
        v: Value,
    ) -> PyResult<bool> {
        if let Some(slot) = self.user_module_slot(obj, name)? {
            self.globals[slot] = v;
            return Ok(true);
        }
        if let Some(co) = self.obj_of(obj, Kind::Class) {
            let d = self.heap.get(co, DICT);
            self.stack.push(v);
            let r = self.dict_set_str(d, name, v);
            self.stack.pop();
            r?;
            return Ok(true);
        }
        if let Some(fo) = self.obj_of(obj, Kind::Function) {
            let mut d = self.heap.get(fo, function::DICT);
            if d.is_none() {
                self.stack.push(obj);
                self.stack.push(v);
                let nd = self.new_dict(4);
                let v2 = self.stack.pop().unwrap_or(Value::NONE);
                let obj2 = self.stack.pop().unwrap_or(Value::NONE);
                d = nd?;
                let fo = obj2.as_obj().unwrap_or(0);
                self.heap.set(fo, function::DICT, d);
                self.stack.push(v2);
            } else {
                self.stack.push(v);
            }
            let v = self.stack[self.stack.len() - 1];
            let r = self.dict_set_str(d, name, v);
            self.stack.pop();
            r?;
            return Ok(true);
        }
        let Some(cls) = self.user_class_of(obj) else {
            return Ok(false);
        };
        if self.heap.kind(obj.as_obj().unwrap_or(0)) == Kind::Exception
            && self.heap.payload_len(obj.as_obj().unwrap_or(0)) <= crate::obj::class::EXC_DICT
        {
            return Ok(false);
        }
        if let Some(p) = self
            .class_lookup(cls, name)
            .and_then(|c| self.obj_of(c, Kind::Property))
        {
            let setter = self.heap.get(p, 1);
            if setter.is_none() {
                return Err(self.raise_string(
                    TypeId::AttributeError,
                    format!(
                        "property '{name}' of '{}' object has no setter",
                        self.class_name(cls)
                    ),
                ));
            }
            self.call_value(io, setter, &[obj, v])?;
            return Ok(true);
        }
        let set = self
            .class_lookup(cls, name)
            .and_then(|a| Some((a, self.descriptor_hook(a, "__set__")?)));
        if let Some((a, set)) = set {
            self.call_value(io, set, &[a, obj, v])?;
            return Ok(true);
        }
        if let Some(sa) = self.class_lookup(cls, "__setattr__") {
            self.stack.push(sa);
            self.stack.push(obj);
            self.stack.push(v);
            let s = self.new_str(name);
            let v = self.stack.pop().unwrap_or(Value::NONE);
            let obj = self.stack.pop().unwrap_or(Value::NONE);
            let sa = self.stack.pop().unwrap_or(Value::NONE);
            self.call_value(io, sa, &[obj, s?, v])?;
            return Ok(true);
        }
        self.stack.push(v);
        let d = self.ensure_instance_dict(obj);
        let r = d.and_then(|d| {
            let v = self.stack[self.stack.len() - 1];
            self.dict_set_str(d, name, v)
        });
        self.stack.pop();
        r.map(|_| true)
    }

    /// `object.__setattr__(obj, name, v)`: stores in the instance dict, bypassing hooks.
    pub(crate) fn raw_setattr(&mut self, obj: Value, name: &str, v: Value) -> PyResult<()> {
        self.stack.push(v);
        let d = self.ensure_instance_dict(obj);
        let r = d.and_then(|d| {
            let v = self.stack[self.stack.len() - 1];
            self.dict_set_str(d, name, v)
        });
        self.stack.pop();
        r
    }

    /// `del obj.name` for user instances and classes; `false` if `obj` is neither.
    pub(crate) fn user_delattr(
        &mut self,
        io: &mut dyn Board,
        obj: Value,
        name: &str,
    ) -> PyResult<bool> {
        if let Some(slot) = self.user_module_slot(obj, name)? {
            if self.globals[slot] == Value::UNBOUND {
                return Ok(false);
            }
            self.globals[slot] = Value::UNBOUND;
            return Ok(true);
        }
        let (d, owner) = if let Some(co) = self.obj_of(obj, Kind::Class) {
            (
                self.heap.get(co, DICT).as_obj(),
                String::from(self.class_name(co)),
            )
        } else if let Some(cls) = self.user_class_of(obj) {
            if let Some(p) = self
                .class_lookup(cls, name)
                .and_then(|c| self.obj_of(c, Kind::Property))
            {
                let deleter = self.heap.get(p, 2);
                if deleter.is_none() {
                    return Err(self.raise_string(
                        TypeId::AttributeError,
                        format!(
                            "property '{name}' of '{}' object has no deleter",
                            self.class_name(cls)
                        ),
                    ));
                }
                self.call_value(io, deleter, &[obj])?;
                return Ok(true);
            }
            let del = self
                .class_lookup(cls, name)
                .and_then(|a| Some((a, self.descriptor_hook(a, "__delete__")?)));
            if let Some((a, del)) = del {
                self.call_value(io, del, &[a, obj])?;
                return Ok(true);
            }
            (self.instance_dict(obj), String::from(self.class_name(cls)))
        } else {
            return Ok(false);
        };
        if let Some(d) = d {
            if let Some(e) = self.dict_find_str(d, name) {
                let (k, _) = self.dict_entry(d, e);
                self.dict_remove(Value::obj(d), k)?;
                return Ok(true);
            }
        }
        let msg = if self.obj_of(obj, Kind::Class).is_some() {
            format!("type object '{owner}' has no attribute '{name}'")
        } else {
            format!("'{owner}' object has no attribute '{name}'")
        };
        Err(self.raise_string(TypeId::AttributeError, msg))
    }

    /// `LoadMethod` on a user instance: a plain function found on the class is
    /// returned unbound with the receiver (no bound-method allocation).
    pub(crate) fn user_load_method(
        &mut self,
        io: &mut dyn Board,
        obj: Value,
        name: usize,
    ) -> PyResult<Option<(Value, Value)>> {
        if !matches!(
            obj.as_obj().map(|o| self.heap.kind(o)),
            Some(Kind::Instance | Kind::Class | Kind::Super | Kind::Exception)
        ) && self.nt_class(obj).is_none()
        {
            return Ok(None);
        }
        let prog = self.prog.clone();
        let s = prog.image().names[name].as_str();
        if let Some(cls) = self
            .obj_of(obj, Kind::Instance)
            .and_then(|_| self.user_class_of(obj))
        {
            let in_dict = self
                .instance_dict(obj)
                .is_some_and(|d| self.dict_find_str(d, s).is_some());
            if !in_dict {
                if let Some(f) = self.class_lookup(cls, s) {
                    if self.obj_of(f, Kind::Function).is_some() {
                        return Ok(Some((f, obj)));
                    }
                }
            }
        }
        match self.user_getattr(io, obj, s)? {
            Some(v) => Ok(Some((Value::NULL, v))),
            None => Ok(None),
        }
    }

    /// Calls user class `stack[callee]`: creates the instance and enters
    /// `__init__` as a frame whose return is replaced by the instance.
    pub(crate) fn call_class(
        &mut self,
        io: &mut dyn Board,
        cls: u32,
        callee: usize,
        n: usize,
        kw: bool,
        ret_sp: usize,
    ) -> PyResult<Called> {
        if self.is_namedtuple_class(cls) {
            return self.call_namedtuple(cls, callee, n, kw, ret_sp);
        }
        let user_new = self.class_lookup(cls, "__new__");
        let mut made = None;
        if let Some(f) = user_new {
            let obj = self.call_user_new(io, f, callee, n, kw)?;
            let cls_v = self.stack[callee];
            let is_inst = self.class_value_of(obj) == cls_v
                || (self.is_user_obj(obj)
                    && self.class_is_subclass(self.class_value_of(obj), cls_v));
            if !is_inst {
                // CPython skips `__init__` when `__new__` returns something else.
                self.stack.truncate(ret_sp);
                self.stack.push(obj);
                return Ok(Called::Done);
            }
            made = Some(obj);
        }
        let cls = self.stack[callee].as_obj().unwrap_or(cls);
        let base = self.class_base(cls);
        let nkw = if kw {
            self.items(self.stack[callee + 1 + n]).map_or(0, |i| i.len)
        } else {
            0
        };
        let obj = if let Some(obj) = made {
            obj
        } else if base.is_exception() {
            if nkw > 0 && self.class_lookup(cls, "__init__").is_none() {
                let name = String::from(self.class_name(cls));
                return Err(self.raise_string(
                    TypeId::TypeError,
                    format!("{name}() takes no keyword arguments"),
                ));
            }
            let npos = n - nkw;
            let sp = self.stack.len();
            self.stack.extend_from_within(callee + 1..callee + 1 + npos);
            let args = self.tuple_from_stack(npos)?;
            self.stack.truncate(sp);
            self.stack.push(args);
            let cls_v = self.stack[callee];
            let e = self.new_user_exception(cls_v, args);
            self.stack.pop();
            e?
        } else if is_value_base(base) && !matches!(base, TypeId::List | TypeId::Dict) {
            // `int.__new__(cls, *args)`: the wrapped value is `int(*args)`.
            let v = self.call_with_class_args(io, base.value(), None, callee, n, kw)?;
            self.stack.push(v);
            let cls_v = self.stack[callee];
            let o = self.new_value_instance(cls_v, v);
            self.stack.pop();
            o?
        } else {
            let cls_v = self.stack[callee];
            self.new_instance(cls_v)?
        };
        let cls = self.stack[callee].as_obj().unwrap_or(cls);
        let init = self.class_lookup(cls, "__init__");
        let Some(init) = init.filter(|f| self.obj_of(*f, Kind::Function).is_some()) else {
            if init.is_some() {
                return Err(self.not_implemented("__init__ that is not a plain function"));
            }
            if is_value_base(base) {
                if matches!(base, TypeId::List | TypeId::Dict) && n > 0 {
                    // `list.__init__(self, *args)` fills the new instance.
                    let f = crate::builtins::class_attr(base, "__init__").unwrap_or(Value::NONE);
                    self.stack.push(obj);
                    let r = self.call_with_class_args(io, f, Some(obj), callee, n, kw);
                    let obj = self.stack.pop().unwrap_or(Value::NONE);
                    r?;
                    self.stack.truncate(ret_sp);
                    self.stack.push(obj);
                    return Ok(Called::Done);
                }
                self.stack.truncate(ret_sp);
                self.stack.push(obj);
                return Ok(Called::Done);
            }
            if n > 0 && !base.is_exception() && made.is_none() {
                let name = String::from(self.class_name(cls));
                return Err(
                    self.raise_string(TypeId::TypeError, format!("{name}() takes no arguments"))
                );
            }
            self.stack.truncate(ret_sp);
            self.stack.push(obj);
            return Ok(Called::Done);
        };
        // [ret_sp..callee) are dead slots (a NULL marker): drop them.
        self.stack.drain(ret_sp..callee);
        let callee = ret_sp;
        // obj init obj args… [kwnames]
        self.stack[callee] = init;
        self.stack.insert(callee, obj);
        self.stack.insert(callee + 2, obj);
        let kwnames = if kw {
            self.stack[callee + 2 + n + 1]
        } else {
            Value::NONE
        };
        let fo = init.as_obj().unwrap_or(0);
        let r = self.call_function(fo, callee + 1, n + 1, kwnames, callee + 1)?;
        if let Some(f) = self.frames.last_mut() {
            f.init = true;
        }
        Ok(r)
    }

    /// Calls `f(first, *args, **kwargs)` (no `first` if `None`) with the
    /// arguments of the class call at `stack[callee]`, to completion.
    fn call_with_class_args(
        &mut self,
        io: &mut dyn Board,
        f: Value,
        first: Option<Value>,
        callee: usize,
        n: usize,
        kw: bool,
    ) -> PyResult<Value> {
        if self.native_depth >= super::call::MAX_NATIVE_DEPTH {
            return Err(self.raise(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        let pos = self.stack.len();
        self.stack.push(f);
        let mut cnt = n;
        if let Some(x) = first {
            self.stack.push(x);
            cnt += 1;
        }
        let extra = usize::from(kw);
        self.stack
            .extend_from_within(callee + 1..callee + 1 + n + extra);
        self.call_to_completion(io, pos, cnt, kw)
    }

    /// Runs a user `__new__(cls, *args, **kwargs)` to completion for the class
    /// call at `stack[callee]` (its arguments stay in place for `__init__`).
    fn call_user_new(
        &mut self,
        io: &mut dyn Board,
        f: Value,
        callee: usize,
        n: usize,
        kw: bool,
    ) -> PyResult<Value> {
        // `__new__` is a static method; an explicit `@staticmethod` wraps it.
        let f = match self.obj_of(f, Kind::StaticMethod) {
            Some(sm) => self.heap.get(sm, 0),
            None => f,
        };
        if self.native_depth >= super::call::MAX_NATIVE_DEPTH {
            return Err(self.raise(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        let pos = self.stack.len();
        self.stack.push(f);
        let extra = usize::from(kw);
        self.stack
            .extend_from_within(callee..callee + 1 + n + extra);
        match self.call(io, pos, n + 1, kw, pos) {
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

    /// The end of an `__init__` frame: its result must be `None`; the
    /// instance (left just below the frame) becomes the call's result.
    #[cold]
    pub(crate) fn init_return(&mut self, v: Value, native: bool) -> PyResult<Value> {
        let obj = self.stack.pop().unwrap_or(Value::NONE);
        if !v.is_none() && !native {
            let tn = String::from(self.type_name(v));
            return Err(self.raise_string(
                TypeId::TypeError,
                format!("__init__() should return None, not '{tn}'"),
            ));
        }
        Ok(obj)
    }

    /// Calls the special method `name` of user object `v` with `args`;
    /// `None` if its class does not define it.
    pub(crate) fn call_special(
        &mut self,
        io: &mut dyn Board,
        v: Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(cls) = self.user_class_of(v) else {
            return Ok(None);
        };
        let Some(f) = self.class_lookup(cls, name) else {
            return Ok(None);
        };
        let mut all = [Value::NONE; 4];
        all[0] = v;
        all[1..1 + args.len()].copy_from_slice(args);
        if self.obj_of(f, Kind::Function).is_some() {
            return self.call_value(io, f, &all[..1 + args.len()]).map(Some);
        }
        if f.is_none() {
            // `__hash__ = None` and the like: not callable.
            let tn = String::from(self.class_name(cls));
            return Err(self.raise_string(
                TypeId::TypeError,
                format!("'{tn}' object does not support '{name}'"),
            ));
        }
        // Binding allocates: keep the arguments rooted and re-read them.
        let sp = self.stack.len();
        self.stack.push(v);
        self.stack.extend_from_slice(args);
        let b = self.bind(f, v, Value::obj(cls));
        let n = args.len();
        all[..n].copy_from_slice(&self.stack[sp + 1..sp + 1 + n]);
        self.stack.truncate(sp);
        let b = b?;
        self.call_value(io, b, &all[..n]).map(Some)
    }

    /// Error raised by `call_class` helpers for things outside this VM's scope.
    #[allow(dead_code)]
    fn unsupported_class_feature(&mut self, what: &str) -> Thrown {
        self.not_implemented(what)
    }
}

impl Interp {
    /// `obj.names[name]` for the dispatch loop: user objects first, then built-ins.
    pub(crate) fn getattr_io(
        &mut self,
        io: &mut dyn Board,
        obj: Value,
        name: usize,
    ) -> PyResult<Value> {
        if let Some(off) = obj.as_obj() {
            if matches!(
                self.heap.kind(off),
                Kind::Instance | Kind::Class | Kind::Super | Kind::Exception
            ) || self.nt_class(obj).is_some()
            {
                let prog = self.prog.clone();
                let s = prog.image().names[name].as_str();
                if let Some(v) = self.user_getattr(io, obj, s)? {
                    return Ok(v);
                }
            }
        }
        self.getattr(obj, name)
    }

    /// `getattr(obj, s)` with a run-time name (for the `getattr` family of built-ins).
    pub(crate) fn getattr_str(
        &mut self,
        io: &mut dyn Board,
        obj: Value,
        s: &str,
    ) -> PyResult<Value> {
        if let Some(v) = self.user_getattr(io, obj, s)? {
            return Ok(v);
        }
        let idx = self.prog.image().names.iter().position(|n| n == s);
        if idx.is_none() {
            // A name the program never spells as an attribute (`"{0.real}"`,
            // `getattr(math, "pi")` with a computed name).
            if let Some(r) = crate::builtins::number_attr(self, obj, s) {
                return r;
            }
            // `getattr(d, "keys")`: a built-in method, found by its text.
            let mut ty = self.type_of(obj);
            loop {
                if let Some(m) = crate::builtins::method(ty, s) {
                    return self.bind_builtin(m, obj);
                }
                if ty == TypeId::Object {
                    break;
                }
                ty = ty.base();
            }
            if let Some(m) = self.obj_of(obj, Kind::Module) {
                let index = self.small(self.heap.get(m, 0));
                if let Some(v) = crate::builtins::module_member(self, index, s)? {
                    return Ok(v);
                }
            }
        }
        match idx {
            Some(i) => self.getattr(obj, i),
            None => {
                let tn = String::from(self.type_name(obj));
                let msg = match obj.as_type().and_then(TypeId::from_u16) {
                    Some(t) => format!("type object '{}' has no attribute '{s}'", t.name()),
                    None => format!("'{tn}' object has no attribute '{s}'"),
                };
                Err(self.raise_string(TypeId::AttributeError, msg))
            }
        }
    }

    /// `raise C` with a user exception class `C` instantiates it (running `__init__`).
    pub(crate) fn instantiate_exc_class(
        &mut self,
        io: &mut dyn Board,
        e: Value,
    ) -> PyResult<Value> {
        match self.obj_of(e, Kind::Class) {
            Some(c) if self.class_base(c).is_exception() => self.call_value(io, e, &[]),
            _ => Ok(e),
        }
    }

    /// `WithEnter` (`AsyncWithEnter` when `is_async`): mgr → bound
    /// `__exit__`, `mgr.__enter__()` (`__aexit__`, `mgr.__aenter__()`, whose
    /// result the compiler then awaits).
    pub(crate) fn op_with_enter(&mut self, io: &mut dyn Board, is_async: bool) -> PyResult<()> {
        let n = self.stack.len();
        let mgr = self.stack[n - 1];
        let missing = |it: &Interp, m: &str| {
            it.user_class_of(mgr)
                .is_none_or(|c| it.class_lookup(c, m).is_none())
        };
        let (enter, exit, what) = if is_async {
            (
                "__aenter__",
                "__aexit__",
                "the asynchronous context manager protocol",
            )
        } else {
            ("__enter__", "__exit__", "the context manager protocol")
        };
        for m in [enter, exit] {
            if missing(self, m) {
                let tn = String::from(self.type_name(mgr));
                let msg = if m == enter {
                    format!("'{tn}' object does not support {what}")
                } else {
                    format!("'{tn}' object does not support {what} (missed {exit} method)")
                };
                return Err(self.raise_string(TypeId::TypeError, msg));
            }
        }
        let exit = self.user_getattr(io, mgr, exit)?.unwrap_or(Value::NONE);
        // exit mgr (mgr re-read: the bound method allocation may have moved it).
        self.stack.insert(n - 1, exit);
        let mgr = self.stack[n];
        let r = self.call_special(io, mgr, enter, &[])?;
        self.stack[n] = r.unwrap_or(Value::NONE);
        Ok(())
    }

    /// `WithExitExc`: exit prev exc → … bool: calls `exit(type(exc), exc, None)`.
    pub(crate) fn op_with_exit_exc(&mut self, io: &mut dyn Board) -> PyResult<bool> {
        let r = self.op_exit_exc_call(io)?;
        self.truthy_io(io, r)
    }

    /// Calls `exit(type(exc), exc, None)` for exit prev exc on the stack
    /// (`AsyncExitExc` pushes the result itself, to be awaited).
    pub(crate) fn op_exit_exc_call(&mut self, io: &mut dyn Board) -> PyResult<Value> {
        let n = self.stack.len();
        let (exit, exc) = (self.stack[n - 3], self.stack[n - 1]);
        let ty = self.class_value_of(exc);
        self.call_value(io, exit, &[ty, exc, Value::NONE])
    }
}
