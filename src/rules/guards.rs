//! Which values a bridge template reads where they may be undefined: a template's
//! source → the dotted values (`customer.company`, `summary.goal`) it reads unguarded,
//! for `C003`, `T011` and the engine's error of what a conversation lacks. Walks the
//! template's syntax tree, so that a guard covers the reads it really covers:
//!
//! - `x | default(…)` (or `d`), `x is defined`, `x is undefined`;
//! - a test of truth: `{% if x %}`, `x or …`, `… if x else …`, `not x` (under the
//!   engine's undefined behaviour an undefined value is false, and only printing it,
//!   iterating it, reading its attributes or passing it to a filter fails);
//! - reads inside `{% if x %}`, `{% if x is defined %}` (or `{% elif … %}`), in the
//!   branch where the test says it is there (`{% if x is not defined %}…{% else %}` it
//!   is in the `else`), and in `a if x else b`, `x and a`, for the same value.
//!
//! A read outside them (`{% if x %}…{% endif %} {{ x }}`) is unguarded. It does not
//! follow values the template sets (`{% set c = customer.company %}`): their reads are
//! taken as they are written.

use std::collections::{BTreeMap, BTreeSet};

use minijinja::machinery::ast::{BinOpKind, CallArg, Expr, Stmt, UnaryOpKind};

/// The values of two or more parts (`customer.name`; `customer.name.first` also reads
/// `customer.name`) that `source` reads unguarded, each with the byte offset in `source`
/// of its first such read; `None` when it does not parse.
pub(crate) fn unguarded(source: &str) -> Option<BTreeMap<String, usize>> {
    let syntax = minijinja::syntax::SyntaxConfig::default();
    let root = minijinja::machinery::parse(source, "bridge", syntax).ok()?;
    let mut walk = Walk::default();
    walk.stmt(&root, &Known::new());
    Some(walk.unguarded)
}

/// Values known to be there at a point of the template.
type Known = BTreeSet<String>;

#[derive(Default)]
struct Walk {
    unguarded: BTreeMap<String, usize>,
}

/// `expr` as a dotted value rooted at a variable (`customer.name`), its parts in order.
fn chain<'a>(expr: &'a Expr<'a>) -> Option<Vec<&'a str>> {
    located(expr).map(|(parts, _)| parts)
}

/// [`chain`], with the byte offset of the value in the template.
fn located<'a>(expr: &'a Expr<'a>) -> Option<(Vec<&'a str>, usize)> {
    match expr {
        Expr::Var(v) => Some((vec![v.id], v.span().start_offset as usize)),
        Expr::GetAttr(g) => {
            let (mut parts, at) = located(&g.expr)?;
            parts.push(g.name);
            Some((parts, at))
        }
        _ => None,
    }
}

