//! Why an image was rejected.
//!
//! Decoding errors ([`LoadError::Truncated`] … [`LoadError::BadBigIntSign`])
//! carry the byte offset in the file; verification errors carry the constant
//! index ([`LoadError::Const`]) or the code object, its name and the
//! instruction offset ([`LoadError::Code`]). `Display` gives one line for
//! users, e.g. `code object 2 (f), pc 14: jump target 9 is not an instruction
//! boundary`.

use super::op::Op;
use alloc::string::String;
use core::fmt;

/// A typed reason for rejecting an image; `Display` gives a one-line message for users.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The bytes end before `what` is complete.
    Truncated {
        /// Byte offset (in the file) where `what` starts.
        offset: usize,
        /// What was being read.
        what: &'static str,
    },
    /// The file does not start with `FRRT`.
    BadMagic {
        /// The first four bytes found.
        found: [u8; 4],
    },
    /// The header's format version is not the one this VM reads.
    UnsupportedVersion {
        /// Version in the file.
        found: u16,
        /// Version this VM reads ([`FORMAT_VERSION`](super::image::FORMAT_VERSION)).
        supported: u16,
    },
    /// The header sets flag bits this version does not define.
    UnknownHeaderFlags {
        /// The header's flags field.
        flags: u16,
    },
    /// Bytes follow the end of the image (after the declared body, or after the last code object).
    TrailingBytes {
        /// File offset of the first unexpected byte.
        offset: usize,
        /// How many unexpected bytes there are.
        count: usize,
    },
    /// The body's CRC-32 does not match the header: the file is corrupt.
    ChecksumMismatch {
        /// CRC-32 stored in the header.
        stored: u32,
        /// CRC-32 computed over the body.
        computed: u32,
    },
    /// A name or string constant is not valid UTF-8.
    InvalidUtf8 {
        /// File offset of the string's bytes.
        offset: usize,
        /// Which string.
        what: &'static str,
    },
    /// A constant-pool entry has an unknown tag byte.
    BadConstTag {
        /// Index of the constant.
        index: usize,
        /// File offset of the tag.
        offset: usize,
        /// The tag found.
        tag: u8,
    },
    /// A big integer's sign byte is neither 0 nor 1.
    BadBigIntSign {
        /// File offset of the sign byte.
        offset: usize,
        /// The byte found.
        byte: u8,
    },
    /// The image has no code objects (it needs at least the module body).
    NoCode,
    /// A module-table entry is invalid.
    Module {
        /// Index of the entry.
        index: usize,
        /// What is wrong.
        problem: &'static str,
    },
    /// A constant-pool entry is invalid.
    Const {
        /// Index of the constant.
        index: usize,
        /// What is wrong.
        error: ConstError,
    },
    /// A code object is invalid.
    Code {
        /// Index of the code object.
        code: usize,
        /// Its name, when the name index is valid.
        name: Option<String>,
        /// Offset of the offending instruction, when the problem is at one.
        pc: Option<usize>,
        /// What is wrong.
        error: CodeError,
    },
}

/// What is wrong with a constant-pool entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConstError {
    /// A tuple item refers to a constant that is not strictly earlier.
    TupleForwardRef {
        /// The item's constant index.
        item: u16,
    },
    /// A tuple has more items than the format can encode.
    TupleTooLong {
        /// Number of items.
        len: usize,
    },
    /// Tuples nest deeper than [`MAX_CONST_NESTING`](super::verify::MAX_CONST_NESTING).
    TooDeep {
        /// The nesting depth of this constant.
        depth: usize,
    },
    /// A code constant's index is out of range.
    BadCode {
        /// The code-object index.
        index: u16,
        /// Number of code objects in the image.
        codes: usize,
    },
    /// A big integer's magnitude has trailing zero limbs (or is empty).
    BigIntNotCanonical,
}

