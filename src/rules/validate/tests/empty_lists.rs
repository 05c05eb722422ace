//! Lists and mappings written empty (`[]`, `{}`): none, as the key left out, unless none
//! changes what a definition means.

use super::{at, codes, errors, files};

/// `phrases: []` in a `message` condition loaded without a word, and the condition held
/// for every customer message; `bridges: {}`, `routes: []` and `templates: []` mean none.
#[test]
fn an_empty_list_is_an_error_only_where_it_changes_the_meaning() {
    let d = errors(
        "version: 1
triggers:
  - id: t
    when: { message: { role: customer, phrases: [] } }
  - id: u
    when: { message: { regex: [] } }
",
    );
    assert_eq!(codes(&d), ["S008", "S008"]);
    assert_eq!(at(&d[0]), (4, Some(49)));
    assert_eq!(
        d[0].message,
        "`phrases` is empty: this `message` condition would hold for every customer message"
    );
    assert_eq!(at(&d[1]), (6, Some(31)));
    assert!(
        d[1].message.ends_with("for every message"),
        "{}",
        d[1].message
    );
    files(&[(
        "r.yaml",
        "version: 1
signals:
  - { id: s, phrases: [], regex: ['\\bhelp\\b'] }
triggers:
  - id: t
    when: { message: { role: customer, signal: s, phrases: [] } }
  - id: u
    when: { message: { phrases: [], regex: [refund] } }
routes: []
default_route: { team: x }
teams:
  - { id: x, name: X, agent: Xi, bridge: hi, bridges: {} }
templates: []
",
    )])
    .unwrap_or_else(|d| panic!("{d:?}"));
}
