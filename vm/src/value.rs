//! The `Value` word: one `u64`, NaN-boxed.
//!
//! Floats are stored as themselves. Everything else lives in the negative
//! quiet-NaN space, selected by the top 16 bits:
//!
//! | top 16 bits | meaning | payload (low 48 bits) |
//! |---|---|---|
//! | `0xFFF9` | small int | signed 48-bit integer |
//! | `0xFFFA` | special | `None`, `False`, `True`, `Ellipsis`, internal markers |
//! | `0xFFFB` | heap object | word offset into the heap arena |
//! | `0xFFFC` | built-in type or exception class | [`crate::types::TypeId`] |
//! | `0xFFFD` | built-in function or method | [`crate::builtins::BuiltinId`] |
//!
//! So ints up to ±2⁴⁷, floats, `None`, booleans, classes and builtins need no
//! allocation, and a `Value` is 8 bytes on every target (two words on a
//! Cortex-M, one on a 64-bit host). Every NaN float is canonicalised to the
//! positive quiet NaN so no float can collide with a tag.

/// A Python value in one `u64`. Equality of `Value`s is identity (`is`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

const TAG_SHIFT: u32 = 48;
const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;
const TAG_INT: u64 = 0xFFF9;
const TAG_SPECIAL: u64 = 0xFFFA;
const TAG_OBJ: u64 = 0xFFFB;
const TAG_TYPE: u64 = 0xFFFC;
const TAG_BUILTIN: u64 = 0xFFFD;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// Smallest integer stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << 47);
/// Largest integer stored inline.
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

const fn tagged(tag: u64, payload: u64) -> Value {
    Value((tag << TAG_SHIFT) | (payload & PAYLOAD_MASK))
}

impl Value {
    /// `None`.
    pub const NONE: Value = tagged(TAG_SPECIAL, 0);
    /// `False`.
    pub const FALSE: Value = tagged(TAG_SPECIAL, 1);
    /// `True`.
    pub const TRUE: Value = tagged(TAG_SPECIAL, 2);
    /// `...`.
    pub const ELLIPSIS: Value = tagged(TAG_SPECIAL, 3);
    /// `NotImplemented`.
    pub const NOT_IMPLEMENTED: Value = tagged(TAG_SPECIAL, 4);
    /// Marker in a local or global slot that has no value (never visible to Python).
    pub const UNBOUND: Value = tagged(TAG_SPECIAL, 5);
    /// Marker pushed by `LoadMethod` when the attribute is not a method (never visible to Python).
    pub const NULL: Value = tagged(TAG_SPECIAL, 6);
    /// Marker for a deleted dict entry (never visible to Python).
    pub const DELETED: Value = tagged(TAG_SPECIAL, 7);

    /// The raw bits (for hashing identity and the heap's word storage).
    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Rebuilds a value from bits produced by [`Value::bits`].
    #[inline(always)]
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    #[inline(always)]
    const fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    /// A Python bool.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// A small int; the caller guarantees `SMALL_INT_MIN <= i <= SMALL_INT_MAX`.
    #[inline(always)]
    pub const fn small_int(i: i64) -> Value {
        tagged(TAG_INT, i as u64)
    }

    /// A small int if `i` fits inline.
    #[inline(always)]
    pub const fn try_small_int(i: i64) -> Option<Value> {
        if fits_small(i) {
            Some(Value::small_int(i))
        } else {
            None
        }
    }

