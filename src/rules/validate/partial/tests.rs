//! The sound part of an invalid rule set: what lint checks beside the load errors.

use std::path::PathBuf;

use crate::diag::Diagnostic;
use crate::lint::check_partial;
use crate::rules::load::parse;
use crate::rules::{Part, Parts};

use super::{Partial, validate_partial};

fn partial(files: &[(&str, &str)]) -> (Vec<Diagnostic>, Partial) {
    let texts = files
        .iter()
        .map(|(p, t)| (PathBuf::from(p), (*t).to_owned()))
        .collect();
    validate_partial(parse(texts))
}

/// The codes of the load errors, then of the checks' findings.
fn codes(files: &[(&str, &str)]) -> (Vec<&'static str>, Vec<&'static str>) {
    let (diagnostics, partial) = partial(files);
    let findings = check_partial(&partial, None);
    let codes = |d: &[Diagnostic]| d.iter().map(|d| d.code.unwrap_or("-")).collect();
    (codes(&diagnostics), codes(&findings))
}

#[test]
fn a_valid_rule_set_is_whole() {
    let (diagnostics, partial) = partial(&[(
        "r.yaml",
        "version: 1\ntriggers:\n  - { id: t, when: { counter: { name: turn, at_least: 3 } } }\n",
    )]);
    assert!(diagnostics.is_empty());
    assert_eq!(partial.complete, Parts::ALL);
    assert_eq!(partial.rules.triggers.len(), 1);
}

/// A logic finding no longer waits until every load error is fixed.
#[test]
fn logic_checks_run_beside_load_errors() {
    let (errors, findings) = codes(&[(
        "r.yaml",
        r"
version: 1
triggers:
  - id: broken
    when: { counter: { name: turn, at_least: 2 } }
    bogus: 1
  - id: pointless
    when: { counter: { name: customer_messages, at_least: 0, at_most: 3 } }
default_route: { team: t }
teams:
  - { id: t, name: T, bridge: hi }
",
    )]);
    assert_eq!(errors, ["S002"]);
    assert_eq!(findings, ["L005"]);
}

/// A file that does not parse at all defines names nobody can know: references to them
/// are not "unknown", and what they would have used is not "never used".
#[test]
fn a_file_that_does_not_parse_causes_no_finding_elsewhere() {
    let a = r"
version: 1
signals:
  - { id: angry, phrases: [furious] }
routes:
  - id: to-support
    when: { trigger: mad }
    team: support
";
    let b = r"
version: 1
triggers:
  - id: mad
    when: { message: { signal: angry }
default_route: { team: support }
teams:
  - { id: support, name: Support, bridge: hi }
";
    let (errors, findings) = codes(&[("a.yaml", a), ("b.yaml", b)]);
    assert_eq!(errors, ["S001"], "no R002/R003 for names b.yaml may define");
    assert!(findings.is_empty(), "{findings:?}");
    let (_, partial) = partial(&[("a.yaml", a), ("b.yaml", b)]);
    assert_eq!(partial.complete, Parts::NONE);
    assert!(
        partial.rules.routes.is_empty(),
        "its trigger and team are unknown"
    );
}

/// A condition that lost its reference must not be judged: `message: { signal: nosuch }`
/// with the signal dropped would read as "any message", which always holds (L004).
#[test]
fn a_definition_with_an_error_is_left_out() {
    let (errors, findings) = codes(&[(
        "r.yaml",
        r"
version: 1
signals:
  - { id: used, phrases: [hello] }
triggers:
  - id: typo
    when: { message: { signal: usd } }
default_route: { team: t }
teams:
  - { id: t, name: T, bridge: hi }
",
    )]);
    assert_eq!(errors, ["R001"]);
    // Not L004 (always true), and not R010 for `used`: the trigger meant to use it.
    assert!(findings.is_empty(), "{findings:?}");
}

/// Leaving definitions out renumbers the rest: every reference still names its own.
#[test]
fn references_are_renumbered() {
    let (errors, partial) = partial(&[(
        "r.yaml",
        r"
version: 1
signals:
  - { id: bad, regex: ['(' ] }
  - { id: good, phrases: [hello] }
triggers:
  - id: uses-bad
    when: { message: { signal: bad } }
  - id: uses-good
    when: { seen: { signal: good, at_least: 0 } }
routes:
  - { id: r, when: { trigger: uses-good }, team: second }
teams:
  - { id: first, name: First, bridge: '{{ nope }}' }
  - { id: second, name: Second, bridge: hi }
",
    )]);
    let codes: Vec<_> = errors.iter().filter_map(|d| d.code).collect();
    assert_eq!(codes, ["M001", "T002"]);
    let rules = &partial.rules;
    assert_eq!(rules.signals.len(), 1);
    assert_eq!(rules.triggers.len(), 1);
    assert_eq!(rules.teams.len(), 1);
    assert_eq!(rules.teams[rules.routes[0].team.0].id, "second");
    assert!(!partial.complete.contains(Part::Signals));
    assert!(!partial.complete.contains(Part::Teams));
    assert!(partial.complete.contains(Part::Routes));
    let findings = check_partial(&partial, None);
    let l005 = findings.iter().find(|d| d.code == Some("L005")).unwrap();
    assert!(l005.message.contains("`good`"), "{}", l005.message);
}

/// A signal whose only errors are its `description` or a key the format does not have,
/// and a team whose only error is such a key, are linted in the same run (`M010`,
/// `L007`, `R012`); one that lost a misspelt key lint reads (`phrses:`, `brige:`) or
/// whose id is a duplicate is not.
#[test]
fn a_salvaged_signal_or_team_that_lost_nothing_lint_reads_is_linted() {
    let (diagnostics, findings) = codes(&[(
        "r.yaml",
        r"version: 1
signals:
  - { id: refund, description: [a], phrases: [money back, money back], threshold: 5 }
  - { id: other, colour: red, phrases: [x, x] }
  - { id: misspelt, phrses: [y], phrases: [z, z] }
  - { id: refund, colour: red, phrases: [w, w] }
teams:
  - { id: support, name: S, colour: red }
  - { id: sales, name: O, brige: hi }
triggers:
  - { id: t, when: { message: { phrases: [help] } } }
routes:
  - { id: r, when: { trigger: t }, team: support }
default_route: { team: support }
",
    )]);
    assert_eq!(
        diagnostics,
        ["S003", "S002", "S002", "S007", "S002", "S002", "S002"]
    );
    let mut findings = findings;
    findings.sort_unstable();
    assert_eq!(findings, ["L007", "M010", "M010", "R012"]);
}
