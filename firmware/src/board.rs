//! What differs between the boards the firmware supports: memory budgets,
//! the SysTick clock rate, the console UART and the GPIO ports.

#[cfg(not(any(feature = "mps2-an385", feature = "rp2040")))]
mod lm3s6965;
#[cfg(not(any(feature = "mps2-an385", feature = "rp2040")))]
pub use lm3s6965::*;

#[cfg(feature = "rp2040")]
mod rp2040;
#[cfg(feature = "rp2040")]
pub use rp2040::*;

#[cfg(feature = "mps2-an385")]
mod mps2_an385;
#[cfg(feature = "mps2-an385")]
pub use mps2_an385::*;
