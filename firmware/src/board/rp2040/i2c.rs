//! `machine.I2C(0)` and `I2C(1)` on the RP2040's two DW_apb_i2c
//! controllers, programmed as the Pico SDK's `hardware_i2c` does: fast-mode
//! controller, one byte in flight at a time, the abort source read after
//! each byte.
//!
//! Pins: the script's `scl=`/`sda=`, if the GPIO function table routes the
//! bus there (function 3: I2C(n >> 1 & 1) on GPn, SDA on even pins, SCL on
//! odd ones, as MicroPython's rp2 port checks), else `ValueError: bad SCL
//! pin` / `bad SDA pin`. Left out, a line stays on the pin
//! `boards/pico.toml` gives it, as in the simulator: I2C0 on GP8 (SDA) and
//! GP9 (SCL), I2C1 on GP6 (SDA) and GP7 (SCL). The pads' pull-ups are on
//! (weak: a real bus wants external ones).
//!
//! Errors as on MicroPython: an address nobody acknowledges is
//! `ENODEV`; a refused data byte, a lost arbitration or a line held low
//! for longer than MicroPython's default 50 ms `timeout` is `EIO`.
//!
//! The controller cannot send an address without a data byte, so an empty
//! write (and each probe of `scan()`) is bit-banged on the same pins through
//! SIO, open-drain style — what MicroPython's rp2 port does too.

use super::{
    funcsel, read, write, CLR, IO_BANK0, PADS_BANK0, PIN_COUNT, RESETS, SET, SIO, SYSTICK_HZ,
};
use crate::clock;
use core::sync::atomic::{AtomicU16, Ordering};
use vm::hal::{HalError, HalErrorKind, HalResult, PinId};

/// One controller: register block, reset bit, pins.
struct Bus {
    base: usize,
    reset: u32,
    sda: PinId,
    scl: PinId,
}

/// Each bus's (SDA, SCL) when the script names none: `boards/pico.toml`'s.
const DEFAULT_PINS: [(PinId, PinId); 2] = [(8, 9), (6, 7)];

/// Each bus's pins, SDA in the low byte and SCL in the high one: the
/// defaults until [`i2c_open`] chooses others (the bit-banged probes and the
/// next `i2c_open` need to know which).
static PINS: [AtomicU16; 2] = [
    AtomicU16::new(DEFAULT_PINS[0].0 | DEFAULT_PINS[0].1 << 8),
    AtomicU16::new(DEFAULT_PINS[1].0 | DEFAULT_PINS[1].1 << 8),
];

/// Bus `id` on the pins it was last opened on (or its default pins).
fn bus(id: u8) -> HalResult<Bus> {
    let (base, reset) = match id {
        0 => (0x4004_4000, 1 << 3),
        1 => (0x4004_8000, 1 << 4),
        _ => return Err(HalError::new(HalErrorKind::NoSuchPin, "no such I2C bus")),
    };
    let pins = PINS[usize::from(id)].load(Ordering::Relaxed);
    Ok(Bus {
        base,
        reset,
        sda: pins & 0xFF,
        scl: pins >> 8,
    })
}

/// A bus that [`i2c_open`] has brought out of reset (its registers are not
/// to be touched before).
fn open_bus(id: u8) -> HalResult<Bus> {
    let bus = bus(id)?;
    if read(RESETS + 0x8) & bus.reset == 0 {
        return Err(HalError::unsupported("I2C bus not opened"));
    }
    Ok(bus)
}

/// Whether the GPIO function table routes bus `id`'s SCL (`scl`) or SDA
/// line to GPIO `pin` (RP2040 datasheet, 2.19.2: function 3 is I2C0 SDA,
/// I2C0 SCL, I2C1 SDA, I2C1 SCL on GP0–GP3, and so on in fours).
fn routes(id: u8, pin: PinId, scl: bool) -> bool {
    pin < PIN_COUNT && pin >> 1 & 1 == PinId::from(id) && (pin & 1 == 1) == scl
}

// DW_apb_i2c register offsets (RP2040 datasheet, section 4.3.17).
const CON: usize = 0x00;
const TAR: usize = 0x04;
const DATA_CMD: usize = 0x10;
const FS_SCL_HCNT: usize = 0x1C;
const FS_SCL_LCNT: usize = 0x20;
const RAW_INTR_STAT: usize = 0x34;
const RX_TL: usize = 0x38;
const TX_TL: usize = 0x3C;
const CLR_TX_ABRT: usize = 0x54;
const CLR_STOP_DET: usize = 0x60;
const ENABLE: usize = 0x6C;
const STATUS: usize = 0x70;
const RXFLR: usize = 0x78;
const SDA_HOLD: usize = 0x7C;
const TX_ABRT_SOURCE: usize = 0x80;
const FS_SPKLEN: usize = 0xA0;

