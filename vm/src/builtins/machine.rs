//! The `machine` module: `Pin`, `PWM`, `Timer`, `ADC` over `vm::hal`, with
//! MicroPython's documented signatures. Instances are native objects (see
//! `obj/native.rs`); field layouts are in `interp/sched.rs`.

use super::Args;
use crate::hal::{Board, HalError, HalErrorKind, PinId, PinMode, PinName, Pull};
use crate::interp::sched::{pin, timer, IRQ_FALLING, IRQ_RISING};
use crate::interp::{Interp, PyResult, Thrown};
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;

/// Pin modes and pulls as numbers (MicroPython rp2 values).
pub(crate) const MODE_IN: i64 = 0;
pub(crate) const MODE_OUT: i64 = 1;
pub(crate) const MODE_OPEN_DRAIN: i64 = 2;
pub(crate) const PULL_UP: i64 = 1;
pub(crate) const PULL_DOWN: i64 = 2;
/// `Timer.ONE_SHOT` / `Timer.PERIODIC`.
pub(crate) const ONE_SHOT: i64 = 0;
pub(crate) const PERIODIC: i64 = 1;

/// Class attributes of the peripheral classes.
pub(crate) const CLASS_CONSTS: &[(TypeId, &str, i64)] = &[
    (TypeId::Pin, "IN", MODE_IN),
    (TypeId::Pin, "OUT", MODE_OUT),
    (TypeId::Pin, "OPEN_DRAIN", MODE_OPEN_DRAIN),
    (TypeId::Pin, "PULL_UP", PULL_UP),
    (TypeId::Pin, "PULL_DOWN", PULL_DOWN),
    (TypeId::Pin, "IRQ_FALLING", IRQ_FALLING),
    (TypeId::Pin, "IRQ_RISING", IRQ_RISING),
    (TypeId::Timer, "ONE_SHOT", ONE_SHOT),
    (TypeId::Timer, "PERIODIC", PERIODIC),
    (TypeId::Spi, "MSB", super::spi::MSB),
    (TypeId::Spi, "LSB", super::spi::LSB),
];

/// Raises the exception MicroPython gives for a board error.
pub(crate) fn hal_error(it: &mut Interp, e: HalError) -> Thrown {
    match e.kind {
        HalErrorKind::NoSuchPin | HalErrorKind::Unsupported | HalErrorKind::OutOfRange => {
            it.raise(TypeId::ValueError, e.message)
        }
        HalErrorKind::NoDevice => os_error(it, 19, "ENODEV"),
        HalErrorKind::Io => os_error(it, 5, "EIO"),
    }
}

/// `OSError(errno, name)`: prints `[Errno 19] ENODEV` as on MicroPython, and
/// `e.args[0]` is the errno.
fn os_error(it: &mut Interp, errno: i64, name: &str) -> Thrown {
    let r = it
        .new_str(name)
        .and_then(|n| it.new_tuple_of(&[Value::small_int(errno), n]));
    match r.and_then(|args| it.exception_with_args(TypeId::OSError, args)) {
        Ok(e) => it.raise_value(e),
        Err(t) => t,
    }
}

fn int_arg(it: &mut Interp, v: Value, what: &str) -> PyResult<i64> {
    if !it.is_int(v) {
        let tn = it.type_name(v);
        return Err(it.raise_string(
            TypeId::TypeError,
            format!("{what}: can't convert {tn} to int"),
        ));
    }
    it.to_i64(v)
        .ok_or_else(|| it.raise(TypeId::OverflowError, "value too large"))
}

/// Resolves `Pin(…)`'s id argument (an int, a name, or a `Pin`).
pub(super) fn pin_id(it: &mut Interp, io: &mut dyn Board, v: Value) -> PyResult<PinId> {
    if let Some(id) = it.native_field(v, TypeId::Pin, pin::ID) {
        return Ok(id.as_small_int().unwrap_or(0) as PinId);
    }
    let r = if let Some(s) = it.as_str(v) {
        let name = alloc::string::String::from(s);
        io.pin_lookup(PinName::Name(&name))
    } else if it.is_int(v) {
        let n = it.to_i64(v).unwrap_or(-1);
        io.pin_lookup(PinName::Number(n))
    } else {
        let tn = it.type_name(v);
        return Err(it.raise_string(TypeId::TypeError, format!("expecting a pin, not {tn}")));
    };
    r.map_err(|e| hal_error(it, e))
}

