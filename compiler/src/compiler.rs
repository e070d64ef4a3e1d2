//! The compiler's state: the image being built, the code unit (function or
//! module) being emitted, and the stack of enclosing control blocks that
//! `break`/`continue`/`return` must unwind.

use crate::consts::{PoolFull, Pools};
use crate::emit::{Arg, CodeBuilder, HandlerRef, Label};
use crate::error::{CompileError, ErrorKind, SourceMap};
use crate::scope::{param_names, Access, Names, Scope};
use rustpython_parser::ast::{self, Ranged, Stmt};
use vm::bytecode::{CodeObject, Const, Op, CODE_VARARGS, CODE_VARKW};

/// Result type used throughout code generation.
pub(crate) type R<T> = Result<T, CompileError>;

/// What an enclosing control block is; see CPython's `fblocktype`.
#[derive(Clone, Copy)]
pub(crate) enum FKind<'a> {
    /// A `while` loop: nothing on the stack.
    While { cont: Label, brk: Label },
    /// A `for` loop: its iterator is on the stack.
    For { cont: Label, brk: Label },
    /// The body of a `try` with `except` clauses.
    TryExcept,
    /// The body of a `try` with a `finally`: leaving it runs the finally body.
    FinallyTry(&'a [Stmt]),
    /// The exception-path copy of a finally body: `prev exc` on the stack.
    FinallyEnd,
    /// Inside `except` clauses: the previously handled exception is on the stack.
    ExceptionHandler,
    /// The body of one `except` clause; leaving it restores the previous
    /// exception and, for `except E as name`, deletes `name`.
    HandlerCleanup(Option<&'a ast::ExceptHandlerExceptHandler>),
    /// A value (the pending return value) held on the stack while an inlined finally body runs.
    PopValue,
    /// A region covered by a handler with nothing to undo (exception matching code).
    Cleanup,
    /// The body of a `with`: the bound `__exit__` is on the stack; leaving
    /// the body calls it with three `None`s.
    With,
    /// The body of an `async with`: like `With`, and the exit call's result is awaited.
    AsyncWith,
}

/// One enclosing control block, with the handler it installs (if any).
#[derive(Clone, Copy)]
pub(crate) struct FBlock<'a> {
    pub(crate) kind: FKind<'a>,
    pub(crate) handler: Option<HandlerRef>,
}

impl FKind<'_> {
    /// Stack items this block keeps beneath the statements inside it.
    fn stack_items(self) -> u16 {
        match self {
            FKind::For { .. }
            | FKind::ExceptionHandler
            | FKind::PopValue
            | FKind::With
            | FKind::AsyncWith => 1,
            FKind::FinallyEnd => 2,
            _ => 0,
        }
    }
}

/// One code object being compiled.
pub(crate) struct Unit<'a> {
    pub(crate) name: String,
    /// `None` for the module body, where every name is global.
    pub(crate) scope: Option<Scope>,
    pub(crate) b: CodeBuilder,
    pub(crate) fblocks: Vec<FBlock<'a>>,
    /// Source line of the code being emitted.
    pub(crate) line: u32,
    first_line: u32,
    pub(crate) argcount: u8,
    kwonlyargcount: u8,
    posonlyargcount: u8,
    /// `CODE_*` flags of the code object.
    flags: u8,
    /// The body contains `yield`: calling the function makes a generator
    /// (`CODE_GENERATOR`). A generator-expression body function sets it too.
    pub(crate) is_generator: bool,
    /// A class body: names live in the namespace dict in local 0 (`LoadName`/`StoreName`).
    pub(crate) class_body: bool,
    /// An `async def`: calling it makes a coroutine (`CODE_COROUTINE`), and
    /// `await`, `async for` and `async with` are allowed in it.
    pub(crate) is_async: bool,
}

impl<'a> Unit<'a> {
    pub(crate) fn new(name: &str, scope: Option<Scope>, first_line: u32) -> Self {
        Unit {
            name: name.to_owned(),
            scope,
            b: CodeBuilder::default(),
            fblocks: Vec::new(),
            line: first_line,
            first_line,
            argcount: 0,
            kwonlyargcount: 0,
            posonlyargcount: 0,
            flags: 0,
            is_generator: false,
            class_body: false,
            is_async: false,
        }
    }
}

