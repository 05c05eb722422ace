//! Malformed cases, messages and customers: each mistake at its place, and none hiding another.

use super::*;

#[test]
fn malformed_cases_are_errors() {
    let e = engine();
    let err = suite(
        &e,
        r"
version: 2
tests:
  - name: a
    messages: [ { customer: hi, bot: ho } ]
    expect: { escalated: false }
  - name: a
    messages: [ { customer: hi } ]
    expect: {}
  - name: c
    messages: [ { customer: hi } ]
    expect: { escalated: false, route: deals }
",
    )
    .unwrap_err();
    assert_eq!(codes_of(err), ["S005", "S008", "S007", "S008", "S008"]);
    // The misspelt `messages` (the help says it is required and missing), and the
    // `expect` the case lacks, at its start.
    let err = suite(&e, "version: 1\ntests:\n  - name: a\n    mesages: []\n").unwrap_err();
    let found = codes(err);
    assert_eq!(found[0], ("S004".to_owned(), vec![]));
    assert_eq!(found[1].0, "S002");
    assert_eq!(
        found[1].1.last().unwrap(),
        "`messages` is required, and missing"
    );
}

/// Regression: an unknown key (S002) anywhere in a test file hid every S008 of
/// it. Each case is read alone; a case with an unknown key is still checked for what its
/// other keys say; a syntax error stays the file's one error.
#[test]
fn an_unknown_key_hides_no_other_error() {
    let e = engine();
    let err = suite(
        &e,
        r"
version: 1
tests:
  - name: typo
    mesages: [ { customer: hi } ]
    expect: {}
  - name: says nothing
    messages: [ { customer: hi, bot: ho } ]
    expect: { escalated: false }
  - name: typo in expect
    messages: []
    expect: { escalted: false }
",
    )
    .unwrap_err();
    // The first case: its typo, and its `expect` saying nothing. The second: a message
    // with two roles. The third: no messages, and the typo inside `expect`, which makes
    // an "`expect` says nothing" meaningless (it is not reported).
    assert_eq!(codes_of(err), ["S002", "S008", "S008", "S008", "S002"]);
    let err = suite(
        &e,
        "versio: 1\ntests:\n  - name: a\n    messages: [ { customer: hi } ]\n    expect: {}\n",
    )
    .unwrap_err();
    // As in rule files: the misspelt key (its help says the `version` it leaves missing),
    // and the case.
    assert_eq!(codes_of(err), ["S002", "S008"]);
    let err = suite(&e, "version: 1\ntests:\n  - name: a\n    expect: {\n").unwrap_err();
    assert_eq!(codes_of(err), ["S001"]);
}

/// A list as a customer field said "data did not match any variant of untagged enum
/// Scalar", coded as a YAML syntax error.
#[test]
fn a_customer_field_that_is_not_one_value_is_a_wrong_type() {
    let err = suite(
        &engine(),
        "version: 1\ntests:\n  - name: x\n    customer: { tier: [a, b] }\n    messages:\n      - customer: hi\n    expect: { escalated: false }\n",
    )
    .unwrap_err();
    let SuiteError::Invalid { diagnostics, .. } = err else {
        panic!("invalid expected")
    };
    let d = &diagnostics[0];
    assert_eq!(d.code, Some("S003"));
    assert!(
        d.message
            .starts_with("expected a single value (text, a number, true or false)"),
        "{}",
        d.message
    );
    let loc = d.location.as_ref().unwrap();
    assert_eq!((loc.line, loc.column), (4, Some(23)));
}

/// `time: yesterday` was accepted silently (the message had no time).
#[test]
fn a_time_that_is_not_a_timestamp_is_an_error_at_its_place() {
    let err = suite(
        &engine(),
        "version: 1\ntests:\n  - name: x\n    messages:\n      - customer: hi\n        time: yesterday\n    expect: { escalated: false }\n",
    )
    .unwrap_err();
    let SuiteError::Invalid { diagnostics, .. } = err else {
        panic!("invalid expected")
    };
    let d = &diagnostics[0];
    assert_eq!(d.code, Some("S008"));
    assert_eq!(d.message, "time `yesterday` is not a date and time");
    assert!(d.help[0].contains("RFC 3339"), "{:?}", d.help);
    let loc = d.location.as_ref().unwrap();
    assert_eq!((loc.line, loc.column), (6, Some(15)));
    let ok = suite(
        &engine(),
        "version: 1\ntests:\n  - name: x\n    messages:\n      - customer: hi\n        time: 2024-03-01 09:15:00\n    expect: { escalated: false }\n",
    )
    .unwrap();
    assert!(ok.cases[0].conversation.messages[0].timestamp.is_some());
}

