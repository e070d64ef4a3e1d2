//! Writes an [`Image`] to bytes. The inverse of `decode`; see `docs/bytecode.md`.

use super::image::*;
use alloc::vec::Vec;

/// Constant-pool tags in the byte format.
pub(crate) mod tag {
    pub const NONE: u8 = 0;
    pub const TRUE: u8 = 1;
    pub const FALSE: u8 = 2;
    pub const ELLIPSIS: u8 = 3;
    pub const INT: u8 = 4;
    pub const BIGINT: u8 = 5;
    pub const FLOAT: u8 = 6;
    pub const STR: u8 = 7;
    pub const TUPLE: u8 = 8;
    pub const CODE: u8 = 9;
    pub const BYTES: u8 = 10;
}

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u16(&mut self, v: u16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn len32(&mut self, n: usize) {
        self.u32(n as u32);
    }
    fn bytes(&mut self, b: &[u8]) {
        self.len32(b.len());
        self.0.extend_from_slice(b);
    }
}

/// Serialises `image` into the `.fbc` byte format, header and checksum included.
pub fn encode(image: &Image) -> Vec<u8> {
    let mut w = Writer(Vec::new());
    w.len32(image.names.len());
    for n in &image.names {
        w.bytes(n.as_bytes());
    }
    w.len32(image.consts.len());
    for c in &image.consts {
        match c {
            Const::None => w.u8(tag::NONE),
            Const::True => w.u8(tag::TRUE),
            Const::False => w.u8(tag::FALSE),
            Const::Ellipsis => w.u8(tag::ELLIPSIS),
            Const::Int(i) => {
                w.u8(tag::INT);
                w.u64(*i as u64);
            }
            Const::BigInt {
                negative,
                magnitude,
            } => {
                w.u8(tag::BIGINT);
                w.u8(*negative as u8);
                w.len32(magnitude.len());
                for limb in magnitude {
                    w.u32(*limb);
                }
            }
            Const::Float(f) => {
                w.u8(tag::FLOAT);
                w.u64(f.to_bits());
            }
            Const::Bytes(b) => {
                w.u8(tag::BYTES);
                w.bytes(b);
            }
            Const::Str(s) => {
                w.u8(tag::STR);
                w.bytes(s.as_bytes());
            }
            Const::Tuple(items) => {
                w.u8(tag::TUPLE);
                w.u16(items.len() as u16);
                for i in items {
                    w.u16(*i);
                }
            }
            Const::Code(i) => {
                w.u8(tag::CODE);
                w.u16(*i);
            }
        }
    }
    w.len32(image.codes.len());
    for c in &image.codes {
        w.u16(c.name);
        w.u16(c.filename);
        w.u32(c.first_line);
        w.u8(c.argcount);
        w.u8(c.kwonlyargcount);
        w.u8(c.posonlyargcount);
        w.u8(c.flags);
        w.u16(c.local_names.len() as u16);
        for n in &c.local_names {
            w.u16(*n);
        }
        w.u16(c.max_stack);
        w.bytes(&c.code);
        w.len32(c.lines.len());
        for l in &c.lines {
            w.u16(l.pc);
            w.u32(l.line);
        }
        w.len32(c.handlers.len());
        for h in &c.handlers {
            w.u16(h.start);
            w.u16(h.end);
            w.u16(h.target);
            w.u16(h.depth);
        }
    }
    w.len32(image.modules.len());
    for m in &image.modules {
        w.u16(m.name);
        w.u16(m.first);
        w.u16(m.count);
        w.u8(m.flags);
    }
    seal(&w.0)
}

/// An image body with its header (magic, version, no flags, length, CRC-32)
/// in front: what [`encode`] writes around the body it serialises. Fuzzers
/// use it so mutated bodies get past the checksum to the decoder and verifier.
pub fn seal(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend_from_slice(&super::crc32::crc32(body).to_le_bytes());
    out.extend_from_slice(body);
    out
}
