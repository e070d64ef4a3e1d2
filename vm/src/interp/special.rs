//! Special methods of user classes (`__add__`, `__eq__`, `__len__`,
//! `__str__`, …) called by the VM's operators. Each entry point first checks
//! whether an operand is a user object, so built-in values keep their paths;
//! the dispatch loop only reaches these on its slow paths.

use super::{Interp, PyResult};
use crate::bytecode::{BinOp, CmpOp};
use crate::hal::Board;
use crate::heap::Kind;
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::string::String;

/// `(forward, reflected, in-place)` special method names of a binary operator.
fn binop_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// `(method, reflected method)` of a comparison.
fn cmp_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
    }
}

impl Interp {
    /// Whether `v` is a `dict.keys()` or `dict.items()` view (set-like).
    fn is_set_like_view(&self, v: Value) -> bool {
        self.obj_of(v, Kind::DictView)
            .is_some_and(|o| self.heap.get(o, 1).as_small_int() != Some(crate::obj::iter::VALUES))
    }

    /// `view OP other` (or reflected) for set-like dict views: both sides
    /// become sets and the result is a set, as in CPython.
    fn view_set_op(
        &mut self,
        io: &mut dyn Board,
        op: BinOp,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        let sp = self.stack.len();
        self.stack.push(a);
        self.stack.push(b);
        let r = (|| {
            for i in 0..2 {
                let v = self.stack[sp + i];
                let other_is_set = self.is_anyset(self.stack[sp + 1 - i]);
                if self.is_set_like_view(v) || (!self.is_anyset(v) && !other_is_set) {
                    let s = self.set_from(io, Kind::Set, Some(v))?;
                    self.stack[sp + i] = s;
                }
            }
            if !self.is_anyset(self.stack[sp]) || !self.is_anyset(self.stack[sp + 1]) {
                let s = self.set_from(io, Kind::Set, Some(self.stack[sp]))?;
                self.stack[sp] = s;
                let s = self.set_from(io, Kind::Set, Some(self.stack[sp + 1]))?;
                self.stack[sp + 1] = s;
            }
            let (a, b) = (self.stack[sp], self.stack[sp + 1]);
            self.binary_op(op, a, b)
        })();
        self.stack.truncate(sp);
        r
    }

