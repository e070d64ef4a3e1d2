//! Attribute access on built-in values: methods of built-in types (resolved
//! per name at load time, see `builtins::methods_named`) and data attributes.

use super::{Interp, PyResult, Thrown};
use crate::heap::Kind;
use crate::types::TypeId;
use crate::value::Value;

impl Interp {
    fn find_method(&self, obj: Value, name: usize) -> Option<Value> {
        let mut ty = self.type_of(obj);
        loop {
            if let Some((_, m)) = self.methods[name].iter().find(|(t, _)| *t == ty) {
                return Some(*m);
            }
            if ty == TypeId::Object {
                return None;
            }
            ty = ty.base();
        }
    }

    /// `LoadMethod`: `(method, obj)` for a built-in method, else `(NULL, obj.name)`.
    pub(crate) fn load_method(&mut self, obj: Value, name: usize) -> PyResult<(Value, Value)> {
        if let Some(m) = self.find_method(obj, name) {
            return Ok((m, obj));
        }
        let attr = self.getattr(obj, name)?;
        Ok((Value::NULL, attr))
    }

    /// `obj.name`.
    pub(crate) fn getattr(&mut self, obj: Value, name: usize) -> PyResult<Value> {
        if let Some(m) = self.find_method(obj, name) {
            let mut keep = [m, obj];
            self.reserve_rooted(3, &mut keep)?;
            let off = self.alloc_reserved(Kind::BoundMethod, 2)?;
            self.heap.set(off, 0, keep[0]);
            self.heap.set(off, 1, keep[1]);
            return Ok(Value::obj(off));
        }
        if let Some(v) = self.module_attr(obj, name)? {
            return Ok(v);
        }
        if let Some(t) = obj.as_type().and_then(TypeId::from_u16) {
            if let Some(v) = crate::builtins::class_attr(t, &self.prog.clone().image().names[name])
            {
                return Ok(v);
            }
            // `object.__init__(self)`, `Exception.__init__(self, msg)`, … as plain functions.
            if t == TypeId::Object || t.is_exception() {
                let builtin = match self.prog.image().names[name].as_str() {
                    "__init__" if t.is_exception() => "BaseException.__init__",
                    "__init__" => "object.__init__",
                    "__new__" if t == TypeId::Object => "object.__new__",
                    "__hash__" => "object.__hash__",
                    "__str__" => "object.__str__",
                    "__repr__" => "object.__repr__",
                    "__eq__" => "object.__eq__",
                    "__ne__" => "object.__ne__",
                    "__setattr__" => "object.__setattr__",
                    _ => "",
                };
                if !builtin.is_empty() {
                    return Ok(crate::builtins::global(builtin));
                }
            }
        }
        let prog = self.prog.clone();
        let attr = prog.image().names[name].as_str();
        if let Some(off) = obj
            .as_obj()
            .filter(|o| self.heap.kind(*o) == Kind::Exception)
        {
            let slot = match attr {
                "args" => Some(crate::obj::exception::ARGS),
                "__cause__" => Some(crate::obj::exception::CAUSE),
                "__context__" => Some(crate::obj::exception::CONTEXT),
                _ => None,
            };
            if let Some(slot) = slot {
                return Ok(self.heap.get(off, slot));
            }
            if attr == "code" && self.exc_type(obj) == Some(TypeId::SystemExit) {
                // `sys.exit(x)`'s `x`: the only argument, None, or the args tuple.
                let args = self.heap.get(off, crate::obj::exception::ARGS);
                return Ok(match self.items(args) {
                    Some(it) if it.len == 1 => self.item(it, 0),
                    Some(it) if it.len == 0 => Value::NONE,
                    _ => args,
                });
            }
            if attr == "value" && self.exc_type(obj) == Some(TypeId::StopIteration) {
                // What the generator returned: the first argument, else None.
                let args = self.heap.get(off, crate::obj::exception::ARGS);
                return Ok(match self.items(args) {
                    Some(it) if it.len > 0 => self.item(it, 0),
                    _ => Value::NONE,
                });
            }
        }
        if let Some((o, s, e)) = self.memoryview_parts(obj) {
            match attr {
                "nbytes" => return Ok(Value::small_int(e.saturating_sub(s) as i64)),
                "readonly" => return Ok(Value::bool(self.obj_of(o, Kind::ByteArray).is_none())),
                "obj" => return Ok(o),
                _ => {}
            }
        }
        if let Some(off) = self.obj_of(obj, Kind::Slice) {
            match attr {
                "start" => return Ok(self.heap.get(off, 0)),
                "stop" => return Ok(self.heap.get(off, 1)),
                "step" => return Ok(self.heap.get(off, 2)),
                _ => {}
            }
        }
        if let Some(off) = obj.as_obj().filter(|o| self.heap.kind(*o) == Kind::Range) {
            let (a, b, c) = self.range_parts(off);
            match attr {
                "start" => return Ok(Value::small_int(a)),
                "stop" => return Ok(Value::small_int(b)),
                "step" => return Ok(Value::small_int(c)),
                _ => {}
            }
        }
        if attr == "default_factory" && self.dict_flavor(obj) == crate::obj::dict::DEFAULTDICT {
            let off = obj.as_obj().unwrap_or(0);
            return Ok(self.heap.get(off, crate::obj::dict::FACTORY));
        }
        if let Some(r) = crate::builtins::number_attr(self, obj, attr) {
            return r;
        }
        if let Some(off) = self.obj_of(obj, Kind::BoundMethod) {
            let (f, recv) = (self.heap.get(off, 0), self.heap.get(off, 1));
            match attr {
                "__self__" => return Ok(recv),
                "__func__" if self.obj_of(f, Kind::Function).is_some() => return Ok(f),
                "__name__" => {
                    if let Some(fo) = self.obj_of(f, Kind::Function) {
                        let code = self.small(self.heap.get(fo, crate::obj::function::CODE));
                        let name = alloc::string::String::from(self.code_name(code));
                        return self.new_str(&name);
                    }
                    if let Some(b) = f.as_builtin() {
                        let n = crate::builtins::name(b);
                        let n = n.rsplit('.').next().unwrap_or(n);
                        return self.new_str(n);
                    }
                }
                _ => {}
            }
        }
        if let Some(fo) = self.obj_of(obj, Kind::Function) {
            if let Some(d) = self.heap.get(fo, crate::obj::function::DICT).as_obj() {
                if let Some(e) = self.dict_find_str(d, attr) {
                    return Ok(self.dict_entry(d, e).1);
                }
            }
            match attr {
                "__dict__" => {
                    let d = self.heap.get(fo, crate::obj::function::DICT);
                    if !d.is_none() {
                        return Ok(d);
                    }
                    self.stack.push(obj);
                    let nd = self.new_dict(4);
                    let obj = self.stack.pop().unwrap_or(Value::NONE);
                    let nd = nd?;
                    let fo = obj.as_obj().unwrap_or(0);
                    self.heap.set(fo, crate::obj::function::DICT, nd);
                    return Ok(nd);
                }
                "__doc__" => return Ok(Value::NONE),
                "__module__" => return self.new_str("__main__"),
                _ => {}
            }
        }
        if attr == "__name__" || attr == "__qualname__" {
            if let Some(b) = obj.as_builtin() {
                let n = crate::builtins::name(b);
                return self.new_str(n.rsplit('.').next().unwrap_or(n));
            }
        }
        if attr == "__name__" {
            if let Some(t) = obj.as_type().and_then(TypeId::from_u16) {
                return self.new_str(t.name());
            }
            if let Some(off) = obj
                .as_obj()
                .filter(|o| self.heap.kind(*o) == Kind::Function)
            {
                let code = self.small(self.heap.get(off, crate::obj::function::CODE));
                let name = alloc::string::String::from(self.code_name(code));
                return self.new_str(&name);
            }
            if let Some(off) = self.as_generator(obj) {
                let code = self.small(self.heap.get(off, crate::obj::generator::CODE));
                let name = alloc::string::String::from(self.code_name(code));
                return self.new_str(&name);
            }
        }
        if attr == "__qualname__" {
            if let Some(off) = obj
                .as_obj()
                .filter(|o| self.heap.kind(*o) == Kind::Function)
            {
                let code = self.small(self.heap.get(off, crate::obj::function::CODE));
                let name = alloc::string::String::from(self.code_qualname(code));
                return self.new_str(&name);
            }
        }
        Err(self.attr_error(obj, name))
    }

