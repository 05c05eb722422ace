//! Validation: raw rule files → a `RuleSet` or every error, located; template checks in
//! `tests/templates.rs`, built-in detectors' in `tests/detectors.rs`, windows' and
//! hours' values in `tests/windows_and_hours.rs`.

use std::path::PathBuf;

use crate::diag::Diagnostic;
use crate::rules::load::parse;
use crate::rules::{Condition, RuleSet};

use super::validate;

mod detectors;
mod empty_lists;
mod entry_spans;
mod groups;
mod templates;
mod windows_and_hours;

fn files(files: &[(&str, &str)]) -> Result<RuleSet, Vec<Diagnostic>> {
    let texts = files
        .iter()
        .map(|(p, t)| (PathBuf::from(p), (*t).to_owned()))
        .collect();
    validate(parse(texts)).map_err(|(d, _)| d)
}

fn errors(yaml: &str) -> Vec<Diagnostic> {
    match files(&[("r.yaml", yaml)]) {
        Ok(_) => panic!("expected errors"),
        Err(d) => d,
    }
}

fn codes(d: &[Diagnostic]) -> Vec<&str> {
    d.iter().map(|d| d.code.unwrap_or("-")).collect()
}

fn at(d: &Diagnostic) -> (u32, Option<u32>) {
    let loc = d.location.as_ref().expect("located");
    (loc.line, loc.column)
}

#[test]
fn a_valid_rule_set_resolves_references() {
    let rules = files(&[(
        "r.yaml",
        r"
version: 1
signals:
  - { id: angry, builtin: frustration, phrases: [grr] }
triggers:
  - id: t
    when:
      all:
        - message: { role: customer, signal: angry }
        - message: { phrases: [refund] }
teams:
  - { id: s, name: Support, bridge: 'Hi {{ customer.name }}' }
routes:
  - { id: r, when: { trigger: t }, team: s }
default_route: { team: s }
",
    )])
    .unwrap();
    assert_eq!(rules.signals.len(), 2, "one named, one inline");
    let angry = &rules.signals[0];
    assert!(angry.phrases.len() > 50, "built-in lexicon expanded");
    assert!(
        (angry.threshold - 2.0).abs() < f64::EPSILON,
        "the built-in's threshold"
    );
    assert!(angry.negation);
    assert_eq!(angry.phrases.last().unwrap().normalized, " grr ");
    assert!(rules.signals[1].inline);
    assert_eq!(rules.signals[1].id, "t/inline");
    let Condition::All(items) = &rules.triggers[0].when else {
        panic!("all")
    };
    assert!(matches!(items[1], Condition::Message { signal: Some(s), .. } if s.0 == 1));
    assert_eq!(rules.routes[0].team.0, 0);
    assert_eq!(rules.default_route.as_ref().unwrap().team.0, 0);
}

#[test]
fn duplicate_ids_across_files_show_both_places() {
    let d = files(&[
        ("a.yaml", "version: 1\nteams:\n  - { id: sales, name: A }\n"),
        ("b.yaml", "version: 1\nteams:\n  - { id: sales, name: B }\n"),
    ])
    .unwrap_err();
    assert_eq!(codes(&d), ["S007"]);
    assert_eq!(d[0].message, "duplicate team id `sales`");
    assert_eq!(
        d[0].location.as_ref().unwrap().path,
        PathBuf::from("b.yaml")
    );
    assert_eq!(d[0].related[0].0.path, PathBuf::from("a.yaml"));
    assert_eq!(d[0].related[0].0.line, 3);
}

#[test]
fn every_error_is_reported_not_just_the_first() {
    let d = errors(
        r"
version: 1
triggers:
  - id: a
    when: { message: { signal: angyr } }
  - id: b
    when: { trigger: a }
teams:
  - { id: sales, name: Sales, bridge_template: welcom }
templates:
  - { id: welcome, text: hi }
routes:
  - { id: r, when: { trigger: bb }, team: sale }
",
    );
    assert_eq!(codes(&d), ["R001", "R005", "R004", "R002", "R003"]);
    assert_eq!(at(&d[0]), (5, Some(32)));
    assert_eq!(d[2].help, ["did you mean `welcome`?"]);
    assert_eq!(d[3].help, ["did you mean `b`?"]);
    assert_eq!(d[4].help, ["did you mean `sales`?"]);
}

