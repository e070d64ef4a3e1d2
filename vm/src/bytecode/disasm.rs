//! Human-readable listings of images (`sim-host disasm`, snapshot tests) and
//! the opcode table of `docs/bytecode.md`.
//!
//! [`disassemble`] never panics, even on an image that failed verification:
//! out-of-range indices print as `?`, bytes that are not opcodes as `.byte`,
//! and constant reprs are cut short (`...`) so hostile constant pools cannot
//! blow the output up.

use super::image::*;
use super::instr::{try_decode_at, InstrError};
use super::op::{ArgKind, BinOp, CmpOp, Op, Operand};
use super::verify::MAX_CONST_NESTING;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use core::fmt::Write;

/// Longest constant repr printed before it is cut short with `...`.
const MAX_REPR: usize = 80;

/// A stable, readable listing of every code object in `image`.
///
/// ```text
/// code 1: f (file app.py, line 3)
///   args 1, kwonly 0, locals 2 (x, y), max_stack 2, flags 0
///     3          0 LoadFast             0 (x)
///                2 PopJumpIfFalse       9 (to 9)
///     4          5 LoadConst            1 (None)
///                8 ReturnValue
///     5 >>       9 ...
///   exception table:
///     handler 0: 0 to 9 -> 12, depth 0
/// ```
///
/// Columns: source line (when it changes), `>>` on jump and handler targets,
/// pc, opcode, operand, and the operand resolved in parentheses.
pub fn disassemble(image: &Image) -> String {
    let mut out = String::new();
    for (index, code) in image.codes.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        code_listing(image, index, code, &mut out);
    }
    if !image.modules.is_empty() {
        out.push_str("\nmodules:\n");
        for m in &image.modules {
            let end = m.first as usize + m.count as usize;
            let kind = if m.flags & MODULE_PACKAGE != 0 {
                ", package"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "  {}: code {}..{}{kind}",
                name_of(image, m.name),
                m.first,
                end
            );
        }
    }
    out
}

fn name_of(image: &Image, index: u16) -> &str {
    image.names.get(index as usize).map_or("?", String::as_str)
}

fn flags_text(flags: u8) -> String {
    if flags == 0 {
        return String::from("0");
    }
    let mut parts = vec![];
    for (bit, name) in [
        (CODE_VARARGS, "varargs"),
        (CODE_VARKW, "varkw"),
        (CODE_GENERATOR, "generator"),
        (CODE_COROUTINE, "coroutine"),
        (CODE_ASYNC_GENERATOR, "async_generator"),
    ] {
        if flags & bit != 0 {
            parts.push(String::from(name));
        }
    }
    if flags & !CODE_KNOWN_FLAGS != 0 {
        parts.push(format!("{:#04x}", flags & !CODE_KNOWN_FLAGS));
    }
    parts.join("|")
}

