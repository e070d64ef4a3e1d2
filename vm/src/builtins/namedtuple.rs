//! `collections.namedtuple`.
//!
//! `namedtuple("Point", "x y")` makes a user class (`Kind::Class`) whose
//! built-in layout is `tuple`: its MRO is `(Point, tuple, object)` and its
//! dict holds `_fields`, `_field_defaults`, `_make`, `_asdict` and
//! `_replace`. An instance is an ordinary tuple object with one extra payload
//! word after the items holding the class, marked by the flag byte
//! [`NAMED`]. Everything that reads tuples through `items()` (indexing,
//! unpacking, `len`, iteration, hashing, equality with plain tuples, slicing
//! into plain tuples) therefore works unchanged; `type()`, `isinstance`,
//! `repr` and attribute access look at the class. Such a class can be
//! subclassed by a `class` statement (methods, properties, `__repr__`).

use super::Args;
use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Called, Interp, PyResult};
use crate::obj::class::{BASE, BASES, MRO};
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Flag byte of a tuple that is a namedtuple instance.
pub(crate) const NAMED: u8 = 1;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

impl Interp {
    /// The namedtuple class of `v`, if `v` is a namedtuple instance.
    #[inline]
    pub(crate) fn nt_class(&self, v: Value) -> Option<u32> {
        let off = v.as_obj()?;
        if self.heap.kind(off) != Kind::Tuple || self.heap.flags(off) != NAMED {
            return None;
        }
        let n = self.heap.payload_len(off);
        self.heap.get(off, n - 1).as_obj()
    }

    /// Whether `cls` is (or derives from) a class `collections.namedtuple`
    /// made, as opposed to a plain `class T(tuple)`.
    pub(crate) fn is_namedtuple_class(&self, cls: u32) -> bool {
        self.class_base(cls) == TypeId::Tuple
            && self.class_lookup(cls, "_fields").is_some()
            && self.class_lookup(cls, "_make").is_some()
    }

    /// The field names of namedtuple class `cls`.
    pub(crate) fn nt_fields(&self, cls: u32) -> Vec<String> {
        let Some(f) = self.class_lookup(cls, "_fields") else {
            return Vec::new();
        };
        match self.items(f) {
            Some(it) => (0..it.len)
                .map(|i| String::from(self.as_str(self.item(it, i)).unwrap_or("?")))
                .collect(),
            None => Vec::new(),
        }
    }

    /// A namedtuple instance of class `stack[at]` holding the `n` values on
    /// top of the stack (popped).
    fn nt_from_stack(&mut self, at: usize, n: usize) -> PyResult<Value> {
        self.reserve(n + 3)?;
        let t = self.alloc_reserved(Kind::Tuple, n + 2)?;
        self.heap.set(t, 0, Value::small_int(n as i64));
        let start = self.stack.len() - n;
        for i in 0..n {
            self.heap.set(t, 1 + i, self.stack[start + i]);
        }
        self.heap.set(t, n + 1, self.stack[at]);
        self.heap.set_flags(t, NAMED);
        self.stack.truncate(start);
        Ok(Value::obj(t))
    }

