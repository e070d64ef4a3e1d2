//! `class` statements and `with` statements.
//!
//! A class body compiles to a function of one parameter, the namespace dict,
//! whose names are read and bound with `LoadName`/`StoreName`; `BuildClass`
//! then makes the class from the bases and the filled namespace:
//!
//! ```text
//! decorators… bases… BuildTuple n  BuildMap 0  DupTop  <body function>
//! RotTwo  Call 1  PopTop  BuildClass name  (Call 1 per decorator)  store
//! ```

use crate::compiler::{Compiler, FKind, R};
use crate::emit::Label;
use rustpython_parser::ast::{self, Stmt};
use vm::bytecode::Op;

impl<'a> Compiler<'a> {
    /// The name-table index of attribute `attr`, mangled as CPython does
    /// inside a class (`self.__x` in class `C` is `self._C__x`).
    pub(crate) fn attr_index(&mut self, attr: &str, at: std::ops::Range<usize>) -> R<u16> {
        let mangled = self.mangle(attr);
        self.name_index(mangled.as_deref().unwrap_or(attr), at)
    }

    /// `_Class__name` for a private `__name` used inside a class, else `None`.
    pub(crate) fn mangle(&self, name: &str) -> Option<String> {
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return None;
        }
        let class = std::iter::once(&self.unit)
            .chain(self.outer.iter().rev())
            .find(|u| u.class_body)?;
        let stripped = class.name.trim_start_matches('_');
        if stripped.is_empty() {
            return None;
        }
        Some(format!("_{stripped}{name}"))
    }

    pub(crate) fn class_def(&mut self, c: &'a ast::StmtClassDef, s: &'a Stmt) -> R<()> {
        if let Some(k) = c.keywords.first() {
            return self.unsupported("class keywords (metaclass=...) are not supported yet", k);
        }
        if !c.type_params.is_empty() {
            return self.unsupported("type parameters are not supported yet", s);
        }
        if let Some(b) = c.bases.iter().find(|b| matches!(b, ast::Expr::Starred(_))) {
            return self.unsupported("star-unpacking in class bases is not supported yet", b);
        }
        self.exprs(&c.decorator_list)?;
        self.set_line(s);
        self.exprs(&c.bases)?;
        self.emit_count16(Op::BuildTuple, c.bases.len(), s)?;
        self.emit_arg(Op::BuildMap, 0);
        self.emit(Op::DupTop);
        self.make_class_body(&c.name, &c.body, s)?;
        self.set_line(s);
        self.emit(Op::RotTwo);
        self.emit_arg(Op::Call, 1);
        self.emit(Op::PopTop);
        let i = self.name_index(&c.name, crate::compiler::range(s))?;
        self.emit_arg(Op::BuildClass, i);
        for _ in &c.decorator_list {
            self.emit_arg(Op::Call, 1);
        }
        self.store_name(&c.name, s)
    }

    /// `with a as x, b as y: body` is `with a as x: with b as y: body`.
    pub(crate) fn with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        s: &'a Stmt,
    ) -> R<()> {
        self.with_items(items, body, s, false)
    }

    /// `async with`: the same shape as `with`, with `__aenter__`/`__aexit__`
    /// and each of their results awaited.
    pub(crate) fn async_with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        s: &'a Stmt,
    ) -> R<()> {
        self.with_items(items, body, s, true)
    }

    fn with_items(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        s: &'a Stmt,
        is_async: bool,
    ) -> R<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.body(body);
        };
        let exc_path = self.new_label();
        let suppress = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.set_line(s);
        self.expr(&first.context_expr)?;
        if is_async {
            self.emit(Op::AsyncWithEnter);
            self.await_top();
        } else {
            self.emit(Op::WithEnter);
        }
        match &first.optional_vars {
            Some(t) => self.store(t)?,
            None => self.emit(Op::PopTop),
        }
        // Stack: base exit.
        let base = self.block_depth();
        let kind = if is_async {
            FKind::AsyncWith
        } else {
            FKind::With
        };
        self.push_block_depth(kind, exc_path, base + 1);
        self.with_items(rest, body, s, is_async)?;
        self.pop_block();
        self.set_line(s);
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit_arg(Op::Call, 3);
        if is_async {
            self.await_top();
        }
        self.emit(Op::PopTop);
        self.emit_jump(Op::Jump, end);

        // base exit exc → base exit prev exc
        self.bind(exc_path);
        self.emit(Op::PushExcInfo);
        self.push_block_depth(FKind::Cleanup, cleanup, base + 2);
        if is_async {
            self.emit(Op::AsyncExitExc);
            self.await_top();
        } else {
            self.emit(Op::WithExitExc);
        }
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise);
        self.pop_block();

        // A true `__exit__` result swallows the exception.
        self.bind(suppress);
        self.emit(Op::PopTop);
        self.emit(Op::PopExcept);
        self.emit(Op::PopTop);
        self.emit_jump(Op::Jump, end);

        self.bind(cleanup);
        self.emit(Op::RotTwo);
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }
}

impl<'a> Compiler<'a> {
    /// The handler at `stop` for an `__anext__` await: `aiter exc` →
    /// (to `exit`, both popped) if `exc` is a `StopAsyncIteration`
    /// (`stop_name`), else re-raised at `reraise`.
    pub(crate) fn end_async_iteration(
        &mut self,
        stop: Label,
        stop_name: u16,
        reraise: Label,
        exit: Label,
    ) {
        self.bind(stop);
        self.emit_arg(Op::LoadGlobal, stop_name);
        self.emit(Op::CheckExcMatch);
        self.emit_jump(Op::PopJumpIfFalse, reraise);
        self.emit(Op::PopTop);
        self.emit(Op::PopTop);
        self.emit_jump(Op::Jump, exit);
        self.bind(reraise);
        self.emit(Op::Reraise);
    }

    /// `async for t in x: body else: orelse`: `it = x.__aiter__()`, then
    /// `t = await it.__anext__()` each time round until it raises
    /// `StopAsyncIteration` (caught only around that `await`, as in CPython).
    pub(crate) fn async_for(&mut self, x: &'a ast::StmtAsyncFor, s: &'a Stmt) -> R<()> {
        let top = self.new_label();
        let stop = self.new_label();
        let reraise = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let at = crate::compiler::range(s);
        let aiter = self.name_index("__aiter__", at.clone())?;
        let anext = self.name_index("__anext__", at.clone())?;
        let stop_name = self.name_index("StopAsyncIteration", at)?;
        self.expr(&x.iter)?;
        self.set_line(s);
        self.emit_arg(Op::LoadMethod, aiter);
        self.emit_arg(Op::CallMethod, 0);
        // Stack: base aiter.
        let base = self.block_depth();
        self.bind(top);
        self.push_block_depth(FKind::Cleanup, stop, base + 1);
        self.emit(Op::DupTop);
        self.emit_arg(Op::LoadMethod, anext);
        self.emit_arg(Op::CallMethod, 0);
        self.await_top();
        self.pop_block();
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

        // base aiter exc: the loop ends on StopAsyncIteration only.
        self.end_async_iteration(stop, stop_name, reraise, orelse);

        self.bind(orelse);
        self.body(&x.orelse)?;
        self.bind(end);
        Ok(())
    }
}
