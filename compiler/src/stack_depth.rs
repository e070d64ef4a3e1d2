//! Flow analysis over a code object's instructions: the stack depth at every
//! reachable instruction, and the maximum.
//!
//! It follows the same rules as the VM's verifier (fall-through effect,
//! taken-branch effect, handler entry at `depth + 1`), so code it accepts has
//! consistent depths at every join, never underflows and never falls off the
//! end. Instructions it never reaches are dead and get dropped by the assembler.

use crate::emit::{Arg, Instr};
use vm::bytecode::Flow;

/// Depth at entry of each instruction (`None`: unreachable) and the maximum depth.
pub(crate) struct Depths {
    pub(crate) at: Vec<Option<u16>>,
    pub(crate) max: u16,
}

/// Runs the analysis. `label_pos[l]` is the instruction index label `l` is bound to.
/// Errors describe an internal inconsistency (a compiler bug), never a user error.
pub(crate) fn analyze(instrs: &[Instr], label_pos: &[usize]) -> Result<Depths, String> {
    let n = instrs.len();
    let mut at: Vec<Option<u16>> = vec![None; n];
    let mut work: Vec<usize> = Vec::new();
    let mut max: u32 = 0;

    let reach = |i: usize, d: u32, at: &mut Vec<Option<u16>>, work: &mut Vec<usize>| {
        if i >= n {
            return Err(format!("control falls off the end of the code (depth {d})"));
        }
        let d = u16::try_from(d).map_err(|_| "stack deeper than 65535".to_string())?;
        match at[i] {
            None => {
                at[i] = Some(d);
                work.push(i);
                Ok(())
            }
            Some(old) if old == d => Ok(()),
            Some(old) => Err(format!(
                "inconsistent stack depth at instruction {i} ({}): {old} vs {d}",
                instrs[i].op.name()
            )),
        }
    };

    if n == 0 {
        return Err("empty code object".into());
    }
    reach(0, 0, &mut at, &mut work)?;
    while let Some(i) = work.pop() {
        let ins = &instrs[i];
        let d = u32::from(at[i].unwrap_or(0));
        let (arg, target) = match ins.arg {
            Arg::None => (0, None),
            Arg::Imm(v) => (v, None),
            Arg::Label(l) => (0, Some(label_pos[l.0 as usize])),
        };
        let (pop, push) = ins.op.stack_effect(arg);
        let (pop, push) = (u32::from(pop), u32::from(push));
        if pop > d {
            return Err(format!(
                "stack underflow at instruction {i} ({})",
                ins.op.name()
            ));
        }
        let after = d - pop + push;
        max = max.max(d).max(after);
        if let Some(h) = ins.handler {
            let hd = u32::from(h.depth);
            if hd > d {
                return Err(format!(
                    "handler depth {hd} above stack depth {d} at instruction {i}"
                ));
            }
            max = max.max(hd + 1);
            reach(label_pos[h.target.0 as usize], hd + 1, &mut at, &mut work)?;
        }
        let jump = || {
            let (jp, jpush) = ins.op.jump_effect(arg);
            let (jp, jpush) = (u32::from(jp), u32::from(jpush));
            if jp > d {
                return Err(format!("stack underflow on the jump of instruction {i}"));
            }
            target
                .map(|t| (t, d - jp + jpush))
                .ok_or_else(|| format!("jump without a label at instruction {i}"))
        };
        match ins.op.flow() {
            Flow::Next => reach(i + 1, after, &mut at, &mut work)?,
            Flow::Jump => {
                let (t, jd) = jump()?;
                max = max.max(jd);
                reach(t, jd, &mut at, &mut work)?;
            }
            Flow::Branch => {
                reach(i + 1, after, &mut at, &mut work)?;
                let (t, jd) = jump()?;
                max = max.max(jd);
                reach(t, jd, &mut at, &mut work)?;
            }
            Flow::Exit => {}
        }
    }
    let max = u16::try_from(max).map_err(|_| "stack deeper than 65535".to_string())?;
    Ok(Depths { at, max })
}
