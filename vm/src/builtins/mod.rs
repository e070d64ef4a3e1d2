//! Built-in functions, constructors and methods of built-in types.
//!
//! Each built-in is an immediate `Value::builtin(id)`; the table below is the
//! one place that names them, says which type owns a method, and dispatches.

mod args;
mod buses;
mod bytearray;
mod bytes_methods;
#[cfg_attr(not(feature = "str-extra"), allow(dead_code))]
mod bytes_via_str;
#[cfg_attr(not(feature = "calendar"), allow(dead_code))]
mod calendar;
mod classes;
// Compiled always (helpers are shared); without the feature no table entry
// names its functions, so the linker drops them.
#[cfg_attr(not(feature = "collections"), allow(dead_code))]
mod collections;
#[cfg_attr(not(feature = "collections"), allow(dead_code))]
mod counter;
mod dict_methods;
mod functions;
#[cfg_attr(not(feature = "async"), allow(dead_code))]
mod generator_methods;
mod identity;
mod int_methods;
mod iterables;
#[cfg_attr(not(feature = "json"), allow(dead_code))]
mod json;
mod lazy;
mod list_methods;
pub(crate) mod machine;
#[cfg_attr(not(feature = "math"), allow(dead_code))]
mod math;
#[cfg_attr(not(feature = "str-extra"), allow(dead_code))]
mod memoryview;
mod micropython;
mod modules;
#[cfg_attr(not(feature = "collections"), allow(dead_code))]
mod namedtuple;
mod numeric;
#[cfg_attr(not(feature = "random"), allow(dead_code))]
mod random;
#[cfg_attr(not(feature = "set"), allow(dead_code))]
mod set_methods;
mod signal;
mod sort;
mod spi;
#[cfg_attr(not(feature = "str-extra"), allow(dead_code))]
mod str_case;
#[cfg_attr(not(feature = "str-extra"), allow(dead_code))]
mod str_extra;
mod str_methods;
#[cfg_attr(not(feature = "struct"), allow(dead_code))]
mod struct_mod;
#[cfg_attr(not(feature = "subclass"), allow(dead_code))]
mod subclass;
mod sys;
mod time;
mod types;

pub(crate) use args::Args;
pub(crate) use bytearray::setitem as bytearray_setitem;
pub(crate) use dict_methods::update_from as dict_update_from;
pub(crate) use int_methods::number_attr;
pub(crate) use random::DEFAULT_SEED as RNG_DEFAULT_SEED;
pub(crate) use signal::signal_value;
pub(crate) use types::construct;

use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;
use alloc::vec::Vec;

type Native = fn(&mut Interp, &mut dyn Board, Args) -> PyResult<Value>;

/// The table, stored compactly (7 bytes an entry plus the name's bytes,
/// rather than a 16-byte `(&str, Option<TypeId>, fn)` tuple): names packed
/// into one byte string with `u16` ends, owners as one byte.
macro_rules! builtins {
    ($($name:literal, $owner:expr, $func:expr;)*) => {
        /// Only read at compile time, to build [`NAMES`] and [`ENDS`].
        const NAME_LIST: &[&str] = &[$($name),*];
        const COUNT: usize = NAME_LIST.len();
        const OWNER_CODES: [u8; COUNT] = [$(owner_code($owner)),*];
        static OWNERS: [u8; COUNT] = OWNER_CODES;
        static FUNCS: [Native; COUNT] = [$($func),*];
    };
}

/// [`OWNERS`]' code for a function (no owning type).
const NO_OWNER: u8 = u8::MAX;
const _: () = assert!(TypeId::ALL.len() < NO_OWNER as usize);

const fn owner_code(owner: Option<TypeId>) -> u8 {
    match owner {
        Some(t) => t as u16 as u8,
        None => NO_OWNER,
    }
}

const NAMES_LEN: usize = crate::packed::total_len(NAME_LIST);
const _: () = assert!(NAMES_LEN <= u16::MAX as usize);

/// Every built-in's name, one after another.
static NAMES: [u8; NAMES_LEN] = crate::packed::pack(NAME_LIST);

/// Where each built-in's name ends in [`NAMES`].
static ENDS: [u16; COUNT] = crate::packed::ends(NAME_LIST);

/// Built-in `i`'s name as bytes.
#[inline]
fn name_bytes(i: usize) -> &'static [u8] {
    crate::packed::entry(&NAMES, &ENDS, i)
}

/// Built-in `i`'s owning type (`None` for a function).
#[inline]
fn owner(i: usize) -> Option<TypeId> {
    OWNERS
        .get(i)
        .filter(|&&o| o != NO_OWNER)
        .and_then(|&o| TypeId::from_u16(o as u16))
}

/// The index of the first built-in for which `f(name, owner)` holds.
fn position(mut f: impl FnMut(&[u8], Option<TypeId>) -> bool) -> Option<usize> {
    (0..COUNT).find(|&i| f(name_bytes(i), owner(i)))
}

