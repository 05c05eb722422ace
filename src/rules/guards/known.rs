//! What a test in a bridge template says is there: an `if`'s condition, the left of
//! `and` and `or`, an `if … else`'s test → the dotted values (and the variables the
//! template set) known to be there in the branch it guards ([`super`] walks the
//! template). Also the walk of an expression tested for truth or taken as
//! it is, undefined or not (`default`'s, `is defined`'s).

use minijinja::machinery::ast::{BinOpKind, Expr, UnaryOpKind};

use super::{Known, Walk, written};

impl Walk {
    /// `expr` where an undefined value is taken as it is (`default`'s, `is defined`'s):
    /// only reading an attribute of one fails.
    pub(super) fn quiet(&mut self, expr: &Expr<'_>, known: &Known) {
        self.local_read(expr, false, known);
        match self.resolve(expr) {
            Some(values) => {
                let site = written(expr);
                if values.is_empty() {
                    self.suspect_own(site.as_ref(), false);
                }
                for read in values {
                    let upto = read.0.len().saturating_sub(1);
                    self.read(read, upto, known, site.as_ref());
                }
            }
            None => self.value(expr, known),
        }
    }

    /// `expr` tested for truth (`if`, `or`, `not`): an undefined value is false.
    pub(super) fn truth(&mut self, expr: &Expr<'_>, known: &Known) {
        match expr {
            Expr::BinOp(b) if matches!(b.op, BinOpKind::ScAnd) => {
                self.truth(&b.left, known);
                self.truth(&b.right, &with(known, self.when_true(&b.left)));
            }
            Expr::BinOp(b) if matches!(b.op, BinOpKind::ScOr) => {
                self.truth(&b.left, known);
                self.truth(&b.right, &with(known, self.when_false(&b.left)));
            }
            Expr::UnaryOp(u) if matches!(u.op, UnaryOpKind::Not) => self.truth(&u.expr, known),
            _ => self.quiet(expr, known),
        }
    }

    /// The values there when `expr` is true: `x`, `x is defined`, both sides of `and`,
    /// what both sides of `or` say, what `not` of a false one says.
    pub(super) fn when_true(&self, expr: &Expr<'_>) -> Known {
        let mut known = self.values_when_true(expr);
        known.extend(self.local(expr));
        known
    }

    /// [`Walk::when_true`], but for a variable the template set itself.
    fn values_when_true(&self, expr: &Expr<'_>) -> Known {
        if let Some(path) = self.single(expr) {
            return Known::from([path]);
        }
        match expr {
            Expr::Test(t) if t.name == "defined" => self.defined(&t.expr),
            Expr::BinOp(b) if matches!(b.op, BinOpKind::ScAnd) => {
                let mut known = self.when_true(&b.left);
                known.extend(self.when_true(&b.right));
                known
            }
            Expr::BinOp(b) if matches!(b.op, BinOpKind::ScOr) => self
                .when_true(&b.left)
                .intersection(&self.when_true(&b.right))
                .cloned()
                .collect(),
            Expr::UnaryOp(u) if matches!(u.op, UnaryOpKind::Not) => self.when_false(&u.expr),
            _ => Known::new(),
        }
    }

    /// The values there when `expr` is false: `x is undefined`, `not x`, either side of
    /// `or` (both are false), what both sides of `and` say.
    pub(super) fn when_false(&self, expr: &Expr<'_>) -> Known {
        match expr {
            Expr::Test(t) if t.name == "undefined" => self.defined(&t.expr),
            Expr::BinOp(b) if matches!(b.op, BinOpKind::ScOr) => {
                let mut known = self.when_false(&b.left);
                known.extend(self.when_false(&b.right));
                known
            }
            Expr::BinOp(b) if matches!(b.op, BinOpKind::ScAnd) => self
                .when_false(&b.left)
                .intersection(&self.when_false(&b.right))
                .cloned()
                .collect(),
            Expr::UnaryOp(u) if matches!(u.op, UnaryOpKind::Not) => self.when_true(&u.expr),
            _ => Known::new(),
        }
    }

    /// `expr` (a dotted value) as the one value known to be there.
    fn defined(&self, expr: &Expr<'_>) -> Known {
        self.single(expr)
            .into_iter()
            .chain(self.local(expr))
            .collect()
    }
}

/// The help of a check that reports `path` read unguarded: every guard this module
/// follows, written for `path`.
pub(crate) fn guard_help(path: &str) -> String {
    format!(
        "guard it: `{{{{ {path} | default(\"…\") }}}}`, `{{{{ {path} or \"…\" }}}}`, or write it inside `{{% if {path} %}}…{{% endif %}}` or `{{% if {path} is defined %}}…{{% endif %}}`"
    )
}

/// `known` and `more`.
pub(super) fn with(known: &Known, more: Known) -> Known {
    let mut known = known.clone();
    known.extend(more);
    known
}
