//! The dispatch loop: one `match` over the opcode byte, operands decoded
//! inline, small-int fast paths inline, everything else in cold functions.
//! The code was verified at load, so operands and jump targets are in range.

use super::call::Called;
use super::{Frame, Interp, PyResult, Thrown};
use crate::bytecode::{BinOp, CmpOp, Op};
use crate::hal::Board;
use crate::heap::Kind;
use crate::types::TypeId;
use crate::value::Value;

/// A verified code object's bytes, read without bounds checks.
///
/// The dispatch loop only reads at `pc` values that are instruction starts or
/// operand bytes of the instruction starting just before: a frame starts at
/// pc 0, resumes at the instruction after a call (a call is never the last
/// instruction, since control never runs past the end), or at a handler
/// target; each step moves to the next instruction or to a jump target. The
/// verifier (`bytecode/verify.rs`) checked that every byte belongs to a
/// well-formed instruction, that all jump and handler targets are
/// instruction starts, and that control never runs past the last
/// instruction, so every such read is in bounds. `Program` can only be built
/// by verifying an image, and its image is immutable.
#[derive(Clone, Copy)]
struct Code<'a>(&'a [u8]);

impl Code<'_> {
    /// The byte at `i`, which must be an instruction start or operand byte (see above).
    #[inline(always)]
    fn byte(self, i: usize) -> u8 {
        debug_assert!(i < self.0.len());
        // SAFETY: `i` is an instruction start or operand byte of a verified
        // code object (see the type's docs), so `i < self.0.len()`.
        unsafe { *self.0.get_unchecked(i) }
    }

    /// The little-endian u16 operand at `i..i + 2` (operand bytes, see above).
    #[inline(always)]
    fn u16_at(self, i: usize) -> usize {
        debug_assert!(i + 2 <= self.0.len());
        // SAFETY: `i` and `i + 1` are operand bytes of a verified
        // instruction (see the type's docs), so both are in bounds; one
        // unaligned two-byte read instead of two byte reads.
        let bytes = unsafe { self.0.as_ptr().add(i).cast::<[u8; 2]>().read() };
        u16::from_le_bytes(bytes) as usize
    }
}

/// The opcode decode table in static memory (a `const` array indexed at
/// run time may be copied to the stack first).
static DECODE: [Option<Op>; 256] = Op::DECODE;

/// Instructions between periodic safe-point work (time accounting, board
/// events, due timers): small enough for microsecond interrupt latency on
/// the simulated clock, large enough to cost nothing measurable.
const SAFE_POINT_INTERVAL: u64 = 64;

/// What `pop!`/`top!` read from an empty stack (never, for verified code).
#[cold]
#[inline(never)]
fn underflow() -> Value {
    Value::NONE
}

