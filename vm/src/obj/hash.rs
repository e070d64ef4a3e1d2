//! Hashing for dict keys, consistent with `==` across int, float and bool
//! (CPython's modular scheme: an int hashes to itself modulo 2⁶¹−1).

use crate::hal::Board;
use crate::heap::Kind;
use crate::interp::{Interp, PyResult};
use crate::num::BigInt;
use crate::types::TypeId;
use crate::value::Value;

const MODULUS: u64 = (1 << 61) - 1;

/// A fast 64-bit hash of bytes (FxHash-style, eight bytes at a time).
pub(crate) fn hash_bytes(b: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    for &byte in chunks.remainder() {
        h = (h.rotate_left(5) ^ byte as u64).wrapping_mul(K);
    }
    h ^ (h >> 32)
}

/// CPython's hash of an int that fits in `i64`.
pub(crate) fn hash_i64(i: i64) -> u64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    (if h == -1 { -2 } else { h }) as u64
}

/// CPython's hash of a big int: `|b|` modulo 2⁶¹−1 (limb by limb, most
/// significant first; multiplying by 2³² modulo a Mersenne prime is a
/// 61-bit rotation), with `b`'s sign.
fn hash_bigint(b: &BigInt) -> u64 {
    let mut m: u64 = 0;
    for &limb in b.limbs().iter().rev() {
        m = ((m << 32) & MODULUS) | m >> (61 - 32);
        m += limb as u64;
        if m >= MODULUS {
            m -= MODULUS;
        }
    }
    let h = if b.is_negative() {
        (m as i64).wrapping_neg()
    } else {
        m as i64
    };
    (if h == -1 { -2 } else { h }) as u64
}

fn hash_f64(x: f64) -> u64 {
    if x.is_infinite() {
        return if x > 0.0 {
            314_159
        } else {
            (-314_159i64) as u64
        };
    }
    if x.is_nan() {
        return 0;
    }
    if libm::trunc(x) == x {
        if x.abs() < 9.0e18 {
            return hash_i64(x as i64);
        }
        if let Some(b) = BigInt::from_f64(x) {
            return hash_bigint(&b);
        }
    }
    hash_fraction(x)
}

/// CPython's `_Py_HashDouble` for a finite non-integral float: the value
/// modulo 2⁶¹−1, so `hash(1.5)` (and set order) matches CPython.
fn hash_fraction(v: f64) -> u64 {
    const BITS: i32 = 61;
    let (mut m, mut e) = libm::frexp(v);
    let neg = m < 0.0;
    if neg {
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & MODULUS) | x >> (BITS - e);
    let h = if neg { x.wrapping_neg() } else { x };
    if h == u64::MAX {
        u64::MAX - 1
    } else {
        h
    }
}

/// How instances of a user class hash.
enum HashRule {
    /// By identity (`object.__hash__`).
    Identity,
    /// `__eq__` without `__hash__` (or `__hash__ = None`).
    Unhashable,
    /// A user `__hash__` method.
    User,
}

impl Interp {
    /// The first class along the MRO defining `__hash__` or `__eq__` decides.
    fn hash_rule(&self, cls: u32) -> HashRule {
        let mro = self.heap.get(cls, crate::obj::class::MRO);
        let Some(it) = self.items(mro) else {
            return HashRule::Identity;
        };
        for i in 0..it.len {
            let Some(c) = self.obj_of(self.item(it, i), Kind::Class) else {
                continue;
            };
            let Some(d) = self.heap.get(c, crate::obj::class::DICT).as_obj() else {
                continue;
            };
            if let Some(e) = self.dict_find_str(d, "__hash__") {
                let f = self.dict_entry(d, e).1;
                return if f.is_none() {
                    HashRule::Unhashable
                } else if f == crate::builtins::global("object.__hash__") {
                    HashRule::Identity
                } else {
                    HashRule::User
                };
            }
            if self.dict_find_str(d, "__eq__").is_some() {
                return HashRule::Unhashable;
            }
        }
        HashRule::Identity
    }

    /// `hash(v)`, calling a user `__hash__`; `TypeError` for unhashable values.
    pub(crate) fn hash_io(&mut self, io: &mut dyn Board, v: Value) -> PyResult<u64> {
        self.hash_opt(Some(io), v)
    }

