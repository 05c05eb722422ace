//! Reasoning about conditions: can one never hold, always hold, or imply another?
//!
//! Every answer is conservative: "yes" means provably so from the structure of the
//! conditions (contradictory metadata tests, empty counter ranges, `X` and `not X`, an
//! `all` that contains a weaker condition); "no" means "not proven". Checks report only
//! the provable cases, so a finding is never a guess. Implication is in `implies.rs`.

// Bounds are numbers as the author wrote them; comparing them exactly is the point.
#![allow(clippy::float_cmp)]

use std::collections::BTreeSet;

use crate::rules::{Condition, Counter};

mod field_set;
mod implies;
mod window;

pub(super) use field_set::FieldSet;
pub(super) use implies::implies;
pub(crate) use window::most_bot_repeats;
use window::{too_many_bot_repeats, window_too_short};

/// Structural equality, ignoring spans.
pub(super) fn same(a: &Condition, b: &Condition) -> bool {
    use Condition as C;
    match (a, b) {
        (C::All(x), C::All(y)) | (C::Any(x), C::Any(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (C::Not(x, _), C::Not(y, _)) => same(x, y),
        (
            C::Message {
                role: r1,
                signal: s1,
                ..
            },
            C::Message {
                role: r2,
                signal: s2,
                ..
            },
        ) => r1 == r2 && s1 == s2,
        (
            C::Seen {
                signal: s1,
                role: r1,
                at_least: n1,
                within: w1,
                ..
            },
            C::Seen {
                signal: s2,
                role: r2,
                at_least: n2,
                within: w2,
                ..
            },
        ) => s1 == s2 && r1 == r2 && n1 == n2 && w1 == w2,
        (
            C::Counter {
                counter: c1,
                at_least: l1,
                at_most: h1,
                within: w1,
                ..
            },
            C::Counter {
                counter: c2,
                at_least: l2,
                at_most: h2,
                within: w2,
                ..
            },
        ) => c1 == c2 && l1 == l2 && h1 == h2 && w1 == w2,
        (
            C::Meta {
                field: f1,
                test: t1,
                ..
            },
            C::Meta {
                field: f2,
                test: t2,
                ..
            },
        ) => f1 == f2 && FieldSet::of(t1) == FieldSet::of(t2),
        (C::Trigger { trigger: t1, .. }, C::Trigger { trigger: t2, .. }) => t1 == t2,
        (C::Hours { hours: h1, .. }, C::Hours { hours: h2, .. }) => h1 == h2,
        _ => false,
    }
}

/// Whether `c` holds after every message of every conversation.
pub(super) fn always_true(c: &Condition) -> bool {
    match c {
        Condition::All(items) => items.iter().all(always_true),
        Condition::Any(items) => items.iter().any(always_true) || excluded_middle(items),
        Condition::Not(inner, _) => unsatisfiable(inner).is_some(),
        Condition::Message { role, signal, .. } => role.is_none() && signal.is_none(),
        Condition::Seen { at_least, .. } => *at_least == 0,
        Condition::Counter {
            counter,
            at_least,
            at_most,
            within,
            ..
        } => {
            // Minutes need timestamps, which a conversation may not have.
            *counter != Counter::MinutesElapsed
                && at_most.is_none()
                && at_least.is_none_or(|lo| lo <= floor(*counter, *within))
        }
        // Hours need a timestamp, which a message may not have.
        Condition::Meta { .. } | Condition::Trigger { .. } | Condition::Hours { .. } => false,
    }
}

/// Whether the alternatives of one `any` (nested `any`s flattened) hold a condition and
/// its negation (`X` or `not X`), or `not Y` beside anything `Y` implies: whichever way
/// `Y` goes, one of them holds. The dual of an `all` requiring `X` and `not X`.
pub(super) fn excluded_middle(items: &[Condition]) -> bool {
    excluded_middle_pair(items).is_some()
}

/// The `not Y` and the alternative `Y` implies of [`excluded_middle`], if any. A chain
/// of `not`s is read as its count says, however deep: `not not not X` is `not X`, and
/// `not not X` is `X`.
fn excluded_middle_pair(items: &[Condition]) -> Option<Negation<'_>> {
    let mut leaves = Vec::new();
    flatten_any(items, &mut leaves);
    let peeled: Vec<(bool, &Condition)> = leaves.iter().map(|&leaf| peel(leaf)).collect();
    leaves
        .iter()
        .zip(&peeled)
        .find_map(|(&leaf, &(negated, y))| {
            if !negated {
                return None;
            }
            leaves
                .iter()
                .zip(&peeled)
                .find(|&(_, &(other_negated, x))| !other_negated && implies(y, x))
                .map(|(&other, &(_, x))| Negation {
                    not: leaf,
                    other,
                    exact: same(y, x),
                })
        })
}

/// `c` without its chain of `not`s, and whether they negate it (an odd count).
fn peel(c: &Condition) -> (bool, &Condition) {
    let mut negated = false;
    let mut c = c;
    while let Condition::Not(inner, _) = c {
        negated = !negated;
        c = inner;
    }
    (negated, c)
}

/// Two alternatives of one `any` of which one holds whatever the conversation: `not`
/// (a `not Y`) and `other`, which `Y` implies (`exact`: is `Y`).
#[derive(Debug, Clone, Copy)]
pub(super) struct Negation<'a> {
    pub not: &'a Condition,
    pub other: &'a Condition,
    pub exact: bool,
}

