//! The variables a bridge template sets, as the guard walk ([`super`]) follows them: what
//! each stands for, whether every path to a point set it, and the reads of one that a
//! path may have left undefined. `{% if %}` has no scope in the template engine:
//! `{% if x %}{% set g = "a" %}{% else %}{% set g = "b" %}{% endif %}{{ g }}` is fine,
//! `{% if x %}{% set g = "a" %}{% endif %}{{ g }}` fails whenever `x` is false, and
//! `{% if x %}{% set g = "a" %}{% endif %}…{% if x %}{{ g }}{% endif %}` is fine: the
//! conditions that held where a variable was set are kept with it, and a read where all
//! of them hold again is one where it is set (unless the template set a variable they
//! test in between).

use std::collections::BTreeMap;

use minijinja::machinery::ast::Expr;

use super::{Known, Value, Walk, located};

/// How an `{% if %}`'s condition is written among the values it tells are there
/// ([`Known`]): no dotted value starts so.
const CONDITION: &str = "{% if ";

/// A variable the template sets.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Local {
    /// The values of the context it may stand for (none: a value of the template's own,
    /// which reads nothing).
    pub(super) values: Vec<Value>,
    /// The byte offset of (the first) `set` of it.
    at: usize,
    /// Some branch of an `{% if %}` before this point did not set it.
    maybe_unset: bool,
    /// The conditions of `{% if %}`s ([`Walk::condition`]) that held on every path that
    /// set it: where they all hold, it is set.
    when: Known,
}

impl Local {
    /// Set, on every path, at byte `at`.
    pub(super) fn set(values: Vec<Value>, at: usize) -> Local {
        Local {
            values,
            at,
            maybe_unset: false,
            when: Known::new(),
        }
    }

    /// Set where the conditions of `known` hold.
    pub(super) fn under(self, known: &Known) -> Local {
        let when = known
            .iter()
            .filter(|k| k.starts_with(CONDITION))
            .cloned()
            .collect();
        Local { when, ..self }
    }
}

/// The variables after an `{% if %}`, from those after its `true` branch and those
/// after its `false` one (each started from those before it): a variable either set may
/// stand for what either set it to, and is there for sure only when both set it.
pub(super) fn merged(
    after_true: BTreeMap<String, Local>,
    mut after_false: BTreeMap<String, Local>,
) -> BTreeMap<String, Local> {
    let in_true: Vec<String> = after_true.keys().cloned().collect();
    for (name, local) in after_true {
        match after_false.get_mut(&name) {
            Some(merged) => {
                for value in local.values {
                    if !merged.values.contains(&value) {
                        merged.values.push(value);
                    }
                }
                merged.maybe_unset |= local.maybe_unset;
                merged.at = merged.at.min(local.at);
                merged.when.retain(|c| local.when.contains(c));
            }
            None => {
                after_false.insert(
                    name,
                    Local {
                        maybe_unset: true,
                        ..local
                    },
                );
            }
        }
    }
    for (name, local) in &mut after_false {
        if !in_true.contains(name) {
            local.maybe_unset = true;
        }
    }
    after_false
}

impl Walk {
    /// A read of the dotted value `expr` (`g`, `g.x`): notes whether its variable is one
    /// the template set here, and a read of one a branch may have left unset that fails
    /// if it is (`whole`: printed, filtered; otherwise only an attribute of it fails)
    /// unless a test says it is there (`{% if g %}`, `g is defined`).
    pub(super) fn local_read(&mut self, expr: &Expr<'_>, whole: bool, known: &Known) {
        let Some((parts, at)) = located(expr) else {
            return;
        };
        let name = parts[0];
        let Some(local) = self.locals.get(name) else {
            self.free_reads.insert(name.to_owned());
            return;
        };
        self.bound_reads.insert(name.to_owned());
        // Read where every condition it was set under holds again: it is set.
        let set_here = !local.when.is_empty() && local.when.is_subset(known);
        if local.maybe_unset && (whole || parts.len() > 1) && !known.contains(name) && !set_here {
            let set_at = local.at;
            let written = super::written(expr).map_or_else(|| parts.join("."), |(w, _)| w);
            self.suspect_unset(written, at, set_at);
            self.unset.entry(name.to_owned()).or_insert((at, set_at));
        }
    }

    /// `expr` as the name of a variable the template set, for a test that says it is
    /// there (`{% if g %}`, `g is defined`).
    pub(super) fn local(&self, expr: &Expr<'_>) -> Option<String> {
        match expr {
            Expr::Var(v) if self.locals.contains_key(v.id) => Some(v.id.to_owned()),
            _ => None,
        }
    }

    /// How a branch of the `{% if %}` of `expr` knows its condition held, and how the
    /// other knows it failed: the condition as written, its spaces collapsed.
    pub(super) fn condition(&self, expr: &Expr<'_>) -> (String, String) {
        let span = expr.span();
        let text = self
            .source
            .get(span.start_offset as usize..span.end_offset as usize)
            .unwrap_or("?");
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        (
            format!("{CONDITION}{text} %}}"),
            format!("{CONDITION}not ({text}) %}}"),
        )
    }

    /// `name` is set again: a condition that reads it may no longer say what it said
    /// where a variable was set under it.
    pub(super) fn forget_conditions_on(&mut self, name: &str) {
        let reads = |condition: &str| {
            condition
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|word| word == name)
        };
        for local in self.locals.values_mut() {
            local.when.retain(|c| !reads(c));
        }
    }
}
