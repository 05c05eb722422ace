//! Problems users reported about rule files, rule tests and the table on narrow
//! terminals: quoted messages and ids said whole and on one line, conversations cut short
//! (contacts warnings and backups: `user_reports_cli.rs`).

use crate::common::{ANGRY_RULES, handoff, stderr_text, write};

/// What `handoff test` says on stderr of a rule-test file `tests` run against
/// `ANGRY_RULES`, which it refuses (exit 2).
fn rule_test_errors(tests: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rules.yaml", ANGRY_RULES);
    write(dir.path(), "t.yaml", tests);
    stderr_text(
        &handoff()
            .current_dir(dir.path())
            .args(["test", "-r", "rules.yaml", "t.yaml"])
            .assert()
            .code(2),
    )
}

/// User report: a rule test's quoted message with escaped quotes was shown cut at the
/// first escaped quote (what was found ended at `said \\"`). It is shown whole, as written,
/// and the help moves the role out of the quotes with the escapes kept.
#[test]
fn a_quoted_message_with_escaped_quotes_is_shown_whole() {
    let stderr = rule_test_errors(
        "version: 1\ntests:\n  - name: quoted\n    messages:\n      - \"customer: he said \\\"now\\\" and left\"\n    expect: { turn: 1 }\n",
    );
    assert!(
        stderr.contains(
            "expected a mapping (`key: value`), found `\"customer: he said \\\"now\\\" and left\"`"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("write `- customer: \"he said \\\"now\\\" and left\"`"),
        "{stderr}"
    );
}

/// User report: a rule test's quoted message over two lines was "expected a mapping"
/// alone, without what was found or the help a one-line one gets. Both are given, the
/// value on one line as YAML reads it.
#[test]
fn a_quoted_message_over_two_lines_gets_what_was_found_and_the_help() {
    let stderr = rule_test_errors(
        "version: 1\ntests:\n  - name: quoted\n    messages:\n      - \"customer: he said now\n        and left\"\n    expect: { turn: 1 }\n",
    );
    assert!(
        stderr.contains(
            "expected a mapping (`key: value`), found `\"customer: he said now and left\"` (a quoted value over several lines)"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("write `- customer: \"he said now and left\"`"),
        "{stderr}"
    );
}

/// The first line starting `error[` of `handoff lint` on a rules file of `text`.
fn lint_error_line(text: &str) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", text);
    let out = handoff()
        .args(["lint", "--color", "never"])
        .arg(&rules)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let all = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    let line = all
        .lines()
        .find(|l| l.starts_with("error["))
        .unwrap_or_else(|| panic!("{all}"))
        .to_owned();
    (line, all)
}

/// User report: `team: "finance\n"`, a quoted string on one line, was called "a block of
/// text over several lines", with the help to write it on the key's line (it is). A
/// quoted id holds a line break; and a definition's own id written `- id: |` was S008
/// with the line break inside its message: one clean line too.
#[test]
fn a_quoted_id_with_a_line_break_and_a_block_id_are_said_on_one_line() {
    let head = "version: 1\nsignals:\n  - { id: angry, phrases: [ridiculous] }\ntriggers:\n  - { id: angry, when: { message: { role: customer, signal: angry } } }\n";
    let (line, all) = lint_error_line(&format!(
        "{head}teams:\n  - {{ id: support, name: Support, agent: Chris, bridge: 'Hi' }}\ndefault_route:\n  team: \"support\\n\"\n"
    ));
    assert_eq!(
        line,
        "error[S003]: the team id holds a line break; expected a team id, a string on one line",
        "{all}"
    );
    assert!(
        all.contains("help: remove the line break (`\\n`): `support`"),
        "{all}"
    );
    assert!(!all.contains("block of text"), "{all}");
    let (line, all) = lint_error_line(&format!(
        "{head}teams:\n  - id: |\n      support\n    name: Support\n    agent: Chris\n    bridge: 'Hi'\ndefault_route:\n  team: support\n"
    ));
    assert_eq!(
        line,
        "error[S003]: the team id is a block of text, whose value ends with a line break; expected a team id, a string on one line",
        "{all}"
    );
    assert!(
        all.contains("help: write the team id on the key's line: `support`"),
        "{all}"
    );
    // Review: one line of content was said to be "over several lines"; two lines are.
    assert!(!all.contains("several lines"), "{all}");
    assert!(
        all.contains("a block of text ends with a line break"),
        "{all}"
    );
    let (line, _) = lint_error_line(&format!(
        "{head}teams:\n  - {{ id: support, name: Support, agent: Chris, bridge: 'Hi' }}\ndefault_route:\n  team: |\n    support\n    desk\n"
    ));
    assert_eq!(
        line,
        "error[S003]: the team id is a block of text over several lines; expected a team id, a string on one line"
    );
}

/// User report: on rows a, b, a of an unsorted file (without --unsorted), the table
/// showed `a` "not escalated" from its first row alone, as if complete, though its row
/// after `b`'s is the one that escalates it. Its row is marked cut short, whatever the
/// number of threads (`b`, cut short too, is not written, as before).
#[test]
fn a_conversation_that_reappears_is_marked_cut_short_in_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\na,customer,hello\nb,customer,hi\nb,customer,hello?\na,customer,this is ridiculous\n",
    );
    let mut tables = Vec::new();
    for jobs in ["1", "2"] {
        let out = handoff()
            .args(["replay", "-q", "-f", "table", "--jobs", jobs, "-r"])
            .arg(&rules)
            .arg(&csv)
            .assert()
            .code(2)
            .get_output()
            .clone();
        let table = String::from_utf8(out.stdout).unwrap();
        assert!(table.contains("not escalated"), "{table}");
        assert!(
            table.contains("(cut short: its rows go on at "),
            "--jobs {jobs}: {table}"
        );
        assert!(
            table.contains("t.csv:5, not read)"),
            "--jobs {jobs}: {table}"
        );
        assert!(!table.contains("│ b "), "--jobs {jobs}: {table}");
        tables.push(table);
    }
    assert_eq!(tables[0], tables[1]);
}

/// User report: with `--only not-escalated`, rows a, b, a (`a` escalating) printed an
/// empty table and then "`a` above is (cut short: ...)", naming a row it did not show.
#[test]
fn a_conversation_cut_short_that_only_hid_is_not_said_after_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\na,customer,this is ridiculous\nb,customer,hi\na,customer,hello?\n",
    );
    for jobs in ["1", "2"] {
        let out = handoff()
            .args(["replay", "-q", "-f", "table", "--only", "not-escalated"])
            .args(["--jobs", jobs, "-r"])
            .arg(&rules)
            .arg(&csv)
            .assert()
            .code(2)
            .get_output()
            .clone();
        let table = String::from_utf8(out.stdout).unwrap();
        assert!(!table.contains("`a`"), "--jobs {jobs}: {table}");
        assert!(!table.contains("cut short"), "--jobs {jobs}: {table}");
    }
}
