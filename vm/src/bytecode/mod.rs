//! The bytecode image: instruction set, file format, encoder, loader/verifier and disassembler.
//!
//! - [`op`]: the instruction set, defined once.
//! - [`image`]: the in-memory image; [`encode()`] writes it, [`decode()`] reads it back.
//! - [`verify`]: the checks that make an image safe to run; [`load()`] = decode + verify.
//! - [`instr`]: decoding single instructions (verifier, disassembler, interpreter).
//! - [`disasm`]: the human-readable listing and the ISA table for `docs/bytecode.md`.

mod crc32;
pub mod decode;
pub mod disasm;
pub mod encode;
pub mod error;
pub mod image;
pub mod instr;
pub mod load;
pub mod op;
pub mod verify;

pub use decode::{decode, image_len};
pub use disasm::{disassemble, isa_markdown};
pub use encode::{encode, seal};
pub use error::{CodeError, ConstError, LoadError};
pub use image::*;
pub use instr::{decode_at, instructions, try_decode_at, Instr, InstrError, Instrs};
pub use load::{load, Program};
pub use op::{ArgKind, BinOp, CmpOp, Flow, Op, Operand};
pub use verify::code_name;
