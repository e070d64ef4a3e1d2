//! Expressions: each leaves exactly one value on the stack.

use crate::compiler::{Compiler, FnBody, R};
use crate::comprehension::CompKind;
use crate::star::has_star;
use rustpython_parser::ast::{self, Constant, Expr};
use vm::bytecode::{BinOp, CmpOp, Const, Op};

/// The selector for a binary operator, or `None` for `@` (unsupported).
pub(crate) fn binop(op: ast::Operator) -> Option<BinOp> {
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

/// A parser integer as a `num-bigint` value (the parser uses malachite).
fn to_bigint(i: &ast::bigint::BigInt) -> num_bigint::BigInt {
    // Both print and parse plain decimal, so the round trip is exact.
    i.to_string().parse().unwrap_or_default()
}

/// The pool entry for an integer: `Int` when it fits 64 bits, else `BigInt`.
fn int_const(i: &num_bigint::BigInt) -> Const {
    use num_traits::ToPrimitive;
    match i.to_i64() {
        Some(v) => Const::Int(v),
        None => {
            let (sign, magnitude) = i.to_u32_digits();
            Const::BigInt {
                negative: sign == num_bigint::Sign::Minus,
                magnitude,
            }
        }
    }
}

impl<'a> Compiler<'a> {
    /// Compiles `e`, attributing its instructions to its own line.
    pub(crate) fn expr(&mut self, e: &'a Expr) -> R<()> {
        let saved = self.unit.line;
        self.set_line(e);
        let r = self.nested(e, |c| c.expr_inner(e));
        self.unit.line = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R<()> {
        match e {
            Expr::Constant(c) => self.constant(&c.value, e),
            Expr::Name(n) => self.load_name(&n.id, e),
            Expr::Tuple(t) if has_star(&t.elts) => {
                self.starred_list(&t.elts, false, e)?;
                self.emit(Op::ListToTuple);
                Ok(())
            }
            Expr::List(l) if has_star(&l.elts) => self.starred_list(&l.elts, false, e),
            Expr::Dict(d) if d.keys.iter().any(Option::is_none) => self.starred_dict(d, e),
            Expr::Tuple(t) => {
                if let Some(i) = self.fold_tuple(&t.elts)? {
                    self.emit_arg(Op::LoadConst, i);
                    return Ok(());
                }
                self.exprs(&t.elts)?;
                self.emit_count16(Op::BuildTuple, t.elts.len(), e)
            }
            Expr::List(l) => {
                self.exprs(&l.elts)?;
                self.emit_count16(Op::BuildList, l.elts.len(), e)
            }
            Expr::Dict(d) => {
                for (k, v) in d.keys.iter().zip(&d.values) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                self.emit_count16(Op::BuildMap, d.values.len(), e)
            }
            Expr::Set(s) => {
                // CPython folds an all-constant display of three or more items
                // into a frozenset constant (built from the items, then
                // rebuilt from its own iteration order when constants are
                // merged) that a new set is updated from. Each copy can
                // change the table layout, and so the iteration order: do
                // the same steps so output matches.
                let folded = s.elts.len() > 2 && s.elts.iter().all(folds_to_constant);
                if folded {
                    self.emit_arg(Op::BuildSet, 0);
                }
                self.exprs(&s.elts)?;
                self.emit_count16(Op::BuildSet, s.elts.len(), e)?;
                if folded {
                    self.emit_arg(Op::BuildList, 0);
                    self.emit(Op::RotTwo);
                    self.emit_arg(Op::InplaceOp, BinOp::Add as u16);
                    self.emit_arg(Op::BuildSet, 0);
                    self.emit(Op::RotTwo);
                    self.emit(Op::SetUpdate);
                    self.emit(Op::SetUpdate);
                }
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(&a.attr, crate::compiler::range(e))?;
                self.emit_arg(Op::LoadAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::BinarySubscr);
                Ok(())
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.emit(Op::LoadNone),
                    }
                }
                match &s.step {
                    Some(step) => {
                        self.expr(step)?;
                        self.emit_arg(Op::BuildSlice, 3);
                    }
                    None => self.emit_arg(Op::BuildSlice, 2),
                }
                Ok(())
            }
            Expr::Call(c) => self.call(c, e),
            Expr::UnaryOp(u) => self.unary(u),
            Expr::BinOp(b) => {
                let Some(op) = binop(b.op) else {
                    return self.unsupported("matrix multiplication ('@') is not supported yet", e);
                };
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                match op {
                    BinOp::Add => self.emit(Op::BinaryAdd),
                    BinOp::Sub => self.emit(Op::BinarySub),
                    _ => self.emit_arg(Op::BinaryOp, op as u16),
                }
                Ok(())
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let jump = match b.op {
                    ast::BoolOp::And => Op::JumpIfFalseOrPop,
                    ast::BoolOp::Or => Op::JumpIfTrueOrPop,
                };
                let (last, init) = b.values.split_last().expect("parser gives two or more");
                for v in init {
                    self.expr(v)?;
                    self.emit_jump(jump, end);
                }
                self.expr(last)?;
                self.bind(end);
                Ok(())
            }
            Expr::Compare(c) => self.compare(c),
            Expr::IfExp(x) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&x.test, false, orelse)?;
                self.expr(&x.body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(orelse);
                self.expr(&x.orelse)?;
                self.bind(end);
                Ok(())
            }
            Expr::Lambda(l) => {
                self.make_function("<lambda>", &l.args, FnBody::Expr(&l.body), e, false)
            }
            Expr::JoinedStr(j) => self.fstring(&j.values, e),
            Expr::FormattedValue(f) => self.formatted_value(f),
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Op::DupTop);
                self.store(&n.target)
            }
            Expr::ListComp(c) => self.comprehension(CompKind::List(&c.elt), &c.generators, e),
            Expr::SetComp(c) => self.comprehension(CompKind::Set(&c.elt), &c.generators, e),
            Expr::DictComp(c) => {
                self.comprehension(CompKind::Dict(&c.key, &c.value), &c.generators, e)
            }
            Expr::GeneratorExp(c) => self.comprehension(CompKind::Gen(&c.elt), &c.generators, e),
            Expr::Await(a) => {
                if !self.unit.is_async {
                    return self.syntax("'await' outside async function", e);
                }
                self.expr(&a.value)?;
                self.await_top();
                Ok(())
            }
            Expr::Yield(y) => {
                self.mark_generator(e)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit(Op::LoadNone),
                }
                if self.unit.is_async {
                    // An async generator's own values, told apart from
                    // what its `await`s pass up to the event loop.
                    self.emit(Op::AsyncGenWrap);
                }
                self.emit(Op::YieldValue);
                Ok(())
            }
            Expr::YieldFrom(y) => {
                if self.unit.is_async {
                    return self.syntax("'yield from' inside async function", e);
                }
                self.mark_generator(e)?;
                self.expr(&y.value)?;
                self.emit(Op::GetIter);
                self.emit(Op::LoadNone);
                self.emit(Op::YieldFrom);
                Ok(())
            }
            Expr::Starred(_) => self.syntax("can't use starred expression here", e),
        }
    }

    pub(crate) fn exprs(&mut self, es: &'a [Expr]) -> R<()> {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn constant(&mut self, c: &Constant, node: &Expr) -> R<()> {
        match c {
            Constant::None => self.emit(Op::LoadNone),
            Constant::Bool(true) => self.emit(Op::LoadTrue),
            Constant::Bool(false) => self.emit(Op::LoadFalse),
            Constant::Int(i) => self.int(&to_bigint(i))?,
            _ => {
                let c = self.const_value(c, node)?;
                self.load_const(c)?;
            }
        }
        Ok(())
    }

    /// Loads an integer: `LoadSmallInt` when it fits 16 bits, else from the pool.
    fn int(&mut self, i: &num_bigint::BigInt) -> R<()> {
        use num_traits::ToPrimitive;
        match i.to_i16() {
            Some(v) => self.emit_arg(Op::LoadSmallInt, v as u16),
            None => self.load_const(int_const(i))?,
        }
        Ok(())
    }

    /// The pool entry for a literal.
    fn const_value(&mut self, c: &Constant, node: &Expr) -> R<Const> {
        Ok(match c {
            Constant::None => Const::None,
            Constant::Bool(true) => Const::True,
            Constant::Bool(false) => Const::False,
            Constant::Ellipsis => Const::Ellipsis,
            Constant::Int(i) => int_const(&to_bigint(i)),
            Constant::Float(f) => Const::Float(*f),
            Constant::Str(s) => Const::Str(s.clone()),
            Constant::Tuple(items) => {
                let mut idx = Vec::with_capacity(items.len());
                for item in items {
                    let v = self.const_value(item, node)?;
                    idx.push(self.const_index(v)?);
                }
                Const::Tuple(idx)
            }
            Constant::Bytes(b) => Const::Bytes(b.clone()),
            Constant::Complex { .. } => {
                return self.unsupported("complex numbers are not supported yet", node)
            }
        })
    }

    /// A tuple display made only of literals becomes one constant, as in CPython.
    fn fold_tuple(&mut self, elts: &'a [Expr]) -> R<Option<u16>> {
        fn foldable(e: &Expr) -> bool {
            match e {
                Expr::Constant(c) => {
                    !matches!(c.value, Constant::Bytes(_) | Constant::Complex { .. })
                }
                Expr::Tuple(t) => t.elts.iter().all(foldable),
                _ => false,
            }
        }
        if !elts.iter().all(foldable) {
            return Ok(None);
        }
        let mut idx = Vec::with_capacity(elts.len());
        for e in elts {
            let i = match e {
                Expr::Constant(c) => {
                    let v = self.const_value(&c.value, e)?;
                    self.const_index(v)?
                }
                Expr::Tuple(t) => match self.fold_tuple(&t.elts)? {
                    Some(i) => i,
                    None => return Ok(None),
                },
                _ => return Ok(None),
            };
            idx.push(i);
        }
        Ok(Some(self.const_index(Const::Tuple(idx))?))
    }

    fn unary(&mut self, u: &'a ast::ExprUnaryOp) -> R<()> {
        // `-5` is a literal to the programmer: fold it like CPython does.
        if let (ast::UnaryOp::USub, Expr::Constant(c)) = (u.op, u.operand.as_ref()) {
            match &c.value {
                Constant::Int(i) => return self.int(&-to_bigint(i)),
                Constant::Float(f) => return self.load_const(Const::Float(-f)),
                _ => {}
            }
        }
        self.expr(&u.operand)?;
        self.emit(match u.op {
            ast::UnaryOp::Not => Op::UnaryNot,
            ast::UnaryOp::USub => Op::UnaryNeg,
            ast::UnaryOp::UAdd => Op::UnaryPos,
            ast::UnaryOp::Invert => Op::UnaryInvert,
        });
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall, node: &Expr) -> R<()> {
        if has_star(&c.args) || c.keywords.iter().any(|k| k.arg.is_none()) {
            self.expr(&c.func)?;
            return self.call_ex(c, node);
        }
        let total = c.args.len() + c.keywords.len();
        if total > 255 {
            return self.unsupported("more than 255 arguments in a call", node);
        }
        match c.func.as_ref() {
            // Zero-argument `super()` in a function: the VM finds the class the
            // function was defined in and its first argument.
            Expr::Name(n)
                if n.id.as_str() == "super"
                    && total == 0
                    && self.unit.scope.is_some()
                    && !self.unit.class_body =>
            {
                self.emit(Op::LoadSuper);
            }
            // `obj.m(args)` avoids allocating a bound method.
            Expr::Attribute(a) if c.keywords.is_empty() => {
                self.expr(&a.value)?;
                let i = self.attr_index(&a.attr, crate::compiler::range(c.func.as_ref()))?;
                self.emit_arg(Op::LoadMethod, i);
                self.exprs(&c.args)?;
                self.emit_arg(Op::CallMethod, total as u16);
            }
            f => {
                self.expr(f)?;
                self.exprs(&c.args)?;
                if c.keywords.is_empty() {
                    self.emit_arg(Op::Call, total as u16);
                } else {
                    let mut names = Vec::new();
                    for k in &c.keywords {
                        self.expr(&k.value)?;
                        let name = k.arg.as_ref().map(|n| n.to_string()).unwrap_or_default();
                        names.push(self.const_index(Const::Str(name))?);
                    }
                    self.load_const(Const::Tuple(names))?;
                    self.emit_arg(Op::CallKw, total as u16);
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> R<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.cmp_op(c.ops[0]);
            return Ok(());
        }
        // `a < b < c`: b is evaluated once and kept beneath the first result
        // (DupTop + RotThree); a false result short-circuits to `cleanup`,
        // which drops the kept operand.
        let cleanup = self.new_label();
        let end = self.new_label();
        for (op, right) in c.ops[..n - 1].iter().zip(&c.comparators) {
            self.expr(right)?;
            self.emit(Op::DupTop);
            self.emit(Op::RotThree);
            self.cmp_op(*op);
            self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&c.comparators[n - 1])?;
        self.cmp_op(c.ops[n - 1]);
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::RotTwo);
        self.emit(Op::PopTop);
        self.bind(end);
        Ok(())
    }

    fn cmp_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        let (code, arg) = match op {
            C::Eq => (Op::CompareOp, CmpOp::Eq as u16),
            C::NotEq => (Op::CompareOp, CmpOp::Ne as u16),
            C::Lt => (Op::CompareOp, CmpOp::Lt as u16),
            C::LtE => (Op::CompareOp, CmpOp::Le as u16),
            C::Gt => (Op::CompareOp, CmpOp::Gt as u16),
            C::GtE => (Op::CompareOp, CmpOp::Ge as u16),
            C::Is => (Op::IsOp, 0),
            C::IsNot => (Op::IsOp, 1),
            C::In => (Op::ContainsOp, 0),
            C::NotIn => (Op::ContainsOp, 1),
        };
        self.emit_arg(code, arg);
    }

    /// Evaluates `e` for its truth and jumps to `target` when it equals `cond`,
    /// without materialising `not`/`and`/`or` results (as CPython's `compiler_jump_if`).
    pub(crate) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: crate::emit::Label) -> R<()> {
        self.nested(e, |c| c.jump_if_inner(e, cond, target))
    }

    fn jump_if_inner(&mut self, e: &'a Expr, cond: bool, target: crate::emit::Label) -> R<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.jump_if(&u.operand, !cond, target)
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                let (last, init) = b.values.split_last().expect("parser gives two or more");
                if cond == is_or {
                    // Any operand deciding the result jumps straight to target.
                    for v in init {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    // An operand with the opposite outcome decides against jumping.
                    let skip = self.new_label();
                    for v in init {
                        self.jump_if(v, !cond, skip)?;
                    }
                    self.jump_if(last, cond, target)?;
                    self.bind(skip);
                    return Ok(());
                }
                self.jump_if(last, cond, target)
            }
            _ => {
                self.expr(e)?;
                let saved = self.unit.line;
                self.set_line(e);
                let op = if cond {
                    Op::PopJumpIfTrue
                } else {
                    Op::PopJumpIfFalse
                };
                self.emit_jump(op, target);
                self.unit.line = saved;
                Ok(())
            }
        }
    }

    fn fstring(&mut self, values: &'a [Expr], node: &Expr) -> R<()> {
        let mut n = 0usize;
        for v in values {
            match v {
                Expr::Constant(c) if matches!(&c.value, Constant::Str(s) if s.is_empty()) => {
                    continue
                }
                Expr::FormattedValue(f) => self.formatted_value(f)?,
                other => self.expr(other)?,
            }
            n += 1;
        }
        match n {
            0 => self.load_const(Const::Str(String::new())),
            1 => Ok(()),
            _ => self.emit_count16(Op::BuildString, n, node),
        }
    }

    /// `{value!conv:spec}` → one str.
    fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue) -> R<()> {
        // The conversion is part of the instruction, so shadowing `repr`
        // or `str` cannot change what an f-string does.
        let conv: u16 = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
        };
        self.expr(&f.value)?;
        match &f.format_spec {
            Some(spec) => {
                self.expr(spec)?;
                self.emit_arg(Op::FormatValue, conv << 1 | 1);
            }
            None => self.emit_arg(Op::FormatValue, conv << 1),
        }
        Ok(())
    }

    /// Records that the function being compiled is a generator; `yield` at
    /// module level is a `SyntaxError`, as in CPython.
    fn mark_generator(&mut self, e: &Expr) -> R<()> {
        if self.unit.scope.is_none() {
            return self.syntax("'yield' outside function", e);
        }
        self.unit.is_generator = true;
        Ok(())
    }

    /// `await` of the value on top of the stack: its awaitable iterator,
    /// delegated to as by `yield from`; leaves the result.
    pub(crate) fn await_top(&mut self) {
        self.emit(Op::GetAwaitable);
        self.emit(Op::LoadNone);
        self.emit(Op::YieldFrom);
    }
}

/// Whether CPython's AST optimiser turns `e` into a constant (literals,
/// signed numeric literals and tuples of those).
fn folds_to_constant(e: &Expr) -> bool {
    match e {
        Expr::Constant(_) => true,
        Expr::UnaryOp(u) => {
            matches!(
                u.op,
                ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert
            ) && matches!(&*u.operand, Expr::Constant(_))
        }
        Expr::Tuple(t) => t.elts.iter().all(folds_to_constant),
        _ => false,
    }
}
