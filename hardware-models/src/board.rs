//! The simulated board: every `vm::hal` capability, driven by a board file
//! and an optional stimulus file, on a virtual clock.
//!
//! Time only moves when the VM sleeps ([`Clock::wait_until_ns`]) or is
//! charged for instructions ([`Clock::charge`]). On the way, the stimulus
//! timeline (pin changes, UART bytes) is applied in order; an edge on a
//! watched pin becomes an [`Event::PinEdge`] and ends a wait early.

use crate::clock::VirtualClock;
use crate::console::ConsoleSink;
use crate::devices::{I2cDevice, Tmp102};
use crate::live::{BoardSnapshot, LiveInput, LiveSource};
use crate::spec::{BoardSpec, DeviceKind, PwmChannel};
use crate::stimulus::{AdcInput, AdcUnit, Drive, Signal, Stimulus};
use crate::trace::{hex_bytes, quote_bytes, Level, SignalChange, Trace, TraceSource};
use std::collections::{BTreeMap, VecDeque};
use vm::hal::{
    Adc, Clock, Console, Event, Events, Gpio, HalError, HalErrorKind, HalResult, I2c, Note, PinId,
    PinMode, PinName, Pull, Pwm, Uart,
};

/// Temperature of a TMP102 the stimulus says nothing about, °C.
const DEFAULT_CELSIUS: f64 = 20.0;
/// Baud rate assumed for bytes arriving on a UART the script has not opened.
const DEFAULT_BAUD: u32 = 115_200;

/// Called with a virtual time the board is about to reach while waiting;
/// `--realtime` sleeps there until the wall clock catches up.
pub type Pacer = Box<dyn FnMut(u64)>;

#[derive(Clone, Copy, Debug, Default)]
struct PinState {
    /// `None` until `pin_setup`: an unconfigured pin floats like an input.
    mode: Option<PinMode>,
    pull: Option<Pull>,
    /// The output latch (`pin_write` stores it whatever the mode).
    out: bool,
    /// What the stimulus drives, if anything.
    external: Option<bool>,
    /// The level last reported, to detect changes.
    level: Option<Level>,
    watch_rising: bool,
    watch_falling: bool,
}

impl PinState {
    fn level(&self) -> Level {
        let outside = || match (self.external, self.pull) {
            (Some(true), _) => Level::High,
            (Some(false), _) => Level::Low,
            (None, Some(Pull::Up)) => Level::High,
            (None, Some(Pull::Down)) => Level::Low,
            _ => Level::Floating,
        };
        match self.mode {
            Some(PinMode::Output) => bool_level(self.out),
            Some(PinMode::OpenDrain) if !self.out => Level::Low,
            _ => outside(),
        }
    }
}

fn bool_level(high: bool) -> Level {
    if high {
        Level::High
    } else {
        Level::Low
    }
}

#[derive(Clone, Copy, Debug)]
struct PwmOut {
    running: bool,
}

#[derive(Debug, Default)]
struct UartState {
    baud: Option<u32>,
    /// Received bytes with the time each finishes arriving.
    rx: VecDeque<(u64, u8)>,
}

struct Bus {
    freq: Option<u32>,
    devices: BTreeMap<u8, Box<dyn I2cDevice>>,
}

#[derive(Clone, Debug)]
enum Timed {
    Pin(PinId, Drive),
    Uart(u8, Vec<u8>),
}

/// A simulated microcontroller board as the VM sees it.
pub struct SimBoard {
    console: ConsoleSink,
    clock: VirtualClock,
    spec: BoardSpec,
    pins: BTreeMap<PinId, PinState>,
    pwm_pins: BTreeMap<PinId, PwmOut>,
    slice_freq: BTreeMap<u8, u32>,
    channel_duty: BTreeMap<PwmChannel, u16>,
    adc: BTreeMap<u8, AdcInput>,
    uarts: BTreeMap<u8, UartState>,
    buses: BTreeMap<u8, Bus>,
    spis: BTreeMap<u8, spi::SpiBus>,
    timeline: Vec<(u64, Timed)>,
    next_timed: usize,
    pending: VecDeque<Event>,
    trace: Trace,
    until_ns: Option<u64>,
    pacer: Option<Pacer>,
    live: Option<Live>,
    stop_hook: Option<StopHook>,
}