/// What is wrong with a code object (see [`LoadError::Code`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// The function or file name index is out of range.
    BadNameIndex {
        /// Which field: `"function name"` or `"file name"`.
        what: &'static str,
        /// The index.
        index: u16,
        /// Number of names in the image.
        names: usize,
    },
    /// A local variable's name index is out of range.
    BadLocalName {
        /// The local slot.
        local: usize,
        /// The name index.
        index: u16,
        /// Number of names in the image.
        names: usize,
    },
    /// More than [`MAX_LOCALS`](super::verify::MAX_LOCALS) locals.
    TooManyLocals {
        /// Number of locals declared.
        nlocals: usize,
    },
    /// More positional-only parameters than positional ones.
    TooManyPosOnly {
        /// Positional-only parameters.
        posonlyargcount: u8,
        /// Positional parameters.
        argcount: u8,
    },
    /// The parameters do not fit in the locals.
    TooManyParams {
        /// Positional parameters.
        argcount: u8,
        /// Keyword-only parameters.
        kwonlyargcount: u8,
        /// Local slots.
        nlocals: usize,
    },
    /// Flag bits outside [`CODE_KNOWN_FLAGS`](super::image::CODE_KNOWN_FLAGS).
    UnknownFlags {
        /// The flags field.
        flags: u8,
    },
    /// The code is empty.
    EmptyCode,
    /// The module body (code object 0) is flagged as a generator.
    GeneratorModule,
    /// A yield instruction in a code object without the generator flag.
    YieldOutsideGenerator {
        /// The instruction.
        op: Op,
    },
    /// The code is longer than [`MAX_CODE_LEN`](super::image::MAX_CODE_LEN).
    CodeTooLong {
        /// Its length.
        len: usize,
    },
    /// A byte where an instruction starts is not an opcode.
    BadOpcode {
        /// The byte.
        byte: u8,
    },
    /// The last instruction's operand runs past the end of the code.
    TruncatedOperand {
        /// The opcode.
        op: Op,
        /// Length of the code.
        len: usize,
    },
    /// A local-variable operand is out of range.
    BadLocal {
        /// The opcode.
        op: Op,
        /// The operand.
        index: u16,
        /// Local slots in this code object.
        nlocals: usize,
    },
    /// A constant operand is out of range.
    BadConst {
        /// The opcode.
        op: Op,
        /// The operand.
        index: u16,
        /// Constants in the image.
        consts: usize,
    },
    /// A name operand is out of range.
    BadName {
        /// The opcode.
        op: Op,
        /// The operand.
        index: u16,
        /// Names in the image.
        names: usize,
    },
    /// A code-object operand is out of range.
    BadCode {
        /// The opcode.
        op: Op,
        /// The operand.
        index: u16,
        /// Code objects in the image.
        codes: usize,
    },
    /// A selector operand is not below its bound.
    BadSelector {
        /// The opcode.
        op: Op,
        /// The operand.
        value: u16,
        /// The bound.
        bound: u8,
    },
    /// A count operand breaks the opcode's rule.
    BadCount {
        /// The opcode.
        op: Op,
        /// The operand.
        value: u16,
        /// The rule, e.g. `"must be 2 or 3"`.
        rule: &'static str,
    },
    /// A jump target is at or past the end of the code.
    JumpOutOfRange {
        /// The opcode.
        op: Op,
        /// The target.
        target: u16,
        /// Length of the code.
        len: usize,
    },
    /// A jump target is inside an instruction.
    JumpMidInstruction {
        /// The opcode.
        op: Op,
        /// The target.
        target: u16,
    },
    /// An instruction pops more values than the stack holds.
    StackUnderflow {
        /// The opcode.
        op: Op,
        /// Values it pops.
        pops: u16,
        /// Stack depth before it.
        depth: u32,
    },
    /// Two paths reach an instruction with different stack depths.
    DepthMismatch {
        /// Depth recorded first.
        first: u32,
        /// Depth along another path.
        other: u32,
    },
    /// The stack grows beyond the declared `max_stack`.
    StackTooDeep {
        /// Depth reached.
        depth: u32,
        /// The code object's `max_stack`.
        max_stack: u16,
    },
    /// Execution can run past the last instruction.
    FallsOffEnd {
        /// The last instruction's opcode.
        op: Op,
    },
    /// A covered instruction runs with fewer values than its handler unwinds to.
    BelowHandlerDepth {
        /// Index of the handler.
        handler: usize,
        /// The handler's depth.
        handler_depth: u16,
        /// Stack depth at the instruction.
        depth: u32,
    },
    /// Line-table entries are not sorted by pc.
    LinesUnsorted {
        /// Index of the entry.
        entry: usize,
        /// Its pc.
        pc: u16,
        /// The previous entry's pc.
        prev: u16,
    },
    /// A line-table entry's pc is past the end of the code.
    LinePastEnd {
        /// Index of the entry.
        entry: usize,
        /// Its pc.
        pc: u16,
        /// Length of the code.
        len: usize,
    },
    /// A handler's range is empty or runs past the end of the code.
    HandlerRange {
        /// Index of the handler.
        handler: usize,
        /// Range start.
        start: u16,
        /// Range end.
        end: u16,
        /// Length of the code.
        len: usize,
    },
    /// A handler's target is not the start of an instruction.
    HandlerTarget {
        /// Index of the handler.
        handler: usize,
        /// The target.
        target: u16,
    },
    /// A handler's depth exceeds `max_stack`.
    HandlerTooDeep {
        /// Index of the handler.
        handler: usize,
        /// The handler's depth.
        depth: u16,
        /// The code object's `max_stack`.
        max_stack: u16,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Truncated { offset, what } => {
                write!(f, "truncated image: {what} at byte {offset} runs past the end of the file")
            }
            LoadError::BadMagic { found } => {
                write!(f, "not a Ferrite bytecode image (bad magic: expected \"FRRT\", found ")?;
                for b in found {
                    if b.is_ascii_graphic() {
                        write!(f, "{}", *b as char)?;
                    } else {
                        write!(f, "\\x{b:02x}")?;
                    }
                }
                write!(f, ")")
            }
            LoadError::UnsupportedVersion { found, supported } => write!(
                f,
                "unsupported bytecode format version {found} (this VM reads version {supported}); \
                 recompile the program with a matching compiler"
            ),
            LoadError::UnknownHeaderFlags { flags } => {
                write!(f, "unknown header flags {flags:#06x} (this VM defines none)")
            }
            LoadError::TrailingBytes { offset, count } => {
                write!(f, "{count} unexpected trailing byte(s) at byte {offset}")
            }
            LoadError::ChecksumMismatch { stored, computed } => write!(
                f,
                "corrupt image: checksum mismatch (header says {stored:#010x}, body hashes to {computed:#010x})"
            ),
            LoadError::InvalidUtf8 { offset, what } => {
                write!(f, "{what} at byte {offset} is not valid UTF-8")
            }
            LoadError::BadConstTag { index, offset, tag } => {
                write!(f, "constant {index} at byte {offset} has unknown tag {tag}")
            }
            LoadError::BadBigIntSign { offset, byte } => {
                write!(f, "big integer sign byte at byte {offset} is {byte} (must be 0 or 1)")
            }
            LoadError::NoCode => write!(f, "image has no code objects (expected a module body)"),
            LoadError::Module { index, problem } => write!(f, "module table entry {index}: {problem}"),
            LoadError::Const { index, error } => write!(f, "constant {index}: {error}"),
            LoadError::Code { code, name, pc, error } => {
                write!(f, "code object {code}")?;
                if let Some(name) = name {
                    write!(f, " ({name})")?;
                }
                if let Some(pc) = pc {
                    write!(f, ", pc {pc}")?;
                }
                write!(f, ": {error}")
            }
        }
    }
}

