//! How a bridge template reaches the groups of values of its context, and what it calls:
//! a template's source → every place it reads a group (`customer`, `summary`, `team`…)
//! other than by naming one of its fields, every call (`customer.items()`), and the
//! customer's fields it names. Loading refuses the first (`T004`: a loop over
//! `customer`, `customer[k]`, a group handed to a filter, put in a list or given another
//! name could write every field of the customer's) and the second (`T001`: no value of a
//! bridge template has methods, so each fails every render); the engine gives a template
//! only the customer's fields it names.
//!
//! An allow-list: a group of the context may be read only as `group.field` or
//! `group['field']` (a quoted name), tested with `is defined` / `is undefined`, or
//! tested for truth (`{% if customer %}`, `not summary`, `summary and …`, the condition of
//! `… if summary else …`). Any other place the template names a group reads it whole.

use std::collections::BTreeSet;
use std::ops::Range;

use minijinja::machinery::ast::{BinOpKind, CallArg, Expr, Stmt, UnaryOpKind};

use crate::rules::context::TEMPLATE_VARIABLES;

mod calls;

/// What a template does with a group it reads whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum How {
    /// Writes it (`{{ customer }}`, `{{ customer or "x" }}`).
    Written,
    /// Loops over it (`{% for k in customer %}`).
    Iterated,
    /// Reads a field by a key that is not a quoted name (`customer[k]`).
    Keyed,
    /// Hands it to a filter (`customer | items`), by the filter's name.
    Filtered(String),
    /// Hands it to a test other than `defined`/`undefined`, by the test's name.
    Tested(String),
    /// Hands it to a call (`f(customer)`).
    Called,
    /// Puts it in a list, tuple or map (`[customer]`, `{"a": customer}`).
    Collected,
    /// Gives it another name (`{% set c = customer %}`, `{% with %}`).
    Named,
    /// Compares it (`customer == x`, `"k" in customer`).
    Compared,
    /// Computes with it (`customer ~ "x"`, `-customer`).
    Computed,
    /// Slices it (`customer[1:]`).
    Sliced,
    /// Reads a field of an expression that may be it (`(customer if x else team).name`).
    Other,
}

/// A group of the context read whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GroupRead {
    pub(crate) group: &'static str,
    pub(crate) how: How,
    /// Byte offset of the group's name in the template.
    pub(crate) at: usize,
    /// The bytes of the template to point at: the name, or `customer[k]` whole.
    pub(crate) range: Range<usize>,
}

/// A call in a template: of a method (`customer.items()`, `"x".upper()`) or of a value
/// that is no function (`agent()`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CallMade {
    /// The method's name; `None` for a call of a value.
    pub(crate) method: Option<String>,
    /// What is called, as the template writes it: `customer.items`, `agent`.
    pub(crate) callee: String,
    /// The callee as a dotted value of the context (`customer.name.upper`), which the
    /// list of undefined variables would otherwise report as one.
    pub(crate) path: Option<String>,
    /// Whether the method is called on a group of the context (`customer.items()`).
    pub(crate) on_group: Option<&'static str>,
    /// The bytes of the template to point at: the method's name, or the callee.
    pub(crate) range: Range<usize>,
}

/// What [`reach`] finds.
#[derive(Debug, Default)]
pub(crate) struct Reach {
    pub(crate) groups: Vec<GroupRead>,
    pub(crate) calls: Vec<CallMade>,
    /// The customer's fields the template names (`customer.name`, `customer['order id']`).
    pub(crate) customer_fields: BTreeSet<String>,
    /// Whether the template tests `customer` for truth (`{% if customer %}`): whether
    /// anything is known of the customer, not only the fields it names.
    pub(crate) customer_tested: bool,
}

/// The walk of `source`; `None` when it does not parse.
pub(crate) fn reach(source: &str) -> Option<Reach> {
    let syntax = minijinja::syntax::SyntaxConfig::default();
    let root = minijinja::machinery::parse(source, "bridge", syntax).ok()?;
    let mut walk = Walk {
        source,
        locals: BTreeSet::new(),
        found: Reach::default(),
    };
    walk.stmt(&root);
    Some(walk.found)
}

/// The bridge context's variable `name` when it is a group of values: one with fields
/// (some, or any); text, numbers and lists have none.
pub(crate) fn group(name: &str) -> Option<&'static str> {
    TEMPLATE_VARIABLES
        .iter()
        .find(|(n, attrs)| *n == name && attrs.is_none_or(|attrs| !attrs.is_empty()))
        .map(|&(n, _)| n)
}

/// Where the value an expression is goes: to a test of truth, or anywhere else, how.
#[derive(Clone)]
enum Goes {
    Truth,
    Value(How),
}

