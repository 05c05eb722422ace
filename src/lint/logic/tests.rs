//! Lint's logic on conditions: contradictions (L003), implication, sameness, windows, and values
//! read as the engine reads them.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::*;
use crate::rules::{Condition, RuleSet, parse_rule_set};

/// The `when` of trigger `t` in a small rule set with signals `a` and `b`.
fn rules(whens: &[&str]) -> RuleSet {
    let mut yaml = String::from(
        "version: 1\nsignals:\n  - { id: a, phrases: [a] }\n  - { id: b, phrases: [b] }\ntriggers:\n",
    );
    for (i, when) in whens.iter().enumerate() {
        writeln!(yaml, "  - id: t{i}\n    when: {when}").unwrap();
    }
    parse_rule_set(vec![(PathBuf::from("r.yaml"), yaml)]).unwrap()
}

fn cond(when: &str) -> Condition {
    let mut r = rules(&[when]);
    r.triggers.remove(0).when
}

fn unsat(when: &str) -> Option<String> {
    unsatisfiable(&cond(when))
}

#[test]
fn contradictory_metadata_is_unsatisfiable() {
    assert!(unsat("{ all: [ { meta: { field: tier, equals: a } }, { meta: { field: tier, equals: b } } ] }").is_some());
    assert!(unsat("{ all: [ { meta: { field: tier, equals: a } }, { meta: { field: Tier, in: [b, c] } } ] }").is_some());
    assert!(unsat("{ all: [ { meta: { field: tier, equals: A } }, { meta: { field: tier, in: [a, c] } } ] }").is_none());
    assert!(
        unsat(
            "{ all: [ { meta: { field: score, gt: 90 } }, { meta: { field: score, lt: 50 } } ] }"
        )
        .is_some()
    );
    assert!(unsat("{ meta: { field: score, gte: 50, lt: 50 } }").is_some());
    assert!(unsat("{ meta: { field: score, gte: 50, lte: 50 } }").is_none());
    assert!(
        unsat(
            "{ all: [ { meta: { field: x, exists: false } }, { meta: { field: x, equals: y } } ] }"
        )
        .is_some()
    );
    assert!(unsat("{ meta: { field: score, equals: high, gt: 3 } }").is_some());
    assert!(
        unsat("{ all: [ { meta: { field: a, equals: x } }, { meta: { field: b, equals: y } } ] }")
            .is_none()
    );
}

/// `equals: true` holds for `1`, `yes`, `Y` too, so it meets `in: [1, 2]`,
/// `equals: "yes"` and `gte: 1` (lint called each "can never fire"); `false` meets none.
#[test]
fn a_boolean_meets_the_numbers_and_words_that_spell_it() {
    for when in [
        "{ all: [ { meta: { field: vip, equals: true } }, { meta: { field: vip, in: [1, 2] } } ] }",
        "{ all: [ { meta: { field: vip, in: [1, 2] } }, { meta: { field: vip, equals: true } } ] }",
        "{ all: [ { meta: { field: vip, equals: true } }, { meta: { field: vip, equals: \"yes\" } } ] }",
        "{ all: [ { meta: { field: vip, equals: false } }, { meta: { field: vip, equals: 0 } } ] }",
        "{ meta: { field: vip, equals: true, gte: 1 } }",
    ] {
        assert_eq!(unsat(when), None, "{when}");
    }
    for when in [
        "{ all: [ { meta: { field: vip, equals: false } }, { meta: { field: vip, in: [1, 2] } } ] }",
        "{ all: [ { meta: { field: vip, equals: true } }, { meta: { field: vip, equals: \"no\" } } ] }",
        "{ meta: { field: vip, equals: true, gte: 2 } }",
    ] {
        assert!(unsat(when).is_some(), "{when}");
    }
}

#[test]
fn x_and_not_x_is_unsatisfiable() {
    assert!(
        unsat("{ all: [ { message: { signal: a } }, { not: { message: { signal: a } } } ] }")
            .is_some()
    );
    assert!(unsat("{ all: [ { meta: { field: tier, equals: pro } }, { not: { meta: { field: tier, in: [pro, free] } } } ] }").is_some());
    assert!(
        unsat("{ all: [ { message: { signal: a } }, { not: { message: { signal: b } } } ] }")
            .is_none()
    );
}