    /// `AttributeError` with CPython's wording.
    #[cold]
    pub(crate) fn attr_error(&mut self, obj: Value, name: usize) -> Thrown {
        let prog = self.prog.clone();
        let attr = prog.image().names[name].as_str();
        let msg = if let Some(off) = obj.as_obj().filter(|o| self.heap.kind(*o) == Kind::Module) {
            let m = self.module_display_name(off);
            alloc::format!("module '{m}' has no attribute '{attr}'")
        } else {
            if let Some(c) = self.obj_of(obj, Kind::Class) {
                let cn = self.class_name(c);
                return self.raise_string(
                    TypeId::AttributeError,
                    alloc::format!("type object '{cn}' has no attribute '{attr}'"),
                );
            }
            match obj.as_type().and_then(TypeId::from_u16) {
                Some(t) => alloc::format!("type object '{}' has no attribute '{attr}'", t.name()),
                None => {
                    alloc::format!("'{}' object has no attribute '{attr}'", self.type_name(obj))
                }
            }
        };
        self.raise_string(TypeId::AttributeError, msg)
    }

    /// `format(conv(v), spec)` for f-strings: `conv` is 0 (none), 1 (`!s`),
    /// 2 (`!r`) or 3 (`!a`); `spec` is a str or `None`.
    pub(crate) fn format_value(&mut self, v: Value, spec: Value, conv: u8) -> PyResult<Value> {
        let spec_text = alloc::string::String::from(self.as_str(spec).unwrap_or(""));
        let mut out = alloc::string::String::new();
        if conv == 0 {
            self.format_into(v, &spec_text, &mut out)?;
        } else {
            let mut text = alloc::string::String::new();
            match conv {
                1 => self.str_into(v, &mut text),
                2 => self.repr_into(v, &mut text),
                _ => {
                    let mut r = alloc::string::String::new();
                    self.repr_into(v, &mut r);
                    escape_non_ascii(&r, &mut text);
                }
            }
            if spec_text.is_empty() {
                return self.new_str(&text);
            }
            if !cfg!(feature = "format") {
                return Err(self.left_out("format"));
            }
            use crate::text::format_spec::{format_str, FormatSpec};
            let spec = FormatSpec::parse(&spec_text, "str")
                .map_err(|e| self.raise(TypeId::ValueError, e.message()))?;
            self.spec_fits(&spec)?;
            format_str(&text, &spec, &mut out)
                .map_err(|e| self.raise(TypeId::ValueError, e.message()))?;
        }
        self.new_str(&out)
    }

