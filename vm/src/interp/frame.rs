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
    /// An `__init__` frame: its result must be `None` and is replaced by the
    /// instance stored just below the frame.
    pub init: bool,
}

impl Frame {
    pub fn new(code: u16, base: usize, ret_sp: usize, native_return: bool) -> Frame {
        Frame {
            code,
            pc: 0,
            base,
            ret_sp,
            native_return,
            init: false,
        }
    }
}