    /// `a | b` (a new dict) or `a |= b` (`a` updated; `NULL` tells the caller
    /// to re-read it) for dicts.
    fn dict_merge(
        &mut self,
        io: &mut dyn Board,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Value> {
        let sp = self.stack.len();
        self.stack.push(a);
        self.stack.push(b);
        let r = (|| {
            let target = if inplace {
                self.stack[sp]
            } else {
                let d = self.new_dict(0)?;
                self.stack.push(d);
                crate::builtins::dict_update_from(self, io, d, self.stack[sp])?;
                self.stack[sp + 2]
            };
            self.stack.push(target);
            crate::builtins::dict_update_from(self, io, target, self.stack[sp + 1])?;
            Ok(if inplace {
                Value::NULL
            } else {
                self.stack[sp + 2]
            })
        })();
        self.stack.truncate(sp);
        r
    }

    /// Whether either operand is a user object (the cheap gate for the slow paths).
    #[inline]
    pub(crate) fn either_user(&self, a: Value, b: Value) -> bool {
        self.is_user_obj(a) || self.is_user_obj(b)
    }

    /// `a OP b` honouring `__op__`/`__rop__` (and `__iop__` when `inplace`).
    pub(crate) fn binary_op_io(
        &mut self,
        io: &mut dyn Board,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Value> {
        if matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor)
            && (self.is_set_like_view(a) || self.is_set_like_view(b))
        {
            return self.view_set_op(io, op, a, b);
        }
        if op == BinOp::Or
            && self.is_dict(a)
            && self.is_dict(b)
            && self.dict_flavor(a) != crate::obj::dict::COUNTER
        {
            return self.dict_merge(io, a, b, inplace);
        }
        if op == BinOp::Mod && self.is_str(a) && self.needs_user_text(b, 0) {
            return self.percent_format_io(io, a, b);
        }
        if !self.either_user(a, b) {
            return if inplace {
                self.inplace_op(io, op, a, b)
            } else {
                self.binary_op(op, a, b)
            };
        }
        let (f, r, i) = binop_names(op);
        let sp = self.stack.len();
        self.stack.push(a);
        self.stack.push(b);
        let res = (|| {
            if inplace {
                if let Some(v) = self.call_special(io, a, i, &[b])? {
                    if v != Value::NOT_IMPLEMENTED {
                        return Ok(v);
                    }
                }
            }
            let (a, b) = (self.stack[sp], self.stack[sp + 1]);
            // A right operand of a subclass overriding the reflected method goes first.
            let sub_first = self.strict_subclass_of(b, a) && {
                let (ca, cb) = (self.user_class_of(a), self.user_class_of(b));
                let ra = ca.and_then(|c| self.class_lookup(c, r));
                let rb = cb.and_then(|c| self.class_lookup(c, r));
                rb.is_some() && ra != rb
            };
            if sub_first {
                if let Some(v) = self.call_special(io, b, r, &[a])? {
                    if v != Value::NOT_IMPLEMENTED {
                        return Ok(v);
                    }
                }
            }
            let (a, b) = (self.stack[sp], self.stack[sp + 1]);
            if let Some(v) = self.call_special(io, a, f, &[b])? {
                if v != Value::NOT_IMPLEMENTED {
                    return Ok(v);
                }
            }
            let (a, b) = (self.stack[sp], self.stack[sp + 1]);
            if !sub_first && self.class_value_of(a) != self.class_value_of(b) {
                if let Some(v) = self.call_special(io, b, r, &[a])? {
                    if v != Value::NOT_IMPLEMENTED {
                        return Ok(v);
                    }
                }
            }
            // No special method applies: the built-in path raises CPython's message.
            let (a, b) = (self.stack[sp], self.stack[sp + 1]);
            let (ia, ib) = (self.base_value(a), self.base_value(b));
            if ia.is_some() || ib.is_some() {
                // A subclass of a built-in value type: the wrapped values'
                // operation (`MyList + list` is a plain list, as in CPython).
                let (x, y) = (ia.unwrap_or(a), ib.unwrap_or(b));
                let r = self.binary_op_io(io, op, x, y, inplace)?;
                // `ml += [1]` extends in place and keeps the subclass instance
                // (its wrapped value re-read: the operation may have collected).
                let a = self.stack[sp];
                return Ok(if inplace && Some(r) == self.base_value(a) {
                    a
                } else {
                    r
                });
            }
            if inplace {
                self.inplace_op(io, op, a, b)
            } else {
                self.binary_op(op, a, b)
            }
        })();
        self.stack.truncate(sp);
        res
    }

    /// `a OP b` for comparisons as a truth value (see [`Interp::compare_value_io`]).
    pub(crate) fn compare_io(
        &mut self,
        io: &mut dyn Board,
        op: CmpOp,
        a: Value,
        b: Value,
    ) -> PyResult<bool> {
        if !self.either_user(a, b) {
            // Items may be user objects with `__eq__`.
            if matches!(op, CmpOp::Eq | CmpOp::Ne)
                && self.is_seq_pair(a, b)
                && (self.needs_user_text(a, 0) || self.needs_user_text(b, 0))
            {
                let eq = self.seq_eq_io(io, a, b)?;
                return Ok(eq == (op == CmpOp::Eq));
            }
            if !matches!(op, CmpOp::Eq | CmpOp::Ne)
                && self.is_seq_pair(a, b)
                && (self.needs_user_text(a, 0) || self.needs_user_text(b, 0))
            {
                return self.seq_order_io(io, op, a, b);
            }
            if matches!(op, CmpOp::Eq | CmpOp::Ne)
                && self.is_dict(a)
                && self.is_dict(b)
                && (self.needs_user_text(a, 0) || self.needs_user_text(b, 0))
            {
                let eq = self.dict_eq_io(io, a, b)?;
                return Ok(eq == (op == CmpOp::Eq));
            }
            if matches!(op, CmpOp::Eq | CmpOp::Ne) && self.is_anyset(a) && self.is_anyset(b) {
                // Elements may be user objects with `__eq__`.
                let (x, y) = (a.as_obj().unwrap_or(0), b.as_obj().unwrap_or(0));
                let eq = self.set_len(x) == self.set_len(y) && self.set_subset_io(io, a, b)?;
                return Ok(eq == (op == CmpOp::Eq));
            }
            return self.compare(op, a, b);
        }
        let v = self.compare_value_io(io, op, a, b)?;
        self.truthy_io(io, v)
    }

    /// `a OP b` with a user operand, honouring rich comparison methods and
    /// their reflections; the result is whatever the method returned.
    pub(crate) fn compare_value_io(
        &mut self,
        io: &mut dyn Board,
        op: CmpOp,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        let (m, r) = cmp_names(op);
        let sp = self.stack.len();
        self.stack.push(a);
        self.stack.push(b);
        let res = (|| {
            let (a, b) = (self.stack[sp], self.stack[sp + 1]);
            // A right operand of a strict subclass gets the first try.
            let sub_first = self.strict_subclass_of(b, a);
            if sub_first {
                if let Some(v) = self.call_special(io, b, r, &[a])? {
                    if v != Value::NOT_IMPLEMENTED {
                        return Ok(v);
                    }
                }
            }
            let (a, b) = (self.stack[sp], self.stack[sp + 1]);
            if let Some(v) = self.call_special(io, a, m, &[b])? {
                if v != Value::NOT_IMPLEMENTED {
                    return Ok(v);
                }
            }
            let (a, b) = (self.stack[sp], self.stack[sp + 1]);
            if !sub_first {
                if let Some(v) = self.call_special(io, b, r, &[a])? {
                    if v != Value::NOT_IMPLEMENTED {
                        return Ok(v);
                    }
                }
            }
            let (a, b) = (self.stack[sp], self.stack[sp + 1]);
            let (ia, ib) = (self.base_value(a), self.base_value(b));
            if ia.is_some() || ib.is_some() {
                // A subclass of a built-in value type compares by its value.
                let (x, y) = (ia.unwrap_or(a), ib.unwrap_or(b));
                return self.compare_io(io, op, x, y).map(Value::bool);
            }
            match op {
                CmpOp::Eq => Ok(Value::bool(a == b)),
                CmpOp::Ne => {
                    // object.__ne__ inverts __eq__ (the left operand's, then the right's).
                    for (x, y) in [(sp, sp + 1), (sp + 1, sp)] {
                        let (x, y) = (self.stack[x], self.stack[y]);
                        if let Some(v) = self.call_special(io, x, "__eq__", &[y])? {
                            if v != Value::NOT_IMPLEMENTED {
                                return Ok(Value::bool(!self.truthy_io(io, v)?));
                            }
                        }
                    }
                    let (a, b) = (self.stack[sp], self.stack[sp + 1]);
                    Ok(Value::bool(a != b))
                }
                _ => {
                    let (ta, tb) = (
                        String::from(self.type_name(a)),
                        String::from(self.type_name(b)),
                    );
                    Err(self.raise_string(
                        TypeId::TypeError,
                        format!(
                            "'{}' not supported between instances of '{ta}' and '{tb}'",
                            op.symbol()
                        ),
                    ))
                }
            }
        })();
        self.stack.truncate(sp);
        res
    }

    /// `a == b` for two dicts holding user objects: same size, and each key
    /// of `a` maps to an equal value in `b` (with `__hash__`/`__eq__`).
    fn dict_eq_io(&mut self, io: &mut dyn Board, a: Value, b: Value) -> PyResult<bool> {
        let (x, y) = (a.as_obj().unwrap_or(0), b.as_obj().unwrap_or(0));
        if self.dict_len(x) != self.dict_len(y) {
            return Ok(false);
        }
        let sp = self.stack.len();
        self.stack.push(a);
        self.stack.push(b);
        let mut e = 0;
        let r = loop {
            let x = self.stack[sp].as_obj().unwrap_or(0);
            if e >= self.dict_used(x) {
                break Ok(true);
            }
            let (k, v) = self.dict_entry(x, e);
            e += 1;
            if k == Value::DELETED {
                continue;
            }
            self.stack.push(v);
            let other = self.dict_get_io(io, self.stack[sp + 1], k);
            let v = self.stack.pop().unwrap_or(v);
            let w = match other {
                Ok(Some(w)) => w,
                Ok(None) => break Ok(false),
                Err(t) => break Err(t),
            };
            if v == w {
                continue;
            }
            match self.compare_io(io, CmpOp::Eq, v, w) {
                Ok(true) => {}
                Ok(false) => break Ok(false),
                Err(t) => break Err(t),
            }
        };
        self.stack.truncate(sp);
        r
    }

    /// Whether `a` and `b` are both lists or both tuples.
    fn is_seq_pair(&self, a: Value, b: Value) -> bool {
        match (a.as_obj(), b.as_obj()) {
            (Some(x), Some(y)) => {
                let (kx, ky) = (self.heap.kind(x), self.heap.kind(y));
                kx == ky && matches!(kx, Kind::List | Kind::Tuple)
            }
            _ => false,
        }
    }

    /// `a == b` for two lists or two tuples, item by item with `__eq__`
    /// (identical items are equal, as in CPython).
    fn seq_eq_io(&mut self, io: &mut dyn Board, a: Value, b: Value) -> PyResult<bool> {
        if self.items(a).map(|x| x.len) != self.items(b).map(|y| y.len) {
            return Ok(false);
        }
        self.seq_walk_io(
            io,
            a,
            b,
            |_, _, lens| Ok(lens.0 == lens.1),
            |_, _, _, _| Ok(false),
        )
    }

    /// `a < b` (and the other orderings) for two lists or two tuples holding
    /// user objects: the first unequal items decide, else the lengths.
    fn seq_order_io(
        &mut self,
        io: &mut dyn Board,
        op: CmpOp,
        a: Value,
        b: Value,
    ) -> PyResult<bool> {
        self.seq_walk_io(
            io,
            a,
            b,
            |_, _, (m, n)| {
                Ok(match op {
                    CmpOp::Lt => m < n,
                    CmpOp::Le => m <= n,
                    CmpOp::Gt => m > n,
                    _ => m >= n,
                })
            },
            |it, io, p, q| it.compare_io(io, op, p, q),
        )
    }

    /// Walks two lists or tuples in step to the first pair of items that
    /// are not `==` (identical items are equal), calling `differ` with that
    /// pair, or `same` with both lengths when one sequence runs out first.
    /// Both are kept on the stack: `__eq__` may collect or mutate them.
    fn seq_walk_io(
        &mut self,
        io: &mut dyn Board,
        a: Value,
        b: Value,
        same: impl FnOnce(&mut Self, &mut dyn Board, (usize, usize)) -> PyResult<bool>,
        differ: impl FnOnce(&mut Self, &mut dyn Board, Value, Value) -> PyResult<bool>,
    ) -> PyResult<bool> {
        if !self.nest_enter() {
            self.check_nesting()?;
        }
        let sp = self.stack.len();
        self.stack.push(a);
        self.stack.push(b);
        let mut i = 0;
        let r = loop {
            let (Some(x), Some(y)) = (self.items(self.stack[sp]), self.items(self.stack[sp + 1]))
            else {
                break Ok(false);
            };
            if i >= x.len || i >= y.len {
                break same(self, io, (x.len, y.len));
            }
            let (p, q) = (self.item(x, i), self.item(y, i));
            i += 1;
            if p == q {
                continue;
            }
            match self.compare_io(io, CmpOp::Eq, p, q) {
                Ok(true) => {}
                Ok(false) => {
                    // Re-read: the `__eq__` call may have moved them.
                    let x = self.items(self.stack[sp]).map(|x| self.item(x, i - 1));
                    let y = self.items(self.stack[sp + 1]).map(|y| self.item(y, i - 1));
                    break differ(self, io, x.unwrap_or(p), y.unwrap_or(q));
                }
                Err(t) => break Err(t),
            }
        };
        self.stack.truncate(sp);
        self.nest_leave();
        r
    }

    /// Whether `type(b)` is a proper subclass of `type(a)` (both user objects or not).
    fn strict_subclass_of(&self, b: Value, a: Value) -> bool {
        let (ca, cb) = (self.class_value_of(a), self.class_value_of(b));
        ca != cb && self.is_user_obj(b) && self.class_is_subclass(cb, ca)
    }

    /// `bool(v)` honouring `__bool__` and `__len__`.
    pub(crate) fn truthy_io(&mut self, io: &mut dyn Board, v: Value) -> PyResult<bool> {
        if !self.is_user_obj(v) {
            return Ok(self.truthy(v));
        }
        if let Some(x) = self.base_value_unless(v, &["__bool__", "__len__"]) {
            return self.truthy_io(io, x);
        }
        if let Some(r) = self.call_special(io, v, "__bool__", &[])? {
            return match r.as_bool() {
                Some(b) => Ok(b),
                None => {
                    let tn = String::from(self.type_name(r));
                    Err(self.raise_string(
                        TypeId::TypeError,
                        format!("__bool__ should return bool, returned {tn}"),
                    ))
                }
            };
        }
        if let Some(r) = self.call_special(io, v, "__len__", &[])? {
            return Ok(self.len_result(r)? != 0);
        }
        Ok(true)
    }

    /// Checks a `__len__` result.
    fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match r.as_small_int() {
            Some(n) if n >= 0 => Ok(n as usize),
            Some(_) => Err(self.raise(TypeId::ValueError, "__len__() should return >= 0")),
            None => Err(self.not_an_integer(r)),
        }
    }

