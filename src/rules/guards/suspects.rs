//! The reads of a bridge template that may fail on an undefined value, as the guard walk
//! ([`super`]) finds them: each unguarded read of a value of the context, and each read
//! of a variable the template may have left unset, where it is written. The engine names
//! what was undefined from them when a render fails with minijinja's bare "undefined
//! value" (its error carries the template line, not the name).

use super::Walk;
pub(super) use super::dotted::written;

/// A dotted value as the template writes it ([`written`]), at its byte offset.
pub(super) type Site<'a> = Option<&'a (String, usize)>;

/// A read that fails when what it reads is undefined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Suspect {
    /// The byte offset in the template where it is written.
    pub(crate) at: usize,
    /// As written there (`customer.company`, `customer['order id']`, `c.company`, `g`).
    pub(crate) written: String,
    /// What it reads.
    pub(crate) reads: Reads,
}

/// What a [`Suspect`] reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reads {
    /// A value of the context (`customer.company`, through a variable set to it too),
    /// undefined when a conversation lacks it: its path (a customer's field by its
    /// normalised name, `customer.order_id`), and as the template writes it where it
    /// names it (`customer['order id']`).
    Value { path: String, shown: String },
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
    /// Notes the unguarded read of the context's `path` (`shown` as the template names
    /// it) written as `site` (the dotted value as written, at its byte offset).
    pub(super) fn suspect_value(&mut self, site: Site<'_>, path: &str, shown: String) {
        if let Some((written, at)) = site {
            self.suspects.push(Suspect {
                at: *at,
                written: written.clone(),
                reads: Reads::Value {
                    path: path.to_owned(),
                    shown,
                },
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
        // Each part as written (`f`, `f.x`, `f.x['y z']`).
        let prefixes: Vec<String> = (1..)
            .map_while(|end| super::shown_at(written, 0, end).map(|(shown, _)| shown))
            .collect();
        let upto = if whole {
            prefixes.len()
        } else {
            prefixes.len().saturating_sub(1)
        };
        let always = |path: &str| {
            path.strip_prefix("loop.")
                .is_some_and(|attr| LOOP_ALWAYS.contains(&attr))
        };
        let paths: Vec<String> = prefixes
            .into_iter()
            .take(upto)
            .skip(1)
            .enumerate()
            .filter(|(i, path)| !(*i == 0 && always(path)))
            .map(|(_, path)| path)
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