struct Walk<'s> {
    source: &'s str,
    /// Names the template has set, so that its own value of that name hides the
    /// context's (one set in one branch of an `if` only may still be the context's).
    locals: BTreeSet<String>,
    found: Reach,
}

fn range(span: minijinja::machinery::Span) -> Range<usize> {
    span.start_offset as usize..span.end_offset as usize
}

/// Where `expr` starts in the template: a postfix (`a.b.c`, `a[k]`, `a()`) is spanned
/// by minijinja from its last postfix on, not from `a`.
fn start(expr: &Expr<'_>) -> usize {
    match expr {
        Expr::GetAttr(g) => start(&g.expr),
        Expr::GetItem(g) => start(&g.expr),
        Expr::Slice(s) => start(&s.expr),
        Expr::Call(c) => start(&c.expr),
        other => other.span().start_offset as usize,
    }
}

/// `expr` as a dotted value (`customer.name.upper`), when it is one.
fn dotted(expr: &Expr<'_>) -> Option<String> {
    match expr {
        Expr::Var(v) => Some(v.id.to_owned()),
        Expr::GetAttr(g) => Some(format!("{}.{}", dotted(&g.expr)?, g.name)),
        _ => None,
    }
}

impl Walk<'_> {
    /// The context's group that `expr` names, when it is a bare variable naming one.
    fn context_group(&self, expr: &Expr<'_>) -> Option<&'static str> {
        match expr {
            Expr::Var(v) if !self.locals.contains(v.id) => group(v.id),
            _ => None,
        }
    }

    fn stmts(&mut self, stmts: &[Stmt<'_>]) {
        for stmt in stmts {
            self.stmt(stmt);
        }
    }

    /// Walks `stmts` with `names` set, which are gone after them.
    fn scoped(&mut self, names: &[&Expr<'_>], stmts: &[Stmt<'_>]) {
        let outer = self.locals.clone();
        for name in names {
            self.bind(name);
        }
        self.stmts(stmts);
        self.locals = outer;
    }

    fn bind(&mut self, target: &Expr<'_>) {
        match target {
            Expr::Var(v) => {
                self.locals.insert(v.id.to_owned());
            }
            Expr::Tuple(t) => t.items.iter().for_each(|i| self.bind(i)),
            Expr::List(l) => l.items.iter().for_each(|i| self.bind(i)),
            _ => {}
        }
    }

    fn stmt(&mut self, stmt: &Stmt<'_>) {
        match stmt {
            Stmt::Template(t) => self.stmts(&t.children),
            Stmt::EmitExpr(e) => self.expr(&e.expr, &Goes::Value(How::Written)),
            Stmt::ForLoop(f) => {
                self.expr(&f.iter, &Goes::Value(How::Iterated));
                let outer = self.locals.clone();
                self.bind(&f.target);
                self.locals.insert("loop".to_owned());
                if let Some(filter) = &f.filter_expr {
                    self.expr(filter, &Goes::Truth);
                }
                self.stmts(&f.body);
                self.locals = outer;
                self.scoped(&[], &f.else_body);
            }
            Stmt::IfCond(c) => {
                self.expr(&c.expr, &Goes::Truth);
                // `if` has no scope: a name set in both branches is the template's after
                // it; in one only, it may still be the context's.
                let outer = self.locals.clone();
                self.stmts(&c.true_body);
                let after_true = std::mem::replace(&mut self.locals, outer);
                self.stmts(&c.false_body);
                self.locals = self.locals.intersection(&after_true).cloned().collect();
            }
            Stmt::WithBlock(w) => {
                for (_, value) in &w.assignments {
                    self.expr(value, &Goes::Value(How::Named));
                }
                let targets: Vec<_> = w.assignments.iter().map(|(t, _)| t).collect();
                self.scoped(&targets, &w.body);
            }
            Stmt::Set(s) => {
                self.expr(&s.expr, &Goes::Value(How::Named));
                self.bind(&s.target);
            }
            Stmt::SetBlock(s) => {
                if let Some(filter) = &s.filter {
                    self.expr(filter, &Goes::Value(How::Other));
                }
                self.stmts(&s.body);
                self.bind(&s.target);
            }
            Stmt::AutoEscape(a) => {
                self.expr(&a.enabled, &Goes::Value(How::Other));
                self.stmts(&a.body);
            }
            Stmt::FilterBlock(f) => {
                self.expr(&f.filter, &Goes::Value(How::Other));
                self.stmts(&f.body);
            }
            Stmt::Block(b) => self.scoped(&[], &b.body),
            Stmt::Do(d) => self.call(&d.call.expr, &d.call.args),
            // Includes, imports and macros are refused before (T003, T001).
            _ => {}
        }
    }

    fn args(&mut self, args: &[CallArg<'_>], how: &How) {
        for arg in args {
            match arg {
                CallArg::Pos(e)
                | CallArg::Kwarg(_, e)
                | CallArg::PosSplat(e)
                | CallArg::KwargSplat(e) => self.expr(e, &Goes::Value(how.clone())),
            }
        }
    }

    fn expr(&mut self, expr: &Expr<'_>, into: &Goes) {
        let value = |how: How| Goes::Value(how);
        match expr {
            Expr::Var(v) => {
                if matches!(into, Goes::Truth) && self.context_group(expr) == Some("customer") {
                    self.found.customer_tested = true;
                }
                if let (Some(group), Goes::Value(how)) = (self.context_group(expr), into) {
                    let at = v.span().start_offset as usize;
                    self.found.groups.push(GroupRead {
                        group,
                        how: how.clone(),
                        at,
                        range: range(v.span()),
                    });
                }
            }
            Expr::Const(_) => {}
            Expr::Slice(s) => {
                self.expr(&s.expr, &value(How::Sliced));
                for part in [&s.start, &s.stop, &s.step].into_iter().flatten() {
                    self.expr(part, &value(How::Computed));
                }
            }
            Expr::UnaryOp(u) => match u.op {
                UnaryOpKind::Not => self.expr(&u.expr, &Goes::Truth),
                UnaryOpKind::Neg => self.expr(&u.expr, &value(How::Computed)),
            },
            Expr::BinOp(b) => match b.op {
                // `a and b` is `a` only when `a` is false: `a` is tested, not written.
                BinOpKind::ScAnd => {
                    self.expr(&b.left, &Goes::Truth);
                    self.expr(&b.right, into);
                }
                BinOpKind::ScOr => {
                    self.expr(&b.left, into);
                    self.expr(&b.right, into);
                }
                BinOpKind::In => {
                    self.expr(&b.left, &value(How::Compared));
                    self.expr(&b.right, &value(How::Compared));
                }
                _ => {
                    self.expr(&b.left, &value(How::Computed));
                    self.expr(&b.right, &value(How::Computed));
                }
            },
            Expr::Compare(c) => {
                self.expr(&c.expr, &value(How::Compared));
                for op in &c.ops {
                    self.expr(&op.expr, &value(How::Compared));
                }
            }
            Expr::IfExpr(i) => {
                self.expr(&i.test_expr, &Goes::Truth);
                self.expr(&i.true_expr, into);
                if let Some(other) = &i.false_expr {
                    self.expr(other, into);
                }
            }
            Expr::Filter(f) => {
                let how = How::Filtered(f.name.to_owned());
                if let Some(inner) = &f.expr {
                    self.expr(inner, &value(how.clone()));
                }
                self.args(&f.args, &how);
            }
            Expr::Test(t) => {
                let probe = matches!(t.name, "defined" | "undefined");
                if !(probe && self.context_group(&t.expr).is_some()) {
                    self.expr(&t.expr, &value(How::Tested(t.name.to_owned())));
                }
                self.args(&t.args, &How::Tested(t.name.to_owned()));
            }
            Expr::GetAttr(g) => match self.context_group(&g.expr) {
                // `customer.name`: a field, named.
                Some(group) => {
                    if group == "customer" {
                        self.found.customer_fields.insert(g.name.to_owned());
                    }
                }
                None => self.expr(&g.expr, &value(How::Other)),
            },
            Expr::GetItem(g) => {
                let key = match &g.subscript_expr {
                    Expr::Const(c) => c.value.as_str().map(str::to_owned),
                    _ => None,
                };
                match (self.context_group(&g.expr), key) {
                    (Some(group), Some(key)) => {
                        if group == "customer" {
                            self.found.customer_fields.insert(key);
                        }
                    }
                    (Some(group), None) => {
                        self.found.groups.push(GroupRead {
                            group,
                            how: How::Keyed,
                            at: g.expr.span().start_offset as usize,
                            range: start(&g.expr)..g.span().end_offset as usize,
                        });
                        self.expr(&g.subscript_expr, &value(How::Other));
                    }
                    (None, _) => {
                        self.expr(&g.expr, &value(How::Other));
                        self.expr(&g.subscript_expr, &value(How::Other));
                    }
                }
            }
            Expr::Call(c) => self.call(&c.expr, &c.args),
            Expr::List(l) => l
                .items
                .iter()
                .for_each(|i| self.expr(i, &value(How::Collected))),
            Expr::Tuple(t) => t
                .items
                .iter()
                .for_each(|i| self.expr(i, &value(How::Collected))),
            Expr::Map(m) => {
                for item in m.keys.iter().chain(&m.values) {
                    self.expr(item, &value(How::Collected));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