/// Where the module being compiled sits in the program, for relative
/// imports and for collecting what it imports.
#[derive(Clone, Debug, Default)]
pub(crate) struct ModuleCtx {
    /// Absolute dotted name (`__main__` for the main script).
    pub(crate) name: String,
    /// A package's `__init__.py`: relative imports are against the package itself.
    pub(crate) is_package: bool,
    /// Interactive input: expression statements echo their value (`PrintExpr`).
    pub(crate) interactive: bool,
}

/// Compiles one source file into an image.
pub(crate) struct Compiler<'a> {
    pub(crate) ctx: ModuleCtx,
    /// Absolute names of the modules this source may import, in order
    /// (`from pkg import name` adds `pkg.name` too, a submodule if such a
    /// file exists); `program.rs` resolves them.
    pub(crate) imports: Vec<String>,
    /// Index of this module's body code object.
    body_index: usize,
    pub(crate) src: SourceMap<'a>,
    pub(crate) pools: Pools,
    /// Code objects by index; `None` while a function is still being compiled.
    pub(crate) codes: Vec<Option<CodeObject>>,
    filename: u16,
    pub(crate) unit: Unit<'a>,
    /// Enclosing units, innermost last (to detect closures).
    pub(crate) outer: Vec<Unit<'a>>,
    /// Current nesting of expressions and statements being compiled.
    pub(crate) nesting: u32,
}

/// Deepest nesting of expressions/statements compiled, so that the recursive
/// code generator cannot overflow the host stack on pathological input.
pub(crate) const MAX_NESTING: u32 = 200;

impl<'a> Compiler<'a> {
    /// A compiler for one more module of a program whose names, constants
    /// and code objects so far are `pools` and `codes`; its body becomes
    /// the next code object.
    pub(crate) fn continuing(
        source: &'a str,
        filename: &str,
        pools: Pools,
        mut codes: Vec<Option<CodeObject>>,
        ctx: ModuleCtx,
    ) -> R<Self> {
        let body_index = codes.len();
        codes.push(None);
        let mut c = Compiler {
            ctx,
            imports: Vec::new(),
            body_index,
            src: SourceMap::new(source),
            pools,
            codes,
            filename: 0,
            unit: Unit::new("<module>", None, 1),
            outer: Vec::new(),
            nesting: 0,
        };
        c.filename = c.name_index(filename, 0..0)?;
        Ok(c)
    }

    /// Compiles the module body into its code object and gives back the
    /// tables (for the next module) and what the module imports.
    pub(crate) fn module_parts(
        mut self,
        body: &'a [Stmt],
    ) -> R<(Pools, Vec<Option<CodeObject>>, Vec<String>)> {
        self.body(body)?;
        self.emit(Op::LoadNone);
        self.emit(Op::ReturnValue);
        let unit = std::mem::replace(&mut self.unit, Unit::new("", None, 1));
        let code = self.finish_unit(unit)?;
        self.codes[self.body_index] = Some(code);
        Ok((self.pools, self.codes, self.imports))
    }

    // ---- errors -------------------------------------------------------

    pub(crate) fn error_at<T>(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        range: std::ops::Range<usize>,
    ) -> R<T> {
        Err(self.src.error(kind, msg, range.start, range.end))
    }

    /// A `NotImplemented` error located at `node`.
    pub(crate) fn unsupported<T>(&self, what: impl Into<String>, node: &impl Ranged) -> R<T> {
        self.error_at(ErrorKind::NotImplemented, what, range(node))
    }

    /// A `SyntaxError` located at `node`.
    pub(crate) fn syntax<T>(&self, what: impl Into<String>, node: &impl Ranged) -> R<T> {
        self.error_at(ErrorKind::SyntaxError, what, range(node))
    }

    fn pool_error(&self, e: PoolFull, at: std::ops::Range<usize>) -> CompileError {
        self.src.error(
            ErrorKind::NotImplemented,
            format!("too many {} in one program (at most 65536)", e.0),
            at.start,
            at.end,
        )
    }