#[test]
fn invalid_regex_points_inside_the_pattern() {
    let d = errors("version: 1\nsignals:\n  - id: x\n    regex: ['ab(c']\n");
    assert_eq!(codes(&d), ["M001"]);
    assert!(
        d[0].message.starts_with("invalid regex: unclosed group"),
        "{}",
        d[0].message
    );
    assert_eq!(at(&d[0]), (4, Some(16)), "the `(` inside 'ab(c'");
}

#[test]
fn patterns_that_match_everything_or_nothing_are_errors() {
    let d = errors(
        "version: 1\nsignals:\n  - id: x\n    phrases: ['!!!']\n    regex: ['a*', '\\b(refund|)', '\\b(refund|chargeback)\\b']\n",
    );
    assert_eq!(codes(&d), ["M002", "M002", "M002"]);
    assert!(d[0].message.contains("would match every message"));
    assert!(d[1].message.contains("matches the empty string"));
    assert!(d[2].message.contains("matches any text with a word in it"));
    // `\w` was told its help about empty alternatives, which it has none of.
    assert!(
        d[1].help[0].contains("optional-only pattern"),
        "{:?}",
        d[1].help
    );
    assert!(d[2].help[0].contains("`\\b(a|)`"), "{:?}", d[2].help);
    let d = errors("version: 1\nsignals:\n  - id: x\n    regex: ['\\w', '.']\n");
    assert_eq!(codes(&d), ["M002", "M002"]);
    for d in &d {
        assert!(d.message.contains("matches any text with a word in it"));
        assert!(
            d.help[0].contains("a class or a wildcard alone"),
            "{:?}",
            d.help
        );
    }
}

#[test]
fn huge_regexes_are_refused() {
    let pattern = format!("({})", vec!["\\w{50}"; 200].join("|"));
    let d = errors(&format!(
        "version: 1\nsignals:\n  - id: x\n    regex: ['{pattern}']\n"
    ));
    assert_eq!(codes(&d), ["M001"]);
    assert!(d[0].message.contains("too large"), "{}", d[0].message);
}

#[test]
fn shapes_that_cannot_mean_anything_are_errors() {
    let d = errors(
        r"
version: 2
signals:
  - { id: empty }
  - { id: 'bad id' , phrases: [x] }
triggers:
  - { id: a, when: { all: [] } }
  - { id: b, when: { meta: { field: tier } } }
  - { id: c, when: { counter: { name: turn } } }
routes:
  - { id: default, when: { trigger: a }, team: t }
teams:
  - { id: t, name: T, bridge: x, bridge_template: y }
templates:
  - { id: y, text: z }
",
    );
    assert_eq!(
        codes(&d),
        [
            "S005", "S008", "S008", "S008", "S008", "S008", "S008", "S008"
        ]
    );
}

#[test]
fn a_second_default_route_is_a_duplicate() {
    let d = files(&[
        (
            "a.yaml",
            "version: 1\nteams: [{ id: t, name: T }]\ndefault_route: { team: t }\n",
        ),
        ("b.yaml", "version: 1\ndefault_route: { team: t }\n"),
    ])
    .unwrap_err();
    assert_eq!(codes(&d), ["S007"]);
    assert_eq!(d[0].related.len(), 1);
}

#[test]
fn parse_errors_stop_validation_but_keep_their_codes() {
    let d = files(&[
        (
            "a.yaml",
            "version: 1\nsignals:\n  - id: x\n    phrazes: [a]\n",
        ),
        ("b.yaml", "version: 1\n"),
    ])
    .unwrap_err();
    assert_eq!(codes(&d), ["S002"]);
    assert!(
        d[0].message.contains("unknown field `phrazes`"),
        "{}",
        d[0].message
    );
}