    /// Calls namedtuple class `stack[callee]` (its `__new__`): binds
    /// positional and keyword arguments to the fields, defaults filling the rest.
    pub(crate) fn call_namedtuple(
        &mut self,
        cls: u32,
        callee: usize,
        n: usize,
        kw: bool,
        ret_sp: usize,
    ) -> PyResult<Called> {
        let fields = self.nt_fields(cls);
        let nf = fields.len();
        let cname = String::from(self.class_name(cls));
        let kwnames: Vec<String> = if kw {
            match self.items(self.stack[callee + 1 + n]) {
                Some(it) => (0..it.len)
                    .map(|i| String::from(self.as_str(self.item(it, i)).unwrap_or("")))
                    .collect(),
                None => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let npos = n - kwnames.len();
        if npos > nf {
            return Err(self.raise_string(
                TypeId::TypeError,
                format!(
                    "{cname}.__new__() takes {} positional arguments but {} were given",
                    nf + 1,
                    npos + 1
                ),
            ));
        }
        let mut src: Vec<Option<usize>> = alloc::vec![None; nf];
        for (i, s) in src.iter_mut().enumerate().take(npos) {
            *s = Some(callee + 1 + i);
        }
        for (k, name) in kwnames.iter().enumerate() {
            let Some(i) = fields.iter().position(|f| f == name) else {
                return Err(self.raise_string(
                    TypeId::TypeError,
                    format!("{cname}.__new__() got an unexpected keyword argument '{name}'"),
                ));
            };
            if src[i].is_some() {
                return Err(self.raise_string(
                    TypeId::TypeError,
                    format!("{cname}.__new__() got multiple values for argument '{name}'"),
                ));
            }
            src[i] = Some(callee + 1 + npos + k);
        }
        let defaults = self
            .class_lookup(cls, "_field_defaults")
            .and_then(|d| self.obj_of(d, Kind::Dict));
        let mut vals = Vec::with_capacity(nf);
        let mut missing = Vec::new();
        for (i, s) in src.iter().enumerate() {
            match s {
                Some(at) => vals.push(self.stack[*at]),
                None => match defaults.and_then(|d| self.dict_find_str(d, &fields[i])) {
                    Some(e) => vals.push(self.dict_entry(defaults.unwrap_or(0), e).1),
                    None => missing.push(format!("'{}'", fields[i])),
                },
            }
        }
        if !missing.is_empty() {
            let list = match missing.len() {
                1 => missing[0].clone(),
                2 => format!("{} and {}", missing[0], missing[1]),
                k => format!("{}, and {}", missing[..k - 1].join(", "), missing[k - 1]),
            };
            let s = if missing.len() == 1 { "" } else { "s" };
            return Err(self.raise_string(
                TypeId::TypeError,
                format!(
                    "{cname}.__new__() missing {} required positional argument{s}: {list}",
                    missing.len()
                ),
            ));
        }
        self.stack.extend_from_slice(&vals);
        let t = self.nt_from_stack(callee, nf)?;
        self.stack.truncate(ret_sp);
        self.stack.push(t);
        Ok(Called::Done)
    }

    /// `nt.name` for a namedtuple instance: a field, then the class's
    /// attributes (methods of a subclass, `_asdict`, …); `None` falls back to
    /// the tuple's own methods.
    pub(crate) fn nt_getattr(
        &mut self,
        io: &mut dyn Board,
        obj: Value,
        cls: u32,
        name: &str,
    ) -> PyResult<Option<Value>> {
        if let Some(i) = self.nt_fields(cls).iter().position(|f| f == name) {
            return Ok(self.items(obj).map(|it| self.item(it, i)));
        }
        if name == "__class__" {
            return Ok(Some(Value::obj(cls)));
        }
        let Some(a) = self.class_lookup(cls, name) else {
            return Ok(None);
        };
        if let Some(p) = self.obj_of(a, Kind::Property) {
            let getter = self.heap.get(p, 0);
            return self.call_value(io, getter, &[obj]).map(Some);
        }
        if a.as_builtin().is_some() {
            let mut keep = [a, obj];
            self.reserve_rooted(3, &mut keep)?;
            let m = self.alloc_reserved(Kind::BoundMethod, 2)?;
            self.heap.set(m, 0, keep[0]);
            self.heap.set(m, 1, keep[1]);
            return Ok(Some(Value::obj(m)));
        }
        self.bind_attr(a, obj, Value::obj(cls)).map(Some)
    }

    /// Appends `Name(f1=v1, f2=v2)` (or the class's own `__repr__`/`__str__`).
    pub(crate) fn nt_text_io(
        &mut self,
        io: &mut dyn Board,
        v: Value,
        cls: u32,
        repr: bool,
        out: &mut String,
    ) -> PyResult<()> {
        let own = if repr {
            self.class_lookup(cls, "__repr__")
        } else {
            self.class_lookup(cls, "__str__")
                .or_else(|| self.class_lookup(cls, "__repr__"))
        };
        if let Some(f) = own.filter(|f| self.obj_of(*f, Kind::Function).is_some()) {
            let r = self.call_value(io, f, &[v])?;
            return match self.as_str(r) {
                Some(s) => {
                    out.push_str(s);
                    Ok(())
                }
                None => Err(self.raise(TypeId::TypeError, "__repr__ returned non-string")),
            };
        }
        let fields = self.nt_fields(cls);
        out.push_str(self.class_name(cls));
        out.push('(');
        let sp = self.stack.len();
        self.stack.push(v);
        let mut r = Ok(());
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(f);
            out.push('=');
            let Some(x) = self.items(self.stack[sp]).map(|it| self.item(it, i)) else {
                break;
            };
            r = self.text_io(io, x, true, out);
            if r.is_err() {
                break;
            }
        }
        self.stack.truncate(sp);
        out.push(')');
        r
    }

    /// `Name(f1=v1, …)` without running Python code (nested reprs are plain).
    pub(crate) fn nt_repr_plain(&self, v: Value, cls: u32, out: &mut String, depth: usize) {
        out.push_str(self.class_name(cls));
        out.push('(');
        let Some(it) = self.items(v) else {
            out.push(')');
            return;
        };
        for (i, f) in self.nt_fields(cls).iter().enumerate().take(it.len) {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(f);
            out.push('=');
            self.repr_depth(self.item(it, i), out, depth + 1);
        }
        out.push(')');
    }

    /// Whether the namedtuple's class has its own `__repr__`/`__str__` (Python code).
    pub(crate) fn nt_has_own_text(&self, cls: u32) -> bool {
        self.class_lookup(cls, "__repr__").is_some() || self.class_lookup(cls, "__str__").is_some()
    }
}

/// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
pub(super) fn namedtuple(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "namedtuple", 2, 2, &["rename", "defaults", "module"])?;
    let Some(tname) = it.as_str(a.pos(it, 0)).map(String::from) else {
        return Err(it.raise(TypeId::TypeError, "namedtuple() typename must be a str"));
    };
    let spec = a.pos(it, 1);
    let mut names: Vec<String> = Vec::new();
    if let Some(s) = it.as_str(spec) {
        names = s
            .replace(',', " ")
            .split_whitespace()
            .map(String::from)
            .collect();
    } else {
        let base = it.stack.len();
        let n = it.push_iterable(io, spec)?;
        for i in 0..n {
            let x = it.stack[base + i];
            let mut s = String::new();
            it.str_into(x, &mut s);
            names.push(s);
        }
        it.stack.truncate(base);
    }
    let rename = match a.kw(it, "rename") {
        Some(v) => it.truthy(v),
        None => false,
    };
    if rename {
        let mut seen: Vec<String> = Vec::new();
        for (i, n) in names.iter_mut().enumerate() {
            if !is_identifier(n)
                || KEYWORDS.contains(&n.as_str())
                || n.starts_with('_')
                || seen.contains(n)
            {
                *n = format!("_{i}");
            }
            seen.push(n.clone());
        }
    }
    let mut all = alloc::vec![tname.clone()];
    all.extend(names.iter().cloned());
    for n in &all {
        if !is_identifier(n) {
            return Err(it.raise_string(
                TypeId::ValueError,
                format!("Type names and field names must be valid identifiers: '{n}'"),
            ));
        }
        if KEYWORDS.contains(&n.as_str()) {
            return Err(it.raise_string(
                TypeId::ValueError,
                format!("Type names and field names cannot be a keyword: '{n}'"),
            ));
        }
    }
    let mut seen: Vec<&String> = Vec::new();
    for n in &names {
        if n.starts_with('_') && !rename {
            return Err(it.raise_string(
                TypeId::ValueError,
                format!("Field names cannot start with an underscore: '{n}'"),
            ));
        }
        if seen.contains(&n) {
            return Err(it.raise_string(
                TypeId::ValueError,
                format!("Encountered duplicate field name: '{n}'"),
            ));
        }
        seen.push(n);
    }
    let base = it.stack.len();
    let r = build_class(it, io, &a, &tname, &names, base);
    it.stack.truncate(base);
    r
}