    /// `len(v)` for a user object; `None` if `v` is not one.
    pub(crate) fn user_len(&mut self, io: &mut dyn Board, v: Value) -> PyResult<Option<usize>> {
        if !self.is_user_obj(v) {
            return Ok(None);
        }
        if let Some(x) = self.base_value_unless(v, &["__len__"]) {
            return match self.base_len(x) {
                Some(n) => Ok(Some(n)),
                None => self.user_len(io, x),
            };
        }
        match self.call_special(io, v, "__len__", &[])? {
            Some(r) => self.len_result(r).map(Some),
            None => {
                let tn = String::from(self.type_name(v));
                Err(self.raise_string(
                    TypeId::TypeError,
                    format!("object of type '{tn}' has no len()"),
                ))
            }
        }
    }

    /// A unary operator (`__neg__`, `__pos__`, `__invert__`, `__abs__`) on a user object.
    pub(crate) fn unary_io(
        &mut self,
        io: &mut dyn Board,
        name: &str,
        sym: &str,
        v: Value,
    ) -> PyResult<Option<Value>> {
        if !self.is_user_obj(v) {
            return Ok(None);
        }
        if let Some(x) = self.base_value_unless(v, &[name]) {
            // The wrapped value's operator (`-MyInt(3)` is a plain int).
            if let Some(r) = self.unary_io(io, name, sym, x)? {
                return Ok(Some(r));
            }
            return match name {
                "__neg__" => self.negate(x).map(Some),
                "__pos__" => self.positive(x).map(Some),
                "__invert__" => self.invert(x).map(Some),
                _ => {
                    let f = crate::builtins::global("abs");
                    self.call_value(io, f, &[x]).map(Some)
                }
            };
        }
        match self.call_special(io, v, name, &[])? {
            Some(r) => Ok(Some(r)),
            None => {
                let tn = String::from(self.type_name(v));
                let msg = if sym == "abs()" {
                    format!("bad operand type for abs(): '{tn}'")
                } else {
                    format!("bad operand type for unary {sym}: '{tn}'")
                };
                Err(self.raise_string(TypeId::TypeError, msg))
            }
        }
    }

