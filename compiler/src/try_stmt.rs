//! `try`/`except`/`else`/`finally`, laid out like CPython 3.11 with a
//! zero-cost exception table.
//!
//! Handler entry stack shapes (`base` = depth at the `try`):
//! - `except` dispatch: `base exc` → `PushExcInfo` → `base prev exc`.
//! - inside an `except` body: `base prev`; leaving it normally does `PopExcept`.
//! - `cleanup` (an except body or the exception-path finally raised):
//!   `base prev exc2` → `RotTwo; PopExcept; Reraise`, so the previously
//!   handled exception is restored before the new one propagates.

use crate::compiler::{Compiler, FKind, R};
use rustpython_parser::ast;
use vm::bytecode::Op;

impl<'a> Compiler<'a> {
    pub(crate) fn try_stmt(&mut self, t: &'a ast::StmtTry) -> R<()> {
        let n = t.handlers.len();
        for (i, ast::ExceptHandler::ExceptHandler(h)) in t.handlers.iter().enumerate() {
            if h.type_.is_none() && i + 1 < n {
                return self.syntax("default 'except:' must be last", h);
            }
        }
        if t.finalbody.is_empty() {
            self.try_except(t)
        } else {
            self.try_finally(t)
        }
    }

    /// The finally body is inlined on the normal path (and by `unwind` on each
    /// `return`/`break`/`continue`); a third copy runs on the exception path.
    fn try_finally(&mut self, t: &'a ast::StmtTry) -> R<()> {
        let exc_path = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_block(FKind::FinallyTry(&t.finalbody), Some(exc_path));
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.pop_block();
        self.body(&t.finalbody)?;
        self.emit_jump(Op::Jump, end);

        self.bind(exc_path);
        self.emit(Op::PushExcInfo);
        let base = self.block_depth();
        // Stack: base prev exc. The final Reraise is covered too, so the
        // cleanup restores `prev` before the exception leaves.
        self.push_block_depth(FKind::FinallyEnd, cleanup, base + 1);
        self.body(&t.finalbody)?;
        self.emit(Op::Reraise);
        self.pop_block();

        self.bind(cleanup);
        self.emit(Op::RotTwo);
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> R<()> {
        let dispatch = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_block(FKind::TryExcept, Some(dispatch));
        self.body(&t.body)?;
        self.pop_block();
        self.body(&t.orelse)?;
        self.emit_jump(Op::Jump, end);

        self.bind(dispatch);
        if let Some(ast::ExceptHandler::ExceptHandler(h)) = t.handlers.first() {
            self.set_line(h);
        }
        self.emit(Op::PushExcInfo);
        let base = self.block_depth();
        self.push_block(FKind::ExceptionHandler, None);
        for ast::ExceptHandler::ExceptHandler(h) in &t.handlers {
            self.set_line(h);
            let next = self.new_label();
            // Matching: base prev exc [type → bool].
            self.push_block_depth(FKind::Cleanup, cleanup, base + 1);
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Op::CheckExcMatch);
                self.emit_jump(Op::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(n) => self.store_name(n, h)?,
                None => self.emit(Op::PopTop),
            }
            self.pop_block();

            if h.name.is_some() {
                // `as name` is deleted however the body is left.
                let body_raised = self.new_label();
                self.push_block_depth(FKind::HandlerCleanup(Some(h)), body_raised, base + 1);
                self.body(&h.body)?;
                self.pop_block();
                self.emit(Op::PopExcept);
                self.clear_handler_name(h)?;
                self.emit_jump(Op::Jump, end);

                self.bind(body_raised);
                self.push_block_depth(FKind::Cleanup, cleanup, base + 1);
                self.clear_handler_name(h)?;
                self.emit(Op::Reraise);
                self.pop_block();
            } else {
                self.push_block_depth(FKind::HandlerCleanup(None), cleanup, base + 1);
                self.body(&h.body)?;
                self.pop_block();
                self.emit(Op::PopExcept);
                self.emit_jump(Op::Jump, end);
            }
            self.bind(next);
        }
        // No clause matched: re-raise (unreachable after a bare `except:`).
        self.push_block_depth(FKind::Cleanup, cleanup, base + 1);
        self.emit(Op::Reraise);
        self.pop_block();
        self.pop_block();

        self.bind(cleanup);
        self.emit(Op::RotTwo);
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }
}
