//! Ferrite's fuzz targets share this harness (`cargo xtask fuzz`).
#![forbid(unsafe_code)]

pub mod harness;