/// `name` with `prefix` and a dot removed (`"str.maketrans"` → `maketrans`).
fn member_of<'a>(name: &'a [u8], prefix: &str) -> Option<&'a [u8]> {
    name.strip_prefix(prefix.as_bytes())?.strip_prefix(b".")
}

/// `$func` when vm feature `$feat` is on, else a built-in that raises
/// `NotImplementedError` naming the feature: the table keeps its indices
/// (and so its order) whatever the build leaves out, and the linker drops
/// what no entry names.
macro_rules! gated {
    ($feat:tt, $func:path) => {{
        #[cfg(feature = $feat)]
        const F: Native = $func;
        #[cfg(not(feature = $feat))]
        const F: Native = |it, _, _| Err(left_out_builtin(it, $feat));
        F
    }};
}

/// What a built-in that this build leaves out raises: the feature's
/// `NotImplementedError`, naming the built-in (`str.title()`).
#[allow(dead_code)]
#[cold]
fn left_out_builtin(it: &mut Interp, feature: &str) -> crate::interp::Thrown {
    let id = it.builtin;
    let name = name(id);
    let at = match owner(id as usize) {
        Some(t) => alloc::format!(": {}.{name}()", t.name()),
        None => alloc::format!(": {name}()"),
    };
    it.left_out_at(feature, &at)
}

