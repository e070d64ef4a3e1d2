//! The port boundary: the few small capabilities the VM needs from a board.
//!
//! Like embedded-hal's traits, each is tiny, has one error type, and keeps
//! configuration outside the trait. The simulator (`hardware-models`), the
//! browser and the firmware each implement them; the VM itself has no I/O
//! and no clock of its own. Every capability except [`Console`] and
//! [`Clock`] has default methods that report [`HalErrorKind::Unsupported`],
//! so a minimal board (a test double, an early firmware port) implements
//! only what it has and writes `impl Gpio for MyBoard {}` for the rest.

/// Where `print` and tracebacks go (a UART on a device, stdout on the host).
pub trait Console {
    /// Writes text; the VM calls this with whole `print` fragments.
    fn write_str(&mut self, text: &str);

    /// Writes text meant for `sys.stderr` (`print(..., file=sys.stderr)`).
    /// A board with one console drops it by default, so what a script
    /// prints on stdout matches CPython's stdout.
    fn write_err(&mut self, text: &str) {
        let _ = text;
    }
}

/// Monotonic time, waiting, and accounting of executed instructions.
pub trait Clock {
    /// Nanoseconds since the board started.
    fn now_ns(&mut self) -> u64;

    /// Waits until `deadline_ns`, or until an [`Event`] is pending, whichever
    /// comes first; returns whether an event is pending. A simulator jumps
    /// virtual time forward instead of waiting.
    fn wait_until_ns(&mut self, deadline_ns: u64) -> bool;

    /// Reports `instructions` bytecode instructions executed since the last
    /// report (at safe points). A simulator charges virtual time for them, so
    /// busy loops take time too; a real board ignores it.
    fn charge(&mut self, instructions: u64) {
        let _ = instructions;
    }
}

/// A board pin, as numbered by the board (see [`Gpio::pin_lookup`]).
pub type PinId = u16;

/// How a script names a pin: `Pin(25)` or `Pin("LED")`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinName<'a> {
    /// A number, as on the board's silkscreen (`GP25` is 25 on a Pico).
    Number(i64),
    /// A board name such as `"LED"` or `"GP25"`.
    Name(&'a str),
}

/// Direction and drive of a GPIO pin (`Pin.IN`, `Pin.OUT`, `Pin.OPEN_DRAIN`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinMode {
    /// Input.
    Input,
    /// Push-pull output.
    Output,
    /// Open-drain output (drives low, floats high).
    OpenDrain,
}

/// Internal pull resistor (`Pin.PULL_UP`, `Pin.PULL_DOWN`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pull {
    /// No pull.
    None,
    /// Pull up.
    Up,
    /// Pull down.
    Down,
}

/// What went wrong in a board operation; the VM turns it into the exception
/// MicroPython raises for the same mistake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HalErrorKind {
    /// The pin (or bus id) does not exist on this board → `ValueError`.
    NoSuchPin,
    /// The board cannot do this here (no PWM on the pin, no ADC…) → `ValueError`.
    Unsupported,
    /// An argument is out of range (frequency, baud rate…) → `ValueError`.
    OutOfRange,
    /// The device did not answer (I2C NACK) → `OSError: [Errno 19] ENODEV`.
    NoDevice,
    /// Any other bus failure → `OSError: [Errno 5] EIO`.
    Io,
}

/// A board error: a kind and a short explanation for the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HalError {
    /// What kind of failure.
    pub kind: HalErrorKind,
    /// A short explanation, e.g. `"pin has no PWM"`.
    pub message: &'static str,
}

impl HalError {
    /// An error of `kind` with `message`.
    pub const fn new(kind: HalErrorKind, message: &'static str) -> HalError {
        HalError { kind, message }
    }

    /// The default answer of a capability the board lacks.
    pub const fn unsupported(what: &'static str) -> HalError {
        HalError::new(HalErrorKind::Unsupported, what)
    }
}

/// Result of a board operation.
pub type HalResult<T> = Result<T, HalError>;

/// Digital pins.
pub trait Gpio {
    /// Resolves a pin name or number to the board's pin.
    fn pin_lookup(&mut self, name: PinName<'_>) -> HalResult<PinId> {
        let _ = name;
        Err(HalError::unsupported("this board has no GPIO"))
    }
    /// Configures direction and pull.
    fn pin_setup(&mut self, pin: PinId, mode: PinMode, pull: Pull) -> HalResult<()> {
        let _ = (pin, mode, pull);
        Err(HalError::unsupported("this board has no GPIO"))
    }
    /// Drives an output high or low.
    fn pin_write(&mut self, pin: PinId, high: bool) -> HalResult<()> {
        let _ = (pin, high);
        Err(HalError::unsupported("this board has no GPIO"))
    }
    /// Reads the pin level.
    fn pin_read(&mut self, pin: PinId) -> HalResult<bool> {
        let _ = pin;
        Err(HalError::unsupported("this board has no GPIO"))
    }
    /// Asks for [`Event::PinEdge`] events on the given edges (both false: stop).
    fn pin_watch(&mut self, pin: PinId, rising: bool, falling: bool) -> HalResult<()> {
        let _ = (pin, rising, falling);
        Err(HalError::unsupported("this board has no pin interrupts"))
    }
}

