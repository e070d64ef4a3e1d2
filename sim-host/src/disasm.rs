//! STAND-IN for `vm::bytecode::disasm::disassemble`, which is being written
//! on another branch. When it lands, delete this file and call
//! `vm::bytecode::disasm::disassemble(image)` from `commands.rs` instead.
//! It never panics on malformed code, since it may see unverified bytes.

use std::fmt::Write;
use vm::bytecode::{ArgKind, Image, Op};

/// A plain listing of every code object: offset, line, opcode, operand.
pub fn disassemble(image: &Image) -> String {
    let name = |i: u16| image.names.get(i as usize).map_or("?", |s| s.as_str());
    let mut out = String::new();
    for (index, code) in image.codes.iter().enumerate() {
        let _ = writeln!(
            out,
            "code {index}: {} ({}:{}) args={} locals={} stack={}",
            name(code.name),
            name(code.filename),
            code.first_line,
            code.argcount,
            code.nlocals(),
            code.max_stack
        );
        let mut pc = 0;
        while pc < code.code.len() {
            let byte = code.code[pc];
            let line = code.line_for(pc);
            let Some(op) = Op::from_byte(byte) else {
                let _ = writeln!(out, "  {pc:5} {line:5}  <bad opcode {byte}>");
                pc += 1;
                continue;
            };
            let arg = match op.arg_kind() {
                ArgKind::None => None,
                ArgKind::U8 => code.code.get(pc + 1).map(|&b| b as u16),
                ArgKind::U16 => code
                    .code
                    .get(pc + 1..pc + 3)
                    .map(|b| u16::from_le_bytes([b[0], b[1]])),
            };
            match (op.arg_kind(), arg) {
                (ArgKind::None, _) => {
                    let _ = writeln!(out, "  {pc:5} {line:5}  {}", op.name());
                }
                (_, Some(arg)) => {
                    let _ = writeln!(out, "  {pc:5} {line:5}  {:<18} {arg}", op.name());
                }
                (_, None) => {
                    let _ = writeln!(out, "  {pc:5} {line:5}  {} <truncated>", op.name());
                }
            }
            pc += 1 + op.arg_kind().len();
        }
    }
    out
}
