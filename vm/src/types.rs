//! Built-in types and exception classes, with their single-inheritance bases.
//!
//! Built-in classes are immediates (`Value::type_(id)`): they cost no heap and
//! `isinstance` walks this static table.

use crate::value::Value;

macro_rules! builtin_types {
    ($($id:ident = $name:literal : $base:ident;)*) => {
        /// A built-in type or exception class.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u16)]
        #[allow(missing_docs)]
        pub enum TypeId { $($id),* }

        impl TypeId {
            /// Every built-in type, in id order.
            pub const ALL: &'static [TypeId] = &[$(TypeId::$id),*];
            /// The class name as Python prints it.
            pub const fn name(self) -> &'static str {
                match self { $(TypeId::$id => $name),* }
            }
            /// The base class (`Object` is its own base).
            pub const fn base(self) -> TypeId {
                match self { $(TypeId::$id => TypeId::$base),* }
            }
        }
    };
}

builtin_types! {
    Object = "object": Object;
    Type = "type": Object;
    NoneType = "NoneType": Object;
    Bool = "bool": Int;
    Int = "int": Object;
    Float = "float": Object;
    Str = "str": Object;
    Bytes = "bytes": Object;
    List = "list": Object;
    Tuple = "tuple": Object;
    Dict = "dict": Object;
    Range = "range": Object;
    Slice = "slice": Object;
    Function = "function": Object;
    BuiltinFunction = "builtin_function_or_method": Object;
    Ellipsis = "ellipsis": Object;
    NotImplementedType = "NotImplementedType": Object;
    ListIterator = "list_iterator": Object;
    TupleIterator = "tuple_iterator": Object;
    StrIterator = "str_ascii_iterator": Object;
    RangeIterator = "range_iterator": Object;
    DictKeyIterator = "dict_keyiterator": Object;
    DictValueIterator = "dict_valueiterator": Object;
    DictItemIterator = "dict_itemiterator": Object;
    DictKeys = "dict_keys": Object;
    DictValues = "dict_values": Object;
    DictItems = "dict_items": Object;
    Enumerate = "enumerate": Object;
    Zip = "zip": Object;
    Module = "module": Object;
    Pin = "Pin": Object;
    Pwm = "PWM": Object;
    Timer = "Timer": Object;
    Adc = "ADC": Object;
    Uart = "UART": Object;
    I2c = "I2C": Object;
    Set = "set": Object;
    FrozenSet = "frozenset": Object;
    SetIterator = "set_iterator": Object;
    Map = "map": Object;
    Filter = "filter": Object;
    ByteArray = "bytearray": Object;
    Deque = "deque": Object;
    Generator = "generator": Object;
    BaseException = "BaseException": Object;
    SystemExit = "SystemExit": BaseException;
    KeyboardInterrupt = "KeyboardInterrupt": BaseException;
    GeneratorExit = "GeneratorExit": BaseException;
    Exception = "Exception": BaseException;
    StopIteration = "StopIteration": Exception;
    ArithmeticError = "ArithmeticError": Exception;
    OverflowError = "OverflowError": ArithmeticError;
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError;
    AssertionError = "AssertionError": Exception;
    AttributeError = "AttributeError": Exception;
    ImportError = "ImportError": Exception;
    ModuleNotFoundError = "ModuleNotFoundError": ImportError;
    LookupError = "LookupError": Exception;
    IndexError = "IndexError": LookupError;
    KeyError = "KeyError": LookupError;
    MemoryError = "MemoryError": Exception;
    NameError = "NameError": Exception;
    UnboundLocalError = "UnboundLocalError": NameError;
    OSError = "OSError": Exception;
    RuntimeError = "RuntimeError": Exception;
    NotImplementedError = "NotImplementedError": RuntimeError;
    RecursionError = "RecursionError": RuntimeError;
    SyntaxError = "SyntaxError": Exception;
    SystemError = "SystemError": Exception;
    TypeError = "TypeError": Exception;
    ValueError = "ValueError": Exception;
    UnicodeError = "UnicodeError": ValueError;
    UnicodeDecodeError = "UnicodeDecodeError": UnicodeError;
    JsonDecodeError = "JSONDecodeError": ValueError;
    Super = "super": Object;
    StaticMethod = "staticmethod": Object;
    ClassMethod = "classmethod": Object;
    Property = "property": Object;
    Method = "method": Object;
    StructError = "error": Exception;
    SeqIterator = "iterator": Object;
    Reversed = "reversed": Object;
    Coroutine = "coroutine": Object;
    StopAsyncIteration = "StopAsyncIteration": Exception;
    TimeoutError = "TimeoutError": OSError;
    AsyncGenerator = "async_generator": Object;
    AsyncGenASend = "async_generator_asend": Object;
    AsyncGenWrapped = "async_generator_wrapped_value": Object;
    DefaultDict = "defaultdict": Dict;
    Counter = "Counter": Dict;
    OrderedDict = "OrderedDict": Dict;
    MemoryView = "memoryview": Object;
    TextIo = "TextIOWrapper": Object;
    Spi = "SPI": Object;
    Signal = "Signal": Object;
}

impl TypeId {
    /// Decodes an id from a `Value::type_` payload.
    pub fn from_u16(id: u16) -> Option<TypeId> {
        TypeId::ALL.get(id as usize).copied()
    }

    /// The class as a value.
    pub const fn value(self) -> Value {
        Value::type_(self as u16)
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subclass(self, other: TypeId) -> bool {
        let mut t = self;
        loop {
            if t == other {
                return true;
            }
            if t == TypeId::Object {
                return false;
            }
            t = t.base();
        }
    }

    /// Whether this class derives from `BaseException`.
    pub fn is_exception(self) -> bool {
        self.is_subclass(TypeId::BaseException)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_hierarchy_is_cpythons() {
        for t in TypeId::ALL {
            assert_eq!(TypeId::from_u16(*t as u16), Some(*t));
        }
        assert!(TypeId::KeyError.is_subclass(TypeId::LookupError));
        assert!(TypeId::ZeroDivisionError.is_subclass(TypeId::Exception));
        assert!(TypeId::Bool.is_subclass(TypeId::Int));
        assert!(!TypeId::SystemExit.is_subclass(TypeId::Exception));
        assert!(TypeId::RecursionError.is_exception());
    }
}
