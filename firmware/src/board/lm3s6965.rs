//! TI Stellaris LM3S6965 (QEMU `lm3s6965evb`): 64 KiB of SRAM, PL011 UART0,
//! GPIO ports A–G; pins are numbered port × 8 + bit as in
//! `boards/lm3s6965.toml`, with the same names.

use vm::hal::PinId;

/// Memory for the Rust allocator: the VM heap, its stacks and tables.
pub const ALLOC_BYTES: usize = 48 * 1024;
/// The VM's garbage-collected heap (half of it is live at a time).
pub const VM_HEAP_BYTES: usize = 16 * 1024;
/// Python call depth before `RecursionError`.
pub const MAX_DEPTH: usize = 64;
/// SysTick counts the system clock; QEMU runs this board from its 12 MHz
/// crystal until the PLL is configured (the firmware leaves it alone).
pub const SYSTICK_HZ: u32 = 12_000_000;

/// UART0 (PL011) base address.
pub const UART0: usize = 0x4000_C000;

/// Sets the board up (QEMU's UART0 needs nothing; on silicon the boot
/// defaults give 115200 through the ICDI).
pub fn init() {}

/// Writes one byte to the console UART, waiting while its FIFO is full.
pub fn uart_put(byte: u8) {
    const FR_TXFF: u32 = 1 << 5;
    // SAFETY: UART0's data and flag registers are always mapped on this MCU;
    // volatile word accesses are how the PL011 is driven.
    unsafe {
        while core::ptr::read_volatile((UART0 + 0x18) as *const u32) & FR_TXFF != 0 {}
        core::ptr::write_volatile(UART0 as *mut u32, u32::from(byte));
    }
}

const PORTS: [usize; 7] = [
    0x4000_4000, // A
    0x4000_5000, // B
    0x4000_6000, // C
    0x4000_7000, // D
    0x4002_4000, // E
    0x4002_5000, // F
    0x4002_6000, // G
];

/// The board's named pins (`Pin("LED")`), as in `boards/lm3s6965.toml`.
pub const NAMED_PINS: &[(&str, PinId)] = &[
    ("LED", 40),    // PF0
    ("UP", 32),     // PE0
    ("DOWN", 33),   // PE1
    ("LEFT", 34),   // PE2
    ("RIGHT", 35),  // PE3
    ("SELECT", 41), // PF1
];

/// Number of GPIO pins (`PA0` = 0 … `PG7` = 55).
pub const PIN_COUNT: PinId = 56;

/// Port letter of `PA0`-style names.
pub const PORT_NAMES: &[u8] = b"ABCDEFG";

fn reg(pin: PinId, offset: usize) -> *mut u32 {
    (PORTS[usize::from(pin / 8)] + offset) as *mut u32
}

/// Makes `pin` a digital output (`true`) or input.
pub fn gpio_direction(pin: PinId, output: bool) {
    let bit = 1u32 << (pin % 8);
    // SAFETY: `pin < PIN_COUNT` (checked by the caller), so the port exists;
    // read-modify-write of its DIR (0x400) and DEN (0x51C) registers.
    unsafe {
        // Clock the port (RCGC2); QEMU ignores it, silicon needs it.
        let rcgc2 = 0x400F_E108 as *mut u32;
        core::ptr::write_volatile(rcgc2, core::ptr::read_volatile(rcgc2) | 1 << (pin / 8));
        let dir = reg(pin, 0x400);
        let d = core::ptr::read_volatile(dir);
        core::ptr::write_volatile(dir, if output { d | bit } else { d & !bit });
        let den = reg(pin, 0x51C);
        core::ptr::write_volatile(den, core::ptr::read_volatile(den) | bit);
    }
}

/// Sets the pin's pull resistors (PUR 0x510, PDR 0x514).
pub fn gpio_pull(pin: PinId, up: bool, down: bool) {
    let bit = 1u32 << (pin % 8);
    for (offset, on) in [(0x510, up), (0x514, down)] {
        // SAFETY: as in `gpio_direction`.
        unsafe {
            let r = reg(pin, offset);
            let v = core::ptr::read_volatile(r);
            core::ptr::write_volatile(r, if on { v | bit } else { v & !bit });
        }
    }
}

/// Drives `pin`.
pub fn gpio_write(pin: PinId, high: bool) {
    let bit = 1u32 << (pin % 8);
    // SAFETY: as above; the DATA register is addressed through the bit mask
    // in address bits 9:2, so only this pin changes.
    unsafe { core::ptr::write_volatile(reg(pin, (bit as usize) << 2), if high { bit } else { 0 }) }
}

/// Reads `pin`'s level.
pub fn gpio_read(pin: PinId) -> bool {
    let bit = 1u32 << (pin % 8);
    // SAFETY: as above (masked read of DATA).
    unsafe { core::ptr::read_volatile(reg(pin, (bit as usize) << 2)) & bit != 0 }
}

/// What `PWM(...)` says here: QEMU models no PWM on this board.
pub const NO_PWM: &str = "PWM is not available on lm3s6965 (QEMU models none)";
/// What `ADC(...)` says here.
pub const NO_ADC: &str = "ADC is not available on lm3s6965 (QEMU models none)";
/// What `UART(...)` says here: UART0 is the console.
pub const NO_UART: &str = "UART is not available to scripts on lm3s6965 (UART0 is the console)";
/// What `Pin.irq(...)` says here: QEMU cannot drive this board's inputs
/// from a CI run, so edge interrupts are not offered rather than never firing.
pub const NO_PIN_IRQ: &str =
    "Pin.irq is not available on lm3s6965 (nothing drives its inputs in QEMU)";
