//! `handoff lint`'s `L008` unreachable-window-count from the outside: a `bot_repeats`
//! count its window can never hold is an error at its `at_least`, with what the window
//! holds; one it can hold, and the starter rules, lint clean.

use predicates::str::contains;

use crate::common::{handoff, lint_text_failing, write};
use crate::lint_cli::fixture;

/// Rules whose one trigger is `{ counter: { name: bot_repeats, at_least, within } }`.
fn bot_loop(at_least: u32, within: u32) -> String {
    format!(
        "version: 1\ntriggers:\n  - {{ id: loop, when: {{ counter: {{ name: bot_repeats, at_least: {at_least}, within: {within} }} }} }}\n\
         teams:\n  - {{ id: a, name: A, bridge: hi }}\ndefault_route: {{ team: a }}\n"
    )
}

/// `at_least: 3, within: 4` linted clean and never fired: the bot's three questions
/// need the customer's two answers between them, five messages.
#[test]
fn a_bot_repeats_count_no_window_can_hold_is_an_error_at_its_bound() {
    let out = lint_text_failing(&bot_loop(3, 4));
    assert!(
        out.contains(
            "error[L008]: `at_least: 3` within 4 messages can never be reached: `bot_repeats` \
             counts bot messages with a customer message between each two\n \
             --> r.yaml:3:65\n"
        ),
        "{out}"
    );
    assert!(out.contains("^ at most 2 in 4 messages\n"), "{out}");
    assert!(
        out.contains("raise `within` to 5, or lower `at_least` to 2"),
        "{out}"
    );
    assert!(
        out.contains("lint: 1 error, 0 warnings in 1 rule file"),
        "{out}"
    );
    // JSON names the code and the place.
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "r.yaml", &bot_loop(3, 4));
    let json = crate::common::lint_failing(&rules, "json");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let finding = &v["diagnostics"][0];
    assert_eq!(finding["code"], "L008", "{json}");
    assert_eq!(finding["line"], 3, "{json}");
    assert_eq!(finding["column"], 65, "{json}");
    // GitHub and SARIF join the message and its label: the bound is said once (the
    // message ended "at most 2 in 4" before the label "at most 2 in 4 messages").
    let github = crate::common::lint_failing(&rules, "github");
    assert!(
        github.contains("between each two: at most 2 in 4 messages%0A"),
        "{github}"
    );
    assert!(!github.contains("in 4: at most"), "{github}");
}

/// What a window holds lints clean, and so do the starter rules (`bot-loop`'s
/// `at_least: 2, within: 4`).
#[test]
fn a_count_the_window_holds_lints_clean() {
    let dir = tempfile::tempdir().unwrap();
    for (at_least, within) in [(3, 5), (2, 4), (2, 3)] {
        let rules = write(dir.path(), "r.yaml", &bot_loop(at_least, within));
        handoff()
            .arg("lint")
            .arg(&rules)
            .assert()
            .success()
            .stdout(contains("lint: no problems in 1 rule file"));
    }
    handoff()
        .arg("lint")
        .assert()
        .success()
        .stdout(contains("lint: no problems in 4 rule files"));
    handoff()
        .args(["lint", &fixture("L008")])
        .assert()
        .code(1)
        .stdout(contains("error[L008]"));
    handoff()
        .args(["lint", "-A", "L008", &fixture("L008")])
        .assert()
        .success();
    handoff()
        .args(["lint", "--explain", "L008"])
        .assert()
        .success()
        .stdout(contains("# L008 unreachable-window-count"));
}

/// `not` such a count linted as L008 alone, and clean with `-A L008`, though the trigger
/// fired on every message: the never-holds logic did not know it. Now it is L004, and
/// an `any` alternative of it is L003's dead branch, as a count above `within` is.
#[test]
fn the_rest_of_the_lint_knows_such_a_count_never_holds() {
    let rules = |when: &str| {
        format!(
            "version: 1\ntriggers:\n  - {{ id: loop, when: {when} }}\n\
             teams:\n  - {{ id: a, name: A, bridge: hi }}\ndefault_route: {{ team: a }}\n"
        )
    };
    let count = "{ counter: { name: bot_repeats, at_least: 3, within: 4 } }";
    let dir = tempfile::tempdir().unwrap();
    let not = write(
        dir.path(),
        "not.yaml",
        &rules(&format!("{{ not: {count} }}")),
    );
    handoff()
        .args(["lint", "-A", "L008"])
        .arg(&not)
        .assert()
        .code(1)
        .stdout(contains(
            "error[L004]: trigger `loop` holds after every message",
        ));
    let any = write(
        dir.path(),
        "any.yaml",
        &rules(&format!(
            "{{ any: [ {{ counter: {{ name: turn, at_least: 9 }} }}, {count} ] }}"
        )),
    );
    let out = lint_text_failing(&std::fs::read_to_string(&any).unwrap());
    assert!(
        out.contains("error[L003]: this alternative can never hold"),
        "{out}"
    );
    assert!(out.contains("the rest of the `any` still works"), "{out}");
    assert!(out.contains("error[L008]"), "{out}");
    // A lone count is said once, by L008.
    let out = lint_text_failing(&bot_loop(3, 4));
    assert!(!out.contains("L003"), "{out}");
}

/// README: a trigger whose only errors are in its `severity` is linted in the same run,
/// its condition by `L008` too.
#[test]
fn a_trigger_whose_only_error_is_its_severity_is_checked_for_l008() {
    let yaml = bot_loop(3, 4).replace("{ id: loop,", "{ id: loop, severity: hgh,");
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "r.yaml", &yaml);
    let out = handoff().arg("lint").arg(&rules).assert().code(1);
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("error[S002]: unknown severity `hgh`"),
        "{text}"
    );
    assert!(text.contains("error[L008]"), "{text}");
}
