//! `within: N` as users meet it: lint's errors and findings at the value, `replay`'s
//! evidence and `explain`'s conditions with the window, rule tests of windowed rules.

use predicates::str::contains;

use crate::common::{handoff, json_of, stdout_of, write};

const RULES: &str = "version: 1
signals:
  - { id: refund, phrases: [refund] }
triggers:
  - id: loop
    reason: help
    when: { counter: { name: bot_fallbacks, at_least: 2, within: 4 } }
  - id: refunds
    reason: refund
    when: { seen: { signal: refund, role: customer, at_least: 2, within: 3 } }
default_route: { team: t }
teams:
  - { id: t, name: T, bridge: hi }
";

/// Conversation `a`: fallbacks at messages 1, 6 and 8 (6 and 8 in a window of 4);
/// `b`: refunds at 1, 4 and 5 (4 and 5 in a window of 3); `far`: fallbacks at 2 and 7.
const TRANSCRIPT: &str = "conversation_id,role,text
a,bot,\"Sorry, I didn't understand that.\"
a,customer,hello
a,customer,what
a,customer,what now
a,customer,hmm
a,bot,\"Sorry, I didn't understand that.\"
a,customer,ok
a,bot,\"Sorry, I didn't understand that.\"
b,customer,I want a refund
b,bot,ok
b,customer,another thing
b,customer,refund please
b,customer,refund now
far,customer,hi
far,bot,\"Sorry, I didn't understand that.\"
far,customer,ok
far,bot,fine
far,customer,good
far,bot,great
far,bot,\"Sorry, I didn't understand that.\"
";

#[test]
fn replay_evidence_names_the_window_and_quotes_the_matches_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let transcript = write(dir.path(), "t.csv", TRANSCRIPT);
    let (json, text) = json_of(
        handoff()
            .args(["replay", "-q", "-f", "json", "--rules"])
            .arg(&rules)
            .arg(&transcript),
        0,
    );
    let a = &json[0];
    assert_eq!(a["escalation_turn"], 8, "{text}");
    assert_eq!(
        a["triggers"][0]["evidence"][0],
        serde_json::json!({"type": "counter", "name": "bot_fallbacks", "value": 2.0, "within": 4})
    );
    let b = &json[1];
    assert_eq!(b["escalation_turn"], 5, "{text}");
    let turns: Vec<_> = b["triggers"][0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["turn"].clone())
        .collect();
    assert_eq!(
        turns,
        [4, 5],
        "the latest matches in the window, not the first"
    );
    assert_eq!(
        json[2]["escalated"], false,
        "two fallbacks 5 messages apart"
    );

    let table = stdout_of(
        handoff()
            .args(["replay", "-q", "-f", "table", "--rules"])
            .arg(&rules)
            .arg(&transcript),
    );
    assert!(
        table.contains("loop: bot_fallbacks=2 in the last 4 messages"),
        "{table}"
    );
}

#[test]
fn explain_shows_the_window_and_both_counts() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let transcript = write(dir.path(), "t.csv", TRANSCRIPT);
    let text = stdout_of(
        handoff()
            .args(["explain", "--all", "-c", "a", "--rules"])
            .arg(&rules)
            .arg(&transcript),
    );
    // After message 6: the fallback of message 1 is 5 messages back, out of the window.
    assert!(
        text.contains(
            "  ✗ loop: bot_fallbacks ≥ 2 in the last 4 messages — 1 in the last 4 (2 in all)"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "  ✓ loop: bot_fallbacks ≥ 2 in the last 4 messages — 2 in the last 4 (3 in all)"
        ),
        "{text}"
    );
    assert!(
        text.contains("  ✗ refunds: `refund` seen in ≥ 2 customer messages in the last 3 messages — seen in 0 of the last 3 (0 so far)"),
        "{text}"
    );
    let (json, _) = json_of(
        handoff()
            .args(["explain", "-f", "json", "-c", "a", "--rules"])
            .arg(&rules)
            .arg(&transcript),
        0,
    );
    let last = &json["steps"][7]["triggers"][0]["condition"];
    assert_eq!(
        last["condition"],
        "bot_fallbacks ≥ 2 in the last 4 messages"
    );
    assert_eq!(last["detail"], "2 in the last 4 (3 in all)");
    assert_eq!(last["holds"], true);
}

#[test]
fn lint_points_at_a_window_that_does_not_apply_or_cannot_hold() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.yaml",
        &RULES.replace(
            "{ counter: { name: bot_fallbacks, at_least: 2, within: 4 } }",
            "{ counter: { name: turn, at_least: 2, within: 4 } }",
        ),
    );
    handoff()
        .args(["lint"])
        .arg(&bad)
        .assert()
        .code(1)
        .stdout(contains(
            "error[S008]: `within` counts messages in a window, and `turn` is the number of the latest message",
        ))
        .stdout(contains("bad.yaml:7:57"))
        .stdout(contains("= help: `within` goes with `customer_messages`, `bot_messages`, `agent_messages`, `bot_fallbacks`, `customer_repeats` and `bot_repeats`; delete it here"));
    // Other commands refuse such rules: exit 2.
    handoff()
        .args(["replay", "-q", "--rules"])
        .arg(&bad)
        .arg("fixtures/transcripts.csv")
        .assert()
        .code(2)
        .stderr(contains("error[S008]"));
    let zero = write(
        dir.path(),
        "zero.yaml",
        &RULES.replace("at_least: 2, within: 3", "within: 0"),
    );
    handoff()
        .args(["lint"])
        .arg(&zero)
        .assert()
        .code(1)
        .stdout(contains("error[S008]: `within` must be at least 1"))
        .stdout(contains("zero.yaml:10:61"));
    let short = write(
        dir.path(),
        "short.yaml",
        &RULES.replace("at_least: 2, within: 3", "at_least: 4, within: 3"),
    );
    handoff()
        .args(["lint"])
        .arg(&short)
        .assert()
        .code(1)
        .stdout(contains("error[L003]: trigger `refunds` can never fire"))
        .stdout(contains(
            "a `seen` count cannot be at least 4 in the last 3 messages: a window holds no more messages than its size",
        ));
}

#[test]
fn rule_tests_run_windowed_rules() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let tests = write(
        dir.path(),
        "tests.yaml",
        "version: 1
tests:
  - name: close together
    messages:
      - bot: Sorry, I didn't understand that.
      - customer: what
      - customer: hello?
      - bot: Sorry, I didn't understand that.
    expect: { turn: 4, trigger: loop }
  - name: far apart
    messages:
      - bot: Sorry, I didn't understand that.
      - customer: what
      - customer: hello?
      - customer: anyone?
      - bot: Sorry, I didn't understand that.
    expect: { escalated: false }
",
    );
    handoff()
        .args(["test", "--rules"])
        .arg(&rules)
        .arg(&tests)
        .assert()
        .success()
        .stdout(contains("test result: ok. 2 passed, 0 failed"));
}
