//! AST → bytecode. One `Unit` per code object being emitted; nested
//! functions swap in a fresh unit and swap back.

use crate::builder::{Builder, Label};
use crate::error::{CompileError, ErrorKind};
use crate::scope::Scope;
use num_traits::ToPrimitive;
use rustpython_parser::ast::{self, Constant, Expr, Ranged, Stmt};
use std::collections::BTreeSet;
use vm::bytecode::{BinOp, CmpOp, CodeObject, Const, Image, Op};

type R<T = ()> = Result<T, CompileError>;

enum Block {
    Loop {
        brk: Label,
        cont: Label,
        is_for: bool,
    },
    /// Inside an `except` body: the previously handled exception is on the stack.
    Handler,
    /// Inside a `try` protected by `finally`.
    Finally,
}

struct Unit {
    b: Builder,
    /// `None` at module level, where every name is global.
    locals: Option<Vec<String>>,
    globals: BTreeSet<String>,
    blocks: Vec<Block>,
    /// Values on the stack at statement boundaries (loop iterators, saved exceptions).
    depth: usize,
}

struct Gen<'s> {
    source: &'s str,
    line_starts: Vec<usize>,
    names: Vec<String>,
    consts: Vec<Const>,
    codes: Vec<Option<CodeObject>>,
    filename: u16,
    unit: Unit,
    /// Locals of enclosing functions, to reject closures clearly.
    enclosing: Vec<Vec<String>>,
}

/// Compiles a module body.
pub(crate) fn compile_module(source: &str, filename: &str, body: &[Stmt]) -> R<Image> {
    let mut line_starts = vec![0];
    line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
    let mut g = Gen {
        source,
        line_starts,
        names: Vec::new(),
        consts: Vec::new(),
        codes: vec![None],
        filename: 0,
        unit: Unit {
            b: Builder::default(),
            locals: None,
            globals: BTreeSet::new(),
            blocks: vec![],
            depth: 0,
        },
        enclosing: Vec::new(),
    };
    g.filename = g.name(filename);
    let module_name = g.name("<module>");
    g.stmts(body)?;
    g.unit.b.op(Op::LoadNone);
    g.unit.b.op(Op::ReturnValue);
    let unit = std::mem::replace(
        &mut g.unit,
        Unit {
            b: Builder::default(),
            locals: None,
            globals: BTreeSet::new(),
            blocks: vec![],
            depth: 0,
        },
    );
    let co = g.finish(unit, module_name, 1, 0, 0, vec![])?;
    g.codes[0] = Some(co);
    Ok(Image {
        names: g.names,
        consts: g.consts,
        codes: g
            .codes
            .into_iter()
            .map(|c| c.unwrap_or_else(empty_code))
            .collect(),
    })
}

fn empty_code() -> CodeObject {
    CodeObject {
        name: 0,
        filename: 0,
        first_line: 1,
        argcount: 0,
        kwonlyargcount: 0,
        flags: 0,
        local_names: vec![],
        max_stack: 1,
        code: vec![Op::LoadNone as u8, Op::ReturnValue as u8],
        lines: vec![],
        handlers: vec![],
    }
}

fn binop(op: &ast::Operator) -> Option<BinOp> {
    use ast::Operator as O;
    Some(match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::Div => BinOp::TrueDiv,
        O::FloorDiv => BinOp::FloorDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitAnd => BinOp::And,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::MatMult => return None,
    })
}

