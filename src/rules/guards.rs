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
//! A read outside them (`{% if x %}…{% endif %} {{ x }}`) is unguarded. A variable the
//! template sets to a field (`{% set c = customer.company %}`, `{% with %}`) stands for
//! it: setting it reads nothing (an undefined value can be kept), and each read of `c`
//! is a read of `customer.company`, guarded as one would be (`{{ c | default("") }}`,
//! `{% if c %}`), reported at the place the value is named. Set to a guarded value
//! (`{% set c = customer.company | default("") %}`, or inside `{% if customer.company
//! %}`), or in a loop (`{% for c in … %}`), it is a value of the template's own.
//!
//! An `{% if %}` has no scope: a variable set in one of its branches only is undefined
//! after it when the other branch is taken, and a read of it there is unguarded
//! ([`Analysis::unset`]); set in every branch, or before the `if`, it is there, and so
//! it is where a later `{% if %}` of the same condition holds again ([`locals`]).

use std::collections::{BTreeMap, BTreeSet};

use minijinja::machinery::ast::{BinOpKind, CallArg, Expr, Stmt, UnaryOpKind};

/// The values of two or more parts (`customer.name`; `customer.name.first` also reads
/// `customer.name`) that `source` reads unguarded, each with the byte offset in `source`
/// of its first such read; `None` when it does not parse.
pub(crate) fn unguarded(source: &str) -> Option<BTreeMap<String, usize>> {
    analyse(source).map(|a| a.unguarded)
}

/// What the walk of a template finds.
#[derive(Debug, Default)]
pub(crate) struct Analysis {
    /// As [`unguarded`] gives it.
    pub(crate) unguarded: BTreeMap<String, usize>,
    /// Variables the template sets in some branches of an `{% if %}` only, read
    /// unguarded where the others leave them undefined: by name, the byte offsets of the
    /// first such read and of the `set`.
    pub(crate) unset: BTreeMap<String, (usize, usize)>,
    /// Every read that fails when what it reads is undefined, in the template's order.
    pub(crate) suspects: Vec<Suspect>,
    /// Names the template reads only where it has set them: minijinja's own list of
    /// undeclared variables counts one set inside an `{% if %}` and read after it.
    pub(crate) set_before_read: BTreeSet<String>,
}

/// The walk of `source`; `None` when it does not parse.
pub(crate) fn analyse(source: &str) -> Option<Analysis> {
    let syntax = minijinja::syntax::SyntaxConfig::default();
    let root = minijinja::machinery::parse(source, "bridge", syntax).ok()?;
    let mut walk = Walk {
        source: source.to_owned(),
        ..Walk::default()
    };
    walk.stmt(&root, &Known::new());
    let set_before_read = walk
        .bound_reads
        .difference(&walk.free_reads)
        .cloned()
        .collect();
    Some(Analysis {
        unguarded: walk.unguarded,
        unset: walk.unset,
        suspects: {
            let mut suspects = walk.suspects;
            suspects.sort_by_key(|s| s.at);
            suspects.dedup();
            suspects
        },
        set_before_read,
    })
}

/// Values known to be there at a point of the template.
type Known = BTreeSet<String>;

/// A dotted value of the context (`customer.company`), with the byte offset in the
/// template where it is named.
type Value = (Vec<String>, usize);

#[derive(Default)]
struct Walk {
    /// The template's source, for the text of an `{% if %}`'s condition.
    source: String,
    unguarded: BTreeMap<String, usize>,
    /// The variables the template sets, by name.
    locals: BTreeMap<String, Local>,
    unset: BTreeMap<String, (usize, usize)>,
    suspects: Vec<Suspect>,
    /// Names read where the template has set them, and where it has not.
    bound_reads: BTreeSet<String>,
    free_reads: BTreeSet<String>,
}

