//! The bytecode image in its own flash region.

extern "C" {
    static _fbc_image_start: u8;
    static _fbc_image_len: u8;
}

/// The image bytes, from the header's length field.
pub fn find() -> Result<&'static [u8], &'static str> {
    // SAFETY: the linker script defines both symbols: the region's start and
    // (as an address) its length. The region is flash, readable for the
    // whole run and never written by the firmware.
    let region = unsafe {
        let start = core::ptr::addr_of!(_fbc_image_start);
        let len = core::ptr::addr_of!(_fbc_image_len) as usize;
        core::slice::from_raw_parts(start, len)
    };
    if !region.starts_with(&vm::bytecode::MAGIC) {
        return Err("no bytecode image in the IMAGE flash region (load one with `cargo xtask qemu app.fbc`)");
    }
    let len = vm::bytecode::image_len(region).ok_or("the bytecode image header is damaged")?;
    region
        .get(..len)
        .ok_or("the bytecode image is larger than its flash region")
}
