//! `import` statements. Module names are made absolute here (relative
//! imports are resolved against the module's own package at compile time),
//! and every import is recorded so `program.rs` can compile the modules a
//! program reaches.

use crate::compiler::{range, Compiler, R};
use crate::scope::import_binding;
use rustpython_parser::ast;
use vm::bytecode::Op;

impl<'a> Compiler<'a> {
    /// `import a.b.c [as d], …`
    pub(crate) fn import_stmt(&mut self, i: &'a ast::StmtImport) -> R<()> {
        for a in &i.names {
            self.record_import(&a.name);
            let m = self.name_index(&a.name, range(a))?;
            self.emit_arg(Op::ImportName, m);
            if a.asname.is_none() && a.name.contains('.') {
                // `import a.b` imports `a.b` but binds the top-level package `a`.
                self.emit(Op::PopTop);
                let top = a.name.split('.').next().unwrap_or_default();
                let t = self.name_index(top, range(a))?;
                self.emit_arg(Op::ImportName, t);
            }
            self.store_name(&import_binding(a), a)?;
        }
        Ok(())
    }

    /// `from [.]module import name [as n], …` and `from module import *`.
    pub(crate) fn import_from_stmt(&mut self, i: &'a ast::StmtImportFrom) -> R<()> {
        let level = i.level.map_or(0, |l| l.to_u32());
        let module = self.absolute_module(level, i.module.as_deref(), i)?;
        self.record_import(&module);
        let m = self.name_index(&module, range(i))?;
        self.emit_arg(Op::ImportName, m);
        if i.names.iter().any(|a| a.name.as_str() == "*") {
            if !self.outer.is_empty() {
                return self.syntax("import * only allowed at module level", i);
            }
            self.emit(Op::ImportStar);
            return Ok(());
        }
        for a in &i.names {
            // `from pkg import name` may name a submodule.
            self.record_import(&format!("{module}.{}", a.name));
            let n = self.name_index(&a.name, range(a))?;
            self.emit_arg(Op::ImportFrom, n);
            self.store_name(a.asname.as_ref().unwrap_or(&a.name), a)?;
        }
        self.emit(Op::PopTop);
        Ok(())
    }

    /// The absolute name of `from <level dots><module> import …`.
    fn absolute_module(
        &self,
        level: u32,
        module: Option<&str>,
        node: &ast::StmtImportFrom,
    ) -> R<String> {
        if level == 0 {
            return Ok(module.unwrap_or_default().to_owned());
        }
        let name = self.ctx.name.as_str();
        if name == "__main__" || name.is_empty() || (!self.ctx.is_package && !name.contains('.')) {
            return self.syntax(
                "attempted relative import with no known parent package",
                node,
            );
        }
        // The package this module is in (a package's `__init__` is its own).
        let mut package: Vec<&str> = name.split('.').collect();
        if !self.ctx.is_package {
            package.pop();
        }
        for _ in 1..level {
            if package.len() <= 1 {
                return self.syntax("attempted relative import beyond top-level package", node);
            }
            package.pop();
        }
        let mut abs = package.join(".");
        if let Some(m) = module {
            abs.push('.');
            abs.push_str(m);
        }
        Ok(abs)
    }

    fn record_import(&mut self, module: &str) {
        self.imports.push(module.to_owned());
    }
}