const S: Option<TypeId> = Some(TypeId::Str);
const L: Option<TypeId> = Some(TypeId::List);
const D: Option<TypeId> = Some(TypeId::Dict);
const I: Option<TypeId> = Some(TypeId::Int);
const F: Option<TypeId> = Some(TypeId::Float);
const DQ: Option<TypeId> = Some(TypeId::Deque);
const BA: Option<TypeId> = Some(TypeId::ByteArray);
const SET: Option<TypeId> = Some(TypeId::Set);
const FSET: Option<TypeId> = Some(TypeId::FrozenSet);
const G: Option<TypeId> = Some(TypeId::Generator);
const CO: Option<TypeId> = Some(TypeId::Coroutine);
const AG: Option<TypeId> = Some(TypeId::AsyncGenerator);
const AS: Option<TypeId> = Some(TypeId::AsyncGenASend);

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
    "eval", None, functions::no_compiler;
    "exec", None, functions::no_compiler;
    "compile", None, functions::no_compiler;
    "map", None, lazy::map;
    "hash", None, identity::hash;
    "id", None, identity::id;
    "filter", None, lazy::filter;
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
    "isdigit", S, str_extra::isdigit;
    "isdecimal", S, gated!("str-extra", str_extra::isdecimal);
    "isnumeric", S, gated!("str-extra", str_extra::isnumeric);
    "isascii", S, gated!("str-extra", str_extra::isascii);
    "isprintable", S, gated!("str-extra", str_extra::isprintable);
    "istitle", S, gated!("str-extra", str_extra::istitle);
    "isidentifier", S, gated!("str-extra", str_extra::isidentifier);
    "casefold", S, gated!("str-extra", str_extra::casefold);
    "expandtabs", S, gated!("str-extra", str_extra::expandtabs);
    "removeprefix", S, gated!("str-extra", str_extra::removeprefix);
    "removesuffix", S, gated!("str-extra", str_extra::removesuffix);
    "translate", S, gated!("str-extra", str_extra::translate);
    "str.maketrans", None, gated!("str-extra", str_extra::maketrans);
    "isalpha", S, str_methods::isalpha;
    "isspace", S, str_methods::isspace;
    "format", S, str_methods::format;
    "rindex", S, str_methods::rindex;
    "partition", S, gated!("str-extra", str_methods::partition);
    "rpartition", S, gated!("str-extra", str_methods::rpartition);
    "splitlines", S, gated!("str-extra", str_methods::splitlines);
    "capitalize", S, gated!("str-extra", str_case::capitalize);
    "title", S, gated!("str-extra", str_case::title);
    "swapcase", S, gated!("str-extra", str_case::swapcase);
    "isupper", S, str_case::isupper;
    "islower", S, str_case::islower;
    "isalnum", S, str_case::isalnum;
    "center", S, gated!("str-extra", str_case::center);
    "ljust", S, gated!("str-extra", str_case::ljust);
    "rjust", S, gated!("str-extra", str_case::rjust);
    "zfill", S, gated!("str-extra", str_case::zfill);
    "bit_length", I, int_methods::bit_length;
    "bit_count", I, int_methods::bit_count;
    "to_bytes", I, int_methods::to_bytes;
    "as_integer_ratio", I, int_methods::as_integer_ratio;
    "is_integer", I, int_methods::is_integer;
    "conjugate", I, int_methods::conjugate;
    "int.from_bytes", None, int_methods::from_bytes;
    "as_integer_ratio", F, int_methods::as_integer_ratio;
    "is_integer", F, int_methods::is_integer;
    "conjugate", F, int_methods::conjugate;
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
    "send", G, generator_methods::send;
    "throw", G, generator_methods::throw;
    "close", G, generator_methods::close;
    "__next__", G, generator_methods::next;
    "send", CO, gated!("async", generator_methods::send);
    "throw", CO, gated!("async", generator_methods::throw);
    "close", CO, gated!("async", generator_methods::close);
    "__aiter__", AG, gated!("async", generator_methods::aiter);
    "__anext__", AG, gated!("async", generator_methods::anext);
    "asend", AG, gated!("async", generator_methods::asend);
    "athrow", AG, gated!("async", generator_methods::athrow);
    "aclose", AG, gated!("async", generator_methods::aclose);
    "send", AS, gated!("async", generator_methods::asend_send);
    "throw", AS, gated!("async", generator_methods::asend_throw);
    "__next__", AS, gated!("async", generator_methods::asend_next);
    "get", D, dict_methods::get;
    "keys", D, dict_methods::keys;
    "values", D, dict_methods::values;
    "items", D, dict_methods::items;
    "pop", D, dict_methods::pop;
    "setdefault", D, dict_methods::setdefault;
    "popitem", D, dict_methods::popitem;
    "dict.fromkeys", None, dict_methods::fromkeys;
    "update", D, dict_methods::update;
    "clear", D, dict_methods::clear;
    "copy", D, dict_methods::copy;
    "add", SET, gated!("set", set_methods::add);
    "discard", SET, gated!("set", set_methods::discard);
    "remove", SET, gated!("set", set_methods::remove);
    "pop", SET, gated!("set", set_methods::pop);
    "clear", SET, gated!("set", set_methods::clear);
    "copy", SET, gated!("set", set_methods::copy);
    "update", SET, gated!("set", set_methods::update);
    "difference_update", SET, gated!("set", set_methods::difference_update);
    "intersection_update", SET, gated!("set", set_methods::intersection_update);
    "symmetric_difference_update", SET, gated!("set", set_methods::symmetric_difference_update);
    "union", SET, gated!("set", set_methods::union);
    "intersection", SET, gated!("set", set_methods::intersection);
    "difference", SET, gated!("set", set_methods::difference);
    "symmetric_difference", SET, gated!("set", set_methods::symmetric_difference);
    "issubset", SET, gated!("set", set_methods::issubset);
    "issuperset", SET, gated!("set", set_methods::issuperset);
    "isdisjoint", SET, gated!("set", set_methods::isdisjoint);
    "copy", FSET, gated!("set", set_methods::copy);
    "union", FSET, gated!("set", set_methods::union);
    "intersection", FSET, gated!("set", set_methods::intersection);
    "difference", FSET, gated!("set", set_methods::difference);
    "symmetric_difference", FSET, gated!("set", set_methods::symmetric_difference);
    "issubset", FSET, gated!("set", set_methods::issubset);
    "issuperset", FSET, gated!("set", set_methods::issuperset);
    "isdisjoint", FSET, gated!("set", set_methods::isdisjoint);
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
    "readinto", Some(TypeId::Uart), buses::uart_readinto;
    "flush", Some(TypeId::Uart), buses::uart_flush;
    "txdone", Some(TypeId::Uart), buses::uart_txdone;
    "scan", Some(TypeId::I2c), buses::i2c_scan;
    "readfrom", Some(TypeId::I2c), buses::i2c_readfrom;
    "writeto", Some(TypeId::I2c), buses::i2c_writeto;
    "readfrom_mem", Some(TypeId::I2c), buses::i2c_readfrom_mem;
    "writeto_mem", Some(TypeId::I2c), buses::i2c_writeto_mem;
    "readfrom_into", Some(TypeId::I2c), buses::i2c_readfrom_into;
    "readfrom_mem_into", Some(TypeId::I2c), buses::i2c_readfrom_mem_into;
    "writevto", Some(TypeId::I2c), buses::i2c_writevto;
    "value", Some(TypeId::Signal), signal::signal_value;
    "on", Some(TypeId::Signal), signal::signal_on;
    "off", Some(TypeId::Signal), signal::signal_off;
    "init", Some(TypeId::Spi), spi::spi_init;
    "deinit", Some(TypeId::Spi), spi::spi_deinit;
    "read", Some(TypeId::Spi), spi::spi_read;
    "readinto", Some(TypeId::Spi), spi::spi_readinto;
    "write", Some(TypeId::Spi), spi::spi_write;
    "write_readinto", Some(TypeId::Spi), spi::spi_write_readinto;
    "machine.freq", None, machine::freq;
    "machine.idle", None, machine::idle;
    "machine.time_pulse_us", None, machine::time_pulse_us;
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
    "time.gmtime", None, gated!("calendar", calendar::gmtime);
    "time.localtime", None, gated!("calendar", calendar::gmtime);
    "time.mktime", None, gated!("calendar", calendar::mktime);
    "time.monotonic", None, time::time;
    "time.perf_counter", None, time::time;
    "time.monotonic_ns", None, time::time_ns;
    "time.perf_counter_ns", None, time::time_ns;
    "time.process_time", None, time::time;
    "micropython.const", None, micropython::mp_const;
    "micropython.schedule", None, micropython::mp_schedule;
    "micropython.alloc_emergency_exception_buf", None, micropython::mp_alloc_emergency_exception_buf;
    "micropython.opt_level", None, micropython::mp_opt_level;
    "micropython.kbd_intr", None, micropython::mp_kbd_intr;
    "micropython.stack_use", None, micropython::mp_stack_use;
    "micropython.mem_info", None, micropython::mp_mem_info;
    "decode", Some(TypeId::Bytes), bytes_methods::decode;
    "hex", Some(TypeId::Bytes), bytes_methods::hex;
    "encode", S, bytes_methods::encode;
    "split", Some(TypeId::Bytes), bytes_via_str::split;
    "rsplit", Some(TypeId::Bytes), bytes_via_str::rsplit;
    "strip", Some(TypeId::Bytes), bytes_via_str::strip;
    "lstrip", Some(TypeId::Bytes), bytes_via_str::lstrip;
    "rstrip", Some(TypeId::Bytes), bytes_via_str::rstrip;
    "replace", Some(TypeId::Bytes), bytes_via_str::replace;
    "find", Some(TypeId::Bytes), bytes_via_str::find;
    "rfind", Some(TypeId::Bytes), bytes_via_str::rfind;
    "index", Some(TypeId::Bytes), bytes_via_str::index;
    "rindex", Some(TypeId::Bytes), bytes_via_str::rindex;
    "count", Some(TypeId::Bytes), bytes_via_str::count;
    "startswith", Some(TypeId::Bytes), bytes_via_str::startswith;
    "endswith", Some(TypeId::Bytes), bytes_via_str::endswith;
    "partition", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::partition);
    "rpartition", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::rpartition);
    "splitlines", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::splitlines);
    "center", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::center);
    "ljust", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::ljust);
    "rjust", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::rjust);
    "zfill", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::zfill);
    "removeprefix", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::removeprefix);
    "removesuffix", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::removesuffix);
    "expandtabs", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::expandtabs);
    "join", Some(TypeId::Bytes), bytes_via_str::join;
    "upper", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::upper);
    "lower", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::lower);
    "swapcase", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::swapcase);
    "capitalize", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::capitalize);
    "title", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::title);
    "isalpha", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::isalpha);
    "isdigit", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::isdigit);
    "isalnum", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::isalnum);
    "isspace", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::isspace);
    "isupper", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::isupper);
    "islower", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::islower);
    "isascii", Some(TypeId::Bytes), gated!("str-extra", bytes_via_str::isascii);
    "split", BA, bytes_via_str::split;
    "rsplit", BA, bytes_via_str::rsplit;
    "strip", BA, bytes_via_str::strip;
    "lstrip", BA, bytes_via_str::lstrip;
    "rstrip", BA, bytes_via_str::rstrip;
    "replace", BA, bytes_via_str::replace;
    "find", BA, bytes_via_str::find;
    "rfind", BA, bytes_via_str::rfind;
    "index", BA, bytes_via_str::index;
    "rindex", BA, bytes_via_str::rindex;
    "count", BA, bytes_via_str::count;
    "startswith", BA, bytes_via_str::startswith;
    "endswith", BA, bytes_via_str::endswith;
    "partition", BA, gated!("str-extra", bytes_via_str::partition);
    "rpartition", BA, gated!("str-extra", bytes_via_str::rpartition);
    "splitlines", BA, gated!("str-extra", bytes_via_str::splitlines);
    "center", BA, gated!("str-extra", bytes_via_str::center);
    "ljust", BA, gated!("str-extra", bytes_via_str::ljust);
    "rjust", BA, gated!("str-extra", bytes_via_str::rjust);
    "zfill", BA, gated!("str-extra", bytes_via_str::zfill);
    "removeprefix", BA, gated!("str-extra", bytes_via_str::removeprefix);
    "removesuffix", BA, gated!("str-extra", bytes_via_str::removesuffix);
    "expandtabs", BA, gated!("str-extra", bytes_via_str::expandtabs);
    "join", BA, bytes_via_str::join;
    "upper", BA, gated!("str-extra", bytes_via_str::upper);
    "lower", BA, gated!("str-extra", bytes_via_str::lower);
    "swapcase", BA, gated!("str-extra", bytes_via_str::swapcase);
    "capitalize", BA, gated!("str-extra", bytes_via_str::capitalize);
    "title", BA, gated!("str-extra", bytes_via_str::title);
    "isalpha", BA, gated!("str-extra", bytes_via_str::isalpha);
    "isdigit", BA, gated!("str-extra", bytes_via_str::isdigit);
    "isalnum", BA, gated!("str-extra", bytes_via_str::isalnum);
    "isspace", BA, gated!("str-extra", bytes_via_str::isspace);
    "isupper", BA, gated!("str-extra", bytes_via_str::isupper);
    "islower", BA, gated!("str-extra", bytes_via_str::islower);
    "isascii", BA, gated!("str-extra", bytes_via_str::isascii);
    "bytes.fromhex", None, gated!("str-extra", bytes_via_str::fromhex);
    "math.sqrt", None, gated!("math", math::sqrt);
    "math.exp", None, gated!("math", math::exp);
    "math.sin", None, gated!("math", math::sin);
    "math.cos", None, gated!("math", math::cos);
    "math.tan", None, gated!("math", math::tan);
    "math.asin", None, gated!("math", math::asin);
    "math.acos", None, gated!("math", math::acos);
    "math.atan", None, gated!("math", math::atan);
    "math.sinh", None, gated!("math", math::sinh);
    "math.cosh", None, gated!("math", math::cosh);
    "math.tanh", None, gated!("math", math::tanh);
    "math.fabs", None, gated!("math", math::fabs);
    "math.degrees", None, gated!("math", math::degrees);
    "math.radians", None, gated!("math", math::radians);
    "math.expm1", None, gated!("math", math::expm1);
    "math.log", None, gated!("math", math::log);
    "math.log2", None, gated!("math", math::log2);
    "math.log10", None, gated!("math", math::log10);
    "math.log1p", None, gated!("math", math::log1p);
    "math.pow", None, gated!("math", math::pow);
    "math.atan2", None, gated!("math", math::atan2);
    "math.fmod", None, gated!("math", math::fmod);
    "math.modf", None, gated!("math", math::modf);
    "math.frexp", None, gated!("math", math::frexp);
    "math.ldexp", None, gated!("math", math::ldexp);
    "math.copysign", None, gated!("math", math::copysign);
    "math.hypot", None, gated!("math", math::hypot);
    "math.floor", None, gated!("math", math::floor);
    "math.ceil", None, gated!("math", math::ceil);
    "math.trunc", None, gated!("math", math::trunc);
    "math.isfinite", None, gated!("math", math::isfinite);
    "math.isinf", None, gated!("math", math::isinf);
    "math.isnan", None, gated!("math", math::isnan);
    "math.gcd", None, gated!("math", math::gcd);
    "math.lcm", None, gated!("math", math::lcm);
    "math.factorial", None, gated!("math", math::factorial);
    "math.comb", None, gated!("math", math::comb);
    "math.perm", None, gated!("math", math::perm);
    "math.isqrt", None, gated!("math", math::isqrt);
    "math.isclose", None, gated!("math", math::isclose);
    "math.prod", None, gated!("math", math::prod);
    "math.fsum", None, gated!("math", math::fsum);
    "sys.exit", None, sys::exit;
    "sys.print_exception", None, sys::print_exception;
    "write", Some(TypeId::TextIo), sys::stream_write;
    "flush", Some(TypeId::TextIo), sys::stream_flush;
    "random.seed", None, gated!("random", random::seed);
    "random.random", None, gated!("random", random::random);
    "random.randint", None, gated!("random", random::randint);
    "random.randrange", None, gated!("random", random::randrange);
    "random.choice", None, gated!("random", random::choice);
    "random.shuffle", None, gated!("random", random::shuffle);
    "random.uniform", None, gated!("random", random::uniform);
    "random.getrandbits", None, gated!("random", random::getrandbits);
    "random.sample", None, gated!("random", random::sample);
    "json.dumps", None, gated!("json", json::dumps);
    "json.loads", None, gated!("json", json::loads);
    "collections.namedtuple", None, gated!("collections", namedtuple::namedtuple);
    "namedtuple._asdict", None, gated!("collections", namedtuple::asdict);
    "namedtuple._replace", None, gated!("collections", namedtuple::replace);
    "namedtuple._make", None, gated!("collections", namedtuple::make);
    "most_common", Some(TypeId::Counter), gated!("collections", counter::most_common);
    "elements", Some(TypeId::Counter), gated!("collections", counter::elements);
    "update", Some(TypeId::Counter), gated!("collections", counter::update);
    "subtract", Some(TypeId::Counter), gated!("collections", counter::subtract);
    "total", Some(TypeId::Counter), gated!("collections", counter::total);
    "copy", Some(TypeId::Counter), gated!("collections", counter::copy);
    "copy", Some(TypeId::DefaultDict), gated!("collections", counter::copy);
    "copy", Some(TypeId::OrderedDict), gated!("collections", counter::copy);
    "move_to_end", Some(TypeId::OrderedDict), gated!("collections", counter::move_to_end);
    "popitem", Some(TypeId::OrderedDict), gated!("collections", counter::od_popitem);
    "append", DQ, gated!("collections", collections::append);
    "appendleft", DQ, gated!("collections", collections::appendleft);
    "pop", DQ, gated!("collections", collections::pop);
    "popleft", DQ, gated!("collections", collections::popleft);
    "extend", DQ, gated!("collections", collections::extend);
    "extendleft", DQ, gated!("collections", collections::extendleft);
    "clear", DQ, gated!("collections", collections::clear);
    "rotate", DQ, gated!("collections", collections::rotate);
    "count", DQ, list_methods::count;
    "index", DQ, list_methods::index;
    "struct.pack", None, gated!("struct", struct_mod::pack);
    "struct.unpack", None, gated!("struct", struct_mod::unpack);
    "struct.calcsize", None, gated!("struct", struct_mod::calcsize);
    "append", BA, bytearray::append;
    "extend", BA, bytearray::extend;
    "pop", BA, bytearray::pop;
    "clear", BA, bytearray::clear;
    "reverse", BA, bytearray::reverse;
    "decode", BA, bytearray::decode;
    "copy", BA, bytearray::copy;
    "hex", BA, bytes_methods::hex;
    "hex", Some(TypeId::MemoryView), bytes_methods::hex;
    "tobytes", Some(TypeId::MemoryView), gated!("str-extra", memoryview::tobytes);
    "tolist", Some(TypeId::MemoryView), gated!("str-extra", memoryview::tolist);
    "release", Some(TypeId::MemoryView), gated!("str-extra", memoryview::release);
    "gc.collect", None, modules::gc_collect;
    "gc.mem_free", None, modules::gc_mem_free;
    "gc.mem_alloc", None, modules::gc_mem_alloc;
    "gc.enable", None, modules::gc_enable;
    "gc.disable", None, modules::gc_disable;
    "gc.isenabled", None, modules::gc_isenabled;
    "issubclass", None, classes::issubclass;
    "getattr", None, classes::getattr;
    "setattr", None, classes::setattr;
    "hasattr", None, classes::hasattr;
    "delattr", None, classes::delattr;
    "vars", None, classes::vars;
    "format", None, classes::format;
    "object.__init__", None, classes::object_init;
    "object.__new__", None, classes::object_new;
    "object.__hash__", None, classes::object_hash;
    "object.__init_subclass__", None, classes::object_init_subclass;
    "BaseException.__init__", None, classes::exc_init;
    "object.__str__", None, classes::object_str;
    "object.__repr__", None, classes::object_repr;
    "object.__eq__", None, classes::object_eq;
    "object.__ne__", None, classes::object_ne;
    "object.__setattr__", None, classes::object_setattr;
    "getter", Some(TypeId::Property), classes::prop_getter;
    "setter", Some(TypeId::Property), classes::prop_setter;
    "deleter", Some(TypeId::Property), classes::prop_deleter;
    "list.__init__", None, gated!("subclass", subclass::list_init);
    "dict.__init__", None, gated!("subclass", subclass::dict_init);
    "int.__new__", None, classes::object_new;
    "float.__new__", None, classes::object_new;
    "str.__new__", None, classes::object_new;
    "tuple.__new__", None, classes::object_new;
    "list.__new__", None, classes::object_new;
    "dict.__new__", None, classes::object_new;
    "list.__getitem__", None, gated!("subclass", subclass::getitem);
    "list.__len__", None, gated!("subclass", subclass::len);
    "list.__contains__", None, gated!("subclass", subclass::contains);
    "list.__iter__", None, gated!("subclass", subclass::iter);
    "dict.__getitem__", None, gated!("subclass", subclass::getitem);
    "dict.__len__", None, gated!("subclass", subclass::len);
    "dict.__contains__", None, gated!("subclass", subclass::contains);
    "dict.__iter__", None, gated!("subclass", subclass::iter);
    "tuple.__getitem__", None, gated!("subclass", subclass::getitem);
    "tuple.__len__", None, gated!("subclass", subclass::len);
    "tuple.__contains__", None, gated!("subclass", subclass::contains);
    "tuple.__iter__", None, gated!("subclass", subclass::iter);
    "str.__getitem__", None, gated!("subclass", subclass::getitem);
    "str.__len__", None, gated!("subclass", subclass::len);
    "str.__contains__", None, gated!("subclass", subclass::contains);
    "str.__iter__", None, gated!("subclass", subclass::iter);
    "list.__setitem__", None, gated!("subclass", subclass::setitem);
    "list.__delitem__", None, gated!("subclass", subclass::delitem);
    "dict.__setitem__", None, gated!("subclass", subclass::setitem);
    "dict.__delitem__", None, gated!("subclass", subclass::delitem);
    "list.__repr__", None, gated!("subclass", subclass::repr);
    "list.__str__", None, gated!("subclass", subclass::str);
    "list.__eq__", None, gated!("subclass", subclass::eq);
    "dict.__repr__", None, gated!("subclass", subclass::repr);
    "dict.__str__", None, gated!("subclass", subclass::str);
    "dict.__eq__", None, gated!("subclass", subclass::eq);
    "tuple.__repr__", None, gated!("subclass", subclass::repr);
    "tuple.__str__", None, gated!("subclass", subclass::str);
    "tuple.__eq__", None, gated!("subclass", subclass::eq);
    "str.__repr__", None, gated!("subclass", subclass::repr);
    "str.__str__", None, gated!("subclass", subclass::str);
    "str.__eq__", None, gated!("subclass", subclass::eq);
    "int.__repr__", None, gated!("subclass", subclass::repr);
    "int.__str__", None, gated!("subclass", subclass::str);
    "int.__eq__", None, gated!("subclass", subclass::eq);
    "float.__repr__", None, gated!("subclass", subclass::repr);
    "float.__str__", None, gated!("subclass", subclass::str);
    "float.__eq__", None, gated!("subclass", subclass::eq);
    "tuple.__hash__", None, gated!("subclass", subclass::hash);
    "str.__hash__", None, gated!("subclass", subclass::hash);
    "int.__hash__", None, gated!("subclass", subclass::hash);
    "float.__hash__", None, gated!("subclass", subclass::hash);
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
    TypeId::Slice,
    TypeId::Enumerate,
    TypeId::Zip,
    TypeId::Set,
    TypeId::FrozenSet,
    TypeId::Super,
    TypeId::StaticMethod,
    TypeId::ClassMethod,
    TypeId::Property,
    TypeId::ByteArray,
    TypeId::MemoryView,
];

