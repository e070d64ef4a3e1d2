//! Which names a function binds (its locals) and which it declares global.

use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::BTreeSet;

/// Names bound in a function body, in first-binding order, and its `global` names.
#[derive(Default)]
pub(crate) struct Scope {
    pub bound: Vec<String>,
    pub globals: BTreeSet<String>,
}

impl Scope {
    fn bind(&mut self, name: &str) {
        if !self.bound.iter().any(|n| n == name) {
            self.bound.push(name.to_string());
        }
    }

    fn target(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|x| self.target(x)),
            Expr::List(t) => t.elts.iter().for_each(|x| self.target(x)),
            Expr::Starred(s) => self.target(&s.value),
            _ => {}
        }
    }

    /// Collects bindings of a statement list (not descending into nested functions).
    pub fn scan(&mut self, body: &[Stmt]) {
        for s in body {
            match s {
                Stmt::FunctionDef(f) => self.bind(f.name.as_str()),
                Stmt::ClassDef(c) => self.bind(c.name.as_str()),
                Stmt::Assign(a) => a.targets.iter().for_each(|t| self.target(t)),
                Stmt::AugAssign(a) => self.target(&a.target),
                Stmt::AnnAssign(a) => self.target(&a.target),
                Stmt::For(f) => {
                    self.target(&f.target);
                    self.scan(&f.body);
                    self.scan(&f.orelse);
                }
                Stmt::While(w) => {
                    self.scan(&w.body);
                    self.scan(&w.orelse);
                }
                Stmt::If(i) => {
                    self.scan(&i.body);
                    self.scan(&i.orelse);
                }
                Stmt::Try(t) => {
                    self.scan(&t.body);
                    for h in &t.handlers {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        if let Some(n) = &h.name {
                            self.bind(n.as_str());
                        }
                        self.scan(&h.body);
                    }
                    self.scan(&t.orelse);
                    self.scan(&t.finalbody);
                }
                Stmt::Delete(d) => d.targets.iter().for_each(|t| self.target(t)),
                Stmt::Import(i) => {
                    for a in &i.names {
                        let name = a.asname.as_ref().unwrap_or(&a.name);
                        self.bind(name.as_str().split('.').next().unwrap_or(""));
                    }
                }
                Stmt::ImportFrom(i) => {
                    for a in &i.names {
                        self.bind(a.asname.as_ref().unwrap_or(&a.name).as_str());
                    }
                }
                Stmt::Global(g) => g.names.iter().for_each(|n| {
                    self.globals.insert(n.to_string());
                }),
                Stmt::With(w) => self.scan(&w.body),
                _ => {}
            }
        }
    }
}
