//! A list or mapping where one text belongs said "`X` takes one value; found a list" for
//! most keys, and "expected text, found a list" for an item of a list: each says what
//! the key, or an item of the list, takes, in rule files, rule tests, mapping files and
//! `.handoff.yaml` alike, items of a top-level list read alone included.

use crate::common::{handoff, lint_text_failing, root, stderr_text, stdout_text, write};

/// The messages of `out` (`error[S003]: MESSAGE` lines), in order.
fn messages(out: &str) -> Vec<&str> {
    out.lines()
        .filter_map(|line| line.strip_prefix("error[S003]: "))
        .collect()
}

#[test]
fn a_rule_file_key_says_what_it_takes() {
    let out = lint_text_failing(
        "version: 1
signals:
  - id: s
    description: [a]
    exclude: [[x]]
triggers:
  - id: t
    reason: [x]
    when: { meta: { field: [plan], matches: [x] } }
routes:
  - id: [r]
    when: { trigger: t }
    team: tm
teams:
  - id: tm
    agent: [a]
    bridge: [x]
    bridges:
      t: [x]
",
    );
    assert_eq!(
        messages(&out),
        [
            "`description` takes one description, written as text; found a list",
            "each item of `exclude` is one phrase of the built-in lexicon, written as text; found a list",
            "`reason` takes one reason, a phrase that reads after \"stepping in to …\", written as text; found a list",
            "`field` takes one metadata field name, such as `plan`, written as text; found a list",
            "`matches` takes one regular expression, written as text; found a list",
            "`id` takes one route id, written as text; found a list",
            "`agent` takes one agent name (the name the human signs with), written as text; found a list",
            "`bridge` takes one bridge-message template, written as text; found a list",
            "the bridge of trigger `t` takes one bridge-message template, written as text; found a list",
        ],
        "{out}"
    );
}

#[test]
fn a_rule_test_key_says_what_it_takes() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "rules.yaml",
        "version: 1
triggers:
  - { id: t, when: { message: { phrases: [help] } } }
routes:
  - { id: r, when: { trigger: t }, team: tm }
teams:
  - { id: tm }
",
    );
    write(
        dir.path(),
        "cases.yaml",
        "version: 1
tests:
  - name: [x]
    messages:
      - customer: [hi]
        time: [x]
      - agent: [x]
    expect:
      escalated: true
      route: [r]
      triggers: [[t]]
      bridge: [x]
",
    );
    let assert = handoff()
        .current_dir(dir.path())
        .args(["test", "-r", "rules.yaml", "cases.yaml"])
        .assert()
        .code(2);
    let out = format!("{}{}", stdout_text(&assert), stderr_text(&assert));
    assert_eq!(
        messages(&out),
        [
            "`name` takes one name for the case, written as text; found a list",
            "`customer` takes one message, written as text; found a list",
            "`time` takes one timestamp, such as `2024-03-01 09:15:00`, written as text; found a list",
            "`agent` takes one message, written as text; found a list",
            "`route` takes one route id, written as text; found a list",
            "each item of `triggers` is one trigger id, written as text; found a list",
            "`bridge` takes the whole bridge message expected, written as text; found a list",
        ],
        "{out}"
    );
}

#[test]
fn a_mapping_or_project_key_says_what_it_takes() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "m.yaml",
        "date_order: [day-first]\nignore_columns: [[turn]]\n",
    );
    write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nc,customer,hi\n",
    );
    let err = stderr_text(
        &handoff()
            .current_dir(dir.path())
            .args(["replay", "--mapping", "m.yaml", "t.csv", "-r"])
            .arg(root().join("rules"))
            .assert()
            .code(2),
    );
    assert!(err.contains("m.yaml:1:13: `date_order` takes one date order, `day-first` or `month-first`, written as text; found a list"), "{err}");
    assert!(err.contains("m.yaml:2:18: each item of `ignore_columns` is one column name, written as text; found a list"), "{err}");

    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  timestamp_tz: [UTC]\nlint:\n  allow: [[S001]]\n",
    );
    let err = stderr_text(
        &handoff()
            .current_dir(dir.path())
            .arg("lint")
            .arg(root().join("rules"))
            .assert()
            .code(2),
    );
    assert!(err.contains(".handoff.yaml:2:17: `timestamp_tz` takes one time zone name, written as text; found a list"), "{err}");
    assert!(err.contains(".handoff.yaml:4:11: each item of `allow` is one check code or name, such as `L002`, written as text; found a list"), "{err}");
}

/// Review: `- "customer: Fix it today"` among a rule test's messages got the help
/// ``write `- customer: "customer: Fix it today"` ``, the role still inside the quotes.
/// The role comes out of them now: `- customer: "Fix it today"`.
#[test]
fn a_role_inside_a_quoted_message_is_taken_out_of_the_quotes() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rules.yaml", crate::common::ANGRY_RULES);
    write(
        dir.path(),
        "cases.yaml",
        "version: 1\ntests:\n  - name: fix\n    messages:\n      - \"customer: Fix it today\"\n      - 'bot: On it'\n      - \"Bot: ok\"\n      - \"system: boot\"\n      - \"customer: It's \\\"broken\\\" today\"\n    expect: { escalated: false }\n",
    );
    let assert = handoff()
        .current_dir(dir.path())
        .args(["test", "-r", "rules.yaml", "cases.yaml"])
        .assert()
        .code(2);
    let out = format!("{}{}", stdout_text(&assert), stderr_text(&assert));
    assert!(
        out.contains("= help: a message is a mapping of its role to its text, and the quotes make `customer:` part of the text: write `- customer: \"Fix it today\"`"),
        "{out}"
    );
    assert!(out.contains("write `- bot: 'On it'`"), "{out}");
    // Review: a role in capitals was suggested as the key it is not (`- Bot: "ok"`), a
    // word that is no role as one (`- system: "boot"`), and text with escaped quotes
    // was cut at the first (`- customer: "It's \"`).
    assert!(out.contains("write `- bot: \"ok\"`"), "{out}");
    assert!(
        out.contains("write `- customer: \"system: boot\"` (or `bot:`, `agent:`)"),
        "{out}"
    );
    assert!(!out.contains("write `- system:"), "{out}");
    assert!(!out.contains("write `- customer: \"It's \\\"`"), "{out}");
}