impl Walk {
    fn stmts(&mut self, stmts: &[Stmt<'_>], known: &Known) {
        for stmt in stmts {
            self.stmt(stmt, known);
        }
    }

    fn stmt(&mut self, stmt: &Stmt<'_>, known: &Known) {
        match stmt {
            Stmt::Template(t) => self.stmts(&t.children, known),
            Stmt::EmitExpr(e) => self.value(&e.expr, known),
            Stmt::IfCond(c) => {
                self.truth(&c.expr, known);
                self.stmts(&c.true_body, &with(known, when_true(&c.expr)));
                self.stmts(&c.false_body, &with(known, when_false(&c.expr)));
            }
            Stmt::ForLoop(f) => {
                self.value(&f.iter, known);
                if let Some(filter) = &f.filter_expr {
                    self.truth(filter, known);
                }
                self.stmts(&f.body, known);
                self.stmts(&f.else_body, known);
            }
            Stmt::WithBlock(w) => {
                for (_, value) in &w.assignments {
                    self.value(value, known);
                }
                self.stmts(&w.body, known);
            }
            Stmt::Set(s) => self.value(&s.expr, known),
            Stmt::SetBlock(s) => {
                if let Some(filter) = &s.filter {
                    self.value(filter, known);
                }
                self.stmts(&s.body, known);
            }
            Stmt::AutoEscape(a) => self.stmts(&a.body, known),
            Stmt::FilterBlock(f) => {
                self.value(&f.filter, known);
                self.stmts(&f.body, known);
            }
            Stmt::Block(b) => self.stmts(&b.body, known),
            Stmt::Do(d) => self.value(&d.call.expr, known),
            _ => {}
        }
    }

    /// A dotted value read: each part of two or more parts not known to be there is
    /// read unguarded, up to `upto` parts (its last part too, or only those it reads
    /// an attribute of).
    fn read(&mut self, (parts, at): (Vec<&str>, usize), upto: usize, known: &Known) {
        for end in 2..=upto.min(parts.len()) {
            let path = parts[..end].join(".");
            if !known.contains(&path) {
                self.unguarded.entry(path).or_insert(at);
            }
        }
    }

    /// `expr` where an undefined value fails: printed, passed to a filter, iterated.
    fn value(&mut self, expr: &Expr<'_>, known: &Known) {
        if let Some(read) = located(expr) {
            let upto = read.0.len();
            self.read(read, upto, known);
            return;
        }
        match expr {
            Expr::Filter(f) if matches!(f.name, "default" | "d") => {
                if let Some(inner) = &f.expr {
                    self.quiet(inner, known);
                }
                self.args(&f.args, known);
            }
            Expr::Filter(f) => {
                if let Some(inner) = &f.expr {
                    self.value(inner, known);
                }
                self.args(&f.args, known);
            }
            Expr::Test(t) if matches!(t.name, "defined" | "undefined") => {
                self.quiet(&t.expr, known);
            }
            Expr::Test(t) => {
                self.value(&t.expr, known);
                self.args(&t.args, known);
            }
            // `x or y` is `x` only when `x` is true, so there.
            Expr::BinOp(b) if matches!(b.op, BinOpKind::ScOr) => {
                self.truth(&b.left, known);
                self.value(&b.right, &with(known, when_false(&b.left)));
            }
            // `x and y` is `x` when `x` is false, which an undefined `x` is.
            Expr::BinOp(b) if matches!(b.op, BinOpKind::ScAnd) => {
                self.value(&b.left, known);
                self.value(&b.right, &with(known, when_true(&b.left)));
            }
            Expr::BinOp(b) => {
                self.value(&b.left, known);
                self.value(&b.right, known);
            }
            Expr::UnaryOp(u) if matches!(u.op, UnaryOpKind::Not) => self.truth(&u.expr, known),
            Expr::UnaryOp(u) => self.value(&u.expr, known),
            Expr::IfExpr(i) => {
                self.truth(&i.test_expr, known);
                self.value(&i.true_expr, &with(known, when_true(&i.test_expr)));
                if let Some(other) = &i.false_expr {
                    self.value(other, &with(known, when_false(&i.test_expr)));
                }
            }
            Expr::Compare(c) => {
                self.value(&c.expr, known);
                for op in &c.ops {
                    self.value(&op.expr, known);
                }
            }
            Expr::GetAttr(g) => self.value(&g.expr, known),
            Expr::GetItem(g) => {
                self.value(&g.expr, known);
                self.value(&g.subscript_expr, known);
            }
            Expr::Slice(s) => {
                self.value(&s.expr, known);
                for bound in [&s.start, &s.stop, &s.step].into_iter().flatten() {
                    self.value(bound, known);
                }
            }
            Expr::Call(c) => {
                self.value(&c.expr, known);
                self.args(&c.args, known);
            }
            Expr::List(l) => l.items.iter().for_each(|i| self.value(i, known)),
            Expr::Tuple(t) => t.items.iter().for_each(|i| self.value(i, known)),
            Expr::Map(m) => {
                for (k, v) in m.keys.iter().zip(&m.values) {
                    self.value(k, known);
                    self.value(v, known);
                }
            }
            Expr::Var(_) | Expr::Const(_) => {}
        }
    }

    /// `expr` where an undefined value is taken as it is (`default`'s, `is defined`'s):
    /// only reading an attribute of one fails.
    fn quiet(&mut self, expr: &Expr<'_>, known: &Known) {
        match located(expr) {
            Some(read) => {
                let upto = read.0.len() - 1;
                self.read(read, upto, known);
            }
            None => self.value(expr, known),
        }
    }

    /// `expr` tested for truth (`if`, `or`, `not`): an undefined value is false.
    fn truth(&mut self, expr: &Expr<'_>, known: &Known) {
        match expr {
            Expr::BinOp(b) if matches!(b.op, BinOpKind::ScAnd) => {
                self.truth(&b.left, known);
                self.truth(&b.right, &with(known, when_true(&b.left)));
            }
            Expr::BinOp(b) if matches!(b.op, BinOpKind::ScOr) => {
                self.truth(&b.left, known);
                self.truth(&b.right, &with(known, when_false(&b.left)));
            }
            Expr::UnaryOp(u) if matches!(u.op, UnaryOpKind::Not) => self.truth(&u.expr, known),
            _ => self.quiet(expr, known),
        }
    }

    fn args(&mut self, args: &[CallArg<'_>], known: &Known) {
        for arg in args {
            match arg {
                CallArg::Pos(e) | CallArg::Kwarg(_, e) | CallArg::PosSplat(e) => {
                    self.value(e, known);
                }
                CallArg::KwargSplat(e) => self.value(e, known),
            }
        }
    }
}

/// `known` and `more`.
fn with(known: &Known, more: Known) -> Known {
    let mut known = known.clone();
    known.extend(more);
    known
}

/// The values there when `expr` is true: `x`, `x is defined`, both sides of `and`,
/// what both sides of `or` say, what `not` of a false one says.
fn when_true(expr: &Expr<'_>) -> Known {
    if let Some(parts) = chain(expr).filter(|p| p.len() >= 2) {
        return Known::from([parts.join(".")]);
    }
    match expr {
        Expr::Test(t) if t.name == "defined" => defined(&t.expr),
        Expr::BinOp(b) if matches!(b.op, BinOpKind::ScAnd) => {
            let mut known = when_true(&b.left);
            known.extend(when_true(&b.right));
            known
        }
        Expr::BinOp(b) if matches!(b.op, BinOpKind::ScOr) => when_true(&b.left)
            .intersection(&when_true(&b.right))
            .cloned()
            .collect(),
        Expr::UnaryOp(u) if matches!(u.op, UnaryOpKind::Not) => when_false(&u.expr),
        _ => Known::new(),
    }
}

/// The values there when `expr` is false: `x is undefined`, `not x`, either side of
/// `or` (both are false), what both sides of `and` say.
fn when_false(expr: &Expr<'_>) -> Known {
    match expr {
        Expr::Test(t) if t.name == "undefined" => defined(&t.expr),
        Expr::BinOp(b) if matches!(b.op, BinOpKind::ScOr) => {
            let mut known = when_false(&b.left);
            known.extend(when_false(&b.right));
            known
        }
        Expr::BinOp(b) if matches!(b.op, BinOpKind::ScAnd) => when_false(&b.left)
            .intersection(&when_false(&b.right))
            .cloned()
            .collect(),
        Expr::UnaryOp(u) if matches!(u.op, UnaryOpKind::Not) => when_true(&u.expr),
        _ => Known::new(),
    }
}

/// `expr` (a dotted value) as the one value known to be there.
fn defined(expr: &Expr<'_>) -> Known {
    chain(expr)
        .filter(|p| p.len() >= 2)
        .map(|p| Known::from([p.join(".")]))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
