//! `handoff lint` on an item with a schema error: the rest of the item is checked in the
//! same run (its regexes, weights, references, templates), each problem once, at its
//! file, line and column.

use crate::common::{handoff, stdout_text, write};

/// Lints `text` as `r.yaml` (failing) in the `github` format: one line per problem,
/// `::error file=…,line=…,col=…,title=CODE …`.
pub(crate) fn lint(text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "r.yaml", text);
    stdout_text(
        &handoff()
            .current_dir(dir.path())
            .args(["lint", "--format", "github", "r.yaml"])
            .assert()
            .code(1),
    )
}

/// Each `(code, line, column)` a run said, in order.
pub(crate) fn found(out: &str) -> Vec<(String, u32, u32)> {
    out.lines()
        .filter_map(|l| {
            let field = |name: &str| {
                let rest = l.split_once(&format!("{name}="))?.1;
                Some(rest.split([',', ':', ' ']).next()?.to_owned())
            };
            let code = field("title")?;
            Some((
                code.split(' ').next()?.to_owned(),
                field("line")?.parse().ok()?,
                field("col")?.parse().ok()?,
            ))
        })
        .collect()
}

pub(crate) fn codes(found: &[(String, u32, u32)]) -> Vec<(&str, u32, u32)> {
    found
        .iter()
        .map(|(c, l, col)| (c.as_str(), *l, *col))
        .collect()
}

/// `threshold: "2"` on a signal hid its `weight: 0` and its invalid regex; `severity:
/// huge` on a trigger hid its unknown signal; each waited for the next run.
#[test]
fn an_error_in_a_key_of_a_signal_or_trigger_hides_nothing_else_of_it() {
    let out = lint(
        r#"version: 1
signals:
  - id: refund
    threshold: "2"
    phrases:
      - { phrase: money back, weight: 0 }
    regex:
      - "("
triggers:
  - id: t
    severity: huge
    when: { message: { signal: angyr } }
"#,
    );
    assert_eq!(
        codes(&found(&out)),
        [
            ("S003", 4, 16),
            ("S008", 6, 39),
            ("M001", 8, 10),
            ("S002", 11, 15),
            ("R001", 12, 32),
        ],
        "{out}"
    );
}

/// A route with a wrong `description` hid its unknown team, and the next route's
/// unknown team was said; a team with a wrong `agent` hid its bridge's template error; a
/// template with an unknown key hid its text's error.
#[test]
fn an_error_in_a_route_team_or_template_hides_nothing_else_of_it() {
    let out = lint(
        r#"version: 1
triggers:
  - { id: t, when: { message: { phrases: [help] } } }
routes:
  - id: r1
    description: [a]
    when: { trigger: t }
    team: suport
  - { id: r2, when: { trigger: t }, team: nobody }
teams:
  - id: support
    name: Support
    agent: [x]
    bridge: "Hi {{ customer.name"
templates:
  - id: tpl
    text: "{% if %}"
    extra: 1
default_route: { team: support }
"#,
    );
    assert_eq!(
        codes(&found(&out)),
        [
            ("S003", 6, 18),
            ("R003", 8, 11),
            ("R003", 9, 43),
            ("S003", 13, 12),
            ("T001", 14, 17),
            ("T001", 17, 18),
            ("S002", 18, 5),
        ],
        "{out}"
    );
}

/// In `phrases: [{ … }, { … }]`, an entry's `weight: "2"` hid the next entry's `weight:
/// 0`; in `any: [ … ]`, a condition's wrong value hid the next one's unknown signal.
#[test]
fn every_item_of_a_flow_list_is_checked_in_one_run() {
    let out = lint(
        r#"version: 1
signals:
  - id: s
    phrases: [{ phrase: a, weight: "2" }, { phrase: b, weight: 0 }]
triggers:
  - { id: t, when: { any: [{ meta: { field: score, gte: "80" } }, { message: { signal: nope } }] } }
"#,
    );
    assert_eq!(
        codes(&found(&out)),
        [
            ("S003", 4, 36),
            ("S008", 4, 64),
            ("S003", 6, 57),
            ("R001", 6, 88)
        ],
        "{out}"
    );
}

