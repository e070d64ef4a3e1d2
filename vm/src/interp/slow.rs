//! The general cases of the dispatch loop's hottest arms (`BinaryOp`,
//! `InplaceOp`, `CompareOp`), kept out of line: the loop inlines only the
//! small-int fast paths, so its code (and its register pressure) stays small.
//! Each works on the operands at the top of the stack and leaves the result
//! there, exactly as the arm did.

use super::{Interp, PyResult};
use crate::bytecode::{BinOp, CmpOp};
use crate::hal::Board;
use crate::types::TypeId;
use crate::value::Value;

impl Interp {
    /// The two top stack items, or a `SystemError` (verified code never
    /// underflows; this keeps the loop panic-free anyway).
    #[inline]
    fn top_two(&mut self) -> PyResult<(Value, Value)> {
        match self.stack[..] {
            [.., a, b] => Ok((a, b)),
            _ => Err(self.raise(TypeId::SystemError, "stack underflow")),
        }
    }

    /// `BinaryOp`/`BinaryAdd`/`BinarySub` when the fast path did not apply:
    /// replaces the two top items with `a OP b`.
    #[inline(never)]
    pub(crate) fn op_binary_slow(&mut self, io: &mut dyn Board, sel: BinOp) -> PyResult<()> {
        let (a, b) = self.top_two()?;
        // Both operands stay on the stack (rooted) during the operation.
        let r = if a.as_small_int().is_some() && b.as_small_int().is_some() {
            self.binary_op(sel, a, b)?
        } else {
            self.binary_op_io(io, sel, a, b, false)?
        };
        let n = self.stack.len();
        self.stack[n - 2] = r;
        self.stack.truncate(n - 1);
        Ok(())
    }

    /// `InplaceOp` when the fast path did not apply: replaces the two top
    /// items with the result (`NULL` from the operation means "the left
    /// operand, updated in place").
    #[inline(never)]
    pub(crate) fn op_inplace_slow(&mut self, io: &mut dyn Board, sel: BinOp) -> PyResult<()> {
        let (a, b) = self.top_two()?;
        let r = self.binary_op_io(io, sel, a, b, true)?;
        let n = self.stack.len();
        let r = if r == Value::NULL {
            self.stack[n - 2]
        } else {
            r
        };
        self.stack[n - 2] = r;
        self.stack.truncate(n - 1);
        Ok(())
    }

    /// `CompareOp` when the fast path did not apply. Pops both operands;
    /// `Some(truth)` for the loop to push or branch on, or `None` when a
    /// user rich comparison's result (any object) was pushed instead.
    #[inline(never)]
    pub(crate) fn op_compare_slow(
        &mut self,
        io: &mut dyn Board,
        sel: CmpOp,
    ) -> PyResult<Option<bool>> {
        let (a, b) = self.top_two()?;
        let n = self.stack.len();
        // As before this arm popped both operands before comparing.
        self.stack.truncate(n - 2);
        if self.either_user(a, b) {
            // Rich comparisons may return any object.
            let v = self.compare_value_io(io, sel, a, b)?;
            self.stack.push(v);
            return Ok(None);
        }
        Ok(Some(self.compare_io(io, sel, a, b)?))
    }
}
