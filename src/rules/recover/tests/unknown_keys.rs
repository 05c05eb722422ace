//! Unknown keys where serde stops at the first: every one of an item, of its conditions
//! and weighted entries, each at its place with a "did you mean", and not hiding another
//! error at the same place.

use super::*;

/// Regression: an item with two unknown keys (`severty:` and `whn:` in one trigger)
/// reported only the first; the second appeared once the first was fixed. Every unknown
/// key of every item is reported, each at its place with a "did you mean", as S002.
#[test]
fn every_unknown_key_of_an_item_is_reported() {
    let text = "version: 1
signals:
  - id: angry
    phrazes: [a]
    threshhold: 2
triggers:
  - id: t
    severty: high
    whn: { message: { signal: angry } }
default_route:
  team: front
  descripton: x
  tema: front
teams:
  - { id: front, name: Front, agnet: x, bridge_templat: y }
templates:
  - { id: tpl, txt: hi, text: hi, tetx: hi }
";
    let loaded = load::parse(vec![(PathBuf::from("r.yaml"), text.to_owned())]);
    let found: Vec<_> = loaded
        .diagnostics
        .iter()
        .map(|d| {
            let loc = d.location.as_ref().unwrap();
            let key = d.message.split('`').nth(1).unwrap();
            (
                d.code.unwrap(),
                loc.line,
                loc.column.unwrap(),
                key,
                d.help.join(""),
            )
        })
        .collect();
    let mean = |s: &str| format!("did you mean `{s}`?");
    assert_eq!(
        found,
        [
            ("S002", 4, 5, "phrazes", mean("phrases")),
            ("S002", 5, 5, "threshhold", mean("threshold")),
            ("S002", 8, 5, "severty", mean("severity")),
            // Meant for a field the trigger needs and lacks: one mistake, said once.
            (
                "S002",
                9,
                5,
                "whn",
                mean("when") + "`when` is required, and missing"
            ),
            ("S002", 12, 3, "descripton", mean("description")),
            ("S002", 13, 3, "tema", mean("team")),
            ("S002", 15, 31, "agnet", mean("agent")),
            ("S002", 15, 41, "bridge_templat", mean("bridge_template")),
            ("S002", 17, 16, "txt", mean("text")),
            ("S002", 17, 35, "tetx", mean("text")),
        ],
        "{:#?}",
        loaded.diagnostics
    );
    assert_eq!(
        loaded.diagnostics[3].message,
        "unknown field `whn`, expected one of id, description, reason, severity, when"
    );
}

/// The mappings an item holds have every unknown key reported too: conditions (a
/// misspelt condition name, the keys of `message:`, `seen:`, `counter:`, `meta:`, under
/// `all:`, `any:` and `not:`) and weighted phrase and regex entries.
#[test]
fn every_unknown_key_in_conditions_and_entries_is_reported() {
    let d = diagnose(
        "version: 1
signals:
  - id: angry
    phrases: [{ phrase: x, wieght: 2, wegiht: 3 }]
    regex: [{ patern: x, weight: 1 }]
routes:
  - id: r
    team: front
    when:
      all:
        - message: { signl: angry, rgex: [x] }
        - mesage: { signal: angry }
        - not: { seen: { signal: angry, atleast: 2 } }
        - any: [{ cuonter: { name: turn } }, { counter: { nme: turn, at_least: 1 } }]
        - meta: { feild: tier, eqals: vip }
teams:
  - { id: front, name: Front }
",
    );
    let keys: Vec<_> = d
        .iter()
        .map(|(c, l, col, m)| (*c, *l, *col, m.split('`').nth(1).unwrap()))
        .collect();
    assert_eq!(
        keys,
        [
            ("S002", 4, 28, "wieght"),
            ("S002", 4, 39, "wegiht"),
            ("S002", 5, 15, "patern"),
            ("S002", 11, 22, "signl"),
            ("S002", 11, 36, "rgex"),
            ("S002", 12, 11, "mesage"),
            ("S002", 13, 41, "atleast"),
            ("S002", 14, 19, "cuonter"),
            ("S002", 14, 59, "nme"),
            ("S002", 15, 19, "feild"),
            ("S002", 15, 32, "eqals"),
        ],
        "{d:#?}"
    );
    assert!(
        d[5].3
            .starts_with("unknown condition `mesage`; expected all, any")
    );
}

/// Another error at an unknown key's place is not lost to it: two conditions in one
/// mapping, the second misspelt, are both mistakes.
#[test]
fn an_unknown_key_does_not_hide_another_error_at_its_place() {
    let d = diagnose(
        "version: 1
signals:
  - { id: angry, phrases: [a] }
triggers:
  - id: t
    when: { message: { signal: angry }, sen: { signal: angry } }
",
    );
    assert_eq!(at(&d), [("S002", 6, 41), ("S003", 6, 41)], "{d:#?}");
}