/// Pulse-width modulation on a pin.
pub trait Pwm {
    /// Starts PWM output on `pin` (`Err` if the pin has no PWM).
    fn pwm_start(&mut self, pin: PinId) -> HalResult<()> {
        let _ = pin;
        Err(HalError::unsupported("this board has no PWM"))
    }
    /// Sets the frequency; channels sharing hardware (an RP2040 slice) share it.
    fn pwm_set_freq(&mut self, pin: PinId, hz: u32) -> HalResult<()> {
        let _ = (pin, hz);
        Err(HalError::unsupported("this board has no PWM"))
    }
    /// The current frequency in Hz.
    fn pwm_freq(&mut self, pin: PinId) -> HalResult<u32> {
        let _ = pin;
        Err(HalError::unsupported("this board has no PWM"))
    }
    /// Sets the duty cycle, 0..=65535.
    fn pwm_set_duty_u16(&mut self, pin: PinId, duty: u16) -> HalResult<()> {
        let _ = (pin, duty);
        Err(HalError::unsupported("this board has no PWM"))
    }
    /// The duty cycle, 0..=65535.
    fn pwm_duty_u16(&mut self, pin: PinId) -> HalResult<u16> {
        let _ = pin;
        Err(HalError::unsupported("this board has no PWM"))
    }
    /// Stops PWM output on `pin`.
    fn pwm_stop(&mut self, pin: PinId) -> HalResult<()> {
        let _ = pin;
        Err(HalError::unsupported("this board has no PWM"))
    }
}

/// Analogue inputs.
pub trait Adc {
    /// Resolves `ADC(id)`: a channel number, or a pin number if it is no
    /// channel (`ADC(0)` and `ADC(26)` are the same input on an RP2040).
    /// Returns the pin to sample.
    fn adc_channel(&mut self, id: i64) -> HalResult<PinId> {
        let _ = id;
        Err(HalError::unsupported("this board has no ADC"))
    }
    /// Checks that `pin` can be sampled (`ADC(Pin(n))`).
    fn adc_open(&mut self, pin: PinId) -> HalResult<()> {
        let _ = pin;
        Err(HalError::unsupported("this board has no ADC"))
    }
    /// A conversion scaled to 0..=65535 (`ADC.read_u16()`).
    fn adc_read_u16(&mut self, pin: PinId) -> HalResult<u16> {
        let _ = pin;
        Err(HalError::unsupported("this board has no ADC"))
    }
}

/// Serial ports.
pub trait Uart {
    /// Opens UART `id` at `baudrate`.
    fn uart_open(&mut self, id: u8, baudrate: u32) -> HalResult<()> {
        let _ = (id, baudrate);
        Err(HalError::unsupported("this board has no UART"))
    }
    /// Transmits bytes; returns how many were sent.
    fn uart_write(&mut self, id: u8, data: &[u8]) -> HalResult<usize> {
        let _ = (id, data);
        Err(HalError::unsupported("this board has no UART"))
    }
    /// Reads received bytes into `buf`; returns how many (0 if none waiting).
    fn uart_read(&mut self, id: u8, buf: &mut [u8]) -> HalResult<usize> {
        let _ = (id, buf);
        Err(HalError::unsupported("this board has no UART"))
    }
    /// Number of received bytes waiting.
    fn uart_any(&mut self, id: u8) -> HalResult<usize> {
        let _ = id;
        Err(HalError::unsupported("this board has no UART"))
    }
}

