//! The instruction set, defined once.
//!
//! An instruction is one opcode byte followed by its operand: none, one byte
//! (`U8`) or two little-endian bytes (`U16`). The encoder, decoder, verifier,
//! disassembler and `docs/bytecode.md` all read this table, so adding an
//! opcode here is the only place its shape is stated.
//!
//! Stack effects are `(pops, pushes)` on the fall-through path, plus a second
//! pair for the taken branch of a jump. A few effects depend on the operand
//! (`BuildTuple n` pops `n`); those are computed by [`Op::stack_effect`].

/// The kind of operand an opcode carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No operand: a one-byte instruction.
    None,
    /// A one-byte operand.
    U8,
    /// A two-byte little-endian operand.
    U16,
}

impl ArgKind {
    /// Number of operand bytes following the opcode.
    pub const fn len(self) -> usize {
        match self {
            ArgKind::None => 0,
            ArgKind::U8 => 1,
            ArgKind::U16 => 2,
        }
    }
    /// Whether the instruction has no operand bytes.
    pub const fn is_empty(self) -> bool {
        matches!(self, ArgKind::None)
    }
}

/// What an operand indexes, so the verifier knows which table to check it against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// No operand.
    None,
    /// A local variable slot (< the code object's `nlocals`).
    Local,
    /// An index into the image's constant pool.
    Const,
    /// An index into the image's name table.
    Name,
    /// An absolute byte offset in the same code object; must be an instruction start.
    Jump,
    /// A plain count or immediate (argument count, item count, small integer, flag).
    Count,
    /// A sub-operation selector; must be below the given bound.
    Select(u8),
    /// An index into the image's code-object table.
    Code,
}

/// How control leaves an instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// Falls through to the next instruction.
    Next,
    /// Always jumps to its operand.
    Jump,
    /// Falls through or jumps to its operand.
    Branch,
    /// Leaves the frame (return or raise): nothing follows.
    Exit,
}

macro_rules! isa {
    (operand $n:ident; $(
        $(#[doc = $doc:literal])*
        $name:ident = $code:literal, $arg:ident, $operand:expr, $flow:ident, ($pop:expr, $push:expr) $(, jump ($jpop:expr, $jpush:expr))?;
    )*) => {
        /// One opcode of the Ferrite VM. The byte value is the encoding.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op {
            $( $(#[doc = $doc])* $name = $code, )*
        }

        impl Op {
            /// Every opcode, in encoding order.
            pub const ALL: &'static [Op] = &[$(Op::$name),*];

            /// Decodes an opcode byte; `None` for bytes that are not opcodes.
            #[inline]
            pub const fn from_byte(b: u8) -> Option<Op> {
                match b {
                    $( $code => Some(Op::$name), )*
                    _ => None,
                }
            }

            /// [`Op::from_byte`] for every byte value, as a table. The
            /// dispatch loop decodes with one load from it: a `match` over
            /// the sparse opcode numbers compiles to an out-of-line jump
            /// table of returns, which cost ~10 instructions per dispatch.
            pub const DECODE: [Option<Op>; 256] = {
                let mut t = [None; 256];
                let mut i = 0;
                while i < 256 {
                    t[i] = Op::from_byte(i as u8);
                    i += 1;
                }
                t
            };

            /// The opcode's name as written in disassembly and docs.
            pub fn name(self) -> &'static str {
                // The names packed into one string with offsets in
                // encoding order: a third of the flash of a `match`.
                const LIST: &[&str] = &[$(stringify!($name)),*];
                const LEN: usize = crate::packed::total_len(LIST);
                static PACKED: [u8; LEN] = crate::packed::pack(LIST);
                static ENDS: [u16; LIST.len()] = crate::packed::ends(LIST);
                let i = Op::ALL.iter().position(|&o| o == self).unwrap_or(0);
                core::str::from_utf8(crate::packed::entry(&PACKED, &ENDS, i)).unwrap_or("?")
            }

            /// The operand's encoding.
            #[inline]
            pub const fn arg_kind(self) -> ArgKind {
                match self { $( Op::$name => ArgKind::$arg, )* }
            }

            /// What the operand refers to.
            pub const fn operand(self) -> Operand {
                match self { $( Op::$name => $operand, )* }
            }

            /// How control leaves this instruction.
            pub const fn flow(self) -> Flow {
                match self { $( Op::$name => Flow::$flow, )* }
            }

            /// One-line meaning, as in `docs/bytecode.md`.
            pub const fn doc(self) -> &'static str {
                match self { $( Op::$name => concat!($($doc),*), )* }
            }

            /// `(pops, pushes)` on the fall-through path for operand `arg`.
            /// The symbolic form (for docs) is [`Op::stack_effect_text`].
            pub const fn stack_effect(self, arg: u16) -> (u16, u16) {
                #[allow(unused_variables)]
                let $n = arg;
                match self { $( Op::$name => ($pop, $push), )* }
            }

            /// `(pops, pushes)` when a branching instruction takes its jump.
            pub const fn jump_effect(self, arg: u16) -> (u16, u16) {
                #[allow(unused_variables)]
                let $n = arg;
                match self { $( Op::$name => isa!(@jump ($pop, $push) $(, ($jpop, $jpush))?), )* }
            }

            /// The stack effect as written in the ISA table (for docs).
            pub const fn stack_effect_text(self) -> &'static str {
                match self { $( Op::$name => concat!(
                    "(", stringify!($pop), " → ", stringify!($push), ")"
                    $(, " jump: (", stringify!($jpop), " → ", stringify!($jpush), ")")?
                ), )* }
            }
        }
    };
    (@jump $fall:expr) => { $fall };
    (@jump $fall:expr, $jump:expr) => { $jump };
}

