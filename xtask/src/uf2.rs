//! UF2, the format the RP2040's boot ROM accepts over USB mass storage
//! (https://github.com/microsoft/uf2): 512-byte blocks of 256 payload bytes,
//! each naming its flash address.

const MAGIC_START0: u32 = 0x0A32_4655;
const MAGIC_START1: u32 = 0x9E5D_5157;
const MAGIC_END: u32 = 0x0AB1_6F30;
const FLAG_FAMILY_ID: u32 = 0x0000_2000;
/// The RP2040's family id.
pub const RP2040_FAMILY: u32 = 0xE48B_FF56;
const PAYLOAD: usize = 256;

/// UF2 blocks writing every `(address, bytes)` segment, padded to 256-byte pages.
pub fn write(segments: &[(u32, Vec<u8>)], family: u32) -> Vec<u8> {
    let mut pages: Vec<(u32, [u8; PAYLOAD])> = Vec::new();
    for (addr, data) in segments {
        for (i, chunk) in data.chunks(PAYLOAD).enumerate() {
            let mut page = [0u8; PAYLOAD];
            page[..chunk.len()].copy_from_slice(chunk);
            pages.push((addr + (i * PAYLOAD) as u32, page));
        }
    }
    let total = pages.len() as u32;
    let mut out = Vec::with_capacity(pages.len() * 512);
    for (n, (addr, page)) in pages.iter().enumerate() {
        let words = [
            MAGIC_START0,
            MAGIC_START1,
            FLAG_FAMILY_ID,
            *addr,
            PAYLOAD as u32,
            n as u32,
            total,
            family,
        ];
        for w in words {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(page);
        out.resize(out.len() + 476 - PAYLOAD, 0);
        out.extend_from_slice(&MAGIC_END.to_le_bytes());
    }
    out
}

/// The loadable segments `(physical address, bytes)` of a 32-bit
/// little-endian ELF executable.
pub fn elf_segments(b: &[u8]) -> Option<Vec<(u32, Vec<u8>)>> {
    let u16_at = |o: usize| Some(u16::from_le_bytes(b.get(o..o + 2)?.try_into().ok()?));
    let u32_at = |o: usize| Some(u32::from_le_bytes(b.get(o..o + 4)?.try_into().ok()?));
    if b.get(..6)? != b"\x7fELF\x01\x01" {
        return None;
    }
    let phoff = u32_at(0x1C)? as usize;
    let phentsize = u16_at(0x2A)? as usize;
    let phnum = u16_at(0x2C)? as usize;
    let mut out = Vec::new();
    for i in 0..phnum {
        let h = phoff + i * phentsize;
        const PT_LOAD: u32 = 1;
        let (kind, offset, paddr, filesz) = (
            u32_at(h)?,
            u32_at(h + 4)? as usize,
            u32_at(h + 12)?,
            u32_at(h + 16)? as usize,
        );
        if kind == PT_LOAD && filesz > 0 {
            out.push((paddr, b.get(offset..offset + filesz)?.to_vec()));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads blocks back: (address, payload) per block, checking every field.
    fn parse(uf2: &[u8], family: u32) -> Vec<(u32, Vec<u8>)> {
        assert_eq!(uf2.len() % 512, 0);
        let n = uf2.len() / 512;
        uf2.chunks(512)
            .enumerate()
            .map(|(i, blk)| {
                let w = |k: usize| u32::from_le_bytes(blk[k * 4..k * 4 + 4].try_into().unwrap());
                assert_eq!(
                    (w(0), w(1), w(2)),
                    (MAGIC_START0, MAGIC_START1, FLAG_FAMILY_ID)
                );
                assert_eq!((w(4), w(5), w(6), w(7)), (256, i as u32, n as u32, family));
                assert_eq!(
                    u32::from_le_bytes(blk[508..512].try_into().unwrap()),
                    MAGIC_END
                );
                (w(3), blk[32..32 + 256].to_vec())
            })
            .collect()
    }

    #[test]
    fn blocks_carry_each_page_at_its_address() {
        let firmware: Vec<u8> = (0..300u32).map(|i| i as u8).collect();
        let image = b"FBC\x00 image".to_vec();
        let uf2 = write(
            &[
                (0x1000_0000, firmware.clone()),
                (0x1010_0000, image.clone()),
            ],
            RP2040_FAMILY,
        );
        let blocks = parse(&uf2, RP2040_FAMILY);
        let addrs: Vec<u32> = blocks.iter().map(|b| b.0).collect();
        assert_eq!(addrs, [0x1000_0000, 0x1000_0100, 0x1010_0000]);
        assert_eq!(&blocks[0].1[..], &firmware[..256]);
        assert_eq!(&blocks[1].1[..44], &firmware[256..]);
        assert!(blocks[1].1[44..].iter().all(|&b| b == 0));
        assert_eq!(&blocks[2].1[..image.len()], &image[..]);
    }

    #[test]
    fn elf_segments_are_found() {
        // A minimal ELF32 header with one PT_LOAD program header.
        let mut elf = vec![0u8; 0x34 + 0x20 + 4];
        elf[..6].copy_from_slice(b"\x7fELF\x01\x01");
        elf[0x1C..0x20].copy_from_slice(&0x34u32.to_le_bytes());
        elf[0x2A..0x2C].copy_from_slice(&0x20u16.to_le_bytes());
        elf[0x2C..0x2E].copy_from_slice(&1u16.to_le_bytes());
        let ph = 0x34;
        elf[ph..ph + 4].copy_from_slice(&1u32.to_le_bytes());
        elf[ph + 4..ph + 8].copy_from_slice(&0x54u32.to_le_bytes());
        elf[ph + 12..ph + 16].copy_from_slice(&0x1000_0000u32.to_le_bytes());
        elf[ph + 16..ph + 20].copy_from_slice(&4u32.to_le_bytes());
        elf[0x54..0x58].copy_from_slice(b"abcd");
        assert_eq!(
            elf_segments(&elf),
            Some(vec![(0x1000_0000, b"abcd".to_vec())])
        );
        assert_eq!(elf_segments(b"not an elf"), None);
    }
}
