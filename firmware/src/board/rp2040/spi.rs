//! `machine.SPI(0)` and `SPI(1)` on the RP2040's two PL022 (ARM PrimeCell
//! SSP) controllers, programmed as the Pico SDK's `hardware_spi` does:
//! controller (master) mode, Motorola frame format, 8-bit words, the clock
//! divided down from clk_peri.
//!
//! Pins: the script's `sck=`/`mosi=`/`miso=`, if the GPIO function table
//! routes that line of the bus there (function 1, see [`routes`]), else
//! `ValueError: bad SCK pin` / `bad MOSI pin` / `bad MISO pin`, as
//! MicroPython's rp2 port checks them. Left out, a line stays on the pin
//! `boards/pico.toml` gives it, as in the simulator: SPI0 on GP18 (SCK),
//! GP19 (MOSI), GP16 (MISO); SPI1 on GP10, GP11, GP8. Chip select is the
//! script's own `Pin`, so the controller's CSn function is never used.
//!
//! Modes 0–3 (`polarity`, `phase`); most significant bit first only: the
//! PL022 has no bit-order setting, so `firstbit=SPI.LSB` is refused, as
//! MicroPython's rp2 port refuses it.

use super::{funcsel, read, write, CLR, IO_BANK0, PADS_BANK0, PIN_COUNT, RESETS, SET, SYSTICK_HZ};
use core::sync::atomic::{AtomicU32, Ordering};
use vm::hal::{HalError, HalErrorKind, HalResult, PinId, SpiConfig};

/// One controller: register block, reset bit, pins.
struct Bus {
    base: usize,
    reset: u32,
    pins: Pins,
}

/// A bus's three lines, as GPIO numbers.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Pins {
    sck: PinId,
    mosi: PinId,
    miso: PinId,
}

impl Pins {
    /// Packed into one word (a byte each: GPIO numbers are below 30) so a
    /// bus's pins are one atomic static.
    const fn pack(self) -> u32 {
        self.sck as u32 | (self.mosi as u32) << 8 | (self.miso as u32) << 16
    }

    fn unpack(word: u32) -> Pins {
        Pins {
            sck: (word & 0xFF) as PinId,
            mosi: (word >> 8 & 0xFF) as PinId,
            miso: (word >> 16 & 0xFF) as PinId,
        }
    }

    fn all(self) -> [PinId; 3] {
        [self.sck, self.mosi, self.miso]
    }
}

/// Each bus's pins when the script names none: `boards/pico.toml`'s (and
/// MicroPython's defaults on the Pico).
const DEFAULT_PINS: [Pins; 2] = [
    Pins {
        sck: 18,
        mosi: 19,
        miso: 16,
    },
    Pins {
        sck: 10,
        mosi: 11,
        miso: 8,
    },
];

/// Each bus's pins: the defaults until [`spi_open`] chooses others (the
/// next `spi_open` needs to know which pins to release if the bus moves).
static PINS: [AtomicU32; 2] = [
    AtomicU32::new(DEFAULT_PINS[0].pack()),
    AtomicU32::new(DEFAULT_PINS[1].pack()),
];

/// Bus `id` on the pins it was last opened on (or its default pins).
fn bus(id: u8) -> HalResult<Bus> {
    // RP2040 datasheet, 2.2.2 (address map) and 2.14.3 (RESETS bits 16, 17).
    let (base, reset) = match id {
        0 => (0x4003_C000, 1 << 16),
        1 => (0x4004_0000, 1 << 17),
        _ => return Err(HalError::new(HalErrorKind::NoSuchPin, "no such SPI bus")),
    };
    Ok(Bus {
        base,
        reset,
        pins: Pins::unpack(PINS[usize::from(id)].load(Ordering::Relaxed)),
    })
}

/// The register block of a bus that [`spi_open`] has brought out of reset
/// (its registers are not to be touched before).
fn open_bus(id: u8) -> HalResult<usize> {
    let bus = bus(id)?;
    if read(RESETS + 0x8) & bus.reset == 0 {
        // The simulator's wording for the same case.
        return Err(HalError::unsupported("SPI bus not initialised"));
    }
    Ok(bus.base)
}

/// The position of each line in the GPIO function table's groups of four
/// (GP*n* carries RX, CSn, SCK, TX for *n* mod 4 = 0, 1, 2, 3).
const MISO: PinId = 0;
const SCK: PinId = 2;
const MOSI: PinId = 3;