    /// `MemoryError` for a width or precision whose text could never fit
    /// in the VM heap (`'%.2000000000f' % x`), before any is built: the
    /// host must not spend seconds and gigabytes on a string the VM would
    /// then refuse.
    pub(crate) fn spec_fits(
        &mut self,
        spec: &crate::text::format_spec::FormatSpec,
    ) -> PyResult<()> {
        self.text_fits(spec.width, spec.precision)
    }

    /// [`Interp::spec_fits`] for a width and precision parsed elsewhere
    /// (`%`-formatting's own conversion specs).
    pub(crate) fn text_fits(
        &mut self,
        width: Option<usize>,
        precision: Option<usize>,
    ) -> PyResult<()> {
        let cap = self.heap.capacity_bytes();
        if width.unwrap_or(0) > cap || precision.unwrap_or(0) > cap {
            return Err(self.raise(
                TypeId::MemoryError,
                "format width or precision larger than the VM heap",
            ));
        }
        Ok(())
    }

    /// [`Interp::format_value`] calling `__str__`/`__repr__`/`__format__` of user objects.
    pub(crate) fn format_value_io(
        &mut self,
        io: &mut dyn crate::hal::Board,
        v: Value,
        spec: Value,
        conv: u8,
    ) -> PyResult<Value> {
        if conv == 3 || (conv == 0 && !self.is_user_obj(v)) {
            let empty = spec.is_none() || self.as_str(spec) == Some("");
            if conv == 0 && empty {
                // Containers may hold user objects with their own `__repr__`.
                return self.text_value_io(io, v, false);
            }
            return self.format_value(v, spec, conv);
        }
        if conv == 0 {
            // `__format__` always receives a str (`f"{x}"` passes '').
            let has_format = self
                .user_class_of(v)
                .is_some_and(|c| self.class_lookup(c, "__format__").is_some());
            let (v, spec) = if spec.is_none() && has_format {
                self.stack.push(v);
                let e = self.new_str("");
                let v = self.stack.pop().unwrap_or(Value::NONE);
                (v, e?)
            } else {
                (v, spec)
            };
            if let Some(r) = self.call_special(io, v, "__format__", &[spec])? {
                return Ok(r);
            }
            let empty = spec.is_none() || self.as_str(spec) == Some("");
            if let Some(x) = self.base_value(v).filter(|_| !empty) {
                // `f"{MyInt(3):5d}"`: the wrapped value's `__format__`.
                return self.format_value_io(io, x, spec, 0);
            }
            if spec.is_none() || self.as_str(spec) == Some("") {
                return self.text_value_io(io, v, false);
            }
            let tn = alloc::string::String::from(self.type_name(v));
            return Err(self.raise_string(
                TypeId::TypeError,
                alloc::format!("unsupported format string passed to {tn}.__format__"),
            ));
        }
        self.stack.push(spec);
        let t = self.text_value_io(io, v, conv == 2);
        let spec = self.stack.pop().unwrap_or(Value::NONE);
        let t = t?;
        self.format_value(t, spec, 1)
    }