    /// `obj[key]`, `obj[key] = v`, `del obj[key]` on a user object (`None`: not one).
    pub(crate) fn subscr_io(
        &mut self,
        io: &mut dyn Board,
        which: u8,
        obj: Value,
        key: Value,
        v: Value,
    ) -> PyResult<Option<Value>> {
        if !self.is_user_obj(obj) {
            if self.is_dict(obj) {
                // Keys may be user objects with `__hash__`/`__eq__`.
                return match which {
                    0 => match self.dict_get_io(io, obj, key)? {
                        Some(v) => Ok(Some(v)),
                        None => self.dict_missing_io(io, obj, key).map(Some),
                    },
                    1 => self.dict_set_io(io, obj, key, v).map(|_| Some(Value::NONE)),
                    _ => match self.dict_remove_io(io, obj, key)? {
                        Some(_) => Ok(Some(Value::NONE)),
                        // Counter's `del c[k]` ignores a missing key.
                        None if self.dict_flavor(obj) == crate::obj::dict::COUNTER => {
                            Ok(Some(Value::NONE))
                        }
                        None => Err(self.raise_with(TypeId::KeyError, key)),
                    },
                };
            }
            return Ok(None);
        }
        let (name, args, msg): (&str, &[Value], &str) = match which {
            0 => ("__getitem__", &[key], "is not subscriptable"),
            1 => ("__setitem__", &[key, v], "does not support item assignment"),
            _ => ("__delitem__", &[key], "does not support item deletion"),
        };
        if let Some(x) = self.base_value_unless(obj, &[name]) {
            return self.base_subscr(io, which, obj, x, key, v).map(Some);
        }
        match self.call_special(io, obj, name, args)? {
            Some(r) => Ok(Some(r)),
            None => {
                let tn = String::from(self.type_name(obj));
                Err(self.raise_string(TypeId::TypeError, format!("'{tn}' object {msg}")))
            }
        }
    }