fn mode_of(m: i64) -> Option<PinMode> {
    match m {
        MODE_IN => Some(PinMode::Input),
        MODE_OUT => Some(PinMode::Output),
        MODE_OPEN_DRAIN => Some(PinMode::OpenDrain),
        _ => None,
    }
}

fn pull_of(p: i64) -> Option<Pull> {
    match p {
        0 => Some(Pull::None),
        PULL_UP => Some(Pull::Up),
        PULL_DOWN => Some(Pull::Down),
        _ => None,
    }
}

/// Applies `mode`, `pull` and `value` to a Pin (shared by `Pin()` and `Pin.init()`).
pub(super) fn pin_configure(
    it: &mut Interp,
    io: &mut dyn Board,
    p: Value,
    mode: Option<Value>,
    pull: Option<Value>,
    value: Option<Value>,
) -> PyResult<()> {
    let id = it
        .native_field(p, TypeId::Pin, pin::ID)
        .and_then(|v| v.as_small_int())
        .unwrap_or(0) as PinId;
    let mut m = it
        .native_field(p, TypeId::Pin, pin::MODE)
        .and_then(|v| v.as_small_int())
        .unwrap_or(-1);
    let mut pl = it
        .native_field(p, TypeId::Pin, pin::PULL)
        .and_then(|v| v.as_small_int())
        .unwrap_or(0);
    if let Some(v) = mode.filter(|v| !v.is_none()) {
        let x = int_arg(it, v, "mode")?;
        if x != -1 {
            if mode_of(x).is_none() {
                return Err(it.raise_string(TypeId::ValueError, format!("invalid pin mode: {x}")));
            }
            m = x;
        }
    }
    if let Some(v) = pull {
        let x = if v.is_none() {
            0
        } else {
            int_arg(it, v, "pull")?
        };
        if x != -1 {
            if pull_of(x).is_none() {
                return Err(it.raise_string(TypeId::ValueError, format!("invalid pull value: {x}")));
            }
            pl = x;
        }
    }
    if let Some(v) = value.filter(|v| !v.is_none()) {
        let high = it.truthy(v);
        io.pin_write(id, high).map_err(|e| hal_error(it, e))?;
    }
    if let (Some(md), Some(pu)) = (mode_of(m), pull_of(pl)) {
        io.pin_setup(id, md, pu).map_err(|e| hal_error(it, e))?;
    }
    it.set_native_field(p, pin::MODE, Value::small_int(m));
    it.set_native_field(p, pin::PULL, Value::small_int(pl));
    Ok(())
}

/// `Pin(id, mode=-1, pull=-1, *, value=None)`.
pub(crate) fn new_pin(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "Pin", 1, 3, &["mode", "pull", "value"])?;
    let id = pin_id(it, io, a.pos(it, 0))?;
    let fields = [
        Value::small_int(id as i64),
        Value::small_int(-1),
        Value::small_int(0),
        Value::NONE,
        Value::small_int(0),
    ];
    debug_assert_eq!(fields.len(), pin::FIELDS);
    let p = it.new_native(TypeId::Pin, &fields)?;
    it.stack.push(p);
    let mode = a.opt(it, 1).or_else(|| a.kw(it, "mode"));
    let pull = a.opt(it, 2).or_else(|| a.kw(it, "pull"));
    let value = a.kw(it, "value");
    let r = pin_configure(it, io, p, mode, pull, value);
    let p = it.stack.pop().unwrap_or(p);
    r.map(|_| p)
}

fn this_pin(it: &Interp, a: &Args) -> PinId {
    it.native_field(a.pos(it, 0), TypeId::Pin, pin::ID)
        .and_then(|v| v.as_small_int())
        .unwrap_or(0) as PinId
}

