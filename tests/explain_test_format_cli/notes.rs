//! What a test written by `handoff explain --format test` says beside its case: the
//! name it was given apart from the tests beside the rules, the notes on metadata and
//! contacts a later row changed (masked under `--redact`), and the warnings when the
//! test may not pass as written.

use crate::common::{handoff, stderr_text, stdout_of, stdout_text, write};

use super::{starter_rules_with_empty_tests, test_of};

/// A name the tests beside the rules have is not given again (two cases of one name
/// stop the suite): the next free `NAME (2)`, said in the comment. `--say` cases are
/// named by their first message.
#[test]
fn names_are_kept_apart_from_the_tests_beside_the_rules() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, tests) = starter_rules_with_empty_tests(dir.path());
    let say = |text: &str| {
        stdout_of(
            handoff()
                .args(["explain", "--format", "test", "-r"])
                .arg(&rules)
                .args(["--say", text]),
        )
    };
    write(&tests, "one.yaml", &say("customer: agent please"));
    write(&tests, "two.yaml", &say("customer: refund please"));
    let again = say("customer: agent please");
    assert!(
        again.contains("  - name: \"command-line: agent please (2)\"\n"),
        "{again}"
    );
    assert!(
        again.contains("# Named `command-line: agent please (2)`: a test in"),
        "{again}"
    );
    write(&tests, "three.yaml", &again);
    let report = stdout_of(handoff().args(["test", "-r"]).arg(&rules));
    assert!(report.contains("3 passed, 0 failed"), "{report}");
}

/// Under `--redact`, a header row of data (a file without one, its first row read as
/// the header) keys the metadata by the customer's data: the keys are masked as a
/// packet's are, and a value a later row gives is still said in the comment.
#[test]
fn redact_masks_keys_made_of_data_and_keeps_the_notes() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "c1,2024-03-01T09:00:00Z,customer,I_want,Tyler Jones,tyler@jones.io\n\
         c1,2024-03-01T09:01:00Z,customer,I want to talk to a human,,\n\
         c1,2024-03-01T09:02:00Z,bot,ok,Tyler Jones,tyler@jones.io\n",
    );
    let (test, _) = test_of(
        "rules",
        &csv,
        "c1",
        &[
            "--redact",
            "--map",
            "conversation_id=c1",
            "--map",
            "timestamp=2024-03-01T09:00:00Z",
            "--map",
            "role=customer",
            "--map",
            "text=I_want",
        ],
    );
    for personal in ["tyler", "Tyler", "jones", "Jones"] {
        assert!(!test.contains(personal), "{personal}: {test}");
    }
    assert!(
        test.contains("      \"[name] [name]\": \"[name] [name]\"\n"),
        "{test}"
    );
    assert!(
        test.contains("# `[name] [name]` is known from message 2 in the export; in the test, from the first.\n"),
        "{test}"
    );
}

/// A contact's value that a later row of the export replaced is said in the comment: the
/// test has only the later one, from the first message, and the warning says what that
/// changed.
#[test]
fn a_contacts_value_replaced_later_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let contacts = write(
        dir.path(),
        "crm.csv",
        "email,tier,owner\na@x.io,pro,Rita Gomez\n",
    );
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text,email,tier\n\
         k1,2024-03-01T09:00:00Z,customer,I want to talk to a human,a@x.io,\n\
         k1,2024-03-01T09:01:00Z,bot,ok,,enterprise\n",
    );
    let contacts = contacts.to_str().unwrap();
    let (test, _) = test_of("rules", &csv, "k1", &["--contacts", contacts]);
    assert!(
        test.contains("# `tier` had another value (a contact's) from message 1 until message 2 in the export; the test has the later one from the first.\n"),
        "{test}"
    );
    assert!(test.contains("      tier: \"enterprise\"\n"), "{test}");
}

/// Tests beside the rules that do not load (a case expecting a team not written yet, a
/// YAML error) leave the name unchecked, and a warning says so: once they load, two
/// cases of one name would stop the suite.
#[test]
fn a_name_not_checked_against_tests_that_do_not_load_is_warned_of() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, tests) = starter_rules_with_empty_tests(dir.path());
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nc1,customer,I want a human\n",
    );
    for wip in [
        "version: 1\ntests:\n  - name: c1\n    messages:\n      - customer: hi\n    expect: { team: no-such-team }\n",
        "version: 1\ntests: [\n",
    ] {
        write(&tests, "wip.yaml", wip);
        let assert = handoff()
            .args(["explain", "--format", "test", "-r"])
            .arg(&rules)
            .args(["-c", "c1"])
            .arg(&csv)
            .assert()
            .success();
        let (test, said) = (stdout_text(&assert), stderr_text(&assert));
        assert!(test.contains("  - name: c1\n"), "{test}");
        assert!(
            said.contains("warning: the name `c1` was not checked against the tests in"),
            "{said}"
        );
    }
}

/// When leaving out messages of other roles changes the outcome, the warning's help
/// names them among what the comment says.
#[test]
fn a_left_out_message_that_changes_the_outcome_is_warned_of() {
    let dir = tempfile::tempdir().unwrap();
    let fallback = "bot,\"Sorry, I didn't understand that. Could you rephrase?\"";
    let csv = format!(
        "conversation_id,role,text\nw,customer,can you change my booking\nw,{fallback}\n{}w,customer,change my booking please\nw,{fallback}\n",
        "w,system,Agent queue checked\n".repeat(7)
    );
    let csv = write(dir.path(), "t.csv", &csv);
    let (test, said) = test_of("rules", &csv, "w", &[]);
    assert!(test.contains("      escalated: false\n"), "{test}");
    assert!(
        said.contains("`escalated` expects false, the case gives true"),
        "{said}"
    );
    assert!(
        said.contains(
            "(messages of other roles left out, metadata known from a later row, masked text)"
        ),
        "{said}"
    );
}
