//! Object kinds stored in the header's low byte.

/// What an object is; decides its payload layout (see `obj/`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    /// Bytes of UTF-8 text (opaque).
    Str = 1,
    /// Arbitrary-precision integer limbs (opaque).
    BigInt = 2,
    /// A dict's hash index of `u32` slots (opaque).
    Index = 3,
    /// Immutable bytes, laid out like `Str` (opaque).
    Bytes = 4,
    /// Immutable sequence: `[len, items…]`.
    Tuple = 16,
    /// Growable sequence: `[len, array]`.
    List = 17,
    /// Backing store of values for lists and dicts.
    Array = 18,
    /// Hash map in insertion order: `[len, used, entries, index]`.
    Dict = 19,
    /// A Python function: `[code, defaults, kwdefaults, id, closure]`.
    Function = 20,
    /// `range(start, stop, step)`.
    Range = 21,
    /// `slice(start, stop, step)`.
    Slice = 22,
    /// An exception instance: `[type, args, traceback, cause, context]`.
    Exception = 23,
    /// A method bound to its receiver: `[function, self]`.
    BoundMethod = 24,
    /// Iterator over a list, tuple or str: `[seq, index]`.
    SeqIter = 25,
    /// Iterator over a range: `[next, stop, step]`.
    RangeIter = 26,
    /// Iterator over a dict: `[dict, entry index, mode]`.
    DictIter = 27,
    /// `dict.keys()`/`values()`/`items()`: `[dict, mode]`.
    DictView = 28,
    /// `enumerate`: `[iterator, count]`.
    Enumerate = 29,
    /// `zip`: `[tuple of iterators]`.
    Zip = 30,
    /// A built-in module: `[module index]`.
    Module = 31,
    /// An instance of a built-in peripheral class (`Pin`, `Timer`, …):
    /// `[class, fields…]` (see `obj/native.rs`).
    Native = 32,
    /// A closure cell (a captured variable): `[value]`, `UNBOUND` when empty.
    Cell = 33,
    /// `set`: `[used, fill, keys array, hashes index, pop finger]` (see `obj/set.rs`).
    Set = 56,
    /// `frozenset`, laid out like `Set`.
    FrozenSet = 57,
    /// Iterator over a set: `[set, slot]`.
    SetIter = 58,
    /// `map(f, it…)` / `filter(f, it)`: `[function, tuple of iterators]`; the
    /// flag byte says which (see `builtins/lazy.rs`).
    Lazy = 59,
    /// `bytearray`: `[len, Bytes buffer]` (the buffer's length is the capacity).
    ByteArray = 60,
    /// `collections.deque`: `[len, head, maxlen, array]` ring buffer.
    Deque = 61,
    /// A generator and its suspended frame:
    /// `[code, state, pc, nsaved, handled, id, slots…]` (see `obj/generator.rs`).
    Generator = 48,
    /// A user-defined class: `[name, bases, mro, dict, id, base]` (see `obj/class.rs`).
    Class = 40,
    /// An instance of a user class: `[class, dict, id]`.
    Instance = 41,
    /// `super()`: `[class, obj]` (lookup starts after `class` in `type(obj)`'s MRO).
    Super = 42,
    /// `staticmethod(f)`: `[f]`.
    StaticMethod = 43,
    /// `classmethod(f)`: `[f]`.
    ClassMethod = 44,
    /// `property(fget, fset, fdel)`: `[fget, fset, fdel]`.
    Property = 45,
    /// A moved object's old header (during collection only).
    Forwarded = 255,
}

impl Kind {
    /// Whether every payload word is a `Value` the collector must trace.
    #[inline(always)]
    pub const fn has_values(self) -> bool {
        (self as u8) >= 16 && (self as u8) != 255
    }

    /// Decodes a header byte. Headers are only written by the heap itself, so
    /// unknown bytes cannot occur; `Forwarded` is a safe answer if they did.
    #[inline(always)]
    pub const fn from_u8(b: u8) -> Kind {
        match b {
            1 => Kind::Str,
            2 => Kind::BigInt,
            3 => Kind::Index,
            4 => Kind::Bytes,
            16 => Kind::Tuple,
            17 => Kind::List,
            18 => Kind::Array,
            19 => Kind::Dict,
            20 => Kind::Function,
            21 => Kind::Range,
            22 => Kind::Slice,
            23 => Kind::Exception,
            24 => Kind::BoundMethod,
            25 => Kind::SeqIter,
            26 => Kind::RangeIter,
            27 => Kind::DictIter,
            28 => Kind::DictView,
            29 => Kind::Enumerate,
            30 => Kind::Zip,
            31 => Kind::Module,
            32 => Kind::Native,
            33 => Kind::Cell,
            56 => Kind::Set,
            57 => Kind::FrozenSet,
            58 => Kind::SetIter,
            59 => Kind::Lazy,
            60 => Kind::ByteArray,
            61 => Kind::Deque,
            48 => Kind::Generator,
            40 => Kind::Class,
            41 => Kind::Instance,
            42 => Kind::Super,
            43 => Kind::StaticMethod,
            44 => Kind::ClassMethod,
            45 => Kind::Property,
            _ => Kind::Forwarded,
        }
    }
}