pub(super) fn pin_init(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "init", 1, 3, &["mode", "pull", "value"])?;
    let mode = a.opt(it, 1).or_else(|| a.kw(it, "mode"));
    let pull = a.opt(it, 2).or_else(|| a.kw(it, "pull"));
    let value = a.kw(it, "value");
    pin_configure(it, io, a.pos(it, 0), mode, pull, value)?;
    Ok(Value::NONE)
}

/// `pin.value([x])` and `pin([x])`.
pub(crate) fn pin_value(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "value", 1, 2, &[])?;
    let id = this_pin(it, &a);
    match a.opt(it, 1) {
        Some(v) => {
            let high = it.truthy(v);
            io.pin_write(id, high).map_err(|e| hal_error(it, e))?;
            Ok(Value::NONE)
        }
        None => {
            let level = io.pin_read(id).map_err(|e| hal_error(it, e))?;
            Ok(Value::small_int(level as i64))
        }
    }
}

fn pin_set(
    it: &mut Interp,
    io: &mut dyn Board,
    a: Args,
    name: &str,
    high: bool,
) -> PyResult<Value> {
    a.check(it, name, 1, 1, &[])?;
    let id = this_pin(it, &a);
    io.pin_write(id, high).map_err(|e| hal_error(it, e))?;
    Ok(Value::NONE)
}

pub(super) fn pin_on(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    pin_set(it, io, a, "on", true)
}

pub(super) fn pin_off(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    pin_set(it, io, a, "off", false)
}

pub(super) fn pin_toggle(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "toggle", 1, 1, &[])?;
    let id = this_pin(it, &a);
    let level = io.pin_read(id).map_err(|e| hal_error(it, e))?;
    io.pin_write(id, !level).map_err(|e| hal_error(it, e))?;
    Ok(Value::NONE)
}

/// `pin.irq(handler=None, trigger=IRQ_FALLING|IRQ_RISING, hard=False)`.
pub(super) fn pin_irq(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "irq", 1, 4, &["handler", "trigger", "hard"])?;
    let p = a.pos(it, 0);
    let id = this_pin(it, &a);
    let handler = a
        .opt(it, 1)
        .or_else(|| a.kw(it, "handler"))
        .unwrap_or(Value::NONE);
    let trigger = match a.opt(it, 2).or_else(|| a.kw(it, "trigger")) {
        Some(v) => int_arg(it, v, "trigger")?,
        None => IRQ_FALLING | IRQ_RISING,
    };
    if trigger & !(IRQ_FALLING | IRQ_RISING) != 0 {
        return Err(it.raise(TypeId::ValueError, "invalid trigger"));
    }
    let active = !handler.is_none() && trigger != 0;
    io.pin_watch(
        id,
        active && trigger & IRQ_RISING != 0,
        active && trigger & IRQ_FALLING != 0,
    )
    .map_err(|e| hal_error(it, e))?;
    let p = a.pos(it, 0).as_obj().map_or(p, Value::obj);
    it.set_native_field(p, pin::HANDLER, handler);
    it.set_native_field(p, pin::TRIGGER, Value::small_int(trigger));
    // One registration per pin: a new irq() replaces the old handler.
    let same_pin = |it: &Interp, q: Value| {
        it.native_field(q, TypeId::Pin, pin::ID) == Some(Value::small_int(id as i64))
    };
    let keep: alloc::vec::Vec<Value> = it
        .sched
        .irqs
        .iter()
        .copied()
        .filter(|q| !same_pin(it, *q))
        .collect();
    it.sched.irqs = keep;
    if active {
        it.sched.irqs.push(p);
    }
    Ok(Value::NONE)
}

/// `PWM(pin, *, freq, duty_u16, duty_ns)`.
pub(crate) fn new_pwm(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "PWM", 1, 1, &["freq", "duty_u16", "duty_ns"])?;
    let id = pin_id(it, io, a.pos(it, 0))?;
    io.pwm_start(id).map_err(|e| hal_error(it, e))?;
    let p = it.new_native(TypeId::Pwm, &[Value::small_int(id as i64)])?;
    it.stack.push(p);
    let r = pwm_apply(it, io, id, a);
    let p = it.stack.pop().unwrap_or(p);
    r.map(|_| p)
}