/// The built-in bound to a global name, or `UNBOUND`.
pub(crate) fn global(name: &str) -> Value {
    if name == "NotImplemented" {
        return Value::NOT_IMPLEMENTED;
    }
    if let Some(i) = position(|n, owner| n == name.as_bytes() && owner.is_none()) {
        return Value::builtin(i as u16);
    }
    if let Some(t) = TypeId::ALL.iter().find(|t| {
        t.name() == name
            && (t.is_exception() || CLASSES.contains(t))
            && !MODULE_CLASSES.iter().any(|(_, c)| c == *t)
    }) {
        return t.value();
    }
    Value::UNBOUND
}

/// Built-in methods called `name`, with the type owning each.
pub(crate) fn methods_named(name: &str) -> Vec<(TypeId, Value)> {
    (0..COUNT)
        .filter(|&i| name_bytes(i) == name.as_bytes())
        .filter_map(|i| Some((owner(i)?, Value::builtin(i as u16))))
        .collect()
}

/// A built-in's name, for `repr`.
pub(crate) fn name(id: u16) -> &'static str {
    match id as usize {
        i if i < COUNT => core::str::from_utf8(name_bytes(i)).unwrap_or("?"),
        _ => "?",
    }
}

/// Index of the importable built-in module called `name` (dotted entries
/// such as `sys.implementation` are namespaces, not modules).
pub(crate) fn module_index(name: &str) -> Option<usize> {
    let name = micropython_name(name);
    if left_out(name) {
        return None;
    }
    modules::MODULES
        .iter()
        .position(|m| *m == name && !m.contains('.'))
}