impl Gen<'_> {
    fn offset_of(&self, e: &impl Ranged) -> usize {
        u32::from(e.range().start()) as usize
    }

    fn line_of(&self, offset: usize) -> u32 {
        self.line_starts.partition_point(|&s| s <= offset) as u32
    }

    fn err(&self, at: &impl Ranged, kind: ErrorKind, msg: impl Into<String>) -> CompileError {
        CompileError::at(self.source, self.offset_of(at), kind, msg.into())
    }

    fn unsupported(&self, at: &impl Ranged, what: &str) -> CompileError {
        self.err(
            at,
            ErrorKind::NotImplemented,
            format!("{what} are not supported yet"),
        )
    }

    fn name(&mut self, n: &str) -> u16 {
        match self.names.iter().position(|x| x == n) {
            Some(i) => i as u16,
            None => {
                self.names.push(n.to_string());
                (self.names.len() - 1) as u16
            }
        }
    }

    fn constant(&mut self, c: Const) -> u16 {
        let same = |a: &Const| match (a, &c) {
            (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
            _ => *a == c,
        };
        match self.consts.iter().position(same) {
            Some(i) => i as u16,
            None => {
                self.consts.push(c);
                (self.consts.len() - 1) as u16
            }
        }
    }

    fn b(&mut self) -> &mut Builder {
        &mut self.unit.b
    }

    fn finish(
        &mut self,
        unit: Unit,
        name: u16,
        line: u32,
        argc: u8,
        kwonly: u8,
        locals: Vec<u16>,
    ) -> R<CodeObject> {
        let co = CodeObject {
            name,
            filename: self.filename,
            first_line: line,
            argcount: argc,
            kwonlyargcount: kwonly,
            flags: 0,
            local_names: locals,
            max_stack: 0,
            code: vec![],
            lines: vec![],
            handlers: vec![],
        };
        unit.b.finish(co).map_err(|m| CompileError {
            kind: ErrorKind::SyntaxError,
            message: m,
            line: line as usize,
            column: 1,
            end_column: None,
        })
    }

    // ---- names ----

    fn local_slot(&self, n: &str) -> Option<usize> {
        if self.unit.globals.contains(n) {
            return None;
        }
        self.unit.locals.as_ref()?.iter().position(|x| x == n)
    }

    fn check_closure(&self, at: &impl Ranged, n: &str) -> R {
        if self.local_slot(n).is_none() && self.enclosing.iter().any(|l| l.iter().any(|x| x == n)) {
            return Err(self.err(at, ErrorKind::NotImplemented, format!("closures are not supported yet (inner function uses '{n}' of an enclosing function)")));
        }
        Ok(())
    }

    fn load_name(&mut self, at: &impl Ranged, n: &str) -> R {
        self.check_closure(at, n)?;
        match self.local_slot(n) {
            Some(i) => self.b().emit(Op::LoadFast, i),
            None => {
                let i = self.name(n) as usize;
                self.b().emit(Op::LoadGlobal, i)
            }
        }
        Ok(())
    }

    fn store_name(&mut self, n: &str) {
        match self.local_slot(n) {
            Some(i) => self.b().emit(Op::StoreFast, i),
            None => {
                let i = self.name(n) as usize;
                self.b().emit(Op::StoreGlobal, i)
            }
        }
    }

    // ---- statements ----

    fn stmts(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        let line = self.line_of(self.offset_of(s));
        self.b().set_line(line);
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.b().op(Op::PopTop);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.b().op(Op::DupTop);
                    }
                    self.store(t)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store(&a.target)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::Pass(_) | Stmt::Global(_) => {}
            Stmt::Nonlocal(n) => {
                return Err(self.err(
                    n,
                    ErrorKind::NotImplemented,
                    "nonlocal is not supported yet",
                ))
            }
            Stmt::If(i) => {
                let (els, end) = (self.b().label(), self.b().label());
                self.expr(&i.test)?;
                self.b().jump(Op::PopJumpIfFalse, els);
                self.stmts(&i.body)?;
                if !i.orelse.is_empty() {
                    self.b().jump(Op::Jump, end);
                }
                self.b().bind(els);
                self.stmts(&i.orelse)?;
                self.b().bind(end);
            }
            Stmt::While(w) => {
                let (top, els, brk) = (self.b().label(), self.b().label(), self.b().label());
                self.b().bind(top);
                self.expr(&w.test)?;
                self.b().jump(Op::PopJumpIfFalse, els);
                self.unit.blocks.push(Block::Loop {
                    brk,
                    cont: top,
                    is_for: false,
                });
                self.stmts(&w.body)?;
                self.unit.blocks.pop();
                self.b().jump(Op::Jump, top);
                self.b().bind(els);
                self.stmts(&w.orelse)?;
                self.b().bind(brk);
            }
            Stmt::For(f) => {
                let (top, els, brk) = (self.b().label(), self.b().label(), self.b().label());
                self.expr(&f.iter)?;
                self.b().op(Op::GetIter);
                self.b().bind(top);
                self.b().jump(Op::ForIter, els);
                self.unit.depth += 1;
                self.store(&f.target)?;
                self.unit.blocks.push(Block::Loop {
                    brk,
                    cont: top,
                    is_for: true,
                });
                self.stmts(&f.body)?;
                self.unit.blocks.pop();
                self.unit.depth -= 1;
                self.b().jump(Op::Jump, top);
                self.b().bind(els);
                self.stmts(&f.orelse)?;
                self.b().bind(brk);
            }
            Stmt::Break(_) | Stmt::Continue(_) => {
                let is_break = matches!(s, Stmt::Break(_));
                let mut i = self.unit.blocks.len();
                loop {
                    if i == 0 {
                        let what = if is_break {
                            "'break' outside loop"
                        } else {
                            "'continue' not properly in loop"
                        };
                        return Err(self.err(s, ErrorKind::SyntaxError, what));
                    }
                    i -= 1;
                    match self.unit.blocks[i] {
                        Block::Handler => self.b().op(Op::PopExcept),
                        Block::Finally => {
                            return Err(self.err(
                                s,
                                ErrorKind::NotImplemented,
                                "break/continue inside try/finally is not supported yet",
                            ))
                        }
                        Block::Loop { brk, cont, is_for } => {
                            if is_break {
                                if is_for {
                                    self.b().op(Op::PopTop);
                                }
                                self.b().jump(Op::Jump, brk);
                            } else {
                                self.b().jump(Op::Jump, cont);
                            }
                            break;
                        }
                    }
                }
            }
            Stmt::Return(r) => {
                if self.unit.locals.is_none() {
                    return Err(self.err(s, ErrorKind::SyntaxError, "'return' outside function"));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.b().op(Op::LoadNone),
                }
                for i in (0..self.unit.blocks.len()).rev() {
                    match self.unit.blocks[i] {
                        Block::Handler => {
                            self.b().op(Op::RotTwo);
                            self.b().op(Op::PopExcept);
                        }
                        Block::Finally => {
                            return Err(self.err(
                                s,
                                ErrorKind::NotImplemented,
                                "return inside try/finally is not supported yet",
                            ))
                        }
                        Block::Loop { .. } => {}
                    }
                }
                self.b().op(Op::ReturnValue);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    match t {
                        Expr::Name(n) => match self.local_slot(n.id.as_str()) {
                            Some(i) => self.b().emit(Op::DeleteFast, i),
                            None => {
                                let i = self.name(n.id.as_str()) as usize;
                                self.b().emit(Op::DeleteGlobal, i)
                            }
                        },
                        Expr::Subscript(x) => {
                            self.expr(&x.value)?;
                            self.subscript_key(&x.slice)?;
                            self.b().op(Op::DeleteSubscr);
                        }
                        other => {
                            return Err(self.err(
                                other,
                                ErrorKind::NotImplemented,
                                "this kind of 'del' target is not supported yet",
                            ))
                        }
                    }
                }
            }
            Stmt::Assert(a) => {
                let end = self.b().label();
                self.expr(&a.test)?;
                self.b().jump(Op::PopJumpIfTrue, end);
                let i = self.name("AssertionError") as usize;
                self.b().emit(Op::LoadGlobal, i);
                match &a.msg {
                    Some(m) => {
                        self.expr(m)?;
                        self.b().emit(Op::Call, 1);
                    }
                    None => self.b().emit(Op::Call, 0),
                }
                self.b().emit(Op::RaiseVarargs, 1);
                self.b().bind(end);
            }
            Stmt::Raise(r) => match (&r.exc, &r.cause) {
                (None, _) => self.b().emit(Op::RaiseVarargs, 0),
                (Some(e), None) => {
                    self.expr(e)?;
                    self.b().emit(Op::RaiseVarargs, 1);
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.b().emit(Op::RaiseVarargs, 2);
                }
            },
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::FunctionDef(f) => {
                if !f.decorator_list.is_empty() {
                    return Err(self.unsupported(&f.decorator_list[0], "decorators"));
                }
                self.function(s, f.name.as_str(), &f.args, Body::Stmts(&f.body))?;
                self.store_name(f.name.as_str());
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let m = self.name(a.name.as_str()) as usize;
                    self.b().emit(Op::ImportName, m);
                    let bound = a
                        .asname
                        .as_ref()
                        .map_or(a.name.as_str().split('.').next().unwrap_or(""), |x| {
                            x.as_str()
                        })
                        .to_string();
                    self.store_name(&bound);
                }
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map_or("", |m| m.as_str());
                if i.level.is_some_and(|l| l.to_u32() > 0) {
                    return Err(self.err(
                        s,
                        ErrorKind::NotImplemented,
                        "relative imports are not supported yet",
                    ));
                }
                let m = self.name(module) as usize;
                self.b().emit(Op::ImportName, m);
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        return Err(self.err(
                            s,
                            ErrorKind::NotImplemented,
                            "'from module import *' is not supported yet",
                        ));
                    }
                    let n = self.name(a.name.as_str()) as usize;
                    self.b().emit(Op::ImportFrom, n);
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.store_name(&bound);
                }
                self.b().op(Op::PopTop);
            }
            Stmt::ClassDef(_) => return Err(self.unsupported(s, "classes")),
            Stmt::With(_) | Stmt::AsyncWith(_) => {
                return Err(self.err(
                    s,
                    ErrorKind::NotImplemented,
                    "'with' statements are not supported yet",
                ))
            }
            Stmt::AsyncFunctionDef(_) | Stmt::AsyncFor(_) => {
                return Err(self.err(s, ErrorKind::NotImplemented, "async is not supported yet"))
            }
            Stmt::Match(_) => {
                return Err(self.err(
                    s,
                    ErrorKind::NotImplemented,
                    "'match' statements are not supported yet",
                ))
            }
            _ => {
                return Err(self.err(
                    s,
                    ErrorKind::NotImplemented,
                    "this statement is not supported yet",
                ))
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> R {
        let Some(op) = binop(&a.op) else {
            return Err(self.err(
                a,
                ErrorKind::NotImplemented,
                "the '@' operator is not supported yet",
            ));
        };
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n, n.id.as_str())?;
                self.expr(&a.value)?;
                self.b().emit(Op::InplaceOp, op as usize);
                self.store_name(n.id.as_str());
            }
            Expr::Subscript(x) => {
                self.expr(&x.value)?;
                self.subscript_key(&x.slice)?;
                self.b().op(Op::DupTopTwo);
                self.b().op(Op::BinarySubscr);
                self.expr(&a.value)?;
                self.b().emit(Op::InplaceOp, op as usize);
                self.b().op(Op::RotThree);
                self.b().op(Op::StoreSubscr);
            }
            Expr::Attribute(x) => {
                self.expr(&x.value)?;
                self.b().op(Op::DupTop);
                let n = self.name(x.attr.as_str()) as usize;
                self.b().emit(Op::LoadAttr, n);
                self.expr(&a.value)?;
                self.b().emit(Op::InplaceOp, op as usize);
                self.b().op(Op::RotTwo);
                self.b().emit(Op::StoreAttr, n);
            }
            other => {
                return Err(self.err(
                    other,
                    ErrorKind::SyntaxError,
                    "illegal expression for augmented assignment",
                ))
            }
        }
        Ok(())
    }

    fn store(&mut self, t: &Expr) -> R {
        match t {
            Expr::Name(n) => {
                self.check_closure(n, n.id.as_str())?;
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.name(a.attr.as_str()) as usize;
                self.b().emit(Op::StoreAttr, n);
            }
            Expr::Subscript(x) => {
                self.expr(&x.value)?;
                self.subscript_key(&x.slice)?;
                self.b().op(Op::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                if let Some(s) = elts.iter().find(|e| matches!(e, Expr::Starred(_))) {
                    return Err(self.err(
                        s,
                        ErrorKind::NotImplemented,
                        "starred assignment targets are not supported yet",
                    ));
                }
                if elts.len() > 255 {
                    return Err(self.err(
                        t,
                        ErrorKind::NotImplemented,
                        "unpacking more than 255 values is not supported",
                    ));
                }
                self.b().emit(Op::UnpackSequence, elts.len());
                for e in elts {
                    self.store(e)?;
                }
            }
            other => {
                return Err(self.err(other, ErrorKind::SyntaxError, "cannot assign to expression"))
            }
        }
        Ok(())
    }

    /// `try/except/else` (CPython 3.11's layout with an exception table).
    fn try_except(&mut self, t: &ast::StmtTry) -> R {
        let depth = self.unit.depth;
        let (handler, cleanup, end) = (self.b().label(), self.b().label(), self.b().label());
        let start = self.b().pc();
        self.stmts(&t.body)?;
        let body_end = self.b().pc();
        self.b().handler(start, body_end, handler, depth);
        self.stmts(&t.orelse)?;
        self.b().jump(Op::Jump, end);
        // Exception path: [.. exc] → [.. prev exc]
        self.b().bind(handler);
        self.b().op(Op::PushExcInfo);
        // The cleanup handler covers each clause up to its PopExcept, and the final re-raise.
        let mut seg = self.b().pc();
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let line = self.line_of(self.offset_of(h));
            self.b().set_line(line);
            let next = self.b().label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.b().op(Op::CheckExcMatch);
                self.b().jump(Op::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(n) => self.store_name(n.as_str()),
                None => self.b().op(Op::PopTop),
            }
            self.unit.depth += 1;
            self.unit.blocks.push(Block::Handler);
            self.stmts(&h.body)?;
            self.unit.blocks.pop();
            self.unit.depth -= 1;
            let pc = self.b().pc();
            self.b().handler(seg, pc, cleanup, depth + 1);
            self.b().op(Op::PopExcept);
            if let Some(n) = &h.name {
                self.b().op(Op::LoadNone);
                self.store_name(n.as_str());
                match self.local_slot(n.as_str()) {
                    Some(i) => self.b().emit(Op::DeleteFast, i),
                    None => {
                        let i = self.name(n.as_str()) as usize;
                        self.b().emit(Op::DeleteGlobal, i)
                    }
                }
            }
            self.b().jump(Op::Jump, end);
            self.b().bind(next);
            seg = self.b().pc();
        }
        // No clause matched: [.. prev exc] → re-raise, restoring prev in the cleanup.
        self.b().op(Op::Reraise);
        let pc = self.b().pc();
        self.b().handler(seg, pc, cleanup, depth + 1);
        self.b().bind(cleanup);
        self.b().op(Op::RotTwo);
        self.b().op(Op::PopExcept);
        self.b().op(Op::Reraise);
        self.b().bind(end);
        Ok(())
    }

    /// `try/…/finally`: the body (with any except clauses) is protected; the
    /// finally block runs inline on the normal path and as a handler on the
    /// exception path.
    fn try_finally(&mut self, t: &ast::StmtTry) -> R {
        let depth = self.unit.depth;
        let (handler, cleanup, end) = (self.b().label(), self.b().label(), self.b().label());
        let start = self.b().pc();
        self.unit.blocks.push(Block::Finally);
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            let inner = ast::StmtTry {
                range: t.range,
                body: t.body.clone(),
                handlers: t.handlers.clone(),
                orelse: t.orelse.clone(),
                finalbody: vec![],
            };
            self.try_except(&inner)?;
        }
        self.unit.blocks.pop();
        let body_end = self.b().pc();
        self.b().handler(start, body_end, handler, depth);
        self.stmts(&t.finalbody)?;
        self.b().jump(Op::Jump, end);
        self.b().bind(handler);
        self.b().op(Op::PushExcInfo);
        let fin_start = self.b().pc();
        self.unit.depth += 2;
        self.stmts(&t.finalbody)?;
        self.unit.depth -= 2;
        // [.. prev exc] → restore prev, re-raise exc.
        self.b().op(Op::RotTwo);
        self.b().op(Op::PopExcept);
        self.b().op(Op::Reraise);
        let fin_end = self.b().pc();
        self.b().handler(fin_start, fin_end, cleanup, depth + 1);
        self.b().bind(cleanup);
        self.b().op(Op::RotTwo);
        self.b().op(Op::PopExcept);
        self.b().op(Op::Reraise);
        self.b().bind(end);
        Ok(())
    }

    fn function(
        &mut self,
        at: &impl Ranged,
        name: &str,
        args: &ast::Arguments,
        body: Body<'_>,
    ) -> R {
        if args.vararg.is_some() || args.kwarg.is_some() {
            return Err(self.err(
                at,
                ErrorKind::NotImplemented,
                "*args and **kwargs parameters are not supported yet",
            ));
        }
        let positional: Vec<&ast::ArgWithDefault> =
            args.posonlyargs.iter().chain(args.args.iter()).collect();
        // Defaults are evaluated where the function is defined.
        let defaults: Vec<&Expr> = positional
            .iter()
            .filter_map(|a| a.default.as_deref())
            .collect();
        if defaults.is_empty() {
            self.b().op(Op::LoadNone);
        } else {
            for d in &defaults {
                self.expr(d)?;
            }
            self.b().emit(Op::BuildTuple, defaults.len());
        }
        let kwdefaults: Vec<(&str, &Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d)))
            .collect();
        if kwdefaults.is_empty() {
            self.b().op(Op::LoadNone);
        } else {
            for (k, d) in &kwdefaults {
                let c = self.constant(Const::Str(k.to_string())) as usize;
                self.b().emit(Op::LoadConst, c);
                self.expr(d)?;
            }
            self.b().emit(Op::BuildMap, kwdefaults.len());
        }
        let mut scope = Scope::default();
        let params: Vec<String> = positional
            .iter()
            .copied()
            .chain(args.kwonlyargs.iter())
            .map(|a| a.def.arg.to_string())
            .collect();
        scope.bound.extend(params.iter().cloned());
        if let Body::Stmts(b) = body {
            scope.scan(b);
        }
        let locals: Vec<String> = scope
            .bound
            .into_iter()
            .filter(|n| !scope.globals.contains(n))
            .collect();
        if locals.len() > 255 {
            return Err(self.err(
                at,
                ErrorKind::NotImplemented,
                "more than 255 local variables in one function",
            ));
        }
        let line = self.line_of(self.offset_of(at));
        let outer_locals = self.unit.locals.clone();
        let unit = Unit {
            b: Builder::default(),
            locals: Some(locals.clone()),
            globals: scope.globals,
            blocks: vec![],
            depth: 0,
        };
        let saved = std::mem::replace(&mut self.unit, unit);
        if let Some(l) = outer_locals {
            self.enclosing.push(l);
        }
        self.b().set_line(line);
        let r = match body {
            Body::Stmts(b) => self.stmts(b).map(|_| {
                self.b().op(Op::LoadNone);
                self.b().op(Op::ReturnValue);
            }),
            Body::Expr(e) => self.expr(e).map(|_| self.b().op(Op::ReturnValue)),
        };
        if saved.locals.is_some() {
            self.enclosing.pop();
        }
        let unit = std::mem::replace(&mut self.unit, saved);
        r?;
        let name_idx = self.name(name);
        let local_idx: Vec<u16> = locals.iter().map(|n| self.name(n)).collect();
        let co = self.finish(
            unit,
            name_idx,
            line,
            positional.len() as u8,
            args.kwonlyargs.len() as u8,
            local_idx,
        )?;
        self.codes.push(Some(co));
        let ci = self.codes.len() - 1;
        self.constant(Const::Code(ci as u16));
        self.b().emit(Op::MakeFunction, ci);
        Ok(())
    }

    // ---- expressions ----

    fn subscript_key(&mut self, e: &Expr) -> R {
        if let Expr::Slice(s) = e {
            for part in [&s.lower, &s.upper] {
                match part {
                    Some(x) => self.expr(x)?,
                    None => self.b().op(Op::LoadNone),
                }
            }
            match &s.step {
                Some(x) => {
                    self.expr(x)?;
                    self.b().emit(Op::BuildSlice, 3);
                }
                None => self.b().emit(Op::BuildSlice, 2),
            }
            return Ok(());
        }
        self.expr(e)
    }

    fn const_value(&mut self, at: &impl Ranged, c: &Constant) -> R<Const> {
        Ok(match c {
            Constant::None => Const::None,
            Constant::Bool(true) => Const::True,
            Constant::Bool(false) => Const::False,
            Constant::Ellipsis => Const::Ellipsis,
            Constant::Str(s) => Const::Str(s.clone()),
            Constant::Float(f) => Const::Float(*f),
            Constant::Int(i) => match i.to_i64() {
                Some(v) => Const::Int(v),
                None => {
                    // The parser's big integers are malachite's; go through decimal text.
                    let big = num_bigint::BigInt::parse_bytes(i.to_string().as_bytes(), 10)
                        .unwrap_or_default();
                    let (sign, mag) = big.to_u32_digits();
                    Const::BigInt {
                        negative: sign == num_bigint::Sign::Minus,
                        magnitude: mag,
                    }
                }
            },
            Constant::Tuple(items) => {
                let mut idx = Vec::new();
                for x in items {
                    let c = self.const_value(at, x)?;
                    idx.push(self.constant(c));
                }
                Const::Tuple(idx)
            }
            Constant::Bytes(_) => {
                return Err(self.err(
                    at,
                    ErrorKind::NotImplemented,
                    "bytes literals are not supported yet",
                ))
            }
            Constant::Complex { .. } => {
                return Err(self.err(
                    at,
                    ErrorKind::NotImplemented,
                    "complex numbers are not supported yet",
                ))
            }
        })
    }

    fn expr(&mut self, e: &Expr) -> R {
        match e {
            Expr::Constant(c) => {
                if let Constant::Int(i) = &c.value {
                    if let Some(v) = i.to_i16() {
                        self.b().emit(Op::LoadSmallInt, v as u16 as usize);
                        return Ok(());
                    }
                }
                match &c.value {
                    Constant::None => self.b().op(Op::LoadNone),
                    Constant::Bool(true) => self.b().op(Op::LoadTrue),
                    Constant::Bool(false) => self.b().op(Op::LoadFalse),
                    other => {
                        let k = self.const_value(c, other)?;
                        let i = self.constant(k) as usize;
                        self.b().emit(Op::LoadConst, i);
                    }
                }
            }
            Expr::Name(n) => self.load_name(n, n.id.as_str())?,
            Expr::BinOp(b) => {
                let Some(op) = binop(&b.op) else {
                    return Err(self.err(
                        b,
                        ErrorKind::NotImplemented,
                        "the '@' operator is not supported yet",
                    ));
                };
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                match op {
                    BinOp::Add => self.b().op(Op::BinaryAdd),
                    BinOp::Sub => self.b().op(Op::BinarySub),
                    _ => self.b().emit(Op::BinaryOp, op as usize),
                }
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.b().op(match u.op {
                    ast::UnaryOp::Not => Op::UnaryNot,
                    ast::UnaryOp::USub => Op::UnaryNeg,
                    ast::UnaryOp::UAdd => Op::UnaryPos,
                    ast::UnaryOp::Invert => Op::UnaryInvert,
                });
            }
            Expr::BoolOp(b) => {
                let end = self.b().label();
                let jump = if b.op == ast::BoolOp::And {
                    Op::JumpIfFalseOrPop
                } else {
                    Op::JumpIfTrueOrPop
                };
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        self.b().jump(jump, end);
                    }
                }
                self.b().bind(end);
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                let n = c.ops.len();
                let (cleanup, end) = (self.b().label(), self.b().label());
                for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
                    self.expr(right)?;
                    if i + 1 < n {
                        self.b().op(Op::DupTop);
                        self.b().op(Op::RotThree);
                    }
                    self.cmp(op);
                    if i + 1 < n {
                        self.b().jump(Op::JumpIfFalseOrPop, cleanup);
                    }
                }
                if n > 1 {
                    self.b().jump(Op::Jump, end);
                    self.b().bind(cleanup);
                    self.b().op(Op::RotTwo);
                    self.b().op(Op::PopTop);
                    self.b().bind(end);
                }
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.name(a.attr.as_str()) as usize;
                self.b().emit(Op::LoadAttr, n);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.b().op(Op::BinarySubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                if let Some(s) = elts.iter().find(|e| matches!(e, Expr::Starred(_))) {
                    return Err(self.err(
                        s,
                        ErrorKind::NotImplemented,
                        "star-unpacking in displays is not supported yet",
                    ));
                }
                for x in elts {
                    self.expr(x)?;
                }
                let op = if matches!(e, Expr::Tuple(_)) {
                    Op::BuildTuple
                } else {
                    Op::BuildList
                };
                self.b().emit(op, elts.len());
            }
            Expr::Dict(d) => {
                for (k, v) in d.keys.iter().zip(&d.values) {
                    let Some(k) = k else {
                        return Err(self.err(
                            v,
                            ErrorKind::NotImplemented,
                            "'**' unpacking in dict displays is not supported yet",
                        ));
                    };
                    self.expr(k)?;
                    self.expr(v)?;
                }
                self.b().emit(Op::BuildMap, d.keys.len());
            }
            Expr::IfExp(i) => {
                let (els, end) = (self.b().label(), self.b().label());
                self.expr(&i.test)?;
                self.b().jump(Op::PopJumpIfFalse, els);
                self.expr(&i.body)?;
                self.b().jump(Op::Jump, end);
                self.b().bind(els);
                self.expr(&i.orelse)?;
                self.b().bind(end);
            }
            Expr::Lambda(l) => self.function(l, "<lambda>", &l.args, Body::Expr(&l.body))?,
            Expr::JoinedStr(j) => {
                for v in &j.values {
                    self.fstring_part(v)?;
                }
                if j.values.len() != 1 {
                    self.b().emit(Op::BuildString, j.values.len());
                }
            }
            Expr::FormattedValue(_) => {
                self.fstring_part(e)?;
            }
            Expr::ListComp(_) => return Err(self.unsupported(e, "list comprehensions")),
            Expr::SetComp(_) => return Err(self.unsupported(e, "set comprehensions")),
            Expr::DictComp(_) => return Err(self.unsupported(e, "dict comprehensions")),
            Expr::GeneratorExp(_) => return Err(self.unsupported(e, "generator expressions")),
            Expr::Set(_) => return Err(self.unsupported(e, "sets")),
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                return Err(self.unsupported(e, "generators (yield)"))
            }
            Expr::Await(_) => {
                return Err(self.err(
                    e,
                    ErrorKind::NotImplemented,
                    "async/await is not supported yet",
                ))
            }
            Expr::NamedExpr(_) => {
                return Err(self.err(
                    e,
                    ErrorKind::NotImplemented,
                    "assignment expressions (:=) are not supported yet",
                ))
            }
            Expr::Starred(_) => {
                return Err(self.err(
                    e,
                    ErrorKind::NotImplemented,
                    "star-unpacking is not supported yet",
                ))
            }
            Expr::Slice(_) => {
                return Err(self.err(e, ErrorKind::SyntaxError, "slice outside a subscript"))
            }
        }
        Ok(())
    }

    fn fstring_part(&mut self, v: &Expr) -> R {
        match v {
            Expr::FormattedValue(f) => {
                let conv = f.conversion as i8;
                let func = match conv as u8 {
                    b'r' => Some("repr"),
                    b's' => Some("str"),
                    b'a' => {
                        return Err(self.err(
                            f,
                            ErrorKind::NotImplemented,
                            "the !a conversion is not supported yet",
                        ))
                    }
                    _ => None,
                };
                if let Some(func) = func {
                    let i = self.name(func) as usize;
                    self.b().emit(Op::LoadGlobal, i);
                    self.expr(&f.value)?;
                    self.b().emit(Op::Call, 1);
                } else {
                    self.expr(&f.value)?;
                }
                match &f.format_spec {
                    Some(spec) => {
                        self.expr(spec)?;
                        self.b().emit(Op::FormatValue, 1);
                    }
                    None => self.b().emit(Op::FormatValue, 0),
                }
                Ok(())
            }
            other => self.expr(other),
        }
    }

    fn cmp(&mut self, op: &ast::CmpOp) {
        use ast::CmpOp as C;
        let (o, arg) = match op {
            C::Eq => (Op::CompareOp, CmpOp::Eq as usize),
            C::NotEq => (Op::CompareOp, CmpOp::Ne as usize),
            C::Lt => (Op::CompareOp, CmpOp::Lt as usize),
            C::LtE => (Op::CompareOp, CmpOp::Le as usize),
            C::Gt => (Op::CompareOp, CmpOp::Gt as usize),
            C::GtE => (Op::CompareOp, CmpOp::Ge as usize),
            C::Is => (Op::IsOp, 0),
            C::IsNot => (Op::IsOp, 1),
            C::In => (Op::ContainsOp, 0),
            C::NotIn => (Op::ContainsOp, 1),
        };
        self.b().emit(o, arg);
    }

    fn call(&mut self, c: &ast::ExprCall) -> R {
        if let Some(s) = c.args.iter().find(|a| matches!(a, Expr::Starred(_))) {
            return Err(self.err(
                s,
                ErrorKind::NotImplemented,
                "*args in calls are not supported yet",
            ));
        }
        if let Some(k) = c.keywords.iter().find(|k| k.arg.is_none()) {
            return Err(self.err(
                k,
                ErrorKind::NotImplemented,
                "**kwargs in calls are not supported yet",
            ));
        }
        let n = c.args.len() + c.keywords.len();
        if n > 255 {
            return Err(self.err(
                c,
                ErrorKind::NotImplemented,
                "more than 255 arguments in one call",
            ));
        }
        let line = self.line_of(self.offset_of(c));
        if let (Expr::Attribute(a), true) = (&*c.func, c.keywords.is_empty()) {
            self.expr(&a.value)?;
            let m = self.name(a.attr.as_str()) as usize;
            self.b().emit(Op::LoadMethod, m);
            for x in &c.args {
                self.expr(x)?;
            }
            self.b().set_line(line);
            self.b().emit(Op::CallMethod, n);
            return Ok(());
        }
        self.expr(&c.func)?;
        for x in &c.args {
            self.expr(x)?;
        }
        if c.keywords.is_empty() {
            self.b().set_line(line);
            self.b().emit(Op::Call, n);
            return Ok(());
        }
        let mut names = Vec::new();
        for k in &c.keywords {
            self.expr(&k.value)?;
            let name = k.arg.as_ref().map_or(String::new(), |a| a.to_string());
            names.push(self.constant(Const::Str(name)));
        }
        let t = self.constant(Const::Tuple(names)) as usize;
        self.b().emit(Op::LoadConst, t);
        self.b().set_line(line);
        self.b().emit(Op::CallKw, n);
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum Body<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}
