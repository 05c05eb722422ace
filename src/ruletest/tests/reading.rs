//! Reading test files: empty files and documents, text that is not UTF-8, and the schema and the loader agreeing on keys, turns, text and booleans.

use super::*;

/// An empty test file said "S001 unexpected end of input"; a file with `tests: []`
/// was not counted as read. An empty file (then an S004, exit 2), `tests:`
/// (an S003 "expected a list", exit 2) and `tests: []` (no case, exit 1) were three
/// rules for one thing: each is a file read that holds no case (`test` says so, exit 1).
#[test]
fn an_empty_file_and_an_empty_or_null_list_are_files_without_cases() {
    for text in [
        "# nothing yet\n\n",
        "",
        "version: 1\ntests: []\n",
        "version: 1\ntests:\n",
        "version: 1\ntests: ~\n",
    ] {
        let s = suite(&engine(), text).unwrap();
        assert_eq!((s.cases.len(), s.files), (0, 1), "{text:?}");
    }
}

/// The schema refused an empty document (`"type": "object"`, `version`
/// required), which the loader reads as a file with no case; `---` and `~` (empty
/// documents too) were "expected a mapping" (exit 2), and `version: 1` alone "missing
/// field `tests`", which the schema does not require. Each is a file with no case for
/// both: the schema takes `null`, and the loader what the schema takes.
#[test]
fn an_empty_document_is_a_file_without_cases_for_the_schema_and_the_loader() {
    for text in [
        "---\n",
        "~\n",
        "null\n",
        "--- # later\n...\n",
        "version: 1\n",
    ] {
        let s = suite(&engine(), text).unwrap();
        assert_eq!((s.cases.len(), s.files), (0, 1), "{text:?}");
    }
    let schema: serde_json::Value = serde_json::from_str(&tests_schema()).unwrap();
    assert_eq!(schema["type"], serde_json::json!(["object", "null"]));
    assert_eq!(schema["required"], serde_json::json!(["version"]));
    // What the schema still refuses, the loader does: a document that is not a mapping,
    // and a mapping without `version`.
    for text in ["- a\n", "tests: []\n"] {
        assert!(suite(&engine(), text).is_err(), "{text:?}");
    }
}

/// A rule-test file that was not UTF-8 was an I/O error with no line or column, where a
/// rule file gets S001 at the first bad byte.
#[test]
fn a_test_file_that_is_not_utf8_is_a_located_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.yaml");
    std::fs::write(&path, b"version: 1\ntests:\n  - name: caf\xe9\n").unwrap();
    let err = load(
        std::slice::from_ref(&path),
        engine().rules(),
        &mut Vec::new(),
    )
    .unwrap_err();
    let SuiteError::Invalid { diagnostics, .. } = err else {
        panic!("invalid expected: {err}")
    };
    let [d] = diagnostics.as_slice() else {
        panic!("{diagnostics:?}")
    };
    assert_eq!(d.code, Some("S001"));
    assert_eq!(d.message, "the file is not valid UTF-8 text");
    assert_eq!(d.help, ["save the rule test file as UTF-8"]);
    let loc = d.location.as_ref().unwrap();
    assert_eq!((loc.line, loc.column), (3, Some(14)));
}

/// What the known keys of an `expect` with an unknown one say is read with the same
/// fields as the `expect` itself.
#[test]
fn the_known_keys_of_an_expect_are_its_fields() {
    use crate::yaml::fields_of;
    assert_eq!(
        fields_of::<schema::KnownExpect>(),
        fields_of::<schema::RawExpect>()
    );
}

