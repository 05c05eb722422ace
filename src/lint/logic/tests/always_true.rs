//! Conditions that hold after every message (L004): on their own, or through an `any`
//! of a condition and its negation.

use super::cond;
use crate::lint::logic::{always_true, negation_in};
use crate::rules::Condition;

#[test]
fn always_true_conditions() {
    assert!(always_true(&cond("{ message: {} }")));
    assert!(always_true(&cond(
        "{ counter: { name: turn, at_least: 1 } }"
    )));
    assert!(always_true(&cond(
        "{ counter: { name: customer_messages, at_least: 0 } }"
    )));
    assert!(!always_true(&cond(
        "{ counter: { name: customer_messages, at_least: 1 } }"
    )));
    assert!(!always_true(&cond(
        "{ counter: { name: minutes_elapsed, at_least: 0 } }"
    )));
    assert!(always_true(&cond("{ seen: { signal: a, at_least: 0 } }")));
    assert!(always_true(&cond(
        "{ any: [ { message: { signal: a } }, { message: { role: any } } ] }"
    )));
    assert!(always_true(&cond(
        "{ not: { counter: { name: turn, at_most: 0 } } }"
    )));
    assert!(!always_true(&cond("{ message: { role: customer } }")));
}

/// Review: `X and not X` was L003 while `X or not X` was not L004. An `any` of a
/// condition and its negation (or of `not Y` and what `Y` implies) always holds.
#[test]
fn x_or_not_x_always_holds() {
    let tier = "{ meta: { field: tier, equals: a } }";
    for when in [
        format!("{{ any: [ {tier}, {{ not: {tier} }} ] }}"),
        format!("{{ any: [ {{ not: {tier} }}, {tier} ] }}"),
        // Nested `any`s are one list of alternatives.
        format!(
            "{{ any: [ {{ any: [ {tier}, {{ message: {{ signal: b }} }} ] }}, {{ not: {tier} }} ] }}"
        ),
        // `not Y` beside what `Y` implies: Y = (tier a and signal a) implies tier a.
        format!(
            "{{ any: [ {tier}, {{ not: {{ all: [ {tier}, {{ message: {{ signal: a }} }} ] }} }} ] }}"
        ),
        "{ any: [ { seen: { signal: a } }, { not: { message: { role: customer, signal: a } } } ] }"
            .to_owned(),
        format!("{{ all: [ {{ any: [ {tier}, {{ not: {tier} }} ] }}, {{ message: {{}} }} ] }}"),
    ] {
        let c = cond(&when);
        assert!(always_true(&c), "{when}");
        assert!(negation_in(&c).is_some(), "{when}");
    }
    for when in [
        // Y = tier a does not imply (tier a and signal a): `not Y` or that can both fail.
        format!(
            "{{ any: [ {{ all: [ {tier}, {{ message: {{ signal: a }} }} ] }}, {{ not: {tier} }} ] }}"
        ),
        format!("{{ any: [ {tier}, {{ not: {{ meta: {{ field: tier, equals: b }} }} }} ] }}"),
        format!(
            "{{ all: [ {{ any: [ {tier}, {{ not: {tier} }} ] }}, {{ message: {{ role: customer }} }} ] }}"
        ),
    ] {
        assert!(!always_true(&cond(&when)), "{when}");
    }
    // Always true on its own, not through a negation.
    assert!(
        negation_in(&cond(
            "{ any: [ { message: {} }, { not: { message: { signal: a } } } ] }"
        ))
        .is_none()
    );
    // Which two, and whether exactly (L004's label said "its negation" of both).
    let exact = cond(&format!("{{ any: [ {tier}, {{ not: {tier} }} ] }}"));
    let pair = negation_in(&exact).unwrap();
    assert!(pair.exact);
    assert!(matches!(pair.not, Condition::Not(_, _)));
    assert!(matches!(pair.other, Condition::Meta { .. }));
    let implied = cond(
        "{ any: [ { seen: { signal: a } }, { not: { message: { role: customer, signal: a } } } ] }",
    );
    let pair = negation_in(&implied).unwrap();
    assert!(!pair.exact);
    assert!(matches!(pair.other, Condition::Seen { .. }));
}
