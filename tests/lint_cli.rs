//! `handoff lint` from the outside: exit codes, several paths,
//! tuned built-in detectors, `--help` and `-v`. Its `fixture` helper serves the other
//! `lint_*_cli` modules.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{handoff, stderr_text, stdout_of, write};

const FIXTURES: &str = "tests/fixtures/lint";

pub(crate) fn fixture(code: &str) -> String {
    format!("{FIXTURES}/{code}.yaml")
}

#[test]
fn the_starter_rules_are_clean() {
    handoff()
        .arg("lint")
        .assert()
        .success()
        .stdout(contains("lint: no problems in 4 rule files"));
}

/// A rules directory left `teams.YAML` out silently (R003 on every team), where
/// a transcripts directory reads `B.CSV`. The extension is matched in any case now.
#[test]
fn rule_files_with_upper_case_extensions_are_read() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(crate::common::root().join("rules")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let name = name.replace("teams.yaml", "teams.YAML");
            std::fs::copy(&path, dir.path().join(name)).unwrap();
        }
    }
    handoff()
        .arg("lint")
        .arg(dir.path())
        .assert()
        .success()
        .stdout(contains("lint: no problems in 4 rule files"));
}

#[test]
fn warnings_pass_unless_denied() {
    handoff()
        .args(["lint", &fixture("R010")])
        .assert()
        .success()
        .stdout(contains(
            "warning[R010]: signal `polite`: no trigger or route reads it",
        ))
        .stdout(contains("lint: 0 errors, 1 warning in 1 rule file"));
    handoff()
        .args(["lint", "--deny-warnings", &fixture("R010")])
        .assert()
        .code(1);
}

#[test]
fn errors_fail_and_fatal_problems_are_findings_too() {
    handoff()
        .args(["lint", &fixture("L003")])
        .assert()
        .code(1)
        .stdout(contains("error[L003]: trigger `angry` can never fire"));
    handoff()
        .args(["lint", &fixture("R001")])
        .assert()
        .code(1)
        .stdout(contains("error[R001]: unknown signal `angyr`"))
        .stdout(contains("did you mean `angry`?"));
}

#[test]
fn an_unreadable_path_exits_2() {
    handoff()
        .args(["lint", "no/such/rules"])
        .assert()
        .code(2)
        .stderr(contains("error: reading rules from no/such/rules"));
}

#[test]
fn several_paths_are_linted_together() {
    handoff()
        .args(["lint", &fixture("R010"), &fixture("L003")])
        .assert()
        .code(1)
        .stdout(contains("lint: 2 errors, 1 warning in 2 rule files"));
}

#[test]
fn lint_help_is_stable() {
    insta::assert_snapshot!("lint_help", stdout_of(handoff().args(["lint", "--help"])));
}

/// Built-in detectors tuned in YAML: an `exclude:` typo is an error at its place with a
/// suggestion; a built-in phrase listed with its own weight is a warning that says how to
/// override it; settings on the wrong built-in stop the rules from loading.
#[test]
fn tuning_built_in_detectors() {
    handoff()
        .args(["lint", &fixture("R007")])
        .assert()
        .code(1)
        .stdout(contains(
            "error[R007]: \"I gave up\" is not a phrase of the built-in `frustration` lexicon",
        ))
        .stdout(contains("tests/fixtures/lint/R007.yaml:6:27"))
        .stdout(contains("did you mean `i give up`?"));
    handoff()
        .args(["lint", "--explain", "R007"])
        .assert()
        .success()
        .stdout(contains("# R007 undefined-builtin-phrase"));
    handoff()
        .args(["lint", &fixture("M010")])
        .assert()
        .success()
        .stdout(contains(
            "phrase \"I give up\" is already in the built-in `frustration` lexicon, with the same weight",
        ))
        .stdout(contains("(`weight: 0` disables it)"));
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1\nsignals:\n  - { id: caps, builtin: shouting, min_words: 3 }\ntriggers:\n  - { id: caps, when: { message: { signal: caps } } }\n",
    );
    handoff()
        .args(["replay", "-q", "--rules"])
        .arg(&rules)
        .arg("fixtures/transcripts.csv")
        .assert()
        .code(2)
        .stderr(contains(
            "error[S008]: `min_words` is a setting of `builtin: repeat`, and signal `caps` has `builtin: shouting`",
        ))
        .stderr(contains("rules.yaml:3:47"));
}

/// Regression: each path is a rule set of its own, which `lint a.yaml b.yaml`
/// did not say (the teams of b.yaml were unknown in a.yaml), and `lint rules rules`
/// counted the pack twice.
#[test]
fn a_file_linted_alone_says_so_and_a_path_twice_counts_once() {
    handoff()
        .args(["lint", "rules/routes.yaml"])
        .assert()
        .code(1)
        .stdout(contains(
            "rules/routes.yaml is linted as a rule set of its own; lint its directory to check it with the files beside it",
        ));
    handoff()
        .args(["lint", "rules", "rules"])
        .assert()
        .success()
        .stdout(contains("no problems in 4 rule files"));
    // `-r`, as every other command takes the rules (refused).
    handoff()
        .args(["lint", "-r", "rules"])
        .assert()
        .success()
        .stdout(contains("no problems in 4 rule files"));
}