    /// `item in container` honouring `__contains__`, then `__iter__`.
    pub(crate) fn contains_io(
        &mut self,
        io: &mut dyn Board,
        container: Value,
        item: Value,
    ) -> PyResult<bool> {
        if !self.is_user_obj(container) {
            let seq = matches!(
                container.as_obj().map(|o| self.heap.kind(o)),
                Some(Kind::List | Kind::Tuple)
            );
            if !(seq && (self.needs_user_text(item, 0) || self.needs_user_text(container, 0))) {
                return self.contains(io, container, item);
            }
            // `obj in [..]`: `__eq__` may run Python code, so re-read by index.
            let sp = self.stack.len();
            self.stack.push(container);
            self.stack.push(item);
            let mut i = 0;
            let r = loop {
                let Some(it) = self.items(self.stack[sp]).filter(|it| i < it.len) else {
                    break Ok(false);
                };
                let x = self.item(it, i);
                let item = self.stack[sp + 1];
                match self.compare_io(io, CmpOp::Eq, item, x) {
                    Ok(true) => break Ok(true),
                    Ok(false) => i += 1,
                    Err(t) => break Err(t),
                }
            };
            self.stack.truncate(sp);
            return r;
        }
        if let Some(x) = self.base_value_unless(container, &["__contains__"]) {
            return self.contains_io(io, x, item);
        }
        if let Some(r) = self.call_special(io, container, "__contains__", &[item])? {
            return self.truthy_io(io, r);
        }
        let sp = self.stack.len();
        self.stack.push(item);
        let it = self.get_iter_io(io, container);
        let res = it.and_then(|it| {
            self.stack.push(it);
            loop {
                let it = self.stack[sp + 1];
                match self.iter_next_io(io, it)? {
                    None => return Ok(false),
                    Some(x) => {
                        let item = self.stack[sp];
                        if x == item || self.compare_io(io, CmpOp::Eq, x, item)? {
                            return Ok(true);
                        }
                    }
                }
            }
        });
        self.stack.truncate(sp);
        res
    }

