//! A bridge template that writes a group of values whole (`{{ customer }}`, `{{ team }}`):
//! a template's source → the groups it writes, each an error (`T004`) at the place the
//! group is read, in the words every render that writes it fails with. The template's
//! statements and expressions are walked (a group reaches the output through `or`,
//! `default`, `if … else`, and `set`/`with`/loop variables too), not only bare lookups.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use minijinja::machinery::ast::{BinOpKind, CallArg, Expr, Stmt};

use crate::diag::{Annotate, Span};
use crate::engine::{GROUP_WRITTEN_WHOLE, NAME_A_FIELD};

use super::super::Validator;
use super::TEMPLATE_VARIABLES;
use super::spans::{WHOLE_TAIL, in_tags};
use crate::rules::reach::group;

/// Filters whose value, given a group, holds every field of it, written as text (`string`,
/// `lower`, `pprint`…) or as a list of `(field, value)` pairs (`items`, `dictsort`): the
/// render's formatter, which refuses a group, sees only text or a list, and writes it.
/// Filters that give only the fields' names (`list`, `join`, `first`) or a number
/// (`length`) write no value, and are not among them.
const WRITES_WHOLE: &[&str] = &[
    "string",
    "pprint",
    "items",
    "dictsort",
    "lower",
    "upper",
    "title",
    "capitalize",
    "trim",
    "safe",
    "escape",
    "e",
    "indent",
    "replace",
    "format",
];