    /// Runs `f` one nesting level deeper, failing cleanly past [`MAX_NESTING`].
    pub(crate) fn nested(
        &mut self,
        node: &impl Ranged,
        f: impl FnOnce(&mut Self) -> R<()>,
    ) -> R<()> {
        if self.nesting >= MAX_NESTING {
            return self.unsupported(
                format!("code nested too deeply (more than {MAX_NESTING} levels)"),
                node,
            );
        }
        self.nesting += 1;
        let r = f(self);
        self.nesting -= 1;
        r
    }

    // ---- pools --------------------------------------------------------

    pub(crate) fn name_index(&mut self, name: &str, at: std::ops::Range<usize>) -> R<u16> {
        self.pools.name(name).map_err(|e| self.pool_error(e, at))
    }

    pub(crate) fn const_index(&mut self, c: Const) -> R<u16> {
        let line = self.unit.line as usize;
        self.pools.constant(c).map_err(|e| CompileError {
            kind: ErrorKind::NotImplemented,
            message: format!("too many {} in one program (at most 65536)", e.0),
            line,
            column: 1,
            end_column: None,
        })
    }

    // ---- emitting -----------------------------------------------------

    /// The source line of byte offset `off`.
    pub(crate) fn line_at(&self, off: usize) -> u32 {
        self.src.line(off) as u32
    }

    /// Moves the current line to that of `node` (for the line table).
    pub(crate) fn set_line(&mut self, node: &impl Ranged) {
        self.unit.line = self.line_at(node.start().to_usize());
    }

    fn handler(&self) -> Option<HandlerRef> {
        self.unit.fblocks.iter().rev().find_map(|f| f.handler)
    }

    fn push_instr(&mut self, op: Op, arg: Arg) {
        let h = self.handler();
        let line = self.unit.line;
        self.unit.b.emit(op, arg, line, h);
    }

    pub(crate) fn emit(&mut self, op: Op) {
        self.push_instr(op, Arg::None);
    }

    pub(crate) fn emit_arg(&mut self, op: Op, arg: u16) {
        self.push_instr(op, Arg::Imm(arg));
    }

    pub(crate) fn emit_jump(&mut self, op: Op, to: Label) {
        self.push_instr(op, Arg::Label(to));
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.unit.b.new_label()
    }

    pub(crate) fn bind(&mut self, l: Label) {
        self.unit.b.bind(l);
    }

    pub(crate) fn load_const(&mut self, c: Const) -> R<()> {
        let i = self.const_index(c)?;
        self.emit_arg(Op::LoadConst, i);
        Ok(())
    }

    /// An operand that must fit the one-byte count of `op` (argument counts, unpack sizes).
    pub(crate) fn emit_count(&mut self, op: Op, n: usize, what: &str, node: &impl Ranged) -> R<()> {
        match u8::try_from(n) {
            Ok(n) => {
                self.emit_arg(op, u16::from(n));
                Ok(())
            }
            Err(_) => self.unsupported(format!("more than 255 {what}"), node),
        }
    }

    /// An operand that must fit a two-byte count (display sizes).
    pub(crate) fn emit_count16(&mut self, op: Op, n: usize, node: &impl Ranged) -> R<()> {
        match u16::try_from(n) {
            Ok(n) => {
                self.emit_arg(op, n);
                Ok(())
            }
            Err(_) => self.unsupported("more than 65535 items in a display", node),
        }
    }

    // ---- control blocks -----------------------------------------------

    /// Stack depth at statement level inside the current blocks.
    pub(crate) fn block_depth(&self) -> u16 {
        self.unit.fblocks.iter().map(|f| f.kind.stack_items()).sum()
    }

    pub(crate) fn push_block(&mut self, kind: FKind<'a>, handler: Option<Label>) {
        // A handler unwinds to the depth at which the block starts.
        let depth = self.block_depth();
        let handler = handler.map(|target| HandlerRef { target, depth });
        self.unit.fblocks.push(FBlock { kind, handler });
    }

    /// Like `push_block`, but the handler unwinds to the explicit `depth`.
    pub(crate) fn push_block_depth(&mut self, kind: FKind<'a>, handler: Label, depth: u16) {
        let handler = Some(HandlerRef {
            target: handler,
            depth,
        });
        self.unit.fblocks.push(FBlock { kind, handler });
    }

    pub(crate) fn pop_block(&mut self) {
        self.unit.fblocks.pop();
    }

    // ---- names --------------------------------------------------------

