//! The reads of a bridge template that may fail on an undefined value, as the guard walk
//! ([`super`]) finds them: each unguarded read of a value of the context, and each read
//! of a variable the template may have left unset, where it is written. The engine names
//! what was undefined from them when a render fails with minijinja's bare "undefined
//! value" (its error carries the template line, not the name).

use minijinja::machinery::ast::Expr;

use super::{Walk, located};

/// A dotted value as the template writes it, at its byte offset.
pub(super) type Site<'a> = Option<&'a (String, usize)>;

/// `expr`, a dotted value, as written, at its byte offset.
pub(super) fn written(expr: &Expr<'_>) -> Option<(String, usize)> {
    located(expr).map(|(parts, at)| (parts.join("."), at))
}

/// A read that fails when what it reads is undefined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Suspect {
    /// The byte offset in the template where it is written.
    pub(crate) at: usize,
    /// As written there (`customer.company`, `c.company`, `g`).
    pub(crate) written: String,
    /// What it reads.
    pub(crate) reads: Reads,
}

/// What a [`Suspect`] reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reads {
    /// A value of the context (`customer.company`, through a variable set to it too),
    /// undefined when a conversation lacks it.
    Value(String),
    /// A variable the template sets in some branches of an `{% if %}` only (set at byte
    /// offset `set`), undefined when another is taken.
    Unset { set: usize },
}

impl Walk {
    /// Notes the unguarded read of the context's `path` written as `site` (the dotted
    /// value as written, at its byte offset).
    pub(super) fn suspect_value(&mut self, site: Option<&(String, usize)>, path: &str) {
        if let Some((written, at)) = site {
            self.suspects.push(Suspect {
                at: *at,
                written: written.clone(),
                reads: Reads::Value(path.to_owned()),
            });
        }
    }

    /// Notes the read, written `written` at byte `at`, of a variable that may be unset
    /// (set at byte `set`).
    pub(super) fn suspect_unset(&mut self, written: String, at: usize, set: usize) {
        self.suspects.push(Suspect {
            at,
            written,
            reads: Reads::Unset { set },
        });
    }
}
