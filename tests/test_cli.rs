//! `handoff test` from the outside: running and selecting cases, how a failure is
//! shown and traced, `-v`. Its `FAILING` rules serve the other `test_*_cli` modules.

use predicates::str::contains;

use crate::common::{
    failing_rule_tests, handoff, starter_cases, stderr_text, stdout_of, stdout_text, write,
};

pub(crate) const FAILING: &str = r"version: 1
tests:
  - name: passes
    messages: [ { customer: This is ridiculous } ]
    expect: { trigger: frustration, route: default }
  - name: enterprise frustration should go to the AE
    customer: { name: Rita, tier: pro }
    messages:
      - customer: My export keeps failing.
      - customer: This is ridiculous.
    expect: { route: enterprise-lead, team: senior-ae }
";

#[test]
fn the_starter_tests_pass() {
    handoff()
        .args(["test", "--require-tests"])
        .assert()
        .success()
        .stdout(contains("test result: ok."))
        .stdout(contains("every trigger and route has a positive test"));
}

/// Regression: `test -r DIR` read `./rules/tests` (the default for the default
/// rules), so it failed where there was none, or ran another pack's tests.
#[test]
fn the_tests_of_another_rules_directory_are_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("my-rules");
    std::fs::create_dir_all(pack.join("tests")).unwrap();
    for file in ["signals.yaml", "triggers.yaml", "routes.yaml", "teams.yaml"] {
        std::fs::copy(format!("rules/{file}"), pack.join(file)).unwrap();
    }
    write(&pack.join("tests"), "t.yaml", FAILING);
    handoff()
        .current_dir(dir.path())
        .args(["test", "-r", "my-rules"])
        .assert()
        .code(1)
        .stdout(contains("test result: FAILED. 1 passed, 1 failed"));
}

#[test]
fn a_failing_case_exits_1_and_shows_why() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(dir.path(), "t.yaml", FAILING);
    handoff()
        .arg("test")
        .arg(&tests)
        .assert()
        .code(1)
        .stdout(contains("✓ passes"))
        .stdout(contains("✗ enterprise frustration should go to the AE"))
        .stdout(contains("route: expected `enterprise-lead`, got `default`"))
        .stdout(contains("✗ tier in [enterprise, strategic] — tier = “pro”"))
        .stdout(contains("test result: FAILED. 1 passed, 1 failed"));
}

#[test]
fn run_selects_cases() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(dir.path(), "t.yaml", FAILING);
    handoff()
        .args(["test", "--run", "^pass"])
        .arg(&tests)
        .assert()
        .success()
        .stdout(contains(
            "test result: ok. 1 passed, 0 failed, 1 filtered out by --run (2 cases in 1 file)",
        ));
    // A focused run said `(1 case in 1 file)` of a file of 58, so it could be
    // taken for the whole suite; it says how many cases --run left out, as cargo does,
    // on stdout and (JSON) in the summary.
    let json = stdout_of(handoff().args(["test", "-f", "json", "--run", "pricing"]));
    let summary = &serde_json::from_str::<serde_json::Value>(&json).unwrap()["summary"];
    assert_eq!(
        (&summary["total"], &summary["filtered_out"]),
        (
            &serde_json::json!(1),
            &serde_json::json!(starter_cases() - 1)
        )
    );
    handoff()
        .args(["test", "--run", "pricing"])
        .assert()
        .success()
        .stderr("")
        .stdout(contains(format!(
            "test result: ok. 1 passed, 0 failed, {} filtered out by --run ({} cases in 1 file)",
            starter_cases() - 1,
            starter_cases()
        )));
    handoff()
        .args(["test"])
        .assert()
        .success()
        .stdout(contains(format!(
            "test result: ok. {0} passed, 0 failed ({0} cases in 1 file)",
            starter_cases()
        )));
    handoff()
        .args(["test", "--run", "nothing-matches"])
        .arg(&tests)
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(
            "error: --run `nothing-matches` matches none of the 2 test cases in 1 file",
        ));
    handoff()
        .args(["test", "--run", "("])
        .arg(&tests)
        .assert()
        .code(2)
        .stderr(contains("invalid --run regex"));
}