/// The two alternatives through which `c` holds after every message, when it does so
/// through an `any` of a condition and its negation ([`excluded_middle`]) rather than
/// through a condition that always holds on its own: to say which, and where, in a
/// finding.
pub(super) fn negation_in(c: &Condition) -> Option<Negation<'_>> {
    match c {
        Condition::All(items) => {
            if items.iter().all(always_true) {
                items.iter().find_map(negation_in)
            } else {
                None
            }
        }
        Condition::Any(items) => {
            if items.iter().any(always_true) {
                items.iter().find_map(negation_in)
            } else {
                excluded_middle_pair(items)
            }
        }
        _ => None,
    }
}

fn flatten_any<'a>(items: &'a [Condition], out: &mut Vec<&'a Condition>) {
    for item in items {
        match item {
            Condition::Any(inner) => flatten_any(inner, out),
            other => out.push(other),
        }
    }
}

/// The smallest value a counter takes after a message (in a window, any count can be 0).
fn floor(counter: Counter, within: Option<u32>) -> f64 {
    if counter == Counter::Turn && within.is_none() {
        1.0
    } else {
        0.0
    }
}

/// Why `c` can never hold, if it provably cannot.
pub(super) fn unsatisfiable(c: &Condition) -> Option<String> {
    match c {
        Condition::All(items) => {
            if let Some(reason) = items.iter().find_map(unsatisfiable) {
                return Some(reason);
            }
            contradiction(items)
        }
        Condition::Any(items) => {
            let reasons: Vec<String> = items.iter().map_while(unsatisfiable).collect();
            (!items.is_empty() && reasons.len() == items.len()).then(|| {
                if reasons.len() == 1 {
                    reasons[0].clone()
                } else {
                    "none of the alternatives can hold".to_owned()
                }
            })
        }
        Condition::Not(inner, _) => {
            always_true(inner).then(|| "it negates a condition that always holds".to_owned())
        }
        Condition::Counter {
            counter,
            at_least,
            at_most,
            within,
            ..
        } => counter_contradiction(*counter, *at_least, *at_most, *within),
        Condition::Seen {
            at_least, within, ..
        } => window_too_short("a `seen` count", f64::from(*at_least), *within),
        Condition::Meta { field, test, .. } => FieldSet::of(test).contradiction(field),
        Condition::Message { .. } | Condition::Trigger { .. } | Condition::Hours { .. } => None,
    }
}

