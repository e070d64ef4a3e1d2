//! Which names of a function are locals (fast slots), cells (locals that an
//! inner function captures), free variables (captured from an enclosing
//! function) and globals, as CPython's symbol table decides.
//!
//! A name is local if it is a parameter or bound anywhere in the function
//! body (assignment, augmented assignment, `for` target, `except ... as`,
//! `def`, `import`, `del`, `:=`) and not declared `global` or `nonlocal`.
//! Nested scopes (functions, lambdas, comprehensions, class bodies) are
//! walked only to learn which names they use freely: those that this
//! function binds become its cells, the rest pass through as its own free
//! variables when some enclosing function binds them.

use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::{HashMap, HashSet};

/// The resolved scope of one function (or comprehension).
#[derive(Debug, Default)]
pub(crate) struct Scope {
    /// Local slot names in order: parameters, other locals, then free variables.
    pub(crate) locals: Vec<String>,
    slots: HashMap<String, usize>,
    /// Names that resolve to module globals (declared, or a comprehension's
    /// `:=` target at module level).
    pub(crate) globals: HashSet<String>,
    /// Locals captured by inner scopes: their slot holds a cell.
    pub(crate) cells: HashSet<String>,
    /// Free variables: their slot holds a cell of an enclosing function.
    pub(crate) frees: HashSet<String>,
    /// For a class body: the names it binds (in its namespace dict).
    class_bound: HashSet<String>,
}

/// How a name is accessed in some scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Access {
    /// A plain local slot.
    Fast(usize),
    /// A local slot holding this function's own cell.
    Cell(usize),
    /// A local slot holding an enclosing function's cell.
    Free(usize),
    /// A module global (or builtin).
    Global,
}

/// A scope error: message and byte offset (all are `SyntaxError`s).
pub(crate) struct ScopeError(pub(crate) String, pub(crate) usize);

/// What the walk of one scope's code found.
#[derive(Default)]
pub(crate) struct Names {
    /// Names bound in this scope, in order of first binding.
    bound: Vec<String>,
    /// Every name read, written or deleted in this scope.
    used: HashSet<String>,
    globals: Vec<(String, usize)>,
    nonlocals: Vec<(String, usize)>,
    /// Names used freely by directly nested scopes.
    child_free: HashSet<String>,
    /// `:=` targets inside a comprehension (they bind in the enclosing function).
    walrus: Vec<String>,
    /// Whether this is a comprehension's scope.
    comprehension: bool,
    /// Whether an `await` appears in this scope (a generator expression
    /// with one is an asynchronous generator).
    pub(crate) awaits: bool,
}

impl Names {
    /// The names of a `def`/`lambda` body.
    pub(crate) fn of_function(body: &[Stmt], lambda: Option<&Expr>) -> Names {
        let mut n = Names::default();
        n.stmts(body);
        if let Some(e) = lambda {
            n.expr(e);
        }
        n
    }

