//! `repr()` and `str()` of every built-in value, written into a Rust `String`
//! (no heap allocation, so no collection can happen while formatting).

use crate::heap::Kind;
use crate::interp::Interp;
use crate::text::{float_repr, str_repr};
use crate::types::TypeId;
use crate::value::Value;
use alloc::string::String;
use core::fmt::Write;

/// Containers nested deeper than this print as `...` (guards self-reference).
const MAX_DEPTH: usize = 64;

impl Interp {
    /// Appends `repr(v)`.
    pub(crate) fn repr_into(&self, v: Value, out: &mut String) {
        self.repr_depth(v, out, 0)
    }

    /// Appends `str(v)`.
    pub(crate) fn str_into(&self, v: Value, out: &mut String) {
        if let Some(s) = self.as_str(v) {
            out.push_str(s);
        } else if let Some(off) = v.as_obj().filter(|o| self.heap.kind(*o) == Kind::Exception) {
            let args = self.heap.get(off, crate::obj::exception::ARGS);
            let ty = self.exc_type(v);
            match self.items(args) {
                Some(it) if it.len == 1 => {
                    let a = self.item(it, 0);
                    if ty == Some(TypeId::KeyError) {
                        self.repr_into(a, out)
                    } else {
                        self.str_into(a, out)
                    }
                }
                Some(it) if it.len == 0 => {}
                Some(it)
                    if it.len == 2
                        && ty.is_some_and(|t| t.is_subclass(TypeId::OSError))
                        && self.is_int(self.item(it, 0)) =>
                {
                    // CPython: `OSError(19, 'ENODEV')` prints `[Errno 19] ENODEV`.
                    out.push_str("[Errno ");
                    self.str_into(self.item(it, 0), out);
                    out.push_str("] ");
                    self.str_into(self.item(it, 1), out);
                }
                _ => self.repr_into(args, out),
            }
        } else {
            self.repr_into(v, out)
        }
    }