/// `lint -v` said only how long it took, though README says `-v`
/// says what was loaded; replay says "rules from …: N files, …".
#[test]
fn verbose_lint_says_what_it_read() {
    let assert = handoff().args(["lint", "-v"]).assert().success();
    let stderr = stderr_text(&assert);
    assert!(
        stderr.starts_with(
            "handoff: rules from rules: 4 files, 24 signals, 8 triggers, 6 routes, 5 teams (read in "
        ),
        "{stderr}"
    );
    assert!(stderr.contains(" ms, checked in "), "{stderr}");
    // Of an invalid rule set, what of it loaded.
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals: [ { id: s, phrases: [help] } ]\ntriggers: [ { id: t, when: { message: { signal: nope } } } ]\n",
    );
    let assert = handoff().args(["lint", "-v"]).arg(&rules).assert().code(1);
    let stderr = stderr_text(&assert);
    assert!(
        stderr.contains(": 1 file, 1 signal, 0 triggers, 0 routes, 0 teams that loaded (read in "),
        "{stderr}"
    );
    // Without -v, nothing of it.
    handoff()
        .arg("lint")
        .assert()
        .success()
        .stderr(predicates::str::contains("rules from").not());
}

/// Review: `any: [X, not: X]` holds after every message but was not L004, while
/// `X and not X` was L003. It is L004 now, at the trigger's id, saying why.
#[test]
fn an_any_of_a_condition_and_its_negation_is_an_always_true_trigger() {
    let out = handoff()
        .args(["lint", &fixture("L004")])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("error[L004]: trigger `enterprise-or-not` holds after every message\n  --> tests/fixtures/lint/L004.yaml:8:9"),
        "{stdout}"
    );
    assert!(
        stdout.contains("^^^^^^^^^^^^^^^^^ it allows a condition and its negation"),
        "{stdout}"
    );
    // The two alternatives are shown, in the file's order (their span was the
    // trigger's id alone).
    let other = stdout
        .find("11 |         - meta: { field: tier, equals: enterprise }")
        .unwrap_or_else(|| panic!("{stdout}"));
    let not = stdout
        .find("12 |         - not: { meta: { field: tier, equals: enterprise } }")
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(other < not, "{stdout}");
    assert!(
        stdout.contains("`not` of another alternative of the same `any`"),
        "{stdout}"
    );
}

/// The label said "a condition and its negation" of `not Y` beside an `X` that `Y`
/// implies (`seen` beside `not` of a customer's message with the signal): it says so.
#[test]
fn an_any_of_a_negated_implication_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals:\n  - { id: angry, phrases: [ridiculous] }\ntriggers:\n  - id: angry-somewhere\n    when:\n      any:\n        - seen: { signal: angry }\n        - not: { message: { role: customer, signal: angry } }\nteams:\n  - { id: support, name: Support, agent: Sam, bridge: \"Hi, I'm {{ agent }}.\" }\ndefault_route: { team: support }\n",
    );
    let stdout = crate::common::stdout_text(&handoff().arg("lint").arg(&rules).assert().code(1));
    assert!(
        stdout.contains("it allows a condition and the negation of one that implies it"),
        "{stdout}"
    );
    assert!(!stdout.contains("its negation"), "{stdout}");
    assert!(
        stdout.contains("`not` of a condition that implies another alternative of the same `any`"),
        "{stdout}"
    );
}

/// Review: a block of text where a mapping belongs was quoted by its first line
/// (``found `front` ``) and underlined over the blank lines after it, to the next key.
#[test]
fn a_block_of_text_where_a_mapping_belongs_is_said_and_underlined_to_its_last_line() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1\nsignals:\n  - { id: a, phrases: [a] }\ntriggers:\n  - { id: t, when: { message: { signal: a } } }\ndefault_route: |\n  front\n  line\n\n\nteams:\n  - { id: support, name: Support, agent: Sam, bridge: \"Hi\" }\n",
    );
    let out = handoff()
        .arg("lint")
        .arg(&rules)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains("error[S003]: expected a mapping (`key: value`), found a block of text (`|`) starting `front`…"),
        "{text}"
    );
    assert!(text.contains("8 | |   line\n  | |______^"), "{text}");
    assert!(
        !text.contains("teams:\n"),
        "the underline stops at `line`: {text}"
    );
}

/// Review: a trigger's id where a condition belongs (`when: pricing`) was "unknown
/// condition `pricing`" with no more; it is told how to name a trigger in a condition,
/// when a rule file, this one or another, defines it.
#[test]
fn a_trigger_id_where_a_condition_belongs_is_told_to_be_a_trigger_condition() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "triggers.yaml",
        "version: 1\nsignals:\n  - { id: a, phrases: [a] }\ntriggers:\n  - { id: pricing, when: { message: { signal: a } } }\n  - id: pricing-again\n    when:\n      all:\n        - pricing\n        - message: { role: customer }\n",
    );
    write(
        dir.path(),
        "routes.yaml",
        "version: 1\nroutes:\n  - { id: sales, when: pricing, team: support }\n  - { id: other, when: pricey, team: support }\nteams:\n  - { id: support, name: Support, agent: Sam, bridge: \"Hi\" }\ndefault_route: { team: support }\n",
    );
    let out = handoff()
        .arg("lint")
        .arg(dir.path())
        .assert()
        .code(1)
        .get_output()
        .clone();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    // Said the same in a route and in a trigger, which cannot name one (R005): it
    // said "a condition on another trigger", which a route has no "other" of.
    let help = "= help: `pricing` is a trigger: a route's condition on it is written `{ trigger: pricing }` (a trigger's condition cannot name a trigger)";
    assert_eq!(text.matches(help).count(), 2, "{text}");
    assert!(text.contains("unknown condition `pricey`"), "{text}");
    assert!(!text.contains("`pricey` is a trigger"), "{text}");
}
