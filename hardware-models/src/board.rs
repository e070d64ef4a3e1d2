//! The simulated board: a console and a virtual clock behind `vm::hal`.

use crate::clock::VirtualClock;
use crate::console::ConsoleSink;
use vm::hal::{Clock, Console};

/// A simulated microcontroller board as the VM sees it.
#[derive(Debug)]
pub struct SimBoard {
    console: ConsoleSink,
    clock: VirtualClock,
}

impl SimBoard {
    /// A board at time 0 whose console goes to `console`.
    pub fn new(console: ConsoleSink) -> SimBoard {
        SimBoard {
            console,
            clock: VirtualClock::new(),
        }
    }

    /// A board that records its console output (for tests).
    pub fn capturing() -> SimBoard {
        SimBoard::new(ConsoleSink::capture())
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

    /// The virtual clock, mutably (a test harness may advance time).
    pub fn clock_mut(&mut self) -> &mut VirtualClock {
        &mut self.clock
    }
}

impl Console for SimBoard {
    fn write_str(&mut self, text: &str) {
        self.console.write_str(text);
    }
}

impl Clock for SimBoard {
    fn now_ns(&mut self) -> u64 {
        self.clock.now_ns()
    }

    fn wait_until_ns(&mut self, deadline_ns: u64) -> bool {
        self.clock.sleep_until_ns(deadline_ns);
        false
    }
}

// The peripherals arrive with the simulated-boards issue; until then the
// HAL's defaults report them as unsupported.
impl vm::hal::Gpio for SimBoard {}
impl vm::hal::Pwm for SimBoard {}
impl vm::hal::Adc for SimBoard {}
impl vm::hal::Uart for SimBoard {}
impl vm::hal::I2c for SimBoard {}
impl vm::hal::Events for SimBoard {}

#[cfg(test)]
mod tests {
    use super::*;
    use vm::hal::Board;

    /// Drives the board only through the HAL traits, as the VM does.
    fn blink<B: Board>(b: &mut B) -> u64 {
        let start = b.now_ns();
        b.write_str("on\n");
        b.wait_until_ns(start + 500_000_000);
        b.write_str("off\n");
        b.now_ns()
    }

    #[test]
    fn hal_calls_reach_console_and_clock() {
        let mut board = SimBoard::capturing();
        assert_eq!(blink(&mut board), 500_000_000);
        assert_eq!(board.output(), "on\noff\n");
        assert_eq!(board.clock().now_ns(), 500_000_000);
    }

    #[test]
    fn runs_are_deterministic() {
        let mut a = SimBoard::capturing();
        let mut b = SimBoard::capturing();
        assert_eq!(blink(&mut a), blink(&mut b));
        assert_eq!(a.output(), b.output());
    }
}
