//! What differs between the boards the firmware supports: memory budgets,
//! the SysTick clock rate, the console UART and the GPIO ports.

#[cfg(not(feature = "mps2-an385"))]
mod lm3s6965;
#[cfg(not(feature = "mps2-an385"))]
pub use lm3s6965::*;

#[cfg(feature = "mps2-an385")]
mod mps2_an385;
#[cfg(feature = "mps2-an385")]
pub use mps2_an385::*;
