//! Calls in a bridge template (the walk's part of [`super`]): a call's callee and
//! arguments → a [`CallMade`] for each method called (`customer.items()`, `'x'.upper()`)
//! or value called (`agent()`), but the loop's own; no value of a bridge template has
//! methods, so each fails every render.

use std::ops::Range;

use minijinja::machinery::ast::{CallArg, Expr};

use super::{CallMade, Goes, How, TEMPLATE_VARIABLES, Walk, dotted, range, start};

impl Walk<'_> {
    /// A call of `callee` with `args`: a method or a value, noted unless it is one of
    /// the loop's own (`loop.cycle(…)`, `loop.changed(…)`, `loop(…)` in a recursive
    /// loop); a function that is no variable at all is `T002`'s.
    pub(super) fn call(&mut self, callee: &Expr<'_>, args: &[CallArg<'_>]) {
        let loop_var = |e: &Expr<'_>| {
            matches!(e, Expr::Var(v) if v.id == "loop") && self.locals.contains("loop")
        };
        let made = match callee {
            Expr::GetAttr(g) if loop_var(&g.expr) && matches!(g.name, "cycle" | "changed") => None,
            // `custmer.items()`: the unknown variable is `T002`'s, said of it.
            Expr::GetAttr(_) if root(callee).is_some_and(|name| !self.is_known(name)) => None,
            Expr::GetAttr(g) => {
                let span = range(g.span());
                let name_at = span.end.saturating_sub(g.name.len())..span.end;
                let named = self.source.get(name_at.clone()) == Some(g.name);
                Some(CallMade {
                    method: Some(g.name.to_owned()),
                    callee: self.text(start(callee)..span.end),
                    path: dotted(callee),
                    on_group: self.context_group(&g.expr),
                    range: if named { name_at } else { span },
                })
            }
            Expr::Var(v) if loop_var(callee) || !self.is_known(v.id) => None,
            other => {
                let at = start(other)..other.span().end_offset as usize;
                Some(CallMade {
                    method: None,
                    callee: self.text(at.clone()),
                    path: dotted(other),
                    on_group: None,
                    range: at,
                })
            }
        };
        self.found.calls.extend(made);
        match callee {
            // `customer.items`: the group is read for its (missing) method, the call's
            // to report.
            Expr::GetAttr(g) if self.context_group(&g.expr).is_some() => {}
            Expr::Var(_) => {}
            other => self.expr(other, &Goes::Value(How::Other)),
        }
        self.args(args, &How::Called);
    }

    /// Whether `name` is a variable: the template's or the context's.
    fn is_known(&self, name: &str) -> bool {
        self.locals.contains(name) || TEMPLATE_VARIABLES.iter().any(|(n, _)| *n == name)
    }

    /// The template's text at `range`, on one line, shortened when long.
    fn text(&self, range: Range<usize>) -> String {
        let text: String = self
            .source
            .get(range)
            .unwrap_or_default()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        match text.char_indices().nth(40) {
            Some((cut, _)) => format!("{}…", &text[..cut]),
            None => text,
        }
    }
}

/// The variable a dotted value (`customer.name.upper`) starts from.
fn root<'a>(expr: &'a Expr<'a>) -> Option<&'a str> {
    match expr {
        Expr::Var(v) => Some(v.id),
        Expr::GetAttr(g) => root(&g.expr),
        _ => None,
    }
}