    fn access(&self, name: &str) -> Access {
        match &self.unit.scope {
            None => Access::Global,
            Some(s) if s.globals.contains(name) => Access::Global,
            Some(s) => s.access(name),
        }
    }

    pub(crate) fn load_name(&mut self, name: &str, node: &impl Ranged) -> R<()> {
        if self.unit.class_body {
            if let Some(s) = &self.unit.scope {
                if let (Access::Free(i), false) = (s.access(name), s.class_binds(name)) {
                    self.emit_arg(Op::LoadFreeDeref, i as u16);
                    return Ok(());
                }
            }
            let mangled = self.mangle(name);
            let i = self.name_index(mangled.as_deref().unwrap_or(name), range(node))?;
            self.emit_arg(Op::LoadName, i);
            return Ok(());
        }
        match self.access(name) {
            Access::Fast(i) => self.emit_arg(Op::LoadFast, i as u16),
            Access::Cell(i) => self.emit_arg(Op::LoadDeref, i as u16),
            Access::Free(i) => self.emit_arg(Op::LoadFreeDeref, i as u16),
            Access::Global => {
                let i = self.name_index(name, range(node))?;
                self.emit_arg(Op::LoadGlobal, i);
            }
        }
        Ok(())
    }

    pub(crate) fn store_name(&mut self, name: &str, node: &impl Ranged) -> R<()> {
        if self.unit.class_body {
            let mangled = self.mangle(name);
            let i = self.name_index(mangled.as_deref().unwrap_or(name), range(node))?;
            self.emit_arg(Op::StoreName, i);
            return Ok(());
        }
        match self.access(name) {
            Access::Fast(i) => self.emit_arg(Op::StoreFast, i as u16),
            Access::Cell(i) | Access::Free(i) => self.emit_arg(Op::StoreDeref, i as u16),
            Access::Global => {
                let i = self.name_index(name, range(node))?;
                self.emit_arg(Op::StoreGlobal, i);
            }
        }
        Ok(())
    }

    pub(crate) fn delete_name(&mut self, name: &str, node: &impl Ranged) -> R<()> {
        if self.unit.class_body {
            let mangled = self.mangle(name);
            let i = self.name_index(mangled.as_deref().unwrap_or(name), range(node))?;
            self.emit_arg(Op::DeleteName, i);
            return Ok(());
        }
        match self.access(name) {
            Access::Fast(i) => self.emit_arg(Op::DeleteFast, i as u16),
            Access::Cell(i) | Access::Free(i) => self.emit_arg(Op::DeleteDeref, i as u16),
            Access::Global => {
                let i = self.name_index(name, range(node))?;
                self.emit_arg(Op::DeleteGlobal, i);
            }
        }
        Ok(())
    }

    /// Whether an enclosing function binds `name` (`None`: no enclosing
    /// function, only the module). Asked while the enclosing unit is current.
    fn enclosing_binds(&self, name: &str) -> Option<bool> {
        let mut any = false;
        for u in std::iter::once(&self.unit).chain(self.outer.iter().rev()) {
            let Some(s) = &u.scope else { break };
            any = true;
            if s.globals.contains(name) {
                return Some(false);
            }
            if s.is_local(name) {
                return Some(true);
            }
        }
        any.then_some(false)
    }

    /// The `__qualname__` of a function named `name` defined in the current
    /// unit: `outer.<locals>.name` inside a function, `name` at module level,
    /// `<listcomp>.name` inside a comprehension (as CPython names them).
    pub(crate) fn qualname(&self, name: &str) -> String {
        let parent = &self.unit.name;
        let comprehension = ["<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>"]
            .iter()
            .any(|c| parent.ends_with(c));
        match &self.unit.scope {
            None => name.to_owned(),
            Some(_) if comprehension || self.unit.class_body => format!("{parent}.{name}"),
            Some(_) => format!("{parent}.<locals>.{name}"),
        }
    }

    /// Resolves the scope of a nested function or comprehension.
    pub(crate) fn analyze_scope(
        &self,
        params: &[String],
        names: &Names,
        name: &str,
        node: &impl Ranged,
    ) -> R<Scope> {
        let scope = Scope::analyze(params, names, &|n| self.enclosing_binds(n))
            .map_err(|e| self.src.error(ErrorKind::SyntaxError, e.0, e.1, e.1))?;
        if scope.locals.len() > 255 {
            return self.unsupported(
                format!("more than 255 local variables in function '{name}'"),
                node,
            );
        }
        Ok(scope)
    }

