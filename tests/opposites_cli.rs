//! "Did you mean" never suggests a name's opposite (cli39): an unknown team
//! `defined-team` was suggested `undefined-team`, a check `reachable-route`
//! `unreachable-route`, a typo away but the contrary.

use crate::common::{handoff, lint_text_failing, stderr_text};

/// `team: defined-team`, with `undefined-team` defined, was told "did you mean
/// `undefined-team`?"; a typo of a defined team still gets its suggestion.
#[test]
fn an_unknown_team_is_not_suggested_its_opposite() {
    let out = lint_text_failing(
        "version: 1
triggers:
  - { id: t, when: { message: { phrases: [help] } } }
teams:
  - { id: undefined-team, name: U, bridge: Hi. }
routes:
  - { id: r, when: { trigger: t }, team: defined-team }
  - { id: s, when: { trigger: t }, team: undefined-taem }
default_route: { team: undefined-team }
",
    );
    assert!(out.contains("unknown team `defined-team`"), "{out}");
    let said = out.matches("did you mean `undefined-team`?").count();
    assert_eq!(said, 1, "only the typo is suggested a name:\n{out}");
}

/// `--allow reachable-route` was told "did you mean `unreachable-route`?".
#[test]
fn a_check_is_not_suggested_its_opposite() {
    let dir = tempfile::tempdir().unwrap();
    let assert = handoff()
        .current_dir(dir.path())
        .args(["lint", "--allow", "reachable-route", "r.yaml"])
        .assert()
        .code(2);
    let err = stderr_text(&assert);
    assert!(err.contains("unknown check `reachable-route`"), "{err}");
    assert!(!err.contains("unreachable-route"), "{err}");
}
