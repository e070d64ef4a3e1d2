//! Equality, ordering, truth and membership.

use super::{Interp, PyResult};
use crate::bytecode::CmpOp;
use crate::heap::Kind;
use crate::num::BigInt;
use crate::types::TypeId;
use crate::value::Value;
use core::cmp::Ordering;

/// Deepest nesting of containers that `==`, ordering and `hash` will walk
/// (they recurse on the Rust stack, which is small on a device).
const NEST_LIMIT: u32 = 100;

impl Interp {
    /// `bool(v)`.
    #[inline]
    pub(crate) fn truthy(&self, v: Value) -> bool {
        if let Some(b) = v.as_bool() {
            return b;
        }
        if let Some(i) = v.as_small_int() {
            return i != 0;
        }
        if v.is_none() {
            return false;
        }
        if let Some(x) = v.as_float() {
            return x != 0.0;
        }
        let Some(off) = v.as_obj() else { return true };
        match self.heap.kind(off) {
            Kind::Str | Kind::Bytes => self.heap.raw(off, 0) as u32 != 0,
            Kind::List | Kind::Tuple => self.items(v).is_some_and(|i| i.len > 0),
            Kind::Dict => self.dict_len(off) > 0,
            Kind::Set | Kind::FrozenSet => self.set_len(off) > 0,
            Kind::ByteArray | Kind::Deque => self.small(self.heap.get(off, 0)) > 0,
            Kind::DictView => self
                .heap
                .get(off, 0)
                .as_obj()
                .is_some_and(|d| self.dict_len(d) > 0),
            Kind::Range => {
                let (a, b, c) = self.range_parts(off);
                crate::obj::range::range_len(a, b, c) > 0
            }
            _ => true,
        }
    }

