//! Built-in functions, constructors and methods of built-in types.
//!
//! Each built-in is an immediate `Value::builtin(id)`; the table below is the
//! one place that names them, says which type owns a method, and dispatches.

mod args;
mod buses;
mod bytes_methods;
mod classes;
mod dict_methods;
mod functions;
mod iterables;
mod list_methods;
pub(crate) mod machine;
mod modules;
mod numeric;
mod sort;
mod str_case;
mod str_methods;
mod time;
mod types;

pub(crate) use args::Args;
pub(crate) use types::construct;

use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;
use alloc::vec::Vec;

type Native = fn(&mut Interp, &mut dyn Board, Args) -> PyResult<Value>;

macro_rules! builtins {
    ($($name:literal, $owner:expr, $func:path;)*) => {
        const TABLE: &[(&str, Option<TypeId>, Native)] = &[$(($name, $owner, $func)),*];
    };
}

const S: Option<TypeId> = Some(TypeId::Str);
const L: Option<TypeId> = Some(TypeId::List);
const D: Option<TypeId> = Some(TypeId::Dict);

builtins! {
    "print", None, functions::print;
    "len", None, functions::len;
    "abs", None, functions::abs;
    "min", None, functions::min;
    "max", None, functions::max;
    "sum", None, functions::sum;
    "repr", None, functions::repr;
    "ascii", None, functions::ascii;
    "hex", None, functions::hex;
    "oct", None, functions::oct;
    "bin", None, functions::bin;
    "ord", None, functions::ord;
    "chr", None, functions::chr;
    "isinstance", None, functions::isinstance;
    "sorted", None, functions::sorted;
    "iter", None, functions::iter;
    "next", None, functions::next;
    "divmod", None, numeric::divmod;
    "pow", None, numeric::pow;
    "round", None, numeric::round;
    "any", None, iterables::any;
    "all", None, iterables::all;
    "reversed", None, iterables::reversed;
    "callable", None, iterables::callable;
    "split", S, str_methods::split;
    "rsplit", S, str_methods::rsplit;
    "join", S, str_methods::join;
    "strip", S, str_methods::strip;
    "lstrip", S, str_methods::lstrip;
    "rstrip", S, str_methods::rstrip;
    "replace", S, str_methods::replace;
    "find", S, str_methods::find;
    "rfind", S, str_methods::rfind;
    "index", S, str_methods::index;
    "count", S, str_methods::count;
    "startswith", S, str_methods::startswith;
    "endswith", S, str_methods::endswith;
    "upper", S, str_methods::upper;
    "lower", S, str_methods::lower;
    "isdigit", S, str_methods::isdigit;
    "isalpha", S, str_methods::isalpha;
    "isspace", S, str_methods::isspace;
    "format", S, str_methods::format;
    "rindex", S, str_methods::rindex;
    "partition", S, str_methods::partition;
    "rpartition", S, str_methods::rpartition;
    "splitlines", S, str_methods::splitlines;
    "capitalize", S, str_case::capitalize;
    "title", S, str_case::title;
    "swapcase", S, str_case::swapcase;
    "isupper", S, str_case::isupper;
    "islower", S, str_case::islower;
    "isalnum", S, str_case::isalnum;
    "center", S, str_case::center;
    "ljust", S, str_case::ljust;
    "rjust", S, str_case::rjust;
    "zfill", S, str_case::zfill;
    "append", L, list_methods::append;
    "pop", L, list_methods::pop;
    "insert", L, list_methods::insert;
    "extend", L, list_methods::extend;
    "remove", L, list_methods::remove;
    "index", L, list_methods::index;
    "count", L, list_methods::count;
    "reverse", L, list_methods::reverse;
    "clear", L, list_methods::clear;
    "copy", L, list_methods::copy;
    "sort", L, list_methods::sort;
    "index", Some(TypeId::Tuple), list_methods::index;
    "count", Some(TypeId::Tuple), list_methods::count;
    "get", D, dict_methods::get;
    "keys", D, dict_methods::keys;
    "values", D, dict_methods::values;
    "items", D, dict_methods::items;
    "pop", D, dict_methods::pop;
    "setdefault", D, dict_methods::setdefault;
    "update", D, dict_methods::update;
    "clear", D, dict_methods::clear;
    "copy", D, dict_methods::copy;
    "value", Some(TypeId::Pin), machine::pin_value;
    "init", Some(TypeId::Pin), machine::pin_init;
    "on", Some(TypeId::Pin), machine::pin_on;
    "off", Some(TypeId::Pin), machine::pin_off;
    "high", Some(TypeId::Pin), machine::pin_on;
    "low", Some(TypeId::Pin), machine::pin_off;
    "toggle", Some(TypeId::Pin), machine::pin_toggle;
    "irq", Some(TypeId::Pin), machine::pin_irq;
    "freq", Some(TypeId::Pwm), machine::pwm_freq;
    "duty_u16", Some(TypeId::Pwm), machine::pwm_duty_u16;
    "duty_ns", Some(TypeId::Pwm), machine::pwm_duty_ns;
    "deinit", Some(TypeId::Pwm), machine::pwm_deinit;
    "read_u16", Some(TypeId::Adc), machine::adc_read_u16;
    "init", Some(TypeId::Timer), machine::timer_init;
    "deinit", Some(TypeId::Timer), machine::timer_deinit;
    "write", Some(TypeId::Uart), buses::uart_write;
    "read", Some(TypeId::Uart), buses::uart_read;
    "readline", Some(TypeId::Uart), buses::uart_readline;
    "any", Some(TypeId::Uart), buses::uart_any;
    "scan", Some(TypeId::I2c), buses::i2c_scan;
    "readfrom", Some(TypeId::I2c), buses::i2c_readfrom;
    "writeto", Some(TypeId::I2c), buses::i2c_writeto;
    "readfrom_mem", Some(TypeId::I2c), buses::i2c_readfrom_mem;
    "writeto_mem", Some(TypeId::I2c), buses::i2c_writeto_mem;
    "machine.freq", None, machine::freq;
    "machine.idle", None, machine::idle;
    "machine.disable_irq", None, machine::disable_irq;
    "machine.enable_irq", None, machine::enable_irq;
    "time.sleep", None, time::sleep;
    "time.sleep_ms", None, time::sleep_ms;
    "time.sleep_us", None, time::sleep_us;
    "time.ticks_ms", None, time::ticks_ms;
    "time.ticks_us", None, time::ticks_us;
    "time.ticks_cpu", None, time::ticks_cpu;
    "time.ticks_diff", None, time::ticks_diff;
    "time.ticks_add", None, time::ticks_add;
    "time.time", None, time::time;
    "time.time_ns", None, time::time_ns;
    "micropython.const", None, time::mp_const;
    "micropython.schedule", None, time::mp_schedule;
    "decode", Some(TypeId::Bytes), bytes_methods::decode;
    "hex", Some(TypeId::Bytes), bytes_methods::hex;
    "encode", S, bytes_methods::encode;
    "gc.collect", None, modules::gc_collect;
    "gc.mem_free", None, modules::gc_mem_free;
    "gc.mem_alloc", None, modules::gc_mem_alloc;
    "gc.enable", None, modules::gc_noop;
    "gc.disable", None, modules::gc_noop;
    "gc.isenabled", None, modules::gc_isenabled;
    "issubclass", None, classes::issubclass;
    "getattr", None, classes::getattr;
    "setattr", None, classes::setattr;
    "hasattr", None, classes::hasattr;
    "delattr", None, classes::delattr;
    "vars", None, classes::vars;
    "format", None, classes::format;
    "object.__init__", None, classes::object_init;
    "BaseException.__init__", None, classes::exc_init;
    "object.__str__", None, classes::object_str;
    "object.__repr__", None, classes::object_repr;
    "object.__eq__", None, classes::object_eq;
    "object.__ne__", None, classes::object_ne;
    "object.__setattr__", None, classes::object_setattr;
    "getter", Some(TypeId::Property), classes::prop_getter;
    "setter", Some(TypeId::Property), classes::prop_setter;
    "deleter", Some(TypeId::Property), classes::prop_deleter;
}

