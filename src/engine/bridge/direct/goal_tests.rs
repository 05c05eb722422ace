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
