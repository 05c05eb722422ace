//! Every mistake of a rule file reported in one run, each at its place, at any number.

use std::fmt::Write as _;

use crate::common::{handoff, write};

/// Regression: every diagnostic's line and column, and its drawing, were found by
/// reading the file from its start, so 5,000 unknown keys in one file took seconds
/// (quadratic). Each is still reported, where it is; the time is measured by hand (see
/// the CHANGELOG), not here.
#[test]
fn five_thousand_unknown_keys_are_five_thousand_diagnostics() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("version: 1\nsignals:\n  - id: s\n    phrases: [hello]\n");
    for i in 0..5_000 {
        writeln!(text, "    zz{i}: 1").unwrap();
    }
    write(dir.path(), "r.yaml", &text);
    let out = handoff()
        .current_dir(dir.path())
        .args(["lint", "r.yaml"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.matches("error[S002]: unknown field `zz").count(),
        5_000
    );
    assert!(stdout.contains(" --> r.yaml:5004:5\n"), "{stdout}");
    assert!(stdout.contains("5004 |     zz4999: 1\n"), "{stdout}");
}

/// The codes, lines and columns of `lint`'s errors for the rule file `text`.
fn errors_of(text: &str) -> Vec<(String, u64, u64)> {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "r.yaml", text);
    let out = handoff()
        .current_dir(dir.path())
        .args(["lint", "r.yaml", "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// Regression: a key written twice in an item (a trigger's `when:`, a route's `team:`)
/// hid the item's other unknown keys, and a second duplicate, until it was fixed. Each
/// is reported.
#[test]
fn a_key_written_twice_in_an_item_hides_none_of_its_other_mistakes() {
    let errors = errors_of(
        "version: 1
signals:
  - id: angry
    phrases: [a]
triggers:
  - id: t
    when: { message: { signal: angry } }
    severty: high
    when: { message: { signal: angry } }
    reson: x
    descripton: y
routes:
  - id: r
    team: front
    when: { trigger: t, trigger: t }
    team: front
    tema: x
teams:
  - { id: front, name: Front }
",
    );
    let at = |code: &str, line, column| (code.to_owned(), line, column);
    assert_eq!(
        errors,
        [
            at("S002", 8, 5),
            at("S006", 9, 5),
            at("S002", 10, 5),
            at("S002", 11, 5),
            at("S006", 15, 25),
            at("S006", 16, 5),
            at("S002", 17, 5),
        ]
    );
}