/// Built-in classes reachable by name.
const CLASSES: &[TypeId] = &[
    TypeId::Object,
    TypeId::Type,
    TypeId::Bool,
    TypeId::Int,
    TypeId::Float,
    TypeId::Str,
    TypeId::Bytes,
    TypeId::List,
    TypeId::Tuple,
    TypeId::Dict,
    TypeId::Range,
    TypeId::Enumerate,
    TypeId::Zip,
    TypeId::Super,
    TypeId::StaticMethod,
    TypeId::ClassMethod,
    TypeId::Property,
];

/// The built-in bound to a global name, or `UNBOUND`.
pub(crate) fn global(name: &str) -> Value {
    if name == "NotImplemented" {
        return Value::NOT_IMPLEMENTED;
    }
    if let Some(i) = TABLE
        .iter()
        .position(|(n, owner, _)| *n == name && owner.is_none())
    {
        return Value::builtin(i as u16);
    }
    if let Some(t) = TypeId::ALL
        .iter()
        .find(|t| t.name() == name && (t.is_exception() || CLASSES.contains(t)))
    {
        return t.value();
    }
    Value::UNBOUND
}

/// Built-in methods called `name`, with the type owning each.
pub(crate) fn methods_named(name: &str) -> Vec<(TypeId, Value)> {
    TABLE
        .iter()
        .enumerate()
        .filter_map(|(i, (n, owner, _))| {
            (*n == name).then_some(((*owner)?, Value::builtin(i as u16)))
        })
        .collect()
}