/// IC_CON: controller mode, fast speed, repeated starts allowed, target
/// disabled, TX_EMPTY only once a byte has fully left the shift register.
const CON_CONTROLLER: u32 = 1 | 2 << 1 | 1 << 5 | 1 << 6 | 1 << 8;
/// IC_DATA_CMD: a read command, and a STOP after this byte.
const CMD_READ: u32 = 1 << 8;
const CMD_STOP: u32 = 1 << 9;
/// IC_RAW_INTR_STAT bits.
const TX_EMPTY: u32 = 1 << 4;
const TX_ABRT: u32 = 1 << 6;
const STOP_DET: u32 = 1 << 9;
/// IC_STATUS: the controller (either role) is busy; its controller FSM is.
const ACTIVITY: u32 = 1;
const MST_ACTIVITY: u32 = 1 << 5;
/// IC_ENABLE: ENABLE and ABORT.
const EN: u32 = 1;
const ABORT: u32 = 1 << 1;
/// IC_TX_ABRT_SOURCE: the address, or a data byte, was not acknowledged.
/// Bits 23–31 count flushed commands, not causes.
const ABRT_ADDR_NOACK: u32 = 1;
const ABRT_TXDATA_NOACK: u32 = 1 << 3;
const ABRT_CAUSES: u32 = 0x1_FFFF;

/// IO_BANK0 function numbers.
const FUNC_I2C: u32 = 3;
const FUNC_SIO: u32 = 5;
const FUNC_NULL: u32 = 0x1F;

/// The fastest bus the controller does (Fast-mode Plus), as the simulator's
/// `max_freq`.
const MAX_FREQ: u32 = 1_000_000;
/// How long one byte, or one clock a device stretches, may take:
/// MicroPython's default `timeout` (50 ms).
const TIMEOUT_NS: u64 = 50_000_000;

const NO_ANSWER: HalError = HalError::new(HalErrorKind::NoDevice, "I2C device did not answer");
const TIMED_OUT: HalError = HalError::new(HalErrorKind::Io, "I2C bus timed out");

/// `I2C(id, scl=…, sda=…, freq=…)`: checks the pins (`None`: the default),
/// resets the controller, sets it up for `freq` and connects its pins,
/// disconnecting the ones it was on before if they differ.
pub fn i2c_open(id: u8, freq: u32, scl: Option<PinId>, sda: Option<PinId>) -> HalResult<()> {
    let old = bus(id)?;
    let scl = match scl {
        Some(p) if !routes(id, p, true) => {
            return Err(HalError::new(HalErrorKind::NoSuchPin, "bad SCL pin"))
        }
        Some(p) => p,
        None => DEFAULT_PINS[usize::from(id)].1,
    };
    let sda = match sda {
        Some(p) if !routes(id, p, false) => {
            return Err(HalError::new(HalErrorKind::NoSuchPin, "bad SDA pin"))
        }
        Some(p) => p,
        None => DEFAULT_PINS[usize::from(id)].0,
    };
    let (hcnt, lcnt) =
        scl_counts(freq).ok_or(HalError::new(HalErrorKind::OutOfRange, "freq out of range"))?;
    // Moving the bus: its old pins stop carrying it, unless the script has
    // made them something else since.
    for pin in [old.sda, old.scl] {
        let ctrl = IO_BANK0 + 4 + 8 * usize::from(pin);
        if pin != sda && pin != scl && read(ctrl) & 0x1F == FUNC_I2C {
            funcsel(pin, FUNC_NULL);
        }
    }
    PINS[usize::from(id)].store(sda | scl << 8, Ordering::Relaxed);
    let bus = Bus { sda, scl, ..old };
    write(RESETS + SET, bus.reset);
    write(RESETS + CLR, bus.reset);
    while read(RESETS + 0x8) & bus.reset == 0 {}
    let reg = |offset: usize| bus.base + offset;
    write(reg(ENABLE), 0);
    write(reg(CON), CON_CONTROLLER);
    write(reg(TX_TL), 0);
    write(reg(RX_TL), 0);
    write(reg(FS_SCL_HCNT), hcnt);
    write(reg(FS_SCL_LCNT), lcnt);
    write(reg(FS_SPKLEN), if lcnt < 16 { 1 } else { lcnt / 16 });
    // SDA held 300 ns after SCL falls (120 ns in Fast-mode Plus), +1 for
    // the truncation.
    let hold = if freq < 1_000_000 {
        SYSTICK_HZ * 3 / 10_000_000
    } else {
        SYSTICK_HZ * 3 / 25_000_000
    };
    write(reg(SDA_HOLD), hold + 1);
    write(reg(ENABLE), EN);
    for pin in [bus.sda, bus.scl] {
        let pad = PADS_BANK0 + 4 + 4 * usize::from(pin);
        write(pad + CLR, 1 << 7 | 1 << 2); // output disable, pull-down
        write(pad + SET, 1 << 6 | 1 << 3); // input enable, pull-up
        funcsel(pin, FUNC_I2C);
    }
    Ok(())
}