/// I²C controllers.
pub trait I2c {
    /// Opens bus `id` at `freq` Hz with its clock on `scl` and data on
    /// `sda` (the script's `scl=`/`sda=`); `None` keeps the board's default
    /// pin for that line of the bus. A pin that cannot carry that line is an
    /// error (MicroPython's `ValueError: bad SCL pin`), never ignored.
    fn i2c_open(
        &mut self,
        id: u8,
        freq: u32,
        scl: Option<PinId>,
        sda: Option<PinId>,
    ) -> HalResult<()> {
        let _ = (id, freq, scl, sda);
        Err(HalError::unsupported("this board has no I2C"))
    }
    /// Calls `found` with each address that acknowledges, in ascending order.
    fn i2c_scan(&mut self, id: u8, found: &mut dyn FnMut(u8)) -> HalResult<()> {
        let _ = (id, found);
        Err(HalError::unsupported("this board has no I2C"))
    }
    /// Writes `data` to device `addr` (a NACK is [`HalErrorKind::NoDevice`]).
    fn i2c_write(&mut self, id: u8, addr: u8, data: &[u8]) -> HalResult<()> {
        let _ = (id, addr, data);
        Err(HalError::unsupported("this board has no I2C"))
    }
    /// Reads `buf.len()` bytes from device `addr`.
    fn i2c_read(&mut self, id: u8, addr: u8, buf: &mut [u8]) -> HalResult<()> {
        let _ = (id, addr, buf);
        Err(HalError::unsupported("this board has no I2C"))
    }
}

/// How an SPI bus is driven (`machine.SPI`'s settings). Pins left `None`
/// stay on the board's default pin for that line of the bus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpiConfig {
    /// Clock rate in Hz; a board may round it to what it can make.
    pub baudrate: u32,
    /// Clock idle level: `false` idles low (CPOL 0).
    pub polarity: bool,
    /// `false` samples on the clock's first edge (CPHA 0), `true` on the second.
    pub phase: bool,
    /// Bits go out least significant first (`firstbit=SPI.LSB`).
    pub lsb_first: bool,
    /// Clock pin.
    pub sck: Option<PinId>,
    /// Controller-out pin.
    pub mosi: Option<PinId>,
    /// Controller-in pin.
    pub miso: Option<PinId>,
}

/// SPI controllers, 8 bits a word. The script selects a device itself with
/// a chip-select `Pin`, as with MicroPython's `machine.SPI`.
pub trait Spi {
    /// Opens (or re-configures) bus `id`. A pin that cannot carry its line
    /// is an error (`ValueError: bad SCK pin`), never ignored.
    fn spi_open(&mut self, id: u8, config: &SpiConfig) -> HalResult<()> {
        let _ = (id, config);
        Err(HalError::unsupported("this board has no SPI"))
    }
    /// One full-duplex transfer: sends `data` and replaces each byte with
    /// the byte received while it was sent.
    fn spi_transfer(&mut self, id: u8, data: &mut [u8]) -> HalResult<()> {
        let _ = (id, data);
        Err(HalError::unsupported("this board has no SPI"))
    }
}

/// Something that happened on the board and may run a Python callback.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A watched pin changed level.
    PinEdge {
        /// The pin.
        pin: PinId,
        /// `true` for a rising edge.
        rising: bool,
        /// When it happened.
        at_ns: u64,
    },
}

/// What the VM tells the board about its own activity, for traces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note<'a> {
    /// A callback (pin IRQ, timer, `micropython.schedule`) starts running.
    CallbackStart {
        /// What triggered it, e.g. `"Pin(14).irq"` or `"Timer(-1)"`.
        source: &'a str,
    },
}

/// Board events delivered to the VM at safe points.
pub trait Events {
    /// The next pending event, if any.
    fn next_event(&mut self) -> Option<Event> {
        None
    }
    /// Records something the VM did (the simulator puts it in its trace).
    fn note(&mut self, note: Note<'_>) {
        let _ = note;
    }
    /// Whether the host wants the script stopped (`--until` reached, a Stop
    /// button). The VM checks at safe points and while sleeping, and then
    /// ends the run cleanly.
    fn stop_requested(&mut self) -> bool {
        false
    }
}

/// Everything a board provides to the VM.
pub trait Board: Console + Clock + Gpio + Pwm + Adc + Uart + I2c + Spi + Events {}

impl<T: Console + Clock + Gpio + Pwm + Adc + Uart + I2c + Spi + Events> Board for T {}

/// A board with nothing attached, for the VM's internal use where no board
/// can be reached (an operator on two sets iterates a set, which never runs
/// Python code). Every capability is the trait default: unsupported.
pub(crate) struct NoBoard;

impl Console for NoBoard {
    fn write_str(&mut self, _: &str) {}
}

impl Clock for NoBoard {
    fn now_ns(&mut self) -> u64 {
        0
    }
    fn wait_until_ns(&mut self, _: u64) -> bool {
        false
    }
}

impl Gpio for NoBoard {}
impl Pwm for NoBoard {}
impl Adc for NoBoard {}
impl Uart for NoBoard {}
impl I2c for NoBoard {}
impl Spi for NoBoard {}
impl Events for NoBoard {}
