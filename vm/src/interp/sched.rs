//! Callbacks at safe points: pin interrupts, timers and
//! `micropython.schedule`. The dispatch loop calls [`Interp::safe_point`] at
//! back-edges and calls, never in the middle of an opcode; sleeping waits on
//! the board's clock and services callbacks while it waits.

use super::{Interp, PyResult, Thrown};
use crate::hal::{Board, Event, Note};
use crate::types::TypeId;
use crate::value::Value;
use alloc::string::String;
use alloc::vec::Vec;

/// Field layout of a `Timer` instance.
pub(crate) mod timer {
    pub const ID: usize = 0;
    pub const PERIODIC: usize = 1;
    pub const PERIOD_NS: usize = 2;
    pub const NEXT_NS: usize = 3;
    pub const CALLBACK: usize = 4;
    pub const FIELDS: usize = 5;
}

/// Field layout of a `Pin` instance.
pub(crate) mod pin {
    pub const ID: usize = 0;
    pub const MODE: usize = 1;
    pub const PULL: usize = 2;
    pub const HANDLER: usize = 3;
    pub const TRIGGER: usize = 4;
    pub const FIELDS: usize = 5;
}

/// `Pin.IRQ_FALLING` (rp2 value).
pub(crate) const IRQ_FALLING: i64 = 4;
/// `Pin.IRQ_RISING` (rp2 value).
pub(crate) const IRQ_RISING: i64 = 8;

/// What a queued callback came from (for traces and error reports).
#[derive(Clone, Copy, Debug)]
pub(crate) enum Source {
    Pin(u16),
    Timer(i64),
    Schedule,
}

/// Scheduler state. The `Value`s are GC roots.
#[derive(Default)]
pub(crate) struct Sched {
    /// Callbacks waiting to run: `(function, argument)`.
    pub queue: Vec<(Value, Value, Source)>,
    /// Active `Timer` objects.
    pub timers: Vec<Value>,
    /// `Pin` objects with an IRQ handler.
    pub irqs: Vec<Value>,
    /// Instructions executed since the last safe point (the dispatch loop
    /// holds a safe point when this reaches its interval).
    pub ticks: u64,
    /// How many of `ticks` board-facing built-ins already charged to the
    /// board's clock (they charge mid-instruction so the board sees exact
    /// time). Kept apart so charging never delays the next safe point:
    /// `while True: print(1)` must still see a stop request.
    pub charged: u64,
    /// A callback is running (callbacks do not nest).
    pub in_callback: bool,
    /// The host asked to stop; the run is unwinding.
    pub stopping: bool,
    /// An exception in a callback ends the run (`sim-host --strict`).
    pub strict: bool,
}

impl Sched {
    /// Every value the scheduler holds, for the collector.
    pub fn roots_mut(&mut self) -> impl Iterator<Item = &mut Value> {
        self.queue
            .iter_mut()
            .flat_map(|(f, a, _)| [f, a])
            .chain(self.timers.iter_mut())
            .chain(self.irqs.iter_mut())
    }
}

impl Interp {
    /// Charges executed instructions to the board's clock.
    pub(crate) fn charge(&mut self, io: &mut dyn Board) {
        let t = self.sched.ticks.saturating_sub(self.sched.charged);
        self.sched.charged = self.sched.ticks;
        if t > 0 {
            io.charge(t);
        }
    }

    /// Starts a clean stop: every frame unwinds without running handlers.
    pub(crate) fn stop(&mut self) -> Thrown {
        self.sched.stopping = true;
        self.exc = Value::NONE;
        Thrown
    }

    /// The periodic work at a safe point: account time, honour a stop
    /// request, turn board events and due timers into callbacks, run them.
    pub(crate) fn safe_point(&mut self, io: &mut dyn Board) -> PyResult<()> {
        self.charge(io);
        self.sched.ticks = 0;
        self.sched.charged = 0;
        if io.stop_requested() {
            return Err(self.stop());
        }
        if self.sched.in_callback {
            return Ok(());
        }
        self.gather_events(io);
        if self.sched.queue.is_empty() {
            return Ok(());
        }
        self.run_callbacks(io)
    }