/// Asked at every VM safe point whether the host wants the run to end
/// (a GUI's Stop or Reset); see [`SimBoard::set_stop_hook`].
pub type StopHook = Box<dyn FnMut() -> bool>;

struct Live {
    source: LiveSource,
    interval_ns: u64,
    last_poll_ns: Option<u64>,
}

impl std::fmt::Debug for SimBoard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimBoard")
            .field("board", &self.spec.name)
            .field("now_ns", &self.clock.now_ns())
            .field("console", &self.console)
            .field("trace", &self.trace)
            .finish_non_exhaustive()
    }
}

impl SimBoard {
    /// The default board (`pico`) at time 0, no stimulus, console to `console`.
    pub fn new(console: ConsoleSink) -> SimBoard {
        SimBoard::with_board(
            BoardSpec::builtin("pico").expect("pico is built in"),
            console,
        )
    }

    /// A board that records its console output (for tests).
    pub fn capturing() -> SimBoard {
        SimBoard::new(ConsoleSink::capture())
    }

    /// `spec` at time 0 with nothing attached from outside.
    pub fn with_board(spec: BoardSpec, console: ConsoleSink) -> SimBoard {
        let mut buses = BTreeMap::new();
        for i in &spec.i2cs {
            buses.insert(
                i.id,
                Bus {
                    freq: None,
                    devices: BTreeMap::new(),
                },
            );
        }
        for d in &spec.i2c_devices {
            if let Some(bus) = buses.get_mut(&d.bus) {
                bus.devices.insert(d.address, new_device(d.kind));
            }
        }
        let mut spis: BTreeMap<u8, spi::SpiBus> = spec
            .spis
            .iter()
            .map(|s| (s.id, Default::default()))
            .collect();
        for d in &spec.spi_devices {
            if let Some(bus) = spis.get_mut(&d.bus) {
                bus.attach(d.cs, spi::new_spi_device(d.kind, spec.adc.vref));
            }
        }
        let uarts = spec
            .uarts
            .iter()
            .map(|u| (u.id, UartState::default()))
            .collect();
        SimBoard {
            console,
            clock: VirtualClock::new(),
            pins: spec
                .pins
                .iter()
                .map(|p| (p.id, PinState::default()))
                .collect(),
            pwm_pins: BTreeMap::new(),
            slice_freq: BTreeMap::new(),
            channel_duty: BTreeMap::new(),
            adc: BTreeMap::new(),
            uarts,
            buses,
            spis,
            timeline: Vec::new(),
            next_timed: 0,
            pending: VecDeque::new(),
            trace: Trace::default(),
            until_ns: None,
            pacer: None,
            live: None,
            stop_hook: None,
            spec,
        }
    }

    /// Applies a stimulus (parsed for this board). Call before running.
    pub fn set_stimulus(&mut self, stim: Stimulus) {
        let mut timeline: Vec<(u64, Timed)> = Vec::new();
        timeline.extend(
            stim.pins
                .iter()
                .map(|p| (p.at_ns, Timed::Pin(p.pin, p.drive))),
        );
        timeline.extend(
            stim.uart_rx
                .into_iter()
                .map(|u| (u.at_ns, Timed::Uart(u.id, u.data))),
        );
        // Stable: pins before UART bytes at the same instant, file order within.
        timeline.sort_by_key(|(t, _)| *t);
        self.timeline = timeline;
        self.next_timed = 0;
        for a in stim.adc {
            self.adc.insert(a.channel, a);
        }
        for d in stim.i2c {
            let Some(bus) = self.buses.get_mut(&d.bus) else {
                continue;
            };
            if let Some(kind) = d.attach {
                bus.devices.insert(d.address, new_device(kind));
            }
            if let (Some(dev), Some(c)) = (bus.devices.get_mut(&d.address), d.celsius) {
                dev.set_celsius(c);
            }
        }
        for d in stim.spi {
            let vref = self.spec.adc.vref;
            let Some(bus) = self.spis.get_mut(&d.bus) else {
                continue;
            };
            if let Some(kind) = d.attach {
                if bus.device_mut(d.cs).is_none() {
                    bus.attach(d.cs, spi::new_spi_device(kind, vref));
                }
            }
            if let (Some(dev), Some((ch, v))) = (bus.device_mut(d.cs), d.volts) {
                dev.set_volts(ch, v);
            }
        }
        // Anything scheduled at time 0 has already happened.
        self.advance_to(self.clock.now_ns());
    }

