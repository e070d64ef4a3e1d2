//! The `micropython` module: `const`, `schedule`, and MicroPython's
//! introspection and tuning calls, answered for this VM.

use super::Args;
use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

/// `micropython.const(x)`: the value itself.
pub(super) fn mp_const(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "const", 1, 1, &[])?;
    Ok(a.pos(it, 0))
}

/// `micropython.schedule(func, arg)`: run `func(arg)` at the next safe point.
pub(super) fn mp_schedule(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "schedule", 2, 2, &[])?;
    // MicroPython's queue holds a handful of entries; overflowing it is an error.
    if it.sched.queue.len() >= 32 {
        return Err(it.raise(TypeId::RuntimeError, "schedule queue full"));
    }
    let (f, arg) = (a.pos(it, 0), a.pos(it, 1));
    it.sched
        .queue
        .push((f, arg, crate::interp::sched::Source::Schedule));
    Ok(Value::NONE)
}

/// `micropython.alloc_emergency_exception_buf(size)`: accepted, nothing to
/// do. MicroPython needs the buffer because a hard interrupt handler cannot
/// allocate; here callbacks run at the VM's safe points, where raising
/// allocates like anywhere else.
pub(super) fn mp_alloc_emergency_exception_buf(
    it: &mut Interp,
    _: &mut dyn Board,
    a: Args,
) -> PyResult<Value> {
    accept_int(
        it,
        a,
        "alloc_emergency_exception_buf",
        "size must be an int",
    )
}

/// A call that takes one int and has nothing to do with it here.
fn accept_int(it: &mut Interp, a: Args, name: &str, not_int: &str) -> PyResult<Value> {
    a.check(it, name, 1, 1, &[])?;
    if !it.is_int(a.pos(it, 0)) {
        return Err(it.raise(TypeId::TypeError, not_int));
    }
    Ok(Value::NONE)
}

/// `micropython.opt_level([level])`: the level is remembered and returned;
/// it changes nothing, because the program was compiled before it ran
/// (MicroPython's levels affect code compiled afterwards).
pub(super) fn mp_opt_level(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "opt_level", 0, 1, &[])?;
    match a.opt(it, 0) {
        None => Ok(Value::small_int(i64::from(it.opt_level))),
        Some(v) => match it.to_i64(v).filter(|_| it.is_int(v)) {
            Some(level @ 0..=3) => {
                it.opt_level = level as u8;
                Ok(Value::NONE)
            }
            _ => Err(it.raise(TypeId::ValueError, "opt_level must be 0..3")),
        },
    }
}

/// `micropython.kbd_intr(chr)`: accepted (`-1` disables Ctrl-C). The
/// console here is output only: nothing reads a Ctrl-C from it.
pub(super) fn mp_kbd_intr(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    accept_int(it, a, "kbd_intr", "chr must be an int")
}

/// `micropython.stack_use()`: bytes of the VM's value stack in use (its
/// frames live there, not on the native stack).
pub(super) fn mp_stack_use(it: &mut Interp, _: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "stack_use", 0, 0, &[])?;
    Ok(Value::small_int((it.stack.len() * 8) as i64))
}

/// `micropython.mem_info([verbose])`: the VM heap's use, on the console.
pub(super) fn mp_mem_info(it: &mut Interp, io: &mut dyn Board, a: Args) -> PyResult<Value> {
    a.check(it, "mem_info", 0, 1, &[])?;
    let text = alloc::format!(
        "stack: {} out of {}\nGC: total: {}, used: {}, free: {}\n",
        it.stack.len() * 8,
        it.heap.capacity_bytes(),
        it.heap.capacity_bytes(),
        it.heap.used_bytes(),
        it.heap.free_bytes(),
    );
    it.charge(io);
    io.write_str(&text);
    Ok(Value::NONE)
}