fn pwm_apply(it: &mut Interp, io: &mut dyn Board, id: PinId, a: Args) -> PyResult<()> {
    if let Some(f) = a.kw(it, "freq") {
        let hz = int_arg(it, f, "freq")?;
        set_freq(it, io, id, hz)?;
    }
    if let Some(d) = a.kw(it, "duty_u16") {
        let d = int_arg(it, d, "duty_u16")?;
        set_duty(it, io, id, d)?;
    }
    if let Some(d) = a.kw(it, "duty_ns") {
        let ns = int_arg(it, d, "duty_ns")?;
        set_duty_ns(it, io, id, ns)?;
    }
    Ok(())
}

fn set_freq(it: &mut Interp, io: &mut dyn Board, id: PinId, hz: i64) -> PyResult<()> {
    let Ok(hz) = u32::try_from(hz) else {
        return Err(it.raise(TypeId::ValueError, "freq out of range"));
    };
    io.pwm_set_freq(id, hz).map_err(|e| hal_error(it, e))
}

fn set_duty(it: &mut Interp, io: &mut dyn Board, id: PinId, d: i64) -> PyResult<()> {
    // MicroPython clamps duty_u16 to 0..=65535.
    let d = d.clamp(0, 65535) as u16;
    io.pwm_set_duty_u16(id, d).map_err(|e| hal_error(it, e))
}

fn set_duty_ns(it: &mut Interp, io: &mut dyn Board, id: PinId, ns: i64) -> PyResult<()> {
    let hz = io.pwm_freq(id).map_err(|e| hal_error(it, e))? as i64;
    let d = (ns.max(0) as i128 * hz as i128 * 65536 / 1_000_000_000) as i64;
    set_duty(it, io, id, d)
}

fn this_pwm(it: &Interp, a: &Args) -> PinId {
    it.native_field(a.pos(it, 0), TypeId::Pwm, 0)
        .and_then(|v| v.as_small_int())
        .unwrap_or(0) as PinId
}

pub(super) fn pwm_freq(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "freq", 1, 2, &[])?;
    let id = this_pwm(it, &a);
    match a.opt(it, 1) {
        Some(v) => {
            let hz = int_arg(it, v, "freq")?;
            set_freq(it, io, id, hz)?;
            Ok(Value::NONE)
        }
        None => {
            let hz = io.pwm_freq(id).map_err(|e| hal_error(it, e))?;
            Ok(Value::small_int(hz as i64))
        }
    }
}

pub(super) fn pwm_duty_u16(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "duty_u16", 1, 2, &[])?;
    let id = this_pwm(it, &a);
    match a.opt(it, 1) {
        Some(v) => {
            let d = int_arg(it, v, "duty_u16")?;
            set_duty(it, io, id, d)?;
            Ok(Value::NONE)
        }
        None => {
            let d = io.pwm_duty_u16(id).map_err(|e| hal_error(it, e))?;
            Ok(Value::small_int(d as i64))
        }
    }
}

pub(super) fn pwm_duty_ns(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "duty_ns", 1, 2, &[])?;
    let id = this_pwm(it, &a);
    match a.opt(it, 1) {
        Some(v) => {
            let ns = int_arg(it, v, "duty_ns")?;
            set_duty_ns(it, io, id, ns)?;
            Ok(Value::NONE)
        }
        None => {
            let hz = io.pwm_freq(id).map_err(|e| hal_error(it, e))? as i64;
            let d = io.pwm_duty_u16(id).map_err(|e| hal_error(it, e))? as i64;
            let ns = if hz == 0 {
                0
            } else {
                d * 1_000_000_000 / hz / 65536
            };
            Ok(Value::small_int(ns))
        }
    }
}

pub(super) fn pwm_deinit(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "deinit", 1, 1, &[])?;
    let id = this_pwm(it, &a);
    io.pwm_stop(id).map_err(|e| hal_error(it, e))?;
    Ok(Value::NONE)
}

