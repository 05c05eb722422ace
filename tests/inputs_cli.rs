//! Inputs read the same way everywhere, from the outside: what a directory leaves out
//! is said whatever comes after it, a hidden directory is not called a file, booleans
//! are read by one policy, and coverage's JSON carries its diagnostics. A transcript read
//! in the wrong format or shape: `input_formats_cli.rs`.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{handoff, root, write};

/// With several `handoff test` paths, what the first directory left
/// out (D016, D017) was lost when a later path could not be read: only the error was
/// said. Both come now, the warnings first.
#[test]
fn test_says_what_earlier_paths_left_out_when_a_later_one_fails() {
    let dir = tempfile::tempdir().unwrap();
    let tests = dir.path().join("t");
    std::fs::create_dir_all(tests.join("more.yaml")).unwrap();
    let starter = root().join("rules/tests/starter.yaml");
    std::fs::copy(&starter, tests.join("starter.yaml")).unwrap();
    std::fs::copy(&starter, tests.join(".starter.yaml")).unwrap();
    let hidden = format!(
        "warning[D017]: {} is a hidden file: left out",
        tests.join(".starter.yaml").display()
    );
    let not_file = format!(
        "warning[D016]: {} is a directory, not a file: left out",
        tests.join("more.yaml").display()
    );
    let missing = dir.path().join("no-such-tests");
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let bad_rules = dir.path().join("bad-rules");
    std::fs::create_dir(&bad_rules).unwrap();
    write(&bad_rules, "r.yaml", "version: 1\nsignals: 3\n");
    for (rules, later, error) in [
        (root().join("rules"), &missing, "rule tests not found at"),
        (
            root().join("rules"),
            &empty,
            "no rule test files (*.yaml, *.yml) in directory",
        ),
        // Rules that do not load: the test files are read for their own mistakes.
        (bad_rules.clone(), &missing, "invalid rules in"),
    ] {
        let run = handoff()
            .arg("test")
            .arg("-r")
            .arg(&rules)
            .arg(&tests)
            .arg(later)
            .assert()
            .code(2);
        let err = String::from_utf8_lossy(&run.get_output().stderr).into_owned();
        let at = |said: &str| err.find(said).unwrap_or_else(|| panic!("{said}: {err}"));
        assert!(at(&not_file) < at(error), "{err}");
        assert!(at(&hidden) < at(error), "{err}");
        assert_eq!(err.matches("warning[D017]").count(), 1, "said once: {err}");
    }
}

/// A hidden directory named like an input (`.shards.csv/`,
/// `.old.yaml/`) was "a hidden file" in D017.
#[test]
fn a_hidden_directory_is_called_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let exports = dir.path().join("exports");
    std::fs::create_dir_all(exports.join(".shards.csv")).unwrap();
    write(
        &exports,
        "a.csv",
        "conversation_id,role,text\nc1,customer,hello\n",
    );
    handoff()
        .args(["replay", "-q", "-f", "jsonl"])
        .arg(&exports)
        .assert()
        .success()
        .stderr(contains(format!(
            "warning[D017]: {} is a hidden directory: left out",
            exports.join(".shards.csv").display()
        )))
        .stderr(contains("nor are its subdirectories"))
        .stderr(contains("hidden file").not());
    let rules = dir.path().join("rules");
    std::fs::create_dir_all(rules.join(".old.yaml")).unwrap();
    for file in std::fs::read_dir(root().join("rules")).unwrap() {
        let file = file.unwrap().path();
        if file.is_file() {
            std::fs::copy(&file, rules.join(file.file_name().unwrap())).unwrap();
        }
    }
    let lint = handoff().arg("lint").arg("-r").arg(&rules).assert();
    let out = String::from_utf8_lossy(&lint.get_output().stdout).into_owned();
    assert!(
        out.contains(&format!(
            "warning[D017]: {} is a hidden directory: left out",
            rules.join(".old.yaml").display()
        )),
        "{out}"
    );
    assert!(out.contains("nor are its subdirectories"), "{out}");
    assert!(!out.contains("hidden file"), "{out}");
}