/// `Tier:` and `tier:` in one case's `customer:` were merged silently (the first
/// value kept), though they normalise to one field: an error at the second, the first
/// shown, as a key written twice is; in a case that parses and in one that does not.
#[test]
fn customer_fields_that_normalise_alike_are_an_error_at_the_second() {
    let e = engine();
    for extra in ["messages", "mesages"] {
        let yaml = format!(
            "version: 1\ntests:\n  - name: a\n    customer:\n      Tier: pro\n      name: Alex\n      TIER: free\n    {extra}: [ {{ customer: hi }} ]\n    expect: {{ escalated: false }}\n"
        );
        let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&e, &yaml) else {
            panic!("passed: {yaml}");
        };
        let d = &diagnostics[0];
        assert_eq!(d.code, Some("S006"));
        assert_eq!(
            d.message,
            "customer field `TIER` is `Tier` written again: both name the field `tier`"
        );
        let at = d.location.as_ref().unwrap();
        assert_eq!((at.line, at.column), (7, Some(7)));
        assert_eq!((d.related[0].0.line, d.related[0].0.column), (5, Some(7)));
        assert_eq!(diagnostics.len(), if extra == "messages" { 1 } else { 2 });
    }
    // Other fields are kept, in the order written.
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: a\n    customer: { Lead Score: 90, name: Alex }\n    messages: [ { customer: hi } ]\n    expect: { escalated: false }\n",
    )
    .unwrap();
    let fields: Vec<(&str, &str)> = s.cases[0].conversation.metadata.iter().collect();
    assert_eq!(fields, [("lead_score", "90"), ("name", "Alex")]);
}

/// A customer field named `"---"` normalised to the empty name and was kept.
#[test]
fn a_customer_field_without_letters_or_digits_is_an_error_at_its_name() {
    let yaml = "version: 1\ntests:\n  - name: a\n    customer: { \"---\": x }\n    messages: [ { customer: hi } ]\n    expect: { escalated: false }\n";
    let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&engine(), yaml) else {
        panic!("accepted");
    };
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0].code, Some("S008"));
    assert_eq!(
        diagnostics[0].message,
        "customer field `---` names no field: a field name needs a letter or digit"
    );
    let at = diagnostics[0].location.as_ref().unwrap();
    assert_eq!((at.line, at.column), (4, Some(17)));
}