impl Validator<'_> {
    /// Reports each group of values the template writes whole: `{{ customer }}`, also
    /// through `default` (`{{ team | default("us") }}`, which is the group whenever it
    /// is there), `or` (`{{ customer or "you" }}`), `if … else`, and variables the
    /// template sets to one (`{% set c = customer %}{{ c }}`). Only a group read as the
    /// context's (not a `set` or loop variable of that name): a render that writes it
    /// fails. `{{ customer.name or "x" }}` writes a field, and is not reported.
    ///
    /// Gives the byte offsets of every such read, reported or not (one per group is).
    pub(super) fn check_groups_written_whole(
        &mut self,
        source: &str,
        span: Span,
    ) -> BTreeSet<usize> {
        let syntax = minijinja::syntax::SyntaxConfig::default();
        // The caller has compiled the template: a parse error here cannot happen, and
        // would only mean nothing to report.
        let Ok(root) = minijinja::machinery::parse(source, "bridge", syntax) else {
            return BTreeSet::new();
        };
        let mut walk = Walk {
            source,
            locals: BTreeMap::new(),
            found: Vec::new(),
        };
        walk.stmt(&root);
        let mut reported: Vec<&str> = Vec::new();
        let mut offsets = BTreeSet::new();
        for found in walk.found {
            offsets.insert(found.read.offset);
            if reported.contains(&found.read.group) {
                continue;
            }
            reported.push(found.read.group);
            self.report_group(source, span, &found);
        }
        offsets
    }

    fn report_group(&mut self, source: &str, span: Span, found: &Found) {
        let group = found.read.group;
        let fields = TEMPLATE_VARIABLES
            .iter()
            .find(|(name, _)| *name == group)
            .and_then(|(_, attrs)| *attrs)
            .map_or_else(
                || format!("`{group}.first_name`, or any column of the export"),
                |attrs| {
                    attrs
                        .iter()
                        .map(|(a, _)| format!("`{group}.{a}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                },
            );
        // The how-manyth whole read of the group this is in the template, to find the
        // same one in the file, which may spell the template differently (quotes).
        let nth = in_tags(source, false, &[group], WHOLE_TAIL)
            .iter()
            .position(|r| r.start == found.read.offset)
            .unwrap_or(0);
        let at = super::spans::whole_read_span(self.sources, span, group, nth);
        let mut label = format!("`{group}` is a group of values: a render that writes it fails");
        if let Some((tag, line)) = &found.written_elsewhere {
            let _ = write!(
                label,
                ", and `{{{{ {tag} }}}}` in line {line} of the template writes it"
            );
        }
        self.error("T004", format!("{GROUP_WRITTEN_WHOLE}; {NAME_A_FIELD}"), at)
            .with_label(label)
            .with_help(format!("write one of its fields: {fields}"));
    }
}

/// A group of the context's read whole, at a byte offset in the template's source.
#[derive(Clone, Copy, PartialEq)]
struct Read {
    group: &'static str,
    offset: usize,
}

/// A group read whole and written to the output.
struct Found {
    read: Read,
    /// Where it is written, when the read is elsewhere (a `set`): the expression as
    /// the template writes it, and its line in the template.
    written_elsewhere: Option<(String, usize)>,
}

/// A variable the template sets: the group reads it may hold (none: a value of the
/// template's own, which hides a context group of that name).
#[derive(Clone, Default)]
struct Local {
    reads: Vec<Read>,
    /// It may still be the context's (set in one branch of an `if` only).
    context: bool,
}

/// The walk through a template: what each variable it sets may hold, and what it writes.
struct Walk<'s> {
    /// The template's source.
    source: &'s str,
    locals: BTreeMap<String, Local>,
    found: Vec<Found>,
}

impl Walk<'_> {
    fn stmts(&mut self, stmts: &[Stmt<'_>]) {
        for stmt in stmts {
            self.stmt(stmt);
        }
    }

    /// Walks `stmts` in a scope of their own: what they set is gone after them.
    fn scoped(&mut self, bind: &[(&Expr<'_>, Vec<Read>)], stmts: &[Stmt<'_>]) {
        let outer = self.locals.clone();
        for (target, reads) in bind {
            self.bind(target, reads.clone());
        }
        self.stmts(stmts);
        self.locals = outer;
    }

    fn stmt(&mut self, stmt: &Stmt<'_>) {
        match stmt {
            Stmt::Template(t) => self.stmts(&t.children),
            Stmt::EmitExpr(e) => {
                let at = e.span();
                let offsets = at.start_offset as usize..at.end_offset as usize;
                for read in self.reads(&e.expr) {
                    let written_elsewhere = (!offsets.contains(&read.offset)).then(|| {
                        let tag = self.source.get(offsets.clone()).unwrap_or_default();
                        (tag.to_owned(), usize::from(at.start_line))
                    });
                    self.found.push(Found {
                        read,
                        written_elsewhere,
                    });
                }
            }
            Stmt::ForLoop(f) => {
                // `{% for c in [customer] %}`: the loop variable is the group.
                let items = match &f.iter {
                    Expr::List(l) => l.items.iter().flat_map(|i| self.reads(i)).collect(),
                    _ => Vec::new(),
                };
                self.scoped(&[(&f.target, items)], &f.body);
                self.scoped(&[], &f.else_body);
            }
            Stmt::IfCond(c) => {
                // `if` has no scope of its own: what either branch sets may hold after it.
                let outer = self.locals.clone();
                self.stmts(&c.true_body);
                let after_true = std::mem::replace(&mut self.locals, outer);
                self.stmts(&c.false_body);
                let after_false = std::mem::take(&mut self.locals);
                self.locals = merge(after_true, after_false);
            }
            Stmt::WithBlock(w) => {
                let bind: Vec<_> = w
                    .assignments
                    .iter()
                    .map(|(target, value)| (target, self.reads(value)))
                    .collect();
                self.scoped(&bind, &w.body);
            }
            Stmt::Set(s) => {
                let reads = self.reads(&s.expr);
                self.bind(&s.target, reads);
            }
            Stmt::SetBlock(s) => {
                self.stmts(&s.body);
                self.bind(&s.target, Vec::new());
            }
            Stmt::AutoEscape(a) => self.stmts(&a.body),
            Stmt::FilterBlock(f) => self.stmts(&f.body),
            Stmt::Block(b) => self.scoped(&[], &b.body),
            _ => {}
        }
    }

    /// Sets the variables of `target` (`c`, or `a, b`), each to what `reads` may be.
    fn bind(&mut self, target: &Expr<'_>, reads: Vec<Read>) {
        match target {
            Expr::Var(v) => {
                let local = Local {
                    reads,
                    context: false,
                };
                self.locals.insert(v.id.to_owned(), local);
            }
            Expr::Tuple(t) => {
                for item in &t.items {
                    self.bind(item, reads.clone());
                }
            }
            _ => {}
        }
    }

    /// The group reads the value of `expr` may be.
    fn reads(&self, expr: &Expr<'_>) -> Vec<Read> {
        match expr {
            Expr::Var(v) => {
                let local = self.locals.get(v.id);
                let context = local.is_none_or(|l| l.context);
                let group = group(v.id).filter(|_| context);
                let mut reads = local.map(|l| l.reads.clone()).unwrap_or_default();
                reads.extend(group.map(|group| Read {
                    group,
                    offset: v.span().start_offset as usize,
                }));
                reads
            }
            // `a or b` is either, `a ~ b` both as text; `a and b` is `b` when it is not
            // `a` (false).
            Expr::BinOp(b) => match b.op {
                BinOpKind::ScOr | BinOpKind::Concat => {
                    [self.reads(&b.left), self.reads(&b.right)].concat()
                }
                BinOpKind::ScAnd => self.reads(&b.right),
                _ => Vec::new(),
            },
            Expr::IfExpr(i) => {
                let mut reads = self.reads(&i.true_expr);
                if let Some(other) = &i.false_expr {
                    reads.extend(self.reads(other));
                }
                reads
            }
            // A filter that turns its value into text or a list of its fields' pairs
            // writes every field: the formatter's refusal sees only the outcome, text.
            Expr::Filter(f) if WRITES_WHOLE.contains(&f.name) => {
                let mut reads = f.expr.as_ref().map(|e| self.reads(e)).unwrap_or_default();
                if f.name == "format" {
                    // `"%s" | format(customer)`: its arguments are written too.
                    for arg in &f.args {
                        if let CallArg::Pos(arg) = arg {
                            reads.extend(self.reads(arg));
                        }
                    }
                }
                reads
            }
            // A list or tuple is written as its items (`{{ [customer] }}`).
            Expr::List(l) => l.items.iter().flat_map(|i| self.reads(i)).collect(),
            Expr::Tuple(t) => t.items.iter().flat_map(|i| self.reads(i)).collect(),
            Expr::Filter(f) if matches!(f.name, "default" | "d") => {
                let mut reads = f.expr.as_ref().map(|e| self.reads(e)).unwrap_or_default();
                if let Some(CallArg::Pos(fallback)) = f.args.first() {
                    reads.extend(self.reads(fallback));
                }
                reads
            }
            _ => Vec::new(),
        }
    }
}

/// The variables after an `if`, from those after each branch (both began with the same):
/// one set in a branch only may also be what it was before, the context's.
fn merge(one: BTreeMap<String, Local>, other: BTreeMap<String, Local>) -> BTreeMap<String, Local> {
    let mut merged = other;
    for (name, ours) in &mut merged {
        if !one.contains_key(name) {
            ours.context = true;
        }
    }
    for (name, ours) in one {
        match merged.get_mut(&name) {
            Some(theirs) => {
                theirs.context |= ours.context;
                for read in ours.reads {
                    if !theirs.reads.contains(&read) {
                        theirs.reads.push(read);
                    }
                }
            }
            None => {
                merged.insert(
                    name,
                    Local {
                        context: true,
                        ..ours
                    },
                );
            }
        }
    }
    merged
}