    /// `repr(v)` nested `depth` containers deep.
    pub(crate) fn repr_depth(&self, v: Value, out: &mut String, depth: usize) {
        if let Some(i) = v.as_small_int() {
            let _ = write!(out, "{i}");
            return;
        }
        if let Some(x) = v.as_float() {
            float_repr(x, out);
            return;
        }
        if let Some(b) = v.as_bool() {
            out.push_str(if b { "True" } else { "False" });
            return;
        }
        if v.is_none() {
            out.push_str("None");
            return;
        }
        if v == Value::ELLIPSIS {
            out.push_str("Ellipsis");
            return;
        }
        if v == Value::NOT_IMPLEMENTED {
            out.push_str("NotImplemented");
            return;
        }
        if let Some(t) = v.as_type().and_then(TypeId::from_u16) {
            let module = match t {
                TypeId::Deque | TypeId::DefaultDict | TypeId::Counter | TypeId::OrderedDict => {
                    "collections."
                }
                _ => "",
            };
            let _ = write!(out, "<class '{module}{}'>", t.name());
            return;
        }
        if let Some(b) = v.as_builtin() {
            let name = crate::builtins::name(b);
            let short = name.rsplit('.').next().unwrap_or(name);
            let _ = write!(out, "<built-in function {short}>");
            return;
        }
        let Some(off) = v.as_obj() else {
            out.push_str("<?>");
            return;
        };
        if depth > MAX_DEPTH {
            out.push_str("...");
            return;
        }
        match self.heap.kind(off) {
            Kind::Str => str_repr(self.str_at(off), out),
            Kind::Bytes => crate::text::repr::bytes_repr(self.bytes_at(off), out),
            Kind::ByteArray => {
                out.push_str("bytearray(");
                crate::text::repr::bytes_repr(self.bytes_like(v).unwrap_or(&[]), out);
                out.push(')');
            }
            Kind::BigInt => {
                out.push_str(&self.bigint_at(off).to_str_radix(10));
            }
            Kind::Tuple if self.nt_class(v).is_some() => {
                self.nt_repr_plain(v, self.nt_class(v).unwrap_or(0), out, depth)
            }
            Kind::List | Kind::Tuple => {
                let is_tuple = self.heap.kind(off) == Kind::Tuple;
                let items = self.items(v).unwrap_or(crate::obj::seq::Items {
                    store: off,
                    from: 0,
                    len: 0,
                });
                out.push(if is_tuple { '(' } else { '[' });
                for i in 0..items.len {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.repr_depth(self.item(items, i), out, depth + 1);
                }
                if is_tuple && items.len == 1 {
                    out.push(',');
                }
                out.push(if is_tuple { ')' } else { ']' });
            }
            Kind::Dict if self.dict_flavor_at(off) != 0 => self.flavored_dict_repr(off, out, depth),
            Kind::Dict => {
                out.push('{');
                let mut first = true;
                for e in 0..self.dict_used(off) {
                    let (k, val) = self.dict_entry(off, e);
                    if k == Value::DELETED {
                        continue;
                    }
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    self.repr_depth(k, out, depth + 1);
                    out.push_str(": ");
                    self.repr_depth(val, out, depth + 1);
                }
                out.push('}');
            }
            Kind::Deque => {
                out.push_str("deque([");
                let items = self.deque_items(off);
                for i in 0..items.len {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.repr_depth(self.item(items, i), out, depth + 1);
                }
                out.push(']');
                if let Some(m) = self.deque_maxlen_repr(off) {
                    let _ = write!(out, ", maxlen={m}");
                }
                out.push(')');
            }
            Kind::Set | Kind::FrozenSet => {
                let frozen = self.heap.kind(off) == Kind::FrozenSet;
                let entries = self.set_entries(off);
                if entries.is_empty() {
                    out.push_str(if frozen { "frozenset()" } else { "set()" });
                    return;
                }
                if frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                for (i, (k, _)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.repr_depth(*k, out, depth + 1);
                }
                out.push('}');
                if frozen {
                    out.push(')');
                }
            }
            Kind::DictView => {
                let d = self.heap.get(off, 0).as_obj().unwrap_or(0);
                let mode = self.heap.get(off, 1).as_small_int().unwrap_or(0);
                let _ = write!(out, "{}([", self.type_name(v));
                let mut first = true;
                for e in 0..self.dict_used(d) {
                    let (k, val) = self.dict_entry(d, e);
                    if k == Value::DELETED {
                        continue;
                    }
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    match mode {
                        crate::obj::iter::KEYS => self.repr_depth(k, out, depth + 1),
                        crate::obj::iter::VALUES => self.repr_depth(val, out, depth + 1),
                        _ => {
                            out.push('(');
                            self.repr_depth(k, out, depth + 1);
                            out.push_str(", ");
                            self.repr_depth(val, out, depth + 1);
                            out.push(')');
                        }
                    }
                }
                out.push_str("])");
            }
            Kind::Range => {
                let (a, b, c) = self.range_parts(off);
                if c == 1 {
                    let _ = write!(out, "range({a}, {b})");
                } else {
                    let _ = write!(out, "range({a}, {b}, {c})");
                }
            }
            Kind::Slice => {
                out.push_str("slice(");
                for i in 0..3 {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.repr_depth(self.heap.get(off, i), out, depth + 1);
                }
                out.push(')');
            }
            Kind::Exception => {
                let name = self.type_name(v);
                out.push_str(name);
                let args = self.heap.get(off, crate::obj::exception::ARGS);
                match self.items(args) {
                    Some(it) if it.len == 1 => {
                        out.push('(');
                        self.repr_depth(self.item(it, 0), out, depth + 1);
                        out.push(')');
                    }
                    Some(it) if it.len == 0 => out.push_str("()"),
                    _ => self.repr_depth(args, out, depth + 1),
                }
            }
            Kind::Function => {
                let code = self.small(self.heap.get(off, crate::obj::function::CODE));
                let id = self
                    .heap
                    .get(off, crate::obj::function::ID)
                    .as_small_int()
                    .unwrap_or(0);
                let _ = write!(
                    out,
                    "<function {} at 0x{:x}>",
                    self.code_qualname(code),
                    0x1000 + id * 16
                );
            }
            Kind::Generator => {
                let code = self.small(self.heap.get(off, crate::obj::generator::CODE));
                let id = self
                    .heap
                    .get(off, crate::obj::generator::ID)
                    .as_small_int()
                    .unwrap_or(0);
                let what = match self.heap.flags(off) {
                    crate::obj::generator::COROUTINE_FLAG => "coroutine",
                    crate::obj::generator::ASYNC_GEN_FLAG => "async_generator",
                    _ => "generator",
                };
                let _ = write!(
                    out,
                    "<{what} object {} at 0x{:x}>",
                    self.code_qualname(code),
                    0x1000 + id * 16
                );
            }
            Kind::Module => {
                let m = self.module_display_name(off);
                let _ = write!(out, "<module '{m}'>");
            }
            Kind::Class => {
                let m = self.class_module(off);
                let _ = write!(out, "<class '{m}.{}'>", self.class_name(off));
            }
            Kind::Instance if self.base_value(v).is_some() => {
                // Where no user `__repr__` can run: the wrapped value's repr.
                let x = self.base_value(v).unwrap_or(Value::NONE);
                self.repr_into(x, out);
            }
            Kind::Instance => {
                let id = self
                    .heap
                    .get(off, crate::obj::class::INST_ID)
                    .as_small_int()
                    .unwrap_or(0);
                let cls = self.heap.get(off, crate::obj::class::INST_CLASS);
                let m = cls
                    .as_obj()
                    .map_or(alloc::string::String::from("__main__"), |c| {
                        self.class_module(c)
                    });
                let _ = write!(
                    out,
                    "<{m}.{} object at 0x{:x}>",
                    self.type_name(v),
                    0x7f00_0000_0000 + id * 16
                );
            }
            Kind::BoundMethod if self.obj_of(self.heap.get(off, 0), Kind::Function).is_some() => {
                let f = self.heap.get(off, 0).as_obj().unwrap_or(0);
                let code = self.small(self.heap.get(f, crate::obj::function::CODE));
                let recv = self.heap.get(off, 1);
                let _ = write!(
                    out,
                    "<bound method {}.{} of ",
                    self.type_name(recv),
                    self.code_name(code)
                );
                self.repr_depth(recv, out, depth + 1);
                out.push('>');
            }
            Kind::BoundMethod => {
                let b = self.heap.get(off, 0).as_builtin().unwrap_or(0);
                let recv = self.heap.get(off, 1);
                let _ = write!(
                    out,
                    "<built-in method {} of {} object>",
                    crate::builtins::name(b),
                    self.type_name(recv)
                );
            }
            _ => {
                let _ = write!(out, "<{} object at 0x{:x}>", self.type_name(v), off);
            }
        }
    }

    /// A code object's function name (`__name__`): the last part of its
    /// qualified name.
    pub(crate) fn code_name(&self, code: usize) -> &str {
        let q = self.code_qualname(code);
        q.rsplit('.').next().unwrap_or(q)
    }

    /// A code object's qualified name (`__qualname__`, e.g.
    /// `outer.<locals>.inner`), as CPython's reprs and call errors show it.
    pub(crate) fn code_qualname(&self, code: usize) -> &str {
        let image = self.prog.image();
        image
            .codes
            .get(code)
            .and_then(|c| image.names.get(c.name as usize))
            .map_or("?", |s| s.as_str())
    }

    /// `str(v)` as a str object (`v` itself when it is a str).
    pub(crate) fn str_value(&mut self, v: Value) -> crate::interp::PyResult<Value> {
        if self.is_str(v) {
            return Ok(v);
        }
        let mut s = String::new();
        self.str_into(v, &mut s);
        self.new_str(&s)
    }
}