    /// `iter(v)` honouring `__iter__` (and `__getitem__`-less classes raise).
    pub(crate) fn get_iter_io(&mut self, io: &mut dyn Board, v: Value) -> PyResult<Value> {
        if !self.is_user_obj(v) {
            return self.get_iter(v);
        }
        if let Some(x) = self.base_value_unless(v, &["__iter__"]) {
            return self.get_iter_io(io, x);
        }
        match self.call_special(io, v, "__iter__", &[])? {
            Some(r) => {
                if self.is_user_obj(r) {
                    let has_next = self
                        .user_class_of(r)
                        .is_some_and(|c| self.class_lookup(c, "__next__").is_some());
                    if !has_next {
                        let tn = String::from(self.type_name(r));
                        return Err(self.raise_string(
                            TypeId::TypeError,
                            format!("iter() returned non-iterator of type '{tn}'"),
                        ));
                    }
                    Ok(r)
                } else {
                    self.get_iter(r)
                }
            }
            None => {
                // The old sequence protocol: `obj[0]`, `obj[1]`, … until IndexError.
                let getitem = self
                    .user_class_of(v)
                    .and_then(|c| self.class_lookup(c, "__getitem__"));
                if getitem.is_some_and(|f| !f.is_none()) {
                    return self.new_seq_iter(v);
                }
                let tn = String::from(self.type_name(v));
                Err(self.raise_string(TypeId::TypeError, format!("'{tn}' object is not iterable")))
            }
        }
    }

    /// `next(it)` honouring `__next__`; `None` when exhausted (`StopIteration`).
    pub(crate) fn iter_next_io(
        &mut self,
        io: &mut dyn Board,
        it: Value,
    ) -> PyResult<Option<Value>> {
        if !self.is_user_obj(it) {
            return self.iter_next(io, it);
        }
        match self.call_special(io, it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => {
                let tn = String::from(self.type_name(it));
                Err(self.raise_string(
                    TypeId::TypeError,
                    format!("'{tn}' object is not an iterator"),
                ))
            }
            Err(t) => {
                if self.exc_type(self.exc) == Some(TypeId::StopIteration) {
                    self.exc = Value::NONE;
                    Ok(None)
                } else {
                    Err(t)
                }
            }
        }
    }

