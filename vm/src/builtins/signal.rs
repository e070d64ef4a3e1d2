//! `machine.Signal`: a `Pin` seen through an optional inversion, so a
//! script says `led.on()` for an active-low LED. Fields: the `Pin`, and
//! whether it is inverted. As on MicroPython, `Signal(pin, invert=False)`
//! wraps a `Pin`; `Signal(id, mode, pull, *, value, invert)` makes the
//! `Pin` too.

use super::machine::{hal_error, new_pin, pin_id};
use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

const PIN: usize = 0;
const INVERT: usize = 1;

/// `Signal(pin_or_pin_args..., invert=False)`.
pub(crate) fn new_signal(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "Signal", 1, 3, &["mode", "pull", "value", "invert"])?;
    let invert = match a.kw(it, "invert") {
        Some(v) => it.truthy(v),
        None => false,
    };
    let first = a.pos(it, 0);
    let pin = if it.native_field(first, TypeId::Pin, 0).is_some() && a.npos(it) == 1 {
        first
    } else {
        // The Pin's own arguments: everything but `invert`, which `Pin`
        // does not take (`value` is the physical level, as on MicroPython),
        // applied at once so an output starts at its `value`.
        let mode = a.opt(it, 1).or_else(|| a.kw(it, "mode"));
        let pull = a.opt(it, 2).or_else(|| a.kw(it, "pull"));
        let value = a.kw(it, "value");
        let id_only = Args {
            start: a.start,
            n: 1,
            kw_at: None,
        };
        let p = new_pin(it, io, id_only)?;
        it.stack.push(p);
        let r = super::machine::pin_configure(it, io, p, mode, pull, value);
        let p = it.stack.pop().unwrap_or(p);
        r?;
        p
    };
    it.stack.push(pin);
    let r = it.new_native(TypeId::Signal, &[pin, Value::bool(invert)]);
    it.stack.pop();
    r
}

/// A signal's `Pin` and whether it is inverted.
fn parts(it: &Interp, signal: Value) -> (Value, bool) {
    let pin = it
        .native_field(signal, TypeId::Signal, PIN)
        .unwrap_or(Value::NONE);
    let invert = it
        .native_field(signal, TypeId::Signal, INVERT)
        .is_some_and(|v| v == Value::TRUE);
    (pin, invert)
}

/// `signal.value([x])` and `signal([x])`: the pin's level, inverted if asked.
pub(crate) fn signal_value(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "value", 1, 2, &[])?;
    let (pin, invert) = parts(it, a.pos(it, 0));
    match a.opt(it, 1) {
        Some(v) => {
            let on = it.truthy(v);
            set(it, io, pin, on != invert)
        }
        None => {
            let id = pin_id(it, io, pin)?;
            let high = io.pin_read(id).map_err(|e| hal_error(it, e))?;
            Ok(Value::small_int(i64::from(high != invert)))
        }
    }
}

fn set(it: &mut Interp, io: &mut dyn Board, pin: Value, high: bool) -> PyResult<Value> {
    let id = pin_id(it, io, pin)?;
    io.pin_write(id, high).map_err(|e| hal_error(it, e))?;
    Ok(Value::NONE)
}

fn switch(it: &mut Interp, io: &mut dyn Board, a: Args, name: &str, on: bool) -> PyResult<Value> {
    a.check(it, name, 1, 1, &[])?;
    let (pin, invert) = parts(it, a.pos(it, 0));
    set(it, io, pin, on != invert)
}

/// `signal.on()`: the signal active (the pin low if inverted).
pub(super) fn signal_on(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    switch(it, io, a, "on", true)
}

/// `signal.off()`.
pub(super) fn signal_off(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    switch(it, io, a, "off", false)
}