    /// Gives the board views' panels something to drive where the board
    /// file and the stimulus left the buses empty: a TMP102 at 0x48 on the
    /// first I2C bus, and an MCP3008 on the first SPI bus's chip-select pin
    /// ([`crate::spec::BoardSpec::demo_spi_adc`]).
    pub fn attach_demo_devices(&mut self) {
        if self.snapshot().i2c_celsius.is_empty() {
            if let Some(bus) = self.spec.i2cs.first().map(|i| i.id) {
                self.attach_i2c(bus, 0x48, Box::new(Tmp102::new(Signal::Constant(20.0))));
            }
        }
        if self.snapshot().spi_volts.is_empty() {
            if let Some((bus, cs)) = self.spec.demo_spi_adc() {
                let vref = self.spec.adc.vref;
                self.attach_spi(bus, cs, Box::new(crate::Mcp3008::new(vref)));
            }
        }
    }

    /// Attaches a device model on I2C bus `bus` at `address`.
    pub fn attach_i2c(&mut self, bus: u8, address: u8, device: Box<dyn I2cDevice>) {
        if let Some(b) = self.buses.get_mut(&bus) {
            b.devices.insert(address, device);
        }
    }

    /// Makes [`Events::stop_requested`] true from `limit_ns` on; waits do not
    /// go past it (`--until`).
    pub fn set_until(&mut self, limit_ns: Option<u64>) {
        self.until_ns = limit_ns;
    }

    /// Installs a hook asked whenever the VM checks [`Events::stop_requested`]
    /// (every few dozen instructions and at every wait slice): when it
    /// returns `true` the run stops cleanly, even in `while True: pass`.
    /// Keep it cheap (an atomic flag).
    pub fn set_stop_hook(&mut self, hook: impl FnMut() -> bool + 'static) {
        self.stop_hook = Some(Box::new(hook));
    }

    /// Installs a pacing hook called before virtual time jumps in a wait
    /// (`--realtime`); tests pass a recorder instead of sleeping.
    pub fn set_pacer(&mut self, pacer: impl FnMut(u64) + 'static) {
        self.pacer = Some(Box::new(pacer));
    }

    /// Connects a board view: `source` is called with a snapshot at least
    /// every `interval_ns` of virtual time (waits are cut into slices that
    /// long) and its inputs are applied at once; an input edge on a watched
    /// pin ends a wait like a stimulus edge does.
    pub fn set_live(&mut self, source: LiveSource, interval_ns: u64) {
        self.live = Some(Live {
            source,
            interval_ns: interval_ns.max(1),
            last_poll_ns: None,
        });
    }

    /// The board's state now, as a board view draws it.
    pub fn snapshot(&self) -> BoardSnapshot {
        let now = self.now();
        let pwm = self
            .pwm_pins
            .iter()
            .filter(|(_, o)| o.running)
            .filter_map(|(&pin, _)| {
                let ch = self.spec.pin(pin)?.pwm?;
                let duty = self.channel_duty.get(&ch).copied().unwrap_or(0);
                Some((pin, self.slice_freq(ch.slice), duty))
            })
            .collect();
        let adc_volts = self
            .adc
            .values()
            .map(|a| {
                let v = a.signal.at(now);
                let volts = match a.unit {
                    AdcUnit::Volts => v,
                    AdcUnit::U16 => v / 65535.0 * self.spec.adc.vref,
                };
                (a.channel, volts)
            })
            .collect();
        let i2c_celsius = self
            .buses
            .iter()
            .flat_map(|(&bus, b)| {
                b.devices
                    .iter()
                    .filter_map(move |(&addr, d)| Some((bus, addr, d.celsius(now)?)))
            })
            .collect();
        BoardSnapshot {
            now_ns: now,
            pins: self
                .pins
                .iter()
                .map(|(&p, s)| (p, s.level.unwrap_or(Level::Floating)))
                .collect(),
            pwm,
            adc_volts,
            i2c_celsius,
            spi_volts: self.spi_volts(now),
        }
    }

