//! Which names of a function are locals (fast slots) and which are globals.
//!
//! A name is local if it is a parameter or bound anywhere in the function
//! body (assignment, augmented assignment, `for` target, `except ... as`,
//! `def`, `import`, `del`) and not declared `global`. Nested function bodies
//! are separate scopes and are not walked.

use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::{HashMap, HashSet};

/// The resolved scope of one function.
#[derive(Debug, Default)]
pub(crate) struct Scope {
    /// Local names in slot order, parameters first.
    pub(crate) locals: Vec<String>,
    slots: HashMap<String, usize>,
    /// Names declared `global` in this function.
    pub(crate) globals: HashSet<String>,
}

/// How a name is accessed in some scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Access {
    Fast(usize),
    Global,
}

/// A `global` declaration that conflicts with a parameter: `(name, byte offset)`.
pub(crate) struct ParamGlobal(pub(crate) String, pub(crate) usize);

impl Scope {
    /// Resolves a function's scope from its parameter names and body.
    pub(crate) fn analyze(params: &[&str], body: &[Stmt]) -> Result<Scope, ParamGlobal> {
        let mut scope = Scope::default();
        let mut global_at = Vec::new();
        collect_globals(body, &mut global_at);
        for (name, at) in global_at {
            if params.contains(&name.as_str()) {
                return Err(ParamGlobal(name, at));
            }
            scope.globals.insert(name);
        }
        for p in params {
            scope.bind(p);
        }
        let mut bound = Vec::new();
        collect_bindings(body, &mut bound);
        for name in bound {
            scope.bind(&name);
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
            Some(&i) => Access::Fast(i),
            None => Access::Global,
        }
    }

    /// Whether `name` is a local of this function (what an inner function would capture).
    pub(crate) fn is_local(&self, name: &str) -> bool {
        self.slots.contains_key(name)
    }
}

fn collect_globals(body: &[Stmt], out: &mut Vec<(String, usize)>) {
    for s in body {
        if let Stmt::Global(g) = s {
            for n in &g.names {
                out.push((n.to_string(), ast::Ranged::start(s).to_usize()));
            }
        }
        for_each_block(s, &mut |b| collect_globals(b, out));
    }
}

/// Calls `f` on every statement block nested directly in `s` (not in nested scopes).
fn for_each_block<'a>(s: &'a Stmt, f: &mut dyn FnMut(&'a [Stmt])) {
    match s {
        Stmt::If(x) => {
            f(&x.body);
            f(&x.orelse);
        }
        Stmt::While(x) => {
            f(&x.body);
            f(&x.orelse);
        }
        Stmt::For(x) => {
            f(&x.body);
            f(&x.orelse);
        }
        Stmt::AsyncFor(x) => {
            f(&x.body);
            f(&x.orelse);
        }
        Stmt::With(x) => f(&x.body),
        Stmt::AsyncWith(x) => f(&x.body),
        Stmt::Try(x) => {
            f(&x.body);
            for ast::ExceptHandler::ExceptHandler(h) in &x.handlers {
                f(&h.body);
            }
            f(&x.orelse);
            f(&x.finalbody);
        }
        Stmt::TryStar(x) => {
            f(&x.body);
            for ast::ExceptHandler::ExceptHandler(h) in &x.handlers {
                f(&h.body);
            }
            f(&x.orelse);
            f(&x.finalbody);
        }
        Stmt::Match(x) => {
            for c in &x.cases {
                f(&c.body);
            }
        }
        _ => {}
    }
}

fn collect_bindings(body: &[Stmt], out: &mut Vec<String>) {
    for s in body {
        match s {
            Stmt::Assign(a) => a.targets.iter().for_each(|t| target_names(t, out)),
            Stmt::AugAssign(a) => target_names(&a.target, out),
            Stmt::AnnAssign(a) => target_names(&a.target, out),
            Stmt::For(f) => target_names(&f.target, out),
            Stmt::AsyncFor(f) => target_names(&f.target, out),
            Stmt::Delete(d) => d.targets.iter().for_each(|t| target_names(t, out)),
            Stmt::FunctionDef(f) => out.push(f.name.to_string()),
            Stmt::AsyncFunctionDef(f) => out.push(f.name.to_string()),
            Stmt::ClassDef(c) => out.push(c.name.to_string()),
            Stmt::Import(i) => {
                for a in &i.names {
                    out.push(import_binding(a));
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    out.push(a.asname.as_ref().unwrap_or(&a.name).to_string());
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    if let Some(v) = &item.optional_vars {
                        target_names(v, out);
                    }
                }
            }
            Stmt::Try(t) => {
                for ast::ExceptHandler::ExceptHandler(h) in &t.handlers {
                    if let Some(n) = &h.name {
                        out.push(n.to_string());
                    }
                }
            }
            _ => {}
        }
        for_each_block(s, &mut |b| collect_bindings(b, out));
    }
}

/// The name `import a.b.c [as n]` binds: `n`, else the top-level package `a`.
pub(crate) fn import_binding(a: &ast::Alias) -> String {
    match &a.asname {
        Some(n) => n.to_string(),
        None => a.name.split('.').next().unwrap_or("").to_owned(),
    }
}

fn target_names(t: &Expr, out: &mut Vec<String>) {
    match t {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(x) => x.elts.iter().for_each(|e| target_names(e, out)),
        Expr::List(x) => x.elts.iter().for_each(|e| target_names(e, out)),
        Expr::Starred(x) => target_names(&x.value, out),
        _ => {}
    }
}
