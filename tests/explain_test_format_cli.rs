//! `handoff explain --format test` from the outside: a conversation of an export becomes
//! a rule test that `handoff test` passes, whatever its text, and says when it cannot
//! hold the conversation as the export had it.

use std::path::PathBuf;

use crate::common::{exits_2_saying, handoff, jsonl, stderr_text, stdout_of, write};

mod notes;

/// `explain -c ID --format test` of `input` under `rules`: the test written, and what
/// was said on stderr (the run must succeed).
fn test_of(rules: &str, input: &std::path::Path, id: &str, more: &[&str]) -> (String, String) {
    let assert = handoff()
        .args(["explain", "-r", rules, "--format", "test", "-c", id])
        .args(more)
        .arg(input)
        .assert()
        .success();
    let out = assert.get_output();
    (
        String::from_utf8(out.stdout.clone()).unwrap(),
        stderr_text(&assert),
    )
}

/// A copy of the starter rules in `dir/r`, with an empty `tests/` beside them: the
/// rules' directory and its tests'.
fn starter_rules_with_empty_tests(dir: &std::path::Path) -> (PathBuf, PathBuf) {
    let rules = dir.join("r");
    std::fs::create_dir(&rules).unwrap();
    for file in std::fs::read_dir(crate::common::root().join("rules")).unwrap() {
        let path = file.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            std::fs::copy(&path, rules.join(path.file_name().unwrap())).unwrap();
        }
    }
    let tests = rules.join("tests");
    std::fs::create_dir(&tests).unwrap();
    (rules, tests)
}

/// `handoff test -r rules PATH`'s report, which must say that `cases` cases passed and
/// none failed.
fn passes(path: &std::path::Path, cases: usize) {
    let report = stdout_of(handoff().args(["test", "-r", "rules"]).arg(path));
    let passed = format!("{cases} passed, 0 failed");
    assert!(report.contains(&passed), "{report}");
}

/// Every conversation of the sample transcripts, written as a test, passes as written
/// (no warning), and `handoff test` runs them all and passes.
#[test]
fn every_sample_conversation_becomes_a_passing_test() {
    let dir = tempfile::tempdir().unwrap();
    let outcomes = jsonl(&stdout_of(
        handoff().args(["replay", "-q", "--format", "jsonl", "fixtures"]),
    ));
    assert!(outcomes.len() > 30, "{}", outcomes.len());
    let escalated = outcomes.iter().filter(|o| o["escalated"] == true).count();
    assert!(escalated > 10 && escalated < outcomes.len(), "{escalated}");
    for (i, outcome) in outcomes.iter().enumerate() {
        let id = outcome["conversation_id"].as_str().unwrap();
        let (test, said) = test_of("rules", std::path::Path::new("fixtures"), id, &[]);
        assert!(!said.contains("warning"), "{id}: {said}");
        assert!(test.contains(&format!("  - name: {id}\n")), "{test}");
        match outcome["escalation_turn"].as_u64() {
            Some(turn) => assert!(test.contains(&format!("      turn: {turn}\n")), "{test}"),
            None => assert!(test.contains("      escalated: false\n"), "{test}"),
        }
        write(dir.path(), &format!("case-{i}.yaml"), &test);
    }
    passes(dir.path(), outcomes.len());
}