    /// Polls the live source if one is connected and its interval has
    /// passed (or `force`), applying what it returns.
    fn poll_live(&mut self, force: bool) {
        let now = self.now();
        let due = match &self.live {
            None => return,
            Some(l) => {
                force
                    || l.last_poll_ns
                        .is_none_or(|t| now >= t.saturating_add(l.interval_ns))
            }
        };
        if !due {
            return;
        }
        let snapshot = self.snapshot();
        let Some(live) = &mut self.live else {
            return;
        };
        live.last_poll_ns = Some(now);
        let inputs = (live.source)(&snapshot);
        for input in inputs {
            self.apply_live(input);
        }
    }

    fn apply_live(&mut self, input: LiveInput) {
        match input {
            LiveInput::Pin { pin, drive } => {
                if let Some(s) = self.pins.get_mut(&pin) {
                    s.external = match drive {
                        Drive::High => Some(true),
                        Drive::Low => Some(false),
                        Drive::Release => None,
                    };
                    self.update_level(pin, TraceSource::Stim);
                }
            }
            LiveInput::AdcVolts { channel, volts } => {
                self.adc.insert(
                    channel,
                    AdcInput {
                        channel,
                        unit: AdcUnit::Volts,
                        signal: Signal::Constant(volts),
                    },
                );
            }
            LiveInput::I2cCelsius {
                bus,
                address,
                celsius,
            } => {
                if let Some(d) = self
                    .buses
                    .get_mut(&bus)
                    .and_then(|b| b.devices.get_mut(&address))
                {
                    d.set_celsius(Signal::Constant(celsius));
                }
            }
            LiveInput::SpiVolts {
                bus,
                cs,
                channel,
                volts,
            } => self.set_spi_volts(bus, cs, channel, volts),
            LiveInput::UartRx { id, data } => self.receive(id, &data),
        }
    }

    /// The board description.
    pub fn spec(&self) -> &BoardSpec {
        &self.spec
    }

    /// The trace.
    pub fn trace(&self) -> &Trace {
        &self.trace
    }

    /// The trace, to turn on recording or a live view.
    pub fn trace_mut(&mut self) -> &mut Trace {
        &mut self.trace
    }

    /// Ends the run: a console line without its newline goes into the trace.
    pub fn finish(&mut self) {
        let now = self.clock.now_ns();
        self.trace.flush_console(now);
    }

    /// Writes the VCD of what was recorded so far.
    pub fn write_vcd(&self, out: impl std::io::Write) -> std::io::Result<()> {
        self.trace.write_vcd(&self.spec, self.clock.now_ns(), out)
    }

    /// Console output so far, when capturing.
    pub fn output(&self) -> &str {
        self.console.captured()
    }

    /// The console, e.g. to flush it at exit.
    pub fn console_mut(&mut self) -> &mut ConsoleSink {
        &mut self.console
    }

    /// The virtual clock.
    pub fn clock(&self) -> &VirtualClock {
        &self.clock
    }

    /// The virtual clock, mutably (a test harness may advance time; the
    /// stimulus catches up at the next wait or charge).
    pub fn clock_mut(&mut self) -> &mut VirtualClock {
        &mut self.clock
    }

    fn now(&self) -> u64 {
        self.clock.now_ns()
    }

    fn log(&mut self, source: TraceSource, text: impl FnOnce(&BoardSpec) -> String) {
        if self.trace.enabled() {
            let text = text(&self.spec);
            self.trace.push(self.now(), source, text);
        }
    }

    /// Applies every timeline entry due at or before `t`, moving the clock
    /// to each in turn; stops early (clock at that entry) if `stop_on_event`
    /// and an event became pending. Returns whether it stopped early.
    fn run_timeline(&mut self, t: u64, stop_on_event: bool, pace: bool) -> bool {
        while let Some((at, _)) = self.timeline.get(self.next_timed) {
            let at = *at;
            if at > t {
                break;
            }
            let (_, what) = self.timeline[self.next_timed].clone();
            self.next_timed += 1;
            if pace && at > self.now() {
                if let Some(p) = &mut self.pacer {
                    p(at);
                }
            }
            self.clock.sleep_until_ns(at);
            match what {
                Timed::Pin(pin, drive) => {
                    if let Some(s) = self.pins.get_mut(&pin) {
                        s.external = match drive {
                            Drive::High => Some(true),
                            Drive::Low => Some(false),
                            Drive::Release => None,
                        };
                    }
                    self.update_level(pin, TraceSource::Stim);
                }
                Timed::Uart(id, data) => self.receive(id, &data),
            }
            if stop_on_event && !self.pending.is_empty() {
                return true;
            }
        }
        false
    }

