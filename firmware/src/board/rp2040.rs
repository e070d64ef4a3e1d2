//! Raspberry Pi Pico (RP2040): 125 MHz from the 12 MHz crystal, console on
//! UART0 (GP0 TX, GP1 RX, 115200 8N1), GP0–GP28 through SIO, PWM slices as
//! in `boards/pico.toml`, the LED on GP25.
//!
//! Registers are written directly (the RP2040's atomic set/clear aliases
//! make that race-free); rp2040-hal only brings the clocks up.

use rp2040_hal as hal;
use vm::hal::PinId;

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
    // IO_BANK0 (5), PADS_BANK0 (8), PWM (14), UART0 (22).
    let bits = 1 << 5 | 1 << 8 | 1 << 14 | 1 << 22;
    write(RESETS + CLR, bits);
    while read(RESETS + 0x8) & bits != bits {}
    // 115200 baud from clk_peri = 125 MHz: 125e6 / (16 × 115200) = 67.817.
    write(UART0 + 0x24, 67);
    write(UART0 + 0x28, 52);
    write(UART0 + 0x2C, 0x70); // 8 bits, FIFOs on
    write(UART0 + 0x30, 0x301); // UARTEN, TXE, RXE
    funcsel(0, 2);
    funcsel(1, 2);
}

/// Routes GPIO `pin` to peripheral function `f` (2 UART, 4 PWM, 5 SIO).
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