/// Text that YAML would read as something else, or not at all, plain (a colon and a
/// space, `#`, a leading dash or quote, `yes`, a number, quotes, backslashes, line
/// breaks, tabs, control characters, other scripts, a byte order mark) is written so
/// that the test reads back what the customer wrote: it passes.
#[test]
fn any_text_reads_back_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,plan,\"Account: #\"\n\
         odd,customer,\"- yes: # not a comment \"\"quoted\"\" \\back\\slash\",\"null\",\"'x' #1\"\n\
         odd,bot,\"line one\nline two\twith a tab \u{7} bell\",,\n\
         odd,customer,\"Zoë 你好 \u{feff}\u{2028} - 42\",,\n\
         odd,customer,I want a human,,\n",
    );
    let (test, said) = test_of("rules", &csv, "odd", &[]);
    assert!(!said.contains("warning"), "{said}");
    assert!(
        test.contains(r#"- customer: "- yes: # not a comment \"quoted\" \\back\\slash""#),
        "{test}"
    );
    assert!(
        test.contains(r#"- bot: "line one\nline two\twith a tab \x07 bell""#),
        "{test}"
    );
    assert!(
        test.contains(r#"- customer: "Zoë 你好 \ufeff\u2028 - 42""#),
        "{test}"
    );
    assert!(test.contains("      plan: \"null\"\n"), "{test}");
    passes(&write(dir.path(), "odd.yaml", &test), 1);
}

/// A message of an unknown role is left out (no test message has role `other`), said
/// in a comment, and the expected turn counts the test's messages: the test passes.
#[test]
fn a_message_of_an_unknown_role_is_left_out_and_turns_counted_without_it() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nc,customer,hello\nc,system,Chat transferred\nc,customer,I want a human\n",
    );
    let (test, said) = test_of("rules", &csv, "c", &[]);
    assert!(said.contains("unknown role `system`"), "{said}");
    assert!(!said.contains("does not pass"), "{said}");
    assert!(
        test.contains("# Left out: message 2, of a role that is none of customer, bot and agent (map it with --role system=bot to keep it)"),
        "{test}"
    );
    assert!(!test.contains("Chat transferred"), "{test}");
    assert!(test.contains("      turn: 2\n"), "{test}");
    passes(&write(dir.path(), "c.yaml", &test), 1);
}

/// The left-out comment names the export's one unknown role value as the mapping would
/// take it (quoted for a shell, the role guessed from the words); of several, which are
/// the conversation's is not known, and none is named (a review found roles of other
/// conversations listed); under `--redact` none is shown (a role cell may hold its
/// author's name).
#[test]
fn the_left_out_comment_names_the_unknown_roles() {
    let dir = tempfile::tempdir().unwrap();
    let one = write(
        dir.path(),
        "one.csv",
        "conversation_id,role,text\nc,customer,hello\nc,Live Agent,Hi there\nc,customer,I want a human\n",
    );
    let (test, _) = test_of("rules", &one, "c", &[]);
    assert!(
        test.contains("(map it with --role 'Live Agent=agent' to keep it)"),
        "{test}"
    );
    let (masked, said) = test_of("rules", &one, "c", &["--redact"]);
    assert!(
        masked.contains("(map it with --role VALUE=bot to keep it)"),
        "{masked}"
    );
    assert!(
        !masked.contains("Live Agent") && !said.contains("Live Agent"),
        "{masked}{said}"
    );
    let two = write(
        dir.path(),
        "two.csv",
        "conversation_id,role,text\nc,customer,hello\nc,system,Chat transferred\nc,ivr,Press 1\nc,customer,I want a human\n",
    );
    let (test, _) = test_of("rules", &two, "c", &[]);
    assert!(
        test.contains("# Left out: messages 2, 3, of a role that is none of customer, bot and agent (map them with --role VALUE=ROLE to keep them: the export has 2 such roles, each named in a warning)"),
        "{test}"
    );
}

/// A malformed row may be one of the conversation's: no test is written from what is
/// left (it would expect an outcome the export does not have), unless `--on-error skip`
/// accepts the loss.
#[test]
fn no_test_is_written_when_rows_were_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nc,customer,hello\nc,customer,I want a human\nd,customer,\"never closed\n",
    );
    let refused = exits_2_saying(
        handoff()
            .args(["explain", "-r", "rules", "--format", "test", "-c", "c"])
            .arg(&csv),
        &[
            "error: 1 malformed row was skipped (listed above), and may be of conversation `c`: no rule test is written",
            "pass --on-error skip to write the conversation as read",
        ],
    );
    assert!(refused.get_output().stdout.is_empty());
    let (test, said) = test_of("rules", &csv, "c", &["--on-error", "skip"]);
    assert!(said.contains("skipped malformed row"), "{said}");
    assert!(test.contains("      turn: 2\n"), "{test}");
    passes(&write(dir.path(), "c.yaml", &test), 1);
}

/// Metadata a later row gives is the test's from the first message: where that changes
/// the outcome, a warning says the test does not pass as written, and why (exit 0: the
/// test is written all the same).
#[test]
fn metadata_known_later_is_said_and_a_test_that_would_fail_warned_of() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1\ntriggers:\n  - id: ent\n    when: { meta: { field: tier, equals: enterprise } }\n\
         default_route: { team: t }\nteams: [ { id: t, name: T, bridge: hi } ]\n",
    );
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,tier\na,customer,hi,\na,bot,hello,\na,customer,thanks,enterprise\n",
    );
    let (test, said) = test_of(rules.to_str().unwrap(), &csv, "a", &[]);
    assert!(
        test.contains(
            "# `tier` is known from message 3 in the export; in the test, from the first.\n"
        ),
        "{test}"
    );
    assert!(test.contains("      turn: 3\n"), "{test}");
    assert!(
        said.contains("warning: the rule test written does not pass as it is: `turn` expects 3, the case gives 1"),
        "{said}"
    );
    assert!(said.contains("the comments above the case say"), "{said}");
}

