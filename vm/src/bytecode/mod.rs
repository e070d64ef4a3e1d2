//! The bytecode image: instruction set, file format, encoder, loader/verifier and disassembler.

pub mod encode;
pub mod image;
pub mod op;

pub use encode::encode;
pub use image::*;
pub use op::{ArgKind, BinOp, CmpOp, Flow, Op, Operand};