/// SCL high and low counts (clk_sys cycles) for `freq`: 40 % high, 60 %
/// low, as the Pico SDK; `None` if the 16-bit counters cannot make it
/// (below about 1.15 kHz).
fn scl_counts(freq: u32) -> Option<(u32, u32)> {
    if !(1..=MAX_FREQ).contains(&freq) {
        return None;
    }
    let period = (SYSTICK_HZ + freq / 2) / freq;
    let lcnt = period * 3 / 5;
    let hcnt = period - lcnt;
    (lcnt <= 0xFFFF && hcnt <= 0xFFFF).then_some((hcnt, lcnt))
}

/// `scan()`: every address from 0x08 to 0x77 that acknowledges an empty
/// write, as MicroPython scans.
pub fn i2c_scan(id: u8, found: &mut dyn FnMut(u8)) -> HalResult<()> {
    let bus = open_bus(id)?;
    for addr in 0x08..0x78 {
        if probe(&bus, addr)? {
            found(addr);
        }
    }
    Ok(())
}

/// Writes `data` to `addr`, then a STOP.
pub fn i2c_write(id: u8, addr: u8, data: &[u8]) -> HalResult<()> {
    let bus = open_bus(id)?;
    if data.is_empty() {
        return match probe(&bus, addr)? {
            true => Ok(()),
            false => Err(NO_ANSWER),
        };
    }
    let sent = begin(bus.base, addr).and_then(|()| send(bus.base, data));
    finish(bus.base, sent)
}

/// Reads `buf.len()` bytes from `addr`, then a STOP. Reading nothing does
/// nothing, as on MicroPython's rp2 port (a read cannot be probed safely:
/// the device drives SDA right after its acknowledge).
pub fn i2c_read(id: u8, addr: u8, buf: &mut [u8]) -> HalResult<()> {
    let bus = open_bus(id)?;
    if buf.is_empty() {
        return Ok(());
    }
    let received = begin(bus.base, addr).and_then(|()| receive(bus.base, buf));
    finish(bus.base, received)
}

/// Waits until `done`, for at most [`TIMEOUT_NS`].
fn wait(mut done: impl FnMut() -> bool) -> HalResult<()> {
    let deadline = clock::now_ns() + TIMEOUT_NS;
    while !done() {
        if clock::now_ns() > deadline {
            return Err(TIMED_OUT);
        }
    }
    Ok(())
}

/// Points the controller at `addr` (IC_TAR is writable only while it is
/// disabled) once the previous transfer is over, with stale flags cleared.
fn begin(base: usize, addr: u8) -> HalResult<()> {
    wait(|| read(base + STATUS) & ACTIVITY == 0)?;
    write(base + ENABLE, 0);
    write(base + TAR, u32::from(addr));
    read(base + CLR_TX_ABRT);
    read(base + CLR_STOP_DET);
    write(base + ENABLE, EN);
    Ok(())
}

fn send(base: usize, data: &[u8]) -> HalResult<()> {
    for (i, &byte) in data.iter().enumerate() {
        let stop = if i + 1 == data.len() { CMD_STOP } else { 0 };
        write(base + DATA_CMD, u32::from(byte) | stop);
        // TX_EMPTY (with TX_EMPTY_CTRL): the byte is out and its acknowledge in.
        wait(|| read(base + RAW_INTR_STAT) & (TX_EMPTY | TX_ABRT) != 0)?;
        take_abort(base)?;
    }
    Ok(())
}

fn receive(base: usize, buf: &mut [u8]) -> HalResult<()> {
    let last = buf.len() - 1;
    for (i, byte) in buf.iter_mut().enumerate() {
        let stop = if i == last { CMD_STOP } else { 0 };
        write(base + DATA_CMD, CMD_READ | stop);
        wait(|| read(base + RXFLR) != 0 || read(base + RAW_INTR_STAT) & TX_ABRT != 0)?;
        take_abort(base)?;
        *byte = read(base + DATA_CMD) as u8;
    }
    Ok(())
}

