//! `handoff explain --say` on what a said message means: requests (a modal question
//! with "not", a call back), what a cancelled request or a negated opinion takes with it,
//! near misses, and merge keys in the rules (the command itself: `explain_say_cli.rs`;
//! times and metadata: `explain_say_times_cli.rs`).

use crate::common::{handoff, stdout_of, write};

/// "can I not speak to a real person?" asks for one: the starter rules escalate, where
/// the `not` cancelled the request; a statement with `not` is still no request.
#[test]
fn a_modal_question_with_not_is_a_request_for_a_human() {
    for said in [
        "customer: can I not speak to a real person?",
        "customer: Could I not just talk to someone?",
        "customer: can't I just talk to someone?",
    ] {
        let out = stdout_of(handoff().args(["explain", "-r", "rules", "--say", said]));
        assert!(
            out.contains("▶ escalates after message 1: human-request"),
            "{out}"
        );
        assert!(!out.contains("cancelled by"), "{out}");
    }
    for said in [
        "customer: I do not want to talk to a human",
        "customer: I can not talk to a person right now",
    ] {
        let out = stdout_of(handoff().args(["explain", "-r", "rules", "--say", said]));
        assert!(out.contains("cancelled by “not”"), "{out}");
        assert!(out.contains("not escalated"), "{out}");
    }
}

/// "don't" cancelled “talk to a real person”, but the starter rules still
/// escalated through “a real person” inside it, and `explain` showed only that match.
/// What starts inside a phrase a negation cancelled is cancelled with it, and said so,
/// in text and JSON alike.
#[test]
fn a_phrase_inside_a_cancelled_request_is_cancelled_with_it() {
    let said = "customer: I don't want to talk to a real person";
    let out = stdout_of(handoff().args(["explain", "-r", "rules", "--say", said]));
    assert!(out.contains("not escalated"), "{out}");
    assert!(
        out.contains(
            "no match; “talk to a real person” cancelled by “don't”; \
             “a real person” cancelled by “don't” (in “talk to a real person”)"
        ),
        "{out}"
    );
    let json = stdout_of(handoff().args([
        "explain", "-r", "rules", "--all", "--format", "json", "--say", said,
    ]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["outcome"]["escalated"], false);
    let human = (v["steps"][0]["triggers"].as_array().unwrap().iter())
        .find(|t| t["id"] == "human-request")
        .unwrap();
    // The starter's human-request is one `message:` condition ("anyone there" is a
    // trigger of its own).
    let detail = human["condition"]["detail"].as_str().unwrap();
    assert!(
        detail.contains("“a real person” cancelled by “don't” (in “talk to a real person”)")
            && detail.ends_with("“real person” cancelled by “don't” (in “talk to a real person”)"),
        "{detail}"
    );
    // Asked for, it still escalates.
    let out = stdout_of(handoff().args([
        "explain",
        "-r",
        "rules",
        "--say",
        "customer: I want to talk to a real person",
    ]));
    assert!(
        out.contains("▶ escalates after message 1: human-request"),
        "{out}"
    );
}

/// A negated opinion reaches its object past the three-word window; a second statement
/// or "I don't think so" does not (regression: "I don't think it's a waste of time"
/// escalated on frustration).
#[test]
fn a_negated_opinion_cancels_its_object_and_no_further() {
    let explain = |said: &str| {
        stdout_of(handoff().args([
            "explain",
            "-r",
            "rules",
            "--say",
            &format!("customer: {said}"),
        ]))
    };
    let out = explain("I don't think it's a waste of time");
    assert!(out.contains("not escalated"), "{out}");
    assert!(
        out.contains("no match; “waste of time” cancelled by “don't”"),
        "{out}"
    );
    for said in [
        "I don't think so this is a waste of time",
        "I don't think you get it this is a waste of time",
        "I don't think it's cheap but it's a waste of time",
    ] {
        let out = explain(said);
        assert!(
            out.contains("▶ escalates after message 1: frustration"),
            "{said}: {out}"
        );
    }
}

/// User-eyes review (thirty-eighth session): "Can a human call me back?" and "Real person
/// please" did not escalate with the starter rules; a call back from a person is a
/// request for one. "Call me" alone (a name, a taxi) and a call back refused are not.
#[test]
fn a_call_back_from_a_person_is_a_request_for_one() {
    let escalates = |said: &str| {
        let text = stdout_of(handoff().args([
            "explain",
            "-f",
            "json",
            "--say",
            &format!("customer: {said}"),
        ]));
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["outcome"]["escalated"].as_bool().unwrap()
    };
    for asked in [
        "Can a human call me back?",
        "could someone call me about my bill",
        "Can the manager call me?",
        "Please ring me back",
        "I'd like to request a callback",
        "Real person please",
        "Are you a real person? I need a refund",
    ] {
        assert!(escalates(asked), "{asked}");
    }
    for not in [
        "You can call me Mark",
        "can you call me an uber",
        "Please don't call me back",
        "A table for one person please",
    ] {
        assert!(!escalates(not), "{not}");
    }
}

/// A `seen:` trigger whose signal scored part of its threshold in the message was
/// counted among those "nothing in this message came close to", while the same signal
/// under `message:` showed `near miss: score 1, needs 2`.
#[test]
fn a_partial_score_under_seen_is_a_near_miss() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals:\n  - { id: angry, phrases: [useless bot, { phrase: garbage, weight: 2 }], threshold: 2 }\ntriggers:\n  - { id: angry, when: { seen: { signal: angry, role: customer, at_least: 2, within: 6 } } }\nteams:\n  - { id: t, name: T, bridge: hi }\ndefault_route: { team: t }\n",
    );
    let say = ["explain", "--say", "customer: useless bot", "-r"];
    let text = stdout_of(handoff().args(say).arg(&rules));
    assert!(
        text.contains("✗ angry: ")
            && text.contains("; message 1: near miss: score 1, needs 2, from “useless bot”"),
        "{text}"
    );
    assert!(!text.contains("came close to"), "{text}");
    let json = stdout_of(handoff().args(say).arg(&rules).args(["-f", "json"]));
    assert!(json.contains("\"standing\": \"near_miss\""), "{json}");
}

