//! How a failing case says what failed: both values quoted, the line of the key that failed (or of the line of a bridge message that differs), and how to fix what cannot pass.

use super::*;

/// `bridge: ""` failed with "bridge: expected , got …"; every value is quoted now
/// (and an empty `bridge` is an error since).
#[test]
fn bridge_mismatches_quote_both_values() {
    let e = engine();
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: x\n    messages: [ { customer: discount } ]\n    expect: { bridge: ' Hi', bridge_contains: zzz }\n",
    )
    .unwrap();
    let r = &run(&s, &e, None)[0];
    let shown: Vec<(&str, String, String)> = r
        .failures
        .iter()
        .map(|m| (m.field, m.expected.to_string(), m.actual.to_string()))
        .collect();
    let shown: Vec<(&str, &str, &str)> = shown
        .iter()
        .map(|(f, e, a)| (*f, e.as_str(), a.as_str()))
        .collect();
    assert_eq!(
        shown,
        [
            ("bridge", "` Hi`", "`Hi there, I'm Maya.`"),
            ("bridge_contains", "`zzz`", "`Hi there, I'm Maya.`")
        ]
    );
}

/// A failing `bridge:` showed two long strings and no place where they differ,
/// at the case's line. Each mismatch has the line of its key, and an exact text the
/// character where it first differs.
#[test]
fn a_mismatch_has_its_key_s_line_and_where_texts_differ() {
    assert_eq!(differs_at("abc", "abd"), 3);
    assert_eq!(differs_at("ab ", "ab"), 3);
    assert_eq!(differs_at("ab", "ab"), 3);
    assert_eq!(differs_at("é x", "é  x"), 3);
    let e = engine();
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: x\n    messages: [ { customer: discount } ]\n    expect:\n      route: deals\n      bridge: \"Hi there, I'm Maya. \"\n      bridge_contains: Hello\n",
    )
    .unwrap();
    let r = &run(&s, &e, None)[0];
    let found: Vec<_> = r
        .failures
        .iter()
        .map(|m| (m.field, m.line, m.differs_at))
        .collect();
    assert_eq!(
        found,
        [
            ("bridge", Some(7), Some(20)),
            ("bridge_contains", Some(8), None)
        ]
    );
    assert_eq!(
        serde_json::to_value(&r.failures[0]).unwrap(),
        serde_json::json!({"field": "bridge", "expected": "Hi there, I'm Maya. ", "actual": "Hi there, I'm Maya.", "line": 7, "differs_at": 20})
    );
}

/// A failing `bridge:` written as a block scalar (`>-`, `|`) pointed at its
/// first line, where a plain one points (with `differs_at`) at the difference: it now
/// points at the line of the scalar where the texts first differ, folded or literal.
#[test]
fn a_failing_block_scalar_bridge_points_at_the_line_that_differs() {
    let e = engine();
    let s = suite(
        &e,
        r"version: 1
tests:
  - name: folded
    messages: [ { customer: discount } ]
    expect:
      bridge: >-
        Hi
        there,
        I'm Mara.
  - name: literal
    messages: [ { customer: discount } ]
    expect:
      bridge: |-
        Hi there,
        I'm Maya.
  - name: plain
    messages: [ { customer: discount } ]
    expect: { bridge: Hi there! }
",
    )
    .unwrap();
    let lines: Vec<(Option<usize>, Option<u32>)> = run(&s, &e, None)
        .iter()
        .map(|r| (r.failures[0].differs_at, r.failures[0].line))
        .collect();
    // Against "Hi there, I'm Maya.": the folded scalar differs on its third line (`r`
    // for `y`); the literal's line break after `there,` ends line 14; the plain scalar
    // is on its key's line.
    assert_eq!(
        lines,
        [
            (Some(17), Some(9)),
            (Some(10), Some(14)),
            (Some(9), Some(18))
        ]
    );
}

/// `bridge: |` keeps a final line break, so the case could never
/// pass, with no word of why, and the summary line broke in two at it.
#[test]
fn an_expected_bridge_ending_in_a_line_break_says_to_use_a_chomping_indicator() {
    let e = engine();
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: x\n    messages: [ { customer: discount } ]\n    expect:\n      bridge: |\n        Hi there, I'm Maya.\n",
    )
    .unwrap();
    let r = &run(&s, &e, None)[0];
    let m = &r.failures[0];
    assert_eq!(m.field, "bridge");
    assert_eq!(
        m.help.as_deref(),
        Some(
            "the expected text ends in a line break, which a bridge message never does: use `|-` or `>-` instead of `|` or `>`"
        )
    );
    assert_eq!(
        format!("{}", m.expected),
        "`Hi there, I'm Maya.\\n`",
        "on one line"
    );
    // JSON keeps the text as it is.
    assert_eq!(
        serde_json::to_value(&m.expected).unwrap(),
        "Hi there, I'm Maya.\n"
    );
}

/// A failing `escalated:` was left at its case's line (human `at`,
/// JSON, JUnit), where every other key had its own: the loop that gave each mismatch its
/// key's line was past the early return of an `escalated` mismatch.
#[test]
fn a_failing_escalated_has_its_key_s_line() {
    let e = engine();
    let s = suite(
        &e,
        "version: 1\ntests:\n  - name: stays\n    messages:\n      - customer: discount\n    expect:\n      escalated: false\n\n  - name: escalates\n    messages:\n      - customer: hello\n    expect:\n      escalated: true\n",
    )
    .unwrap();
    let found: Vec<_> = run(&s, &e, None)
        .iter()
        .map(|r| {
            (
                r.case.line,
                r.failures.iter().map(|m| (m.field, m.line)).collect(),
            )
        })
        .collect::<Vec<(u32, Vec<_>)>>();
    assert_eq!(
        found,
        [
            (3, vec![("escalated", Some(7))]),
            (9, vec![("escalated", Some(13))])
        ]
    );
}
