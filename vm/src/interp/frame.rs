//! A Python activation record. Frames live in `Interp::frames`, never on the
//! Rust stack; their locals and operand stack live in `Interp::stack`.

/// One active call.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Frame {
    /// Code object index.
    pub code: u16,
    /// Resume offset (saved when the frame calls out or raises).
    pub pc: usize,
    /// Stack index of local 0.
    pub base: usize,
    /// Stack length to restore when the frame returns (drops the callee and receiver slots).
    pub ret_sp: usize,
    /// Return to the native caller (ends this dispatch loop) instead of the frame below.
    pub native_return: bool,
    /// `GEN_NONE` for a call; for a running generator, who resumed it and so
    /// where its yields and return go (see `interp/generator.rs`).
    pub gen: u8,
    /// An `__init__` frame: its result must be `None` and is replaced by the
    /// instance stored just below the frame.
    pub init: bool,
}

/// An ordinary call frame.
pub(crate) const GEN_NONE: u8 = 0;
/// A generator resumed by native code (`next()`, `list()`, `send`…): its
/// yield or return ends the nested dispatch loop.
pub(crate) const GEN_NATIVE: u8 = 1;
/// A generator resumed by the `ForIter` of the frame below.
pub(crate) const GEN_FORITER: u8 = 2;
/// A generator resumed by the `YieldFrom` of the (generator) frame below.
pub(crate) const GEN_YIELDFROM: u8 = 3;

impl Frame {
    pub fn new(code: u16, base: usize, ret_sp: usize, native_return: bool) -> Frame {
        Frame {
            code,
            pc: 0,
            base,
            ret_sp,
            native_return,
            gen: GEN_NONE,
            init: false,
        }
    }
}
