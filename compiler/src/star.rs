//! Star-unpacking in expressions: `[*a, *b]`, `(*a, x)`, `{**m, 'k': 1}` and
//! calls with `*args`/`**kwargs` (`CallEx`).

use crate::compiler::{Compiler, R};
use rustpython_parser::ast::{self, Expr, Ranged};
use vm::bytecode::{Const, Op};

/// Whether any element is `*x`.
pub(crate) fn has_star(elts: &[Expr]) -> bool {
    elts.iter().any(|e| matches!(e, Expr::Starred(_)))
}

impl<'a> Compiler<'a> {
    /// Builds a list from elements some of which are `*x`: the plain ones
    /// before the first star in one `BuildList`, the rest appended or
    /// extended one at a time (`in_call` words the errors for `f(*x)`).
    pub(crate) fn starred_list(
        &mut self,
        elts: &'a [Expr],
        in_call: bool,
        node: &impl Ranged,
    ) -> R<()> {
        let first = elts
            .iter()
            .position(|e| matches!(e, Expr::Starred(_)))
            .unwrap_or(elts.len());
        self.exprs(&elts[..first])?;
        self.emit_count16(Op::BuildList, first, node)?;
        for e in &elts[first..] {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit_arg(Op::ListExtend, u16::from(in_call));
                }
                e => {
                    self.expr(e)?;
                    self.emit(Op::ListAppend);
                }
            }
        }
        Ok(())
    }

    /// A dict display with `**m` entries: runs of plain pairs are built with
    /// `BuildMap` and merged in order, so later keys win as in CPython.
    pub(crate) fn starred_dict(&mut self, d: &'a ast::ExprDict, node: &impl Ranged) -> R<()> {
        self.emit_arg(Op::BuildMap, 0);
        let mut run = 0usize;
        for (k, v) in d.keys.iter().zip(&d.values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    run += 1;
                }
                None => {
                    if run > 0 {
                        self.emit_count16(Op::BuildMap, run, node)?;
                        self.emit_arg(Op::DictUpdate, 0);
                        run = 0;
                    }
                    self.expr(v)?;
                    self.emit_arg(Op::DictUpdate, 0);
                }
            }
        }
        if run > 0 {
            self.emit_count16(Op::BuildMap, run, node)?;
            self.emit_arg(Op::DictUpdate, 0);
        }
        Ok(())
    }

    /// `f(a, *xs, k=v, **m)` with the callee already on the stack: the
    /// positional arguments as one list, the keywords as one dict, `CallEx`.
    pub(crate) fn call_ex(&mut self, c: &'a ast::ExprCall, node: &impl Ranged) -> R<()> {
        self.starred_list(&c.args, true, node)?;
        if c.keywords.is_empty() {
            self.emit_arg(Op::CallEx, 0);
            return Ok(());
        }
        self.emit_arg(Op::BuildMap, 0);
        let mut run = 0usize;
        for k in &c.keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Const::Str(name.to_string()))?;
                    self.expr(&k.value)?;
                    run += 1;
                }
                None => {
                    if run > 0 {
                        self.emit_count16(Op::BuildMap, run, node)?;
                        self.emit_arg(Op::DictUpdate, 1);
                        run = 0;
                    }
                    self.expr(&k.value)?;
                    self.emit_arg(Op::DictUpdate, 1);
                }
            }
        }
        if run > 0 {
            self.emit_count16(Op::BuildMap, run, node)?;
            self.emit_arg(Op::DictUpdate, 1);
        }
        self.emit_arg(Op::CallEx, 1);
        Ok(())
    }
}