impl Interp {
    /// Pushes a frame, enforcing the recursion limit.
    pub(crate) fn push_frame(&mut self, f: Frame) -> PyResult<()> {
        if self.frames.len() + self.native_depth >= self.config.max_depth {
            return Err(self.raise(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        self.frames.push(f);
        Ok(())
    }

    /// Runs frames until the innermost frame marked `native_return` returns,
    /// handling exceptions on the way.
    pub(crate) fn execute(&mut self, io: &mut dyn Board) -> PyResult<Value> {
        loop {
            match self.run_frames(io) {
                Ok(v) => return Ok(v),
                Err(Thrown) => {
                    if !self.unwind() {
                        return Err(Thrown);
                    }
                    // Entering a handler is a control transfer like a
                    // back-edge: a loop made of raise-and-catch (a handler
                    // whose range covers itself, as only hostile bytecode
                    // has) must still reach safe points and Stop. (The
                    // instructions it runs are counted as they execute.)
                    if self.sched.ticks >= SAFE_POINT_INTERVAL
                        && self.safe_point(io).is_err()
                        && !self.unwind()
                    {
                        return Err(Thrown);
                    }
                }
            }
        }
    }

    fn run_frames(&mut self, io: &mut dyn Board) -> PyResult<Value> {
        let prog = self.prog.clone();
        let image = prog.image();
        'frame: loop {
            let fi = self.frames.len() - 1;
            let Frame {
                code: ci,
                pc: start_pc,
                base,
                ..
            } = self.frames[fi];
            let code = Code(&image.codes[ci as usize].code[..]);
            // This frame's module globals start here (see `import.rs`).
            let gbase = self.gbase_of(ci);
            let mut pc = start_pc;
            macro_rules! arg8 {
                () => {{
                    let a = code.byte(pc) as usize;
                    pc += 1;
                    a
                }};
            }
            macro_rules! arg16 {
                () => {{
                    let a = code.u16_at(pc);
                    pc += 2;
                    a
                }};
            }
            // On error, remember where we were (pc - 1 lies inside the faulting instruction).
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            self.frames[fi].pc = pc;
                            return Err(e);
                        }
                    }
                };
            }
            // Back-edges and calls: account time, and every so often (or when
            // a callback is waiting) do the periodic work.
            macro_rules! safe_point {
                () => {
                    if self.sched.ticks >= SAFE_POINT_INTERVAL || !self.sched.queue.is_empty() {
                        self.frames[fi].pc = pc;
                        tri!(self.safe_point(io));
                    }
                };
            }
            // Verified code never pops an empty stack; the fallback (a
            // cold branch, not a select) only keeps the loop panic-free.
            macro_rules! pop {
                () => {
                    match self.stack.pop() {
                        Some(v) => v,
                        None => underflow(),
                    }
                };
            }
            macro_rules! top {
                () => {
                    match self.stack.last() {
                        Some(v) => *v,
                        None => underflow(),
                    }
                };
            }
            // `a OP b` for the two top items: the small-int case inline
            // (one length check covers both reads and the store), the rest
            // in `binary_slow`.
            macro_rules! binary {
                ($sel:expr) => {
                    binary!($sel, op_binary_slow)
                };
                ($sel:expr, $slow:ident) => {
                    let sel = $sel;
                    let n = self.stack.len();
                    if let [.., a, b] = self.stack[..] {
                        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                            if let Some(r) = super::ops::small_binop(sel, x, y) {
                                self.stack[n - 2] = r;
                                self.stack.truncate(n - 1);
                                continue;
                            }
                        }
                    }
                    tri!(self.$slow(io, sel));
                };
            }
            macro_rules! call_and_continue {
                ($r:expr) => {
                    match tri!($r) {
                        Called::Done => {}
                        Called::Pushed => {
                            self.frames[fi].pc = pc;
                            continue 'frame;
                        }
                    }
                };
            }
            loop {
                let byte = code.byte(pc);
                pc += 1;
                // Counted straight into `sched.ticks` (one memory increment):
                // a local counter competes for registers in this big loop and
                // got spilled anyway.
                self.sched.ticks += 1;
                let Some(op) = DECODE[byte as usize] else {
                    self.frames[fi].pc = pc;
                    return Err(self.raise(TypeId::SystemError, "invalid opcode"));
                };
                match op {
                    Op::Nop => {}
                    Op::PopTop => {
                        self.stack.pop();
                    }
                    Op::DupTop => self.stack.push(top!()),
                    Op::DupTopTwo => {
                        let n = self.stack.len();
                        self.stack.extend_from_within(n - 2..n);
                    }
                    Op::RotTwo => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - 2);
                    }
                    Op::RotThree => {
                        let n = self.stack.len();
                        self.stack[n - 3..].rotate_right(1);
                    }
                    Op::LoadConst => {
                        let a = arg16!();
                        self.stack.push(self.consts[a]);
                    }
                    Op::LoadNone => self.stack.push(Value::NONE),
                    Op::LoadTrue => self.stack.push(Value::TRUE),
                    Op::LoadFalse => self.stack.push(Value::FALSE),
                    Op::LoadSmallInt => {
                        let a = arg16!();
                        self.stack.push(Value::small_int(a as u16 as i16 as i64));
                    }
                    Op::LoadFast => {
                        let a = arg8!();
                        let v = self.stack[base + a];
                        if v == Value::UNBOUND {
                            tri!(Err(self.unbound_local(ci, a)));
                        }
                        self.stack.push(v);
                    }
                    Op::StoreFast => {
                        let a = arg8!();
                        let v = pop!();
                        self.stack[base + a] = v;
                    }
                    Op::DeleteFast => {
                        let a = arg8!();
                        if self.stack[base + a] == Value::UNBOUND {
                            tri!(Err(self.unbound_local(ci, a)));
                        }
                        self.stack[base + a] = Value::UNBOUND;
                    }
                    Op::LoadGlobal => {
                        let a = arg16!();
                        let mut v = self.globals[gbase + a];
                        if v == Value::UNBOUND {
                            v = self.builtins[a];
                            if v == Value::UNBOUND {
                                tri!(Err(self.name_error(a)));
                            }
                        }
                        self.stack.push(v);
                    }
                    Op::StoreGlobal => {
                        let a = arg16!();
                        self.globals[gbase + a] = pop!();
                    }
                    Op::DeleteGlobal => {
                        let a = arg16!();
                        if self.globals[gbase + a] == Value::UNBOUND {
                            tri!(Err(self.name_error(a)));
                        }
                        self.globals[gbase + a] = Value::UNBOUND;
                    }
                    Op::LoadAttr => {
                        let a = arg16!();
                        let obj = top!();
                        let v = tri!(self.getattr_io(io, obj, a));
                        let n = self.stack.len();
                        self.stack[n - 1] = v;
                    }
                    Op::StoreAttr => {
                        let a = arg16!();
                        let n = self.stack.len();
                        let (v, obj) = (self.stack[n - 2], self.stack[n - 1]);
                        let prog2 = self.prog.clone();
                        let name = prog2.image().names[a].as_str();
                        if !tri!(self.user_setattr(io, obj, name, v)) {
                            tri!(Err(self.attr_error(obj, a)));
                        }
                        self.stack.truncate(n - 2);
                    }
                    Op::LoadMethod => {
                        let a = arg16!();
                        let obj = pop!();
                        let (m, recv) = match tri!(self.user_load_method(io, obj, a)) {
                            Some(r) => r,
                            None => tri!(self.load_method(obj, a)),
                        };
                        self.stack.push(m);
                        self.stack.push(recv);
                    }
                    Op::CallMethod => {
                        let n = arg8!();
                        safe_point!();
                        let pos = self.stack.len() - n - 2;
                        self.frames[fi].pc = pc;
                        if self.stack[pos] == Value::NULL {
                            call_and_continue!(self.call(io, pos + 1, n, false, pos));
                        } else {
                            call_and_continue!(self.call(io, pos, n + 1, false, pos));
                        }
                    }
                    Op::Call => {
                        let n = arg8!();
                        safe_point!();
                        let pos = self.stack.len() - n - 1;
                        self.frames[fi].pc = pc;
                        // Python functions are the common callee: enter them
                        // without going through the general `call`.
                        let f = self.stack[pos];
                        if let Some(off) = f.as_obj() {
                            if self.heap.kind(off) == Kind::Function {
                                tri!(self.call_function(off, pos, n, Value::NONE, pos));
                                continue 'frame;
                            }
                        }
                        call_and_continue!(self.call(io, pos, n, false, pos));
                    }
                    Op::CallKw => {
                        let n = arg8!();
                        safe_point!();
                        // The kwnames tuple stays on the stack (rooted) during the call.
                        let pos = self.stack.len() - n - 2;
                        self.frames[fi].pc = pc;
                        call_and_continue!(self.call(io, pos, n, true, pos));
                    }
                    Op::BinaryAdd => {
                        binary!(BinOp::Add);
                    }
                    Op::BinarySub => {
                        binary!(BinOp::Sub);
                    }
                    Op::BinaryOp => {
                        let sel = BinOp::from_u8(arg8!() as u8).unwrap_or(BinOp::Add);
                        binary!(sel);
                    }
                    Op::InplaceOp => {
                        let sel = BinOp::from_u8(arg8!() as u8).unwrap_or(BinOp::Add);
                        binary!(sel, op_inplace_slow);
                    }
                    Op::CompareOp => {
                        let sel = CmpOp::from_u8(arg8!() as u8).unwrap_or(CmpOp::Eq);
                        let n = self.stack.len();
                        let small = match self.stack[..] {
                            [.., a, b] => match (a.as_small_int(), b.as_small_int()) {
                                (Some(x), Some(y)) => Some(match sel {
                                    CmpOp::Lt => x < y,
                                    CmpOp::Le => x <= y,
                                    CmpOp::Eq => x == y,
                                    CmpOp::Ne => x != y,
                                    CmpOp::Gt => x > y,
                                    CmpOp::Ge => x >= y,
                                }),
                                _ => None,
                            },
                            _ => None,
                        };
                        let r = match small {
                            Some(r) => {
                                self.stack.truncate(n - 2);
                                r
                            }
                            None => match tri!(self.op_compare_slow(io, sel)) {
                                Some(r) => r,
                                // A rich comparison's result (any object) was pushed.
                                None => continue,
                            },
                        };
                        // `CompareOp` is nearly always followed by a conditional
                        // jump: take it here instead of pushing a bool and
                        // dispatching again. The jump is a well-formed
                        // instruction (the verifier checked every byte), so
                        // its operand lies inside the code.
                        let next = code.byte(pc);
                        if next == Op::PopJumpIfFalse as u8 || next == Op::PopJumpIfTrue as u8 {
                            let jump_if = next == Op::PopJumpIfTrue as u8;
                            self.sched.ticks += 1;
                            if r == jump_if {
                                let t = code.u16_at(pc + 1);
                                if t < pc {
                                    safe_point!();
                                }
                                pc = t;
                            } else {
                                pc += 3;
                            }
                            continue;
                        }
                        self.stack.push(Value::bool(r));
                    }
                    Op::IsOp => {
                        let inv = arg8!() == 1;
                        let b = pop!();
                        let a = pop!();
                        self.stack.push(Value::bool((a == b) != inv));
                    }
                    Op::ContainsOp => {
                        let inv = arg8!() == 1;
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                        let r = tri!(self.contains_io(io, b, a));
                        self.stack.truncate(n - 2);
                        self.stack.push(Value::bool(r != inv));
                    }
                    Op::UnaryNeg => {
                        let a = pop!();
                        let r = match tri!(self.unary_io(io, "__neg__", "-", a)) {
                            Some(r) => r,
                            None => tri!(self.negate(a)),
                        };
                        self.stack.push(r);
                    }
                    Op::UnaryPos => {
                        let a = pop!();
                        let r = match tri!(self.unary_io(io, "__pos__", "+", a)) {
                            Some(r) => r,
                            None => tri!(self.positive(a)),
                        };
                        self.stack.push(r);
                    }
                    Op::UnaryNot => {
                        let a = top!();
                        let t = tri!(self.truthy_io(io, a));
                        let n = self.stack.len();
                        self.stack[n - 1] = Value::bool(!t);
                    }
                    Op::UnaryInvert => {
                        let a = pop!();
                        let r = match tri!(self.unary_io(io, "__invert__", "~", a)) {
                            Some(r) => r,
                            None => tri!(self.invert(a)),
                        };
                        self.stack.push(r);
                    }
                    Op::BinarySubscr => {
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                        if let Some(r) = self.list_index_fast(a, b) {
                            self.stack.pop();
                            self.stack[n - 2] = r;
                            continue;
                        }
                        let r = match tri!(self.subscr_io(io, 0, a, b, Value::NONE)) {
                            Some(r) => r,
                            None => tri!(self.getitem_io(io, a, b)),
                        };
                        self.stack.truncate(n - 2);
                        self.stack.push(r);
                    }
                    Op::StoreSubscr => {
                        let n = self.stack.len();
                        let (v, obj, key) =
                            (self.stack[n - 3], self.stack[n - 2], self.stack[n - 1]);
                        if tri!(self.subscr_io(io, 1, obj, key, v)).is_none() {
                            tri!(self.setitem(io, obj, key, v));
                        }
                        self.stack.truncate(n - 3);
                    }
                    Op::DeleteSubscr => {
                        let n = self.stack.len();
                        let (obj, key) = (self.stack[n - 2], self.stack[n - 1]);
                        if tri!(self.subscr_io(io, 2, obj, key, Value::NONE)).is_none() {
                            tri!(self.delitem(obj, key));
                        }
                        self.stack.truncate(n - 2);
                    }
                    Op::BuildSlice => {
                        let a = arg8!();
                        let step = if a == 3 { pop!() } else { Value::NONE };
                        let stop = pop!();
                        let start = pop!();
                        let s = tri!(self.new_slice(start, stop, step));
                        self.stack.push(s);
                    }
                    Op::BuildTuple => {
                        let a = arg16!();
                        let t = tri!(self.tuple_from_stack(a));
                        self.stack.push(t);
                    }
                    Op::BuildList => {
                        let a = arg16!();
                        let l = tri!(self.list_from_stack(a));
                        self.stack.push(l);
                    }
                    Op::BuildMap => {
                        let a = arg16!();
                        let d = tri!(self.new_dict(a));
                        let start = self.stack.len() - 2 * a;
                        self.stack.push(d);
                        for i in 0..a {
                            let (k, v) = (self.stack[start + 2 * i], self.stack[start + 2 * i + 1]);
                            let d = top!();
                            tri!(self.dict_set_io(io, d, k, v));
                        }
                        let d = pop!();
                        self.stack.truncate(start);
                        self.stack.push(d);
                    }
                    Op::BuildString => {
                        let a = arg16!();
                        let start = self.stack.len() - a;
                        let mut s = alloc::string::String::new();
                        for i in 0..a {
                            let v = self.stack[start + i];
                            tri!(self.text_io(io, v, false, &mut s));
                        }
                        let r = tri!(self.new_str(&s));
                        self.stack.truncate(start);
                        self.stack.push(r);
                    }
                    Op::FormatValue => {
                        let a = arg8!();
                        let has_spec = a & 1 == 1;
                        let n = self.stack.len();
                        let r = if has_spec {
                            let (v, spec) = (self.stack[n - 2], self.stack[n - 1]);
                            tri!(self.format_value_io(io, v, spec, (a >> 1) as u8))
                        } else if a == 0 {
                            let v = self.stack[n - 1];
                            tri!(self.format_value_io(io, v, Value::NONE, 0))
                        } else {
                            let v = self.stack[n - 1];
                            tri!(self.format_value_io(io, v, Value::NONE, (a >> 1) as u8))
                        };
                        self.stack.truncate(n - 1 - has_spec as usize);
                        self.stack.push(r);
                    }
                    Op::UnpackSequence => {
                        let a = arg8!();
                        let n = self.stack.len();
                        let seq = self.stack[n - 1];
                        let user = self.is_user_obj(seq);
                        if !user && !self.is_iterable(seq) {
                            let name = self.type_name(seq);
                            tri!(Err(self.raise_string(
                                TypeId::TypeError,
                                alloc::format!("cannot unpack non-iterable {name} object")
                            )));
                        }
                        let got = tri!(self.push_iterable(io, seq));
                        if got != a {
                            self.stack.truncate(n);
                            let msg = if got > a {
                                alloc::format!("too many values to unpack (expected {a})")
                            } else {
                                alloc::format!(
                                    "not enough values to unpack (expected {a}, got {got})"
                                )
                            };
                            tri!(Err(self.raise_string(TypeId::ValueError, msg)));
                        }
                        // Items are above the sequence in order; CPython leaves the first on top.
                        self.stack[n..].reverse();
                        self.stack.remove(n - 1);
                    }
                    Op::Jump => {
                        let t = code.u16_at(pc);
                        if t < pc {
                            safe_point!();
                        }
                        pc = t;
                    }
                    Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                        let t = arg16!();
                        let v = pop!();
                        let b = match v.as_bool() {
                            Some(b) => b,
                            None => tri!(self.truthy_io(io, v)),
                        };
                        if b == (op == Op::PopJumpIfTrue) {
                            if t < pc {
                                safe_point!();
                            }
                            pc = t;
                        }
                    }
                    Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                        let t = arg16!();
                        let v = top!();
                        if tri!(self.truthy_io(io, v)) == (op == Op::JumpIfTrueOrPop) {
                            pc = t;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Op::GetIter => {
                        let v = top!();
                        let it = tri!(self.get_iter_io(io, v));
                        let n = self.stack.len();
                        self.stack[n - 1] = it;
                    }
                    Op::ForIter => {
                        let t = arg16!();
                        let it = top!();
                        if let Some(v) = self.iter_next_fast(it) {
                            match v {
                                Some(v) => self.stack.push(v),
                                None => {
                                    self.stack.pop();
                                    pc = t;
                                }
                            }
                            continue;
                        }
                        if self.as_generator(it).is_some() {
                            // Run the generator in this loop: its yield
                            // pushes the value here, its return takes the jump.
                            self.frames[fi].pc = pc;
                            let with = super::generator::ResumeWith::Send(Value::NONE);
                            match tri!(self.gen_enter(it, with, super::GEN_FORITER)) {
                                None => continue 'frame,
                                Some(super::Resumed::Yielded(v)) => self.stack.push(v),
                                Some(super::Resumed::Returned(_)) => {
                                    self.stack.pop();
                                    pc = t;
                                }
                            }
                            continue;
                        }
                        match tri!(self.iter_next_io(io, it)) {
                            Some(v) => self.stack.push(v),
                            None => {
                                self.stack.pop();
                                pc = t;
                            }
                        }
                    }
                    Op::ReturnValue => {
                        let v = pop!();
                        let Some(f) = self.frames.pop() else {
                            return Ok(v);
                        };
                        if f.gen != super::GEN_NONE {
                            match self.gen_return(f, v) {
                                Some(v) => {
                                    return Ok(v);
                                }
                                None => continue 'frame,
                            }
                        }
                        self.stack.truncate(f.ret_sp);
                        let v = if f.init {
                            self.init_return(v, f.native_return)?
                        } else {
                            v
                        };
                        if f.native_return {
                            return Ok(v);
                        }
                        self.stack.push(v);
                        continue 'frame;
                    }
                    Op::MakeFunction => {
                        let a = arg16!();
                        let kwdefaults = pop!();
                        let defaults = pop!();
                        let f = tri!(self.new_function(a as u16, defaults, kwdefaults));
                        self.stack.push(f);
                    }
                    Op::RaiseVarargs => {
                        let a = arg8!();
                        let r = match a {
                            0 => self.reraise_handled(),
                            1 => {
                                let e = pop!();
                                match self.instantiate_exc_class(io, e) {
                                    Ok(e) => self.raise_object(e, None),
                                    Err(t) => t,
                                }
                            }
                            _ => {
                                let cause = pop!();
                                let e = top!();
                                let r = self.instantiate_exc_class(io, cause).and_then(|c| {
                                    let e = self.stack.pop().unwrap_or(e);
                                    self.stack.push(c);
                                    let e = self.instantiate_exc_class(io, e);
                                    let c = self.stack.pop().unwrap_or(Value::NONE);
                                    Ok((e?, c))
                                });
                                match r {
                                    Ok((e, c)) => self.raise_object(e, Some(c)),
                                    Err(t) => t,
                                }
                            }
                        };
                        tri!(Err(r));
                    }
                    Op::Reraise => {
                        let e = pop!();
                        tri!(Err(self.reraise(e)));
                    }
                    Op::PushExcInfo => {
                        let e = pop!();
                        self.stack.push(self.handled);
                        self.stack.push(e);
                        self.handled = e;
                    }
                    Op::PopExcept => {
                        self.handled = pop!();
                    }
                    Op::CheckExcMatch => {
                        let ty = pop!();
                        let e = top!();
                        let r = tri!(self.exception_matches(e, ty));
                        self.stack.push(Value::bool(r));
                    }
                    Op::ImportName => {
                        let a = arg16!();
                        self.frames[fi].pc = pc;
                        let m = tri!(self.import_module(io, a));
                        self.stack.push(m);
                    }
                    Op::ImportFrom => {
                        let a = arg16!();
                        let m = top!();
                        self.frames[fi].pc = pc;
                        let v = tri!(self.import_from(io, m, a));
                        self.stack.push(v);
                    }
                    Op::ImportStar => {
                        let m = top!();
                        self.frames[fi].pc = pc;
                        tri!(self.import_star(m, gbase));
                        self.stack.pop();
                    }
                    Op::PrintExpr => {
                        let v = top!();
                        self.frames[fi].pc = pc;
                        tri!(self.print_expr(io, v));
                        self.stack.pop();
                    }
                    Op::MakeCell => {
                        let a = arg8!();
                        let c = tri!(self.new_cell_from_slot(base + a));
                        self.stack[base + a] = c;
                    }
                    Op::LoadDeref | Op::LoadFreeDeref => {
                        let a = arg8!();
                        let c = tri!(self.cell_at(self.stack[base + a]));
                        let v = self.heap.get(c, 0);
                        if v == Value::UNBOUND {
                            tri!(Err(self.unbound_deref(ci, a, op == Op::LoadFreeDeref)));
                        }
                        self.stack.push(v);
                    }
                    Op::StoreDeref => {
                        let a = arg8!();
                        let c = tri!(self.cell_at(self.stack[base + a]));
                        let v = pop!();
                        self.heap.set(c, 0, v);
                    }
                    Op::DeleteDeref => {
                        let a = arg8!();
                        let c = tri!(self.cell_at(self.stack[base + a]));
                        if self.heap.get(c, 0) == Value::UNBOUND {
                            tri!(Err(self.unbound_deref(ci, a, false)));
                        }
                        self.heap.set(c, 0, Value::UNBOUND);
                    }
                    Op::MakeClosure => {
                        let a = arg16!();
                        let closure = pop!();
                        let kwdefaults = pop!();
                        let defaults = pop!();
                        let f = tri!(self.new_closure(a as u16, defaults, kwdefaults, closure));
                        self.stack.push(f);
                    }
                    Op::ListExtend => {
                        let a = arg8!();
                        tri!(self.list_extend_op(io, a == 1));
                    }
                    Op::ListToTuple => {
                        let l = top!();
                        let Some(items) = self.items(l) else {
                            tri!(Err(
                                self.raise(TypeId::SystemError, "ListToTuple on a non-list")
                            ));
                            continue;
                        };
                        let n = items.len;
                        tri!(self.push_iterable(io, l));
                        let t = tri!(self.tuple_from_stack(n));
                        let len = self.stack.len();
                        self.stack[len - 1] = t;
                    }
                    Op::DictUpdate => {
                        let a = arg8!();
                        tri!(self.dict_update_op(a == 1));
                    }
                    Op::CallEx => {
                        let a = arg8!();
                        safe_point!();
                        let pos = self.stack.len() - a - 2;
                        self.frames[fi].pc = pc;
                        call_and_continue!(self.call_ex(io, pos, a == 1));
                    }
                    Op::UnpackEx => {
                        let a = arg16!();
                        tri!(self.unpack_ex(io, a & 0xFF, a >> 8));
                    }
                    Op::ListAppendAt => {
                        let a = arg8!();
                        let v = pop!();
                        let l = self.stack[self.stack.len() - a];
                        if !self.is_list(l) {
                            tri!(Err(
                                self.raise(TypeId::SystemError, "ListAppendAt on a non-list")
                            ));
                        }
                        tri!(self.list_append(l, v));
                    }
                    Op::DictSetAt => {
                        let a = arg8!();
                        let n = self.stack.len();
                        let (k, v) = (self.stack[n - 2], self.stack[n - 1]);
                        let d = self.stack[n - 2 - a];
                        if !self.is_dict(d) {
                            tri!(Err(
                                self.raise(TypeId::SystemError, "DictSetAt on a non-dict")
                            ));
                        }
                        tri!(self.dict_set_io(io, d, k, v));
                        self.stack.truncate(n - 2);
                    }
                    Op::BuildSet => {
                        let a = arg16!();
                        let s = tri!(self.set_from_stack(io, a));
                        self.stack.push(s);
                    }
                    Op::SetAddAt => {
                        let a = arg8!();
                        let v = top!();
                        let s = self.stack[self.stack.len() - 1 - a];
                        if !self.is_anyset(s) {
                            tri!(Err(self.raise(TypeId::SystemError, "SetAddAt on a non-set")));
                        }
                        // `v` stays on the stack (rooted) while the set may grow.
                        let r = self.set_add_io(io, s, v);
                        self.stack.pop();
                        tri!(r);
                    }
                    Op::SetUpdate => {
                        let v = pop!();
                        let s = top!();
                        if !self.is_anyset(s) {
                            tri!(Err(
                                self.raise(TypeId::SystemError, "SetUpdate on a non-set")
                            ));
                        }
                        // `v` is off the stack now: root it while the set grows.
                        self.stack.push(v);
                        let r = self.set_update(io, s, v);
                        self.stack.pop();
                        tri!(r);
                    }
                    Op::LoadName => {
                        let a = arg16!();
                        let v = tri!(self.op_load_name(ci, base, a));
                        self.stack.push(v);
                    }
                    Op::StoreName => {
                        let a = arg16!();
                        let v = top!();
                        tri!(self.op_store_name(ci, base, a, v));
                        self.stack.pop();
                    }
                    Op::DeleteName => {
                        let a = arg16!();
                        tri!(self.op_delete_name(ci, base, a));
                    }
                    Op::BuildClass => {
                        let a = arg16!();
                        let c = tri!(self.op_build_class(a));
                        self.stack.push(c);
                        tri!(self.init_subclass(io, c));
                    }
                    Op::LoadSuper => {
                        let s = tri!(self.op_load_super(base));
                        self.stack.push(s);
                    }
                    Op::DeleteAttr => {
                        let a = arg16!();
                        let obj = top!();
                        let prog2 = self.prog.clone();
                        let name = prog2.image().names[a].as_str();
                        if !tri!(self.user_delattr(io, obj, name)) {
                            tri!(Err(self.attr_error(obj, a)));
                        }
                        self.stack.pop();
                    }
                    Op::WithEnter => {
                        tri!(self.op_with_enter(io, false));
                    }
                    Op::AsyncWithEnter => {
                        tri!(self.op_with_enter(io, true));
                    }
                    Op::AsyncExitExc => {
                        let r = tri!(self.op_exit_exc_call(io));
                        self.stack.push(r);
                    }
                    Op::AsyncGenWrap => {
                        let v = top!();
                        let w = tri!(self.new_native(TypeId::AsyncGenWrapped, &[v]));
                        let n = self.stack.len();
                        self.stack[n - 1] = w;
                    }
                    Op::GetAwaitable => {
                        tri!(self.op_get_awaitable(io));
                    }
                    Op::WithExitExc => {
                        let r = tri!(self.op_with_exit_exc(io));
                        self.stack.push(Value::bool(r));
                    }
                    Op::ListAppend => {
                        let v = pop!();
                        let l = top!();
                        if !self.is_list(l) {
                            tri!(Err(
                                self.raise(TypeId::SystemError, "ListAppend on a non-list")
                            ));
                        }
                        tri!(self.list_append(l, v));
                    }
                    Op::YieldValue => {
                        // Suspending never allocates, so `v` stays valid.
                        let v = pop!();
                        let kind = self.frames[fi].gen;
                        tri!(self.gen_suspend(pc));
                        match self.deliver_yield(kind, v) {
                            Ok(None) => continue 'frame,
                            Ok(Some(v)) => {
                                return Ok(v);
                            }
                            Err(e) => {
                                return Err(e);
                            }
                        }
                    }
                    Op::YieldFrom => {
                        let sent = pop!();
                        let sub = top!();
                        self.frames[fi].pc = pc;
                        let r = if self.as_generator(sub).is_some() {
                            // Run the delegate in this loop (see `deliver_yield`).
                            let with = super::generator::ResumeWith::Send(sent);
                            match tri!(self.gen_enter(sub, with, super::GEN_YIELDFROM)) {
                                None => continue 'frame,
                                Some(r) => r,
                            }
                        } else {
                            tri!(self.yield_from_step(io, sub, sent))
                        };
                        match r {
                            super::Resumed::Yielded(v) => {
                                // Park on this instruction: the value sent
                                // next is pushed and it runs again.
                                let kind = self.frames[fi].gen;
                                tri!(self.gen_suspend(pc - 1));
                                match self.deliver_yield(kind, v) {
                                    Ok(None) => continue 'frame,
                                    Ok(Some(v)) => {
                                        return Ok(v);
                                    }
                                    Err(e) => {
                                        return Err(e);
                                    }
                                }
                            }
                            super::Resumed::Returned(r) => {
                                let n = self.stack.len();
                                self.stack[n - 1] = r;
                            }
                        }
                    }
                }
            }
        }
    }
}