/// `coverage --format json` had no diagnostics: a labels file's D007
/// and the transcripts' malformed rows were on stderr only, lost to a CI job that keeps
/// the JSON. The report carries them as `lint -f json` writes them, and a
/// merge keeps each once.
#[test]
fn coverage_json_carries_its_diagnostics() {
    let dir = tempfile::tempdir().unwrap();
    let labels = write(dir.path(), "labels.csv", "conversation_id,expected_team\n");
    let export = write(
        dir.path(),
        "x.csv",
        "conversation_id,role,text\na,customer,hello\nb,customer\n",
    );
    let run = |export: &std::path::Path| {
        let out = crate::common::stdout_of(
            handoff()
                .args(["coverage", "-f", "json", "--on-error", "skip", "--labels"])
                .arg(&labels)
                .arg(export),
        );
        serde_json::from_str::<serde_json::Value>(&out).unwrap()
    };
    let report = run(&export);
    assert_eq!(report["version"], handoff::coverage::VERSION);
    let items = report["diagnostics"].as_array().unwrap();
    let codes: Vec<&str> = items.iter().map(|d| d["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["D007", "D001"], "{items:?}");
    let d001 = &items[1];
    assert_eq!(d001["severity"], "warning");
    assert_eq!(d001["line"], 3);
    assert!(d001["file"].as_str().unwrap().ends_with("x.csv"), "{d001}");
    assert!(
        d001["message"].as_str().unwrap().contains("malformed"),
        "{d001}"
    );
    for key in [
        "name",
        "column",
        "end_line",
        "end_column",
        "label",
        "help",
        "related",
    ] {
        assert!(d001.get(key).is_some(), "{key}: {d001}");
    }
    // Nothing said: an empty list, not a missing key.
    let clean = write(
        dir.path(),
        "clean.csv",
        "conversation_id,role,text\nc,customer,hi\n",
    );
    let out = crate::common::stdout_of(handoff().args(["coverage", "-f", "json"]).arg(&clean));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["diagnostics"], serde_json::json!([]));
    // Merged: each shard's rows, the labels' warning once.
    let other = write(
        dir.path(),
        "y.csv",
        "conversation_id,role,text\nd,customer,hi\ne\n",
    );
    let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
    std::fs::write(&a, run(&export).to_string()).unwrap();
    std::fs::write(&b, run(&other).to_string()).unwrap();
    let out = crate::common::stdout_of(
        handoff()
            .args(["coverage", "-f", "json", "--merge"])
            .arg(&a)
            .arg(&b),
    );
    let merged: serde_json::Value = serde_json::from_str(&out).unwrap();
    let codes: Vec<&str> = merged["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["D007", "D001", "D001"], "{merged}");
}

/// Booleans were read three ways. A rule file follows YAML 1.2 (only
/// `true` and `false`, and `exists: yes` says to write `true` at its line and column);
/// data (a transcript's metadata, CSV or JSONL; a labels CSV) reads `true/false`,
/// `yes/no`, `y/n` and `1/0` in any case, so that `equals: true` holds for the `Yes` a
/// spreadsheet writes.
#[test]
fn booleans_follow_one_policy() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1\ntriggers:\n  - id: vip\n    when: { meta: { field: vip, equals: true } }\n",
    );
    let csv = write(
        dir.path(),
        "x.csv",
        "conversation_id,role,text,vip\na,customer,hi,Yes\nb,customer,hi,TRUE\nc,customer,hi,1\nd,customer,hi,no\ne,customer,hi,maybe\n",
    );
    let jsonl = write(
        dir.path(),
        "x.jsonl",
        "{\"conversation_id\": \"f\", \"role\": \"customer\", \"text\": \"hi\", \"vip\": true}\n{\"conversation_id\": \"g\", \"role\": \"customer\", \"text\": \"hi\", \"vip\": false}\n",
    );
    for (export, expected) in [
        (&csv, vec![true, true, true, false, false]),
        (&jsonl, vec![true, false]),
    ] {
        let out = crate::common::stdout_of(
            handoff()
                .args(["replay", "-q", "-f", "jsonl", "-r"])
                .arg(&rules)
                .arg(export),
        );
        let escalated: Vec<bool> = crate::common::jsonl(&out)
            .iter()
            .map(|o| o["escalated"].as_bool().unwrap())
            .collect();
        assert_eq!(escalated, expected, "{}: {out}", export.display());
    }
    // In the rule file itself, YAML 1.1's words are refused, each with the boolean meant.
    for (value, meant) in [("yes", "true"), ("Off", "false"), ("\"true\"", "true")] {
        let bad = write(
            dir.path(),
            "bad.yaml",
            &format!(
                "version: 1\ntriggers:\n  - id: vip\n    when: {{ meta: {{ field: vip, exists: {value} }} }}\n"
            ),
        );
        handoff()
            .arg("lint")
            .arg("-r")
            .arg(&bad)
            .assert()
            .code(1)
            .stdout(contains("error[S003]: expected true or false"))
            .stdout(contains("bad.yaml:4:41"))
            .stdout(contains(format!(
                "help: write `{meant}`, unquoted: handoff's YAML files follow YAML 1.2"
            )));
    }
    // A labels CSV: every spelling, in any case; anything else is an error at its row.
    let labels = write(
        dir.path(),
        "labels.csv",
        "conversation_id,expected_escalated\na,YES\nb,y\nc,True\nd,0\ne,No\n",
    );
    let out = crate::common::stdout_of(
        handoff()
            .args(["coverage", "-f", "json", "-r"])
            .arg(&rules)
            .arg("--labels")
            .arg(&labels)
            .arg(&csv),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["labels"]["matched"], 5, "{v}");
    assert_eq!(v["labels"]["escalation"]["true_positives"], 3, "{v}");
    assert_eq!(v["labels"]["escalation"]["true_negatives"], 2, "{v}");
    assert_eq!(v["labels"]["escalation"]["false_negatives"], 0, "{v}");
    let labels = write(
        dir.path(),
        "labels.csv",
        "conversation_id,expected_escalated\na,on\n",
    );
    handoff()
        .args(["coverage", "-r"])
        .arg(&rules)
        .arg("--labels")
        .arg(&labels)
        .arg(&csv)
        .assert()
        .code(2)
        .stderr(contains("labels.csv:2"))
        .stderr(contains("`on` is not true/false (or yes/no, y/n, 1/0)"));
}
