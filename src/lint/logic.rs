//! Reasoning about conditions: can one never hold, always hold, or imply another?
//!
//! Every answer is conservative: "yes" means provably so from the structure of the
//! conditions (contradictory metadata tests, empty counter ranges, `X` and `not X`, an
//! `all` that contains a weaker condition); "no" means "not proven". Checks report only
//! the provable cases, so a finding is never a guess.

// Bounds are numbers as the author wrote them; comparing them exactly is the point.
#![allow(clippy::float_cmp)]

use std::collections::BTreeSet;

use crate::rules::{Condition, Counter, MetaTest};

/// Structural equality, ignoring spans.
pub(super) fn same(a: &Condition, b: &Condition) -> bool {
    use Condition as C;
    match (a, b) {
        (C::All(x), C::All(y)) | (C::Any(x), C::Any(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (C::Not(x), C::Not(y)) => same(x, y),
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
                ..
            },
            C::Seen {
                signal: s2,
                role: r2,
                at_least: n2,
                ..
            },
        ) => s1 == s2 && r1 == r2 && n1 == n2,
        (
            C::Counter {
                counter: c1,
                at_least: l1,
                at_most: h1,
                ..
            },
            C::Counter {
                counter: c2,
                at_least: l2,
                at_most: h2,
                ..
            },
        ) => c1 == c2 && l1 == l2 && h1 == h2,
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
        _ => false,
    }
}

/// Whether `c` holds after every message of every conversation.
pub(super) fn always_true(c: &Condition) -> bool {
    match c {
        Condition::All(items) => items.iter().all(always_true),
        Condition::Any(items) => items.iter().any(always_true),
        Condition::Not(inner) => unsatisfiable(inner).is_some(),
        Condition::Message { role, signal, .. } => role.is_none() && signal.is_none(),
        Condition::Seen { at_least, .. } => *at_least == 0,
        Condition::Counter {
            counter,
            at_least,
            at_most,
            ..
        } => {
            // Minutes need timestamps, which a conversation may not have.
            *counter != Counter::MinutesElapsed
                && at_most.is_none()
                && at_least.is_none_or(|lo| lo <= floor(*counter))
        }
        Condition::Meta { .. } | Condition::Trigger { .. } => false,
    }
}

/// The smallest value a counter takes after a message.
fn floor(counter: Counter) -> f64 {
    if counter == Counter::Turn { 1.0 } else { 0.0 }
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
        Condition::Not(inner) => {
            always_true(inner).then(|| "it negates a condition that always holds".to_owned())
        }
        Condition::Counter {
            counter,
            at_least,
            at_most,
            ..
        } => counter_contradiction(*counter, *at_least, *at_most),
        Condition::Meta { field, test, .. } => FieldSet::of(test).contradiction(field),
        Condition::Message { .. } | Condition::Seen { .. } | Condition::Trigger { .. } => None,
    }
}