    /// A float (NaNs canonicalised).
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(f.to_bits())
        }
    }

    /// A reference to the heap object at word offset `off`.
    #[inline(always)]
    pub const fn obj(off: u32) -> Value {
        tagged(TAG_OBJ, off as u64)
    }

    /// A built-in type or exception class.
    #[inline(always)]
    pub const fn type_(id: u16) -> Value {
        tagged(TAG_TYPE, id as u64)
    }

    /// A built-in function or method.
    #[inline(always)]
    pub const fn builtin(id: u16) -> Value {
        tagged(TAG_BUILTIN, id as u64)
    }

    /// The small int, if this is one.
    #[inline(always)]
    pub const fn as_small_int(self) -> Option<i64> {
        if self.tag() == TAG_INT {
            Some(((self.0 << 16) as i64) >> 16)
        } else {
            None
        }
    }

    /// Whether this is an inline int.
    #[inline(always)]
    pub const fn is_small_int(self) -> bool {
        self.tag() == TAG_INT
    }

    /// The float, if this is one.
    #[inline(always)]
    pub fn as_float(self) -> Option<f64> {
        if self.is_float() {
            Some(f64::from_bits(self.0))
        } else {
            None
        }
    }

    /// Whether this is a float. Always false in a VM built without
    /// feature `float`: nothing there can make one (every source of floats
    /// raises instead), so every float path folds away at compile time.
    #[inline(always)]
    pub const fn is_float(self) -> bool {
        cfg!(feature = "float") && self.tag() < TAG_INT
    }

    /// The heap offset, if this is a heap object.
    #[inline(always)]
    pub const fn as_obj(self) -> Option<u32> {
        if self.tag() == TAG_OBJ {
            Some(self.0 as u32)
        } else {
            None
        }
    }

    /// The built-in type id, if this is a built-in class.
    #[inline(always)]
    pub const fn as_type(self) -> Option<u16> {
        if self.tag() == TAG_TYPE {
            Some(self.0 as u16)
        } else {
            None
        }
    }

    /// The builtin id, if this is a built-in function or method.
    #[inline(always)]
    pub const fn as_builtin(self) -> Option<u16> {
        if self.tag() == TAG_BUILTIN {
            Some(self.0 as u16)
        } else {
            None
        }
    }

    /// The bool, if this is `True` or `False`.
    #[inline(always)]
    pub const fn as_bool(self) -> Option<bool> {
        if self.0 == Value::TRUE.0 {
            Some(true)
        } else if self.0 == Value::FALSE.0 {
            Some(false)
        } else {
            None
        }
    }

    /// Whether this is `None`.
    #[inline(always)]
    pub const fn is_none(self) -> bool {
        self.0 == Value::NONE.0
    }
}

/// Whether `i` fits in a small int.
#[inline(always)]
pub const fn fits_small(i: i64) -> bool {
    ((i << 16) >> 16) == i
}

impl core::fmt::Debug for Value {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if let Some(i) = self.as_small_int() {
            write!(f, "Int({i})")
        } else if let Some(x) = self.as_float() {
            write!(f, "Float({x})")
        } else if let Some(o) = self.as_obj() {
            write!(f, "Obj(@{o})")
        } else if let Some(t) = self.as_type() {
            write!(f, "Type({t})")
        } else if let Some(b) = self.as_builtin() {
            write!(f, "Builtin({b})")
        } else {
            write!(f, "Special({})", self.0 & PAYLOAD_MASK)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_one_u64() {
        assert_eq!(core::mem::size_of::<Value>(), 8);
        assert_eq!(core::mem::size_of::<Option<Value>>(), 16);
    }

    #[test]
    fn small_ints_round_trip_at_the_edges() {
        for i in [0, 1, -1, SMALL_INT_MIN, SMALL_INT_MAX, 12345, -98765] {
            assert_eq!(Value::small_int(i).as_small_int(), Some(i));
            assert!(!Value::small_int(i).is_float());
        }
        assert!(Value::try_small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::try_small_int(SMALL_INT_MIN - 1).is_none());
    }

    #[test]
    fn floats_never_look_like_tags() {
        for x in [
            0.0,
            -0.0,
            1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            f64::MAX,
        ] {
            assert_eq!(
                Value::float(x).as_float().map(f64::to_bits),
                Some(x.to_bits())
            );
        }
        let weird_nan = f64::from_bits(0xFFFB_0000_0000_0001);
        let v = Value::float(weird_nan);
        assert!(v.is_float() && v.as_float().unwrap().is_nan());
        assert!(v.as_obj().is_none());
    }

    #[test]
    fn specials_are_distinct() {
        let all = [
            Value::NONE,
            Value::TRUE,
            Value::FALSE,
            Value::ELLIPSIS,
            Value::UNBOUND,
            Value::NULL,
        ];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
            assert!(!a.is_float() && a.as_small_int().is_none());
        }
    }
}
