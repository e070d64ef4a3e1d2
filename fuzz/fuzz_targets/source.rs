//! Arbitrary Python source through the compiler, verifier and interpreter.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    ferrite_fuzz::harness::source(data);
});
