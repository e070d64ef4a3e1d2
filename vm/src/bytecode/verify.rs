//! Checks a decoded [`Image`] once so the interpreter can trust it.
//!
//! After [`verify`] succeeds:
//! - every index (name, constant, code object, local, selector) is in range;
//! - every byte of every code object belongs to a well-formed instruction,
//!   and every jump and handler target is an instruction start;
//! - along every path from pc 0 (and from every handler entered from a
//!   reachable instruction) the stack depth at each instruction is the same,
//!   never negative, never above the declared `max_stack`, and never below the
//!   depth a covering handler unwinds to;
//! - control never runs past the last instruction.
//!
//! Each check runs in time linear in the image size (the handler coverage is
//! painted with a union-find "next free slot" array, so overlapping handler
//! ranges cannot make it quadratic).

use super::error::{CodeError, ConstError, LoadError};
use super::image::*;
use super::instr::{try_decode_at, Instr, InstrError};
use super::op::{Flow, Op, Operand};
use crate::index_sort::sorted_indices;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

/// Most local slots a code object may have (`LoadFast` operands are one byte).
pub const MAX_LOCALS: usize = 256;
/// Deepest nesting of tuple constants (keeps recursive consumers' stacks bounded).
pub const MAX_CONST_NESTING: usize = 64;

/// The name of code object `index`, when both the index and its name index are valid.
pub fn code_name(image: &Image, index: usize) -> Option<&str> {
    let code = image.codes.get(index)?;
    image.names.get(code.name as usize).map(String::as_str)
}

/// Checks every rule listed in the module docs; the first violation is returned.
pub fn verify(image: &Image) -> Result<(), LoadError> {
    if image.codes.is_empty() {
        return Err(LoadError::NoCode);
    }
    check_consts(image)?;
    check_modules(image)?;
    for (index, code) in image.codes.iter().enumerate() {
        let module_generator = index == 0 && code.flags & CODE_GENERATOR != 0;
        let checked = if module_generator {
            whole(CodeError::GeneratorModule)
        } else {
            check_code(image, code)
        };
        checked.map_err(|(pc, error)| LoadError::Code {
            code: index,
            name: code_name(image, index).map(String::from),
            pc,
            error,
        })?;
    }
    Ok(())
}

/// The module table: valid distinct names, known flags, and code ranges
/// that are in bounds, never empty, never overlap and never include
/// `codes[0]` (the `__main__` body).
fn check_modules(image: &Image) -> Result<(), LoadError> {
    let mut ranges: Vec<(usize, usize, usize)> = Vec::with_capacity(image.modules.len());
    for (index, m) in image.modules.iter().enumerate() {
        let bad = |problem| Err(LoadError::Module { index, problem });
        let Some(name) = image.names.get(m.name as usize) else {
            return bad("name index out of range");
        };
        if name.is_empty() || name == "__main__" {
            return bad("module name must be non-empty and not __main__");
        }
        if image.modules[..index].iter().any(|o| o.name == m.name) {
            return bad("module listed twice");
        }
        if m.flags & !MODULE_KNOWN_FLAGS != 0 {
            return bad("unknown module flags");
        }
        let (first, end) = (m.first as usize, m.first as usize + m.count as usize);
        if m.count == 0 || first == 0 || end > image.codes.len() {
            return bad("code range empty, out of bounds or includes the main body");
        }
        if image.codes[first].flags & CODE_GENERATOR != 0 {
            return bad("module body is a generator");
        }
        ranges.push((first, end, index));
    }
    let order = sorted_indices(ranges.len(), &mut |a, b| ranges[a].0 < ranges[b].0);
    for w in order.windows(2) {
        let (prev, next) = (ranges[w[0]], ranges[w[1]]);
        if next.0 < prev.1 {
            return Err(LoadError::Module {
                index: next.2,
                problem: "code range overlaps another module's",
            });
        }
    }
    if image.modules.is_empty() {
        return Ok(());
    }
    // A function runs with its module's globals, which exist once that
    // module is imported: so functions are only made from code of the same
    // module (the interpreter relies on it).
    let mut owner = vec![0usize; image.codes.len()];
    for (index, m) in image.modules.iter().enumerate() {
        for o in &mut owner[m.first as usize..m.first as usize + m.count as usize] {
            *o = index + 1;
        }
    }
    for (c, code) in image.codes.iter().enumerate() {
        for ins in super::instr::instructions(&code.code) {
            if matches!(ins.op, Op::MakeFunction | Op::MakeClosure)
                && owner.get(ins.arg as usize).is_some_and(|&o| o != owner[c])
            {
                return Err(LoadError::Module {
                    index: owner[c].max(owner[ins.arg as usize]).saturating_sub(1),
                    problem: "a function is made from another module's code object",
                });
            }
        }
    }
    Ok(())
}

