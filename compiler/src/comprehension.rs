//! List, set and dict comprehensions and generator expressions, compiled as in CPython 3.11: a hidden
//! function (`<listcomp>`) whose one parameter `.0` is the iterator of the
//! first `for` clause (evaluated in the enclosing scope), called at once.
//! The loop variables are that function's locals, so they do not leak; the
//! enclosing function's variables are reached through closures.
//!
//! A generator expression's body function is a generator that yields each
//! element instead of adding it to a collection; calling it only creates the
//! generator, so the first iterable is evaluated at once and the rest lazily,
//! as in CPython. With `async for` or `await` inside, it is an asynchronous
//! generator (its first iterable's `__aiter__` is called at once).

use crate::compiler::{Compiler, FKind, Unit, R};
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
        let is_gen = matches!(kind, CompKind::Gen(_));
        let names = Names::of_comprehension(gens, &kind.elts());
        // A generator expression with `async for` or `await` is an
        // asynchronous generator, allowed anywhere (as in CPython 3.11).
        let async_gen = is_gen && (names.awaits || gens.iter().any(|g| g.is_async));
        if let Some(g) = gens.iter().find(|g| g.is_async) {
            if !is_gen && !self.unit.is_async {
                return self.syntax(
                    "asynchronous comprehension outside of an asynchronous function",
                    &g.target,
                );
            }
        }
        // Inside an `async def`, a list, set or dict comprehension is a
        // coroutine that is awaited at once (it may contain `await` and
        // `async for`); without either it behaves exactly as a plain one.
        let is_async = self.unit.is_async && !is_gen;
        let Some(first) = gens.first() else {
            return self.syntax("comprehension without a 'for' clause", node);
        };
        let params = vec![".0".to_owned()];
        let scope = self.analyze_scope(&params, &names, kind.name(), node)?;
        let first_line = self.line_at(node.start().to_usize());
        let mut unit = Unit::new(&self.qualname(kind.name()), Some(scope), first_line);
        unit.argcount = 1;
        unit.is_generator = is_gen;
        unit.is_async = is_async || async_gen;
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
        if first.is_async {
            self.get_aiter(&first.target)?;
        } else {
            self.emit(Op::GetIter);
        }
        self.emit_arg(Op::Call, 1);
        if is_async {
            self.await_top();
        }
        Ok(())
    }

    /// `iterable → iterable.__aiter__()`.
    fn get_aiter(&mut self, at: &Expr) -> R<()> {
        let aiter = self.name_index("__aiter__", crate::compiler::range(at))?;
        self.emit_arg(Op::LoadMethod, aiter);
        self.emit_arg(Op::CallMethod, 0);
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
            if g.is_async {
                self.get_aiter(&g.target)?;
            } else {
                self.emit(Op::GetIter);
            }
        }
        let top = self.new_label();
        let end = self.new_label();
        self.bind(top);
        let stop = self.new_label();
        if g.is_async {
            // `await it.__anext__()`; its StopAsyncIteration (only) ends the
            // clause. Beneath: the collection and one iterator per clause.
            let at = crate::compiler::range(&g.target);
            let anext = self.name_index("__anext__", at.clone())?;
            // (A generator expression has no collection.)
            let below = if matches!(kind, CompKind::Gen(_)) {
                1
            } else {
                2
            };
            let depth = u16::try_from(i + below).unwrap_or(u16::MAX);
            self.push_block_depth(FKind::Cleanup, stop, depth);
            self.emit(Op::DupTop);
            self.emit_arg(Op::LoadMethod, anext);
            self.emit_arg(Op::CallMethod, 0);
            self.await_top();
            self.pop_block();
        } else {
            self.emit_jump(Op::ForIter, end);
        }
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
                    if self.unit.is_async {
                        // Its own values, told apart from what its
                        // `await`s pass up to the event loop.
                        self.emit(Op::AsyncGenWrap);
                    }
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
        if g.is_async {
            // it exc → (end) if exc is a StopAsyncIteration, else re-raise.
            let reraise = self.new_label();
            let at = crate::compiler::range(&g.target);
            let stop_name = self.name_index("StopAsyncIteration", at)?;
            self.end_async_iteration(stop, stop_name, reraise, end);
        }
        self.bind(end);
        Ok(())
    }
}
