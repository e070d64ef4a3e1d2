//! ARM MPS2 AN385 (QEMU `mps2-an385`): a Cortex-M3 with 4 MiB of data RAM
//! for bigger programs, CMSDK UART0 as the console, the FPGA IO LEDs and buttons as pins.

use vm::hal::PinId;

/// Memory for the Rust allocator.
pub const ALLOC_BYTES: usize = 3 * 1024 * 1024 + 512 * 1024;
/// The VM's garbage-collected heap.
pub const VM_HEAP_BYTES: usize = 1024 * 1024;
/// Python call depth before `RecursionError`.
pub const MAX_DEPTH: usize = 1000;
/// The AN385 system clock, which SysTick counts.
pub const SYSTICK_HZ: u32 = 25_000_000;

const UART0: usize = 0x4000_4000;

/// Enables UART0's transmitter.
pub fn init() {
    // SAFETY: CMSDK UART0 registers are always mapped on this board:
    // BAUDDIV (0x10) must be ≥ 16, CTRL (0x08) bit 0 enables TX.
    unsafe {
        core::ptr::write_volatile((UART0 + 0x10) as *mut u32, 16);
        core::ptr::write_volatile((UART0 + 0x08) as *mut u32, 1);
    }
}

/// Writes one byte, waiting while the transmitter is full.
pub fn uart_put(byte: u8) {
    // SAFETY: as above; STATE (0x04) bit 0 is "TX buffer full".
    unsafe {
        while core::ptr::read_volatile((UART0 + 0x04) as *const u32) & 1 != 0 {}
        core::ptr::write_volatile(UART0 as *mut u32, u32::from(byte));
    }
}

/// FPGA IO: two user LEDs (`Pin("LED")` is LED0) as outputs, two push
/// buttons as inputs.
pub const NAMED_PINS: &[(&str, PinId)] =
    &[("LED", 0), ("LED0", 0), ("LED1", 1), ("PB0", 2), ("PB1", 3)];
/// LED0, LED1, button 0, button 1.
pub const PIN_COUNT: PinId = 4;
/// No lettered ports.
pub const PORT_NAMES: &[u8] = b"";

const FPGAIO_LED: usize = 0x4002_8000;
const FPGAIO_BUTTON: usize = 0x4002_8008;

/// Directions are fixed by the hardware (LEDs out, buttons in).
pub fn gpio_direction(_: PinId, _: bool) {}

/// The FPGA IO has no pull resistors to set.
pub fn gpio_pull(_: PinId, _: bool, _: bool) {}

/// Lights or darkens an LED (buttons ignore writes).
pub fn gpio_write(pin: PinId, high: bool) {
    if pin >= 2 {
        return;
    }
    let bit = 1u32 << pin;
    // SAFETY: the FPGA IO LED register is always mapped on the AN385.
    unsafe {
        let r = FPGAIO_LED as *mut u32;
        let v = core::ptr::read_volatile(r);
        core::ptr::write_volatile(r, if high { v | bit } else { v & !bit });
    }
}

/// An LED's state, or a button's.
pub fn gpio_read(pin: PinId) -> bool {
    let (addr, bit) = if pin < 2 {
        (FPGAIO_LED, pin)
    } else {
        (FPGAIO_BUTTON, pin - 2)
    };
    // SAFETY: as above; both registers are readable.
    unsafe { core::ptr::read_volatile(addr as *const u32) & (1 << bit) != 0 }
}

/// What `PWM(...)` says here: QEMU models no PWM on this board.
pub const NO_PWM: &str = "PWM is not available on mps2-an385 (QEMU models none)";
/// What `ADC(...)` says here.
pub const NO_ADC: &str = "ADC is not available on mps2-an385 (QEMU models none)";
/// What `UART(...)` says here: UART0 is the console.
pub const NO_UART: &str = "UART is not available to scripts on mps2-an385 (UART0 is the console)";
/// What `Pin.irq(...)` says here: QEMU cannot drive this board's inputs
/// from a CI run, so edge interrupts are not offered rather than never firing.
pub const NO_PIN_IRQ: &str =
    "Pin.irq is not available on mps2-an385 (nothing drives its inputs in QEMU)";