    /// Whether `v` (or anything inside a list, tuple or dict it holds) is a
    /// user object whose text may come from Python code.
    pub(crate) fn needs_user_text(&self, v: Value, depth: usize) -> bool {
        let Some(off) = v.as_obj() else {
            return false;
        };
        if depth > 32 {
            return false;
        }
        match self.heap.kind(off) {
            Kind::Instance | Kind::Class => true,
            Kind::Exception => self.user_class_of(v).is_some(),
            Kind::Tuple if self.nt_class(v).is_some_and(|c| self.nt_has_own_text(c)) => true,
            Kind::Tuple | Kind::List => self.items(v).is_some_and(|it| {
                (0..it.len).any(|i| self.needs_user_text(self.item(it, i), depth + 1))
            }),
            Kind::Set | Kind::FrozenSet => (0..self.set_slots(off)).any(|i| {
                self.set_live_entry(off, i)
                    .is_some_and(|(k, _)| self.needs_user_text(k, depth + 1))
            }),
            Kind::Dict => (0..self.dict_used(off)).any(|e| {
                let (k, x) = self.dict_entry(off, e);
                k != Value::DELETED
                    && (self.needs_user_text(k, depth + 1) || self.needs_user_text(x, depth + 1))
            }),
            _ => false,
        }
    }

    /// Appends `str(v)` (or `repr(v)`), calling `__str__`/`__repr__` of user objects.
    pub(crate) fn text_io(
        &mut self,
        io: &mut dyn Board,
        v: Value,
        repr: bool,
        out: &mut String,
    ) -> PyResult<()> {
        if !self.needs_user_text(v, 0) {
            if repr {
                self.repr_into(v, out);
            } else {
                self.str_into(v, out);
            }
            return Ok(());
        }
        let off = v.as_obj().unwrap_or(0);
        match self.heap.kind(off) {
            Kind::Class => {
                let m = self.class_module(off);
                out.push_str("<class '");
                out.push_str(&m);
                out.push('.');
                out.push_str(self.class_name(off));
                out.push_str("'>");
                Ok(())
            }
            Kind::Instance if self.base_value(v).is_some() && self.base_text(v, repr) => {
                // The wrapped value's text (`repr` of a list subclass is the list's).
                let x = self.base_value(v).unwrap_or(Value::NONE);
                self.text_io(io, x, repr, out)
            }
            Kind::Instance | Kind::Exception => {
                let names: &[&str] = if repr {
                    &["__repr__"]
                } else {
                    &["__str__", "__repr__"]
                };
                for name in names {
                    if let Some(r) = self.call_special(io, v, name, &[])? {
                        return match self.as_str(r) {
                            Some(s) => {
                                out.push_str(s);
                                Ok(())
                            }
                            None => {
                                let tn = String::from(self.type_name(r));
                                Err(self.raise_string(
                                    TypeId::TypeError,
                                    format!("{name} returned non-string (type {tn})"),
                                ))
                            }
                        };
                    }
                }
                if repr {
                    self.repr_into(v, out);
                } else {
                    self.str_into(v, out);
                }
                Ok(())
            }
            Kind::Tuple if self.nt_class(v).is_some() => {
                let cls = self.nt_class(v).unwrap_or(0);
                self.nt_text_io(io, v, cls, repr, out)
            }
            Kind::Dict if self.dict_flavor_at(off) != 0 => self.flavored_dict_text_io(io, v, out),
            Kind::Tuple | Kind::List => {
                let list = self.heap.kind(off) == Kind::List;
                out.push(if list { '[' } else { '(' });
                let sp = self.stack.len();
                self.stack.push(v);
                let mut i = 0;
                let r = loop {
                    let v = self.stack[sp];
                    let Some(it) = self.items(v) else {
                        break Ok(());
                    };
                    if i >= it.len {
                        if !list && it.len == 1 {
                            out.push(',');
                        }
                        break Ok(());
                    }
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let x = self.item(it, i);
                    if let Err(e) = self.text_io(io, x, true, out) {
                        break Err(e);
                    }
                    i += 1;
                };
                self.stack.truncate(sp);
                out.push(if list { ']' } else { ')' });
                r
            }
            Kind::Set | Kind::FrozenSet => {
                let frozen = self.heap.kind(off) == Kind::FrozenSet;
                if frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                let sp = self.stack.len();
                self.stack.push(v);
                let mut i = 0;
                let mut first = true;
                let r = loop {
                    let s = self.stack[sp].as_obj().unwrap_or(0);
                    if i >= self.set_slots(s) {
                        break Ok(());
                    }
                    let entry = self.set_live_entry(s, i);
                    i += 1;
                    let Some((k, _)) = entry else {
                        continue;
                    };
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    if let Err(t) = self.text_io(io, k, true, out) {
                        break Err(t);
                    }
                };
                self.stack.truncate(sp);
                out.push('}');
                if frozen {
                    out.push(')');
                }
                r
            }
            Kind::Dict => {
                out.push('{');
                let sp = self.stack.len();
                self.stack.push(v);
                let mut e = 0;
                let mut first = true;
                let r = loop {
                    let d = self.stack[sp].as_obj().unwrap_or(0);
                    if e >= self.dict_used(d) {
                        break Ok(());
                    }
                    let (k, x) = self.dict_entry(d, e);
                    e += 1;
                    if k == Value::DELETED {
                        continue;
                    }
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    self.stack.push(x);
                    let r = self.text_io(io, k, true, out);
                    let x = self.stack.pop().unwrap_or(Value::NONE);
                    if let Err(t) = r {
                        break Err(t);
                    }
                    out.push_str(": ");
                    if let Err(t) = self.text_io(io, x, true, out) {
                        break Err(t);
                    }
                };
                self.stack.truncate(sp);
                out.push('}');
                r
            }
            _ => {
                self.repr_into(v, out);
                Ok(())
            }
        }
    }

