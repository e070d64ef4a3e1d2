//! `type(v)` for every value.

use crate::heap::Kind;
use crate::interp::Interp;
use crate::types::TypeId;
use crate::value::Value;

impl Interp {
    /// The built-in type of `v`.
    pub(crate) fn type_of(&self, v: Value) -> TypeId {
        if v.is_small_int() {
            return TypeId::Int;
        }
        if v.is_float() {
            return TypeId::Float;
        }
        if let Some(off) = v.as_obj() {
            return match self.heap.kind(off) {
                Kind::Str => TypeId::Str,
                Kind::Bytes => TypeId::Bytes,
                Kind::BigInt => TypeId::Int,
                Kind::Tuple => TypeId::Tuple,
                Kind::List => TypeId::List,
                Kind::Dict => match self.heap.flags(off) {
                    crate::obj::dict::DEFAULTDICT => TypeId::DefaultDict,
                    crate::obj::dict::COUNTER => TypeId::Counter,
                    crate::obj::dict::ORDERED => TypeId::OrderedDict,
                    _ => TypeId::Dict,
                },
                Kind::Function => TypeId::Function,
                Kind::Range => TypeId::Range,
                Kind::Slice => TypeId::Slice,
                Kind::Exception => self.exc_type(v).unwrap_or(TypeId::Exception),
                Kind::BoundMethod => {
                    if self.obj_of(self.heap.get(off, 0), Kind::Function).is_some() {
                        TypeId::Method
                    } else {
                        TypeId::BuiltinFunction
                    }
                }
                Kind::SeqIter => match self.heap.get(off, 0).as_obj().map(|o| self.heap.kind(o)) {
                    Some(Kind::Tuple) => TypeId::TupleIterator,
                    Some(Kind::Str) => TypeId::StrIterator,
                    _ => TypeId::ListIterator,
                },
                Kind::RangeIter => TypeId::RangeIterator,
                Kind::DictIter => match self.heap.get(off, 2).as_small_int() {
                    Some(0) => TypeId::DictKeyIterator,
                    Some(1) => TypeId::DictValueIterator,
                    _ => TypeId::DictItemIterator,
                },
                Kind::DictView => match self.heap.get(off, 1).as_small_int() {
                    Some(0) => TypeId::DictKeys,
                    Some(1) => TypeId::DictValues,
                    _ => TypeId::DictItems,
                },
                Kind::Enumerate => TypeId::Enumerate,
                Kind::Zip => TypeId::Zip,
                Kind::Module => TypeId::Module,
                Kind::Generator => match self.heap.flags(off) {
                    crate::obj::generator::COROUTINE_FLAG => TypeId::Coroutine,
                    crate::obj::generator::ASYNC_GEN_FLAG => TypeId::AsyncGenerator,
                    _ => TypeId::Generator,
                },
                Kind::Native => self
                    .heap
                    .get(off, 0)
                    .as_type()
                    .and_then(TypeId::from_u16)
                    .unwrap_or(TypeId::Object),
                Kind::Class => TypeId::Type,
                Kind::Instance => TypeId::Object,
                Kind::Super => TypeId::Super,
                Kind::StaticMethod => TypeId::StaticMethod,
                Kind::ClassMethod => TypeId::ClassMethod,
                Kind::Property => TypeId::Property,
                Kind::Set => TypeId::Set,
                Kind::FrozenSet => TypeId::FrozenSet,
                Kind::SetIter => TypeId::SetIterator,
                Kind::Lazy => match self.heap.flags(off) {
                    0 => TypeId::Map,
                    1 => TypeId::Filter,
                    2 => TypeId::SeqIterator,
                    _ => TypeId::Reversed,
                },
                Kind::ByteArray => TypeId::ByteArray,
                Kind::Deque => TypeId::Deque,
                Kind::Array | Kind::Index | Kind::Cell | Kind::Forwarded => TypeId::Object,
            };
        }
        if v.as_bool().is_some() {
            return TypeId::Bool;
        }
        if v.is_none() {
            return TypeId::NoneType;
        }
        if v.as_type().is_some() {
            return TypeId::Type;
        }
        if v.as_builtin().is_some() {
            return TypeId::BuiltinFunction;
        }
        if v == Value::ELLIPSIS {
            return TypeId::Ellipsis;
        }
        TypeId::NotImplementedType
    }

    /// The name of `type(v)` (a user class's own name for its instances).
    pub(crate) fn type_name(&self, v: Value) -> &str {
        if let Some(c) = self.user_class_of(v).or_else(|| self.nt_class(v)) {
            return self.class_name(c);
        }
        self.type_of(v).name()
    }
}