/// Number of [`BinOp`] selectors.
pub const BINOP_COUNT: u8 = 12;
/// Number of [`CmpOp`] selectors.
pub const CMPOP_COUNT: u8 = 6;

// Stack notation in the docs: `n` is the operand. The top of stack is rightmost.
isa! {
    operand n;
    /// Do nothing.
    Nop = 0, None, Operand::None, Next, (0, 0);
    /// Discard the top of stack.
    PopTop = 1, None, Operand::None, Next, (1, 0);
    /// Push a second copy of the top of stack.
    DupTop = 2, None, Operand::None, Next, (1, 2);
    /// Duplicate the top two items: a b → a b a b.
    DupTopTwo = 3, None, Operand::None, Next, (2, 4);
    /// Swap the top two items: a b → b a.
    RotTwo = 4, None, Operand::None, Next, (2, 2);
    /// Lift the second and third items: a b c → c a b.
    RotThree = 5, None, Operand::None, Next, (3, 3);
    /// Push constant `n` from the pool.
    LoadConst = 6, U16, Operand::Const, Next, (0, 1);
    /// Push `None`.
    LoadNone = 7, None, Operand::None, Next, (0, 1);
    /// Push `True`.
    LoadTrue = 8, None, Operand::None, Next, (0, 1);
    /// Push `False`.
    LoadFalse = 9, None, Operand::None, Next, (0, 1);
    /// Push the small integer `n` read as a signed 16-bit value.
    LoadSmallInt = 10, U16, Operand::Count, Next, (0, 1);
    /// Push local `n`; `UnboundLocalError` if it has no value.
    LoadFast = 11, U8, Operand::Local, Next, (0, 1);
    /// Pop into local `n`.
    StoreFast = 12, U8, Operand::Local, Next, (1, 0);
    /// Unbind local `n`.
    DeleteFast = 13, U8, Operand::Local, Next, (0, 0);
    /// Push global `names[n]`, else builtin `names[n]`, else `NameError`.
    LoadGlobal = 14, U16, Operand::Name, Next, (0, 1);
    /// Pop into global `names[n]`.
    StoreGlobal = 15, U16, Operand::Name, Next, (1, 0);
    /// Delete global `names[n]` (`NameError` if unbound).
    DeleteGlobal = 16, U16, Operand::Name, Next, (0, 0);
    /// obj → obj.names[n].
    LoadAttr = 17, U16, Operand::Name, Next, (1, 1);
    /// value obj → (sets obj.names[n] = value).
    StoreAttr = 18, U16, Operand::Name, Next, (2, 0);
    /// obj → method self (or attr NULL-marker obj) for a following `CallMethod`.
    LoadMethod = 19, U16, Operand::Name, Next, (1, 2);
    /// method self arg1..argn → result. Calls a method loaded by `LoadMethod` without allocating a bound method.
    CallMethod = 20, U8, Operand::Count, Next, (n + 2, 1);
    /// func arg1..argn → result.
    Call = 21, U8, Operand::Count, Next, (n + 1, 1);
    /// func arg1..argn kwnames → result; `n` counts all arguments, the last `len(kwnames)` are keywords.
    CallKw = 22, U8, Operand::Count, Next, (n + 2, 1);
    /// a b → a OP b for binary operator selector `n` (see `BinOp`).
    BinaryOp = 23, U8, Operand::Select(BINOP_COUNT), Next, (2, 1);
    /// a b → a OP= b (in place where the type supports it; lists extend).
    InplaceOp = 24, U8, Operand::Select(BINOP_COUNT), Next, (2, 1);
    /// a b → a + b (fast path of `BinaryOp`).
    BinaryAdd = 25, None, Operand::None, Next, (2, 1);
    /// a b → a - b (fast path of `BinaryOp`).
    BinarySub = 26, None, Operand::None, Next, (2, 1);
    /// a b → a COMPARE b for comparison selector `n` (see `CmpOp`).
    CompareOp = 27, U8, Operand::Select(CMPOP_COUNT), Next, (2, 1);
    /// a b → (a is b), negated when `n` is 1.
    IsOp = 28, U8, Operand::Select(2), Next, (2, 1);
    /// a b → (a in b), negated when `n` is 1.
    ContainsOp = 29, U8, Operand::Select(2), Next, (2, 1);
    /// a → -a.
    UnaryNeg = 30, None, Operand::None, Next, (1, 1);
    /// a → +a.
    UnaryPos = 31, None, Operand::None, Next, (1, 1);
    /// a → not a.
    UnaryNot = 32, None, Operand::None, Next, (1, 1);
    /// a → ~a.
    UnaryInvert = 33, None, Operand::None, Next, (1, 1);
    /// obj key → obj[key].
    BinarySubscr = 34, None, Operand::None, Next, (2, 1);
    /// value obj key → (obj[key] = value).
    StoreSubscr = 35, None, Operand::None, Next, (3, 0);
    /// obj key → (del obj[key]).
    DeleteSubscr = 36, None, Operand::None, Next, (2, 0);
    /// start stop [step] → slice; `n` is 2 or 3.
    BuildSlice = 37, U8, Operand::Count, Next, (n, 1);
    /// item1..itemn → tuple.
    BuildTuple = 38, U16, Operand::Count, Next, (n, 1);
    /// item1..itemn → list.
    BuildList = 39, U16, Operand::Count, Next, (n, 1);
    /// k1 v1 .. kn vn → dict (insertion order).
    BuildMap = 40, U16, Operand::Count, Next, (2 * n, 1);
    /// s1..sn → s1 + .. + sn (all str).
    BuildString = 41, U16, Operand::Count, Next, (n, 1);
    /// seq → item_n .. item_1 (first item on top); `ValueError` on a length mismatch.
    UnpackSequence = 42, U8, Operand::Count, Next, (1, n);
    /// Jump to `n`.
    Jump = 43, U16, Operand::Jump, Jump, (0, 0);
    /// cond → ; jump to `n` if cond is false.
    PopJumpIfFalse = 44, U16, Operand::Jump, Branch, (1, 0);
    /// cond → ; jump to `n` if cond is true.
    PopJumpIfTrue = 45, U16, Operand::Jump, Branch, (1, 0);
    /// cond → cond (and jump to `n`) if false, else pop it.
    JumpIfFalseOrPop = 46, U16, Operand::Jump, Branch, (1, 0), jump (1, 1);
    /// cond → cond (and jump to `n`) if true, else pop it.
    JumpIfTrueOrPop = 47, U16, Operand::Jump, Branch, (1, 0), jump (1, 1);
    /// iterable → iterator.
    GetIter = 48, None, Operand::None, Next, (1, 1);
    /// iter → iter next; when exhausted pop iter and jump to `n`.
    ForIter = 49, U16, Operand::Jump, Branch, (1, 2), jump (1, 0);
    /// value → ; return it from the frame.
    ReturnValue = 50, None, Operand::None, Exit, (1, 0);
    /// defaults kwdefaults → function from code object `n` (a tuple or None; a dict or None).
    MakeFunction = 51, U16, Operand::Code, Next, (2, 1);
    /// [exc [cause]] → ; `n` is 0 (re-raise the handled exception), 1 or 2 (`raise exc from cause`).
    RaiseVarargs = 52, U8, Operand::Count, Exit, (n, 0);
    /// exc → ; re-raise exc keeping its traceback (end of `finally`/unmatched handler).
    Reraise = 53, None, Operand::None, Exit, (1, 0);
    /// exc → prev exc; make exc the handled exception, saving the previous one beneath it.
    PushExcInfo = 54, None, Operand::None, Next, (1, 2);
    /// prev → ; restore the previously handled exception (leaving an `except` block).
    PopExcept = 55, None, Operand::None, Next, (1, 0);
    /// exc type → exc bool; whether exc is an instance of type (or of any class in a tuple).
    CheckExcMatch = 56, None, Operand::None, Next, (2, 2);
    /// → module; import module `names[n]` (for a dotted name, its last part, after importing the parents).
    ImportName = 57, U16, Operand::Name, Next, (0, 1);
    /// module → module value; load `names[n]` from the module (or import submodule `module.names[n]` of a package).
    ImportFrom = 58, U16, Operand::Name, Next, (1, 2);
    /// list item → list (after `list.append(item)`), for comprehensions; `n` is unused.
    ListAppend = 59, None, Operand::None, Next, (2, 1);
    /// value [spec] → format(conv(value), spec): bit 0 of `n` = a spec str is on top; bits 1–2 = conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`).
    FormatValue = 60, U8, Operand::Select(8), Next, ((n & 1) + 1, 1);
    /// Replace local `n` with a new cell holding its value (unbound stays unbound inside the cell); a function's first instructions, for locals inner functions capture.
    MakeCell = 64, U8, Operand::Local, Next, (0, 0);
    /// Push the value in the cell in local `n`; `UnboundLocalError` if the cell is empty.
    LoadDeref = 65, U8, Operand::Local, Next, (0, 1);
    /// Push the value in the free-variable cell in local `n`; `NameError` if the cell is empty.
    LoadFreeDeref = 66, U8, Operand::Local, Next, (0, 1);
    /// Pop into the cell in local `n`.
    StoreDeref = 67, U8, Operand::Local, Next, (1, 0);
    /// Empty the cell in local `n` (`del` of a captured name).
    DeleteDeref = 68, U8, Operand::Local, Next, (0, 0);
    /// defaults kwdefaults closure → function from code object `n`; closure is a tuple of cells copied into the callee's last locals on each call.
    MakeClosure = 69, U16, Operand::Code, Next, (3, 1);
    /// list iterable → list (after `list.extend(iterable)`), for `*x` in displays (`n` = 0) and calls (`n` = 1, the callee below the list).
    ListExtend = 70, U8, Operand::Select(2), Next, (2, 1);
    /// list → tuple with the same items.
    ListToTuple = 71, None, Operand::None, Next, (1, 1);
    /// dict mapping → dict (after `dict.update(mapping)`); with `n` = 1, for `f(**m)`: keys must be str and a repeated key is a `TypeError`.
    DictUpdate = 72, U8, Operand::Select(2), Next, (2, 1);
    /// func args [kwargs] → result: call with the items of the list/tuple `args` and, when `n` is 1, the dict `kwargs` as keywords.
    CallEx = 73, U8, Operand::Select(2), Next, (n + 2, 1);
    /// seq → item_last .. item_1 with a list in the middle: `n` & 0xFF targets before the star, `n` >> 8 after it (the first item on top).
    UnpackEx = 74, U16, Operand::Count, Next, (1, (n & 0xFF) + (n >> 8) + 1);
    /// item → ; append item to the list `n` entries down once it is popped (comprehensions; `n` ≥ 1).
    ListAppendAt = 75, U8, Operand::Count, Next, (1, 0);
    /// key value → ; set `d[key] = value` on the dict `n` entries down once both are popped (dict comprehensions; `n` ≥ 1).
    DictSetAt = 76, U8, Operand::Count, Next, (2, 0);
    /// Push `names[n]` from the class namespace (a dict in local 0), else global, else builtin.
    LoadName = 80, U16, Operand::Name, Next, (0, 1);
    /// Pop into `names[n]` of the class namespace (a dict in local 0).
    StoreName = 81, U16, Operand::Name, Next, (1, 0);
    /// Delete `names[n]` from the class namespace (a dict in local 0); `NameError` if absent.
    DeleteName = 82, U16, Operand::Name, Next, (0, 0);
    /// bases namespace → class named `names[n]` (bases a tuple, namespace the dict the body filled).
    BuildClass = 83, U16, Operand::Name, Next, (2, 1);
    /// → super object for zero-argument `super()`: the class that defined the running function and its first argument.
    LoadSuper = 84, None, Operand::None, Next, (0, 1);
    /// obj → (del obj.names[n]).
    DeleteAttr = 85, U16, Operand::Name, Next, (1, 0);
    /// mgr → exit result: calls `mgr.__enter__()`, keeping the bound `__exit__` beneath its result.
    WithEnter = 86, None, Operand::None, Next, (1, 2);
    /// exit prev exc → exit prev exc bool: calls `exit(type(exc), exc, None)`; whether it returned true.
    WithExitExc = 87, None, Operand::None, Next, (3, 4);
    /// value → sent; suspend the generator yielding value; on resume push what `send()` passed (generator code only).
    YieldValue = 96, None, Operand::None, Next, (1, 1);
    /// iter sent → result; `yield from`: resume iter with sent, yielding what it yields (re-running this instruction on resume) until it returns result (generator code only).
    YieldFrom = 97, None, Operand::None, Next, (2, 1);
    /// item1..itemn → set (a set display; later duplicates are ignored).
    BuildSet = 112, U16, Operand::Count, Next, (n, 1);
    /// item → ; add item to the set `n` entries down once it is popped (set comprehensions; `n` ≥ 1).
    SetAddAt = 113, U8, Operand::Count, Next, (1, 0);
    /// set iterable → set (after `set.update(iterable)`); `n` is unused.
    SetUpdate = 114, None, Operand::None, Next, (2, 1);
    /// obj → awaitable iterator for `await obj`: a coroutine itself, else the result of `obj.__await__()` (`TypeError` if neither).
    GetAwaitable = 120, None, Operand::None, Next, (1, 1);
    /// exit prev exc → exit prev exc result: calls `exit(type(exc), exc, None)` for `async with` (the result is then awaited).
    AsyncExitExc = 121, None, Operand::None, Next, (3, 4);
    /// mgr → exit awaitable: `async with`: keeps the bound `__aexit__` beneath the result of `mgr.__aenter__()` (which the compiler then awaits).
    AsyncWithEnter = 122, None, Operand::None, Next, (1, 2);
    /// value → wrapped: marks what an async generator's `yield` hands out (so its `asend` awaitable tells it from values its `await`s pass up).
    AsyncGenWrap = 123, None, Operand::None, Next, (1, 1);
    /// module → ; `from module import *`: bind the module's `__all__` names (else its names without a leading `_`) as globals (module level only).
    ImportStar = 128, None, Operand::None, Next, (1, 0);
    /// value → ; interactive prompt: print `repr(value)` on its own line unless it is `None`.
    PrintExpr = 129, None, Operand::None, Next, (1, 0);
}

