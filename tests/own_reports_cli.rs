//! The JSON reports of `coverage`, `diff`, `lint` and `test` given where transcripts go
//! (cli40 review): a coverage report given to `coverage` without `--merge` was told to
//! be written one object a line (`jq -c`), compacted it was told its messages "seem to
//! be in one key, `messages`" (a count), and the others compacted were told to map
//! `conversation_id`. Each is told to be handoff's own output of that command.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{ANGRY_RULES, handoff, stdout_of, stdout_text, write};

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

/// cli42: a report sorted by `jq -S .` was told by the first keys of its first 5 lines
/// only: a `test -f json` report whose first case failed (`"cases": [ { "failures": [
/// { "actual": …`) was told to write one object a line. The keys of the whole object
/// are read; a JSON object of no report's keys is still told it is JSON.
#[test]
fn a_sorted_report_is_told_by_the_keys_of_the_whole_object() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let tests = write(
        dir.path(),
        "t.yaml",
        "version: 1
tests:
  - name: fails
    messages: [ { customer: hello there } ]
    expect: { trigger: angry }
",
    );
    let report = stdout_text(
        &handoff()
            .args(["test", "-f", "json", "-r"])
            .arg(&rules)
            .arg(&tests)
            .assert()
            .code(1),
    );
    let value: serde_json::Value = serde_json::from_str(&report).unwrap();
    let sorted = serde_json::to_string_pretty(&value).unwrap();
    assert!(
        sorted.starts_with("{\n  \"cases\": [\n    {\n      \"failures\": [\n        {"),
        "{sorted}"
    );
    told_as_report(
        &rules,
        &write(dir.path(), "sorted.json", &sorted),
        "`test -f json`'s report",
    );
    // Not a report: JSON, written one object a line.
    let other = "{\n  \"a\": [\n    1,\n    2,\n    3,\n    4\n  ],\n  \"b\": 1\n}\n";
    handoff()
        .args(["coverage", "--rules"])
        .arg(&rules)
        .arg(write(dir.path(), "other.json", other))
        .assert()
        .code(2)
        .stderr(contains("none of its first 5 lines is a JSON object"))
        .stderr(contains("this reads as one JSON document"))
        .stderr(contains("handoff's own output").not());
}

/// cli42 review: `lint -f sarif`'s report given to `replay` was told to write JSON
/// lines; as written, compacted or sorted, it is told to be `lint -f sarif`'s report.
#[test]
fn a_sarif_report_is_told_to_be_lints() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let bad = write(
        dir.path(),
        "bad.yaml",
        "version: 1\nsignals:\n  - { id: unused, phrases: [x] }\n",
    );
    let sarif = stdout_of(handoff().args(["lint", "-f", "sarif", "-r"]).arg(&bad));
    let value: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    let compact = serde_json::to_string(&value).unwrap();
    for (name, text) in [("l.sarif", sarif.as_str()), ("c.json", compact.as_str())] {
        let file = write(dir.path(), name, text);
        handoff()
            .args(["replay", "--rules"])
            .arg(&rules)
            .arg(&file)
            .assert()
            .code(2)
            .stderr(contains(
                "hint: this is handoff's own output (`lint -f sarif`'s report), not a transcript export",
            ));
    }
}

/// cli43: another tool's JSON of `base`, `changes`, `head` and `version` given as
/// transcripts was told to be handoff's `diff -f json` report; handoff's has keys only it
/// has beside them (`by_kind`, `team_flows`), as each report kind is told by.
#[test]
fn a_json_of_diff_like_keys_is_no_diff_report() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let other =
        r#"{"version": 2, "base": "main", "head": "feature", "changes": [{"file": "a.txt"}]}"#;
    for (name, text) in [
        ("other.json", format!("{other}\n")),
        (
            "pretty.json",
            serde_json::to_string_pretty(
                &serde_json::from_str::<serde_json::Value>(other).unwrap(),
            )
            .unwrap(),
        ),
    ] {
        handoff()
            .args(["coverage", "--rules"])
            .arg(&rules)
            .arg(write(dir.path(), name, &text))
            .assert()
            .code(2)
            .stderr(contains("handoff's own output").not())
            .stderr(contains("diff -f json").not());
    }
}

/// cli43 review: `diff -f json`'s report with changes, exactly as written (a change a
/// line), or gzipped, given to `replay` was read as JSON lines: 15 `D001` warnings, then
/// "no `role` key … map it". Only a change-less or re-printed report was told. It is
/// told to be handoff's own output, with no warning.
#[test]
fn a_diff_report_with_changes_as_written_is_told_as_handoffs_own_output() {
    let dir = tempfile::tempdir().unwrap();
    let head = crate::diff_cli::changed_rules(
        dir.path(),
        "Hi {{ customer.first_name | default(\"there\") }}",
        "Hi {{ customer.first_name | default(\"there\") | upper }}",
    );
    let report = stdout_text(
        &handoff()
            .args(["diff", "-q", "-f", "json", "--base", "rules", "--head"])
            .arg(&head)
            .assert()
            .success(),
    );
    assert!(report.contains("\n    {\"conversation_id\":"), "{report}");
    let value: serde_json::Value = serde_json::from_str(&report).unwrap();
    assert!(value["changed"].as_u64().unwrap() > 1, "{report}");
    // Written over many lines in the order written (`jq .`), its changes longer than
    // the lines read for the keys after them (a report of 3.5 MB was not told).
    let filler = vec!["          1"; 150_000].join(",\n");
    let pretty = format!(
        "{{\n  \"version\": 1,\n  \"changes\": [\n    {{\n      \"conversation_id\": \"c0\",\n      \"kinds\": [\n        \"details_changed\"\n      ],\n      \"base\": {{\n        \"turns\": [\n{filler}\n        ]\n      }}\n    }}\n  ],\n  \"by_kind\": {{}}\n}}\n"
    );
    let files = [
        write(dir.path(), "d.json", &report),
        write(dir.path(), "p.json", &pretty),
    ];
    let gz = dir.path().join("d.json.gz");
    std::fs::write(&gz, crate::common::gzip(report.as_bytes())).unwrap();
    for file in files.iter().chain([&gz]) {
        handoff()
            .arg("replay")
            .arg(file)
            .assert()
            .code(2)
            .stderr(contains(
                "hint: this is handoff's own output (`diff -f json`'s report)",
            ))
            .stderr(contains("D001").not())
            .stderr(contains("--map role").not());
    }
}
