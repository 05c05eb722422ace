//! `bot_repeats` in a window: the never-holds logic knows the customer writes between
//! any two of them, as L008 says, so `not` of too many holds always (L004).

use super::{cond, unsat};
use crate::lint::logic::{always_true, only_too_many_bot_repeats};

#[test]
fn a_window_holds_one_bot_repeat_in_two_messages() {
    // The customer writes between any two `bot_repeats`: N messages hold (N + 1) / 2
    // (L008), so `not` of more holds always, and an `all` or `any` of it is dead.
    let br = |lo: &str, within: u32| {
        format!("{{ counter: {{ name: bot_repeats, at_least: {lo}, within: {within} }} }}")
    };
    assert_eq!(
        unsat(&br("3", 4)).as_deref(),
        Some(
            "`bot_repeats` cannot be at least 3 in the last 4 messages: the customer writes between any two it counts, at most 2"
        )
    );
    assert!(unsat(&br("2", 4)).is_none());
    assert!(unsat(&br("3", 5)).is_none());
    assert!(always_true(&cond(&format!("{{ not: {} }}", br("3", 4)))));
    assert!(!always_true(&cond(&format!("{{ not: {} }}", br("2", 4)))));
    assert!(
        unsat(&format!(
            "{{ all: [ {}, {{ message: {{ signal: a }} }} ] }}",
            br("3", 4)
        ))
        .is_some()
    );
    // A lone count is L008's to say; with another reason, or above `within`, L003's.
    assert!(only_too_many_bot_repeats(&cond(&br("3", 4))));
    assert!(!only_too_many_bot_repeats(&cond(&br("5", 4))));
    assert!(!only_too_many_bot_repeats(&cond(&br("2", 4))));
    assert!(!only_too_many_bot_repeats(&cond(
        "{ counter: { name: bot_repeats, at_least: 3, at_most: 1, within: 4 } }"
    )));
    assert!(!only_too_many_bot_repeats(&cond(
        "{ counter: { name: bot_fallbacks, at_least: 3, within: 4 } }"
    )));
}