/// The error of an abort the controller reported, cleared as it is taken
/// (reading IC_CLR_TX_ABRT clears the source too, and lets the flushed TX
/// FIFO take commands again).
fn take_abort(base: usize) -> HalResult<()> {
    if read(base + RAW_INTR_STAT) & TX_ABRT == 0 {
        return Ok(());
    }
    let source = read(base + TX_ABRT_SOURCE) & ABRT_CAUSES;
    read(base + CLR_TX_ABRT);
    // The SDK reads an abort with no cause as nobody on the bus.
    Err(if source == 0 || source & ABRT_ADDR_NOACK != 0 {
        NO_ANSWER
    } else if source & ABRT_TXDATA_NOACK != 0 {
        HalError::new(HalErrorKind::Io, "I2C device refused a byte")
    } else {
        HalError::new(HalErrorKind::Io, "I2C transfer aborted")
    })
}

/// Ends a transfer: waits for the STOP (the controller sends one after the
/// last byte and after an abort); after a timeout, aborts the transfer so
/// the next one starts from idle.
fn finish(base: usize, result: HalResult<()>) -> HalResult<()> {
    let stopped = match result {
        Err(TIMED_OUT) => Err(TIMED_OUT),
        _ => wait(|| {
            read(base + RAW_INTR_STAT) & STOP_DET != 0 || read(base + STATUS) & MST_ACTIVITY == 0
        }),
    };
    if stopped.is_err() {
        write(base + ENABLE, EN | ABORT);
        let _ = wait(|| read(base + ENABLE) & ABORT == 0);
        write(base + ENABLE, 0);
        read(base + CLR_TX_ABRT);
        return Err(TIMED_OUT);
    }
    read(base + CLR_STOP_DET);
    result
}

/// Whether `addr` acknowledges an empty write (START, address, STOP),
/// bit-banged through SIO: a line is pulled low by enabling its output
/// (driving 0) and released to the pull-ups by disabling it. The pins go
/// back to the controller afterwards, released.
fn probe(bus: &Bus, addr: u8) -> HalResult<bool> {
    // Half an SCL period at the bus's frequency, in CPU cycles (the
    // controller counts clk_sys, which is the CPU clock).
    let half = (read(bus.base + FS_SCL_HCNT) + read(bus.base + FS_SCL_LCNT)) / 2;
    let lines = Lines {
        sda: 1 << bus.sda,
        scl: 1 << bus.scl,
        half,
    };
    write(SIO + 0x18, lines.sda | lines.scl); // GPIO_OUT_CLR
    lines.release(lines.sda | lines.scl);
    funcsel(bus.sda, FUNC_SIO);
    funcsel(bus.scl, FUNC_SIO);
    let acked = lines.address(addr << 1);
    lines.release(lines.sda | lines.scl);
    funcsel(bus.sda, FUNC_I2C);
    funcsel(bus.scl, FUNC_I2C);
    acked
}

/// SDA and SCL as SIO masks, and the bit-banged half period.
struct Lines {
    sda: u32,
    scl: u32,
    half: u32,
}

impl Lines {
    fn low(&self, mask: u32) {
        write(SIO + 0x24, mask); // GPIO_OE_SET
    }

    fn release(&self, mask: u32) {
        write(SIO + 0x28, mask); // GPIO_OE_CLR
    }

    fn high(&self, mask: u32) -> bool {
        read(SIO + 0x04) & mask != 0 // GPIO_IN
    }

    fn delay(&self) {
        cortex_m::asm::delay(self.half);
    }

    /// Releases SCL and waits while a device stretches the clock.
    fn clock_high(&self) -> HalResult<()> {
        self.release(self.scl);
        wait(|| self.high(self.scl))?;
        self.delay();
        Ok(())
    }

    /// START, the address byte `byte`, its acknowledge, STOP; whether it
    /// was acknowledged.
    fn address(&self, byte: u8) -> HalResult<bool> {
        self.delay();
        wait(|| self.high(self.scl))?;
        if !self.high(self.sda) {
            return Err(HalError::new(
                HalErrorKind::Io,
                "I2C bus busy (SDA held low)",
            ));
        }
        // START: SDA falls while SCL is high.
        self.low(self.sda);
        self.delay();
        self.low(self.scl);
        for bit in (0..8).rev() {
            if byte >> bit & 1 != 0 {
                self.release(self.sda);
            } else {
                self.low(self.sda);
            }
            self.delay();
            self.clock_high()?;
            self.low(self.scl);
        }
        // The device acknowledges by pulling SDA low for the ninth clock.
        self.release(self.sda);
        self.delay();
        self.clock_high()?;
        let acked = !self.high(self.sda);
        self.low(self.scl);
        // STOP: SDA rises while SCL is high.
        self.low(self.sda);
        self.delay();
        self.clock_high()?;
        self.release(self.sda);
        self.delay();
        Ok(acked)
    }
}