fn counter_contradiction(
    counter: Counter,
    lo: Option<f64>,
    hi: Option<f64>,
    within: Option<u32>,
) -> Option<String> {
    let name = counter.as_str();
    let floor = floor(counter, within);
    match (lo, hi) {
        (Some(lo), Some(hi)) if lo > hi => {
            Some(format!("`{name}` cannot be at least {lo} and at most {hi}"))
        }
        (_, Some(hi)) if hi < floor => Some(format!("`{name}` is never below {floor}")),
        (Some(lo), _) => window_too_short(&format!("`{name}`"), lo, within)
            .or_else(|| too_many_bot_repeats(counter, lo, within)),
        _ => None,
    }
}

/// Whether `c` is a lone `bot_repeats` count that can never hold only because the
/// customer writes between the bot's questions: `L008` says it where `at_least` is, with
/// the window that would hold it, so `L003` need not say the rule is dead as well.
pub(super) fn only_too_many_bot_repeats(c: &Condition) -> bool {
    let Condition::Counter {
        counter: counter @ Counter::BotRepeats,
        at_least: Some(lo),
        at_most,
        within,
        ..
    } = c
    else {
        return false;
    };
    let reason = too_many_bot_repeats(*counter, *lo, *within);
    reason.is_some() && counter_contradiction(*counter, Some(*lo), *at_most, *within) == reason
}

/// A counter's bounds in one window: (counter, `within`, `at_least`, `at_most`).
type CounterRange = (Counter, Option<u32>, Option<f64>, Option<f64>);

/// Contradictions between the leaves of one `all` (nested `all`s flattened).
fn contradiction(items: &[Condition]) -> Option<String> {
    let mut leaves = Vec::new();
    flatten_all(items, &mut leaves);
    // Metadata: intersect the tests on each field.
    let mut fields: Vec<(&str, FieldSet)> = Vec::new();
    for leaf in &leaves {
        if let Condition::Meta { field, test, .. } = leaf {
            let set = FieldSet::of(test);
            match fields.iter_mut().find(|(f, _)| f == field) {
                Some((_, acc)) => *acc = acc.intersect(&set),
                None => fields.push((field, set)),
            }
        }
    }
    for (field, set) in &fields {
        if let Some(reason) = set.contradiction(field) {
            return Some(reason);
        }
    }
    // Counters: intersect the ranges of each counter (counted in the same window).
    let mut counters: Vec<CounterRange> = Vec::new();
    for leaf in &leaves {
        if let Condition::Counter {
            counter,
            at_least,
            at_most,
            within,
            ..
        } = leaf
        {
            match counters
                .iter_mut()
                .find(|(c, w, _, _)| c == counter && w == within)
            {
                Some((_, _, lo, hi)) => {
                    *lo = max_opt(*lo, *at_least);
                    *hi = min_opt(*hi, *at_most);
                }
                None => counters.push((*counter, *within, *at_least, *at_most)),
            }
        }
    }
    for (counter, within, lo, hi) in counters {
        if let Some(reason) = counter_contradiction(counter, lo, hi, within) {
            return Some(reason);
        }
    }
    // The latest message has one role.
    let roles: BTreeSet<_> = leaves
        .iter()
        .filter_map(|l| match l {
            Condition::Message { role: Some(r), .. } => Some(*r),
            _ => None,
        })
        .collect();
    if roles.len() > 1 {
        let names: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
        return Some(format!(
            "the latest message cannot be from {} at once",
            names.join(" and ")
        ));
    }
    // X and not X (or anything implying X). A chain of `not`s is read by its parity, as
    // in `excluded_middle_pair`: `not not not X` is `not X`, `not not X` is `X`.
    for leaf in &leaves {
        let (negated, y) = peel(leaf);
        if negated
            && leaves.iter().any(|other| {
                let (other_negated, x) = peel(other);
                implies(other, y) || (!other_negated && implies(x, y))
            })
        {
            return Some("it requires a condition and its negation".to_owned());
        }
    }
    None
}

fn flatten_all<'a>(items: &'a [Condition], out: &mut Vec<&'a Condition>) {
    for item in items {
        match item {
            Condition::All(inner) => flatten_all(inner, out),
            other => out.push(other),
        }
    }
}

fn max_opt(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

fn min_opt(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests;