    /// Compiles a nested code unit (function, lambda or comprehension body)
    /// with `emit_body`, then leaves the function object on the stack,
    /// capturing its free variables. Defaults must already be on the stack.
    pub(crate) fn nested_unit(
        &mut self,
        mut unit: Unit<'a>,
        node: &impl Ranged,
        emit_body: impl FnOnce(&mut Self) -> R<()>,
    ) -> R<()> {
        let index = match u16::try_from(self.codes.len()) {
            Ok(i) => i,
            Err(_) => return self.unsupported("too many functions (at most 65536)", node),
        };
        self.codes.push(None);
        let frees = unit
            .scope
            .as_ref()
            .map(|s| s.free_names())
            .unwrap_or_default();
        let cells = unit
            .scope
            .as_ref()
            .map(|s| s.cell_slots())
            .unwrap_or_default();
        // Captured locals (parameters included) become cells on entry.
        for c in cells {
            let line = unit.line;
            unit.b.emit(Op::MakeCell, Arg::Imm(c as u16), line, None);
        }
        let saved = std::mem::replace(&mut self.unit, unit);
        self.outer.push(saved);
        let result = emit_body(self);
        let saved = self.outer.pop().expect("pushed above");
        let unit = std::mem::replace(&mut self.unit, saved);
        result?;
        let code = self.finish_unit(unit)?;
        self.codes[index as usize] = Some(code);
        // For disassembly: the function's code object is referenced from the pool.
        self.const_index(Const::Code(index))?;
        if frees.is_empty() {
            self.emit_arg(Op::MakeFunction, index);
        } else {
            // The closure: this function's cells (or its own free
            // variables' cells) for each of the inner function's free names.
            for f in &frees {
                match self.access(f) {
                    Access::Cell(i) | Access::Free(i) => self.emit_arg(Op::LoadFast, i as u16),
                    _ => {
                        return Err(CompileError {
                            kind: ErrorKind::NotImplemented,
                            message: format!("internal compiler error: '{f}' is not a cell"),
                            line: self.unit.line as usize,
                            column: 1,
                            end_column: None,
                        })
                    }
                }
            }
            self.emit_count16(Op::BuildTuple, frees.len(), node)?;
            self.emit_arg(Op::MakeClosure, index);
        }
        Ok(())
    }

    // ---- functions ----------------------------------------------------

    /// Compiles a function (or lambda) and leaves the new function object on the stack.
    pub(crate) fn make_function(
        &mut self,
        name: &str,
        args: &'a ast::Arguments,
        body: FnBody<'a>,
        node: &impl Ranged,
        is_async: bool,
    ) -> R<()> {
        // `MakeFunction` pops the positional defaults (a tuple aligned with the
        // end of the positional parameters) and the keyword-only defaults (a
        // dict by name), like CPython's `__defaults__` and `__kwdefaults__`.
        let defaults: Vec<&ast::Expr> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(|p| p.default.as_deref())
            .collect();
        if defaults.is_empty() {
            self.emit(Op::LoadNone);
        } else {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit_arg(Op::BuildTuple, defaults.len() as u16);
        }
        let kwdefaults: Vec<(&str, &ast::Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|p| p.default.as_deref().map(|d| (p.def.arg.as_str(), d)))
            .collect();
        if kwdefaults.is_empty() {
            self.emit(Op::LoadNone);
        } else {
            for (k, d) in &kwdefaults {
                let c = self.const_index(Const::Str((*k).to_string()))?;
                self.emit_arg(Op::LoadConst, c);
                self.expr(d)?;
            }
            self.emit_arg(Op::BuildMap, kwdefaults.len() as u16);
        }

        let params = param_names(args);
        let names = match body {
            FnBody::Stmts(s) => Names::of_function(s, None),
            FnBody::Expr(e) => Names::of_function(&[], Some(e)),
        };
        let scope = self.analyze_scope(&params, &names, name, node)?;
        let npositional = args.posonlyargs.len() + args.args.len();
        if npositional > 255 || args.kwonlyargs.len() > 255 {
            return self.unsupported("more than 255 parameters", node);
        }
        let first_line = self.line_at(node.start().to_usize());
        let mut unit = Unit::new(&self.qualname(name), Some(scope), first_line);
        unit.argcount = npositional as u8;
        unit.posonlyargcount = args.posonlyargs.len() as u8;
        unit.kwonlyargcount = args.kwonlyargs.len() as u8;
        unit.is_async = is_async;
        if args.vararg.is_some() {
            unit.flags |= CODE_VARARGS;
        }
        if args.kwarg.is_some() {
            unit.flags |= CODE_VARKW;
        }
        self.nested_unit(unit, node, |c| match body {
            FnBody::Stmts(s) => c.body(s).map(|()| {
                c.emit(Op::LoadNone);
                c.emit(Op::ReturnValue);
            }),
            FnBody::Expr(e) => {
                c.set_line(e);
                c.expr(e).map(|()| c.emit(Op::ReturnValue))
            }
        })
    }

