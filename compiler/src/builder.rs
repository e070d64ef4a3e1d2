//! Emits one code object: instructions, labels, line table, exception
//! table, and the exact max stack depth (by the same flow analysis the VM's
//! verifier performs).

use vm::bytecode::{ArgKind, CodeObject, Flow, Handler, LineEntry, Op};

/// A jump target, bound to an offset later.
#[derive(Clone, Copy)]
pub(crate) struct Label(usize);

#[derive(Default)]
pub(crate) struct Builder {
    pub code: Vec<u8>,
    labels: Vec<Option<usize>>,
    fixups: Vec<(usize, Label)>,
    pub lines: Vec<LineEntry>,
    handlers: Vec<(usize, usize, Label, u16)>,
}

impl Builder {
    pub fn pc(&self) -> usize {
        self.code.len()
    }

    pub fn set_line(&mut self, line: u32) {
        let pc = self.pc() as u16;
        match self.lines.last_mut() {
            Some(l) if l.line == line => {}
            Some(l) if l.pc == pc => l.line = line,
            _ => self.lines.push(LineEntry { pc, line }),
        }
    }

    pub fn emit(&mut self, op: Op, arg: usize) {
        self.code.push(op as u8);
        match op.arg_kind() {
            ArgKind::None => {}
            ArgKind::U8 => self.code.push(arg as u8),
            ArgKind::U16 => self.code.extend_from_slice(&(arg as u16).to_le_bytes()),
        }
    }

    pub fn op(&mut self, op: Op) {
        self.emit(op, 0);
    }

    pub fn label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }

    pub fn bind(&mut self, l: Label) {
        self.labels[l.0] = Some(self.pc());
    }

    pub fn jump(&mut self, op: Op, l: Label) {
        self.code.push(op as u8);
        self.fixups.push((self.pc(), l));
        self.code.extend_from_slice(&[0, 0]);
    }

    /// Protects `start..end` with a handler at `target`, unwinding to `depth`.
    pub fn handler(&mut self, start: usize, end: usize, target: Label, depth: usize) {
        if start < end {
            self.handlers.push((start, end, target, depth as u16));
        }
    }

    pub fn finish(mut self, mut co: CodeObject) -> Result<CodeObject, String> {
        if self.code.len() > vm::bytecode::MAX_CODE_LEN {
            return Err("function too large (over 64 KiB of bytecode)".into());
        }
        for (at, l) in &self.fixups {
            let t = self.labels[l.0].unwrap_or(0) as u16;
            self.code[*at..*at + 2].copy_from_slice(&t.to_le_bytes());
        }
        co.handlers = self
            .handlers
            .iter()
            .map(|(s, e, t, d)| Handler {
                start: *s as u16,
                end: *e as u16,
                target: self.labels[t.0].unwrap_or(0) as u16,
                depth: *d,
            })
            .collect();
        if self.lines.first().is_none_or(|l| l.pc != 0) {
            self.lines.insert(
                0,
                LineEntry {
                    pc: 0,
                    line: co.first_line,
                },
            );
        }
        co.lines = self.lines;
        co.max_stack = max_depth(&self.code, &co.handlers)?;
        co.code = self.code;
        Ok(co)
    }
}

fn decode(code: &[u8], pc: usize) -> (Op, u16, usize) {
    let op = Op::from_byte(code[pc]).unwrap_or(Op::Nop);
    let arg = match op.arg_kind() {
        ArgKind::None => 0,
        ArgKind::U8 => code[pc + 1] as u16,
        ArgKind::U16 => u16::from_le_bytes([code[pc + 1], code[pc + 2]]),
    };
    (op, arg, pc + 1 + op.arg_kind().len())
}

/// Worklist flow analysis of stack depths; also checks consistency.
fn max_depth(code: &[u8], handlers: &[Handler]) -> Result<u16, String> {
    let mut depth: Vec<Option<i32>> = vec![None; code.len() + 1];
    let mut work = vec![(0usize, 0i32)];
    for h in handlers {
        work.push((h.target as usize, h.depth as i32 + 1));
    }
    let mut max = 0;
    while let Some((pc, d)) = work.pop() {
        if pc >= code.len() {
            return Err("internal error: control falls off the end of the code".into());
        }
        match depth[pc] {
            Some(old) if old == d => continue,
            Some(old) => return Err(format!("internal error: stack depth {old} vs {d} at {pc}")),
            None => depth[pc] = Some(d),
        }
        let (op, arg, next) = decode(code, pc);
        let (pop, push) = op.stack_effect(arg);
        let nd = d - pop as i32 + push as i32;
        if d < pop as i32 {
            return Err(format!(
                "internal error: stack underflow at {pc} ({})",
                op.name()
            ));
        }
        max = max.max(nd).max(d);
        match op.flow() {
            Flow::Next => work.push((next, nd)),
            Flow::Jump => work.push((arg as usize, nd)),
            Flow::Branch => {
                let (jp, jpush) = op.jump_effect(arg);
                work.push((next, nd));
                work.push((arg as usize, d - jp as i32 + jpush as i32));
            }
            Flow::Exit => {}
        }
    }
    Ok(max as u16)
}
