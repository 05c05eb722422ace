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

#[test]
fn d018_is_said_once_in_a_merged_coverage_report() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rules.yaml", RULES);
    for (name, id) in [("a.jsonl", "c1"), ("b.jsonl", "c2")] {
        write(
            dir.path(),
            name,
            &format!("{{\"conversation_id\":\"{id}\",\"role\":\"customer\",\"text\":\"hi\"}}\n"),
        );
        let json = stdout_text(
            &handoff_in(dir.path())
                .args([
                    "coverage",
                    "-r",
                    "rules.yaml",
                    "-f",
                    "json",
                    "--map",
                    "delimiter=;",
                ])
                .arg(name)
                .assert()
                .success(),
        );
        write(dir.path(), &format!("{name}.json"), &json);
    }
    let merged = stdout_text(
        &handoff_in(dir.path())
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
    let d018: Vec<_> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "D018")
        .collect();
    assert_eq!(d018.len(), 1, "{merged}");
    assert_eq!(d018[0]["file"], "a.jsonl", "{merged}");
}