/// cli39 review: L003 did not read a chain of `not`s by its parity, as L004 (its dual)
/// does: `all: [X, not not not X]` linted clean.
#[test]
fn a_chain_of_nots_is_read_by_its_parity_in_an_all() {
    let x = "{ meta: { field: tier, equals: e } }";
    for (depth, contradicts) in [(1, true), (2, false), (3, true), (4, false), (5, true)] {
        let nots = format!("{}{x}{}", "{ not: ".repeat(depth), " }".repeat(depth));
        assert_eq!(
            unsat(&format!("{{ all: [ {x}, {nots} ] }}")).is_some(),
            contradicts,
            "X and {depth} nots"
        );
        // The chain first, and against a stronger condition than X.
        assert_eq!(
            unsat(&format!(
                "{{ all: [ {nots}, {{ all: [ {x}, {{ message: {{ signal: a }} }} ] }} ] }}"
            ))
            .is_some(),
            contradicts,
            "{depth} nots and X with more"
        );
    }
    // Two chains: odd against even is X and not X; odd against odd is not.
    let chain = |d: usize| format!("{}{x}{}", "{ not: ".repeat(d), " }".repeat(d));
    assert!(unsat(&format!("{{ all: [ {}, {} ] }}", chain(3), chain(2))).is_some());
    assert!(unsat(&format!("{{ all: [ {}, {} ] }}", chain(3), chain(1))).is_none());
}

#[test]
fn counters_and_roles() {
    assert!(unsat("{ counter: { name: turn, at_least: 5, at_most: 3 } }").is_some());
    assert!(unsat("{ counter: { name: bot_messages, at_most: -1 } }").is_some());
    assert!(unsat("{ counter: { name: turn, at_most: 0 } }").is_some());
    assert!(unsat("{ all: [ { counter: { name: turn, at_least: 5 } }, { counter: { name: turn, at_most: 4 } } ] }").is_some());
    assert!(
        unsat(
            "{ all: [ { message: { role: customer } }, { message: { role: bot, signal: a } } ] }"
        )
        .is_some()
    );
    assert!(
        unsat("{ all: [ { message: { role: customer } }, { message: { signal: a } } ] }").is_none()
    );
}

#[test]
fn any_is_unsatisfiable_only_when_every_branch_is() {
    assert!(
        unsat("{ any: [ { counter: { name: turn, at_most: 0 } }, { message: { signal: a } } ] }")
            .is_none()
    );
    assert!(unsat("{ any: [ { counter: { name: turn, at_most: 0 } }, { meta: { field: s, gt: 5, lt: 1 } } ] }").is_some());
}

#[test]
fn values_read_as_numbers_as_the_engine_reads_them() {
    // Replay reads `$1,200` and `85%` as numbers: L003 said these could never hold.
    for value in [
        "\"$1,200\"",
        "\"1,500\"",
        "\"85%\"",
        "\"£1,000\"",
        "\" 1 200 \"",
    ] {
        let when = format!(
            "{{ all: [ {{ meta: {{ field: d, in: [{value}] }} }}, {{ meta: {{ field: d, gte: 80 }} }} ] }}"
        );
        assert_eq!(unsat(&when), None, "{value}");
    }
    assert!(
        unsat("{ all: [ { meta: { field: d, in: [\"5k\"] } }, { meta: { field: d, gte: 1 } } ] }")
            .is_some()
    );
    // `implies` reads them alike: `equals: "$900"` is within `gte: 500`.
    assert!(implies(
        &cond("{ meta: { field: d, equals: \"$900\" } }"),
        &cond("{ meta: { field: d, gte: 500 } }")
    ));
}

