//! Time from SysTick: a 1 kHz interrupt counts milliseconds, the counter
//! register gives the fraction. Under QEMU's `-icount shift=0` the virtual
//! clock advances one nanosecond per instruction, so this is deterministic.

use crate::board::SYSTICK_HZ;
use core::cell::Cell;
use cortex_m::interrupt::Mutex;
use cortex_m::peripheral::syst::SystClkSource;
use cortex_m::peripheral::{SCB, SYST};
use cortex_m_rt::exception;

const RELOAD: u32 = SYSTICK_HZ / 1000 - 1;
static MILLIS: Mutex<Cell<u64>> = Mutex::new(Cell::new(0));

/// Starts the 1 ms tick.
pub fn start(syst: &mut SYST) {
    syst.set_clock_source(SystClkSource::Core);
    syst.set_reload(RELOAD);
    syst.clear_current();
    syst.enable_interrupt();
    syst.enable_counter();
}

#[exception]
fn SysTick() {
    cortex_m::interrupt::free(|cs| {
        let m = MILLIS.borrow(cs);
        m.set(m.get() + 1);
    });
}

/// Nanoseconds since [`start`].
pub fn now_ns() -> u64 {
    cortex_m::interrupt::free(|cs| {
        let ms = MILLIS.borrow(cs).get();
        loop {
            // A wrap not yet counted (its interrupt pends while masked) means
            // the counter restarted: that millisecond counts. Read the
            // pending bit on both sides so a wrap in between is not missed.
            let before = SCB::is_pendst_pending();
            let current = SYST::get_current();
            if SCB::is_pendst_pending() == before {
                let ticks = u64::from(RELOAD - current.min(RELOAD));
                let ms = ms + u64::from(before);
                return ms * 1_000_000 + ticks * 1_000_000_000 / u64::from(SYSTICK_HZ);
            }
        }
    })
}

static SLEPT_NS: Mutex<Cell<u64>> = Mutex::new(Cell::new(0));

/// Sleeps (WFI, woken every millisecond by SysTick) until `deadline_ns`
/// or until `event` says something is pending; returns whether it did.
pub fn sleep_until(deadline_ns: u64, mut event: impl FnMut() -> bool) -> bool {
    let start = now_ns();
    let mut woken = false;
    while now_ns() < deadline_ns {
        if event() {
            woken = true;
            break;
        }
        cortex_m::asm::wfi();
    }
    let slept = now_ns() - start;
    cortex_m::interrupt::free(|cs| {
        let s = SLEPT_NS.borrow(cs);
        s.set(s.get() + slept);
    });
    woken
}

/// Nanoseconds spent asleep in [`sleep_until`] so far: under `-icount`,
/// run time minus this is the instructions executed.
pub fn slept_ns() -> u64 {
    cortex_m::interrupt::free(|cs| SLEPT_NS.borrow(cs).get())
}
