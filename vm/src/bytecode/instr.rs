//! Decoding single instructions from a code object's bytes.
//!
//! An instruction is an opcode byte followed by 0, 1 or 2 little-endian
//! operand bytes, as [`Op::arg_kind`] says. [`try_decode_at`] explains why a
//! position does not hold an instruction (the verifier reports that);
//! [`decode_at`] and [`Instrs`] are the plain forms for the disassembler and
//! the interpreter. On a verified code object every instruction start decodes,
//! so `decode_at` never returns `None` there.

use super::op::{ArgKind, Op};

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    /// Byte offset of the opcode.
    pub pc: usize,
    /// The opcode.
    pub op: Op,
    /// The operand (0 when the opcode has none).
    pub arg: u16,
    /// Byte offset of the following instruction.
    pub next: usize,
}

impl Instr {
    /// Encoded size in bytes: the opcode plus its operand.
    pub fn len(&self) -> usize {
        self.next - self.pc
    }

    /// Always `false`: an instruction is at least its opcode byte.
    pub fn is_empty(&self) -> bool {
        false
    }
}

/// Why no instruction could be decoded at a position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstrError {
    /// The position is at or past the end of the code.
    End,
    /// The byte there is not an opcode.
    BadOpcode(u8),
    /// The opcode's operand runs past the end of the code.
    TruncatedOperand(Op),
}

/// Decodes the instruction at `pc`, saying why when there is none.
#[inline]
pub fn try_decode_at(code: &[u8], pc: usize) -> Result<Instr, InstrError> {
    let byte = *code.get(pc).ok_or(InstrError::End)?;
    let op = Op::from_byte(byte).ok_or(InstrError::BadOpcode(byte))?;
    let truncated = InstrError::TruncatedOperand(op);
    let (arg, next) = match op.arg_kind() {
        ArgKind::None => (0, pc + 1),
        ArgKind::U8 => (u16::from(*code.get(pc + 1).ok_or(truncated)?), pc + 2),
        ArgKind::U16 => {
            let lo = *code.get(pc + 1).ok_or(truncated)?;
            let hi = *code.get(pc + 2).ok_or(truncated)?;
            (u16::from_le_bytes([lo, hi]), pc + 3)
        }
    };
    Ok(Instr { pc, op, arg, next })
}

/// Decodes the instruction at `pc` as `(op, arg, next_pc)`; `None` past the
/// end, on a byte that is not an opcode, or on a truncated operand.
#[inline]
pub fn decode_at(code: &[u8], pc: usize) -> Option<(Op, u16, usize)> {
    try_decode_at(code, pc).ok().map(|i| (i.op, i.arg, i.next))
}

/// Iterates over the instructions of `code` from offset 0.
pub fn instructions(code: &[u8]) -> Instrs<'_> {
    Instrs { code, pc: 0 }
}

/// Iterator over a code object's instructions in byte order (see [`instructions`]).
///
/// It stops at the end of the code or at the first position that does not
/// decode; [`Instrs::pc`] then tells where it stopped, so a caller can tell a
/// clean end (`pc() == code.len()`) from a bad byte.
#[derive(Clone, Debug)]
pub struct Instrs<'a> {
    code: &'a [u8],
    pc: usize,
}

impl Instrs<'_> {
    /// Offset of the next instruction to decode.
    pub fn pc(&self) -> usize {
        self.pc
    }
}

impl Iterator for Instrs<'_> {
    type Item = Instr;

    fn next(&mut self) -> Option<Instr> {
        let instr = try_decode_at(self.code, self.pc).ok()?;
        self.pc = instr.next;
        Some(instr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_each_operand_width() {
        let code = [
            Op::Nop as u8,
            Op::LoadFast as u8,
            7,
            Op::Jump as u8,
            0x34,
            0x12,
        ];
        let all: alloc::vec::Vec<Instr> = instructions(&code).collect();
        assert_eq!(all.len(), 3);
        assert_eq!(
            all[1],
            Instr {
                pc: 1,
                op: Op::LoadFast,
                arg: 7,
                next: 3
            }
        );
        assert_eq!(all[2].arg, 0x1234);
        assert_eq!(decode_at(&code, 3), Some((Op::Jump, 0x1234, 6)));
        assert_eq!(try_decode_at(&code, 6), Err(InstrError::End));
        assert_eq!(try_decode_at(&[0xff], 0), Err(InstrError::BadOpcode(0xff)));
        assert_eq!(
            try_decode_at(&[Op::Jump as u8, 1], 0),
            Err(InstrError::TruncatedOperand(Op::Jump))
        );
    }
}