    fn advance_to(&mut self, t: u64) {
        self.run_timeline(t, false, false);
        self.clock.sleep_until_ns(t);
    }

    fn receive(&mut self, id: u8, data: &[u8]) {
        let now = self.now();
        let Some(u) = self.uarts.get_mut(&id) else {
            return;
        };
        // 10 bits per byte (start, 8 data, stop) at the port's baud rate;
        // a burst queues behind bytes still arriving.
        let byte_ns = 10_000_000_000 / u64::from(u.baud.unwrap_or(DEFAULT_BAUD).max(1));
        let mut t = u.rx.back().map_or(now, |(last, _)| (*last).max(now));
        for &b in data {
            t += byte_ns;
            u.rx.push_back((t, b));
        }
        self.log(TraceSource::Stim, |_| {
            format!("UART{id} rx {}", quote_bytes(data))
        });
    }

    /// Re-evaluates a pin's level; traces and queues an edge if it changed.
    fn update_level(&mut self, pin: PinId, source: TraceSource) {
        let now = self.now();
        let Some(s) = self.pins.get_mut(&pin) else {
            return;
        };
        let new = s.level();
        let old = s.level;
        if old == Some(new) || (old.is_none() && new == Level::Floating) {
            // Unconfigured pins float from the start: nothing to report.
            s.level = Some(new);
            return;
        }
        s.level = Some(new);
        let was_high = old.is_some_and(Level::reads_high);
        if was_high != new.reads_high() {
            let rising = new.reads_high();
            if (rising && s.watch_rising) || (!rising && s.watch_falling) {
                self.pending.push_back(Event::PinEdge {
                    pin,
                    rising,
                    at_ns: now,
                });
            }
        }
        self.trace.change(now, SignalChange::Pin(pin, new));
        self.log(source, |b| {
            format!("{} = {}", b.pin_name(pin), new.symbol())
        });
        self.spi_chip_select(pin, old, new);
    }

    fn pin_state(&mut self, pin: PinId) -> HalResult<&mut PinState> {
        self.pins
            .get_mut(&pin)
            .ok_or(HalError::new(HalErrorKind::NoSuchPin, "no such pin"))
    }

    fn pwm_channel(&self, pin: PinId) -> HalResult<PwmChannel> {
        let spec = self
            .spec
            .pin(pin)
            .ok_or(HalError::new(HalErrorKind::NoSuchPin, "no such pin"))?;
        spec.pwm.ok_or(HalError::unsupported("pin has no PWM"))
    }

    fn slice_freq(&self, slice: u8) -> u32 {
        self.slice_freq
            .get(&slice)
            .copied()
            .unwrap_or(self.spec.pwm.default_hz)
    }

    /// Traces and records the settings of every running PWM pin on `slice`
    /// (and `channel`, if given).
    fn report_pwm(&mut self, slice: u8, channel: Option<u8>) {
        let pins: Vec<PinId> =
            self.pwm_pins
                .iter()
                .filter(|(_, o)| o.running)
                .map(|(p, _)| *p)
                .filter(|p| {
                    self.spec.pin(*p).and_then(|s| s.pwm).is_some_and(|c| {
                        c.slice == slice && channel.is_none_or(|ch| c.channel == ch)
                    })
                })
                .collect();
        for pin in pins {
            let ch = self.pwm_channel(pin).expect("running pins have PWM");
            let freq = self.slice_freq(ch.slice);
            let duty = self.channel_duty.get(&ch).copied().unwrap_or(0);
            let now = self.now();
            self.trace.change(now, SignalChange::PwmFreq(pin, freq));
            self.trace
                .change(now, SignalChange::PwmDuty(pin, Some(duty)));
            self.log(TraceSource::Pwm, |b| {
                format!("PWM {} freq={freq} duty={duty}", b.pin_name(pin))
            });
        }
    }

    fn uart(&mut self, id: u8) -> HalResult<&mut UartState> {
        self.uarts
            .get_mut(&id)
            .ok_or(HalError::new(HalErrorKind::NoSuchPin, "no such UART"))
    }

    fn bus(&mut self, id: u8) -> HalResult<&mut Bus> {
        self.buses
            .get_mut(&id)
            .ok_or(HalError::new(HalErrorKind::NoSuchPin, "no such I2C bus"))
    }
}

