//! Simulated boards implementing `vm::hal`.
#![forbid(unsafe_code)]