fn build_class(
    it: &mut Interp,
    io: &mut dyn Board,
    a: &Args,
    tname: &str,
    names: &[String],
    base: usize,
) -> PyResult<Value> {
    // Defaults apply to the rightmost fields.
    let nd = match a.kw(it, "defaults").filter(|d| !d.is_none()) {
        Some(d) => it.push_iterable(io, d)?,
        None => 0,
    };
    if nd > names.len() {
        return Err(it.raise(
            TypeId::TypeError,
            "Got more default values than field names",
        ));
    }
    // stack: defaults… name bases ns fields fdefaults
    let at = it.stack.len();
    let n = it.new_str(tname)?;
    it.stack.push(n);
    let b = it.new_tuple(0)?;
    it.stack.push(b);
    let ns = it.new_dict(8)?;
    it.stack.push(ns);
    for f in names {
        let s = it.new_str(f)?;
        it.stack.push(s);
    }
    let fields = it.tuple_from_stack(names.len())?;
    it.stack.push(fields);
    let fd = it.new_dict(nd)?;
    it.stack.push(fd);
    for i in 0..nd {
        let k = it.new_str(&names[names.len() - nd + i])?;
        let (d, v) = (it.stack[at + 4], it.stack[base + i]);
        it.dict_set(d, k, v)?;
    }
    // The namespace is re-read from the stack after every allocation.
    it.dict_set_str(it.stack[at + 2], "_fields", it.stack[at + 3])?;
    it.dict_set_str(it.stack[at + 2], "_field_defaults", it.stack[at + 4])?;
    it.dict_set_str(
        it.stack[at + 2],
        "_asdict",
        super::global("namedtuple._asdict"),
    )?;
    it.dict_set_str(
        it.stack[at + 2],
        "_replace",
        super::global("namedtuple._replace"),
    )?;
    let make = it.new_wrapper(Kind::ClassMethod, &[super::global("namedtuple._make")])?;
    it.dict_set_str(it.stack[at + 2], "_make", make)?;
    let cls = it.new_class(at)?;
    it.stack.push(cls);
    // `(tuple,)` bases and `(cls, tuple, object)` MRO.
    let bases = it.new_tuple_of(&[TypeId::Tuple.value()])?;
    it.stack.push(bases);
    let cls = it.stack[at + 5];
    let mro = it.new_tuple_of(&[cls, TypeId::Tuple.value(), TypeId::Object.value()])?;
    let bases = it.stack[at + 6];
    let c = it.stack[at + 5].as_obj().unwrap_or(0);
    it.heap.set(c, BASES, bases);
    it.heap.set(c, MRO, mro);
    it.heap.set(c, BASE, TypeId::Tuple.value());
    Ok(Value::obj(c))
}