#[test]
fn implication() {
    let imp = |a: &str, b: &str| implies(&cond(a), &cond(b));
    assert!(imp(
        "{ message: { role: customer, signal: a } }",
        "{ message: { signal: a } }"
    ));
    assert!(!imp(
        "{ message: { signal: a } }",
        "{ message: { role: customer, signal: a } }"
    ));
    assert!(imp(
        "{ all: [ { message: { signal: a } }, { meta: { field: t, equals: x } } ] }",
        "{ message: { signal: a } }"
    ));
    assert!(imp(
        "{ message: { signal: a } }",
        "{ any: [ { message: { signal: a } }, { message: { signal: b } } ] }"
    ));
    assert!(imp(
        "{ meta: { field: t, equals: x } }",
        "{ meta: { field: t, in: [x, y] } }"
    ));
    assert!(!imp(
        "{ meta: { field: t, in: [x, y] } }",
        "{ meta: { field: t, equals: x } }"
    ));
    assert!(imp(
        "{ meta: { field: s, gte: 100 } }",
        "{ meta: { field: s, gt: 50 } }"
    ));
    assert!(!imp(
        "{ meta: { field: s, gte: 50 } }",
        "{ meta: { field: s, gt: 50 } }"
    ));
    assert!(imp(
        "{ meta: { field: s, equals: 80 } }",
        "{ meta: { field: s, gte: 50 } }"
    ));
    assert!(imp(
        "{ meta: { field: s, equals: 80 } }",
        "{ meta: { field: s, exists: true } }"
    ));
    assert!(imp(
        "{ all: [ { meta: { field: s, gte: 10 } }, { meta: { field: s, lte: 20 } } ] }",
        "{ meta: { field: s, gte: 5, lte: 30 } }"
    ));
    assert!(imp(
        "{ counter: { name: turn, at_least: 5 } }",
        "{ counter: { name: turn, at_least: 3 } }"
    ));
    assert!(!imp(
        "{ counter: { name: turn, at_least: 3 } }",
        "{ counter: { name: turn, at_least: 5 } }"
    ));
    assert!(imp(
        "{ seen: { signal: a, role: customer, at_least: 3 } }",
        "{ seen: { signal: a, at_least: 2 } }"
    ));
    assert!(imp(
        "{ message: { role: customer, signal: a } }",
        "{ seen: { signal: a, role: customer } }"
    ));
    assert!(
        imp(
            "{ message: { signal: b } }",
            "{ counter: { name: turn, at_least: 1 } }"
        ),
        "anything implies an always-true condition"
    );
}

/// Lint read `equals: 1` and `equals: "1.0"` as two values that no field has at
/// once (L003 "can never fire"), but the engine holds both for a value `1.0`; and it
/// read `equals: "1"` and `equals: 1` as one, though `1.00` passes only the second.
/// Whatever two `equals`/`in` tests are written, lint's verdicts (contradiction,
/// implication, sameness) are the engine's on values that tell them apart.
#[test]
fn equals_and_in_agree_with_the_engine_on_every_spelling() {
    let tests = [
        "equals: 1",
        "equals: 1.0",
        "equals: \"1\"",
        "equals: \"1.0\"",
        "equals: \"01\"",
        "equals: 2",
        "equals: x",
        "equals: X",
        "equals: \"\"",
        "equals: 0x10",
        "equals: 16",
        "equals: \"16\"",
        "in: [1, x]",
        "in: [\"1.0\", \"2\"]",
        "in: [\"\", X]",
    ];
    let values = [
        "1", "1.0", "1.00", "01", "1,0", "$1", "2", "2.0", "x", "X", "16", "16.0", "0x10", "0X10",
        "abc",
    ];
    let meta = |t: &str| format!("{{ meta: {{ field: f, {t} }} }}");
    let test_of = |t: &str| match cond(&meta(t)) {
        Condition::Meta { test, .. } => test,
        other => panic!("{other:?}"),
    };
    let passing = |t: &str| -> Vec<&str> {
        let test = test_of(t);
        values
            .iter()
            .copied()
            .filter(|v| crate::engine::meta_holds(&test, Some(v)))
            .collect()
    };
    for a in tests {
        for b in tests {
            let (pa, pb) = (passing(a), passing(b));
            let both = pa.iter().any(|v| pb.contains(v));
            let all = format!("{{ all: [ {}, {} ] }}", meta(a), meta(b));
            assert_eq!(
                unsat(&all).is_none(),
                both,
                "`{a}` and `{b}`: {pa:?} {pb:?}"
            );
            let within = pa.iter().all(|v| pb.contains(v));
            assert_eq!(
                implies(&cond(&meta(a)), &cond(&meta(b))),
                within,
                "`{a}` within `{b}`: {pa:?} {pb:?}"
            );
            assert_eq!(
                same(&cond(&meta(a)), &cond(&meta(b))),
                within && pb.iter().all(|v| pa.contains(v)),
                "`{a}` same as `{b}`: {pa:?} {pb:?}"
            );
        }
    }
}

