//! The JSON reports of `coverage`, `diff`, `lint` and `test` given where transcripts go
//! (cli40 review): a coverage report given to `coverage` without `--merge` was told to
//! be written one object a line (`jq -c`), compacted it was told its messages "seem to
//! be in one key, `messages`" (a count), and the others compacted were told to map
//! `conversation_id`. Each is told to be handoff's own output of that command.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{ANGRY_RULES, handoff, stdout_of, write};

/// `file` given to `coverage --rules rules`: exit 2, told as `command`'s report.
fn told_as_report(rules: &std::path::Path, file: &std::path::Path, told: &str) {
    handoff()
        .args(["coverage", "--rules"])
        .arg(rules)
        .arg(file)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "hint: this is handoff's own output ({told}"
        )))
        .stderr(contains("jq -c").not())
        .stderr(contains("seem to be in one key").not())
        .stderr(contains("--map conversation_id").not());
}

/// `json` compacted to one line, as `jq -c .` writes it.
fn compacted(json: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    format!("{value}\n")
}

#[test]
fn a_commands_json_report_is_told_as_handoffs_own_output() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\na,customer,this is ridiculous\nb,customer,hi\n",
    );
    let coverage = stdout_of(
        handoff()
            .args(["coverage", "-q", "-f", "json", "--rules"])
            .arg(&rules)
            .arg(&csv),
    );
    let lint = stdout_of(handoff().args(["lint", "-f", "json"]).arg(&rules));
    let diff = stdout_of(
        handoff()
            .args(["diff", "-q", "-f", "json", "--base"])
            .arg(&rules)
            .arg("--head")
            .arg(&rules)
            .arg(&csv),
    );
    // The hours fixture's rules and rule tests (their file kept from looking like one).
    let fixture = crate::common::root().join("tests/fixtures/hours");
    let tests = dir.path().join("ruletests.yaml");
    std::fs::copy(fixture.join("ruletests/hours.yaml.txt"), &tests).unwrap();
    let test = stdout_of(
        handoff()
            .args(["test", "-f", "json", "-r"])
            .arg(fixture.join("rules/rules.yaml"))
            .arg(&tests),
    );
    // Review of cli41: sorted by `jq -S .`, only the compacted forms were told.
    for (name, json, told) in [
        ("cov.json", &coverage, "a `coverage -f json` report"),
        ("lint.json", &lint, "`lint -f json`'s report"),
        ("diff.json", &diff, "`diff -f json`'s report"),
        ("test.json", &test, "`test -f json`'s report"),
    ] {
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        // serde_json's own printer sorts the keys, as `jq -S` does.
        let sorted = serde_json::to_string_pretty(&value).unwrap();
        told_as_report(
            &rules,
            &write(dir.path(), &format!("s-{name}"), &sorted),
            told,
        );
    }
    for (name, json, told) in [
        ("cov.json", coverage, "a `coverage -f json` report"),
        ("lint.json", lint, "`lint -f json`'s report"),
    ] {
        let pretty = write(dir.path(), name, &json);
        told_as_report(&rules, &pretty, told);
        let compact = write(dir.path(), &format!("c-{name}"), &compacted(&json));
        told_as_report(&rules, &compact, told);
    }
    // A coverage report is told where it goes.
    handoff()
        .args(["coverage", "--rules"])
        .arg(&rules)
        .arg(dir.path().join("cov.json"))
        .assert()
        .code(2)
        .stderr(contains("`handoff coverage --merge REPORT…`"));
}