/// `turn: -1` said "expected a whole number ≥ 0", and `turn: 0` was then refused
/// ("counts messages from 1"); the schema had `minimum: 0`. Both say ≥ 1, as the schema
/// does, which also wants a message in a case and one role in a message.
#[test]
fn a_turn_counts_from_1_in_the_message_and_the_schema() {
    let e = engine();
    for turn in ["-1", "0"] {
        let yaml = format!(
            "version: 1\ntests:\n  - name: a\n    messages: [ {{ customer: hi }} ]\n    expect: {{ turn: {turn} }}\n"
        );
        let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&e, &yaml) else {
            panic!("turn: {turn} passed");
        };
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(
            diagnostics[0].message,
            format!("expected a whole number ≥ 1 (messages count from 1), found the number {turn}")
        );
        // It was placed at the key `turn`, not at the value.
        let at = diagnostics[0].location.as_ref().unwrap();
        assert_eq!((at.line, at.column), (5, Some(21)), "turn: {turn}");
    }
    // A quoted `turn: "3"` was read as 3, though the schema says integer; it is
    // refused as `version: "1"` is, at its value, whether the case parses or not.
    for bad in ["", ", zz: 1"] {
        let yaml = format!(
            "version: 1\ntests:\n  - name: a\n    messages: [ {{ customer: hi }} ]\n    expect: {{ turn: \"1\"{bad} }}\n"
        );
        let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&e, &yaml) else {
            panic!("turn: \"1\" passed");
        };
        let turn = diagnostics.iter().find(|d| d.code == Some("S003")).unwrap();
        assert_eq!(
            turn.message,
            "expected a whole number ≥ 1 (messages count from 1), unquoted (write 1, not \"1\"), found the text \"1\"",
        );
        let at = turn.location.as_ref().unwrap();
        assert_eq!((at.line, at.column), (5, Some(21)));
    }
    let schema: serde_json::Value = serde_json::from_str(&tests_schema()).unwrap();
    let defs = &schema["definitions"];
    assert_eq!(
        defs["RawExpect"]["properties"]["turn"]["type"],
        serde_json::json!("integer")
    );
    assert_eq!(defs["RawExpect"]["properties"]["turn"]["minimum"], 1);
    assert_eq!(defs["RawCase"]["properties"]["messages"]["minItems"], 1);
    assert_eq!(
        defs["RawMessage"]["oneOf"],
        serde_json::json!([
            { "required": ["customer"] },
            { "required": ["bot"] },
            { "required": ["agent"] },
        ])
    );
}

/// The schema an editor validates with refused what the loader reads (a message
/// `- customer: 12345`, Unix seconds in `time:`), and allowed `null` where the loader
/// read it as nothing. Text is any scalar in both; the loader reads it as written.
#[test]
fn the_schema_and_the_loader_agree_on_text() {
    let e = engine();
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: 42\n    messages:\n      - customer: 12345\n        time: 1709284500\n      - bot: 1.50\n      - customer: true\n    expect: { escalated: false }\n",
    )
    .unwrap();
    let case = &s.cases[0];
    assert_eq!(case.name, "42");
    let texts: Vec<&str> = case
        .conversation
        .messages
        .iter()
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(texts, ["12345", "1.50", "true"]);
    assert!(case.conversation.messages[0].timestamp.is_some());
    let schema: serde_json::Value = serde_json::from_str(&tests_schema()).unwrap();
    let defs = &schema["definitions"];
    let text = serde_json::json!(["string", "number", "boolean"]);
    assert_eq!(defs["Text"]["type"], text);
    assert_eq!(defs["NonEmptyText"]["type"], text);
    for key in ["customer", "bot", "agent", "time"] {
        let p = &defs["RawMessage"]["properties"][key];
        let r = p.get("$ref").unwrap_or(&p["allOf"][0]["$ref"]);
        assert_eq!(r, "#/definitions/Text", "{key}");
    }
}

/// `escalated:` given a list (or a mapping) had the help of a word written for a boolean
/// ("`yes`, `no`, `on`, `off`, `1` and `0` are not booleans here"), which was not the
/// mistake: it says what the value was, that one value is wanted, and the line to write.
#[test]
fn a_list_for_escalated_gets_help_about_lists_not_yes_and_no() {
    let e = engine();
    for (expect, found, help, at) in [
        (
            "expect: { escalated: [true] }",
            "a list",
            "`escalated` takes one value, `true` or `false`, not a list: write `escalated: true`",
            (5, 26),
        ),
        (
            "expect: { escalated: [true, false] }",
            "a list",
            "`escalated` takes one value, `true` or `false`, not a list: write `escalated: true` or `escalated: false`",
            (5, 26),
        ),
        (
            "expect: { escalated: { when: true } }",
            "a mapping",
            "`escalated` takes one value, `true` or `false`, not a mapping: write `escalated: true` or `escalated: false`",
            (5, 26),
        ),
        (
            "expect:\n      escalated:\n        - false",
            "a list",
            "`escalated` takes one value, `true` or `false`, not a list: write `escalated: true` or `escalated: false`",
            (7, 9),
        ),
    ] {
        let yaml = format!(
            "version: 1\ntests:\n  - name: a\n    messages: [{{customer: hi}}]\n    {expect}\n"
        );
        let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&e, &yaml) else {
            panic!("{expect} passed");
        };
        let d = &diagnostics[0];
        assert_eq!(
            (d.code, d.message.as_str()),
            (
                Some("S003"),
                format!("expected true or false, found {found}").as_str()
            ),
            "{expect}"
        );
        assert_eq!(d.help, [help], "{expect}");
        assert!(!d.help[0].contains("yes"), "{expect}");
        let place = d.location.as_ref().unwrap();
        assert_eq!((place.line, place.column), (at.0, Some(at.1)), "{expect}");
    }
}