/// Whether a bus line may use `pin` (`None`: the default): a pin the board
/// does not route the bus to would have the script talk on wires nothing is
/// connected to.
fn routed(pin: Option<PinId>, default: PinId, alt: &[PinId]) -> bool {
    match pin {
        Some(p) => p == default || alt.contains(&p),
        None => true,
    }
}

fn new_device(kind: DeviceKind) -> Box<dyn I2cDevice> {
    match kind {
        DeviceKind::Tmp102 => Box::new(Tmp102::new(Signal::Constant(DEFAULT_CELSIUS))),
    }
}

impl Console for SimBoard {
    fn write_str(&mut self, text: &str) {
        self.console.write_str(text);
        let now = self.now();
        self.trace.console(now, text);
    }

    fn write_err(&mut self, text: &str) {
        // The host's stderr, like CPython's `sys.stderr`, after what the
        // script printed before it.
        self.console.sync();
        eprint!("{text}");
    }
}

impl Clock for SimBoard {
    fn now_ns(&mut self) -> u64 {
        self.now()
    }

    /// Jumps virtual time to `deadline_ns` (or the `--until` limit, if
    /// sooner), applying the stimulus on the way. Returns `true` at once if
    /// an event is already pending, or stops at the moment a watched edge
    /// happens and returns `true`.
    fn wait_until_ns(&mut self, deadline_ns: u64) -> bool {
        self.poll_live(false);
        if !self.pending.is_empty() {
            return true;
        }
        let mut target = match self.until_ns {
            Some(limit) => deadline_ns.min(limit.max(self.now())),
            None => deadline_ns,
        };
        // With a board view connected, wait in slices so its input arrives
        // on time (the VM calls again for the rest of the wait).
        if let Some(l) = &self.live {
            target = target.min(self.now().saturating_add(l.interval_ns));
        }
        if self.run_timeline(target, true, true) {
            return true;
        }
        if target > self.now() {
            if let Some(p) = &mut self.pacer {
                p(target);
            }
        }
        self.clock.sleep_until_ns(target);
        false
    }

    /// Charges `instructions` × the board's per-instruction cost.
    fn charge(&mut self, instructions: u64) {
        let cost = instructions.saturating_mul(self.spec.instruction_ns);
        let t = self.now().saturating_add(cost);
        self.advance_to(t);
        self.poll_live(false);
    }
}

impl Gpio for SimBoard {
    fn pin_lookup(&mut self, name: PinName<'_>) -> HalResult<PinId> {
        self.spec
            .lookup(name)
            .ok_or(HalError::new(HalErrorKind::NoSuchPin, "no such pin"))
    }

    fn pin_setup(&mut self, pin: PinId, mode: PinMode, pull: Pull) -> HalResult<()> {
        let s = self.pin_state(pin)?;
        s.mode = Some(mode);
        s.pull = Some(pull);
        self.update_level(pin, TraceSource::Gpio);
        Ok(())
    }

    fn pin_write(&mut self, pin: PinId, high: bool) -> HalResult<()> {
        self.pin_state(pin)?.out = high;
        self.update_level(pin, TraceSource::Gpio);
        Ok(())
    }

    fn pin_read(&mut self, pin: PinId) -> HalResult<bool> {
        Ok(self.pin_state(pin)?.level().reads_high())
    }

    fn pin_watch(&mut self, pin: PinId, rising: bool, falling: bool) -> HalResult<()> {
        let s = self.pin_state(pin)?;
        s.watch_rising = rising;
        s.watch_falling = falling;
        // The current level is the reference for the next edge.
        self.update_level(pin, TraceSource::Gpio);
        Ok(())
    }
}

impl Pwm for SimBoard {
    fn pwm_start(&mut self, pin: PinId) -> HalResult<()> {
        let ch = self.pwm_channel(pin)?;
        self.pwm_pins.insert(pin, PwmOut { running: true });
        self.report_pwm(ch.slice, Some(ch.channel));
        Ok(())
    }

    fn pwm_set_freq(&mut self, pin: PinId, hz: u32) -> HalResult<()> {
        let ch = self.pwm_channel(pin)?;
        if !(self.spec.pwm.min_hz..=self.spec.pwm.max_hz).contains(&hz) {
            return Err(HalError::new(HalErrorKind::OutOfRange, "freq out of range"));
        }
        self.slice_freq.insert(ch.slice, hz);
        self.report_pwm(ch.slice, None);
        Ok(())
    }

