//! Rule files with wrong values, broken syntax and ids written again or wrongly anywhere:
//! loading, validating and linting what is sound never panics, no problem is said twice
//! (a salvaged item's checks must not repeat its schema errors, nor another's; a
//! duplicate id is said once, whichever copy parsed), and every error has its line and
//! column.

use std::path::PathBuf;

use proptest::prelude::*;

use crate::rules::load;
use crate::rules::validate::validate_partial;

/// Every kind of item, its lists written in blocks and in brackets: valid (warnings
/// only).
const BASE: &str = r#"version: 1
signals:
  - id: refund
    threshold: 2
    phrases:
      - money back
      - { phrase: refund, weight: 2 }
    regex: ["order \\d+", { pattern: "x+", weight: 1 }]
  - { id: angry, builtin: frustration, exclude: [hate], phrases: [{ phrase: argh, weight: 1 }] }
triggers:
  - id: t
    severity: high
    when:
      all:
        - message: { signal: refund, role: customer }
        - meta: { field: score, gte: 80, matches: "^a" }
        - any: [{ seen: { signal: angry, at_least: 2 } }, { counter: { name: turn, at_least: 3 } }]
routes:
  - id: r
    description: billing
    when: { any: [{ trigger: t }, { message: { phrases: [x, y] } }] }
    team: support
teams:
  - id: support
    name: Support
    agent: Maya
    bridges: { t: "Hi {{ customer.name }}" }
  - { id: other, name: Other, bridge_template: tpl }
templates:
  - id: tpl
    text: "Hello {{ customer.name }}"
default_route: { team: support }
"#;

/// What is written over a stretch of the text: wrong values, brackets, separators.
const WRITTEN: &[&str] = &[
    "\"2\"",
    "[x]",
    "0",
    "huge",
    "(",
    "{",
    "}",
    "[",
    "]",
    ",",
    " ",
    "\n",
    "- ",
    ": ",
    "",
    "{{ x",
    "nope",
    "- { phrase: a, weight: 0 }",
    // Ids written again, or written as no id is.
    "refund",
    "support",
    "su,ort",
    "x y",
    "12",
    "~",
    // Keys the format does not have, or misspelt: the item may be linted whole.
    "colour: red, ",
    "brige: ",
    "description: [a], ",
];

fn damaged() -> impl Strategy<Value = String> {
    prop::collection::vec((0..BASE.len(), 0usize..6, 0..WRITTEN.len()), 1..4).prop_map(|edits| {
        let mut text = BASE.to_owned();
        for (at, len, written) in edits {
            let at = at.min(text.len());
            let end = (at + len).min(text.len());
            text.replace_range(at..end, WRITTEN[written]);
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_damaged_rule_file_is_said_once_per_problem(text in damaged()) {
        let loaded = load::parse(vec![(PathBuf::from("r.yaml"), text.clone())]);
        let (diagnostics, partial) = validate_partial(loaded);
        let linted = crate::lint::check_partial(&partial, None);
        let said: Vec<_> = diagnostics
            .iter()
            .chain(&linted)
            .map(|d| {
                let at = d.location.as_ref().map(|l| (l.line, l.column));
                (d.code, at, d.message.clone())
            })
            .collect();
        for (i, d) in said.iter().enumerate() {
            prop_assert!(!said[..i].contains(d), "said twice: {d:?} in\n{text}");
        }
        // Every error of the file is said at its line and column.
        for d in diagnostics.iter().filter(|d| d.severity == crate::diag::Severity::Error) {
            let at = d.location.as_ref().and_then(|l| l.column.map(|_| l.line));
            prop_assert!(at.is_some_and(|line| line > 0), "no place: {d:?} in\n{text}");
        }
    }
}

#[test]
fn the_undamaged_rule_file_is_valid() {
    let loaded = load::parse(vec![(PathBuf::from("r.yaml"), BASE.to_owned())]);
    let validated = crate::rules::validate::validate(loaded);
    assert!(validated.is_ok(), "{:?}", validated.err().map(|e| e.0));
}
