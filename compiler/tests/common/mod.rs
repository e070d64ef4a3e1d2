//! Shared test helpers: compiling and a plain-text listing of code objects.
#![allow(dead_code)]

use vm::bytecode::{ArgKind, CodeObject, Image, Op};

/// Compiles or panics with the error.
pub fn compile(src: &str) -> Image {
    compiler::compile(src, "test.py").unwrap_or_else(|e| panic!("{e}\n{src}"))
}

/// Decodes a code object into `(pc, op, arg)`.
pub fn instrs(code: &CodeObject) -> Vec<(usize, Op, u16)> {
    let mut out = Vec::new();
    let mut pc = 0;
    while pc < code.code.len() {
        let op = Op::from_byte(code.code[pc]).expect("valid opcode");
        let arg = match op.arg_kind() {
            ArgKind::None => 0,
            ArgKind::U8 => u16::from(code.code[pc + 1]),
            ArgKind::U16 => u16::from_le_bytes([code.code[pc + 1], code.code[pc + 2]]),
        };
        out.push((pc, op, arg));
        pc += 1 + op.arg_kind().len();
    }
    out
}

/// Just the opcodes of a code object.
pub fn ops(code: &CodeObject) -> Vec<Op> {
    instrs(code).into_iter().map(|(_, op, _)| op).collect()
}

/// A readable listing of every code object.
pub fn listing(image: &Image) -> String {
    let mut s = String::new();
    for (i, c) in image.codes.iter().enumerate() {
        s += &format!(
            "code {i} {} argc={} kwonly={} locals={:?} max_stack={}\n",
            image.names[c.name as usize],
            c.argcount,
            c.kwonlyargcount,
            c.local_names
                .iter()
                .map(|&n| image.names[n as usize].as_str())
                .collect::<Vec<_>>(),
            c.max_stack
        );
        for (pc, op, arg) in instrs(c) {
            let line = c.line_for(pc);
            let a = if op.arg_kind() == ArgKind::None {
                String::new()
            } else {
                arg.to_string()
            };
            s += &format!("  {line:>3} {pc:>4} {:<18} {a}\n", op.name());
        }
        for h in &c.handlers {
            s += &format!(
                "  handler {}..{} -> {} depth {}\n",
                h.start, h.end, h.target, h.depth
            );
        }
    }
    s
}