fn check_consts(image: &Image) -> Result<(), LoadError> {
    // Nesting depth of each constant so far (0 for non-tuples).
    let mut nesting: Vec<u8> = Vec::with_capacity(image.consts.len());
    for (index, c) in image.consts.iter().enumerate() {
        let err = |error| LoadError::Const { index, error };
        let mut depth = 0usize;
        match c {
            Const::Tuple(items) => {
                if items.len() > u16::MAX as usize {
                    return Err(err(ConstError::TupleTooLong { len: items.len() }));
                }
                let mut inner = 0usize;
                for &item in items {
                    if item as usize >= index {
                        return Err(err(ConstError::TupleForwardRef { item }));
                    }
                    inner = inner.max(nesting[item as usize] as usize);
                }
                depth = inner + 1;
                if depth > MAX_CONST_NESTING {
                    return Err(err(ConstError::TooDeep { depth }));
                }
            }
            Const::Code(code) if *code as usize >= image.codes.len() => {
                let codes = image.codes.len();
                return Err(err(ConstError::BadCode {
                    index: *code,
                    codes,
                }));
            }
            Const::BigInt { magnitude, .. } if magnitude.last() == Some(&0) => {
                return Err(err(ConstError::BigIntNotCanonical));
            }
            _ => {}
        }
        // depth <= MAX_CONST_NESTING < 256
        nesting.push(depth as u8);
    }
    Ok(())
}

/// A code-object error and the pc it is at, if any.
type CodeResult<T> = Result<T, (Option<usize>, CodeError)>;

fn at<T>(pc: usize, error: CodeError) -> CodeResult<T> {
    Err((Some(pc), error))
}

fn whole<T>(error: CodeError) -> CodeResult<T> {
    Err((None, error))
}

fn check_code(image: &Image, code: &CodeObject) -> CodeResult<()> {
    let names = image.names.len();
    for (what, index) in [("function name", code.name), ("file name", code.filename)] {
        if index as usize >= names {
            return whole(CodeError::BadNameIndex { what, index, names });
        }
    }
    let nlocals = code.nlocals();
    if nlocals > MAX_LOCALS {
        return whole(CodeError::TooManyLocals { nlocals });
    }
    for (local, &index) in code.local_names.iter().enumerate() {
        if index as usize >= names {
            return whole(CodeError::BadLocalName {
                local,
                index,
                names,
            });
        }
    }
    let star_slots = (code.flags & (CODE_VARARGS | CODE_VARKW)).count_ones() as usize;
    if code.argcount as usize + code.kwonlyargcount as usize + star_slots > nlocals {
        return whole(CodeError::TooManyParams {
            argcount: code.argcount,
            kwonlyargcount: code.kwonlyargcount,
            nlocals,
        });
    }
    if code.posonlyargcount > code.argcount {
        return whole(CodeError::TooManyPosOnly {
            posonlyargcount: code.posonlyargcount,
            argcount: code.argcount,
        });
    }
    if code.flags & !CODE_KNOWN_FLAGS != 0 {
        return whole(CodeError::UnknownFlags { flags: code.flags });
    }
    let len = code.code.len();
    if len == 0 {
        return whole(CodeError::EmptyCode);
    }
    if len > MAX_CODE_LEN {
        return whole(CodeError::CodeTooLong { len });
    }

    // Decode every instruction linearly (unreachable ones too) and check operands.
    let mut starts = vec![false; len];
    let mut jumps: Vec<Instr> = Vec::new();
    let mut pc = 0;
    while pc < len {
        let ins = match try_decode_at(&code.code, pc) {
            Ok(ins) => ins,
            Err(InstrError::BadOpcode(byte)) => return at(pc, CodeError::BadOpcode { byte }),
            Err(InstrError::TruncatedOperand(op)) => {
                return at(pc, CodeError::TruncatedOperand { op, len })
            }
            Err(InstrError::End) => break,
        };
        starts[pc] = true;
        // A yield only makes sense in a generator's frame, which the VM
        // resumes and suspends; elsewhere it would have nothing to suspend.
        let yields = matches!(ins.op, Op::YieldValue | Op::YieldFrom);
        if yields && code.flags & CODE_GENERATOR == 0 {
            return at(pc, CodeError::YieldOutsideGenerator { op: ins.op });
        }
        check_operand(image, code, &ins).map_err(|e| (Some(pc), e))?;
        if ins.op.operand() == Operand::Jump {
            jumps.push(ins);
        }
        pc = ins.next;
    }
    for ins in &jumps {
        let target = ins.arg;
        if target as usize >= len {
            return at(
                ins.pc,
                CodeError::JumpOutOfRange {
                    op: ins.op,
                    target,
                    len,
                },
            );
        }
        if !starts[target as usize] {
            return at(ins.pc, CodeError::JumpMidInstruction { op: ins.op, target });
        }
    }

    let mut prev = 0u16;
    for (entry, l) in code.lines.iter().enumerate() {
        if l.pc as usize >= len {
            return whole(CodeError::LinePastEnd {
                entry,
                pc: l.pc,
                len,
            });
        }
        if entry > 0 && l.pc < prev {
            return whole(CodeError::LinesUnsorted {
                entry,
                pc: l.pc,
                prev,
            });
        }
        prev = l.pc;
    }
    for (handler, h) in code.handlers.iter().enumerate() {
        if h.start >= h.end || h.end as usize > len {
            return whole(CodeError::HandlerRange {
                handler,
                start: h.start,
                end: h.end,
                len,
            });
        }
        if !starts.get(h.target as usize).copied().unwrap_or(false) {
            return whole(CodeError::HandlerTarget {
                handler,
                target: h.target,
            });
        }
        if h.depth > code.max_stack {
            return whole(CodeError::HandlerTooDeep {
                handler,
                depth: h.depth,
                max_stack: code.max_stack,
            });
        }
    }
    check_stack(code)
}

