//! List, set and dict comprehensions and generator expressions, compiled as in CPython 3.11: a hidden
//! function (`<listcomp>`) whose one parameter `.0` is the iterator of the
//! first `for` clause (evaluated in the enclosing scope), called at once.
//! The loop variables are that function's locals, so they do not leak; the
//! enclosing function's variables are reached through closures.
//!
//! A generator expression's body function is a generator that yields each
//! element instead of adding it to a collection; calling it only creates the
//! generator, so the first iterable is evaluated at once and the rest lazily,
//! as in CPython.

use crate::compiler::{Compiler, Unit, R};
use crate::scope::Names;
use rustpython_parser::ast::{self, Expr, Ranged};
use vm::bytecode::Op;

/// What a comprehension builds.
#[derive(Clone, Copy)]
pub(crate) enum CompKind<'a> {
    /// `[elt for ...]`
    List(&'a Expr),
    /// `{elt for ...}`
    Set(&'a Expr),
    /// `(elt for ...)`: the body function is a generator yielding each element.
    Gen(&'a Expr),
    /// `{key: value for ...}`
    Dict(&'a Expr, &'a Expr),
}

impl<'a> CompKind<'a> {
    fn name(self) -> &'static str {
        match self {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Gen(_) => "<genexpr>",
            CompKind::Dict(..) => "<dictcomp>",
        }
    }

    fn elts(self) -> Vec<&'a Expr> {
        match self {
            CompKind::List(e) | CompKind::Set(e) | CompKind::Gen(e) => vec![e],
            CompKind::Dict(k, v) => vec![k, v],
        }
    }
}

impl<'a> Compiler<'a> {
    /// Compiles a comprehension; leaves the built collection on the stack.
    pub(crate) fn comprehension(
        &mut self,
        kind: CompKind<'a>,
        gens: &'a [ast::Comprehension],
        node: &'a Expr,
    ) -> R<()> {
        if let Some(g) = gens.iter().find(|g| g.is_async) {
            return self.unsupported(
                "asynchronous comprehensions are not supported yet",
                &g.target,
            );
        }
        let Some(first) = gens.first() else {
            return self.syntax("comprehension without a 'for' clause", node);
        };
        let params = vec![".0".to_owned()];
        let names = Names::of_comprehension(gens, &kind.elts());
        let scope = self.analyze_scope(&params, &names, kind.name(), node)?;
        let first_line = self.line_at(node.start().to_usize());
        let mut unit = Unit::new(&self.qualname(kind.name()), Some(scope), first_line);
        unit.argcount = 1;
        unit.is_generator = matches!(kind, CompKind::Gen(_));
        // No defaults.
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.nested_unit(unit, node, |c| {
            match kind {
                CompKind::List(_) => c.emit_arg(Op::BuildList, 0),
                CompKind::Set(_) => c.emit_arg(Op::BuildSet, 0),
                CompKind::Dict(..) => c.emit_arg(Op::BuildMap, 0),
                CompKind::Gen(_) => {}
            }
            c.comp_generator(kind, gens, 0)?;
            if matches!(kind, CompKind::Gen(_)) {
                c.emit(Op::LoadNone);
            }
            c.emit(Op::ReturnValue);
            Ok(())
        })?;
        self.expr(&first.iter)?;
        self.emit(Op::GetIter);
        self.emit_arg(Op::Call, 1);
        Ok(())
    }

    /// One `for` clause (the `i`-th) and everything inside it.
    fn comp_generator(
        &mut self,
        kind: CompKind<'a>,
        gens: &'a [ast::Comprehension],
        i: usize,
    ) -> R<()> {
        let g = &gens[i];
        if i == 0 {
            // The iterator argument `.0`.
            self.emit_arg(Op::LoadFast, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let top = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.emit_jump(Op::ForIter, end);
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(kind, gens, i + 1)?;
        } else {
            // The collection sits beneath one iterator per clause.
            let depth = gens.len() + 1;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit_count(Op::ListAppendAt, depth, "nested 'for' clauses", &g.target)?;
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::PopTop);
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit_count(Op::SetAddAt, depth, "nested 'for' clauses", &g.target)?;
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit_count(Op::DictSetAt, depth, "nested 'for' clauses", &g.target)?;
                }
            }
        }
        self.emit_jump(Op::Jump, top);
        self.bind(end);
        Ok(())
    }
}
