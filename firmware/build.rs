//! Puts the selected board's memory map where cortex-m-rt's `link.x` finds it.

use std::path::PathBuf;

fn main() {
    let board = if std::env::var_os("CARGO_FEATURE_MPS2_AN385").is_some() {
        "mps2-an385"
    } else if std::env::var_os("CARGO_FEATURE_RP2040").is_some() {
        "rp2040"
    } else {
        "lm3s6965"
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    let memory = std::fs::read_to_string(format!("memory/{board}.x")).unwrap();
    std::fs::write(out.join("memory.x"), memory).unwrap();
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=memory");
    println!("cargo:rerun-if-changed=build.rs");
}