fn counter_contradiction(counter: Counter, lo: Option<f64>, hi: Option<f64>) -> Option<String> {
    let name = counter.as_str();
    match (lo, hi) {
        (Some(lo), Some(hi)) if lo > hi => {
            Some(format!("`{name}` cannot be at least {lo} and at most {hi}"))
        }
        (_, Some(hi)) if hi < floor(counter) => {
            Some(format!("`{name}` is never below {}", floor(counter)))
        }
        _ => None,
    }
}

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
    // Counters: intersect the ranges of each counter.
    let mut counters: Vec<(Counter, Option<f64>, Option<f64>)> = Vec::new();
    for leaf in &leaves {
        if let Condition::Counter {
            counter,
            at_least,
            at_most,
            ..
        } = leaf
        {
            match counters.iter_mut().find(|(c, _, _)| c == counter) {
                Some((_, lo, hi)) => {
                    *lo = max_opt(*lo, *at_least);
                    *hi = min_opt(*hi, *at_most);
                }
                None => counters.push((*counter, *at_least, *at_most)),
            }
        }
    }
    for (counter, lo, hi) in counters {
        if let Some(reason) = counter_contradiction(counter, lo, hi) {
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
    // X and not X (or anything implying X).
    for leaf in &leaves {
        if let Condition::Not(negated) = leaf
            && leaves.iter().any(|other| implies(other, negated))
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

/// Whether `a` holding proves that `b` holds.
pub(super) fn implies(a: &Condition, b: &Condition) -> bool {
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
                ..
            },
            C::Counter {
                counter: c2,
                at_least: l2,
                at_most: h2,
                ..
            },
        ) => {
            c1 == c2
                && l2.is_none_or(|l2| l1.is_some_and(|l1| l1 >= l2))
                && h2.is_none_or(|h2| h1.is_some_and(|h1| h1 <= h2))
        }
        (
            C::Seen {
                signal: s1,
                role: r1,
                at_least: n1,
                ..
            },
            C::Seen {
                signal: s2,
                role: r2,
                at_least: n2,
                ..
            },
        ) => s1 == s2 && (r2.is_none() || r1 == r2) && n1 >= n2,
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

/// The values a metadata field may take under a test, in a form that can be intersected
/// and compared. `None` parts are unconstrained.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct FieldSet {
    exists: Option<bool>,
    /// Allowed values, lower-cased and trimmed.
    texts: Option<BTreeSet<String>>,
    /// Numeric bounds: (value, inclusive).
    lo: Option<(f64, bool)>,
    hi: Option<(f64, bool)>,
    /// Regex patterns every value must match.
    patterns: BTreeSet<String>,
}

impl FieldSet {
    pub(super) fn of(test: &MetaTest) -> FieldSet {
        let mut texts: Option<BTreeSet<String>> = None;
        if let Some(e) = &test.equals {
            texts = Some([norm(e)].into());
        }
        if let Some(options) = &test.one_of {
            let set: BTreeSet<String> = options.iter().map(|o| norm(o)).collect();
            texts = Some(match texts {
                Some(t) => t.intersection(&set).cloned().collect(),
                None => set,
            });
        }
        let lo = tighter_lo(test.gt.map(|v| (v, false)), test.gte.map(|v| (v, true)));
        let hi = tighter_hi(test.lt.map(|v| (v, false)), test.lte.map(|v| (v, true)));
        FieldSet {
            exists: test.exists,
            texts,
            lo,
            hi,
            patterns: test.matches.iter().map(|r| r.as_str().to_owned()).collect(),
        }
    }

    /// Whether a value is required (any test but `exists: false`).
    fn needs_value(&self) -> bool {
        self.exists == Some(true)
            || self.texts.is_some()
            || self.lo.is_some()
            || self.hi.is_some()
            || !self.patterns.is_empty()
    }

    pub(super) fn intersect(&self, other: &FieldSet) -> FieldSet {
        FieldSet {
            exists: match (self.exists, other.exists) {
                (Some(a), Some(b)) if a != b => Some(a), // contradiction shows via needs_value
                (a, b) => a.or(b),
            },
            texts: match (&self.texts, &other.texts) {
                (Some(a), Some(b)) => Some(a.intersection(b).cloned().collect()),
                (a, b) => a.clone().or_else(|| b.clone()),
            },
            lo: tighter_lo(self.lo, other.lo),
            hi: tighter_hi(self.hi, other.hi),
            patterns: self.patterns.union(&other.patterns).cloned().collect(),
        }
        .with_exists_conflict(self.exists, other.exists)
    }

    fn with_exists_conflict(mut self, a: Option<bool>, b: Option<bool>) -> FieldSet {
        if let (Some(a), Some(b)) = (a, b)
            && a != b
        {
            // Encode "exists and does not exist" as an empty value set.
            self.exists = Some(false);
            self.texts = Some(BTreeSet::new());
        }
        self
    }

    /// Why no value (or absence) satisfies this set, if none does.
    pub(super) fn contradiction(&self, field: &str) -> Option<String> {
        if self.exists == Some(false) && self.needs_value() {
            return Some(format!("`{field}` cannot both be missing and have a value"));
        }
        if let Some(texts) = &self.texts {
            if texts.is_empty() {
                return Some(format!(
                    "no value of `{field}` passes every `equals`/`in` test"
                ));
            }
            if self.lo.is_some() || self.hi.is_some() {
                let fits = texts
                    .iter()
                    .any(|t| t.parse::<f64>().is_ok_and(|n| self.in_range(n)));
                if !fits {
                    return Some(format!(
                        "none of the values `{field}` must equal is a number in the required range"
                    ));
                }
            }
        }
        if let (Some((lo, lo_inc)), Some((hi, hi_inc))) = (self.lo, self.hi)
            && (lo > hi || (lo == hi && !(lo_inc && hi_inc)))
        {
            return Some(format!(
                "`{field}` cannot be {} {lo} and {} {hi}",
                if lo_inc { "at least" } else { "above" },
                if hi_inc { "at most" } else { "below" },
            ));
        }
        None
    }

    fn in_range(&self, n: f64) -> bool {
        self.lo
            .is_none_or(|(lo, inc)| if inc { n >= lo } else { n > lo })
            && self
                .hi
                .is_none_or(|(hi, inc)| if inc { n <= hi } else { n < hi })
    }

    /// Whether every value this set allows is allowed by `wider`.
    pub(super) fn within(&self, wider: &FieldSet) -> bool {
        let exists_ok = match wider.exists {
            Some(true) => self.needs_value(),
            Some(false) => self.exists == Some(false) && !self.needs_value(),
            None => true,
        };
        let texts_ok = match (&wider.texts, &self.texts) {
            (None, _) => true,
            (Some(w), Some(s)) => s.is_subset(w),
            (Some(_), None) => false,
        };
        let lo_ok = match (wider.lo, self.lo) {
            (None, _) => true,
            (Some((w, w_inc)), Some((s, s_inc))) => s > w || (s == w && (w_inc || !s_inc)),
            (Some(_), None) => self.texts.as_ref().is_some_and(|t| {
                t.iter()
                    .all(|v| v.parse::<f64>().is_ok_and(|n| wider.in_range(n)))
            }),
        };
        let hi_ok = match (wider.hi, self.hi) {
            (None, _) => true,
            (Some((w, w_inc)), Some((s, s_inc))) => s < w || (s == w && (w_inc || !s_inc)),
            (Some(_), None) => self.texts.as_ref().is_some_and(|t| {
                t.iter()
                    .all(|v| v.parse::<f64>().is_ok_and(|n| wider.in_range(n)))
            }),
        };
        let patterns_ok = wider.patterns.is_subset(&self.patterns);
        exists_ok && texts_ok && lo_ok && hi_ok && patterns_ok
    }
}

fn norm(s: &str) -> String {
    s.trim().to_lowercase()
}

fn tighter_lo(a: Option<(f64, bool)>, b: Option<(f64, bool)>) -> Option<(f64, bool)> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if a.0 > b.0 || (a.0 == b.0 && !a.1) {
            a
        } else {
            b
        }),
        (a, b) => a.or(b),
    }
}

fn tighter_hi(a: Option<(f64, bool)>, b: Option<(f64, bool)>) -> Option<(f64, bool)> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if a.0 < b.0 || (a.0 == b.0 && !a.1) {
            a
        } else {
            b
        }),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests;
