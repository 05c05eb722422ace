//! `handoff lint` on an item whose value is empty, `~`, or shorter than what the loader
//! writes over it to read the rest (`when:`, `when: ~`, `when: 5`, `id:`, `team:`,
//! `name:`): the bad value is said, and the rest of the item is checked in the same run.

use crate::lint_rest_of_item_cli::{codes, found, lint};

/// Each value lost its item: a copy of `t1` with `when: 5` (`S007`), a route with
/// `team:` and its unknown trigger (`R002`), a route with `id:` or `when: ~` and its
/// unknown team (`R003`), a team with `name:` and its bridge's unknown variable
/// (`T002`), a signal with `id:` and its invalid regex (`M001`), a flow item's `id: ,`
/// and its weight of 0 (`S008`).
#[test]
fn an_empty_or_short_value_hides_nothing_else_of_its_item() {
    let out = lint(
        r#"version: 1
signals:
  - id:
    regex: ["("]
  - { id: , phrases: [{ phrase: a, weight: 0 }] }
triggers:
  - { id: t1, when: { message: { phrases: [help] } } }
  - id: t1
    when: 5
routes:
  - id: r1
    when: { trigger: nope }
    team:
  - id:
    when: { trigger: t1 }
    team: nobody
  - id: r3
    when: ~
    team: nobody2
teams:
  - id: tm
    name:
    bridges:
      t1: "{{ custmer.name }}"
"#,
    );
    assert_eq!(
        codes(&found(&out)),
        [
            ("S003", 3, 7),
            ("M001", 4, 14),
            ("S003", 5, 9),
            ("S008", 5, 44),
            ("S007", 8, 9),
            ("S003", 9, 11),
            ("R002", 12, 22),
            ("S003", 13, 9),
            ("S003", 14, 7),
            ("R003", 16, 11),
            ("S003", 18, 11),
            ("R003", 19, 11),
            ("S003", 22, 9),
            ("T002", 24, 15),
        ],
        "{out}"
    );
}

/// `when: ~` with a misspelt key below it at its indentation got the help to indent the
/// key further (as if it were the condition), and lost that key's `S002`.
#[test]
fn a_null_when_beside_a_misspelt_key_is_two_mistakes() {
    let out = lint("version: 1\ntriggers:\n  - id: t\n    when: ~\n    severty: high\n");
    assert_eq!(
        codes(&found(&out)),
        [("S003", 4, 11), ("S002", 5, 5)],
        "{out}"
    );
    assert!(!out.contains("indentation of"), "{out}");
}