impl Walk {
    /// The values of the context a dotted value `expr` reads: itself, or through a
    /// variable the template set, what that stands for (`c` with `c` set to
    /// `customer.company`: `customer.company`; `c.x`: `customer.company.x`). `None` when
    /// `expr` is no dotted value; empty when it is a value of the template's own.
    fn resolve(&self, expr: &Expr<'_>) -> Option<Vec<Value>> {
        let (parts, at) = located(expr)?;
        let (first, rest) = parts.split_first()?;
        let owned = |parts: &[&str]| parts.iter().map(|p| (*p).to_owned()).collect::<Vec<_>>();
        Some(match self.locals.get(*first) {
            Some(local) => local
                .values
                .iter()
                .map(|(value, at)| ([value.clone(), owned(rest)].concat(), *at))
                .collect(),
            None => vec![(canonical(&parts), at)],
        })
    }

    /// The one value of the context `expr` is, when it is one, of two or more parts.
    fn single(&self, expr: &Expr<'_>) -> Option<String> {
        match self.resolve(expr)?.as_slice() {
            [(parts, _)] if parts.len() >= 2 => Some(parts.join(".")),
            _ => None,
        }
    }

    /// Sets the variables of `target` (`c`, `a, b`) to `value`: the values of the
    /// context it stands for, or (`None`) a value of the template's own.
    fn bind(&mut self, target: &Expr<'_>, value: Option<Vec<Value>>, known: &Known) {
        match (target, value) {
            (Expr::Var(v), values) => {
                let at = v.span().start_offset as usize;
                self.forget_conditions_on(v.id);
                let local = Local::set(values.unwrap_or_default(), at).under(known);
                self.locals.insert(v.id.to_owned(), local);
            }
            (Expr::Tuple(t), _) => {
                for item in &t.items {
                    self.bind(item, None, known);
                }
            }
            (Expr::List(l), _) => {
                for item in &l.items {
                    self.bind(item, None, known);
                }
            }
            _ => {}
        }
    }

    /// `target = value` (`set`, `with`): a field (`customer.company`, `summary.goal`) is
    /// kept as it is, undefined or not, and stands for what it reads (unless it is known
    /// to be there where it is set); any other value is worked out now, and is the
    /// template's own. A bare variable of the context is no field: a group
    /// (`{% set c = customer %}`) does not load (`T004`, [`crate::rules::reach`]), and
    /// text or a list (`route`, `triggers`) is always there.
    fn assign(&mut self, target: &Expr<'_>, value: &Expr<'_>, known: &Known) {
        let values = match (target, self.resolve(value)) {
            (Expr::Var(_), Some(values)) => {
                // Keeping `x.y` reads `x` (an attribute of an undefined `x` fails).
                self.quiet(value, known);
                Some(
                    values
                        .into_iter()
                        .filter(|(parts, _)| parts.len() >= 2 && !known.contains(&parts.join(".")))
                        .collect(),
                )
            }
            _ => {
                self.value(value, known);
                None
            }
        };
        self.bind(target, values, known);
    }

