//! Implication: two conditions → whether the first holding proves that the second
//! holds (an `all` that contains a weaker condition, a narrower metadata test, a count
//! over a wider bound or window, a message that means a signal was seen). Conservative,
//! as the rest of `logic`: `false` means "not proven".

// Bounds are numbers as the author wrote them; comparing them exactly is the point.
#![allow(clippy::float_cmp)]

use super::{FieldSet, always_true, same};
use crate::rules::Condition;

/// Whether a window of `inner` messages is inside one of `outer` (`None`: the whole
/// conversation so far), both ending with the latest message.
fn inside(inner: Option<u32>, outer: Option<u32>) -> bool {
    match (inner, outer) {
        (_, None) => true,
        (None, Some(_)) => false,
        (Some(i), Some(o)) => i <= o,
    }
}

/// Whether `a` holding proves that `b` holds.
pub(in crate::lint) fn implies(a: &Condition, b: &Condition) -> bool {
    use Condition as C;
    if always_true(b) || same(a, b) {
        return true;
    }
    match (a, b) {
        (_, C::All(ys)) => ys.iter().all(|y| implies(a, y)),
        (C::Any(xs), _) => !xs.is_empty() && xs.iter().all(|x| implies(x, b)),
        (C::All(xs), _) if xs.iter().any(|x| implies(x, b)) => true,
        (_, C::Any(ys)) => ys.iter().any(|y| implies(a, y)),
        (C::All(xs), C::Meta { field, test, .. }) => {
            // Several tests on one field together may be narrower than each alone.
            let mut acc: Option<FieldSet> = None;
            for x in xs {
                if let C::Meta {
                    field: f, test: t, ..
                } = x
                    && f == field
                {
                    let set = FieldSet::of(t);
                    acc = Some(acc.map_or(set.clone(), |a| a.intersect(&set)));
                }
            }
            acc.is_some_and(|a| a.within(&FieldSet::of(test)))
        }
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
        ) => f1 == f2 && FieldSet::of(t1).within(&FieldSet::of(t2)),
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
        ) => {
            // A count in a window is at most the count in a wider one: a lower bound
            // carries to a wider window, an upper bound to a narrower one.
            c1 == c2
                && l2.is_none_or(|l2| l1.is_some_and(|l1| l1 >= l2) && inside(*w1, *w2))
                && h2.is_none_or(|h2| h1.is_some_and(|h1| h1 <= h2) && inside(*w2, *w1))
        }
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
        ) => s1 == s2 && (r2.is_none() || r1 == r2) && n1 >= n2 && inside(*w1, *w2),
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
        ) => (r2.is_none() || r1 == r2) && (s2.is_none() || s1 == s2),
        // The latest message matching a signal means the signal has been seen.
        (
            C::Message {
                role: r1,
                signal: Some(s1),
                ..
            },
            C::Seen {
                signal: s2,
                role: r2,
                at_least: n2,
                ..
            },
        ) => s1 == s2 && (r2.is_none() || r1 == r2) && *n2 <= 1,
        _ => false,
    }
}
