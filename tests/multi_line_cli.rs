//! YAML values over several lines in rule and rule-test files, as a user meets a mistake
//! at one: how much of the value the error underlines, and what its help says about a
//! key below it indented too far.

use crate::common::{handoff, stdout_text, write};

/// `handoff lint --color never -f format m.yaml` in `dir`, which must exit 1: stdout.
fn lint(dir: &std::path::Path, format: &str) -> String {
    let assert = handoff()
        .current_dir(dir)
        .args(["lint", "--color", "never", "-f", format, "m.yaml"])
        .assert()
        .code(1);
    stdout_text(&assert)
}

/// A list over several lines given where one value goes (a flow list
/// closing on a later line, a block list) was underlined by one character (`[high` for
/// the first, the `-` for the second, and `end_column` one past `column`). It is
/// underlined to the end of its first line, before a comment, in rule files and rule
/// tests; the span stays on that line.
#[test]
fn a_list_over_several_lines_is_underlined_along_its_first_line() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "m.yaml",
        "version: 1
signals:
  - { id: refund, phrases: [refund] }
triggers:
  - id: a
    severity: [high,
      low]
    when: { message: { signal: refund } }
  - id: b
    severity:
      - high   # x
      - low
    when: { message: { signal: refund } }
",
    );
    let run = |format: &str| lint(dir.path(), format);
    let human = run("human");
    for shown in [
        "6 |     severity: [high,\n  |               ^^^^^^\n\n",
        "11 |       - high   # x\n   |       ^^^^^^\n\n",
    ] {
        assert!(human.contains(shown), "{shown}\n{human}");
    }
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let spans: Vec<_> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "S003")
        .map(|d| {
            [&d["line"], &d["column"], &d["end_line"], &d["end_column"]]
                .map(serde_json::Value::as_u64)
        })
        .collect();
    let span = |l, c, el, ec| [Some(l), Some(c), Some(el), Some(ec)];
    assert_eq!(spans, [span(6, 15, 6, 21), span(11, 7, 11, 13)]);
    write(
        dir.path(),
        "t.yaml",
        "version: 1
tests:
  - name: a
    messages: [{customer: hi}]
    expect:
      escalated: [true,
        false]
      turn:
        - 1
",
    );
    let stderr = crate::common::invalid_rule_tests(dir.path());
    for shown in [
        "6 |       escalated: [true,\n  |                  ^^^^^^\n",
        "9 |         - 1\n  |         ^^^\n",
    ] {
        assert!(stderr.contains(shown), "{shown}\n{stderr}");
    }
}

/// A key indented too far under a value whose lines go on at or left of
/// it (a plain value), or under a block scalar whose text is deeper, got no help (or the
/// help for a `: ` inside a value). It is told what YAML read and where the key goes; a
/// key left of the value's key, the error of another mistake, is not.
#[test]
fn a_key_indented_too_far_under_a_value_over_several_lines_is_told_so() {
    let dir = tempfile::tempdir().unwrap();
    let trigger =
        "version: 1\nsignals:\n  - { id: refund, phrases: [refund] }\ntriggers:\n  - id: a\n";
    let when = "when: { message: { signal: refund } }\n";
    for (value, key, line, told) in [
        (
            "    description: The customer\n     asks for a refund\n",
            "     ",
            8,
            ", so YAML reads it as more of that value",
        ),
        (
            "    description: The customer\n     asks for a refund\n",
            "      ",
            8,
            ", so YAML reads it as more of that value",
        ),
        (
            "    description: |\n      The customer\n      asks for a refund\n",
            "     ",
            9,
            " and less than the text of its block scalar, so YAML reads it as neither more of that text nor a key beside `description:`",
        ),
    ] {
        write(
            dir.path(),
            "m.yaml",
            &format!("{trigger}{value}{key}{when}"),
        );
        let out = lint(dir.path(), "human");
        let help = format!(
            "= help: line {line} is indented further than `description:` above it{told}; indent it to column 5\n"
        );
        assert!(out.contains(&help), "{help}\n{out}");
        assert!(!out.contains("quote the value"), "{out}");
    }
    // A key left of the value's key is another mistake: no such help.
    write(
        dir.path(),
        "m.yaml",
        &format!("{trigger}    description: |\n      The customer\n   {when}"),
    );
    let out = lint(dir.path(), "human");
    assert!(out.contains("error[S001]"), "{out}");
    assert!(!out.contains("indented further"), "{out}");
}