    /// Appends `format(v, spec)`.
    pub(crate) fn format_into(
        &mut self,
        v: Value,
        spec: &str,
        out: &mut alloc::string::String,
    ) -> PyResult<()> {
        use crate::text::format_spec::{format_float, format_int, format_str, FormatSpec};
        if spec.is_empty() {
            self.str_into(v, out);
            return Ok(());
        }
        if !cfg!(feature = "format") {
            return Err(self.left_out("format"));
        }
        let type_name = self.type_of(v).name();
        let parsed = match FormatSpec::parse(spec, type_name) {
            Ok(s) => s,
            Err(e) => return Err(self.raise(TypeId::ValueError, e.message())),
        };
        self.spec_fits(&parsed)?;
        let r = if let Some(x) = v.as_float() {
            format_float(x, &parsed, out)
        } else if self.is_int(v) {
            let b = self.to_bigint(v).unwrap_or_default();
            format_int(&b, &parsed, out)
        } else if let Some(s) = self.as_str(v) {
            let s = alloc::string::String::from(s);
            format_str(&s, &parsed, out)
        } else {
            let mut s = alloc::string::String::new();
            self.str_into(v, &mut s);
            format_str(&s, &parsed, out)
        };
        r.map_err(|e| {
            let e = e.with_type_name(type_name);
            let ty = match e.kind() {
                crate::text::format_spec::FormatErrorKind::Overflow => TypeId::OverflowError,
                _ => TypeId::ValueError,
            };
            self.raise(ty, e.message())
        })
    }
}

/// `ascii()`'s treatment of a repr: non-ASCII characters become escapes.
pub(crate) fn escape_non_ascii(s: &str, out: &mut alloc::string::String) {
    use core::fmt::Write;
    for c in s.chars() {
        let _ = match c as u32 {
            0..=0x7F => {
                out.push(c);
                Ok(())
            }
            n @ 0x80..=0xFF => write!(out, "\\x{n:02x}"),
            n @ 0x100..=0xFFFF => write!(out, "\\u{n:04x}"),
            n => write!(out, "\\U{n:08x}"),
        };
    }
}