/// `ADC(pin)`.
pub(crate) fn new_adc(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "ADC", 1, 1, &[])?;
    let v = a.pos(it, 0);
    let id = if it.native_field(v, TypeId::Pin, pin::ID).is_none() && it.is_int(v) {
        let n = it.to_i64(v).unwrap_or(-1);
        io.adc_channel(n).map_err(|e| hal_error(it, e))?
    } else {
        let id = pin_id(it, io, v)?;
        io.adc_open(id).map_err(|e| hal_error(it, e))?;
        id
    };
    it.new_native(TypeId::Adc, &[Value::small_int(id as i64)])
}

pub(super) fn adc_read_u16(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "read_u16", 1, 1, &[])?;
    let id = it
        .native_field(a.pos(it, 0), TypeId::Adc, 0)
        .and_then(|v| v.as_small_int())
        .unwrap_or(0) as PinId;
    it.charge(io);
    let v = io.adc_read_u16(id).map_err(|e| hal_error(it, e))?;
    Ok(Value::small_int(v as i64))
}

/// `Timer(id=-1, *, mode, freq, period, callback)`.
pub(crate) fn new_timer(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(
        it,
        "Timer",
        0,
        1,
        &["mode", "freq", "period", "callback", "tick_hz"],
    )?;
    let id = match a.opt(it, 0) {
        Some(v) => int_arg(it, v, "id")?,
        None => -1,
    };
    let fields = [
        Value::small_int(id),
        Value::FALSE,
        Value::small_int(0),
        Value::small_int(0),
        Value::NONE,
    ];
    debug_assert_eq!(fields.len(), timer::FIELDS);
    let t = it.new_native(TypeId::Timer, &fields)?;
    let any = ["mode", "freq", "period", "callback"]
        .iter()
        .any(|k| a.kw(it, k).is_some());
    if !any {
        return Ok(t);
    }
    it.stack.push(t);
    let r = timer_start(it, io, t, a);
    let t = it.stack.pop().unwrap_or(t);
    r.map(|_| t)
}

fn timer_start(it: &mut Interp, io: &mut dyn Board, t: Value, a: Args) -> PyResult<()> {
    let mode = match a.kw(it, "mode") {
        Some(v) => int_arg(it, v, "mode")?,
        None => PERIODIC,
    };
    if mode != ONE_SHOT && mode != PERIODIC {
        return Err(it.raise(TypeId::ValueError, "invalid mode"));
    }
    let period_ns = if let Some(f) = a.kw(it, "freq").filter(|v| !v.is_none()) {
        // An int frequency in integer arithmetic: no soft-float code in a
        // VM without floats.
        match (f.as_float(), it.to_i64(f).filter(|_| it.is_int(f))) {
            (Some(hz), _) if hz > 0.0 => (1e9 / hz) as i64,
            (None, Some(hz)) if hz > 0 => 1_000_000_000 / hz,
            _ => return Err(it.raise(TypeId::ValueError, "freq must be positive")),
        }
    } else if let Some(p) = a.kw(it, "period").filter(|v| !v.is_none()) {
        let ms = int_arg(it, p, "period")?;
        if ms < 0 {
            return Err(it.raise(TypeId::ValueError, "period must be positive"));
        }
        let tick_hz = match a.kw(it, "tick_hz") {
            Some(v) => int_arg(it, v, "tick_hz")?.max(1),
            None => 1000,
        };
        ms.saturating_mul(1_000_000_000 / tick_hz)
    } else {
        return Err(it.raise(TypeId::ValueError, "Timer needs freq or period"));
    };
    let cb = a.kw(it, "callback").unwrap_or(Value::NONE);
    it.charge(io);
    let next = (io.now_ns() as i64)
        .saturating_add(period_ns)
        .min(crate::value::SMALL_INT_MAX);
    it.set_native_field(t, timer::PERIODIC, Value::bool(mode == PERIODIC));
    it.set_native_field(
        t,
        timer::PERIOD_NS,
        Value::small_int(period_ns.min(crate::value::SMALL_INT_MAX)),
    );
    it.set_native_field(t, timer::NEXT_NS, Value::small_int(next));
    it.set_native_field(t, timer::CALLBACK, cb);
    if !it.sched.timers.contains(&t) {
        it.sched.timers.push(t);
    }
    Ok(())
}