/// Whether the GPIO function table routes line `line` ([`SCK`], [`MOSI`]
/// or [`MISO`]) of bus `id` to GPIO `pin` (RP2040 datasheet, 2.19.2:
/// function 1 is SPI0 on GP0–GP7 and GP16–GP23, SPI1 on GP8–GP15 and
/// GP24–GP29, so the bus is bit 3 of the GPIO number). Those are exactly
/// the `[[spi]]` pin lists of `boards/pico.toml`.
fn routes(id: u8, pin: PinId, line: PinId) -> bool {
    pin < PIN_COUNT && pin >> 3 & 1 == PinId::from(id) && pin & 3 == line
}

// PL022 register offsets (RP2040 datasheet, section 4.4.4).
const SSPCR0: usize = 0x00;
const SSPCR1: usize = 0x04;
const SSPDR: usize = 0x08;
const SSPSR: usize = 0x0C;
const SSPCPSR: usize = 0x10;

/// SSPCR0: 8-bit words (DSS = 0b0111), Motorola frame format (FRF = 0);
/// SPO (clock idles high) and SPH (sample on the second edge) by mode;
/// the serial clock rate (SCR) from bit 8.
const CR0_8BIT: u32 = 0b0111;
const CR0_SPO: u32 = 1 << 6;
const CR0_SPH: u32 = 1 << 7;
const CR0_SCR_SHIFT: u32 = 8;
/// SSPCR1: the port enabled, as controller (MS = 0), no loop-back.
const CR1_SSE: u32 = 1 << 1;
/// SSPSR: transmit FIFO not full, receive FIFO not empty.
const SR_TNF: u32 = 1 << 1;
const SR_RNE: u32 = 1 << 2;
/// Depth of each FIFO: at most this many bytes are in flight, so the
/// receive FIFO cannot overrun (it would drop bytes without a word).
const FIFO_DEPTH: usize = 8;

/// IO_BANK0 function numbers.
const FUNC_SPI: u32 = 1;
const FUNC_NULL: u32 = 0x1F;

/// `SPI(id, baudrate=…, polarity=…, phase=…, firstbit=…, sck=…, mosi=…,
/// miso=…)`: checks the pins (`None`: the default), the bit order and the
/// clock rate, resets the controller, sets it up and connects its pins,
/// disconnecting the ones it was on before if they differ. Nothing is
/// touched when a check fails, so the bus keeps its previous settings.
pub fn spi_open(id: u8, config: &SpiConfig) -> HalResult<()> {
    let old = bus(id)?;
    let defaults = DEFAULT_PINS[usize::from(id)];
    let pin = |given: Option<PinId>, default: PinId, line: PinId, error: &'static str| match given {
        Some(p) if !routes(id, p, line) => Err(HalError::new(HalErrorKind::NoSuchPin, error)),
        Some(p) => Ok(p),
        None => Ok(default),
    };
    // Checked in MicroPython's order: pins, then the bit order.
    let pins = Pins {
        sck: pin(config.sck, defaults.sck, SCK, "bad SCK pin")?,
        mosi: pin(config.mosi, defaults.mosi, MOSI, "bad MOSI pin")?,
        miso: pin(config.miso, defaults.miso, MISO, "bad MISO pin")?,
    };
    if config.lsb_first {
        return Err(HalError::unsupported("firstbit must be MSB"));
    }
    // clk_peri runs from clk_sys (rp2040-hal's init_clocks_and_plls), as
    // the UARTs' divisors assume too.
    let (prescale, scr) = dividers(SYSTICK_HZ, config.baudrate).ok_or(HalError::new(
        HalErrorKind::OutOfRange,
        "baudrate out of range",
    ))?;
    // Moving the bus: its old pins stop carrying it, unless the script has
    // made them something else since.
    for p in old.pins.all() {
        let ctrl = IO_BANK0 + 4 + 8 * usize::from(p);
        if !pins.all().contains(&p) && read(ctrl) & 0x1F == FUNC_SPI {
            funcsel(p, FUNC_NULL);
        }
    }
    PINS[usize::from(id)].store(pins.pack(), Ordering::Relaxed);
    // A reset clears the FIFOs and leaves the port disabled (SSE = 0),
    // which is when SSPCR0 and SSPCPSR may be written.
    write(RESETS + SET, old.reset);
    write(RESETS + CLR, old.reset);
    while read(RESETS + 0x8) & old.reset == 0 {}
    let mut cr0 = CR0_8BIT | scr << CR0_SCR_SHIFT;
    if config.polarity {
        cr0 |= CR0_SPO;
    }
    if config.phase {
        cr0 |= CR0_SPH;
    }
    write(old.base + SSPCPSR, prescale);
    write(old.base + SSPCR0, cr0);
    write(old.base + SSPCR1, CR1_SSE);
    // The pins last, so they only see the clock's idle level of the new
    // mode. Pads as the SDK's gpio_set_function leaves them: input on (for
    // MISO), output not disabled; the pulls stay the script's.
    for p in pins.all() {
        let pad = PADS_BANK0 + 4 + 4 * usize::from(p);
        write(pad + CLR, 1 << 7); // OD
        write(pad + SET, 1 << 6); // IE
        funcsel(p, FUNC_SPI);
    }
    Ok(())
}

