//! The per-code-object assembler: instructions with symbolic labels, the
//! source line and active exception handler recorded per instruction, then
//! resolved into bytes, a line table and a handler table.

use crate::stack_depth;
use vm::bytecode::{ArgKind, Handler, LineEntry, Op, MAX_CODE_LEN};

/// A jump target, bound to an instruction position later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(pub(crate) u32);

/// An instruction operand before assembly.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Arg {
    None,
    Imm(u16),
    Label(Label),
}

/// The exception handler covering an instruction: where to go and what depth to unwind to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct HandlerRef {
    pub(crate) target: Label,
    pub(crate) depth: u16,
}

/// One instruction before assembly.
#[derive(Clone, Debug)]
pub(crate) struct Instr {
    pub(crate) op: Op,
    pub(crate) arg: Arg,
    pub(crate) line: u32,
    pub(crate) handler: Option<HandlerRef>,
}

/// The assembled parts of a code object.
pub(crate) struct Assembled {
    pub(crate) code: Vec<u8>,
    pub(crate) lines: Vec<LineEntry>,
    pub(crate) handlers: Vec<Handler>,
    pub(crate) max_stack: u16,
}

/// Collects instructions for one code object.
#[derive(Default)]
pub(crate) struct CodeBuilder {
    instrs: Vec<Instr>,
    /// Instruction index each label is bound to.
    labels: Vec<Option<usize>>,
}

impl CodeBuilder {
    pub(crate) fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label((self.labels.len() - 1) as u32)
    }

    /// Binds `l` to the next instruction emitted.
    pub(crate) fn bind(&mut self, l: Label) {
        self.labels[l.0 as usize] = Some(self.instrs.len());
    }

    pub(crate) fn emit(&mut self, op: Op, arg: Arg, line: u32, handler: Option<HandlerRef>) {
        self.instrs.push(Instr {
            op,
            arg,
            line,
            handler,
        });
    }

    /// Resolves labels, drops unreachable code and encodes. Errors are internal
    /// (compiler bugs) except for code that is too large for 16-bit offsets.
    pub(crate) fn assemble(self) -> Result<Assembled, String> {
        let n = self.instrs.len();
        let label_pos: Vec<usize> = self
            .labels
            .iter()
            .map(|p| p.unwrap_or(usize::MAX))
            .collect();
        // Unbound labels can only be referenced by dead code; point them past the end.
        let label_pos: Vec<usize> = label_pos.into_iter().map(|p| p.min(n)).collect();
        let depths = stack_depth::analyze(&self.instrs, &label_pos)?;

        // Dead code is dropped, except that every code object keeps its final
        // `LoadNone; ReturnValue` so that it always ends with a return.
        let mut live: Vec<bool> = depths.at.iter().map(Option::is_some).collect();
        let last_live = (0..n).rev().find(|&i| live[i]);
        if last_live.map(|i| self.instrs[i].op) != Some(Op::ReturnValue) {
            for l in live.iter_mut().skip(n.saturating_sub(2)) {
                *l = true;
            }
        }

        // Byte offset of each instruction (dead ones get the next live offset).
        let mut pc_of = vec![0usize; n + 1];
        let mut pc = 0usize;
        for i in 0..n {
            pc_of[i] = pc;
            if live[i] {
                pc += 1 + self.instrs[i].op.arg_kind().len();
            }
        }
        pc_of[n] = pc;
        if pc > MAX_CODE_LEN {
            return Err(format!(
                "code object too large ({pc} bytes, at most {MAX_CODE_LEN})"
            ));
        }
        let label_pc = |l: Label| pc_of[label_pos[l.0 as usize]] as u16;

        let mut code = Vec::with_capacity(pc);
        let mut lines: Vec<LineEntry> = Vec::new();
        let mut handlers: Vec<Handler> = Vec::new();
        for (i, ins) in self.instrs.iter().enumerate() {
            if !live[i] {
                continue;
            }
            let at = pc_of[i] as u16;
            if lines.last().map(|e| e.line) != Some(ins.line) {
                lines.push(LineEntry {
                    pc: at,
                    line: ins.line,
                });
            }
            code.push(ins.op as u8);
            let arg = match ins.arg {
                Arg::None => 0,
                Arg::Imm(v) => v,
                Arg::Label(l) => label_pc(l),
            };
            match ins.op.arg_kind() {
                ArgKind::None => {}
                ArgKind::U8 => code.push(arg as u8),
                ArgKind::U16 => code.extend_from_slice(&arg.to_le_bytes()),
            }
            let end = code.len() as u16;
            if let Some(h) = ins.handler {
                let target = label_pc(h.target);
                match handlers.last_mut() {
                    // Extend the previous entry over consecutive instructions.
                    Some(last)
                        if last.end == at && last.target == target && last.depth == h.depth =>
                    {
                        last.end = end;
                    }
                    _ => handlers.push(Handler {
                        start: at,
                        end,
                        target,
                        depth: h.depth,
                    }),
                }
            }
        }
        Ok(Assembled {
            code,
            lines,
            handlers,
            max_stack: depths.max,
        })
    }
}
