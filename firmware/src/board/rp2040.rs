//! Raspberry Pi Pico (RP2040): 125 MHz from the 12 MHz crystal, console on
//! UART0 (GP0 TX, GP1 RX, 115200 8N1), GP0–GP28 through SIO, PWM slices as
//! in `boards/pico.toml`, the LED on GP25, I2C0/I2C1 (see [`i2c`]),
//! SPI0/SPI1 (see [`spi`]).
//!
//! Registers are written directly (the RP2040's atomic set/clear aliases
//! make that race-free); rp2040-hal only brings the clocks up.

use rp2040_hal as hal;
use vm::hal::PinId;

mod i2c;
mod spi;
pub use i2c::{i2c_open, i2c_read, i2c_scan, i2c_write};
pub use spi::{spi_open, spi_transfer};

/// The second-stage bootloader the boot ROM runs from the first 256 bytes
/// of flash (for the Pico's W25Q080).
#[link_section = ".boot2"]
#[used]
pub static BOOT2: [u8; 256] = rp2040_boot2::BOOT_LOADER_W25Q080;

/// Memory for the Rust allocator.
pub const ALLOC_BYTES: usize = 192 * 1024;
/// The VM's garbage-collected heap.
pub const VM_HEAP_BYTES: usize = 96 * 1024;
/// Python call depth before `RecursionError`.
pub const MAX_DEPTH: usize = 200;
/// clk_sys after [`init`]; SysTick counts it.
pub const SYSTICK_HZ: u32 = 125_000_000;

const RESETS: usize = 0x4000_C000;
const IO_BANK0: usize = 0x4001_4000;
const PADS_BANK0: usize = 0x4001_C000;
const SIO: usize = 0xD000_0000;
const UART0: usize = 0x4003_4000;
const PWM: usize = 0x4005_0000;
const UART1: usize = 0x4003_8000;
const ADC: usize = 0x4004_C000;
/// Offset of a peripheral's atomic bit-set and bit-clear aliases.
const SET: usize = 0x2000;
const CLR: usize = 0x3000;

fn write(addr: usize, v: u32) {
    // SAFETY: every address passed here is a register of the RP2040's
    // always-mapped peripherals (listed above), written with a volatile store.
    unsafe { core::ptr::write_volatile(addr as *mut u32, v) }
}

fn read(addr: usize) -> u32 {
    // SAFETY: as for `write`.
    unsafe { core::ptr::read_volatile(addr as *const u32) }
}

/// Brings up clocks (XOSC + PLL, 125 MHz), takes IO, pads, UART0 and PWM
/// out of reset, and sets up the console UART.
pub fn init() {
    let Some(mut pac) = hal::pac::Peripherals::take() else {
        return;
    };
    let mut watchdog = hal::Watchdog::new(pac.WATCHDOG);
    let _ = hal::clocks::init_clocks_and_plls(
        12_000_000,
        pac.XOSC,
        pac.CLOCKS,
        pac.PLL_SYS,
        pac.PLL_USB,
        &mut pac.RESETS,
        &mut watchdog,
    );
    // ADC (0), IO_BANK0 (5), PADS_BANK0 (8), PWM (14), UART0 (22), UART1 (23).
    let bits = 1 | 1 << 5 | 1 << 8 | 1 << 14 | 1 << 22 | 1 << 23;
    write(RESETS + CLR, bits);
    while read(RESETS + 0x8) & bits != bits {}
    // 115200 baud from clk_peri = 125 MHz: 125e6 / (16 × 115200) = 67.817.
    uart_setup(UART0, 115_200);
    funcsel(0, 2);
    funcsel(1, 2);
    // The ADC runs from clk_adc (48 MHz from PLL_USB, set up above).
    write(ADC, 1); // CS.EN
}

/// Programs a PL011 for `baud` from clk_peri (125 MHz), 8N1 with FIFOs, as
/// the Pico SDK's `uart_set_baudrate` computes it; returns the baud rate
/// actually produced.
fn uart_setup(base: usize, baud: u32) -> u32 {
    let div = 8 * SYSTICK_HZ / baud.max(1);
    let (ibrd, fbrd) = match div >> 7 {
        0 => (1, 0),
        i if i >= 65_535 => (65_535, 0),
        i => (i, (div & 0x7f).div_ceil(2)),
    };
    write(base + 0x30, 0); // disable while changing
    write(base + 0x24, ibrd);
    write(base + 0x28, fbrd);
    write(base + 0x2C, 0x70); // 8 bits, FIFOs on (also latches the divisors)
    write(base + 0x30, 0x301); // UARTEN, TXE, RXE
    4 * SYSTICK_HZ / (64 * ibrd + fbrd)
}

