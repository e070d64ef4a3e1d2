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
        let Some((first, rest)) = items.split_first() else {
            return self.body(body);
        };
        let exc_path = self.new_label();
        let suppress = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.set_line(s);
        self.expr(&first.context_expr)?;
        self.emit(Op::WithEnter);
        match &first.optional_vars {
            Some(t) => self.store(t)?,
            None => self.emit(Op::PopTop),
        }
        // Stack: base exit.
        let base = self.block_depth();
        self.push_block_depth(FKind::With, exc_path, base + 1);
        self.with_stmt(rest, body, s)?;
        self.pop_block();
        self.set_line(s);
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit_arg(Op::Call, 3);
        self.emit(Op::PopTop);
        self.emit_jump(Op::Jump, end);

        // base exit exc → base exit prev exc
        self.bind(exc_path);
        self.emit(Op::PushExcInfo);
        self.push_block_depth(FKind::Cleanup, cleanup, base + 2);
        self.emit(Op::WithExitExc);
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