    fn pwm_freq(&mut self, pin: PinId) -> HalResult<u32> {
        let ch = self.pwm_channel(pin)?;
        Ok(self.slice_freq(ch.slice))
    }

    fn pwm_set_duty_u16(&mut self, pin: PinId, duty: u16) -> HalResult<()> {
        let ch = self.pwm_channel(pin)?;
        self.channel_duty.insert(ch, duty);
        self.report_pwm(ch.slice, Some(ch.channel));
        Ok(())
    }

    fn pwm_duty_u16(&mut self, pin: PinId) -> HalResult<u16> {
        let ch = self.pwm_channel(pin)?;
        Ok(self.channel_duty.get(&ch).copied().unwrap_or(0))
    }

    fn pwm_stop(&mut self, pin: PinId) -> HalResult<()> {
        self.pwm_channel(pin)?;
        if self.pwm_pins.remove(&pin).is_some() {
            let now = self.now();
            self.trace.change(now, SignalChange::PwmDuty(pin, None));
            self.trace.change(now, SignalChange::PwmFreq(pin, 0));
            self.log(TraceSource::Pwm, |b| {
                format!("PWM {} stop", b.pin_name(pin))
            });
        }
        Ok(())
    }
}

impl Adc for SimBoard {
    fn adc_channel(&mut self, id: i64) -> HalResult<PinId> {
        let by_channel = u8::try_from(id)
            .ok()
            .and_then(|ch| self.spec.pins.iter().find(|p| p.adc == Some(ch)));
        let by_pin = PinId::try_from(id).ok().and_then(|p| self.spec.pin(p));
        match by_channel.or(by_pin.filter(|p| p.adc.is_some())) {
            Some(p) => Ok(p.id),
            None => Err(HalError::new(
                HalErrorKind::NoSuchPin,
                "invalid ADC channel",
            )),
        }
    }

    fn adc_open(&mut self, pin: PinId) -> HalResult<()> {
        match self.spec.pin(pin) {
            Some(p) if p.adc.is_some() => Ok(()),
            Some(_) => Err(HalError::unsupported("Pin doesn't have ADC capabilities")),
            None => Err(HalError::new(HalErrorKind::NoSuchPin, "no such pin")),
        }
    }

    /// The stimulus value now, quantised to the board's ADC resolution and
    /// scaled to 0..=65535 (0 when the stimulus says nothing).
    fn adc_read_u16(&mut self, pin: PinId) -> HalResult<u16> {
        let spec = self
            .spec
            .pin(pin)
            .ok_or(HalError::new(HalErrorKind::NoSuchPin, "no such pin"))?;
        let channel = spec.adc.ok_or(HalError::unsupported("pin has no ADC"))?;
        let Some(input) = self.adc.get(&channel) else {
            return Ok(0);
        };
        let v = input.signal.at(self.now());
        let fraction = match input.unit {
            AdcUnit::Volts => v / self.spec.adc.vref,
            AdcUnit::U16 => v / 65535.0,
        };
        let full = f64::from((1u32 << self.spec.adc.bits) - 1);
        let raw = (fraction.clamp(0.0, 1.0) * full).round();
        Ok((raw * 65535.0 / full).round() as u16)
    }
}

impl Uart for SimBoard {
    fn uart_open(&mut self, id: u8, baudrate: u32) -> HalResult<()> {
        let max = self
            .spec
            .uarts
            .iter()
            .find(|u| u.id == id)
            .map(|u| u.max_baud)
            .ok_or(HalError::new(HalErrorKind::NoSuchPin, "no such UART"))?;
        if baudrate == 0 || baudrate > max {
            return Err(HalError::new(
                HalErrorKind::OutOfRange,
                "baudrate out of range",
            ));
        }
        self.uart(id)?.baud = Some(baudrate);
        self.log(TraceSource::Uart, |_| {
            format!("UART{id} open baud={baudrate}")
        });
        Ok(())
    }

    fn uart_write(&mut self, id: u8, data: &[u8]) -> HalResult<usize> {
        self.uart(id)?;
        self.log(TraceSource::Uart, |_| {
            format!("UART{id} tx {}", quote_bytes(data))
        });
        Ok(data.len())
    }