/// UART ids scripts may open: UART0 carries the console, so `UART(1)` (GP4
/// TX, GP5 RX, as on MicroPython's rp2 port) is the free one.
fn uart_base(id: u8) -> Result<usize, &'static str> {
    match id {
        1 => Ok(UART1),
        0 => Err("UART(0) carries the console on this firmware; use UART(1) (GP4 TX, GP5 RX)"),
        _ => Err("no such UART"),
    }
}

/// Opens `UART(id)` at `baud` (8N1).
pub fn uart_open(id: u8, baud: u32) -> Result<(), &'static str> {
    let base = uart_base(id)?;
    // clk_peri / 16 at the fastest, and the 16-bit integer divisor at the slowest.
    if !(120..=7_812_500).contains(&baud) {
        return Err("baudrate out of range");
    }
    uart_setup(base, baud);
    funcsel(4, 2);
    funcsel(5, 2);
    Ok(())
}

/// Sends `data` on `UART(id)`, waiting while its FIFO is full.
pub fn uart_write(id: u8, data: &[u8]) -> Result<usize, &'static str> {
    let base = uart_base(id)?;
    for &b in data {
        while read(base + 0x18) & (1 << 5) != 0 {}
        write(base, u32::from(b));
    }
    Ok(data.len())
}

/// Moves received bytes into `buf` (RX FIFO, up to 32 bytes; nothing is
/// buffered beyond it); returns how many.
pub fn uart_read(id: u8, buf: &mut [u8]) -> Result<usize, &'static str> {
    let base = uart_base(id)?;
    let mut n = 0;
    while n < buf.len() && read(base + 0x18) & (1 << 4) == 0 {
        buf[n] = read(base) as u8;
        n += 1;
    }
    Ok(n)
}

/// Whether bytes are waiting: the PL011 does not count its FIFO, so this
/// is 1 or 0 (MicroPython allows `any()` to answer 1 for "some").
pub fn uart_any(id: u8) -> Result<usize, &'static str> {
    let base = uart_base(id)?;
    Ok(usize::from(read(base + 0x18) & (1 << 4) == 0))
}

/// The GPIO of ADC channel `ch` (GP26–GP28 are ADC0–ADC2 on the Pico's
/// header; ADC3 is VSYS/3 and ADC4 the temperature sensor, not pins).
pub fn adc_pin(ch: i64) -> Option<PinId> {
    match ch {
        0..=2 => Some(26 + ch as PinId),
        26..=28 => Some(ch as PinId),
        _ => None,
    }
}

/// Prepares `pin` (GP26–GP28) for analogue input: digital input off,
/// output driver off, no pulls (as the SDK's `adc_gpio_init`).
pub fn adc_open(pin: PinId) {
    funcsel(pin, 31); // NULL function
    let pad = PADS_BANK0 + 4 + 4 * usize::from(pin);
    write(pad + CLR, 1 << 6 | 0b1100); // IE, pulls
    write(pad + SET, 1 << 7); // OD
}

/// One conversion of `pin`'s channel, 12 bits scaled to 16 as MicroPython
/// does (`raw << 4 | raw >> 8`).
pub fn adc_read_u16(pin: PinId) -> u16 {
    let ch = u32::from(pin - 26);
    write(ADC, 1 | 1 << 2 | ch << 12); // EN, START_ONCE, AINSEL
    while read(ADC) & (1 << 8) == 0 {} // READY
    let raw = (read(ADC + 0x04) & 0xFFF) as u16;
    raw << 4 | raw >> 8
}

/// IO_BANK0's raw interrupt registers (`INTR0`–`INTR3`): four bits per GPIO
/// (level low, level high, edge low, edge high); the edge bits latch whether
/// or not the interrupt is enabled, and clear when written with 1.
const INTR: usize = IO_BANK0 + 0x0F0;

/// Starts (or stops) latching edges on `pin`: clears stale edges so only
/// edges from now on are reported.
pub fn edge_watch(pin: PinId) {
    let (reg, shift) = intr_bits(pin);
    write(reg, 0b1100 << shift);
}

