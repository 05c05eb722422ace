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
    /// An attribute of a value of the template's own (a loop's item, a variable set to
    /// text): the dotted values, from the first attribute to what is read, any of which
    /// may be the one undefined (`f.x` and `f.x.y` of `{{ f.x.y }}`).
    Own(Vec<String>),
}

/// The attributes of a loop's `loop` that are always there (`loop.previtem` is not, on
/// the first item).
const LOOP_ALWAYS: &[&str] = &[
    "index",
    "index0",
    "revindex",
    "revindex0",
    "first",
    "last",
    "length",
    "depth",
    "depth0",
    "cycle",
    "changed",
];

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

    /// Notes the read of an attribute of a value of the template's own, written `site`
    /// (a dotted value of two or more parts): `whole` when what it reads is printed or
    /// filtered (an undefined one fails), otherwise only an attribute of it is read
    /// (`f.x.y | default('')` fails on an undefined `f.x` only).
    pub(super) fn suspect_own(&mut self, site: Site<'_>, whole: bool) {
        let Some((written, at)) = site else { return };
        let parts: Vec<&str> = written.split('.').collect();
        let upto = if whole { parts.len() } else { parts.len() - 1 };
        let paths: Vec<String> = (2..=upto)
            .filter(|&end| !(end == 2 && parts[0] == "loop" && LOOP_ALWAYS.contains(&parts[1])))
            .map(|end| parts[..end].join("."))
            .collect();
        if !paths.is_empty() {
            self.suspects.push(Suspect {
                at: *at,
                written: written.clone(),
                reads: Reads::Own(paths),
            });
        }
    }
}