/// `escalated: "no"` was serde-saphyr's "invalid boolean (strict mode expects
/// true/false)"; it is said as other wrong values are, with what was found and what to
/// write.
#[test]
fn a_boolean_written_as_text_says_what_was_found() {
    let e = engine();
    for (value, found, meant) in [
        ("\"no\"", "the text \"no\"", "false"),
        ("yes", "the text \"yes\"", "true"),
        ("'off'", "the text \"off\"", "false"),
        ("1", "the number 1", "true"),
    ] {
        let yaml = format!(
            "version: 1\ntests:\n  - name: a\n    messages: [{{customer: hi}}]\n    expect: {{ escalated: {value} }}\n"
        );
        let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&e, &yaml) else {
            panic!("escalated: {value} passed");
        };
        let d = &diagnostics[0];
        assert_eq!(
            (d.code, d.message.as_str()),
            (
                Some("S003"),
                format!("expected true or false, found {found}").as_str()
            )
        );
        assert_eq!(
            d.help,
            [format!(
                "write `{meant}`, unquoted: handoff's YAML files follow YAML 1.2, where only `true` and `false` are booleans (`yes`, `no`, `on`, `off`, `1` and `0` are not)"
            )]
        );
        let at = d.location.as_ref().unwrap();
        assert_eq!((at.line, at.column), (5, Some(26)));
    }
    // A boolean in quotes was read as one, which the schema refuses.
    let yaml = "version: 1\ntests:\n  - name: a\n    messages: [{customer: hi}]\n    expect: { escalated: \"false\" }\n";
    let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&e, yaml) else {
        panic!("escalated: \"false\" passed");
    };
    assert_eq!(
        diagnostics[0].message,
        "expected true or false, unquoted (write false, not \"false\"), found the text \"false\""
    );
    assert_eq!(diagnostics[0].help.len(), 1);
}

/// The help of a `time:` that does not parse (and `explain --say`'s error, which says
/// the same list) named only RFC 3339, the ISO form without an offset and Unix seconds,
/// where the reader also takes dotted and slashed dates, 12-hour clocks, two-digit years
/// and German month names: every example it gives parses as a rule test's time does, but
/// the one it says does not.
#[test]
fn the_time_forms_a_bad_time_names_are_the_ones_read() {
    let examples: Vec<&str> = TIME_FORMS.split('`').skip(1).step_by(2).collect();
    assert!(examples.len() >= 8, "{examples:?}");
    for example in examples {
        let parsed =
            crate::transcript::parse_timestamp_in(example, &jiff::tz::TimeZone::UTC).is_some();
        assert_eq!(parsed, example != "05/06/2024", "{example}");
    }
    for form in [
        "dotted",
        "slashed",
        "12-hour",
        "two-digit years",
        "month's name",
        "Unix seconds",
    ] {
        assert!(TIME_FORMS.contains(form), "{form}");
    }
    let yaml = "version: 1\ntests:\n  - name: a\n    messages:\n      - { customer: hi, time: yesterday }\n    expect: { escalated: false }\n";
    let Err(SuiteError::Invalid { diagnostics, .. }) = suite(&engine(), yaml) else {
        panic!("time: yesterday passed");
    };
    let d = &diagnostics[0];
    assert_eq!(d.message, "time `yesterday` is not a date and time");
    assert_eq!(d.help, [format!("use {TIME_FORMS}")]);
}