/// MicroPython's older names for built-in modules (`utime`, `ustruct`,
/// `ujson`, …), which it still accepts: the module under its own name.
fn micropython_name(name: &str) -> &str {
    const U_NAMES: &[&str] = &[
        "time",
        "struct",
        "json",
        "random",
        "collections",
        "sys",
        "errno",
    ];
    match name.strip_prefix('u') {
        Some(rest) if U_NAMES.contains(&rest) => rest,
        _ => name,
    }
}

/// Whether built-in module `name` exists but this build of the VM leaves
/// it out (an MCU build without vm feature `name`).
pub(crate) fn left_out(name: &str) -> bool {
    let name = micropython_name(name);
    const OPTIONAL: &[(&str, bool)] = &[
        ("math", cfg!(feature = "math")),
        ("json", cfg!(feature = "json")),
        ("struct", cfg!(feature = "struct")),
        ("random", cfg!(feature = "random")),
        ("collections", cfg!(feature = "collections")),
    ];
    OPTIONAL.iter().any(|(m, on)| *m == name && !on)
}

/// Every importable built-in module name.
pub(crate) fn builtin_module_names() -> impl Iterator<Item = &'static str> {
    modules::MODULES
        .iter()
        .copied()
        .filter(|m| !m.contains('.'))
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
    ("machine", TypeId::Spi),
    ("machine", TypeId::Signal),
    ("json", TypeId::JsonDecodeError),
    ("collections", TypeId::Deque),
    ("collections", TypeId::DefaultDict),
    ("collections", TypeId::Counter),
    ("collections", TypeId::OrderedDict),
    ("struct", TypeId::StructError),
];