    /// `str(v)` / `repr(v)` as a str object, calling user `__str__`/`__repr__`.
    pub(crate) fn text_value_io(
        &mut self,
        io: &mut dyn Board,
        v: Value,
        repr: bool,
    ) -> PyResult<Value> {
        if !repr && self.is_str(v) {
            return Ok(v);
        }
        let mut s = String::new();
        self.text_io(io, v, repr, &mut s)?;
        self.new_str(&s)
    }
}

impl Interp {
    /// Pushes the items of any iterable (user iterables too); returns how many.
    pub(crate) fn push_iterable_io(&mut self, io: &mut dyn Board, v: Value) -> PyResult<usize> {
        if !self.is_user_obj(v) {
            return self.push_iterable(io, v);
        }
        let sp = self.stack.len();
        let it = self.get_iter_io(io, v)?;
        self.stack.push(it);
        let mut n = 0;
        loop {
            let it = self.stack[sp];
            match self
                .iter_next_io(io, it)
                .and_then(|x| self.stack_room(1).map(|()| x))
            {
                Ok(Some(x)) => {
                    self.stack.push(x);
                    n += 1;
                }
                Ok(None) => break,
                Err(t) => {
                    self.stack.truncate(sp);
                    return Err(t);
                }
            }
        }
        self.stack.remove(sp);
        Ok(n)
    }
}

impl Interp {
    /// Positions `i` in `start..end` where `seq[i] == x` by `__eq__`; `seq`
    /// and `x` live at stack slots `seq_at` and `x_at` (rooted, re-read after
    /// every comparison since `__eq__` may allocate). Stops at the first
    /// match when `first_only`.
    pub(crate) fn seq_matches_io(
        &mut self,
        io: &mut dyn Board,
        seq_at: usize,
        x_at: usize,
        range: (usize, usize),
        first_only: bool,
    ) -> PyResult<alloc::vec::Vec<usize>> {
        let mut found = alloc::vec::Vec::new();
        let mut i = range.0;
        while let Some(it) = self.items(self.stack[seq_at]) {
            if i >= range.1.min(it.len) {
                break;
            }
            let (y, x) = (self.item(it, i), self.stack[x_at]);
            if y == x || self.compare_io(io, CmpOp::Eq, y, x)? {
                found.push(i);
                if first_only {
                    break;
                }
            }
            i += 1;
        }
        Ok(found)
    }
}