pub(super) fn timer_init(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(
        it,
        "init",
        1,
        1,
        &["mode", "freq", "period", "callback", "tick_hz"],
    )?;
    let t = a.pos(it, 0);
    timer_start(it, io, t, a)?;
    Ok(Value::NONE)
}

pub(super) fn timer_deinit(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "deinit", 1, 1, &[])?;
    let t = a.pos(it, 0);
    it.sched.timers.retain(|x| *x != t);
    Ok(Value::NONE)
}

/// `machine.freq()`: the CPU clock the board reports (fixed on the simulator).
pub(super) fn freq(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "freq", 0, 1, &[])?;
    if a.npos(it) == 1 {
        return Err(it.not_implemented("changing the CPU frequency"));
    }
    Ok(Value::small_int(125_000_000))
}

/// `machine.time_pulse_us(pin, pulse_level, timeout_us=1000000)`: waits
/// for `pin` to read `pulse_level`, then times how long it stays there, in
/// µs; -2 if it never got there within `timeout_us`, -1 if the pulse
/// outlasted it. A busy loop as on MicroPython (no callbacks run in it);
/// each poll of the pin reports a few instructions, so in the simulator
/// virtual time moves and the stimulus plays while it waits.
pub(super) fn time_pulse_us(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "time_pulse_us", 2, 3, &[])?;
    let pin = pin_id(it, io, a.pos(it, 0))?;
    let level = it.truthy(a.pos(it, 1));
    let timeout_ns = match a.opt(it, 2) {
        Some(v) => (int_arg(it, v, "timeout_us")?.max(0) as u64).saturating_mul(1000),
        None => 1_000_000_000,
    };
    it.charge(io);
    let mut polls = 0u32;
    if wait_while(it, io, pin, !level, timeout_ns, &mut polls)?.is_none() {
        return Ok(Value::small_int(-2));
    }
    Ok(Value::small_int(
        match wait_while(it, io, pin, level, timeout_ns, &mut polls)? {
            Some(ns) => (ns / 1000) as i64,
            None => -1,
        },
    ))
}

/// Polls `pin` while it reads `level`: how long that lasted in ns, or
/// `None` past `timeout_ns`. Each poll reports a few instructions.
fn wait_while(
    it: &mut Interp,
    io: &mut dyn Board,
    pin: PinId,
    level: bool,
    timeout_ns: u64,
    polls: &mut u32,
) -> PyResult<Option<u64>> {
    /// Instructions charged per poll: about what a compiled loop takes.
    const POLL: u64 = 20;
    let start = io.now_ns();
    while io.pin_read(pin).map_err(|e| hal_error(it, e))? == level {
        if io.now_ns().saturating_sub(start) >= timeout_ns {
            return Ok(None);
        }
        io.charge(POLL);
        *polls = polls.wrapping_add(1);
        if polls.is_multiple_of(256) && io.stop_requested() {
            return Err(it.stop());
        }
    }
    Ok(Some(io.now_ns() - start))
}

/// `machine.idle()`: a safe point (callbacks may run).
pub(super) fn idle(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "idle", 0, 0, &[])?;
    it.safe_point(io)?;
    Ok(Value::NONE)
}

/// `machine.disable_irq()`: returns the previous state for `enable_irq`.
pub(super) fn disable_irq(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "disable_irq", 0, 0, &[])?;
    let was = !it.sched.in_callback;
    it.sched.in_callback = true;
    Ok(Value::bool(was))
}

/// `machine.enable_irq(state)`.
pub(super) fn enable_irq(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "enable_irq", 0, 1, &[])?;
    let on = a.opt(it, 0).is_none_or(|v| it.truthy(v));
    if on {
        it.sched.in_callback = false;
    }
    Ok(Value::NONE)
}
