//! The checks of what a signal or trigger that did not parse holds beside its schema
//! errors, in the same run.

use std::path::PathBuf;

use crate::rules::load;
use crate::rules::validate::validate;

pub(super) fn found(text: &str) -> Vec<(&'static str, u32)> {
    let loaded = load::parse(vec![(PathBuf::from("r.yaml"), text.to_owned())]);
    let Err((diagnostics, _)) = validate(loaded) else {
        panic!("expected errors for {text}")
    };
    diagnostics
        .iter()
        .map(|d| {
            (
                d.code.unwrap_or("-"),
                d.location.as_ref().map_or(0, |l| l.line),
            )
        })
        .collect()
}

/// `weight: "2"` and `wieght:` beside `weight: 0` were S003 and S002 in one run, and the
/// S008 only in the next; a `gte: "80"` hid the M001 and S008 of the trigger's other
/// conditions.
#[test]
fn every_error_of_a_signal_or_trigger_is_found_in_one_run() {
    let got = found(
        r#"version: 1
signals:
  - id: s
    phrases:
      - { phrase: refund, weight: "2" }
      - { phrase: money back, weight: 0 }
      - { phrase: chargeback, wieght: 2 }
    regex:
      - 'x['
triggers:
  - id: u
    when:
      all:
        - meta: { field: score, gte: "80" }
        - meta: { field: email, matches: '@(acme' }
        - meta: { field: plan, in: [] }
        - message: { signal: nope }
"#,
    );
    assert_eq!(
        got,
        [
            ("S003", 5),
            ("S008", 6),
            ("S002", 7),
            ("M001", 9),
            ("S003", 14),
            ("M001", 15),
            ("S008", 16),
            ("R001", 17),
        ]
    );
}

/// `weight: "2"` in a flow list hid the `weight: 0` and the regex of the items beside it;
/// an `all: [ … ]` item's `gte: "80"` the unknown signal of the next.
#[test]
fn every_item_of_a_flow_list_is_checked() {
    let got = found(
        r#"version: 1
signals:
  - id: s
    phrases: [{ phrase: a, weight: "2" }, { phrase: b, weight: 0 }]
    regex: [{ pattern: x, weight: [2] }, "("]
triggers:
  - id: u
    when: { all: [{ meta: { field: score, gte: "80" } }, { message: { signal: nope } }] }
"#,
    );
    assert_eq!(
        got,
        [
            ("S003", 4),
            ("S008", 4),
            ("S003", 5),
            ("M001", 5),
            ("S003", 8),
            ("R001", 8),
        ]
    );
}

/// A `threshold: "2"` hid the `weight: 0` (S008) beside it, and a `severity: huge` the
/// regex (M001) and unknown signal (R001) of the trigger's condition, until the next run.
#[test]
fn an_error_in_a_key_of_the_item_itself_hides_nothing_else() {
    let got = found(
        r#"version: 1
signals:
  - id: s
    threshold: "2"
    phrases:
      - { phrase: a, weight: 0 }
  - { id: t, negation: maybe, regex: ["x["] }
triggers:
  - id: u
    severity: huge
    when:
      any:
        - message: { signal: angyr }
        - message: { regex: ["(a"] }
"#,
    );
    assert_eq!(
        got,
        [
            ("S003", 4),
            ("S008", 6),
            ("S003", 7),
            ("M001", 7),
            ("S002", 10),
            ("R001", 13),
            ("M001", 14),
        ]
    );
}

/// A route with a wrong `description` hid its unknown team; a team with a wrong `agent`
/// its bridge's template error; a template with an unknown key its text's error. A
/// route whose `team` is wrong has the rest checked too (its unknown trigger), the team
/// written over and not checked.
#[test]
fn an_error_in_a_route_team_or_template_hides_nothing_else_of_it() {
    let got = found(
        r#"version: 1
triggers:
  - { id: t, when: { message: { phrases: [help] } } }
routes:
  - id: r1
    description: [a]
    when: { trigger: t }
    team: suport
  - id: r2
    when: { trigger: nope }
    team: [support]
teams:
  - id: support
    name: Support
    agent: [x]
    bridge: "Hi {{ customer.name"
  - { id: other, name: Other, bridge_template: tpl }
templates:
  - id: tpl
    text: "{% if %}"
    extra: 1
default_route: { team: support }
"#,
    );
    assert_eq!(
        got,
        [
            ("S003", 6),
            ("R003", 8),
            ("R002", 10),
            ("S003", 11),
            ("S003", 15),
            ("T001", 16),
            ("T001", 20),
            ("S002", 21),
        ]
    );
}

/// A trigger whose only error is its `severity` lost nothing lint reads: its condition
/// is linted in the same run (`L004`, `L005`). One whose `description` was wrong is not
/// (a team's bridge may read the description), nor one with an error in its `when`.
#[test]
fn a_trigger_that_lost_only_its_severity_is_linted() {
    let text = "version: 1
triggers:
  - id: t
    severity: huge
    when: { counter: { name: turn, at_least: 0 } }
  - id: u
    description: [x]
    when: { counter: { name: turn, at_least: 0 } }
  - id: w
    when: { any: [{ counter: { name: turn, at_least: 0 } }, { meta: { field: a, gte: \"1\" } }] }
";
    let loaded = load::parse(vec![(PathBuf::from("r.yaml"), text.to_owned())]);
    let (diagnostics, partial) = crate::rules::validate::validate_partial(loaded);
    let ids: Vec<&str> = partial
        .rules
        .triggers
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(ids, ["t"]);
    let codes = |ds: &[crate::diag::Diagnostic]| -> Vec<(&'static str, u32)> {
        ds.iter()
            .map(|d| {
                (
                    d.code.unwrap_or("-"),
                    d.location.as_ref().map_or(0, |l| l.line),
                )
            })
            .collect()
    };
    assert_eq!(
        codes(&diagnostics),
        [("S002", 4), ("S003", 7), ("S003", 10)]
    );
    let linted = crate::lint::check_partial(&partial, None);
    // The file has no `default_route` (L002) either, as the next run would say.
    assert_eq!(codes(&linted), [("L002", 3), ("L004", 3), ("L005", 5)]);
}
