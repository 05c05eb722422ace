//! The variables a bridge template sets, as the guard walk ([`super`]) follows them: what
//! each stands for, whether every path to a point set it, and the reads of one that a
//! path may have left undefined. `{% if %}` has no scope in the template engine:
//! `{% if x %}{% set g = "a" %}{% else %}{% set g = "b" %}{% endif %}{{ g }}` is fine,
//! `{% if x %}{% set g = "a" %}{% endif %}{{ g }}` fails whenever `x` is false.

use std::collections::BTreeMap;

use minijinja::machinery::ast::Expr;

use super::{Known, Value, Walk, located};

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
}

impl Local {
    /// Set, on every path, at byte `at`.
    pub(super) fn set(values: Vec<Value>, at: usize) -> Local {
        Local {
            values,
            at,
            maybe_unset: false,
        }
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
        if local.maybe_unset && (whole || parts.len() > 1) && !known.contains(name) {
            let set_at = local.at;
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
}