/// A built-in's name, for `repr`.
pub(crate) fn name(id: u16) -> &'static str {
    TABLE.get(id as usize).map_or("?", |(n, _, _)| n)
}

/// Index of the built-in module called `name`.
pub(crate) fn module_index(name: &str) -> Option<usize> {
    modules::MODULES.iter().position(|m| *m == name)
}

/// A built-in module's name.
pub(crate) fn module_name(index: usize) -> &'static str {
    modules::MODULES.get(index).copied().unwrap_or("?")
}

/// Classes exported by built-in modules.
const MODULE_CLASSES: &[(&str, TypeId)] = &[
    ("machine", TypeId::Pin),
    ("machine", TypeId::Pwm),
    ("machine", TypeId::Timer),
    ("machine", TypeId::Adc),
    ("machine", TypeId::Uart),
    ("machine", TypeId::I2c),
];

/// A class attribute of a built-in class (`Pin.OUT`, `Timer.PERIODIC`).
pub(crate) fn class_attr(t: TypeId, attr: &str) -> Option<Value> {
    machine::CLASS_CONSTS
        .iter()
        .find(|(c, n, _)| *c == t && *n == attr)
        .map(|(_, _, v)| Value::small_int(*v))
}

/// Member `attr` of built-in module `index`.
pub(crate) fn module_member(index: usize, attr: &str) -> Option<Value> {
    let module = modules::MODULES.get(index)?;
    if let Some((_, t)) = MODULE_CLASSES
        .iter()
        .find(|(m, t)| m == module && t.name() == attr)
    {
        return Some(t.value());
    }
    TABLE
        .iter()
        .position(|(n, owner, _)| {
            owner.is_none()
                && n.strip_prefix(module).and_then(|r| r.strip_prefix('.')) == Some(attr)
        })
        .map(|i| Value::builtin(i as u16))
}

/// Whether a built-in observes or drives the board (its clock, pins,
/// buses or console). Those see the instructions executed so far charged to
/// the clock first, so a pin edge or a printed line carries the exact
/// virtual time; the rest skip the (dynamic) call into the board.
const fn touches_board(name: &str, owner: Option<TypeId>) -> bool {
    const fn starts_with(s: &[u8], p: &[u8]) -> bool {
        if s.len() < p.len() {
            return false;
        }
        let mut i = 0;
        while i < p.len() {
            if s[i] != p[i] {
                return false;
            }
            i += 1;
        }
        true
    }
    let n = name.as_bytes();
    matches!(
        owner,
        Some(TypeId::Pin | TypeId::Pwm | TypeId::Adc | TypeId::Uart | TypeId::I2c | TypeId::Timer)
    ) || (owner.is_none()
        && (starts_with(n, b"machine.") || starts_with(n, b"time.") || starts_with(n, b"print")))
}

const TOUCHES_BOARD: [bool; TABLE.len()] = {
    let mut t = [false; TABLE.len()];
    let mut i = 0;
    while i < TABLE.len() {
        t[i] = touches_board(TABLE[i].0, TABLE[i].1);
        i += 1;
    }
    t
};

/// Calls built-in `id`.
pub(crate) fn call(it: &mut Interp, io: &mut dyn Board, id: u16, args: Args) -> PyResult<Value> {
    match TABLE.get(id as usize) {
        Some((_, _, f)) => {
            if TOUCHES_BOARD[id as usize] {
                it.charge(io);
            }
            f(it, io, args)
        }
        None => Err(it.raise(TypeId::SystemError, "unknown built-in")),
    }
}