fn code_listing(image: &Image, index: usize, code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "code {index}: {} (file {}, line {})",
        name_of(image, code.name),
        name_of(image, code.filename),
        code.first_line
    );
    let locals: alloc::vec::Vec<&str> = code
        .local_names
        .iter()
        .map(|&n| name_of(image, n))
        .collect();
    let _ = write!(
        out,
        "  args {}, kwonly {}, locals {}",
        code.argcount,
        code.kwonlyargcount,
        code.nlocals()
    );
    if code.posonlyargcount > 0 {
        let _ = write!(out, ", posonly {}", code.posonlyargcount);
    }
    if !locals.is_empty() {
        let _ = write!(out, " ({})", locals.join(", "));
    }
    let _ = writeln!(
        out,
        ", max_stack {}, flags {}",
        code.max_stack,
        flags_text(code.flags)
    );

    let bytes = &code.code;
    let mut target = vec![false; bytes.len()];
    let mut pc = 0;
    while pc < bytes.len() {
        match try_decode_at(bytes, pc) {
            Ok(ins) => {
                if ins.op.operand() == Operand::Jump {
                    if let Some(t) = target.get_mut(ins.arg as usize) {
                        *t = true;
                    }
                }
                pc = ins.next;
            }
            Err(_) => pc += 1,
        }
    }
    for h in &code.handlers {
        if let Some(t) = target.get_mut(h.target as usize) {
            *t = true;
        }
    }

    let mut line = code.first_line;
    let mut shown: Option<u32> = None;
    let mut next_line = 0;
    let mut pc = 0;
    while pc < bytes.len() {
        while let Some(e) = code.lines.get(next_line).filter(|e| e.pc as usize <= pc) {
            line = e.line;
            next_line += 1;
        }
        let mut row = String::new();
        if shown != Some(line) {
            let _ = write!(row, "{line:>5}");
            shown = Some(line);
        } else {
            row.push_str("     ");
        }
        let mark = if target[pc] { ">>" } else { "" };
        let _ = write!(row, " {mark:>2} {pc:>5} ");
        match try_decode_at(bytes, pc) {
            Ok(ins) => {
                let _ = write!(row, "{:<16}", ins.op.name());
                if ins.op.arg_kind() != ArgKind::None {
                    let _ = write!(row, " {:>5}", ins.arg);
                    if let Some(r) = resolve(image, code, ins.op, ins.arg) {
                        let _ = write!(row, " ({r})");
                    }
                }
                pc = ins.next;
            }
            Err(InstrError::TruncatedOperand(op)) => {
                let _ = write!(row, "{:<16} <truncated operand>", op.name());
                pc = bytes.len();
            }
            Err(_) => {
                let _ = write!(row, ".byte {:#04x}", bytes[pc]);
                pc += 1;
            }
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    if !code.handlers.is_empty() {
        out.push_str("  exception table:\n");
        for (i, h) in code.handlers.iter().enumerate() {
            let _ = writeln!(
                out,
                "    handler {i}: {} to {} -> {}, depth {}",
                h.start, h.end, h.target, h.depth
            );
        }
    }
}

/// The operand's meaning, for the parenthesised column.
fn resolve(image: &Image, code: &CodeObject, op: Op, arg: u16) -> Option<String> {
    let i = arg as usize;
    Some(match op.operand() {
        Operand::None => return None,
        Operand::Local => match code.local_names.get(i) {
            Some(&n) => String::from(name_of(image, n)),
            None => String::from("?"),
        },
        Operand::Const => const_repr(image, i),
        Operand::Name => String::from(name_of(image, arg)),
        Operand::Jump => format!("to {arg}"),
        Operand::Code => format!("<code {}>", code_label(image, i)),
        Operand::Select(_) => {
            let sel = u8::try_from(arg).ok();
            let text = match op {
                Op::BinaryOp | Op::InplaceOp => sel.and_then(BinOp::from_u8).map(|b| match b {
                    BinOp::Pow => "**",
                    b => b.symbol(),
                }),
                Op::CompareOp => sel.and_then(CmpOp::from_u8).map(CmpOp::symbol),
                Op::IsOp => [Some("is"), Some("is not")].get(i).copied().flatten(),
                Op::ContainsOp => [Some("in"), Some("not in")].get(i).copied().flatten(),
                Op::FormatValue => [
                    "no spec",
                    "with spec",
                    "!s",
                    "!s, with spec",
                    "!r",
                    "!r, with spec",
                    "!a",
                    "!a, with spec",
                ]
                .get(i)
                .copied(),
                _ => return None,
            };
            String::from(text.unwrap_or("?"))
        }
        Operand::Count => match op {
            Op::LoadSmallInt if (arg as i16) < 0 => format!("{}", arg as i16),
            _ => return None,
        },
    })
}

fn code_label(image: &Image, index: usize) -> &str {
    match image.codes.get(index) {
        Some(c) => name_of(image, c.name),
        None => "?",
    }
}

/// `repr()` of constant `index` in Python syntax, cut short after [`MAX_REPR`] characters.
fn const_repr(image: &Image, index: usize) -> String {
    let mut out = String::new();
    repr_into(image, index, &mut out, 0);
    if out.len() > MAX_REPR {
        let mut cut = MAX_REPR;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
        out.push_str("...");
    }
    out
}

fn repr_into(image: &Image, index: usize, out: &mut String, depth: usize) {
    if out.len() > MAX_REPR {
        return;
    }
    let Some(c) = image.consts.get(index) else {
        out.push('?');
        return;
    };
    match c {
        Const::None => out.push_str("None"),
        Const::True => out.push_str("True"),
        Const::False => out.push_str("False"),
        Const::Ellipsis => out.push_str("Ellipsis"),
        Const::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Const::BigInt {
            negative,
            magnitude,
        } => {
            if magnitude.len() > 16 {
                let _ = write!(out, "<int of {} limbs>", magnitude.len());
            } else {
                let n = crate::num::BigInt::from_limbs(*negative, magnitude.clone());
                out.push_str(&n.to_str_radix(10));
            }
        }
        Const::Float(f) => out.push_str(&float_repr(*f)),
        Const::Str(s) => str_repr(s, out),
        Const::Bytes(b) => crate::text::repr::bytes_repr(b, out),
        Const::Tuple(items) => {
            out.push('(');
            for (k, &item) in items.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                if out.len() > MAX_REPR {
                    break;
                }
                // Only earlier constants, as the verifier demands: no cycles, bounded depth.
                if (item as usize) < index && depth < MAX_CONST_NESTING {
                    repr_into(image, item as usize, out, depth + 1);
                } else {
                    let _ = write!(out, "<const {item}>");
                }
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Const::Code(i) => {
            let _ = write!(out, "<code {}>", code_label(image, *i as usize));
        }
    }
}

/// A float as Python shows it: `1.0`, `0.5`, `1e+100`, `inf`, `nan`.
fn float_repr(f: f64) -> String {
    let mut s = String::new();
    crate::text::float_repr(f, &mut s);
    s
}

/// Python's `repr()` of a str: single quotes unless the text has `'` and no `"`.
fn str_repr(s: &str, out: &mut String) {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for ch in s.chars() {
        if out.len() > MAX_REPR {
            break;
        }
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_control() => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
}

/// The opcode table of `docs/bytecode.md`, generated from [`Op`]: one row per
/// opcode with its byte, name, operand, stack effect and meaning.
pub fn isa_markdown() -> String {
    let mut out = String::from(
        "| Byte | Opcode | Operand | Stack effect | Meaning |\n|---:|---|---|---|---|\n",
    );
    for &op in Op::ALL {
        let width = match op.arg_kind() {
            ArgKind::None => "",
            ArgKind::U8 => "u8 ",
            ArgKind::U16 => "u16 ",
        };
        let operand = match op.operand() {
            Operand::None => String::from("—"),
            Operand::Local => format!("{width}local"),
            Operand::Const => format!("{width}const"),
            Operand::Name => format!("{width}name"),
            Operand::Jump => format!("{width}jump target"),
            Operand::Count => format!("{width}count"),
            Operand::Select(b) => format!("{width}selector < {b}"),
            Operand::Code => format!("{width}code object"),
        };
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | `{}` | {} |",
            op as u8,
            op.name(),
            operand,
            op.stack_effect_text(),
            op.doc().trim().replace('|', "\\|"),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_reprs() {
        let mut s = String::new();
        str_repr("it's", &mut s);
        assert_eq!(s, "\"it's\"");
        let mut s = String::new();
        str_repr("a'b\"c\n\u{1}é", &mut s);
        assert_eq!(s, "'a\\'b\"c\\n\\x01é'");
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(1e100), "1e+100");
        assert_eq!(float_repr(-2.5e-7), "-2.5e-07");
        assert_eq!(float_repr(f64::NAN), "nan");
    }
}