    /// Walks `stmts` with the variables the template set so far, then forgets what they
    /// set: the body of a loop, a `with`, a block.
    fn scoped(&mut self, stmts: &[Stmt<'_>], known: &Known) {
        let outer = self.locals.clone();
        self.stmts(stmts, known);
        self.locals = outer;
    }

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
                // `if` has no scope of its own: what a branch sets holds after it
                // ([`locals::merged`]).
                // Each branch also knows its condition held or failed, for a variable set
                // in it and read under the same condition later ([`Walk::condition`]).
                let (holds, fails) = self.condition(&c.expr);
                let outer = self.locals.clone();
                let mut when_true = self.when_true(&c.expr);
                when_true.insert(holds);
                self.stmts(&c.true_body, &with(known, when_true));
                let after_true = std::mem::replace(&mut self.locals, outer);
                let mut when_false = self.when_false(&c.expr);
                when_false.insert(fails);
                self.stmts(&c.false_body, &with(known, when_false));
                let after_false = std::mem::take(&mut self.locals);
                self.locals = locals::merged(after_true, after_false);
            }
            Stmt::ForLoop(f) => {
                self.value(&f.iter, known);
                let outer = self.locals.clone();
                self.bind(&f.target, None, known);
                self.locals
                    .insert("loop".to_owned(), Local::set(Vec::new(), 0));
                if let Some(filter) = &f.filter_expr {
                    self.truth(filter, known);
                }
                self.stmts(&f.body, known);
                self.locals = outer;
                self.scoped(&f.else_body, known);
            }
            Stmt::WithBlock(w) => {
                let outer = self.locals.clone();
                for (target, value) in &w.assignments {
                    self.assign(target, value, known);
                }
                self.stmts(&w.body, known);
                self.locals = outer;
            }
            Stmt::Set(s) => self.assign(&s.target, &s.expr, known),
            Stmt::SetBlock(s) => {
                if let Some(filter) = &s.filter {
                    self.value(filter, known);
                }
                self.scoped(&s.body, known);
                self.bind(&s.target, None, known);
            }
            Stmt::AutoEscape(a) => self.stmts(&a.body, known),
            Stmt::FilterBlock(f) => {
                self.value(&f.filter, known);
                self.stmts(&f.body, known);
            }
            Stmt::Block(b) => self.scoped(&b.body, known),
            Stmt::Do(d) => self.value(&d.call.expr, known),
            _ => {}
        }
    }

    /// A dotted value read: each part of two or more parts not known to be there is
    /// read unguarded, up to `upto` parts (its last part too, or only those it reads
    /// an attribute of).
    /// `site`: how and where the template writes it ([`suspects`]).
    fn read(&mut self, (parts, at): Value, upto: usize, known: &Known, site: Site<'_>) {
        // `summary.x | default(…)` fails when there is no `summary` at all.
        if upto == 1 && parts.len() > 1 {
            self.suspect_value(site, &parts[0], parts[0].clone());
        }
        for end in 2..=upto.min(parts.len()) {
            let path = parts[..end].join(".");
            if !known.contains(&path) {
                // As written where it is named (`customer['order id']`), for a message.
                let shown = shown_at(&self.source, at, end).map_or_else(|| path.clone(), |s| s.0);
                self.suspect_value(site, &path, shown);
                self.unguarded.entry(path).or_insert(at);
            }
        }
    }

    /// `expr` where an undefined value fails: printed, passed to a filter, iterated.
    fn value(&mut self, expr: &Expr<'_>, known: &Known) {
        self.local_read(expr, true, known);
        if let Some(values) = self.resolve(expr) {
            let site = written(expr);
            if values.is_empty() {
                self.suspect_own(site.as_ref(), true);
            }
            for read in values {
                let upto = read.0.len();
                self.read(read, upto, known, site.as_ref());
            }
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
                self.value(&b.right, &with(known, self.when_false(&b.left)));
            }
            // `x and y` is `x` when `x` is false, which an undefined `x` is.
            Expr::BinOp(b) if matches!(b.op, BinOpKind::ScAnd) => {
                self.value(&b.left, known);
                self.value(&b.right, &with(known, self.when_true(&b.left)));
            }
            Expr::BinOp(b) => {
                self.value(&b.left, known);
                self.value(&b.right, known);
            }
            Expr::UnaryOp(u) if matches!(u.op, UnaryOpKind::Not) => self.truth(&u.expr, known),
            Expr::UnaryOp(u) => self.value(&u.expr, known),
            Expr::IfExpr(i) => {
                self.truth(&i.test_expr, known);
                self.value(&i.true_expr, &with(known, self.when_true(&i.test_expr)));
                if let Some(other) = &i.false_expr {
                    self.value(other, &with(known, self.when_false(&i.test_expr)));
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

mod dotted;
mod known;
mod locals;
pub(crate) mod suspects;

pub(crate) use dotted::shown_at;
use dotted::{canonical, located};
pub(crate) use known::guard_help;
use known::with;
use locals::Local;
use suspects::{Site, Suspect, written};
#[cfg(test)]
mod tests;