#[test]
fn a_test_naming_an_unknown_trigger_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(
        dir.path(),
        "t.yaml",
        "version: 1\ntests:\n  - name: x\n    messages: [ { customer: hi } ]\n    expect: { trigger: frustation }\n",
    );
    handoff()
        .arg("test")
        .arg(&tests)
        .assert()
        .code(2)
        .stderr(contains(
            "error[R002]: the test names trigger `frustation`, which the rules do not define",
        ))
        .stderr(contains("t.yaml:5:24"))
        .stderr(contains("did you mean `frustration`?"));
    handoff()
        .args(["test", "no/such/tests"])
        .assert()
        .code(2)
        .stderr(contains("rule tests not found at no/such/tests"));
}

/// The same test file given twice (as itself and in its directory, or by another
/// path) ran twice: "92 cases in 2 files", and each JUnit testcase twice.
#[test]
fn a_test_file_given_twice_runs_once() {
    handoff()
        .args([
            "test",
            "rules/tests",
            "rules/tests/starter.yaml",
            "rules/../rules/tests/starter.yaml",
        ])
        .assert()
        .success()
        .stdout(contains(format!("({} cases in 1 file)", starter_cases())));
    let junit = stdout_of(handoff().args([
        "test",
        "-f",
        "junit",
        "rules/tests/starter.yaml",
        "rules/tests",
    ]));
    assert_eq!(
        junit.matches("<testcase ").count(),
        starter_cases(),
        "{junit}"
    );
}

/// A failing case's routes marked the default route `✓ … (the default route)`
/// when another route was chosen (`explain` has `· … (the default route, not needed)`),
/// and left out the routes that do not hold without a word.
#[test]
fn a_failing_case_marks_routes_as_explain_does_and_says_which_it_leaves_out() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(
        dir.path(),
        "t.yaml",
        "version: 1
tests:
  - name: a pro discount should go to the AE
    customer: { name: Rita, tier: pro }
    messages:
      - customer: Is there a volume discount if we sign for three years?
    expect: { route: enterprise-lead }
",
    );
    let out = handoff().arg("test").arg(&tests).assert().code(1);
    let stdout = stdout_text(&out);
    for line in [
        "        ✓ pricing → senior-ae   ◀ chosen: trigger `pricing-negotiation` fired — yes, at message 1\n",
        "        ✗ enterprise-lead → senior-ae: any of\n",
        "        · default → frontline (the default route, not needed)\n",
        "        … 4 other routes do not hold: legal, billing, self-serve-pricing, technical\n",
    ] {
        assert!(stdout.contains(line), "no {line:?} in\n{stdout}");
    }
    assert!(!stdout.contains("✓ default"), "{stdout}");
    // Chosen, the default route reads as in `explain` too.
    handoff()
        .arg("test")
        .arg(write(dir.path(), "f.yaml", FAILING))
        .assert()
        .code(1)
        .stdout(contains(
            "        ✓ default → frontline   ◀ chosen: no route above held\n",
        ));
}

/// `test -v` said what rules it loaded and how long it took, but not which tests
/// it read, how many ran, or on how many threads (the global `-v` promises all three).
#[test]
fn verbose_says_what_tests_were_loaded_and_run() {
    let out = handoff()
        .args(["test", "-v", "--run", "legal"])
        .assert()
        .success();
    let stderr = stderr_text(&out);
    let loaded = format!(
        "handoff: rule tests from rules/tests: 1 file, {} test cases (read in ",
        starter_cases()
    );
    for part in [
        "handoff: rules from rules: 4 files, ",
        &loaded,
        "handoff: ran 9 test cases on 1 thread in ",
        "handoff: done in ",
    ] {
        assert!(stderr.contains(part), "no {part:?} in\n{stderr}");
    }
}

/// A failing `bridge:` printed two ~170-character strings on one line, with no
/// mark where they differ (a trailing space cannot be seen), `at` the case's line. The
/// report is `at` the failing key, and shows both texts from shortly before their first
/// difference, whitespace visible, with a caret under it; JUnit says the character.
#[test]
fn an_exact_text_mismatch_shows_where_it_differs() {
    let dir = tempfile::tempdir().unwrap();
    let (tests, out, junit) = failing_rule_tests(
        dir.path(),
        "exact.yaml",
        "version: 1\ntests:\n  - name: trailing space\n    messages:\n      - customer: I want to talk to a human\n    expect:\n      bridge: \"Hi there, I'm Chris from customer support. I'm stepping in to help you personally, as you asked; I've read our chat so far, so you won't need to repeat anything. \"\n",
    );
    let expected = format!(
        "      at {}:7\n      bridge: expected `Hi there, I'm Chris from customer support. I'm stepping in to help you personally, as you asked; I've read our chat so far, so you won't need to repeat anything. `, got `Hi there, I'm Chris from customer support. I'm stepping in to help you personally, as you asked; I've read our chat so far, so you won't need to repeat anything.`
        first difference at character 162:
          expected …won't␣need␣to␣repeat␣anything.␣⟨end⟩
          got      …won't␣need␣to␣repeat␣anything.⟨end⟩
                                                  ^
",
        tests.display()
    );
    assert!(out.contains(&expected), "{out}");
    assert!(
        junit.contains("repeat anything.` (first difference at character 162)"),
        "{junit}"
    );
}