    fn gather_events(&mut self, io: &mut dyn Board) {
        while let Some(ev) = io.next_event() {
            let Event::PinEdge { pin, rising, .. } = ev;
            let want = if rising { IRQ_RISING } else { IRQ_FALLING };
            for i in 0..self.sched.irqs.len() {
                let p = self.sched.irqs[i];
                let id = self
                    .native_field(p, TypeId::Pin, pin::ID)
                    .and_then(|v| v.as_small_int());
                let trig = self
                    .native_field(p, TypeId::Pin, pin::TRIGGER)
                    .and_then(|v| v.as_small_int());
                let handler = self
                    .native_field(p, TypeId::Pin, pin::HANDLER)
                    .unwrap_or(Value::NONE);
                if id == Some(pin as i64) && trig.unwrap_or(0) & want != 0 && !handler.is_none() {
                    self.sched.queue.push((handler, p, Source::Pin(pin)));
                }
            }
        }
        if self.sched.timers.is_empty() {
            return;
        }
        let now = io.now_ns();
        // Due timers fire in deadline order (ties: creation order).
        loop {
            let due = self
                .sched
                .timers
                .iter()
                .enumerate()
                .filter_map(|(i, t)| Some((self.timer_next(*t)?, i)))
                .filter(|(next, _)| *next <= now)
                .min();
            let Some((next, i)) = due else { break };
            let t = self.sched.timers[i];
            let periodic =
                self.native_field(t, TypeId::Timer, timer::PERIODIC) == Some(Value::TRUE);
            let period = self
                .native_field(t, TypeId::Timer, timer::PERIOD_NS)
                .and_then(|v| v.as_small_int())
                .unwrap_or(0);
            let id = self
                .native_field(t, TypeId::Timer, timer::ID)
                .and_then(|v| v.as_small_int())
                .unwrap_or(-1);
            let cb = self
                .native_field(t, TypeId::Timer, timer::CALLBACK)
                .unwrap_or(Value::NONE);
            if periodic && period > 0 {
                let n = (next as i64 + period).min(crate::value::SMALL_INT_MAX);
                self.set_native_field(t, timer::NEXT_NS, Value::small_int(n));
            } else {
                self.sched.timers.remove(i);
            }
            if !cb.is_none() {
                self.sched.queue.push((cb, t, Source::Timer(id)));
            }
        }
    }

    fn timer_next(&self, t: Value) -> Option<u64> {
        self.native_field(t, TypeId::Timer, timer::NEXT_NS)?
            .as_small_int()
            .map(|n| n.max(0) as u64)
    }

    /// The earliest pending timer deadline.
    pub(crate) fn next_timer_ns(&self) -> Option<u64> {
        self.sched
            .timers
            .iter()
            .filter_map(|t| self.timer_next(*t))
            .min()
    }

    fn run_callbacks(&mut self, io: &mut dyn Board) -> PyResult<()> {
        while !self.sched.queue.is_empty() {
            let (f, arg, source) = self.sched.queue.remove(0);
            let name = source_name(source);
            io.note(Note::CallbackStart { source: &name });
            self.sched.in_callback = true;
            let r = self.call_value(io, f, &[arg]);
            self.sched.in_callback = false;
            if r.is_err() {
                if self.sched.stopping || self.sched.strict {
                    return r.map(|_| ());
                }
                // Like MicroPython: report and carry on.
                let report = self.uncaught();
                let text = alloc::format!("Uncaught exception in {name} callback:\n{report}");
                io.write_str(&text);
                self.exc = Value::NONE;
            }
        }
        Ok(())
    }

    /// Sleeps until `deadline_ns` on the board's clock, running callbacks
    /// that become due meanwhile (not from inside a callback).
    pub(crate) fn sleep_until(&mut self, io: &mut dyn Board, deadline_ns: u64) -> PyResult<()> {
        loop {
            self.safe_point(io)?;
            if io.now_ns() >= deadline_ns {
                return Ok(());
            }
            let wake = match self.next_timer_ns() {
                Some(t) if !self.sched.in_callback => t.min(deadline_ns),
                _ => deadline_ns,
            };
            let before = io.now_ns();
            let event = io.wait_until_ns(wake);
            if !event && io.now_ns() == before && before < wake && io.stop_requested() {
                return Err(self.stop());
            }
        }
    }

    /// After the script ends: keep servicing timers and interrupts while any
    /// are active, until the host asks to stop or nothing can happen any more.
    pub(crate) fn idle(&mut self, io: &mut dyn Board) -> PyResult<()> {
        loop {
            self.safe_point(io)?;
            if self.sched.timers.is_empty() && self.sched.irqs.is_empty() {
                return Ok(());
            }
            let before = io.now_ns();
            let wake = self.next_timer_ns().unwrap_or(u64::MAX);
            let event = io.wait_until_ns(wake);
            if !event && io.now_ns() == before && self.next_timer_ns().is_none_or(|t| t > before) {
                // Time cannot move and nothing is pending: nothing more will happen.
                return Ok(());
            }
        }
    }
}

fn source_name(s: Source) -> String {
    match s {
        Source::Pin(p) => alloc::format!("Pin({p}).irq"),
        Source::Timer(id) => alloc::format!("Timer({id})"),
        Source::Schedule => String::from("micropython.schedule"),
    }
}
