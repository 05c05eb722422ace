//! The summary's goal written where a sentence starts and inside one: the direct path
//! and the engine write it alike ([`super::super::goal_case`]).

use super::tests::{both, metadata};
use crate::summary::Summary;

/// "I see you want to {{ summary.goal }}" read "… want to Cancel my order": the goal is
/// lower-cased where no sentence starts, by both paths, and keeps its capital where one
/// does and where its first word is spelt so ("iPhone", "VPN").
#[test]
fn the_goal_is_lower_cased_inside_a_sentence_by_both_paths() {
    let metadata = metadata(&[("name", "Ana Lima")]);
    let with_goal = |goal: &str| Summary {
        goal: Some(goal.to_owned()),
        ..Summary::default()
    };
    let cases = [
        (
            "Cancel my order",
            "I see you want to {{ summary.goal }}.",
            "I see you want to cancel my order.",
        ),
        (
            "Cancel my order",
            "{{ summary.goal }}? I can help.",
            "Cancel my order? I can help.",
        ),
        (
            "Cancel my order",
            "Hi. {{ summary.goal | default('x') }}, right?",
            "Hi. Cancel my order, right?",
        ),
        (
            "Cancel my order",
            "You asked: {{ summary.goal }}",
            "You asked: Cancel my order",
        ),
        (
            "Cancel my order",
            "Hi\n- {{ summary.goal }}",
            "Hi\n- Cancel my order",
        ),
        (
            "Cancel my order",
            "You wrote “{{ summary.goal }}”",
            "You wrote “Cancel my order”",
        ),
        (
            "VPN keeps dropping",
            "So the {{ summary.goal }}",
            "So the VPN keeps dropping",
        ),
        (
            "iPhone screen cracked",
            "About your {{ summary.goal }}",
            "About your iPhone screen cracked",
        ),
        (
            "I want a refund",
            "You said {{ summary.goal }}",
            "You said I want a refund",
        ),
    ];
    for (goal, source, expected) in cases {
        let summary = with_goal(goal);
        let (plan, engine, direct) = both(source, &metadata, Some(&summary), None);
        assert!(plan.is_some(), "{source}");
        assert_eq!(direct.as_deref(), Some(expected), "{source}");
        assert_eq!(engine.as_deref(), Ok(expected), "{source}");
    }
    // Through the engine only: in a `set` block, and beside a filter that changes it.
    let summary = with_goal("Cancel my order");
    for (source, expected) in [
        (
            "{% set x %}you want to {{ summary.goal }}{% endset %}So {{ x }}.",
            "So you want to cancel my order.",
        ),
        (
            "Want to {{ summary.goal | upper }}?",
            "Want to CANCEL MY ORDER?",
        ),
        (
            "Want to {{ summary.goal }} ({{ summary.goal | length }})",
            "Want to cancel my order (15)",
        ),
    ] {
        let (plan, engine, _) = both(source, &metadata, Some(&summary), None);
        assert!(plan.is_none(), "{source}");
        assert_eq!(engine.as_deref(), Ok(expected), "{source}");
    }
}

/// A customer's own text holding U+E000, the mark the engine's formatter puts before the
/// goal: through the engine it was cut there and the word after it lower-cased
/// (`x\u{E000}Word` → `xword`); the direct path wrote the mark. Every value loses it when
/// the context is built, by both paths, and the goal is still placed, in a `set` block
/// too.
#[test]
fn a_mark_in_the_customers_text_is_no_goal() {
    let m = '\u{E000}';
    let note = format!("x{m}Word");
    let metadata = metadata(&[("name", "Ana Lima"), ("note", &note)]);
    let summary = Summary {
        goal: Some(format!("Cancel {m}My order")),
        ..Summary::default()
    };
    for (source, expected, direct) in [
        ("Note: {{ customer.note }}", "Note: xWord", true),
        ("Note: {{ customer.note | trim }}", "Note: xWord", false),
        (
            "So you want to {{ summary.goal }} ({{ customer.note }})",
            "So you want to cancel My order (xWord)",
            true,
        ),
        (
            "So you want to {{ summary.goal | trim }} ({{ customer.note | trim }})",
            "So you want to cancel My order (xWord)",
            false,
        ),
        (
            "{% set x %}you want to {{ summary.goal }}, {{ customer.note }}{% endset %}So {{ x }}.",
            "So you want to cancel My order, xWord.",
            false,
        ),
        // A mark the rule's author wrote (it is invisible) is no goal either.
        (
            "So you want to {{ summary.goal }}. \u{E000}Thanks, {{ customer.note }}",
            "So you want to cancel My order. Thanks, xWord",
            true,
        ),
        (
            "So you want to {{ summary.goal | trim }}. \u{E000}Thanks",
            "So you want to cancel My order. Thanks",
            false,
        ),
    ] {
        let (plan, engine, by_plan) = both(source, &metadata, Some(&summary), None);
        assert_eq!(plan.is_some(), direct, "{source}");
        assert_eq!(engine.as_deref(), Ok(expected), "{source}");
        if direct {
            assert_eq!(by_plan.as_deref(), Some(expected), "{source}");
        }
    }
}
