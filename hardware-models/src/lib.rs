//! Simulated boards implementing `vm::hal`.
//!
//! Everything here is deterministic: time is virtual and only moves when the
//! program sleeps or is charged for instructions, so a run depends only on
//! the image, the board file and the stimulus file.
#![forbid(unsafe_code)]

mod board;
mod clock;
mod console;
mod devices;
mod file_error;
pub mod live;
pub mod spec;
mod spi_devices;
pub mod stimulus;
pub mod time;
pub mod trace;

pub use board::SimBoard;
pub use clock::VirtualClock;
pub use console::ConsoleSink;
pub use devices::{I2cDevice, Tmp102};
pub use file_error::FileError;
pub use live::{BoardSnapshot, LiveInput, LiveSource};
pub use spec::BoardSpec;
pub use spi_devices::{Mcp3008, SpiDevice};
pub use stimulus::Stimulus;
pub use trace::{Trace, TraceEntry, TraceSource};
