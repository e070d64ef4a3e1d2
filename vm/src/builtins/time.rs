//! The `time` module (MicroPython's), on the board's clock. Sleeping runs
//! due callbacks; the ticks functions wrap like MicroPython's (period 2³⁰).

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

const TICKS_PERIOD: i64 = 1 << 30;
const TICKS_MASK: i64 = TICKS_PERIOD - 1;

fn now(it: &mut Interp, io: &mut dyn Board) -> u64 {
    it.charge(io);
    io.now_ns()
}

fn sleep_ns(it: &mut Interp, io: &mut dyn Board, ns: u64) -> PyResult<Value> {
    let start = now(it, io);
    it.sleep_until(io, start.saturating_add(ns))?;
    Ok(Value::NONE)
}

/// The duration argument of `sleep`/`sleep_ms`/`sleep_us` in nanoseconds
/// (`unit_ns` per unit): an int, or a float in a VM with floats. A negative
/// duration is an error for `sleep` (CPython) and no sleep for the others
/// (MicroPython). Integer arithmetic when the argument is an int, so a VM
/// without floats links no soft-float code for it.
fn duration_ns(it: &mut Interp, a: &Args, name: &str, unit_ns: u64) -> PyResult<u64> {
    const LONGEST: u64 = u64::MAX / 2;
    a.check(it, name, 1, 1, &[])?;
    let v = a.pos(it, 0);
    let negative = if let Some(x) = v.as_float() {
        if !x.is_nan() && x >= 0.0 {
            return Ok((x * unit_ns as f64).min(LONGEST as f64) as u64);
        }
        true
    } else if it.is_int(v) {
        match it.to_i64(v) {
            Some(n) if n >= 0 => return Ok((n as u64).saturating_mul(unit_ns).min(LONGEST)),
            Some(_) => true,
            None if it.to_bigint(v).is_some_and(|b| !b.is_negative()) => return Ok(LONGEST),
            None => true,
        }
    } else {
        let tn = it.type_name(v);
        return Err(it.raise_string(
            TypeId::TypeError,
            alloc::format!("can't convert {tn} to float"),
        ));
    };
    if negative && name == "sleep" {
        return Err(it.raise(TypeId::ValueError, "sleep length must be non-negative"));
    }
    Ok(0)
}

pub(super) fn sleep(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    let ns = duration_ns(it, &a, "sleep", 1_000_000_000)?;
    sleep_ns(it, io, ns)
}

pub(super) fn sleep_ms(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    let ns = duration_ns(it, &a, "sleep_ms", 1_000_000)?;
    sleep_ns(it, io, ns)
}

pub(super) fn sleep_us(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    let ns = duration_ns(it, &a, "sleep_us", 1_000)?;
    sleep_ns(it, io, ns)
}

fn ticks(it: &mut Interp, io: &mut dyn Board, a: Args, name: &str, div: u64) -> PyResult<Value> {
    a.check(it, name, 0, 0, &[])?;
    let t = (now(it, io) / div) as i64 & TICKS_MASK;
    Ok(Value::small_int(t))
}

pub(super) fn ticks_ms(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    ticks(it, io, a, "ticks_ms", 1_000_000)
}

pub(super) fn ticks_us(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    ticks(it, io, a, "ticks_us", 1_000)
}

pub(super) fn ticks_cpu(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    ticks(it, io, a, "ticks_cpu", 1)
}

fn int2(it: &mut Interp, a: &Args, name: &str) -> PyResult<(i64, i64)> {
    a.check(it, name, 2, 2, &[])?;
    let (x, y) = (a.pos(it, 0), a.pos(it, 1));
    match (
        it.to_i64(x).filter(|_| it.is_int(x)),
        it.to_i64(y).filter(|_| it.is_int(y)),
    ) {
        (Some(x), Some(y)) => Ok((x, y)),
        _ => Err(it.raise(TypeId::TypeError, "can't convert to int")),
    }
}

pub(super) fn ticks_diff(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    let (end, start) = int2(it, &a, "ticks_diff")?;
    let half = TICKS_PERIOD / 2;
    let d = ((end.wrapping_sub(start).wrapping_add(half)) & TICKS_MASK) - half;
    Ok(Value::small_int(d))
}

pub(super) fn ticks_add(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    let (t, delta) = int2(it, &a, "ticks_add")?;
    if delta.abs() >= TICKS_PERIOD / 2 {
        return Err(it.raise(TypeId::OverflowError, "ticks interval overflow"));
    }
    Ok(Value::small_int(t.wrapping_add(delta) & TICKS_MASK))
}

/// `time.time()` (also `monotonic`, `perf_counter`): seconds of board time
/// as a float, as CPython returns.
pub(super) fn time(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "time", 0, 0, &[])?;
    let ns = now(it, io);
    if !cfg!(feature = "float") {
        // MicroPython without floats: whole seconds.
        return Ok(Value::small_int((ns / 1_000_000_000) as i64));
    }
    Ok(Value::float(ns as f64 / 1e9))
}

/// `time.time_ns()`.
pub(super) fn time_ns(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "time_ns", 0, 0, &[])?;
    let ns = now(it, io);
    it.new_int_i64(ns as i64)
}