/// Binary operator selectors for `BinaryOp`/`InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    /// `+`
    Add = 0,
    /// `-`
    Sub = 1,
    /// `*`
    Mul = 2,
    /// `/`
    TrueDiv = 3,
    /// `//`
    FloorDiv = 4,
    /// `%`
    Mod = 5,
    /// `**`
    Pow = 6,
    /// `<<`
    LShift = 7,
    /// `>>`
    RShift = 8,
    /// `&`
    And = 9,
    /// `|`
    Or = 10,
    /// `^`
    Xor = 11,
}

impl BinOp {
    /// Decodes a verified selector.
    #[inline]
    pub const fn from_u8(b: u8) -> Option<BinOp> {
        Some(match b {
            0 => BinOp::Add,
            1 => BinOp::Sub,
            2 => BinOp::Mul,
            3 => BinOp::TrueDiv,
            4 => BinOp::FloorDiv,
            5 => BinOp::Mod,
            6 => BinOp::Pow,
            7 => BinOp::LShift,
            8 => BinOp::RShift,
            9 => BinOp::And,
            10 => BinOp::Or,
            11 => BinOp::Xor,
            _ => return None,
        })
    }
    /// The operator as written in Python (used in `TypeError` messages).
    pub const fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
}

/// Comparison selectors for `CompareOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    /// `<`
    Lt = 0,
    /// `<=`
    Le = 1,
    /// `==`
    Eq = 2,
    /// `!=`
    Ne = 3,
    /// `>`
    Gt = 4,
    /// `>=`
    Ge = 5,
}