/// Built-in method `attr` defined by type `t` itself (not its bases).
pub(crate) fn method(t: TypeId, attr: &str) -> Option<Value> {
    let code = t as u16 as u8;
    (0..COUNT)
        .find(|&i| OWNERS[i] == code && name_bytes(i) == attr.as_bytes())
        .map(|i| Value::builtin(i as u16))
}

/// A class attribute of a built-in class (`Pin.OUT`, `Timer.PERIODIC`), or
/// a static/class method such as `str.maketrans` (table entry `"str.maketrans"`).
pub(crate) fn class_attr(t: TypeId, attr: &str) -> Option<Value> {
    let tn = t.name();
    if let Some(i) =
        position(|n, owner| owner.is_none() && member_of(n, tn) == Some(attr.as_bytes()))
    {
        return Some(Value::builtin(i as u16));
    }
    // An unbound method (`str.lower`, `list.append`): the receiver comes
    // as the first argument, as methods take it anyway.
    if let Some(m) = method(t, attr) {
        return Some(m);
    }
    machine::CLASS_CONSTS
        .iter()
        .find(|(c, n, _)| *c == t && *n == attr)
        .map(|(_, _, v)| Value::small_int(*v))
}

/// Member `attr` of built-in module `index`: a class, a function of the
/// table, a constant, or a value built on demand (`sys.argv`).
pub(crate) fn module_member(it: &mut Interp, index: usize, attr: &str) -> PyResult<Option<Value>> {
    let Some(module) = modules::MODULES.get(index) else {
        return Ok(None);
    };
    if let Some((_, t)) = MODULE_CLASSES
        .iter()
        .find(|(m, t)| m == module && t.name() == attr)
    {
        return Ok(Some(t.value()));
    }
    if let Some(i) =
        position(|n, owner| owner.is_none() && member_of(n, module) == Some(attr.as_bytes()))
    {
        return Ok(Some(Value::builtin(i as u16)));
    }
    modules::module_value(it, module, attr)
}

