//! Reads `.fbc` bytes into an [`Image`]: the exact inverse of [`encode`](super::encode::encode).
//!
//! Decoding checks the *format* (header, checksum, lengths, UTF-8, tags,
//! trailing bytes); [`verify`](super::verify) checks the *meaning* (indices,
//! jumps, stack depths). Counts read from the file never drive an allocation
//! larger than the remaining bytes could hold, and every error carries the
//! file offset of what was being read.

use super::encode::tag;
use super::error::LoadError;
use super::image::*;
use alloc::string::String;
use alloc::vec::Vec;

/// Parses and checks an image's bytes (format only; see [`Program::verify`](super::load::Program::verify)).
pub fn decode(bytes: &[u8]) -> Result<Image, LoadError> {
    let body = check_header(bytes)?;
    let mut r = Reader {
        bytes: body,
        pos: 0,
    };
    let image = r.image()?;
    if r.pos != body.len() {
        return Err(LoadError::TrailingBytes {
            offset: HEADER_LEN + r.pos,
            count: body.len() - r.pos,
        });
    }
    Ok(image)
}

/// The total length (header + body) an image starting at `bytes[0]` claims,
/// without checking anything else: how firmware finds the end of an image
/// stored in a flash region larger than it. `None` without the magic number.
pub fn image_len(bytes: &[u8]) -> Option<usize> {
    if bytes.get(..4)? != MAGIC {
        return None;
    }
    let body = le32(bytes.get(8..12)?) as usize;
    HEADER_LEN.checked_add(body)
}

