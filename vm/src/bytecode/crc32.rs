//! CRC-32 (IEEE, as zlib and PNG use) of an image body.
//!
//! Nibble-at-a-time with a 64-byte table: an image is checked once at load,
//! so a few cycles per byte cost nothing, while the usual slice-by-16 tables
//! would cost 16 KiB of MCU flash.

const POLY: u32 = 0xEDB8_8320;

const TABLE: [u32; 16] = {
    let mut t = [0u32; 16];
    let mut i = 0;
    while i < 16 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 4 {
            c = if c & 1 != 0 { POLY ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// The CRC-32 of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in bytes {
        c ^= u32::from(b);
        c = TABLE[(c & 15) as usize] ^ (c >> 4);
        c = TABLE[(c & 15) as usize] ^ (c >> 4);
    }
    !c
}

#[cfg(test)]
mod tests {
    use super::crc32;

    #[test]
    fn matches_the_standard_check_values() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
    }
}