fn intr_bits(pin: PinId) -> (usize, u32) {
    (INTR + 4 * usize::from(pin / 8), 4 * u32::from(pin % 8))
}

/// Whether an edge is latched on `pin`.
pub fn edge_latched(pin: PinId) -> bool {
    let (reg, shift) = intr_bits(pin);
    read(reg) >> shift & 0b1100 != 0
}

/// A latched edge on `pin` (`Some(true)` rising), cleared as it is taken.
/// With both latched (a pulse between two polls) the one that does not
/// match the current level came first.
pub fn take_edge(pin: PinId) -> Option<bool> {
    let (reg, shift) = intr_bits(pin);
    let bits = read(reg) >> shift & 0b1100;
    let rising = match bits {
        0 => return None,
        0b1000 => true,
        0b0100 => false,
        _ => !gpio_read(pin),
    };
    write(reg, if rising { 0b1000 } else { 0b0100 } << shift);
    Some(rising)
}

/// Routes GPIO `pin` to peripheral function `f` (1 SPI, 2 UART, 3 I2C, 4 PWM,
/// 5 SIO).
fn funcsel(pin: PinId, f: u32) {
    write(IO_BANK0 + 4 + 8 * usize::from(pin), f);
}

/// Writes one byte to the console UART (PL011), waiting while it is full.
pub fn uart_put(byte: u8) {
    while read(UART0 + 0x18) & (1 << 5) != 0 {}
    write(UART0, u32::from(byte));
}

/// The board's named pins, as in `boards/pico.toml`.
pub const NAMED_PINS: &[(&str, PinId)] = &[("LED", 25)];
/// GP0–GP28 (`GP` names are accepted too).
pub const PIN_COUNT: PinId = 29;
/// No lettered ports.
pub const PORT_NAMES: &[u8] = b"";

/// Makes `pin` an SIO output or input.
pub fn gpio_direction(pin: PinId, output: bool) {
    funcsel(pin, 5);
    write(SIO + if output { 0x24 } else { 0x28 }, 1 << pin);
}

/// Sets the pad's pull resistors.
pub fn gpio_pull(pin: PinId, up: bool, down: bool) {
    let pad = PADS_BANK0 + 4 + 4 * usize::from(pin);
    write(pad + CLR, 0b1100);
    write(pad + SET, u32::from(up) << 3 | u32::from(down) << 2);
}

/// Drives `pin`.
pub fn gpio_write(pin: PinId, high: bool) {
    write(SIO + if high { 0x14 } else { 0x18 }, 1 << pin);
}

/// Reads `pin`'s level.
pub fn gpio_read(pin: PinId) -> bool {
    read(SIO + 0x04) & (1 << pin) != 0
}

/// PWM slice and channel (0 = A, 1 = B) of a pin, as on the RP2040.
pub fn pwm_channel(pin: PinId) -> (usize, usize) {
    (usize::from(pin / 2 % 8), usize::from(pin % 2))
}

/// Connects `pin` to its PWM slice and starts the slice.
pub fn pwm_start(pin: PinId) {
    let (slice, _) = pwm_channel(pin);
    funcsel(pin, 4);
    write(PWM + 0x14 * slice + SET, 1); // CSR.EN
}

/// Disconnects `pin` from PWM (back to a low SIO output).
pub fn pwm_stop(pin: PinId) {
    gpio_write(pin, false);
    gpio_direction(pin, true);
}

/// Programs a slice for `hz` (divider and TOP) and re-applies both channels'
/// duties; returns the frequency actually produced.
pub fn pwm_configure(slice: usize, hz: u32, duty: [u16; 2]) -> u32 {
    let hz = hz.max(1);
    // Cycles per period at 125 MHz, with the divider in 1/16ths so TOP fits.
    let cycles16 = u64::from(SYSTICK_HZ) * 16 / u64::from(hz);
    let div16 = cycles16.div_ceil(65_536).clamp(16, 0xFFF);
    let top = (cycles16 / div16).clamp(2, 65_536) - 1;
    let base = PWM + 0x14 * slice;
    write(base + 0x04, div16 as u32);
    write(base + 0x10, top as u32);
    let cc = |d: u16| ((u64::from(d) * (top + 1)) >> 16) as u32;
    write(base + 0x0C, cc(duty[0]) | cc(duty[1]) << 16);
    (u64::from(SYSTICK_HZ) * 16 / (div16 * (top + 1))) as u32
}
