//! The trace of a run: one line per board event, stable across runs, and a
//! VCD (value change dump) of pin levels and PWM settings for waveform viewers.
//!
//! Text format, one event per line:
//!
//! ```text
//!    0.000000000s gpio    GP25 = 1
//!    1.000000000s stim    GP14 = 0
//!    1.000000350s vm      callback Pin(14).irq
//!    1.000000900s console button pressed
//! ```
//!
//! The time is the virtual time, 14 columns (`{:>4}.{:09}s`); the source is
//! padded to 7 columns; then the event. Sources: `console` (a completed line
//! of output), `gpio` (the script changed a pin), `stim` (the stimulus file
//! did), `pwm`, `uart`, `i2c` and `vm` (the VM's notes, e.g. a callback
//! starting).

use crate::spec::BoardSpec;
use crate::time::format_time;
use std::fmt;
use std::io::{self, Write};
use vm::hal::PinId;

/// Who caused an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TraceSource {
    /// A line the script printed.
    Console,
    /// The script drove or configured a pin.
    Gpio,
    /// The stimulus file changed an input.
    Stim,
    /// PWM settings.
    Pwm,
    /// UART traffic.
    Uart,
    /// I2C traffic.
    I2c,
    /// SPI traffic.
    Spi,
    /// The VM (callbacks).
    Vm,
}

impl TraceSource {
    /// The word shown in the trace.
    pub fn tag(self) -> &'static str {
        match self {
            TraceSource::Console => "console",
            TraceSource::Gpio => "gpio",
            TraceSource::Stim => "stim",
            TraceSource::Pwm => "pwm",
            TraceSource::Uart => "uart",
            TraceSource::I2c => "i2c",
            TraceSource::Spi => "spi",
            TraceSource::Vm => "vm",
        }
    }
}

/// One line of the trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceEntry {
    /// Virtual time, ns.
    pub at_ns: u64,
    /// Who caused it.
    pub source: TraceSource,
    /// What happened, e.g. `GP25 = 1`.
    pub text: String,
}

impl fmt::Display for TraceEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = format!(
            "{} {:<7} {}",
            format_time(self.at_ns),
            self.source.tag(),
            self.text
        );
        f.write_str(line.trim_end())
    }
}

/// A pin's electrical level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Low.
    Low,
    /// High.
    High,
    /// Nothing drives it and no pull: reads as 0, drawn as `z`.
    Floating,
}

impl Level {
    /// What `pin_read` returns.
    pub fn reads_high(self) -> bool {
        self == Level::High
    }

    /// `0`, `1` or `z`.
    pub fn symbol(self) -> &'static str {
        match self {
            Level::Low => "0",
            Level::High => "1",
            Level::Floating => "z",
        }
    }
}

/// A change of a value shown in the VCD.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignalChange {
    /// A pin's level.
    Pin(PinId, Level),
    /// A pin's PWM duty (0..=65535), `None` when PWM stops.
    PwmDuty(PinId, Option<u16>),
    /// A pin's PWM frequency, Hz (0 when stopped).
    PwmFreq(PinId, u32),
}

type Live = Box<dyn FnMut(&TraceEntry)>;
type ChangeHook = Box<dyn FnMut(u64, SignalChange)>;

/// Collects trace entries (when recording) and hands them to a live viewer.
#[derive(Default)]
pub struct Trace {
    record: bool,
    entries: Vec<TraceEntry>,
    changes: Vec<(u64, SignalChange)>,
    live: Option<Live>,
    change_hook: Option<ChangeHook>,
    console_line: String,
}

impl fmt::Debug for Trace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Trace")
            .field("record", &self.record)
            .field("entries", &self.entries.len())
            .field("live", &self.live.is_some())
            .finish()
    }
}

impl Trace {
    /// Whether anyone listens (recording or live); the board skips
    /// formatting otherwise.
    pub fn enabled(&self) -> bool {
        self.record || self.live.is_some()
    }

    /// Keeps entries and signal changes in memory (for goldens and VCD).
    pub fn set_recording(&mut self, on: bool) {
        self.record = on;
    }