/// Checks an operand against what it indexes (jump targets are checked later,
/// once every instruction start is known).
fn check_operand(image: &Image, code: &CodeObject, ins: &Instr) -> Result<(), CodeError> {
    let (op, index) = (ins.op, ins.arg);
    let i = index as usize;
    match op.operand() {
        Operand::None | Operand::Jump => Ok(()),
        Operand::Local if i >= code.nlocals() => Err(CodeError::BadLocal {
            op,
            index,
            nlocals: code.nlocals(),
        }),
        Operand::Const if i >= image.consts.len() => Err(CodeError::BadConst {
            op,
            index,
            consts: image.consts.len(),
        }),
        Operand::Name if i >= image.names.len() => Err(CodeError::BadName {
            op,
            index,
            names: image.names.len(),
        }),
        Operand::Code if i >= image.codes.len() => Err(CodeError::BadCode {
            op,
            index,
            codes: image.codes.len(),
        }),
        Operand::Select(bound) if index >= u16::from(bound) => Err(CodeError::BadSelector {
            op,
            value: index,
            bound,
        }),
        Operand::Count => check_count(op, index),
        Operand::Local | Operand::Const | Operand::Name | Operand::Code | Operand::Select(_) => {
            Ok(())
        }
    }
}

/// Opcode-specific rules for count operands. Besides the language rules, this
/// keeps every accepted operand's stack effect within `u16` (a count whose
/// effect would overflow could never fit in any `max_stack` anyway).
fn check_count(op: Op, value: u16) -> Result<(), CodeError> {
    let rule = match op {
        Op::BuildSlice if !(2..=3).contains(&value) => "must be 2 or 3",
        Op::RaiseVarargs if value > 2 => "must be 0, 1 or 2",
        Op::BuildMap if value > u16::MAX / 2 => "is too large (at most 32767 pairs)",
        Op::ListAppendAt | Op::DictSetAt | Op::SetAddAt if value == 0 => "must be at least 1",
        _ => return Ok(()),
    };
    Err(CodeError::BadCount { op, value, rule })
}

/// Marks a code offset as having no handler.
const NO_HANDLER: u32 = u32::MAX;

/// For each code offset, one handler covering it, the first in `order` to
/// claim it, or [`NO_HANDLER`]. Linear in `len + handlers` (near enough):
/// `next[p]` points towards the first unclaimed offset at or after `p`.
fn paint(len: usize, handlers: &[Handler], order: &[usize]) -> Vec<u32> {
    fn find(next: &mut [u32], p: usize) -> usize {
        let mut root = p;
        while next[root] as usize != root {
            root = next[root] as usize;
        }
        let mut q = p;
        while next[q] as usize != root {
            let n = next[q] as usize;
            next[q] = root as u32;
            q = n;
        }
        root
    }
    let mut owner = vec![NO_HANDLER; len];
    let mut next: Vec<u32> = (0..=len as u32).collect();
    for &i in order {
        let h = &handlers[i];
        let end = h.end as usize;
        let mut p = find(&mut next, h.start as usize);
        while p < end {
            owner[p] = i as u32;
            next[p] = p as u32 + 1;
            p = find(&mut next, p + 1);
        }
    }
    owner
}