/// `nt._asdict()`: a dict of field names to values.
pub(super) fn asdict(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "_asdict", 1, 1, &[])?;
    let obj = a.pos(it, 0);
    let Some(cls) = it.nt_class(obj) else {
        return Err(it.raise(TypeId::TypeError, "_asdict() needs a namedtuple"));
    };
    let nf = it.nt_fields(cls).len();
    let d = it.new_dict(nf)?;
    it.stack.push(d);
    let r = (|| {
        for i in 0..nf {
            let obj = a.pos(it, 0);
            let cls = it.nt_class(obj).unwrap_or(0);
            let f = it.class_lookup(cls, "_fields").unwrap_or(Value::NONE);
            let (Some(fi), Some(vi)) = (it.items(f), it.items(obj)) else {
                break;
            };
            let (k, v) = (it.item(fi, i), it.item(vi, i));
            let d = *it.stack.last().unwrap_or(&Value::NONE);
            it.dict_set(d, k, v)?;
        }
        Ok(())
    })();
    let d = it.stack.pop().unwrap_or(Value::NONE);
    r.map(|_| d)
}

/// `nt._replace(**changes)`: a copy with some fields replaced.
pub(super) fn replace(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "_replace", 1, 1, &["**"])?;
    let obj = a.pos(it, 0);
    let Some(cls) = it.nt_class(obj) else {
        return Err(it.raise(TypeId::TypeError, "_replace() needs a namedtuple"));
    };
    let fields = it.nt_fields(cls);
    let mut vals = it.items(obj).map(|i| it.items_vec(i)).unwrap_or_default();
    let mut bad = Vec::new();
    if let Some(kw) = it.items(a.kwnames(it)) {
        let npos = a.npos(it);
        for k in 0..kw.len {
            let name = it.as_str(it.item(kw, k)).unwrap_or("");
            match fields.iter().position(|f| f == name) {
                Some(i) if i < vals.len() => vals[i] = it.stack[a.start + npos + k],
                _ => bad.push(format!("'{name}'")),
            }
        }
    }
    if !bad.is_empty() {
        return Err(it.raise_string(
            TypeId::ValueError,
            format!("Got unexpected field names: [{}]", bad.join(", ")),
        ));
    }
    let at = it.stack.len();
    it.stack.push(Value::obj(cls));
    it.stack.extend_from_slice(&vals);
    let r = it.nt_from_stack(at, vals.len());
    it.stack.truncate(at);
    r
}

/// `Cls._make(iterable)`.
pub(super) fn make(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "_make", 2, 2, &[])?;
    let Some(cls) = it.obj_of(a.pos(it, 0), Kind::Class) else {
        return Err(it.raise(TypeId::TypeError, "_make() needs a namedtuple class"));
    };
    let nf = it.nt_fields(cls).len();
    let at = it.stack.len();
    it.stack.push(a.pos(it, 0));
    let r = it.push_iterable(io, a.pos(it, 1)).and_then(|n| {
        if n != nf {
            return Err(it.raise_string(
                TypeId::TypeError,
                format!("Expected {nf} arguments, got {n}"),
            ));
        }
        it.nt_from_stack(at, n)
    });
    it.stack.truncate(at);
    r
}