    fn uart_read(&mut self, id: u8, buf: &mut [u8]) -> HalResult<usize> {
        let now = self.now();
        let u = self.uart(id)?;
        let mut n = 0;
        while n < buf.len() {
            match u.rx.front() {
                Some(&(t, b)) if t <= now => {
                    buf[n] = b;
                    n += 1;
                    u.rx.pop_front();
                }
                _ => break,
            }
        }
        Ok(n)
    }

    fn uart_any(&mut self, id: u8) -> HalResult<usize> {
        let now = self.now();
        Ok(self
            .uart(id)?
            .rx
            .iter()
            .take_while(|(t, _)| *t <= now)
            .count())
    }
}

impl I2c for SimBoard {
    fn i2c_open(
        &mut self,
        id: u8,
        freq: u32,
        scl: Option<PinId>,
        sda: Option<PinId>,
    ) -> HalResult<()> {
        let spec = self
            .spec
            .i2cs
            .iter()
            .find(|i| i.id == id)
            .ok_or(HalError::new(HalErrorKind::NoSuchPin, "no such I2C bus"))?;
        if !routed(scl, spec.scl, &spec.scl_alt) {
            return Err(HalError::new(HalErrorKind::NoSuchPin, "bad SCL pin"));
        }
        if !routed(sda, spec.sda, &spec.sda_alt) {
            return Err(HalError::new(HalErrorKind::NoSuchPin, "bad SDA pin"));
        }
        if freq == 0 || freq > spec.max_freq {
            return Err(HalError::new(HalErrorKind::OutOfRange, "freq out of range"));
        }
        self.bus(id)?.freq = Some(freq);
        self.log(TraceSource::I2c, |_| format!("I2C{id} open freq={freq}"));
        Ok(())
    }

    fn i2c_scan(&mut self, id: u8, found: &mut dyn FnMut(u8)) -> HalResult<()> {
        let addrs: Vec<u8> = self.bus(id)?.devices.keys().copied().collect();
        for a in &addrs {
            found(*a);
        }
        self.log(TraceSource::I2c, |_| {
            format!("I2C{id} scan {}", hex_bytes(&addrs))
        });
        Ok(())
    }

    fn i2c_write(&mut self, id: u8, addr: u8, data: &[u8]) -> HalResult<()> {
        let now = self.now();
        let result = match self.bus(id)?.devices.get_mut(&addr) {
            Some(dev) => dev.write(now, data),
            None => Err(HalError::new(
                HalErrorKind::NoDevice,
                "I2C device did not answer",
            )),
        };
        self.log(TraceSource::I2c, |_| match &result {
            Ok(()) => format!("I2C{id} write {addr:#04x} {}", hex_bytes(data)),
            Err(e) if e.kind == HalErrorKind::NoDevice => format!("I2C{id} write {addr:#04x} NACK"),
            Err(e) => format!("I2C{id} write {addr:#04x} error: {}", e.message),
        });
        result
    }

    fn i2c_read(&mut self, id: u8, addr: u8, buf: &mut [u8]) -> HalResult<()> {
        let now = self.now();
        let result = match self.bus(id)?.devices.get_mut(&addr) {
            Some(dev) => dev.read(now, buf),
            None => Err(HalError::new(
                HalErrorKind::NoDevice,
                "I2C device did not answer",
            )),
        };
        self.log(TraceSource::I2c, |_| match &result {
            Ok(()) => format!("I2C{id} read {addr:#04x} {}", hex_bytes(buf)),
            Err(e) if e.kind == HalErrorKind::NoDevice => format!("I2C{id} read {addr:#04x} NACK"),
            Err(e) => format!("I2C{id} read {addr:#04x} error: {}", e.message),
        });
        result
    }
}

impl Events for SimBoard {
    fn next_event(&mut self) -> Option<Event> {
        self.pending.pop_front()
    }

    fn note(&mut self, note: Note<'_>) {
        match note {
            Note::CallbackStart { source } => {
                self.log(TraceSource::Vm, |_| format!("callback {source}"));
            }
        }
    }

    fn stop_requested(&mut self) -> bool {
        self.until_ns.is_some_and(|limit| self.now() >= limit)
            || self.stop_hook.as_mut().is_some_and(|h| h())
    }
}

mod spi;
#[cfg(test)]
mod tests;