/// A `not:` under `all:` whose signal matched made every "thanks" a near miss of the
/// starter's frustration trigger ("giving up, not with thanks"); beside a touched sibling
/// it still explains why the trigger did not hold.
#[test]
fn a_matched_not_is_a_near_miss_only_beside_a_touched_sibling() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals:\n  - { id: quit, phrases: [i give up] }\n  - { id: polite, phrases: [thanks] }\ntriggers:\n  - id: quit\n    when:\n      all:\n        - message: { role: customer, signal: quit }\n        - not: { message: { role: customer, signal: polite } }\nteams:\n  - { id: t, name: T, bridge: hi }\ndefault_route: { team: t }\n",
    );
    let explain =
        |said: &str| stdout_of(handoff().args(["explain", "--say", said, "-r"]).arg(&rules));
    let thanks = explain("customer: Got it, thanks!");
    assert!(
        thanks.contains("1 trigger nothing in this message came close to"),
        "{thanks}"
    );
    let both = explain("customer: I give up, thanks");
    assert!(
        both.contains("✗ quit: all of")
            && both.contains("✓ latest message from customer matches `polite`"),
        "{both}"
    );
}

/// Exploratory review: YAML merge keys were accepted and undocumented. They are kept
/// (the README says so): an item takes another's keys, and those written beside `<<`
/// win.
#[test]
fn a_merge_key_takes_another_items_keys_and_those_beside_it_win() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1\nsignals:\n  - &sig { id: s1, phrases: [refund], threshold: 1 }\n  - <<: *sig\n    id: s2\n    phrases: [chargeback]\ntriggers:\n  - { id: t1, when: { message: { signal: s1 } } }\n  - { id: t2, when: { message: { signal: s2 } } }\nteams: [{ id: t, name: T }]\ndefault_route: { team: t }\n",
    );
    let primary = |said: &str| {
        let text = stdout_of(
            handoff()
                .args(["explain", "-f", "json", "--say", said, "-r"])
                .arg(&rules),
        );
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["outcome"]["triggers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(primary("customer: chargeback"), ["t2"]);
    assert_eq!(primary("customer: refund"), ["t1"]);
}