    /// Calls `f` with every entry as it happens (`--trace`).
    pub fn set_live(&mut self, f: impl FnMut(&TraceEntry) + 'static) {
        self.live = Some(Box::new(f));
    }

    /// Calls `f` with every value change (pin level, PWM duty and
    /// frequency) as it happens, recording or not: a waveform view.
    pub fn set_change_hook(&mut self, f: impl FnMut(u64, SignalChange) + 'static) {
        self.change_hook = Some(Box::new(f));
    }

    /// Adds an entry.
    pub fn push(&mut self, at_ns: u64, source: TraceSource, text: impl Into<String>) {
        if !self.enabled() {
            return;
        }
        let entry = TraceEntry {
            at_ns,
            source,
            text: text.into(),
        };
        if let Some(live) = &mut self.live {
            live(&entry);
        }
        if self.record {
            self.entries.push(entry);
        }
    }

    /// Records a value change for the VCD.
    pub fn change(&mut self, at_ns: u64, change: SignalChange) {
        if let Some(hook) = &mut self.change_hook {
            hook(at_ns, change);
        }
        if self.record {
            self.changes.push((at_ns, change));
        }
    }

    /// Console text: each completed line becomes a `console` entry.
    pub fn console(&mut self, at_ns: u64, text: &str) {
        if !self.enabled() {
            return;
        }
        self.console_line.push_str(text);
        while let Some(nl) = self.console_line.find('\n') {
            let line: String = self.console_line.drain(..=nl).collect();
            self.push(
                at_ns,
                TraceSource::Console,
                line.trim_end_matches(['\n', '\r']),
            );
        }
    }

    /// Emits a console line left without its newline (at the end of a run).
    pub fn flush_console(&mut self, at_ns: u64) {
        if !self.console_line.is_empty() {
            let line = std::mem::take(&mut self.console_line);
            self.push(at_ns, TraceSource::Console, line);
        }
    }

    /// The recorded entries.
    pub fn entries(&self) -> &[TraceEntry] {
        &self.entries
    }

    /// The recorded entries as text, one per line.
    pub fn text(&self) -> String {
        let mut s = String::new();
        for e in &self.entries {
            s.push_str(&e.to_string());
            s.push('\n');
        }
        s
    }

    /// The recorded value changes.
    pub fn changes(&self) -> &[(u64, SignalChange)] {
        &self.changes
    }

