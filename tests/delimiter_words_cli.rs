//! D018 (a CSV delimiter set for a file read as JSONL) said `semicolon` where the user
//! wrote `;`, and a coverage report merged from shards said it once per shard: it says
//! what the user wrote, once per run, merged runs included.

use crate::common::{handoff_in, stderr_text, stdout_text, write};

const RULES: &str = r#"version: 1
triggers:
  - { id: refund, when: { message: { role: customer, phrases: [refund] } } }
teams:
  - { id: support, name: Support, bridge: "Hi." }
default_route: { team: support }
"#;

#[test]
fn d018_says_the_delimiter_as_written() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rules.yaml", RULES);
    write(
        dir.path(),
        "a.jsonl",
        "{\"conversation_id\":\"c1\",\"role\":\"customer\",\"text\":\"hi\"}\n",
    );
    write(dir.path(), "map.yaml", "delimiter: \";\"\n");
    for (args, written, at) in [
        (&["--map", "delimiter=;"][..], ";", "`--map delimiter=;`"),
        (
            &["--map", "delimiter=Pipe"][..],
            "Pipe",
            "`--map delimiter=Pipe`",
        ),
        (
            &["--mapping", "map.yaml"][..],
            ";",
            "`delimiter:` at map.yaml:1:12",
        ),
    ] {
        let assert = handoff_in(dir.path())
            .args(["replay", "-r", "rules.yaml", "a.jsonl"])
            .args(args)
            .assert()
            .success();
        let err = stderr_text(&assert);
        assert!(
            err.contains(&format!(
                "warning[D018]: the delimiter `{written}` ({at}) does nothing here"
            )),
            "{args:?}: {err}"
        );
    }
}

/// Writes the rules and two JSONL shards in `dir`, and the coverage report of each
/// (`a.jsonl.json`, `b.jsonl.json`), run with `--map delimiter=DELIMITER`.
fn shard_reports(dir: &std::path::Path, delimiter: &str) {
    write(dir, "rules.yaml", RULES);
    for (name, id) in [("a.jsonl", "c1"), ("b.jsonl", "c2")] {
        write(
            dir,
            name,
            &format!("{{\"conversation_id\":\"{id}\",\"role\":\"customer\",\"text\":\"hi\"}}\n"),
        );
        let json = stdout_text(
            &handoff_in(dir)
                .args(["coverage", "-r", "rules.yaml", "-f", "json", "--map"])
                .arg(format!("delimiter={delimiter}"))
                .arg(name)
                .assert()
                .success(),
        );
        write(dir, &format!("{name}.json"), &json);
    }
}

/// The D018 diagnostics of `coverage --merge a.jsonl.json b.jsonl.json` run in `dir`.
fn merged_d018(dir: &std::path::Path) -> Vec<serde_json::Value> {
    let merged = stdout_text(
        &handoff_in(dir)
            .args([
                "coverage",
                "-f",
                "json",
                "--merge",
                "a.jsonl.json",
                "b.jsonl.json",
            ])
            .assert()
            .success(),
    );
    let json: serde_json::Value = serde_json::from_str(&merged).unwrap();
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "D018")
        .cloned()
        .collect()
}

#[test]
fn d018_is_said_once_in_a_merged_coverage_report() {
    let dir = tempfile::tempdir().unwrap();
    shard_reports(dir.path(), ";");
    let d018 = merged_d018(dir.path());
    assert_eq!(d018.len(), 1, "{d018:?}");
    assert_eq!(d018[0]["file"], "a.jsonl", "{d018:?}");
}

/// A review found a report of a version that said the delimiter's word (`pipe`) merged
/// with one of this version, which says it as written (`|`), listing D018 twice.
#[test]
fn d018_of_an_older_report_and_a_newer_is_said_once() {
    let dir = tempfile::tempdir().unwrap();
    shard_reports(dir.path(), "|");
    // `a.jsonl.json` as the version before said it.
    let a = std::fs::read_to_string(dir.path().join("a.jsonl.json")).unwrap();
    let older = a.replace("the delimiter `|`", "the delimiter `pipe`");
    assert_ne!(a, older, "{a}");
    write(dir.path(), "a.jsonl.json", &older);
    let d018 = merged_d018(dir.path());
    assert_eq!(d018.len(), 1, "{d018:?}");
    assert_eq!(d018[0]["file"], "a.jsonl", "{d018:?}");
    assert!(
        d018[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("the delimiter `pipe` (`--map delimiter=|`)"),
        "{d018:?}"
    );
}
