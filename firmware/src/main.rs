//! Ferrite firmware: the `vm` crate on a Cortex-M MCU.
//!
//! The bytecode image is not linked in: it sits in its own flash region
//! (`IMAGE` in `memory/<board>.x`), so the same firmware binary runs any
//! script — "flashed unchanged". At reset the firmware verifies the image,
//! runs it with the console on UART0 and the clock on SysTick, keeps timers
//! running after the top level returns, prints an uncaught exception's
//! traceback on the UART, and reports the outcome to the debugger through
//! semihosting (QEMU exits with status 0 or 1).

#![no_std]
#![no_main]

extern crate alloc;

mod arena;
mod board;
mod clock;
mod hal;
mod image;
mod uart;

#[cfg(not(feature = "rp2040"))]
use cortex_m_rt::entry;
// rp2040-hal's entry also releases the hardware spinlocks a warm reset may
// have left taken.
use cortex_m_semihosting::{debug, heprintln};
#[cfg(feature = "rp2040")]
use rp2040_hal::entry;

#[global_allocator]
static HEAP: arena::Arena = arena::Arena::empty();

#[entry]
fn main() -> ! {
    HEAP.init();
    board::init();
    let mut core = cortex_m::Peripherals::take().unwrap_or_else(|| fatal("core peripherals taken"));
    clock::start(&mut core.SYST);

    let bytes = match image::find() {
        Ok(b) => b,
        Err(msg) => fatal(msg),
    };
    let program = match vm::bytecode::load(bytes) {
        Ok(p) => p,
        Err(e) => {
            uart::write_fmt(format_args!("ferrite: invalid bytecode image: {e}\n"));
            exit(false)
        }
    };
    let config = vm::Config {
        heap_bytes: board::VM_HEAP_BYTES,
        max_depth: board::MAX_DEPTH,
    };
    let mut machine = vm::Vm::new(program, hal::McuBoard::new(), config);
    let start = clock::now_ns();
    let result = machine.run().and_then(|()| machine.idle());
    let elapsed = clock::now_ns() - start;
    // Outside the console: `cargo xtask qemu --count` reads this. Under
    // `-icount shift=0` one nanosecond of virtual time is one instruction,
    // so the time not spent asleep is the instructions the script took.
    heprintln!(
        "ferrite: ran for {} ns of virtual time, {} ns asleep",
        elapsed,
        clock::slept_ns()
    );
    match result {
        Ok(()) => exit(true),
        // `sys.exit(n)`: status 0 for no argument or 0, else failure (the
        // semihosting exit carries only success or failure); a message that
        // is not a number is printed, as CPython does.
        Err(exc) if exc.type_name == "SystemExit" => match exc.message.as_str() {
            "" | "None" | "0" => exit(true),
            m if m.parse::<i64>().is_ok() => exit(false),
            m => {
                uart::write_fmt(format_args!("{m}\n"));
                exit(false)
            }
        },
        Err(exc) => {
            uart::write_fmt(format_args!("{exc}"));
            exit(false)
        }
    }
}

/// Ends the run: QEMU exits with 0 (`ok`) or 1; real hardware halts.
fn exit(ok: bool) -> ! {
    uart::flush();
    debug::exit(if ok {
        debug::EXIT_SUCCESS
    } else {
        debug::EXIT_FAILURE
    });
    loop {
        cortex_m::asm::wfi();
    }
}

fn fatal(msg: &str) -> ! {
    uart::write_fmt(format_args!("ferrite: {msg}\n"));
    exit(false)
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    // The VM never panics on any input, and running out of memory has its
    // own message (arena.rs): a panic here is a bug. Its message is not
    // printed: reading it at all keeps every panic site's formatting code
    // (~7 KiB of flash), and its source location another ~16 KiB.
    fatal("internal error (a bug in Ferrite; please report it)")
}