/// Under `--redact` the test holds the masked text and metadata, and says so.
#[test]
fn redact_masks_the_test() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,name,email\n\
         r,customer,Hi I'm Dana Whitfield (dana@example.com). I want a human,Dana Whitfield,dana@example.com\n",
    );
    let (test, _) = test_of("rules", &csv, "r", &["--redact"]);
    assert!(test.contains("# Masked (--redact)"), "{test}");
    for personal in ["Dana", "Whitfield", "dana@example.com"] {
        assert!(!test.contains(personal), "{personal}: {test}");
    }
    assert!(test.contains("[email]"), "{test}");
}

/// A conversation written with `--say` becomes a test too.
#[test]
fn a_said_conversation_becomes_a_test() {
    let test = stdout_of(handoff().args([
        "explain",
        "--format",
        "test",
        "--say",
        "customer: can I talk to a person?",
        "--say",
        "bot: Sure.",
        "--meta",
        "tier=pro",
    ]));
    assert!(
        test.starts_with(
            "# Written by `handoff explain --format test` from the conversation given with --say:\n\
             # it expects what the rules give it now. In rules/tests, `handoff test` checks that they\n"
        ),
        "{test}"
    );
    assert!(
        test.contains("  - name: \"command-line: can I talk to a person?\"\n"),
        "{test}"
    );
    assert!(
        test.contains("    customer:\n      tier: \"pro\"\n"),
        "{test}"
    );
    assert!(
        test.contains("      - customer: \"can I talk to a person?\"\n      - bot: \"Sure.\"\n"),
        "{test}"
    );
    assert!(
        test.contains("      escalated: true\n      turn: 1\n      trigger: human-request\n"),
        "{test}"
    );
}

/// `--all` and `--message` choose trees, which a test has none of: a usage error, naming
/// each given.
#[test]
fn tree_flags_are_refused_beside_format_test() {
    let cases: [(&[&str], &str); 3] = [
        (
            &["--all"],
            "--all chooses trigger trees to show, and `--format test` writes none: leave it out",
        ),
        (&["--message", "1"], "--message chooses trigger trees"),
        (
            &["--all", "--message", "1"],
            "--all and --message choose trigger trees to show, and `--format test` writes none: leave them out",
        ),
    ];
    for (flags, says) in cases {
        exits_2_saying(
            handoff()
                .args([
                    "explain",
                    "--format",
                    "test",
                    "-c",
                    "c01-enterprise-discount",
                ])
                .args(flags),
            &[says],
        );
    }
}

/// A conversation of no role a test has, or escalating on a message of such a role, is
/// refused (exit 2), and nothing is written: a file of no message, or of a turn past its
/// last, would stop every test beside it from running.
#[test]
fn what_a_test_cannot_hold_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1\nsignals:\n  - { id: magic, phrases: [xyzzy] }\ntriggers:\n  - { id: magic, when: { message: { signal: magic } } }\n\
         default_route: { team: t }\nteams: [ { id: t, name: T, bridge: hi } ]\n",
    );
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\ns,system,Chat started\ns,system,Visitor left\nx,customer,hi\nx,system,xyzzy\n",
    );
    let cases = [
        (
            "s",
            "conversation `s` cannot be written as a rule test: none of its 2 messages is from the customer, the bot or an agent",
        ),
        (
            "x",
            "conversation `x` cannot be written as a rule test: it escalates on message 2, whose role is none a rule test has",
        ),
    ];
    for (id, says) in cases {
        let assert = exits_2_saying(
            handoff()
                .args(["explain", "--format", "test", "-r"])
                .arg(&rules)
                .args(["-c", id])
                .arg(&csv),
            &[
                says,
                "hint: map the export's other roles to customer, bot or agent with --role VALUE=ROLE",
            ],
        );
        assert!(assert.get_output().stdout.is_empty(), "{id}");
    }
}