/// A case expected to escalate that did not was traced after its last message,
/// often the bot's reply, where every trigger says only "message N is from bot"; a case
/// escalating later than its `turn:` was traced only where it escalated. The first is
/// traced at its last customer message (with near misses, as `explain` shows them), the
/// second at the expected turn too.
#[test]
fn a_failure_is_traced_where_the_case_expected_it() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(
        dir.path(),
        "why.yaml",
        "version: 1
tests:
  - name: should escalate on refund
    messages:
      - customer: I want my money back
      - bot: ok
    expect: { trigger: billing-issue, route: billing }
  - name: should escalate at once
    messages:
      - customer: this is so annoying
      - bot: sorry
      - customer: this is ridiculous and useless
    expect: { turn: 1, trigger: frustration }
",
    );
    let out = stdout_text(&handoff().arg("test").arg(&tests).assert().code(1));
    assert!(
        out.contains(
            "      escalated: expected true, got false
        help: the case gives no `escalated:`; its `trigger:` expects an escalation
      trigger: expected `billing-issue`, got nothing
      route: expected `billing`, got nothing
      why, after message 1 (customer: “I want my money back”):
        ✗ billing-issue: any of
            ✗ latest message from customer matches `billing` — no match
            ✗ latest message from customer matches `billing-charge` — no match
  ✗ should escalate at once
"
        ),
        "{out}"
    );
    assert!(!out.contains("is from bot"), "{out}");
    assert!(
        out.contains(
            "      turn: expected 1, got 3
      why, after message 1 (customer: “this is so annoying”):
        signals: frustration ✗ (score 1, needs 2: “annoying”) · frustration-cue ✓ (score 1, needs 1: “annoying”)
        ✗ frustration: any of
            ✗ all of
              ✗ latest message from customer matches `service-verdict` — no match
              ✓ not
                ✗ latest message from customer matches `service-hearsay` — no match
            ✗ all of
              ✓ not
                ✗ latest message from customer matches `world-talk` — no match
              ✓ any of
                ✓ not
                  ✗ latest message from customer matches `others-talk` — no match
                ✗ latest message from customer matches `our-trouble` — no match
              ✗ any of
                ✗ latest message from customer matches `frustration` — near miss: score 1, needs 2, from “annoying”
"
        ),
        "{out}"
    );
    assert!(
        out.contains("      why, after message 3 (customer: “this is ridiculous and useless”):\n"),
        "{out}"
    );
}

/// `bridge: |` keeps a final line break, so the case always failed,
/// with no help, and the one-line summary (and JUnit's `message` attribute) broke in two.
#[test]
fn an_expected_bridge_ending_in_a_line_break_is_explained_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let (_, text, junit) = failing_rule_tests(
        dir.path(),
        "t.yaml",
        "version: 1
tests:
  - name: block bridge
    customer: { name: Rita, tier: pro }
    messages:
      - customer: Is there a volume discount if we sign for three years?
    expect:
      bridge: |
        Hi Rita.
",
    );
    assert!(
        text.contains("      bridge: expected `Hi Rita.\\n`, got `Hi Rita, I'm"),
        "{text}"
    );
    assert!(
        text.contains(
            "        help: the expected text ends in a line break, which a bridge message never does: use `|-` or `>-` instead of `|` or `>`"
        ),
        "{text}"
    );
    let message = junit
        .split("<failure message=\"")
        .nth(1)
        .and_then(|m| m.split('"').next())
        .unwrap();
    assert!(
        message.starts_with("bridge: expected `Hi Rita.\\n`, got"),
        "{message}"
    );
    assert!(!message.contains("&#10;"), "{message}");
}
