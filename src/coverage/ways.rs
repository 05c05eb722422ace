//! The ways a route can be taken, as far as its triggers go: a route's condition
//! (`when`) → the triggers of each of its `any:` branches (`unfired_triggers` until they
//! fire), and, at an escalation, whether the triggers that fired were enough for one of
//! its branches (`rest_unmet` when the route did not hold all the same). Everything but
//! triggers is "the rest": `not:` (of a trigger too: it needs the trigger not to fire),
//! messages, counters, metadata and hours. Does not evaluate the rest: the engine says
//! which routes held (`Tally::routes_held`).

use crate::rules::{Condition, RuleSet};

/// A route's condition with only its triggers told apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Way {
    /// The trigger (by index) fired.
    Trigger(usize),
    All(Vec<Way>),
    Any(Vec<Way>),
    /// Anything else: a condition over messages, counters, metadata or hours, or `not:`
    /// of anything but `not:`.
    Rest,
}

/// How far the triggers that fired go towards a condition, the rest of it taken as
/// holding. Ordered: a branch that gets further is the one that counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Enough {
    /// Some trigger it needs did not fire.
    No,
    /// It needs none: the rest alone decides (`meta:` only).
    WithoutTriggers,
    /// Every trigger of one of its branches fired, one at least.
    Yes,
}

impl Way {
    pub(super) fn of(when: &Condition) -> Way {
        match when {
            Condition::Trigger { trigger, .. } => Way::Trigger(trigger.0),
            Condition::All(items) => Way::All(items.iter().map(Way::of).collect()),
            Condition::Any(items) => Way::Any(items.iter().map(Way::of).collect()),
            Condition::Not(inner, _) => match &**inner {
                Condition::Not(twice, _) => Way::of(twice),
                _ => Way::Rest,
            },
            _ => Way::Rest,
        }
    }

    /// The ids of the triggers it names, in every branch: sorted, each once.
    pub(super) fn trigger_ids(&self, rules: &RuleSet) -> Vec<String> {
        fn walk(way: &Way, out: &mut Vec<usize>) {
            match way {
                Way::Trigger(t) => out.push(*t),
                Way::All(items) | Way::Any(items) => items.iter().for_each(|w| walk(w, out)),
                Way::Rest => {}
            }
        }
        let mut triggers = Vec::new();
        walk(self, &mut triggers);
        let mut ids: Vec<String> = (triggers.into_iter())
            .filter_map(|t| rules.triggers.get(t).map(|t| t.id.clone()))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// How far `fired` (per trigger index) goes towards it. Linear in its size: an
    /// `all:` is as far as its least item, an `any:` as its furthest branch, so no
    /// branch is written out.
    pub(super) fn enough(&self, fired: &[bool]) -> Enough {
        match self {
            Way::Trigger(t) if fired.get(*t).copied().unwrap_or(false) => Enough::Yes,
            Way::Trigger(_) => Enough::No,
            Way::Rest => Enough::WithoutTriggers,
            Way::Any(items) => (items.iter().map(|w| w.enough(fired)).max()).unwrap_or(Enough::No),
            Way::All(items) => {
                let mut enough = Enough::WithoutTriggers;
                for item in items {
                    match item.enough(fired) {
                        Enough::No => return Enough::No,
                        Enough::Yes => enough = Enough::Yes,
                        Enough::WithoutTriggers => {}
                    }
                }
                enough
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Enough, Way};

    /// `technical` of the starter pack: `any: [trigger: a, all: [trigger: b, seen: …]]`.
    fn technical() -> Way {
        Way::Any(vec![
            Way::Trigger(0),
            Way::All(vec![Way::Trigger(1), Way::Rest]),
        ])
    }

    #[test]
    fn one_branch_whose_triggers_all_fired_is_enough() {
        let way = technical();
        assert_eq!(way.enough(&[false, false]), Enough::No);
        assert_eq!(way.enough(&[false, true]), Enough::Yes);
        assert_eq!(way.enough(&[true, false]), Enough::Yes);
        // Each item of an `all:` at its furthest branch: one trigger of two fired is
        // enough when the other's `any:` has a branch without triggers.
        let all = Way::All(vec![
            Way::Any(vec![Way::Trigger(0), Way::Rest]),
            Way::Any(vec![Way::Trigger(1), Way::Rest]),
        ]);
        assert_eq!(all.enough(&[false, true]), Enough::Yes);
        assert_eq!(all.enough(&[false, false]), Enough::WithoutTriggers);
        // A condition without triggers, or an empty `any:`, never is.
        assert_eq!(Way::Rest.enough(&[true]), Enough::WithoutTriggers);
        assert_eq!(Way::Any(Vec::new()).enough(&[true]), Enough::No);
        // A trigger the fired list does not reach did not fire.
        assert_eq!(Way::Trigger(7).enough(&[true]), Enough::No);
    }
}