/// Whether a built-in observes or drives the board (its clock, pins,
/// buses or console). Those see the instructions executed so far charged to
/// the clock first, so a pin edge or a printed line carries the exact
/// virtual time; the rest skip the (dynamic) call into the board.
const fn touches_board(name: &str, owner: u8) -> bool {
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
    let board_types = [
        TypeId::Pin,
        TypeId::Pwm,
        TypeId::Adc,
        TypeId::Uart,
        TypeId::I2c,
        TypeId::Spi,
        TypeId::Signal,
        TypeId::Timer,
    ];
    let mut k = 0;
    while k < board_types.len() {
        if owner == owner_code(Some(board_types[k])) {
            return true;
        }
        k += 1;
    }
    owner == NO_OWNER
        && (starts_with(n, b"machine.") || starts_with(n, b"time.") || starts_with(n, b"print"))
}

/// [`touches_board`] of each built-in, one bit each.
static TOUCHES_BOARD: [u8; COUNT.div_ceil(8)] = {
    let mut t = [0u8; COUNT.div_ceil(8)];
    let mut i = 0;
    while i < COUNT {
        if touches_board(NAME_LIST[i], OWNER_CODES[i]) {
            t[i / 8] |= 1 << (i % 8);
        }
        i += 1;
    }
    t
};