    /// `a == b` (identity first, then by value; never raises for built-in types).
    pub(crate) fn py_eq(&self, a: Value, b: Value) -> bool {
        if a == b {
            return !a.as_float().is_some_and(f64::is_nan);
        }
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return x == y;
        }
        if let Some(o) = self.num_cmp(a, b) {
            return o == Some(Ordering::Equal);
        }
        let (Some(x), Some(y)) = (a.as_obj(), b.as_obj()) else {
            return false;
        };
        let (kx, ky) = (self.heap.kind(x), self.heap.kind(y));
        if let Some(r) = self.keys_view_set_eq(x, kx, y, ky) {
            return r;
        }
        if kx == Kind::ByteArray || ky == Kind::ByteArray {
            return match (self.bytes_like(a), self.bytes_like(b)) {
                (Some(p), Some(q)) => p == q,
                _ => false,
            };
        }
        if matches!(kx, Kind::Set | Kind::FrozenSet) && matches!(ky, Kind::Set | Kind::FrozenSet) {
            if !self.nest_enter() {
                return false;
            }
            let r = self.set_eq(x, y);
            self.nest_leave();
            return r;
        }
        if kx != ky {
            return false;
        }
        if matches!(kx, Kind::List | Kind::Tuple | Kind::Dict | Kind::Deque) {
            if !self.nest_enter() {
                return false;
            }
            let r = self.container_eq(a, b, kx);
            self.nest_leave();
            return r;
        }
        match kx {
            Kind::Str | Kind::Bytes => self.bytes_at(x) == self.bytes_at(y),
            Kind::Range => {
                let (p, q) = (self.range_parts(x), self.range_parts(y));
                let (lp, lq) = (
                    crate::obj::range::range_len(p.0, p.1, p.2),
                    crate::obj::range::range_len(q.0, q.1, q.2),
                );
                lp == lq && (lp == 0 || (p.0 == q.0 && (lp == 1 || p.2 == q.2)))
            }
            _ => false,
        }
    }

    /// `dict.keys() == set` (either way round); `None` if not that pairing.
    fn keys_view_set_eq(&self, x: u32, kx: Kind, y: u32, ky: Kind) -> Option<bool> {
        let is_keys =
            |o: u32, k: Kind| k == Kind::DictView && self.heap.get(o, 1).as_small_int() == Some(0);
        let is_set = |k: Kind| matches!(k, Kind::Set | Kind::FrozenSet);
        let (view, set) = if is_keys(x, kx) && is_set(ky) {
            (x, y)
        } else if is_keys(y, ky) && is_set(kx) {
            (y, x)
        } else {
            return None;
        };
        let d = self.heap.get(view, 0).as_obj()?;
        if self.dict_len(d) != self.set_len(set) {
            return Some(false);
        }
        Some((0..self.dict_used(d)).all(|e| {
            let k = self.dict_entry(d, e).0;
            k == Value::DELETED || self.set_entries(set).iter().any(|(s, _)| self.py_eq(*s, k))
        }))
    }

    /// Element-wise equality of two lists, tuples or dicts of the same kind.
    fn container_eq(&self, a: Value, b: Value, kind: Kind) -> bool {
        if kind != Kind::Dict {
            let (Some(ix), Some(iy)) = (self.items(a), self.items(b)) else {
                return false;
            };
            return ix.len == iy.len
                && (0..ix.len).all(|i| self.py_eq(self.item(ix, i), self.item(iy, i)));
        }
        let (x, y) = (a.as_obj().unwrap_or(0), b.as_obj().unwrap_or(0));
        if self.dict_len(x) != self.dict_len(y) {
            return false;
        }
        (0..self.dict_used(x)).all(|e| {
            let (k, v) = self.dict_entry(x, e);
            k == Value::DELETED
                || (0..self.dict_used(y)).any(|f| {
                    let (k2, v2) = self.dict_entry(y, f);
                    k2 != Value::DELETED && self.py_eq(k, k2) && self.py_eq(v, v2)
                })
        })
    }

    /// Counts one level of native recursion (comparison, hashing); `false`
    /// when too deep, which also marks the overflow for [`Interp::check_nesting`].
    pub(crate) fn nest_enter(&self) -> bool {
        let d = self.nest.get();
        if d >= NEST_LIMIT {
            self.nest_overflow.set(true);
            return false;
        }
        self.nest.set(d + 1);
        true
    }

    /// Leaves a level entered with [`Interp::nest_enter`].
    pub(crate) fn nest_leave(&self) {
        self.nest.set(self.nest.get().saturating_sub(1));
    }

    /// Raises `RecursionError` if a comparison gave up because it nested too deeply.
    pub(crate) fn check_nesting(&mut self) -> PyResult<()> {
        if self.nest_overflow.replace(false) {
            self.nest.set(0);
            return Err(self.raise(
                TypeId::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        Ok(())
    }

    /// Equality for dict keys (hashable built-ins only).
    #[inline]
    pub(crate) fn key_eq(&self, a: Value, b: Value) -> bool {
        self.py_eq(a, b)
    }

    /// Numeric comparison when both are numbers: `Some(None)` means unordered (NaN).
    fn num_cmp(&self, a: Value, b: Value) -> Option<Option<Ordering>> {
        let a_int = self.is_int(a);
        let b_int = self.is_int(b);
        if a_int && b_int {
            if let (Some(x), Some(y)) = (self.to_i64(a), self.to_i64(b)) {
                return Some(Some(x.cmp(&y)));
            }
            let (x, y): (BigInt, BigInt) = (self.to_bigint(a)?, self.to_bigint(b)?);
            return Some(Some(x.cmp(&y)));
        }
        if a.is_float() && b.is_float() {
            return Some(a.as_float()?.partial_cmp(&b.as_float()?));
        }
        if a_int && b.is_float() {
            return Some(self.int_float_cmp(a, b.as_float()?));
        }
        if a.is_float() && b_int {
            return Some(self.int_float_cmp(b, a.as_float()?).map(Ordering::reverse));
        }
        None
    }

    /// Exact comparison of an int with a float (no rounding of big ints).
    fn int_float_cmp(&self, i: Value, f: f64) -> Option<Ordering> {
        if f.is_nan() {
            return None;
        }
        if f.is_infinite() {
            return Some(if f > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            });
        }
        let t = libm::trunc(f);
        let ti = BigInt::from_f64(t)?;
        let iv = self.to_bigint(i)?;
        match iv.cmp(&ti) {
            Ordering::Equal => 0.0f64.partial_cmp(&(f - t)),
            o => Some(o),
        }
    }

    /// `a OP b` for a comparison operator.
    pub(crate) fn compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
        if let CmpOp::Eq | CmpOp::Ne = op {
            let eq = self.py_eq(a, b);
            self.check_nesting()?;
            return Ok(eq == (op == CmpOp::Eq));
        }
        let ord = self.order(a, b);
        self.check_nesting()?;
        let ord = match ord {
            Some(o) => o,
            None => {
                let (x, y) = (self.type_name(a), self.type_name(b));
                return Err(self.raise_string(
                    TypeId::TypeError,
                    alloc::format!(
                        "'{}' not supported between instances of '{x}' and '{y}'",
                        op.symbol()
                    ),
                ));
            }
        };
        let Some(ord) = ord else { return Ok(false) };
        Ok(match op {
            CmpOp::Lt => ord == Ordering::Less,
            CmpOp::Le => ord != Ordering::Greater,
            CmpOp::Gt => ord == Ordering::Greater,
            _ => ord != Ordering::Less,
        })
    }

    /// Ordering of two values: `None` if not comparable, `Some(None)` if unordered (NaN).
    pub(crate) fn order(&self, a: Value, b: Value) -> Option<Option<Ordering>> {
        // Small ints first: sorting lists of ints compares nothing else.
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Some(Some(x.cmp(&y)));
        }
        if let Some(o) = self.num_cmp(a, b) {
            return Some(o);
        }
        if let (Some(x), Some(y)) = (self.as_str(a), self.as_str(b)) {
            return Some(Some(x.cmp(y)));
        }
        if let (Some(x), Some(y)) = (self.as_bytes(a), self.as_bytes(b)) {
            return Some(Some(x.cmp(y)));
        }
        if self.is_anyset(a) && self.is_anyset(b) {
            let (x, y) = (a.as_obj().unwrap_or(0), b.as_obj().unwrap_or(0));
            // Subset order is partial: incomparable sets answer false to all four.
            let (sub, sup) = (self.set_subset(x, y), self.set_subset(y, x));
            return Some(match (sub, sup) {
                (true, true) => Some(Ordering::Equal),
                (true, false) => Some(Ordering::Less),
                (false, true) => Some(Ordering::Greater),
                (false, false) => None,
            });
        }
        let same = self.type_of(a) == self.type_of(b);
        if let (true, Some(ix), Some(iy)) = (same, self.items(a), self.items(b)) {
            if !self.nest_enter() {
                return Some(None);
            }
            let mut r = Some(Some(ix.len.cmp(&iy.len)));
            for i in 0..ix.len.min(iy.len) {
                let (p, q) = (self.item(ix, i), self.item(iy, i));
                if !self.py_eq(p, q) {
                    r = self.order(p, q);
                    break;
                }
            }
            self.nest_leave();
            return r;
        }
        None
    }

    /// `item in container`.
    pub(crate) fn contains(
        &mut self,
        io: &mut dyn crate::hal::Board,
        container: Value,
        item: Value,
    ) -> PyResult<bool> {
        // User containers, and user items compared by `__eq__` against a
        // list or tuple, take the path that can run Python code.
        let seq = matches!(
            container.as_obj().map(|o| self.heap.kind(o)),
            Some(Kind::List | Kind::Tuple)
        );
        if self.is_user_obj(container) || (seq && self.is_user_obj(item)) {
            return self.contains_io(io, container, item);
        }
        if let Some(hay) = self.as_str(container) {
            let Some(needle) = self.as_str(item) else {
                let name = self.type_name(item);
                return Err(self.raise_string(
                    TypeId::TypeError,
                    alloc::format!("'in <string>' requires string as left operand, not {name}"),
                ));
            };
            return Ok(crate::text::search::find(hay, needle).is_some());
        }
        if let Some(hay) = self.bytes_like(container) {
            if let Some(b) = self.to_i64(item).filter(|_| self.is_int(item)) {
                if !(0..=255).contains(&b) {
                    return Err(self.raise(TypeId::ValueError, "byte must be in range(0, 256)"));
                }
                return Ok(hay.contains(&(b as u8)));
            }
            let Some(needle) = self.bytes_like(item) else {
                let name = self.type_name(item);
                return Err(self.raise_string(
                    TypeId::TypeError,
                    alloc::format!("a bytes-like object is required, not '{name}'"),
                ));
            };
            return Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle));
        }
        if let Some(it) = self.items(container) {
            let found = (0..it.len).any(|i| self.py_eq(self.item(it, i), item));
            self.check_nesting()?;
            return Ok(found);
        }
        if let Some(off) = container.as_obj() {
            match self.heap.kind(off) {
                Kind::Dict => return Ok(self.dict_get_io(io, container, item)?.is_some()),
                Kind::Set | Kind::FrozenSet => return self.set_contains_io(io, container, item),
                Kind::Range => {
                    let (a, b, c) = self.range_parts(off);
                    let Some(x) = self.to_i64(item).filter(|_| self.is_int(item)).or_else(|| {
                        item.as_float()
                            .filter(|f| libm::trunc(*f) == *f)
                            .map(|f| f as i64)
                    }) else {
                        return Ok(false);
                    };
                    let inside = if c > 0 {
                        a <= x && x < b
                    } else {
                        b < x && x <= a
                    };
                    return Ok(inside && (x - a) % c == 0);
                }
                Kind::DictView
                    if self.heap.get(off, 1).as_small_int() == Some(crate::obj::iter::KEYS) =>
                {
                    let d = self.heap.get(off, 0);
                    return Ok(self.dict_get_io(io, d, item)?.is_some());
                }
                Kind::DictView
                | Kind::SeqIter
                | Kind::RangeIter
                | Kind::DictIter
                | Kind::Enumerate
                | Kind::Zip
                | Kind::SetIter
                | Kind::Lazy
                | Kind::Generator => {
                    let base = self.stack.len();
                    self.stack.push(item);
                    let r = self.push_iterable(io, container);
                    let found = r.map(|n| {
                        (0..n).any(|i| self.py_eq(self.stack[base + 1 + i], self.stack[base]))
                    });
                    self.stack.truncate(base);
                    return found;
                }
                _ => {}
            }
        }
        let name = self.type_name(container);
        Err(self.raise_string(
            TypeId::TypeError,
            alloc::format!("argument of type '{name}' is not iterable"),
        ))
    }
}
