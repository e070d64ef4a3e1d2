//! A virtual monotonic clock in nanoseconds.

/// Simulated time: starts at 0 and jumps forward when the program sleeps.
///
/// Sleeping never blocks the host, so a `time.sleep(60)` costs nothing and two
/// runs of the same program see the same timestamps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VirtualClock {
    now_ns: u64,
}

impl VirtualClock {
    /// A clock at time 0.
    pub fn new() -> VirtualClock {
        VirtualClock::default()
    }

    /// Nanoseconds since the board started.
    pub fn now_ns(&self) -> u64 {
        self.now_ns
    }

    /// Moves time to `deadline_ns`; a deadline in the past leaves time alone,
    /// because a monotonic clock must never run backwards.
    pub fn sleep_until_ns(&mut self, deadline_ns: u64) {
        self.now_ns = self.now_ns.max(deadline_ns);
    }

    /// Moves time forward by `ns` (saturating rather than wrapping, so an
    /// absurd sleep parks the clock at the end of time instead of at 0).
    pub fn advance_ns(&mut self, ns: u64) {
        self.now_ns = self.now_ns.saturating_add(ns);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_at_zero() {
        assert_eq!(VirtualClock::new().now_ns(), 0);
    }

    #[test]
    fn sleep_jumps_forward() {
        let mut c = VirtualClock::new();
        c.sleep_until_ns(1_500);
        assert_eq!(c.now_ns(), 1_500);
        c.sleep_until_ns(60_000_000_000);
        assert_eq!(c.now_ns(), 60_000_000_000);
    }

    #[test]
    fn never_goes_backwards() {
        let mut c = VirtualClock::new();
        c.sleep_until_ns(1_000);
        c.sleep_until_ns(10);
        assert_eq!(c.now_ns(), 1_000);
    }

    #[test]
    fn advance_saturates() {
        let mut c = VirtualClock::new();
        c.advance_ns(5);
        assert_eq!(c.now_ns(), 5);
        c.advance_ns(u64::MAX);
        assert_eq!(c.now_ns(), u64::MAX);
    }
}