/// Whether built-in `name` only reads the numeric value of int and float
/// arguments (so subclass instances may be passed as their wrapped values).
fn takes_plain_numbers(name: &str) -> bool {
    matches!(name, "hex" | "oct" | "bin" | "chr" | "pow")
        || ["math.", "random.", "time.", "struct."]
            .iter()
            .any(|p| name.starts_with(p))
}

/// Calls built-in `id`.
pub(crate) fn call(it: &mut Interp, io: &mut dyn Board, id: u16, args: Args) -> PyResult<Value> {
    let i = id as usize;
    match FUNCS.get(i) {
        Some(f) => {
            it.builtin = id;
            if TOUCHES_BOARD[i / 8] & (1 << (i % 8)) != 0 {
                it.charge(io);
            }
            let owner = owner(i);
            if owner.is_none() && takes_plain_numbers(name(id)) {
                // `hex(MyInt(5))`, `math.sqrt(MyFloat(2.0))`: the wrapped number.
                for i in args.start..args.start + args.n {
                    let v = it.stack[i];
                    if let Some(x) = it.base_value(v) {
                        if x.as_float().is_some() || it.is_int(x) {
                            it.stack[i] = x;
                        }
                    }
                }
            }
            if owner.is_some() && args.n > 0 {
                // `list.append(self, x)` on a list subclass: the method works
                // on the wrapped list.
                if let Some(inner) = it.base_value(it.stack[args.start]) {
                    it.stack[args.start] = inner;
                }
            }
            f(it, io, args)
        }
        None => Err(it.raise(TypeId::SystemError, "unknown built-in")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The packed table gives back each entry as written.
    #[test]
    fn packed_table_matches_the_list() {
        let owners = [Some(TypeId::Str), None, Some(TypeId::Pin)];
        for (i, (want, o)) in NAME_LIST.iter().zip(OWNER_CODES).enumerate() {
            assert_eq!(name(i as u16), *want);
            assert_eq!(owner(i).map(|t| t as u16 as u8).unwrap_or(NO_OWNER), o);
        }
        assert_eq!(name(COUNT as u16), "?");
        for t in owners {
            assert_eq!(owner_code(t) == NO_OWNER, t.is_none());
        }
        assert!(
            matches!(method(TypeId::Str, "upper"), Some(v) if name(v.as_builtin().unwrap()) == "upper")
        );
        assert_eq!(
            global("len"),
            Value::builtin(position(|n, o| n == b"len" && o.is_none()).unwrap() as u16)
        );
        assert!(TOUCHES_BOARD.iter().any(|b| *b != 0));
    }
}