/// A window of N messages holds at most N: `at_least` above `within` never holds; a
/// count in a window is never above the count in a wider one (or in the whole
/// conversation), so a lower bound carries outwards and an upper bound inwards.
#[test]
fn windows() {
    assert_eq!(
        unsat("{ counter: { name: bot_fallbacks, at_least: 4, within: 3 } }").as_deref(),
        Some(
            "`bot_fallbacks` cannot be at least 4 in the last 3 messages: a window holds no more messages than its size"
        )
    );
    assert_eq!(
        unsat("{ seen: { signal: a, at_least: 2, within: 1 } }").as_deref(),
        Some(
            "a `seen` count cannot be at least 2 in the last 1 message: a window holds no more messages than its size"
        )
    );
    assert!(unsat("{ counter: { name: bot_fallbacks, at_least: 3, within: 3 } }").is_none());
    assert!(unsat("{ seen: { signal: a, at_least: 3, within: 3 } }").is_none());
    // The same counter in two windows is two counts: 2 in the last 3 and at most 1 in
    // all cannot both hold, but that is not proven here (not a guess either way).
    assert!(unsat("{ all: [ { counter: { name: bot_fallbacks, at_least: 2, within: 3 } }, { counter: { name: bot_fallbacks, at_most: 1 } } ] }").is_none());
    assert!(unsat("{ all: [ { counter: { name: bot_fallbacks, at_least: 2, within: 3 } }, { counter: { name: bot_fallbacks, at_most: 1, within: 3 } } ] }").is_some());
    // A count in a window can be 0: `at_least: 0` there holds always.
    assert!(always_true(&cond(
        "{ counter: { name: bot_fallbacks, at_least: 0, within: 3 } }"
    )));
    assert!(!always_true(&cond(
        "{ counter: { name: bot_fallbacks, at_least: 1, within: 3 } }"
    )));

    let implies_ = |a: &str, b: &str| implies(&cond(a), &cond(b));
    let fb = |bounds: &str| format!("{{ counter: {{ name: bot_fallbacks, {bounds} }} }}");
    assert!(implies_(
        &fb("at_least: 2, within: 3"),
        &fb("at_least: 2, within: 6")
    ));
    assert!(implies_(&fb("at_least: 2, within: 3"), &fb("at_least: 2")));
    assert!(!implies_(
        &fb("at_least: 2, within: 6"),
        &fb("at_least: 2, within: 3")
    ));
    assert!(!implies_(&fb("at_least: 2"), &fb("at_least: 2, within: 6")));
    assert!(implies_(&fb("at_most: 1"), &fb("at_most: 1, within: 6")));
    assert!(implies_(
        &fb("at_most: 1, within: 6"),
        &fb("at_most: 1, within: 3")
    ));
    assert!(!implies_(
        &fb("at_most: 1, within: 3"),
        &fb("at_most: 1, within: 6")
    ));
    assert!(!same(
        &cond(&fb("at_least: 2, within: 3")),
        &cond(&fb("at_least: 2"))
    ));
    let seen = |extra: &str| format!("{{ seen: {{ signal: a, at_least: 2{extra} }} }}");
    assert!(implies_(&seen(", within: 3"), &seen(", within: 4")));
    assert!(implies_(&seen(", within: 3"), &seen("")));
    assert!(!implies_(&seen(""), &seen(", within: 3")));
    assert!(!implies_(&seen(", within: 4"), &seen(", within: 3")));
    // The latest message matching is a match in any window.
    assert!(implies_(
        "{ message: { signal: a } }",
        "{ seen: { signal: a, within: 1 } }"
    ));
}

mod always_true;
mod window_counts;
