//! Mismatches: where each is said, what an escalation expected and not made fails on,
//! and how triggers and bridge messages compare.

use super::*;

/// A case that expects an escalation only through its other keys
/// (`route:`, `trigger:` … without `escalated:`) was reported at its case's line
/// when nothing escalated; it is at the first of those keys, saying which.
#[test]
fn an_implied_escalation_fails_at_the_first_key_that_implies_it() {
    let expect = Expect {
        escalated: true,
        trigger: Some("pricing".into()),
        route: Some(Some("deals".into())),
        lines: vec![("trigger", 9), ("route", 8)],
        ..Expect::default()
    };
    let got = compare(&expect, &Outcome::not_escalated("c".into(), 1));
    let [m, trigger, route] = got.as_slice() else {
        panic!("{got:?}")
    };
    assert_eq!((m.field, m.line), ("escalated", Some(8)));
    assert_eq!(
        m.help.as_deref(),
        Some("the case gives no `escalated:`; its `route:` expects an escalation")
    );
    // The keys that imply it fail too, each at its line, with nothing got.
    assert_eq!((trigger.field, trigger.line), ("trigger", Some(9)));
    assert_eq!((route.field, route.line), ("route", Some(8)));
    assert_eq!(route.actual, Value::Nothing);
}

/// An `escalated:` given keeps its own line, and no help: it says what it expects;
/// the `trigger:` beside it fails at its own line.
#[test]
fn an_explicit_escalated_keeps_its_line() {
    let expect = Expect {
        escalated: true,
        trigger: Some("pricing".into()),
        lines: vec![("escalated", 9), ("trigger", 8)],
        ..Expect::default()
    };
    let got = compare(&expect, &Outcome::not_escalated("c".into(), 1));
    assert_eq!(
        got.iter()
            .map(|m| (m.field, m.line, m.help.clone()))
            .collect::<Vec<_>>(),
        [("escalated", Some(9), None), ("trigger", Some(8), None)]
    );
}

/// Nothing escalated: `triggers:` got nothing, as the other keys say (it read
/// `got []`), and the bridge message expected is not said again as got nothing.
#[test]
fn no_escalation_says_nothing_got_and_leaves_the_bridge_out() {
    let expect = Expect {
        escalated: true,
        triggers: Some(vec!["pricing".into()]),
        bridge: Some("Hi Lena, I'm Jordan from billing.".into()),
        bridge_contains: Some("Jordan".into()),
        lines: vec![("triggers", 8), ("bridge", 9)],
        ..Expect::default()
    };
    let got = compare(&expect, &Outcome::not_escalated("c".into(), 1));
    assert_eq!(
        got.iter().map(|m| m.field).collect::<Vec<_>>(),
        ["escalated", "triggers"]
    );
    assert_eq!(got[1].actual, Value::Nothing);
    assert_eq!(got[1].actual.to_string(), "nothing");
}

/// A case expecting no escalation that escalated fails on `escalated:` alone: it
/// expects nothing else (and a route it names with `route: null` expects none).
#[test]
fn an_unexpected_escalation_fails_on_escalated_alone() {
    let expect = Expect {
        escalated: false,
        lines: vec![("escalated", 9)],
        ..Expect::default()
    };
    let got = compare(&expect, &escalated(&["pricing"], "Hi"));
    assert_eq!(
        got.iter().map(|m| m.field).collect::<Vec<_>>(),
        ["escalated"]
    );
}

fn escalated(triggers: &[&str], bridge: &str) -> Outcome {
    Outcome {
        escalated: true,
        escalation_turn: Some(1),
        triggers: triggers
            .iter()
            .map(|id| crate::outcome::FiredTrigger {
                id: (*id).to_owned(),
                severity: "high",
                turn: 1,
                evidence: Vec::new(),
            })
            .collect(),
        bridge_message: Some(bridge.to_owned()),
        ..Outcome::not_escalated("c".into(), 1)
    }
}

/// A failing `triggers:` listed both sides sorted by name, so the primary trigger
/// could read second; the outcome's side is in its order (most severe first), the
/// case's as written. Compared as sets still.
#[test]
fn triggers_show_in_the_outcome_s_order_and_compare_as_sets() {
    let o = escalated(&["legal-compliance", "frustration"], "Hi");
    let expect = |triggers: &[&str]| Expect {
        escalated: true,
        triggers: Some(triggers.iter().map(|t| (*t).to_owned()).collect()),
        ..Expect::default()
    };
    assert_eq!(
        compare(&expect(&["frustration", "legal-compliance"]), &o),
        []
    );
    let got = compare(&expect(&["legal-compliance"]), &o);
    assert_eq!(
        got.iter()
            .map(|m| (m.expected.to_string(), m.actual.to_string()))
            .collect::<Vec<_>>(),
        [(
            "[legal-compliance]".to_owned(),
            "[legal-compliance, frustration]".to_owned()
        )]
    );
}

/// `bridge_contains` compares as written; a part there in other capitals failed
/// with no word of why.
#[test]
fn a_bridge_part_in_other_capitals_says_so() {
    let o = escalated(&["t"], "Hi Alex, I'm Chris from support. Ärger?");
    let expect = |part: &str| Expect {
        escalated: true,
        bridge_contains: Some(part.to_owned()),
        ..Expect::default()
    };
    let help = |part: &str| {
        compare(&expect(part), &o)
            .first()
            .and_then(|m| m.help.clone())
    };
    assert_eq!(
        help("i'm chris").as_deref(),
        Some(
            "the message holds `I'm Chris`, in other capitals: `bridge_contains` compares the text as written"
        )
    );
    assert_eq!(
        help("ärger").as_deref(),
        Some(
            "the message holds `Ärger`, in other capitals: `bridge_contains` compares the text as written"
        )
    );
    assert_eq!(help("I'm Maya"), None);
    assert_eq!(compare(&expect("I'm Chris"), &o), []);
}
