//! Statements (other than `try`, see `try_stmt.rs`).

use crate::compiler::{range, Compiler, FKind, FnBody, R};
use crate::expr::binop;
use rustpython_parser::ast::{self, Constant, Expr, Stmt};
use vm::bytecode::{BinOp, Op};

impl<'a> Compiler<'a> {
    pub(crate) fn body(&mut self, stmts: &'a [Stmt]) -> R<()> {
        stmts.iter().try_for_each(|s| self.nested(s, |c| c.stmt(s)))
    }

    fn stmt(&mut self, s: &'a Stmt) -> R<()> {
        self.set_line(s);
        match s {
            Stmt::Expr(e) if self.ctx.interactive && self.outer.is_empty() => {
                // At the prompt a top-level expression's value is shown.
                self.expr(&e.value)?;
                self.emit(Op::PrintExpr);
            }
            Stmt::Expr(e) => {
                // Docstrings and other bare literals do nothing, as in CPython.
                if let Expr::Constant(c) = e.value.as_ref() {
                    if !matches!(c.value, Constant::Bytes(_) | Constant::Complex { .. }) {
                        return Ok(());
                    }
                }
                self.expr(&e.value)?;
                self.emit(Op::PopTop);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let (last, init) = a.targets.split_last().expect("parser gives a target");
                for t in init {
                    self.emit(Op::DupTop);
                    self.store(t)?;
                }
                self.store(last)?;
            }
            Stmt::AugAssign(a) => self.aug_assign(a, s)?,
            Stmt::AnnAssign(a) => {
                // The annotation is ignored; `x: int` alone only makes x local.
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store(&a.target)?;
                }
            }
            Stmt::If(x) => {
                let end = self.new_label();
                if x.orelse.is_empty() {
                    self.jump_if(&x.test, false, end)?;
                    self.body(&x.body)?;
                } else {
                    let orelse = self.new_label();
                    self.jump_if(&x.test, false, orelse)?;
                    self.body(&x.body)?;
                    self.emit_jump(Op::Jump, end);
                    self.bind(orelse);
                    self.body(&x.orelse)?;
                }
                self.bind(end);
            }
            Stmt::While(x) => {
                let top = self.new_label();
                let orelse = self.new_label();
                let end = self.new_label();
                self.bind(top);
                self.jump_if(&x.test, false, orelse)?;
                self.push_block(
                    FKind::While {
                        cont: top,
                        brk: end,
                    },
                    None,
                );
                self.body(&x.body)?;
                self.pop_block();
                self.set_line(s);
                self.emit_jump(Op::Jump, top);
                self.bind(orelse);
                self.body(&x.orelse)?;
                self.bind(end);
            }
            Stmt::For(x) => {
                let top = self.new_label();
                let orelse = self.new_label();
                let end = self.new_label();
                self.expr(&x.iter)?;
                self.emit(Op::GetIter);
                self.bind(top);
                self.emit_jump(Op::ForIter, orelse);
                self.push_block(
                    FKind::For {
                        cont: top,
                        brk: end,
                    },
                    None,
                );
                self.store(&x.target)?;
                self.body(&x.body)?;
                self.pop_block();
                self.set_line(s);
                self.emit_jump(Op::Jump, top);
                // ForIter has already popped the exhausted iterator.
                self.bind(orelse);
                self.body(&x.orelse)?;
                self.bind(end);
            }
            Stmt::Break(_) => {
                let Some(i) = self.innermost_loop() else {
                    return self.syntax("'break' outside loop", s);
                };
                let kind = self.unit.fblocks[i].kind;
                self.unwind(i + 1, false, |c| match kind {
                    FKind::While { brk, .. } => c.emit_jump(Op::Jump, brk),
                    FKind::For { brk, .. } => {
                        // Leaving the loop early: drop its iterator.
                        c.emit(Op::PopTop);
                        c.emit_jump(Op::Jump, brk);
                    }
                    _ => unreachable!("innermost_loop returns loops"),
                })?;
            }
            Stmt::Continue(_) => {
                let Some(i) = self.innermost_loop() else {
                    return self.syntax("'continue' not properly in loop", s);
                };
                if let FKind::While { cont, .. } | FKind::For { cont, .. } =
                    self.unit.fblocks[i].kind
                {
                    self.unwind(i + 1, false, |c| c.emit_jump(Op::Jump, cont))?;
                }
            }
            Stmt::Return(r) => {
                if self.unit.scope.is_none() {
                    return self.syntax("'return' outside function", s);
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit(Op::LoadNone),
                }
                self.unwind(0, true, |c| c.emit(Op::ReturnValue))?;
            }
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.delete(t))?,
            // Handled by the scope analysis.
            Stmt::Global(_) | Stmt::Pass(_) => {}
            Stmt::Nonlocal(_) if self.unit.scope.is_none() => {
                return self.syntax("nonlocal declaration not allowed at module level", s)
            }
            Stmt::Nonlocal(_) => {}
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                let i = self.name_index("AssertionError", range(s))?;
                self.emit_arg(Op::LoadGlobal, i);
                match &a.msg {
                    Some(m) => {
                        self.expr(m)?;
                        self.emit_arg(Op::Call, 1);
                    }
                    None => self.emit_arg(Op::Call, 0),
                }
                self.emit_arg(Op::RaiseVarargs, 1);
                self.bind(end);
            }
            Stmt::Raise(r) => match (&r.exc, &r.cause) {
                (None, _) => self.emit_arg(Op::RaiseVarargs, 0),
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit_arg(Op::RaiseVarargs, 1);
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit_arg(Op::RaiseVarargs, 2);
                }
            },
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::TryStar(_) => return self.unsupported("'except*' is not supported yet", s),
            Stmt::Import(i) => self.import_stmt(i)?,
            Stmt::ImportFrom(i) => self.import_from_stmt(i)?,
            Stmt::FunctionDef(f) => {
                if !f.type_params.is_empty() {
                    return self.unsupported("type parameters are not supported yet", s);
                }
                self.exprs(&f.decorator_list)?;
                self.set_line(s);
                self.make_function(&f.name, &f.args, FnBody::Stmts(&f.body), s, false)?;
                for _ in &f.decorator_list {
                    self.emit_arg(Op::Call, 1);
                }
                self.store_name(&f.name, s)?;
            }
            Stmt::AsyncFunctionDef(f) => {
                if !f.type_params.is_empty() {
                    return self.unsupported("type parameters are not supported yet", s);
                }
                self.exprs(&f.decorator_list)?;
                self.set_line(s);
                self.make_function(&f.name, &f.args, FnBody::Stmts(&f.body), s, true)?;
                for _ in &f.decorator_list {
                    self.emit_arg(Op::Call, 1);
                }
                self.store_name(&f.name, s)?;
            }
            Stmt::AsyncFor(x) => {
                if !self.unit.is_async {
                    return self.syntax("'async for' outside async function", s);
                }
                self.async_for(x, s)?;
            }
            Stmt::AsyncWith(w) => {
                if !self.unit.is_async {
                    return self.syntax("'async with' outside async function", s);
                }
                self.async_with_stmt(&w.items, &w.body, s)?;
            }
            Stmt::ClassDef(c) => self.class_def(c, s)?,
            Stmt::With(w) => self.with_stmt(&w.items, &w.body, s)?,
            Stmt::Match(_) => {
                return self.unsupported("'match' statements are not supported yet", s)
            }
            Stmt::TypeAlias(_) => {
                return self.unsupported("'type' aliases are not supported yet", s)
            }
        }
        Ok(())
    }

    fn innermost_loop(&self) -> Option<usize> {
        self.unit
            .fblocks
            .iter()
            .rposition(|b| matches!(b.kind, FKind::While { .. } | FKind::For { .. }))
    }

    /// Emits the exit code of every block above the first `keep` (innermost
    /// first), as `break`/`continue`/`return` leave them. With `preserve_tos`
    /// a return value on top of the stack survives. Each block's code is
    /// emitted with that block already popped, so it runs under the handlers
    /// outside it. `exit` emits the final jump or return while the blocks
    /// are still popped, so no handler of a block being left covers it.
    fn unwind(&mut self, keep: usize, preserve_tos: bool, exit: impl FnOnce(&mut Self)) -> R<()> {
        let line = self.unit.line;
        let mut popped = Vec::new();
        while self.unit.fblocks.len() > keep {
            let b = self.unit.fblocks.pop().expect("len > keep");
            popped.push(b);
            match b.kind {
                FKind::While { .. }
                | FKind::TryExcept
                | FKind::ExceptionHandler
                | FKind::Cleanup => {}
                FKind::With | FKind::AsyncWith => {
                    // exit [value] → call exit(None, None, None), keep value.
                    if preserve_tos {
                        self.emit(Op::RotTwo);
                    }
                    self.emit(Op::LoadNone);
                    self.emit(Op::LoadNone);
                    self.emit(Op::LoadNone);
                    self.emit_arg(Op::Call, 3);
                    if matches!(b.kind, FKind::AsyncWith) {
                        self.await_top();
                    }
                    self.emit(Op::PopTop);
                }
                FKind::For { .. } => {
                    // Only for return: break pops its own loop's iterator.
                    if preserve_tos {
                        self.emit(Op::RotTwo);
                        self.emit(Op::PopTop);
                    }
                }
                FKind::PopValue => {
                    // A pending return value abandoned by `break`/`continue`
                    // in the finally body (or replaced by another `return`).
                    if preserve_tos {
                        self.emit(Op::RotTwo);
                    }
                    self.emit(Op::PopTop);
                }
                FKind::FinallyTry(finalbody) => {
                    if preserve_tos {
                        self.push_block(FKind::PopValue, None);
                    }
                    self.body(finalbody)?;
                    if preserve_tos {
                        self.pop_block();
                    }
                    self.unit.line = line;
                }
                FKind::FinallyEnd => {
                    // prev exc [value]: drop exc, then restore prev.
                    if preserve_tos {
                        self.emit(Op::RotTwo);
                    }
                    self.emit(Op::PopTop);
                    if preserve_tos {
                        self.emit(Op::RotTwo);
                    }
                    self.emit(Op::PopExcept);
                }
                FKind::HandlerCleanup(h) => {
                    if preserve_tos {
                        self.emit(Op::RotTwo);
                    }
                    self.emit(Op::PopExcept);
                    if let Some(h) = h {
                        self.clear_handler_name(h)?;
                    }
                }
            }
        }
        exit(self);
        self.unit.fblocks.extend(popped.into_iter().rev());
        Ok(())
    }

    /// `name = None; del name` after `except E as name`, as CPython does.
    pub(crate) fn clear_handler_name(&mut self, h: &'a ast::ExceptHandlerExceptHandler) -> R<()> {
        if let Some(n) = &h.name {
            self.emit(Op::LoadNone);
            self.store_name(n, h)?;
            self.delete_name(n, h)?;
        }
        Ok(())
    }

    /// Stores the value on top of the stack into an assignment target.
    pub(crate) fn store(&mut self, t: &'a Expr) -> R<()> {
        match t {
            Expr::Name(n) => self.store_name(&n.id, t),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(&a.attr, range(t))?;
                self.emit_arg(Op::StoreAttr, i);
                Ok(())
            }
            Expr::Subscript(x) => {
                self.expr(&x.value)?;
                self.expr(&x.slice)?;
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let stars: Vec<usize> = (0..elts.len())
                    .filter(|&i| matches!(elts[i], Expr::Starred(_)))
                    .collect();
                match stars.as_slice() {
                    [] => self.emit_count(
                        Op::UnpackSequence,
                        elts.len(),
                        "targets in one unpacking",
                        t,
                    )?,
                    &[i] => {
                        let after = elts.len() - i - 1;
                        if i > 255 || after > 255 {
                            return self.unsupported("more than 255 targets around '*'", t);
                        }
                        self.emit_arg(Op::UnpackEx, (after << 8 | i) as u16);
                    }
                    [_, second, ..] => {
                        return self
                            .syntax("multiple starred expressions in assignment", &elts[*second])
                    }
                }
                elts.iter().try_for_each(|e| match e {
                    Expr::Starred(s) => self.store(&s.value),
                    e => self.store(e),
                })
            }
            Expr::Starred(_) => {
                self.syntax("starred assignment target must be in a list or tuple", t)
            }
            _ => self.syntax("cannot assign to expression", t),
        }
    }

    fn delete(&mut self, t: &'a Expr) -> R<()> {
        match t {
            Expr::Name(n) => self.delete_name(&n.id, t),
            Expr::Subscript(x) => {
                self.expr(&x.value)?;
                self.expr(&x.slice)?;
                self.emit(Op::DeleteSubscr);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(&a.attr, range(t))?;
                self.emit_arg(Op::DeleteAttr, i);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().try_for_each(|e| self.delete(e))
            }
            _ => self.syntax("cannot delete expression", t),
        }
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign, s: &Stmt) -> R<()> {
        let Some(op) = binop(a.op) else {
            return self.unsupported("matrix multiplication ('@=') is not supported yet", s);
        };
        let inplace = |c: &mut Self, op: BinOp| c.emit_arg(Op::InplaceOp, op as u16);
        match a.target.as_ref() {
            Expr::Name(n) => {
                self.load_name(&n.id, a.target.as_ref())?;
                self.expr(&a.value)?;
                inplace(self, op);
                self.store_name(&n.id, a.target.as_ref())
            }
            Expr::Attribute(x) => {
                // obj → obj obj → obj old → obj new → new obj → (store)
                self.expr(&x.value)?;
                self.emit(Op::DupTop);
                let i = self.attr_index(&x.attr, range(a.target.as_ref()))?;
                self.emit_arg(Op::LoadAttr, i);
                self.expr(&a.value)?;
                inplace(self, op);
                self.emit(Op::RotTwo);
                self.emit_arg(Op::StoreAttr, i);
                Ok(())
            }
            Expr::Subscript(x) => {
                // obj key → obj key obj key → obj key old → obj key new → new obj key
                self.expr(&x.value)?;
                self.expr(&x.slice)?;
                self.emit(Op::DupTopTwo);
                self.emit(Op::BinarySubscr);
                self.expr(&a.value)?;
                inplace(self, op);
                self.emit(Op::RotThree);
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            _ => self.syntax(
                "illegal expression for augmented assignment",
                a.target.as_ref(),
            ),
        }
    }
}
