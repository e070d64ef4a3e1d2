//! Arbitrary image bodies through the decoder, verifier and interpreter.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    ferrite_fuzz::harness::image_body(data);
});