#[test]
fn bridges_by_trigger_name_real_triggers_and_valid_templates() {
    let d = errors(
        r"
version: 1
triggers:
  - { id: angry, when: { message: { phrases: [grr] } } }
teams:
  - id: t
    name: T
    bridge: hi
    bridges:
      angyr: sorry
      angry: 'Sorry {{ summary.gaol }}'
",
    );
    assert_eq!(codes(&d), ["R002", "T002"]);
    assert_eq!(at(&d[0]), (10, Some(7)), "the key that names no trigger");
    assert_eq!(d[0].help, ["did you mean `angry`?"]);
    assert!(d[1].message.contains("summary.gaol"), "{}", d[1].message);
    assert_eq!(d[1].help[0], "did you mean `summary.goal`?");
}

#[test]
fn rule_sets_over_the_limits_are_refused_where_the_limit_is_crossed() {
    use std::fmt::Write as _;
    let mut yaml = String::from("version: 1\ntriggers:\n");
    for i in 0..=super::MAX_DEFINITIONS {
        writeln!(
            yaml,
            "  - {{ id: t{i}, when: {{ message: {{ phrases: [x{i}] }} }} }}"
        )
        .unwrap();
    }
    let d = errors(&yaml);
    assert_eq!(codes(&d), ["S009"]);
    assert_eq!(
        d[0].message,
        "more than 10000 triggers: the rule set is refused"
    );
    assert_eq!(at(&d[0]).0, 3 + 10_000, "the line of the 10,001st");

    let mut yaml = String::from("version: 1\nsignals:\n  - id: s\n    phrases: [");
    for i in 0..=super::MAX_SIGNAL_ENTRIES {
        write!(yaml, "p{i},").unwrap();
    }
    yaml.push_str("]\n");
    let d = errors(&yaml);
    assert!(codes(&d).contains(&"S009"), "{:?}", codes(&d));
}

#[test]
fn templates_are_bounded_and_stand_alone() {
    let big = "x".repeat(super::templates::MAX_TEMPLATE_BYTES + 1);
    let d = errors(&format!(
        "version: 1\nteams:\n  - {{ id: t, name: T, bridge: '{big}' }}\n"
    ));
    assert_eq!(codes(&d), ["S009"]);
    for statement in [
        "{% include 'x.txt' %}",
        "{%- import 'm' as m %}",
        "{% from 'm' import f %}",
        "{% extends 'base' %}",
    ] {
        let d = errors(&format!(
            "version: 1\nteams:\n  - {{ id: t, name: T, bridge: \"hi {statement}\" }}\n"
        ));
        assert_eq!(codes(&d), ["T003"], "{statement}");
    }
}

/// minijinja's list of undeclared variables takes an `{% if %}` for a scope: a variable
/// set in its branches and read after it was "undefined variable" (`T002`, an error),
/// though the template engine sets it there. Read before any `set`, it still is one.
#[test]
fn a_variable_set_in_the_branches_of_an_if_is_not_undefined() {
    let d = errors(
        r#"
version: 1
teams:
  - id: a
    name: A
    bridge: '{% if summary.goal %}{% set g = summary.goal %}{% else %}{% set g = "your question" %}{% endif %}About {{ g }}.'
  - id: b
    name: B
    bridge: '{% if route == "x" %}{% set g = "a" %}{% endif %}{{ g }}{% if route == "y" %}{% set h = "b" %}{{ h }}{% endif %}'
  - id: c
    name: C
    bridge: '{{ g }}{% if route == "x" %}{% set g = "a" %}{% endif %}'
"#,
    );
    assert_eq!(codes(&d), ["T002"], "{d:#?}");
    assert_eq!(d[0].message, "template uses undefined variable `g`");
    assert_eq!(at(&d[0]), (12, Some(17)));
}
