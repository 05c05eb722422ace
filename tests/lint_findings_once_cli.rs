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

/// `id: billing issue` (not an id) and references written as it would be made one
/// (`billing-issue`, `billing_issue`): each was `R002` "did you mean `billing issue`?";
/// the id's `S008` stands for them. Another reference is unknown, and suggests no id
/// that is not one.
#[test]
fn an_invalid_id_is_never_suggested_and_holds_back_its_spellings() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "r.yaml",
        "version: 1
signals:
  - { id: s, phrases: [a] }
triggers:
  - { id: billing issue, when: { message: { signal: s } } }
routes:
  - { id: r1, when: { trigger: billing-issue }, team: a }
  - { id: r2, when: { trigger: billing_issue }, team: a }
  - { id: r3, when: { trigger: billing-isue }, team: a }
teams:
  - { id: a, name: A, bridge: hi }
default_route: { team: a }
",
    );
    let out = crate::common::lint_failing(dir.path().join("r.yaml"), "github");
    let said: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split("title=").nth(1)?.split(' ').next())
        .collect();
    assert_eq!(said, ["S008", "R002"], "{out}");
    assert!(out.contains("line=9,"), "{out}");
    assert!(!out.contains("did you mean"), "{out}");
}

/// While a team's id could not be read, `team: 5x y` (a name with a space, which the
/// broken text does not write) was never said unknown.
#[test]
fn a_reference_with_a_space_is_unknown_beside_a_team_that_did_not_parse() {
    let found = findings(
        "version: 1
triggers:
  - { id: t, when: { message: { phrases: [help] } } }
routes:
  - { id: r, when: { trigger: t }, team: 5x y }
teams:
  - { id: a, name: A, bridge: hi }
  - { id: [x], name: B, bridge: hi }
default_route: { team: a }
",
    );
    let said: Vec<(&str, u64)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(said, [("R003", 5), ("S003", 8)], "{found:?}");
}