impl fmt::Display for ConstError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstError::TupleForwardRef { item } => {
                write!(
                    f,
                    "tuple item refers to constant {item}, which is not an earlier constant"
                )
            }
            ConstError::TupleTooLong { len } => {
                write!(f, "tuple has {len} items (at most 65535 are allowed)")
            }
            ConstError::TooDeep { depth } => write!(
                f,
                "tuples nest {depth} levels deep (at most {} are allowed)",
                super::verify::MAX_CONST_NESTING
            ),
            ConstError::BadCode { index, codes } => {
                write!(
                    f,
                    "code object {index} is out of range (the image has {codes})"
                )
            }
            ConstError::BigIntNotCanonical => {
                write!(
                    f,
                    "big integer magnitude is empty or has trailing zero limbs"
                )
            }
        }
    }
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use CodeError::*;
        match self {
            BadNameIndex { what, index, names } => {
                write!(f, "{what} index {index} is out of range (the image has {names} names)")
            }
            BadLocalName { local, index, names } => write!(
                f,
                "name of local {local} is index {index}, out of range (the image has {names} names)"
            ),
            TooManyLocals { nlocals } => write!(
                f,
                "{nlocals} locals (at most {} are allowed)",
                super::verify::MAX_LOCALS
            ),
            TooManyParams { argcount, kwonlyargcount, nlocals } => write!(
                f,
                "{argcount} positional + {kwonlyargcount} keyword-only parameters (and any *args/**kwargs slots) do not fit in {nlocals} locals"
            ),
            TooManyPosOnly { posonlyargcount, argcount } => write!(
                f,
                "{posonlyargcount} positional-only parameters but only {argcount} positional ones"
            ),
            UnknownFlags { flags } => write!(f, "unknown code flags {flags:#04x}"),
            EmptyCode => write!(f, "code is empty"),
            GeneratorModule => write!(f, "the module body cannot be a generator"),
            YieldOutsideGenerator { op } => {
                write!(f, "{} outside a generator", op.name())
            }
            CodeTooLong { len } => write!(
                f,
                "code is {len} bytes long (at most {} are allowed)",
                super::image::MAX_CODE_LEN
            ),
            BadOpcode { byte } => write!(f, "byte {byte:#04x} is not an opcode"),
            TruncatedOperand { op, len } => write!(
                f,
                "{} needs a {}-byte operand but the code ends at byte {len}",
                op.name(),
                op.arg_kind().len()
            ),
            BadLocal { op, index, nlocals } => write!(
                f,
                "{} local {index} is out of range (the code object has {nlocals} locals)",
                op.name()
            ),
            BadConst { op, index, consts } => write!(
                f,
                "{} constant {index} is out of range (the image has {consts} constants)",
                op.name()
            ),
            BadName { op, index, names } => write!(
                f,
                "{} name {index} is out of range (the image has {names} names)",
                op.name()
            ),
            BadCode { op, index, codes } => write!(
                f,
                "{} code object {index} is out of range (the image has {codes} code objects)",
                op.name()
            ),
            BadSelector { op, value, bound } => {
                write!(f, "{} selector {value} is out of range (must be below {bound})", op.name())
            }
            BadCount { op, value, rule } => write!(f, "{} count {value} {rule}", op.name()),
            JumpOutOfRange { op, target, len } => write!(
                f,
                "{} jump target {target} is past the end of the code ({len} bytes)",
                op.name()
            ),
            JumpMidInstruction { target, .. } => {
                write!(f, "jump target {target} is not an instruction boundary")
            }
            StackUnderflow { op, pops, depth } => write!(
                f,
                "stack underflow: {} pops {pops} value(s) but the stack holds {depth}",
                op.name()
            ),
            DepthMismatch { first, other } => write!(
                f,
                "inconsistent stack depth where paths join: {first} on one path, {other} on another"
            ),
            StackTooDeep { depth, max_stack } => {
                write!(f, "stack depth reaches {depth} but max_stack is {max_stack}")
            }
            FallsOffEnd { op } => write!(
                f,
                "control falls off the end of the code after {} (the last instruction must return, raise or jump)",
                op.name()
            ),
            BelowHandlerDepth { handler, handler_depth, depth } => write!(
                f,
                "stack holds {depth} value(s) but exception handler {handler} unwinds to depth {handler_depth}"
            ),
            LinesUnsorted { entry, pc, prev } => write!(
                f,
                "line table entry {entry} (pc {pc}) comes after an entry for pc {prev}: not sorted"
            ),
            LinePastEnd { entry, pc, len } => write!(
                f,
                "line table entry {entry} has pc {pc}, past the end of the code ({len} bytes)"
            ),
            HandlerRange { handler, start, end, len } => write!(
                f,
                "exception handler {handler} covers {start}..{end}, which is empty or outside the code ({len} bytes)"
            ),
            HandlerTarget { handler, target } => write!(
                f,
                "exception handler {handler} target {target} is not an instruction boundary"
            ),
            HandlerTooDeep { handler, depth, max_stack } => write!(
                f,
                "exception handler {handler} depth {depth} exceeds max_stack {max_stack}"
            ),
        }
    }
}
