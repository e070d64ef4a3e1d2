//! Prints a listing of the code objects compiled from a Python file:
//! `cargo run -p compiler --example dump -- file.py`.

use vm::bytecode::{ArgKind, Op};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump FILE.py");
        std::process::exit(2);
    };
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2)
    });
    let image = match compiler::compile(&src, &path) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("{path}:{e}");
            std::process::exit(1)
        }
    };
    for (i, c) in image.consts.iter().enumerate() {
        println!("const {i}: {c:?}");
    }
    for (i, c) in image.codes.iter().enumerate() {
        println!(
            "\ncode {i} '{}' argc={} kwonly={} nlocals={} max_stack={}",
            image.names[c.name as usize],
            c.argcount,
            c.kwonlyargcount,
            c.nlocals(),
            c.max_stack
        );
        let mut pc = 0;
        while pc < c.code.len() {
            let Some(op) = Op::from_byte(c.code[pc]) else {
                println!("  {pc:>4} <bad opcode {}>", c.code[pc]);
                break;
            };
            let arg = match op.arg_kind() {
                ArgKind::None => String::new(),
                ArgKind::U8 => c
                    .code
                    .get(pc + 1)
                    .map(|b| b.to_string())
                    .unwrap_or_default(),
                ArgKind::U16 => c
                    .code
                    .get(pc + 1..pc + 3)
                    .map(|b| u16::from_le_bytes([b[0], b[1]]).to_string())
                    .unwrap_or_default(),
            };
            println!("  {:>3} {pc:>4} {:<18} {arg}", c.line_for(pc), op.name());
            pc += 1 + op.arg_kind().len();
        }
        for h in &c.handlers {
            println!(
                "  handler {}..{} -> {} depth {}",
                h.start, h.end, h.target, h.depth
            );
        }
    }
}
