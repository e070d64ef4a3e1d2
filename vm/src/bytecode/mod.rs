//! The bytecode image: instruction set, file format, encoder, loader/verifier and disassembler.

pub mod encode;
pub mod error;
pub mod image;
pub mod load;
pub mod op;

pub use encode::encode;
pub use error::LoadError;
pub use image::*;
pub use load::{load, Program};
pub use op::{ArgKind, BinOp, CmpOp, Flow, Op, Operand};
