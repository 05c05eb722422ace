//! `handoff lint` says each mistake once, and points at what it means: every later copy
//! of an id at the first, one finding where two said one mistake at one place, no
//! suggestion of an id that is not one.

use crate::common::{json_of, write};

/// A finding: its code, line and column, and the line and column of each place it
/// relates.
type Finding = (String, u64, u64, Vec<(u64, u64)>);

/// The findings of `handoff lint --format json` on `text` (failing), its notes left out.
fn findings(text: &str) -> Vec<Finding> {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "r.yaml", text);
    let mut cmd = crate::common::handoff();
    cmd.current_dir(dir.path())
        .args(["lint", "--format", "json", "r.yaml"]);
    let (json, _) = json_of(&mut cmd, 1);
    let n = |v: &serde_json::Value, k: &str| v[k].as_u64().unwrap_or(0);
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"].is_string())
        .map(|d| {
            let related = d["related"].as_array().map_or(Vec::new(), |r| {
                r.iter().map(|r| (n(r, "line"), n(r, "column"))).collect()
            });
            let code = d["code"].as_str().unwrap_or("-").to_owned();
            (code, n(d, "line"), n(d, "column"), related)
        })
        .collect()
}

/// The `S007`s of `found`: each copy's line, and the line it says came first.
fn duplicates(found: &[Finding]) -> Vec<(u64, u64)> {
    found
        .iter()
        .filter(|f| f.0 == "S007")
        .map(|f| (f.1, f.3.first().map_or(0, |r| r.0)))
        .collect()
}

/// With a copy that did not parse (`severity: huge`) before two that did, the later
/// parsed copy pointed at the earlier parsed one, and the earlier one was said twice;
/// with two such copies first, one of the parsed was said twice and the second not at
/// all. Every later copy points at the first.
#[test]
fn every_later_copy_of_an_id_points_at_the_first() {
    let trigger = "when: { message: { signal: s } }";
    for (copies, said) in [
        (["huge", "", ""], vec![(6, 5), (7, 5)]),
        (["huge", "huge", ""], vec![(6, 5), (7, 5)]),
        (["", "huge", ""], vec![(6, 5), (7, 5)]),
        (["", "", "huge"], vec![(6, 5), (7, 5)]),
        (["", "", ""], vec![(6, 5), (7, 5)]),
    ] {
        let items: Vec<String> = copies
            .iter()
            .map(|s| match *s {
                "" => format!("  - {{ id: t, {trigger} }}\n"),
                s => format!("  - {{ id: t, severity: {s}, {trigger} }}\n"),
            })
            .collect();
        let text = format!(
            "version: 1\nsignals:\n  - {{ id: s, phrases: [a] }}\ntriggers:\n{}",
            items.concat()
        );
        assert_eq!(duplicates(&findings(&text)), said, "{text}");
    }
}

/// A second key beside a condition that is no condition gave `S002` and `S003` at one
/// place; a trigger's `trigger:` condition naming no trigger gave `R005` and `R002`.
/// One finding each: the more precise one.
#[test]
fn one_mistake_is_one_finding() {
    let found = findings(
        "version: 1
signals:
  - { id: s, phrases: [a] }
triggers:
  - { id: t9, when: { message: { signal: s } } }
  - { id: t1, when: { trigger: x } }
  - id: t2
    when:
      any:
        - trigger: t9
        - trigger: nope
routes:
  - { id: r, when: { not: { trigger: t9, colour: 1 } }, team: a }
  - { id: q, when: { not: { trigger: t9, message: { signal: s } } }, team: a }
teams:
  - { id: a, name: A, bridge: hi }
default_route: { team: a }
",
    );
    let said: Vec<(&str, u64, u64)> = found
        .iter()
        .map(|(c, l, col, _)| (c.as_str(), *l, *col))
        .collect();
    assert_eq!(
        said,
        [
            ("R005", 6, 32),
            ("R005", 10, 20),
            ("R005", 11, 20),
            ("S002", 13, 42),
            ("S003", 14, 42),
        ],
        "{found:?}"
    );
}