impl CmpOp {
    /// Decodes a verified selector.
    #[inline]
    pub const fn from_u8(b: u8) -> Option<CmpOp> {
        Some(match b {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            2 => CmpOp::Eq,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            5 => CmpOp::Ge,
            _ => return None,
        })
    }
    /// The operator as written in Python (used in `TypeError` messages).
    pub const fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_round_trip_in_order() {
        // Opcodes are grouped in byte ranges (one per feature area), so the
        // table may have gaps, but it is sorted and every byte decodes back.
        for w in Op::ALL.windows(2) {
            assert!((w[0] as u8) < (w[1] as u8), "{} out of order", w[1].name());
        }
        for op in Op::ALL {
            assert_eq!(Op::from_byte(*op as u8), Some(*op));
            assert!(!op.doc().is_empty(), "{} has no doc", op.name());
        }
        for b in 0..=255u8 {
            assert_eq!(Op::DECODE[b as usize], Op::from_byte(b));
            if let Some(op) = Op::from_byte(b) {
                assert_eq!(op as u8, b);
            }
        }
    }

    #[test]
    fn jumps_have_jump_operands() {
        for op in Op::ALL {
            let jumps = matches!(op.flow(), Flow::Jump | Flow::Branch);
            assert_eq!(jumps, op.operand() == Operand::Jump, "{}", op.name());
        }
    }
}