    /// A user `__hash__` result as a hash (CPython reduces the returned int).
    fn user_hash(&mut self, io: Option<&mut dyn Board>, v: Value) -> PyResult<u64> {
        let Some(io) = io else {
            return Err(self.not_implemented("a user-defined __hash__ called from here"));
        };
        let r = self
            .call_special(io, v, "__hash__", &[])?
            .unwrap_or(Value::NONE);
        if let Some(b) = r.as_bool() {
            return Ok(b as u64);
        }
        // CPython keeps a result that fits a machine word (-1 becomes -2)
        // and hashes a bigger int.
        let word = |i: i64| if i == -1 { -2i64 as u64 } else { i as u64 };
        if let Some(i) = r.as_small_int() {
            return Ok(word(i));
        }
        if self.obj_of(r, Kind::BigInt).is_some() {
            let b = self.bigint_at(r.as_obj().unwrap_or(0));
            return Ok(b.to_i64().map_or_else(|| hash_bigint(&b), word));
        }
        Err(self.raise(
            TypeId::TypeError,
            "__hash__ method should return an integer",
        ))
    }

    /// `hash(v)`, with `io` to run user `__hash__` methods.
    pub(crate) fn hash_opt(&mut self, mut io: Option<&mut dyn Board>, v: Value) -> PyResult<u64> {
        if let Some(i) = v.as_small_int() {
            return Ok(hash_i64(i));
        }
        if let Some(x) = v.as_float() {
            return Ok(hash_f64(x));
        }
        if let Some(b) = v.as_bool() {
            return Ok(b as u64);
        }
        let Some(off) = v.as_obj() else {
            return Ok(hash_bytes(&v.bits().to_le_bytes()));
        };
        match self.heap.kind(off) {
            Kind::Str | Kind::Bytes => Ok(self.str_hash(off)),
            Kind::BigInt => Ok(hash_bigint(&self.bigint_at(off))),
            Kind::Tuple => {
                // CPython's tuple hash (xxHash-based), over the item hashes.
                let n = self.small(self.heap.get(off, 0));
                let mut acc: u64 = 0x27D4_EB2F_1656_67C5;
                if !self.nest_enter() {
                    self.check_nesting()?;
                }
                // A user item's `__hash__` may move the tuple: keep it rooted.
                self.stack.push(v);
                for i in 0..n {
                    let off = self.stack.last().and_then(|t| t.as_obj()).unwrap_or(off);
                    let item = self.heap.get(off, 1 + i);
                    let h = self.hash_opt(crate::interp::reborrow(&mut io), item);
                    let Ok(h) = h else {
                        self.stack.pop();
                        self.nest_leave();
                        return h;
                    };
                    acc = acc.wrapping_add(h.wrapping_mul(0xC2B2_AE3D_27D4_EB4F));
                    acc = acc.rotate_left(31).wrapping_mul(0x9E37_79B1_85EB_CA87);
                }
                self.stack.pop();
                self.nest_leave();
                Ok(acc.wrapping_add(n as u64 ^ 0x27D4_EB2F_1656_67C5 ^ 3_527_539))
            }
            Kind::FrozenSet => Ok(self.frozenset_hash(off)),
            Kind::Function => Ok(self.heap.get(off, crate::obj::function::ID).bits()),
            Kind::Class => Ok(self.heap.get(off, crate::obj::class::ID).bits()),
            Kind::Instance => {
                if let Some(c) = self.user_class_of(v) {
                    match self.hash_rule(c) {
                        HashRule::Identity => {}
                        HashRule::Unhashable => {
                            let name = alloc::string::String::from(self.type_name(v));
                            return Err(self.raise_string(
                                TypeId::TypeError,
                                alloc::format!("unhashable type: '{name}'"),
                            ));
                        }
                        HashRule::User => return self.user_hash(io, v),
                    }
                }
                if let Some(x) = self.base_value(v) {
                    if self.is_list(x) || self.is_dict(x) {
                        let name = alloc::string::String::from(self.type_name(v));
                        return Err(self.raise_string(
                            TypeId::TypeError,
                            alloc::format!("unhashable type: '{name}'"),
                        ));
                    }
                    // `int`/`str`/… subclasses hash as their value.
                    return self.hash_opt(io, x);
                }
                Ok(self.heap.get(off, crate::obj::class::INST_ID).bits())
            }
            Kind::List
            | Kind::Dict
            | Kind::DictView
            | Kind::Set
            | Kind::ByteArray
            | Kind::Deque => {
                let name = self.type_name(v);
                Err(self.raise_string(
                    TypeId::TypeError,
                    alloc::format!("unhashable type: '{name}'"),
                ))
            }
            _ => {
                let name = self.type_name(v);
                Err(self.not_implemented(&alloc::format!("hashing '{name}' objects")))
            }
        }
    }
}
