//! The values a metadata field may take under a `meta:` test, as a set that can be
//! intersected and compared. Values equal `equals`/`in` as the engine compares them
//! ([`Expected::matches`]): `equals: 1` and `equals: "1.0"` both hold for a value `1.0`.

// Bounds are numbers as the author wrote them; comparing them exactly is the point.
#![allow(clippy::float_cmp)]

use std::collections::BTreeSet;

use crate::rules::{Expected, FieldValue, MetaTest};

/// The values a metadata field may take under a test, in a form that can be intersected
/// and compared. `None` parts are unconstrained.
#[derive(Debug, Clone, PartialEq)]
pub(in crate::lint) struct FieldSet {
    exists: Option<bool>,
    /// Allowed values (`equals`, `in`).
    texts: Option<Allowed>,
    /// Numeric bounds: (value, inclusive).
    lo: Option<(f64, bool)>,
    hi: Option<(f64, bool)>,
    /// Regex patterns every value must match.
    patterns: BTreeSet<String>,
}

impl FieldSet {
    pub(in crate::lint) fn of(test: &MetaTest) -> FieldSet {
        let mut texts = test.equals.as_ref().map(|e| Allowed::of([e]));
        if let Some(options) = &test.one_of {
            let set = Allowed::of(options);
            texts = Some(match texts {
                Some(t) => t.intersect(&set),
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
                (Some(a), Some(b)) => Some(a.intersect(b)),
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
            self.texts = Some(Allowed(Vec::new()));
        }
        self
    }

    /// Why no value (or absence) satisfies this set, if none does.
    pub(in crate::lint) fn contradiction(&self, field: &str) -> Option<String> {
        if self.exists == Some(false) && self.needs_value() {
            return Some(format!("`{field}` cannot both be missing and have a value"));
        }
        if let Some(texts) = &self.texts {
            if texts.0.is_empty() {
                return Some(format!(
                    "no value of `{field}` passes every `equals`/`in` test"
                ));
            }
            if self.lo.is_some() || self.hi.is_some() {
                let fits = texts.numbers().any(|n| n.is_some_and(|n| self.in_range(n)));
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
            (Some(_), None) => self
                .texts
                .as_ref()
                .is_some_and(|t| t.numbers().all(|n| n.is_some_and(|n| wider.in_range(n)))),
        };
        let hi_ok = match (wider.hi, self.hi) {
            (None, _) => true,
            (Some((w, w_inc)), Some((s, s_inc))) => s < w || (s == w && (w_inc || !s_inc)),
            (Some(_), None) => self
                .texts
                .as_ref()
                .is_some_and(|t| t.numbers().all(|n| n.is_some_and(|n| wider.in_range(n)))),
        };
        let patterns_ok = wider.patterns.is_subset(&self.patterns);
        exists_ok && texts_ok && lo_ok && hi_ok && patterns_ok
    }
}

/// The values `equals`/`in` allow, as the [`Expected`]s they equal (none within
/// another): a value is allowed when it equals one of them. Two `Expected`s are either
/// one within the other or apart ([`Expected::within`]), which makes intersections and
/// subsets exact.
#[derive(Debug, Clone)]
struct Allowed(Vec<Expected>);

impl Allowed {
    /// Those a value may equal, one of `options` (`equals: ""` allows none).
    fn of<'a>(options: impl IntoIterator<Item = &'a Expected>) -> Allowed {
        let mut allowed = Allowed(Vec::new());
        for e in options.into_iter().filter(|e| !e.is_empty()) {
            allowed.add(e);
        }
        allowed
    }

    /// Adds `e`, unless one already there takes its values; drops those it takes.
    fn add(&mut self, e: &Expected) {
        if self.0.iter().any(|a| e.within(a)) {
            return;
        }
        self.0.retain(|a| !a.within(e));
        self.0.push(e.clone());
    }

    /// The values both allow: of two that overlap, the narrower.
    fn intersect(&self, other: &Allowed) -> Allowed {
        let mut both = Allowed(Vec::new());
        for a in &self.0 {
            for b in &other.0 {
                if a.within(b) {
                    both.add(a);
                } else if b.within(a) {
                    both.add(b);
                } else if let Some(other) = flag_meets(a, b).or_else(|| flag_meets(b, a)) {
                    // `true` and `1` share the value "1": kept as the other, a little
                    // wider than both, so that no contradiction is claimed.
                    both.add(other);
                }
            }
        }
        both
    }

    fn is_subset(&self, wider: &Allowed) -> bool {
        self.0.iter().all(|a| wider.0.iter().any(|w| a.within(w)))
    }

    /// The number each allowed value reads as (`None`: text that reads as none).
    fn numbers(&self) -> impl Iterator<Item = Option<f64>> + '_ {
        self.0.iter().map(|e| {
            e.number
                .or_else(|| e.flag.map(|f| if f { 1.0 } else { 0.0 }))
                .or_else(|| FieldValue::new(&e.text).number())
        })
    }
}

/// `other`, when `flag` is a boolean that some value equal to `other` spells too (`true`
/// and `1`, `false` and `"no"`): the two overlap without either holding the other.
fn flag_meets<'a>(flag: &Expected, other: &'a Expected) -> Option<&'a Expected> {
    let f = flag.flag?;
    let spelled = other.flag.is_none()
        && (other.number == Some(if f { 1.0 } else { 0.0 })
            || crate::text::parse_flag(&other.text) == Some(f));
    spelled.then_some(other)
}

/// The same values, however they were written (`in: [a, b]` and `in: [B, A]`).
impl PartialEq for Allowed {
    fn eq(&self, other: &Allowed) -> bool {
        self.is_subset(other) && other.is_subset(self)
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