/// A trigger whose only error was `severity: huge` had its condition linted only in the
/// next run: that it holds after every message (`L004`), and that its bound excludes
/// nothing (`L005`), are said in the same run.
#[test]
fn a_trigger_with_a_wrong_severity_is_linted_in_the_same_run() {
    let out = lint(
        r#"version: 1
triggers:
  - id: t
    severity: huge
    when: { counter: { name: turn, at_least: 1 } }
routes:
  - { id: r, when: { trigger: t }, team: a }
teams:
  - { id: a, name: A, bridge: "hi" }
default_route: { team: a }
"#,
    );
    assert_eq!(
        codes(&found(&out)),
        [("L004", 3, 9), ("S002", 4, 15), ("L005", 5, 46)],
        "{out}"
    );
}

/// An error in a key the rest is read by hid the rest: `id: [refund]` its invalid regex,
/// `builtin: frustation` its `weight: -1`, a route's `team: [a]` its unknown trigger, a
/// `when` in no list its route's unknown team, a `default_route`'s unknown key its
/// unknown team. A duplicate id of which one copy did not parse waited for it to parse;
/// an invalid id made a reference to a name it writes unknown too.
#[test]
fn an_error_in_a_key_the_rest_is_read_by_hides_nothing_else_of_it() {
    let out = lint(
        r#"version: 1
signals:
  - id: [refund]
    regex: ["("]
  - id: angry
    builtin: frustation
    phrases: [{ phrase: grr, weight: -1 }]
triggers:
  - { id: t, when: { message: { phrases: [help] } } }
  - { id: t, severity: huge, when: { message: { phrases: [hi] } } }
routes:
  - { id: r1, when: { trigger: nope }, team: [a] }
  - id: r2
    when:
      meta:
        field: score
        gte: "80"
    team: nobody
  - { id: r3, when: { trigger: t }, team: billing }
teams:
  - { id: billing team, name: B, bridge: hi }
default_route: { team: suport, extra: 1 }
"#,
    );
    assert_eq!(
        codes(&found(&out)),
        [
            ("S003", 3, 9),
            ("M001", 4, 14),
            ("S002", 6, 14),
            ("S008", 7, 38),
            ("S007", 10, 11),
            ("S002", 10, 24),
            ("R002", 12, 32),
            ("S003", 12, 46),
            ("S003", 17, 14),
            ("R003", 18, 11),
            ("S008", 21, 11),
            ("R003", 22, 24),
            ("S002", 22, 32),
        ],
        "{out}"
    );
}

/// A signal whose only error was an unknown key, or its `description`, had its phrases
/// linted only in the next run: a phrase listed twice (`M010`) and a threshold it cannot
/// reach (`L007`) are said in the same run; so is a team's missing bridge (`R012`).
#[test]
fn a_signal_or_team_with_only_an_unknown_key_is_linted_in_the_same_run() {
    let out = lint(
        r"version: 1
signals:
  - { id: refund, colour: red, phrases: [money back, money back], threshold: 5 }
teams:
  - { id: a, name: A, colour: red }
triggers:
  - { id: t, when: { message: { phrases: [help] } } }
routes:
  - { id: r, when: { trigger: t }, team: a }
default_route: { team: a }
",
    );
    let said = found(&out);
    let mut got = codes(&said);
    got.sort_unstable();
    assert_eq!(
        got,
        [
            ("L007", 3, 78),
            ("M010", 3, 54),
            ("R012", 5, 11),
            ("S002", 3, 19),
            ("S002", 5, 23),
        ],
        "{out}"
    );
}

/// A route whose only error was a key the format does not have was not linted: that an
/// earlier route takes every escalation it would (`L001`), and that its bound excludes
/// nothing (`L005`), are said in the same run, in its place among the routes.
#[test]
fn a_route_with_only_an_unknown_key_is_linted_in_its_place() {
    let out = lint(
        r"version: 1
triggers:
  - { id: t, when: { message: { phrases: [help] } } }
routes:
  - { id: first, when: { trigger: t }, team: a }
  - { id: r, colour: red, when: { all: [{ trigger: t }, { counter: { name: turn, at_least: 1 } }] }, team: a }
teams:
  - { id: a, name: A, bridge: hi }
default_route: { team: a }
",
    );
    let said = found(&out);
    let mut codes: Vec<&str> = said.iter().map(|c| c.0.as_str()).collect();
    codes.sort_unstable();
    assert_eq!(codes, ["L001", "L005", "S002"], "{out}");
    assert!(said.iter().all(|c| c.1 == 6), "{out}");
}
