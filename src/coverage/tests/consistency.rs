//! A report's counts checked before a merge adds them up: what a run counted passes,
//! a count edited past what it counts within is named.

use super::*;

/// Every report a run writes, and every merge of them, adds up; each count edited past
/// the one it is part of is named, with both numbers.
#[test]
fn a_report_that_does_not_add_up_is_named() {
    let engine = starter();
    let all = fixture_conversations();
    let whole = roundtrip(&report(&engine, &all));
    assert_eq!(whole.inconsistency(), None);
    let mut merged = roundtrip(&report(&engine, &all[..10]));
    merged
        .merge(&roundtrip(&report(&engine, &all[10..])))
        .unwrap();
    assert_eq!(merged.inconsistency(), None);

    let edited = |edit: &dyn Fn(&mut CoverageReport)| {
        let mut r = whole.clone();
        edit(&mut r);
        r.inconsistency().expect("an edited count is found")
    };
    assert_eq!(
        edited(&|r| r.escalated = 800),
        "the `matrix` counts 24 escalations and `escalated` 800"
    );
    assert_eq!(
        edited(&|r| {
            r.conversations = 20;
        }),
        "`escalated` (24) is more than `conversations` (20)"
    );
    assert_eq!(
        edited(&|r| r.human_handoffs = 34),
        "`human_handoffs` (34) is more than `conversations` (33)"
    );
    assert_eq!(
        edited(&|r| r.unrouted = 25),
        "`unrouted` (25) is more than `escalated` (24)"
    );
    assert_eq!(
        edited(&|r| r.triggers[0].fired = 99),
        format!(
            "`triggers[{}].fired` (99) is more than `escalated` (24)",
            whole.triggers[0].id
        )
    );
    assert_eq!(
        edited(&|r| r.signals[0].entries[0].hits = 1_000),
        format!(
            "`signals[{}].entries[{:?}].hits` (1000) is more than `messages` (109)",
            whole.signals[0].id, whole.signals[0].entries[0].text
        )
    );
    assert_eq!(
        edited(&|r| r.teams[0].conversations += 1),
        "`teams[].conversations` (25) is more than `escalated` (24)"
    );
    // A gap's count, and where a phrase occurred without counting.
    assert_eq!(
        edited(&|r| r.gaps.default_route.count = 999),
        "`gaps.default_route` (999) is more than `escalated` (24)"
    );
    assert_eq!(
        edited(&|r| r.gaps.missed_handoffs.count = 34),
        "`gaps.missed_handoffs` (34) is more than `conversations` (33)"
    );
    assert_eq!(
        edited(&|r| r.signals[0].entries[0].uncounted.negated = 1_000_001),
        format!(
            "`signals[{}].entries[{:?}].negated` (1000001) is more than `messages` (109)",
            whole.signals[0].id, whole.signals[0].entries[0].text
        )
    );
    // Counts near the top of u64 are summed without overflow.
    assert_eq!(
        edited(&|r| r.teams[0].conversations = u64::MAX),
        format!(
            "`teams[].conversations` ({}) is more than `escalated` (24)",
            u64::MAX
        )
    );
}

/// Lists of one rules fingerprint that differ (a trigger renamed or dropped by hand) were
/// added up entry by entry, the shorter list silently cutting the longer: refused.
#[test]
fn lists_that_differ_under_one_fingerprint_do_not_merge() {
    let engine = starter();
    let all = fixture_conversations();
    let first = roundtrip(&report(&engine, &all[..10]));
    let second = roundtrip(&report(&engine, &all[10..]));
    let refused = |edit: &dyn Fn(&mut CoverageReport)| {
        let mut other = second.clone();
        edit(&mut other);
        first.clone().merge(&other).unwrap_err().to_string()
    };
    for (what, message) in [
        ("triggers", refused(&|r| r.triggers[0].id.push('x'))),
        ("triggers", refused(&|r| drop(r.triggers.pop()))),
        ("routes", refused(&|r| drop(r.routes.pop()))),
        ("teams", refused(&|r| r.teams[0].id = "other".into())),
        (
            "signals",
            refused(&|r| r.signals[0].entries[0].text.push('!')),
        ),
    ] {
        assert_eq!(
            message,
            format!(
                "the reports have the same rules fingerprint but list other {what}: one was edited since handoff wrote it"
            )
        );
    }
    let mut merged = first.clone();
    merged.merge(&second).unwrap();
}