/// Checks the 16-byte header and returns the body it describes.
fn check_header(bytes: &[u8]) -> Result<&[u8], LoadError> {
    let field = |at: usize, n: usize, what: &'static str| {
        bytes
            .get(at..at + n)
            .ok_or(LoadError::Truncated { offset: at, what })
    };
    let magic = field(0, 4, "magic number")?;
    if magic != MAGIC {
        return Err(LoadError::BadMagic {
            found: [magic[0], magic[1], magic[2], magic[3]],
        });
    }
    let version = le16(field(4, 2, "format version")?);
    if version != FORMAT_VERSION {
        return Err(LoadError::UnsupportedVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let flags = le16(field(6, 2, "header flags")?);
    if flags != 0 {
        return Err(LoadError::UnknownHeaderFlags { flags });
    }
    let body_len = le32(field(8, 4, "body length")?) as usize;
    let stored = le32(field(12, 4, "checksum")?);
    let rest = &bytes[HEADER_LEN..];
    if rest.len() < body_len {
        return Err(LoadError::Truncated {
            offset: HEADER_LEN,
            what: "image body",
        });
    }
    if rest.len() > body_len {
        return Err(LoadError::TrailingBytes {
            offset: HEADER_LEN + body_len,
            count: rest.len() - body_len,
        });
    }
    let computed = super::crc32::crc32(rest);
    if computed != stored {
        return Err(LoadError::ChecksumMismatch { stored, computed });
    }
    Ok(rest)
}

fn le16(b: &[u8]) -> u16 {
    u16::from_le_bytes([b[0], b[1]])
}

fn le32(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

/// Smallest encoded size of one constant (a bare tag).
const MIN_CONST: usize = 1;
/// Smallest encoded size of one code object (all counts zero).
const MIN_CODE: usize = 2 + 2 + 4 + 1 + 1 + 1 + 2 + 2 + 4 + 4 + 4;

/// A cursor over the body; offsets in errors are file offsets.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn offset(&self) -> usize {
        HEADER_LEN + self.pos
    }

    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], LoadError> {
        let truncated = LoadError::Truncated {
            offset: self.offset(),
            what,
        };
        let end = self.pos.checked_add(n).ok_or(truncated.clone())?;
        let b = self.bytes.get(self.pos..end).ok_or(truncated)?;
        self.pos = end;
        Ok(b)
    }

    fn u8(&mut self, what: &'static str) -> Result<u8, LoadError> {
        Ok(self.take(1, what)?[0])
    }

    fn u16(&mut self, what: &'static str) -> Result<u16, LoadError> {
        Ok(le16(self.take(2, what)?))
    }

    fn u32(&mut self, what: &'static str) -> Result<u32, LoadError> {
        Ok(le32(self.take(4, what)?))
    }

    fn u64(&mut self, what: &'static str) -> Result<u64, LoadError> {
        let b = self.take(8, what)?;
        Ok(u64::from_le_bytes([
            b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
        ]))
    }

    /// A capacity for `count` items of at least `min_size` bytes each that the
    /// remaining bytes could actually hold.
    fn capacity(&self, count: usize, min_size: usize) -> usize {
        count.min((self.bytes.len() - self.pos) / min_size.max(1))
    }

    /// A `u32` length followed by that many bytes.
    fn bytes(&mut self, len_what: &'static str, what: &'static str) -> Result<&'a [u8], LoadError> {
        let n = self.u32(len_what)? as usize;
        self.take(n, what)
    }

    fn string(&mut self, len_what: &'static str, what: &'static str) -> Result<String, LoadError> {
        let start = self.offset() + 4;
        let b = self.bytes(len_what, what)?;
        match core::str::from_utf8(b) {
            Ok(s) => Ok(String::from(s)),
            Err(_) => Err(LoadError::InvalidUtf8 {
                offset: start,
                what,
            }),
        }
    }

    fn image(&mut self) -> Result<Image, LoadError> {
        let n = self.u32("name count")? as usize;
        let mut names = Vec::with_capacity(self.capacity(n, 4));
        for _ in 0..n {
            names.push(self.string("name length", "name")?);
        }
        let n = self.u32("constant count")? as usize;
        let mut consts = Vec::with_capacity(self.capacity(n, MIN_CONST));
        for index in 0..n {
            consts.push(self.constant(index)?);
        }
        let n = self.u32("code object count")? as usize;
        let mut codes = Vec::with_capacity(self.capacity(n, MIN_CODE));
        for _ in 0..n {
            codes.push(self.code_object()?);
        }
        let n = self.u32("module count")? as usize;
        let mut modules = Vec::with_capacity(self.capacity(n, 7));
        for _ in 0..n {
            modules.push(ModuleEntry {
                name: self.u16("module name")?,
                first: self.u16("module code")?,
                count: self.u16("module code count")?,
                flags: self.u8("module flags")?,
            });
        }
        Ok(Image {
            names,
            consts,
            codes,
            modules,
        })
    }

    fn constant(&mut self, index: usize) -> Result<Const, LoadError> {
        let offset = self.offset();
        Ok(match self.u8("constant tag")? {
            tag::NONE => Const::None,
            tag::TRUE => Const::True,
            tag::FALSE => Const::False,
            tag::ELLIPSIS => Const::Ellipsis,
            tag::INT => Const::Int(self.u64("integer constant")? as i64),
            tag::BIGINT => {
                let sign_at = self.offset();
                let negative = match self.u8("big integer sign")? {
                    0 => false,
                    1 => true,
                    byte => {
                        return Err(LoadError::BadBigIntSign {
                            offset: sign_at,
                            byte,
                        })
                    }
                };
                let n = self.u32("big integer length")? as usize;
                let mut magnitude = Vec::with_capacity(self.capacity(n, 4));
                for _ in 0..n {
                    magnitude.push(self.u32("big integer limb")?);
                }
                Const::BigInt {
                    negative,
                    magnitude,
                }
            }
            tag::FLOAT => Const::Float(f64::from_bits(self.u64("float constant")?)),
            tag::STR => Const::Str(self.string("string length", "string constant")?),
            tag::TUPLE => {
                let n = self.u16("tuple length")? as usize;
                let mut items = Vec::with_capacity(self.capacity(n, 2));
                for _ in 0..n {
                    items.push(self.u16("tuple item")?);
                }
                Const::Tuple(items)
            }
            tag::CODE => Const::Code(self.u16("code constant")?),
            tag::BYTES => Const::Bytes(self.bytes("bytes length", "bytes constant")?.to_vec()),
            tag => return Err(LoadError::BadConstTag { index, offset, tag }),
        })
    }

    fn code_object(&mut self) -> Result<CodeObject, LoadError> {
        let name = self.u16("code object name")?;
        let filename = self.u16("code object file name")?;
        let first_line = self.u32("code object first line")?;
        let argcount = self.u8("code object argcount")?;
        let kwonlyargcount = self.u8("code object kwonlyargcount")?;
        let posonlyargcount = self.u8("code object posonlyargcount")?;
        let flags = self.u8("code object flags")?;
        let n = self.u16("local count")? as usize;
        let mut local_names = Vec::with_capacity(self.capacity(n, 2));
        for _ in 0..n {
            local_names.push(self.u16("local name")?);
        }
        let max_stack = self.u16("code object max_stack")?;
        let code = self.bytes("code length", "code")?.to_vec();
        let n = self.u32("line table length")? as usize;
        let mut lines = Vec::with_capacity(self.capacity(n, 6));
        for _ in 0..n {
            let b = self.take(6, "line table entry")?;
            lines.push(LineEntry {
                pc: le16(b),
                line: le32(&b[2..]),
            });
        }
        let n = self.u32("exception table length")? as usize;
        let mut handlers = Vec::with_capacity(self.capacity(n, 8));
        for _ in 0..n {
            let b = self.take(8, "exception table entry")?;
            handlers.push(Handler {
                start: le16(b),
                end: le16(&b[2..]),
                target: le16(&b[4..]),
                depth: le16(&b[6..]),
            });
        }
        Ok(CodeObject {
            name,
            filename,
            first_line,
            argcount,
            kwonlyargcount,
            posonlyargcount,
            flags,
            local_names,
            max_stack,
            code,
            lines,
            handlers,
        })
    }
}