/// `- customer:` (no text) was "a message has exactly one of `customer:`, `bot:`
/// or `agent:`", which it has; an empty text, on purpose, is written `""`.
#[test]
fn a_message_without_text_says_so() {
    let e = engine();
    let Err(SuiteError::Invalid { diagnostics, .. }) = suite(
        &e,
        "version: 1\ntests:\n  - name: a\n    messages:\n      - customer:\n      - {}\n      - { bot: hi, agent: hello }\n    expect: { escalated: false }\n",
    ) else {
        panic!("a message without text passed");
    };
    let found: Vec<_> = diagnostics
        .iter()
        .map(|d| (d.location.as_ref().unwrap().line, d.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (5, "the message has no text: `customer:` is empty"),
            (
                6,
                "a message has exactly one of `customer:`, `bot:` or `agent:`, not none"
            ),
            (
                7,
                "a message has exactly one of `customer:`, `bot:` or `agent:`, not several"
            ),
        ]
    );
    assert_eq!(
        diagnostics[0].help,
        [
            "write the message after `customer:`; `customer: \"\"` for a message that is empty on purpose"
        ]
    );
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: a\n    messages: [ { customer: \"\" } ]\n    expect: { escalated: false }\n",
    )
    .unwrap();
    assert_eq!(s.cases[0].conversation.messages[0].text, "");
}

/// A case with a malformed message (two roles, no text, a bad time) was
/// reported for it, and its `customer` and `expect` not checked at all: a trigger the
/// rules lack, a route misspelt, a `turn` past the messages went unnoticed until the
/// message was fixed. Nor were the names of an `expect` with a wrong value (`turn: 0`)
/// or an unknown key. Every problem of a case is reported, in file order.
#[test]
fn a_malformed_message_hides_no_problem_of_its_case() {
    let err = suite(
        &engine(),
        r"
version: 1
tests:
  - name: two roles
    customer: { Tier: pro, tier: free }
    messages:
      - { customer: hi, bot: ho }
    expect: { trigger: angri, turn: 2 }
  - name: no text
    messages:
      - customer:
    expect: { route: dealz }
  - name: a bad time and a wrong turn
    messages:
      - { customer: hi, time: yesterday }
    expect: { trigger: pricin, turn: 0, team: salez }
  - name: an unknown key
    messages:
      - { customer: hi, role: x }
      - { bot: ho }
    expect: { turns: 1, turn: 3, trigger: angri }
  - name: only a wrong value
    messages:
      - { customer: hi }
    expect: { escalated: maybe }
",
    )
    .unwrap_err();
    let SuiteError::Invalid { diagnostics, .. } = err else {
        panic!("invalid")
    };
    let found: Vec<(&str, u32)> = diagnostics
        .iter()
        .map(|d| (d.code.unwrap_or("-"), d.location.as_ref().unwrap().line))
        .collect();
    assert_eq!(
        found,
        [
            ("S006", 5),
            ("S008", 7),
            ("R002", 8),
            ("S008", 8),
            ("S008", 11),
            ("R006", 12),
            ("S008", 15),
            ("R002", 16),
            ("S003", 16),
            ("R003", 16),
            ("S002", 19),
            ("S002", 21),
            ("S008", 21),
            ("R002", 21),
            ("S003", 25),
        ]
    );
    assert!(
        diagnostics[12]
            .message
            .starts_with("`turn: 3` is past the case's last message: it has 2 messages"),
        "{}",
        diagnostics[12].message
    );
}

/// An unknown key in one message (`custmer:`) made the case's messages
/// unreadable together, so another message's `time: yesterday` (and a message that is
/// no mapping) came out only once the typo was fixed. Each message is read alone; the
/// role a message lacks because its key is misspelt is no second error.
#[test]
fn a_mistake_in_one_message_hides_none_of_another() {
    let err = suite(
        &engine(),
        "version: 1\ntests:\n  - name: a\n    messages:\n      - customer: hi\n        time: yesterday\n      - custmer: hello\n        time: tomorrow\n      - hello\n      - { customer: hi, bot: ho }\n      - {}\n    expect: { escalated: false }\n",
    )
    .unwrap_err();
    let SuiteError::Invalid { diagnostics, .. } = err else {
        panic!("invalid")
    };
    let found: Vec<(&str, u32, &str)> = diagnostics
        .iter()
        .map(|d| {
            let at = d.location.as_ref().unwrap();
            (d.code.unwrap_or("-"), at.line, d.message.as_str())
        })
        .collect();
    assert_eq!(
        found,
        [
            ("S008", 6, "time `yesterday` is not a date and time"),
            (
                "S002",
                7,
                "unknown key `custmer` in a message; expected its role (customer, bot or agent) or `time`"
            ),
            ("S008", 8, "time `tomorrow` is not a date and time"),
            (
                "S003",
                9,
                "expected a mapping (`key: value`), found `hello`"
            ),
            (
                "S008",
                10,
                "a message has exactly one of `customer:`, `bot:` or `agent:`, not several"
            ),
            (
                "S008",
                11,
                "a message has exactly one of `customer:`, `bot:` or `agent:`, not none"
            ),
        ]
    );
    assert_eq!(
        diagnostics[3].help,
        [
            "a message is a mapping of its role to its text: write `- customer: hello` (or `bot:`, `agent:`)"
        ]
    );
}