    /// Writes the recorded changes as VCD (1 ns timescale) ending at `end_ns`.
    /// Variables: one wire per pin that changed (`GP25`), and for pins that
    /// ran PWM a 16-bit duty and a 32-bit frequency (`GP15_duty`, `GP15_freq`).
    pub fn write_vcd(&self, board: &BoardSpec, end_ns: u64, out: impl Write) -> io::Result<()> {
        use std::collections::BTreeMap;
        use vcd::{TimescaleUnit, Value, VarType};

        let mut pins = BTreeMap::new();
        let mut pwm = BTreeMap::new();
        for (_, c) in &self.changes {
            match c {
                SignalChange::Pin(p, _) => {
                    pins.insert(*p, ());
                }
                SignalChange::PwmDuty(p, _) | SignalChange::PwmFreq(p, _) => {
                    pwm.insert(*p, ());
                }
            }
        }
        let mut w = vcd::Writer::new(out);
        w.version("ferrite hardware-models")?;
        w.timescale(1, TimescaleUnit::NS)?;
        w.add_module(&board.name)?;
        let mut pin_ids = BTreeMap::new();
        for p in pins.keys() {
            pin_ids.insert(*p, w.add_wire(1, &board.pin_name(*p))?);
        }
        let mut duty_ids = BTreeMap::new();
        let mut freq_ids = BTreeMap::new();
        for p in pwm.keys() {
            let name = board.pin_name(*p);
            duty_ids.insert(
                *p,
                w.add_var(VarType::Wire, 16, &format!("{name}_duty"), None)?,
            );
            freq_ids.insert(
                *p,
                w.add_var(VarType::Integer, 32, &format!("{name}_freq"), None)?,
            );
        }
        w.upscope()?;
        w.enddefinitions()?;
        let bits = |v: u64, n: u32| (0..n).rev().map(move |i| Value::from(v >> i & 1 == 1));
        w.timestamp(0)?;
        for id in pin_ids.values() {
            w.change_scalar(*id, Value::Z)?;
        }
        for p in pwm.keys() {
            w.change_vector(duty_ids[p], (0..16).map(|_| Value::X))?;
            w.change_vector(freq_ids[p], bits(0, 32))?;
        }
        // The last value written per variable, to leave out repeats.
        let mut last: BTreeMap<(u8, PinId), Option<u64>> = BTreeMap::new();
        for p in pin_ids.keys() {
            last.insert((0, *p), Some(Level::Floating as u64));
        }
        for p in pwm.keys() {
            last.insert((1, *p), None);
            last.insert((2, *p), Some(0));
        }
        let mut last_t = 0;
        for (t, c) in &self.changes {
            let (key, value) = match c {
                SignalChange::Pin(p, level) => ((0, *p), Some(*level as u64)),
                SignalChange::PwmDuty(p, d) => ((1, *p), d.map(u64::from)),
                SignalChange::PwmFreq(p, f) => ((2, *p), Some(u64::from(*f))),
            };
            if last.insert(key, value) == Some(value) {
                continue;
            }
            if *t != last_t {
                w.timestamp(*t)?;
                last_t = *t;
            }
            match c {
                SignalChange::Pin(p, level) => {
                    let v = match level {
                        Level::Low => Value::V0,
                        Level::High => Value::V1,
                        Level::Floating => Value::Z,
                    };
                    w.change_scalar(pin_ids[p], v)?;
                }
                SignalChange::PwmDuty(p, Some(d)) => {
                    w.change_vector(duty_ids[p], bits(u64::from(*d), 16))?
                }
                SignalChange::PwmDuty(p, None) => {
                    w.change_vector(duty_ids[p], (0..16).map(|_| Value::X))?
                }
                SignalChange::PwmFreq(p, f) => {
                    w.change_vector(freq_ids[p], bits(u64::from(*f), 32))?
                }
            }
        }
        if end_ns > last_t {
            w.timestamp(end_ns)?;
        }
        w.flush()
    }
}

/// Bytes as a Python-style string literal: `"hello\n"`, `"\x00\xff"`.
pub fn quote_bytes(data: &[u8]) -> String {
    let mut s = String::from("\"");
    for &b in data {
        match b {
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            b'\\' => s.push_str("\\\\"),
            b'"' => s.push_str("\\\""),
            0x20..=0x7e => s.push(char::from(b)),
            _ => s.push_str(&format!("\\x{b:02x}")),
        }
    }
    s.push('"');
    s
}

/// Bytes as hex in brackets: `[00 1a]`.
pub fn hex_bytes(data: &[u8]) -> String {
    let parts: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    format!("[{}]", parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_have_fixed_columns() {
        let e = TraceEntry {
            at_ns: 1_500_000_000,
            source: TraceSource::Gpio,
            text: "GP25 = 1".into(),
        };
        assert_eq!(e.to_string(), "   1.500000000s gpio    GP25 = 1");
    }

    #[test]
    fn console_lines_are_whole() {
        let mut t = Trace::default();
        t.set_recording(true);
        t.console(5, "a");
        t.console(6, "b\nc\n");
        t.console(7, "d");
        t.flush_console(8);
        let texts: Vec<_> = t
            .entries()
            .iter()
            .map(|e| (e.at_ns, e.text.as_str()))
            .collect();
        assert_eq!(texts, [(6, "ab"), (6, "c"), (8, "d")]);
    }

    #[test]
    fn quoting() {
        assert_eq!(quote_bytes(b"hi\n\x00\"\\"), r#""hi\n\x00\"\\""#);
        assert_eq!(hex_bytes(&[0, 0x1a]), "[00 1a]");
    }
}