    /// The names of a comprehension's own scope: every clause but the first
    /// iterable (evaluated outside), and the element expressions.
    pub(crate) fn of_comprehension(gens: &[ast::Comprehension], elts: &[&Expr]) -> Names {
        let mut n = Names {
            comprehension: true,
            ..Names::default()
        };
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                n.expr(&g.iter);
            }
            n.target(&g.target);
            n.exprs(&g.ifs);
        }
        for e in elts {
            n.expr(e);
        }
        n
    }

    /// Names this scope leaves to enclosing scopes, given its parameters.
    fn free(&self, params: &[String]) -> HashSet<String> {
        let globals: HashSet<&str> = self.globals.iter().map(|g| g.0.as_str()).collect();
        let nonlocal: HashSet<&str> = self
            .nonlocals
            .iter()
            .map(|g| g.0.as_str())
            .chain(self.walrus.iter().map(String::as_str))
            .collect();
        let local = |n: &str| {
            !globals.contains(n)
                && !nonlocal.contains(n)
                && (params.iter().any(|p| p == n) || self.bound.iter().any(|b| b == n))
        };
        self.used
            .iter()
            .chain(&self.child_free)
            .chain(self.nonlocals.iter().map(|g| &g.0))
            .chain(&self.walrus)
            .filter(|n| !local(n) && !globals.contains(n.as_str()))
            .cloned()
            .collect()
    }

    fn bind(&mut self, name: &str) {
        self.used.insert(name.to_owned());
        if !self.bound.iter().any(|b| b == name) {
            self.bound.push(name.to_owned());
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.bind(&n.id),
            Expr::Tuple(x) => x.elts.iter().for_each(|e| self.target(e)),
            Expr::List(x) => x.elts.iter().for_each(|e| self.target(e)),
            Expr::Starred(x) => self.target(&x.value),
            other => self.expr(other),
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        body.iter().for_each(|s| self.stmt(s));
    }

    fn exprs(&mut self, es: &[Expr]) {
        es.iter().for_each(|e| self.expr(e));
    }

    /// Parameters' defaults are evaluated in this scope; the body is a child.
    fn function(&mut self, args: &ast::Arguments, body: &[Stmt], lambda: Option<&Expr>) {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
        let child = Names::of_function(body, lambda);
        let params = param_names(args);
        self.child_free.extend(child.free(&params));
    }

    fn comprehension(&mut self, gens: &[ast::Comprehension], elts: &[&Expr]) {
        if let Some(g) = gens.first() {
            self.expr(&g.iter);
        }
        let child = Names::of_comprehension(gens, elts);
        for w in &child.walrus {
            if self.comprehension {
                self.used.insert(w.clone());
                self.walrus.push(w.clone());
            } else {
                self.bind(w);
            }
        }
        self.child_free.extend(child.free(&[".0".to_owned()]));
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                self.exprs(&f.decorator_list);
                self.function(&f.args, &f.body, None);
                self.bind(&f.name);
            }
            Stmt::AsyncFunctionDef(f) => {
                self.exprs(&f.decorator_list);
                self.function(&f.args, &f.body, None);
                self.bind(&f.name);
            }
            Stmt::ClassDef(c) => {
                self.exprs(&c.decorator_list);
                self.exprs(&c.bases);
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                // Names bound in a class body are not visible to its
                // methods, so whatever the body or its methods use freely,
                // other than class-level names used directly, passes through.
                let body = Names::of_function(&c.body, None);
                let globals: HashSet<&str> = body.globals.iter().map(|g| g.0.as_str()).collect();
                for n in &body.used {
                    if !body.bound.contains(n) && !globals.contains(n.as_str()) {
                        self.child_free.insert(n.clone());
                    }
                }
                for n in &body.child_free {
                    if !globals.contains(n.as_str()) {
                        self.child_free.insert(n.clone());
                    }
                }
                self.bind(&c.name);
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.target(t)),
            Stmt::Assign(a) => {
                a.targets.iter().for_each(|t| self.target(t));
                self.expr(&a.value);
            }
            Stmt::TypeAlias(_) => {}
            Stmt::AugAssign(a) => {
                self.target(&a.target);
                self.expr(&a.value);
            }
            Stmt::AnnAssign(a) => {
                self.target(&a.target);
                if let Some(v) = &a.value {
                    self.expr(v);
                }
            }
            Stmt::For(f) => {
                self.target(&f.target);
                self.expr(&f.iter);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::AsyncFor(f) => {
                self.target(&f.target);
                self.expr(&f.iter);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for ast::ExceptHandler::ExceptHandler(h) in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::TryStar(t) => {
                self.stmts(&t.body);
                for ast::ExceptHandler::ExceptHandler(h) in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.bind(&import_binding(a));
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.bind(a.asname.as_ref().unwrap_or(&a.name));
                }
            }
            Stmt::Global(g) => {
                let at = ast::Ranged::start(s).to_usize();
                for n in &g.names {
                    self.globals.push((n.to_string(), at));
                }
            }
            Stmt::Nonlocal(g) => {
                let at = ast::Ranged::start(s).to_usize();
                for n in &g.names {
                    self.nonlocals.push((n.to_string(), at));
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                self.used.insert(n.id.to_string());
            }
            Expr::BoolOp(b) => self.exprs(&b.values),
            Expr::NamedExpr(n) => {
                self.expr(&n.value);
                if let Expr::Name(t) = n.target.as_ref() {
                    if self.comprehension {
                        self.used.insert(t.id.to_string());
                        self.walrus.push(t.id.to_string());
                    } else {
                        self.bind(&t.id);
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => self.function(&l.args, &[], Some(&l.body)),
            Expr::IfExp(x) => {
                self.expr(&x.test);
                self.expr(&x.body);
                self.expr(&x.orelse);
            }
            Expr::Dict(d) => {
                d.keys.iter().flatten().for_each(|k| self.expr(k));
                self.exprs(&d.values);
            }
            Expr::Set(s) => self.exprs(&s.elts),
            Expr::ListComp(c) => self.comprehension(&c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(&c.generators, &[&c.elt]),
            Expr::GeneratorExp(c) => self.comprehension(&c.generators, &[&c.elt]),
            Expr::DictComp(c) => self.comprehension(&c.generators, &[&c.key, &c.value]),
            Expr::Await(a) => {
                self.awaits = true;
                self.expr(&a.value)
            }
            Expr::Yield(y) => {
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => self.expr(&y.value),
            Expr::Compare(c) => {
                self.expr(&c.left);
                self.exprs(&c.comparators);
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                self.exprs(&c.args);
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value);
                if let Some(s) = &f.format_spec {
                    self.expr(s);
                }
            }
            Expr::JoinedStr(j) => self.exprs(&j.values),
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::List(l) => self.exprs(&l.elts),
            Expr::Tuple(t) => self.exprs(&t.elts),
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }
}

/// Parameter names in slot order: positional, keyword-only, `*args`, `**kwargs`.
pub(crate) fn param_names(args: &ast::Arguments) -> Vec<String> {
    let mut v: Vec<String> = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.kwonlyargs)
        .map(|a| a.def.arg.to_string())
        .collect();
    if let Some(a) = &args.vararg {
        v.push(a.arg.to_string());
    }
    if let Some(a) = &args.kwarg {
        v.push(a.arg.to_string());
    }
    v
}

impl Scope {
    /// Resolves a scope from its parameters and the names its code uses.
    /// `enclosing(name)` says whether an enclosing function binds `name`
    /// (so it can be captured); `None` when there is no enclosing function.
    pub(crate) fn analyze(
        params: &[String],
        names: &Names,
        enclosing: &dyn Fn(&str) -> Option<bool>,
    ) -> Result<Scope, ScopeError> {
        let mut scope = Scope::default();
        for (name, at) in &names.globals {
            if params.contains(name) {
                return Err(ScopeError(
                    format!("name '{name}' is parameter and global"),
                    *at,
                ));
            }
            scope.globals.insert(name.clone());
        }
        let mut nonlocal = HashSet::new();
        for (name, at) in &names.nonlocals {
            if params.contains(name) {
                return Err(ScopeError(
                    format!("name '{name}' is parameter and nonlocal"),
                    *at,
                ));
            }
            if scope.globals.contains(name) {
                return Err(ScopeError(
                    format!("name '{name}' is nonlocal and global"),
                    *at,
                ));
            }
            match enclosing(name) {
                None | Some(false) => {
                    return Err(ScopeError(
                        format!("no binding for nonlocal '{name}' found"),
                        *at,
                    ))
                }
                Some(true) => {}
            }
            nonlocal.insert(name.clone());
        }
        // A comprehension's `:=` target belongs to the enclosing function,
        // or is a global at module level.
        for w in &names.walrus {
            match enclosing(w) {
                Some(true) => {
                    nonlocal.insert(w.clone());
                }
                _ => {
                    scope.globals.insert(w.clone());
                }
            }
        }
        for p in params {
            scope.bind(p);
        }
        for name in &names.bound {
            if !nonlocal.contains(name) {
                scope.bind(name);
            }
        }
        for name in &names.child_free {
            if scope.slots.contains_key(name) {
                scope.cells.insert(name.clone());
            }
        }
        let mut free: Vec<String> = names
            .free(params)
            .into_iter()
            .filter(|n| !scope.slots.contains_key(n) && !scope.globals.contains(n))
            .filter(|n| nonlocal.contains(n) || enclosing(n) == Some(true))
            .collect();
        free.sort();
        for name in free {
            scope.bind(&name);
            scope.frees.insert(name);
        }
        Ok(scope)
    }

    fn bind(&mut self, name: &str) {
        if self.globals.contains(name) || self.slots.contains_key(name) {
            return;
        }
        self.slots.insert(name.to_owned(), self.locals.len());
        self.locals.push(name.to_owned());
    }

    /// How `name` is accessed in this function.
    pub(crate) fn access(&self, name: &str) -> Access {
        match self.slots.get(name) {
            Some(&i) if self.frees.contains(name) => Access::Free(i),
            Some(&i) if self.cells.contains(name) => Access::Cell(i),
            Some(&i) => Access::Fast(i),
            None => Access::Global,
        }
    }

    /// Whether `name` has a slot here (local, cell or free): what an inner
    /// function can capture.
    pub(crate) fn is_local(&self, name: &str) -> bool {
        self.slots.contains_key(name)
    }

    /// The scope of a class body: its names live in the namespace dict (local
    /// 0, `.ns`), so it has no other locals. Names it or its methods use
    /// freely that an enclosing function binds become its free variables:
    /// read directly when the body does not bind them (CPython's
    /// `LOAD_CLASSDEREF`), and passed on to the methods' closures.
    pub(crate) fn class_body(names: &Names, enclosing: &dyn Fn(&str) -> Option<bool>) -> Scope {
        let mut scope = Scope::default();
        scope.bind(".ns");
        for (g, _) in &names.globals {
            scope.globals.insert(g.clone());
        }
        let mut free: Vec<String> = names
            .used
            .iter()
            .filter(|n| !names.bound.contains(n))
            .chain(&names.child_free)
            .filter(|n| !scope.globals.contains(*n) && enclosing(n) == Some(true))
            .cloned()
            .collect();
        free.sort();
        free.dedup();
        for name in free {
            scope.bind(&name);
            scope.frees.insert(name);
        }
        scope.class_bound = names.bound.iter().cloned().collect();
        scope
    }

    /// Whether a class body binds `name` (so reads go to its namespace).
    pub(crate) fn class_binds(&self, name: &str) -> bool {
        self.class_bound.contains(name)
    }

    /// Slots of this function's own cells, in slot order (made at entry).
    pub(crate) fn cell_slots(&self) -> Vec<usize> {
        let mut v: Vec<usize> = self.cells.iter().map(|c| self.slots[c]).collect();
        v.sort_unstable();
        v
    }

    /// Free variable names in slot order (the closure tuple's order).
    pub(crate) fn free_names(&self) -> Vec<String> {
        self.locals
            .iter()
            .filter(|n| self.frees.contains(*n))
            .cloned()
            .collect()
    }
}

/// The name `import a.b.c [as n]` binds: `n`, else the top-level package `a`.
pub(crate) fn import_binding(a: &ast::Alias) -> String {
    match &a.asname {
        Some(n) => n.to_string(),
        None => a.name.split('.').next().unwrap_or("").to_owned(),
    }
}