/// Abstract interpretation of stack depths over the control-flow graph.
fn check_stack(code: &CodeObject) -> CodeResult<()> {
    let len = code.code.len();
    let handlers = &code.handlers;
    // First handler covering each pc (the one that catches), and the covering
    // handler with the deepest `depth` (the strictest requirement).
    let (catcher, strictest) = if handlers.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        let order: Vec<usize> = (0..handlers.len()).collect();
        let by_depth = sorted_indices(handlers.len(), &mut |a, b| {
            handlers[a].depth > handlers[b].depth
        });
        (
            paint(len, handlers, &order),
            paint(len, handlers, &by_depth),
        )
    };

    let mut walk = Walk {
        depth: vec![UNSEEN; len],
        work: Vec::new(),
        max_stack: code.max_stack,
    };
    walk.enter(0, 0, 0)?;
    while let Some(pc) = walk.work.pop() {
        let d = walk.depth[pc];
        let Ok(ins) = try_decode_at(&code.code, pc) else {
            // Unreachable: every entry point was checked to be an instruction start.
            let byte = code.code.get(pc).copied().unwrap_or(0);
            return at(pc, CodeError::BadOpcode { byte });
        };
        if let Some(&h) = strictest.get(pc).filter(|&&h| h != NO_HANDLER) {
            let handler_depth = handlers[h as usize].depth;
            if d < u32::from(handler_depth) {
                return at(
                    pc,
                    CodeError::BelowHandlerDepth {
                        handler: h as usize,
                        handler_depth,
                        depth: d,
                    },
                );
            }
        }
        if let Some(&h) = catcher.get(pc).filter(|&&h| h != NO_HANDLER) {
            let h = &handlers[h as usize];
            let target = h.target as usize;
            walk.enter(target, u32::from(h.depth) + 1, target)?;
        }
        let op = ins.op;
        let after = |(pops, pushes): (u16, u16)| -> CodeResult<u32> {
            if u32::from(pops) > d {
                return at(pc, CodeError::StackUnderflow { op, pops, depth: d });
            }
            Ok(d - u32::from(pops) + u32::from(pushes))
        };
        // Comprehension appends reach `n` entries below their operands.
        if matches!(op, Op::ListAppendAt | Op::DictSetAt | Op::SetAddAt) {
            let (pops, _) = op.stack_effect(ins.arg);
            if d < u32::from(pops) + u32::from(ins.arg) {
                let pops = pops + ins.arg;
                return at(pc, CodeError::StackUnderflow { op, pops, depth: d });
            }
        }
        let flow = op.flow();
        if matches!(flow, Flow::Next | Flow::Branch) {
            let d2 = after(op.stack_effect(ins.arg))?;
            if ins.next >= len {
                return at(pc, CodeError::FallsOffEnd { op });
            }
            walk.enter(ins.next, d2, pc)?;
        }
        if matches!(flow, Flow::Jump | Flow::Branch) {
            let d2 = after(op.jump_effect(ins.arg))?;
            walk.enter(ins.arg as usize, d2, pc)?;
        }
        if flow == Flow::Exit {
            after(op.stack_effect(ins.arg))?;
        }
    }
    Ok(())
}

/// Depth not yet known.
const UNSEEN: u32 = u32::MAX;

/// The worklist state of [`check_stack`].
struct Walk {
    /// Depth on entry to each pc, or [`UNSEEN`].
    depth: Vec<u32>,
    /// Pcs whose successors still need visiting.
    work: Vec<usize>,
    max_stack: u16,
}

impl Walk {
    /// Records depth `d` on entry to `pc`; `from` is where to report a `max_stack` overflow.
    fn enter(&mut self, pc: usize, d: u32, from: usize) -> CodeResult<()> {
        if d > u32::from(self.max_stack) {
            return at(
                from,
                CodeError::StackTooDeep {
                    depth: d,
                    max_stack: self.max_stack,
                },
            );
        }
        match self.depth[pc] {
            UNSEEN => {
                self.depth[pc] = d;
                self.work.push(pc);
                Ok(())
            }
            first if first == d => Ok(()),
            first => at(pc, CodeError::DepthMismatch { first, other: d }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::op::ArgKind;

    /// Every operand the static checks accept has a stack effect that
    /// computes without overflow (overflow checks are on in tests), so the
    /// depth analysis can never panic on a hostile operand.
    #[test]
    fn accepted_operands_have_computable_stack_effects() {
        for &op in Op::ALL {
            let max = match op.arg_kind() {
                ArgKind::None => 0,
                ArgKind::U8 => u16::from(u8::MAX),
                ArgKind::U16 => u16::MAX,
            };
            for arg in 0..=max {
                let accepted = match op.operand() {
                    Operand::Count => check_count(op, arg).is_ok(),
                    Operand::Select(bound) => arg < u16::from(bound),
                    _ => true,
                };
                if accepted {
                    let _ = op.stack_effect(arg);
                    let _ = op.jump_effect(arg);
                }
            }
        }
    }
}