/// The PL022's dividers for the fastest clock not above `baud` that `clk`
/// divides down to: SSPCPSR's prescale (even, 2–254) and SSPCR0's SCR
/// (0–255), the clock being `clk / (prescale × (SCR + 1))`. `None` for 0,
/// for more than `clk / 2` (the controller's limit) and for less than the
/// slowest rate (`clk / 65024`, about 1.9 kHz at 125 MHz).
///
/// The Pico SDK's `spi_set_baudrate` takes the smallest prescale that can
/// reach `baud` and the largest rate not above it from there; this tries
/// every prescale instead, as a larger one sometimes divides more closely:
/// for 121.4 kHz (a divisor of 1030 at 125 MHz) the SDK's prescale 6 makes
/// 6 × 172 = 1032, prescale 10 makes 10 × 103 = 1030 exactly.
fn dividers(clk: u32, baud: u32) -> Option<(u32, u32)> {
    if baud == 0 || baud > clk / 2 {
        return None;
    }
    // (prescale, postdiv = SCR + 1) with the smallest product so far: the
    // smallest total divisor is the fastest clock.
    let mut best: Option<(u32, u32)> = None;
    for prescale in (2..=254).step_by(2) {
        if let Some((p, d)) = best {
            // A divisor is at least its prescale: none from here on can
            // beat the best one.
            if prescale >= p * d {
                break;
            }
        }
        // Rounding the division up keeps the clock at or below `baud`.
        let postdiv = u64::from(clk).div_ceil(u64::from(prescale) * u64::from(baud));
        if postdiv > 256 {
            continue;
        }
        let postdiv = postdiv as u32;
        let better = match best {
            Some((p, d)) => prescale * postdiv < p * d,
            None => true,
        };
        if better {
            best = Some((prescale, postdiv));
        }
    }
    best.map(|(prescale, postdiv)| (prescale, postdiv - 1))
}

/// One full-duplex transfer on bus `id`: sends each byte of `data` and
/// replaces it with the byte received meanwhile. The transmit FIFO is kept
/// fed, as the SDK's `spi_write_read_blocking` does, so the clock runs
/// without gaps between bytes; at most [`FIFO_DEPTH`] bytes are in flight.
///
/// No timeout, unlike I2C: as the controller the PL022 makes the clock
/// itself, and nothing on the bus can stretch it or refuse a byte (MISO is
/// only sampled), so every byte written comes back within 8 clock periods
/// (under 5 ms at the slowest rate), whatever is or is not connected.
pub fn spi_transfer(id: u8, data: &mut [u8]) -> HalResult<()> {
    let base = open_bus(id)?;
    // Nothing should be waiting, but a stale byte would shift every byte
    // of this transfer by one.
    while read(base + SSPSR) & SR_RNE != 0 {
        read(base + SSPDR);
    }
    let (mut sent, mut received) = (0, 0);
    while received < data.len() {
        let status = read(base + SSPSR);
        if sent < data.len() && sent < received + FIFO_DEPTH && status & SR_TNF != 0 {
            write(base + SSPDR, u32::from(data[sent]));
            sent += 1;
        }
        if status & SR_RNE != 0 {
            data[received] = read(base + SSPDR) as u8;
            received += 1;
        }
    }
    Ok(())
}
