//! One `Scratch` reused across conversations and across engines of different sizes
//! gives what a fresh one gives.

use super::*;

#[test]
fn scratch_is_reset_between_conversations() {
    let e = engine(SEEN);
    let mut scratch = Scratch::default();
    let first = conversation(&[("customer", "ugh")], &[]);
    let second = conversation(&[("customer", "ugh")], &[]);
    assert!(!e.evaluate(&first, &mut scratch).escalated);
    assert!(
        !e.evaluate(&second, &mut scratch).escalated,
        "seen counts must not leak from the previous conversation"
    );
}

/// Regression: `diff` evaluates each conversation with two engines and one scratch. The
/// head engine quoted the base engine's spans as its own evidence when the two had a
/// different number of signals (the base's last message left spans behind).
#[test]
fn one_scratch_serves_engines_of_different_sizes() {
    let base = engine(BASIC);
    let head = engine(
        &BASIC
            .replace(
                "signals:\n",
                "signals:\n  - { id: churn, phrases: [cancel] }\n",
            )
            .replace(
                "triggers:\n",
                "triggers:\n  - id: churn\n    when: { message: { role: customer, signal: churn } }\n",
            ),
    );
    // Not escalated by the base rules: the bot's "discount" is its last scanned message.
    let chat = conversation(
        &[
            (
                "customer",
                "please cancel my plan, we would like to stop at renewal",
            ),
            ("bot", "we could offer you a discount instead"),
        ],
        &[],
    );
    let mut scratch = Scratch::default();
    for _ in 0..2 {
        for engine in [&base, &head] {
            let shared = engine.evaluate(&chat, &mut scratch);
            let fresh = engine.evaluate(&chat, &mut Scratch::default());
            assert_eq!(shared, fresh);
        }
    }
}
