//! The values a metadata field may take under a `meta:` test, as a set that can be
//! intersected and compared.

// Bounds are numbers as the author wrote them; comparing them exactly is the point.
#![allow(clippy::float_cmp)]

use std::collections::BTreeSet;

use crate::rules::{Expected, MetaTest};
use crate::text::parse_number;

/// The values a metadata field may take under a test, in a form that can be intersected
/// and compared. `None` parts are unconstrained.
#[derive(Debug, Clone, PartialEq)]
pub(in crate::lint) struct FieldSet {
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
    pub(in crate::lint) fn of(test: &MetaTest) -> FieldSet {
        let mut texts: Option<BTreeSet<String>> = None;
        if let Some(e) = &test.equals {
            texts = Some([norm(e)].into());
        }
        if let Some(options) = &test.one_of {
            let set: BTreeSet<String> = options.iter().map(norm).collect();
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

    pub(in crate::lint) fn intersect(&self, other: &FieldSet) -> FieldSet {
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
    pub(in crate::lint) fn contradiction(&self, field: &str) -> Option<String> {
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
                    .any(|t| parse_number(t).is_some_and(|n| self.in_range(n)));
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
    pub(in crate::lint) fn within(&self, wider: &FieldSet) -> bool {
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
                    .all(|v| parse_number(v).is_some_and(|n| wider.in_range(n)))
            }),
        };
        let hi_ok = match (wider.hi, self.hi) {
            (None, _) => true,
            (Some((w, w_inc)), Some((s, s_inc))) => s < w || (s == w && (w_inc || !s_inc)),
            (Some(_), None) => self.texts.as_ref().is_some_and(|t| {
                t.iter()
                    .all(|v| parse_number(v).is_some_and(|n| wider.in_range(n)))
            }),
        };
        let patterns_ok = wider.patterns.is_subset(&self.patterns);
        exists_ok && texts_ok && lo_ok && hi_ok && patterns_ok
    }
}

/// A value as the set holds it: a number written as one by its value (`1.0` and `1` are
/// one value, as the engine compares them), text lower-cased and trimmed.
fn norm(e: &Expected) -> String {
    match e.number {
        Some(n) => n.to_string(),
        None => e.text.trim().to_lowercase(),
    }
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
