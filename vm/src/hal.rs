//! The port boundary: the few small capabilities the VM needs from a board.
//!
//! Like embedded-hal's traits, each is tiny and configuration stays outside
//! them. The simulator (`hardware-models`), the browser and the firmware each
//! implement them; the VM itself has no I/O and no clock of its own.

/// Where `print` and tracebacks go (a UART on a device, stdout on the host).
pub trait Console {
    /// Writes text; the VM calls this with whole `print` fragments.
    fn write_str(&mut self, text: &str);
}

/// Monotonic time and waiting.
pub trait Clock {
    /// Nanoseconds since the board started.
    fn now_ns(&mut self) -> u64;
    /// Blocks (or, in a simulator, advances virtual time) until `deadline_ns`.
    fn sleep_until_ns(&mut self, deadline_ns: u64);
}

/// Everything a board provides to the VM.
pub trait Board: Console + Clock {}

impl<T: Console + Clock> Board for T {}
