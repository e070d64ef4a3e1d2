//! Simulated boards implementing `vm::hal`.
//!
//! Everything here is deterministic: time is virtual and only moves when the
//! program sleeps, so a run depends only on the image and its inputs.
#![forbid(unsafe_code)]

mod board;
mod clock;
mod console;

pub use board::SimBoard;
pub use clock::VirtualClock;
pub use console::ConsoleSink;
