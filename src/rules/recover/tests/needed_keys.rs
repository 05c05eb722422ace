//! An error in a key an item cannot be read without (its `id`, a signal's `builtin`, a
//! route's `team`, a team's `name`, a template's `text`, a `when` in no list, a
//! `default_route`'s other keys) hides nothing else of the item; an id that is not one
//! does not make the references to it unknown; a duplicate id is said though a copy did
//! not parse.

use super::one_run::found;

#[test]
fn an_error_in_an_id_hides_nothing_else_of_its_item() {
    let got = found(
        r#"version: 1
signals:
  - id: [refund]
    phrases: [{ phrase: money back, weight: 0 }]
    regex: ["("]
triggers:
  - id: { t: 1 }
    severity: high
    when: { message: { signal: nope } }
"#,
    );
    assert_eq!(
        got,
        [
            ("S003", 3),
            ("S008", 4),
            ("M001", 5),
            ("S003", 7),
            ("R001", 9)
        ]
    );
}

/// `team: billing` beside a team `billing team` (S008) was an unknown team too: the
/// id's own error stands for it. One beside nothing like it is still unknown.
#[test]
fn a_reference_to_an_invalid_id_is_not_unknown_too() {
    let got = found(
        r"version: 1
triggers:
  - { id: t, when: { message: { phrases: [help] } } }
routes:
  - { id: r1, when: { trigger: t }, team: billing }
  - { id: r2, when: { trigger: t }, team: billing team }
  - { id: r3, when: { trigger: t }, team: sales }
teams:
  - id: billing team
    name: Billing
    bridge: hi
  - id: su,ort
    name: [Support]
default_route:
  team: su,ort
",
    );
    assert_eq!(got, [("R003", 7), ("S008", 9), ("S008", 12), ("S003", 13)]);
}

#[test]
fn an_error_in_a_builtin_team_name_or_text_hides_nothing_else() {
    let got = found(
        r#"version: 1
signals:
  - id: angry
    builtin: frustation
    phrases: [{ phrase: hate, weight: 0 }, { phrase: grr, weight: -1 }]
    regex: ["("]
triggers:
  - { id: t, when: { message: { signal: angry } } }
routes:
  - { id: r, when: { trigger: nope }, team: { a: 1 } }
teams:
  - id: support
    name: [Support]
    bridge_template: nope
templates:
  - id: x y
    text: [hi]
default_route: { team: suport, extra: 1 }
"#,
    );
    assert_eq!(
        got,
        [
            ("S002", 4),
            ("S008", 5),
            ("M001", 6),
            ("R002", 10),
            ("S003", 10),
            ("S003", 13),
            ("R004", 14),
            ("S008", 16),
            ("S003", 17),
            ("R003", 18),
            ("S002", 18),
        ]
    );
}

/// A condition in no `all:`/`any:` (or the only one of its list) with an error hid the
/// route's unknown team, and the trigger's invalid id.
#[test]
fn an_error_in_a_condition_in_no_list_hides_nothing_else() {
    let got = found(
        r#"version: 1
triggers:
  - id: t!
    when:
      meta:
        field: score
        gte: "80"
routes:
  - id: r
    when: { meta: { field: score, gte: "80" } }
    team: nope
  - id: q
    when:
      all:
        - counter: { name: turn, at_least: "3" }
    team: nope2
"#,
    );
    assert_eq!(
        got,
        [
            ("S008", 3),
            ("S003", 7),
            ("S003", 10),
            ("R003", 11),
            ("S003", 15),
            ("R003", 16)
        ]
    );
}

/// Two definitions with one id, one of which did not parse: S007 in the same run, at
/// the later of the two, whichever parsed.
#[test]
fn a_duplicate_id_is_said_though_a_copy_did_not_parse() {
    let got = found(
        r#"version: 1
signals:
  - { id: s, phrases: [a], threshold: "2" }
  - { id: s, phrases: [b] }
  - { id: s, phrases: [c], threshold: "3" }
triggers:
  - { id: t, when: { message: { signal: s } } }
  - { id: t, severity: huge, when: { message: { signal: s } } }
routes:
  - { id: r, when: { trigger: t }, team: a, extra: 1 }
  - { id: r, when: { trigger: t }, team: a }
teams:
  - { id: a, name: A, bridge: hi }
"#,
    );
    assert_eq!(
        got,
        [
            ("S003", 3),
            ("S007", 4),
            ("S007", 5),
            ("S003", 5),
            ("S007", 8),
            ("S002", 8),
            ("S002", 10),
            ("S007", 11),
        ]
    );
}