    /// Compiles a class body into a function of one parameter (the namespace
    /// dict) and leaves the function on the stack.
    pub(crate) fn make_class_body(
        &mut self,
        name: &str,
        body: &'a [Stmt],
        node: &impl Ranged,
    ) -> R<()> {
        let names = Names::of_function(body, None);
        let scope = Scope::class_body(&names, &|n| self.enclosing_binds(n));
        let first_line = self.line_at(node.start().to_usize());
        let mut unit = Unit::new(&self.qualname(name), Some(scope), first_line);
        unit.argcount = 1;
        unit.class_body = true;
        // No defaults.
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        // `__doc__`: the docstring, else None (as CPython's class namespace has).
        let doc = match body.first() {
            Some(Stmt::Expr(e)) => match e.value.as_ref() {
                ast::Expr::Constant(k) => match &k.value {
                    ast::Constant::Str(s) => Some(s.clone()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        self.nested_unit(unit, node, |c| {
            match doc {
                Some(s) => c.load_const(Const::Str(s))?,
                None => c.emit(Op::LoadNone),
            }
            c.store_name("__doc__", node)?;
            c.body(body).map(|()| {
                c.emit(Op::LoadNone);
                c.emit(Op::ReturnValue);
            })
        })
    }

    fn finish_unit(&mut self, unit: Unit<'a>) -> R<CodeObject> {
        let line = unit.first_line as usize;
        let fail = |message: String| CompileError {
            kind: ErrorKind::NotImplemented,
            message,
            line,
            column: 1,
            end_column: None,
        };
        let asm = unit.b.assemble().map_err(|m| {
            if m.contains("too large") {
                fail(format!("function '{}': {m}", unit.name))
            } else {
                fail(format!("internal compiler error in '{}': {m}", unit.name))
            }
        })?;
        let name = self.name_index(&unit.name, 0..0)?;
        let mut local_names = Vec::new();
        if let Some(s) = &unit.scope {
            for l in &s.locals {
                local_names.push(self.name_index(l, 0..0)?);
            }
        }
        Ok(CodeObject {
            name,
            filename: self.filename,
            first_line: unit.first_line,
            argcount: unit.argcount,
            kwonlyargcount: unit.kwonlyargcount,
            posonlyargcount: unit.posonlyargcount,
            flags: unit.flags
                | if unit.is_async && unit.is_generator {
                    vm::bytecode::CODE_GENERATOR | vm::bytecode::CODE_ASYNC_GENERATOR
                } else if unit.is_async {
                    // A coroutine runs on the generator machinery.
                    vm::bytecode::CODE_GENERATOR | vm::bytecode::CODE_COROUTINE
                } else if unit.is_generator {
                    vm::bytecode::CODE_GENERATOR
                } else {
                    0
                },
            local_names,
            max_stack: asm.max_stack,
            code: asm.code,
            lines: asm.lines,
            handlers: asm.handlers,
        })
    }
}

/// The body of a function being compiled.
#[derive(Clone, Copy)]
pub(crate) enum FnBody<'a> {
    /// A `def` body.
    Stmts(&'a [Stmt]),
    /// A `lambda` body.
    Expr(&'a ast::Expr),
}

/// The byte range of a node.
pub(crate) fn range(node: &impl Ranged) -> std::ops::Range<usize> {
    node.start().to_usize()..node.end().to_usize()
}
