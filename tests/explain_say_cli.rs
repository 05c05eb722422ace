//! `handoff explain --say` from the outside: a conversation written on the command line
//! (roles as transcripts name them, a time for `hours:` routes), no transcript file. What a
//! said message means (requests, negations, near misses): `explain_say_phrases_cli.rs`.

use predicates::str::contains;

use crate::common::{handoff, stdout_of, write};

/// A conversation written on the command line, as amtool's `config routes test` takes
/// labels: no transcript file needed to ask where a message would go.
#[test]
fn a_conversation_said_on_the_command_line() {
    let text = stdout_of(handoff().args([
        "explain",
        "--say",
        "customer: hi there",
        "--say",
        "bot: Hello! How can I help?",
        "--say",
        "Customer:  can I get a discount?",
        "--meta",
        "tier=enterprise",
        "--meta",
        "name = Ann Lee",
        "--format",
        "json",
    ]));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["conversation_id"], "command-line");
    assert_eq!(v["steps"].as_array().unwrap().len(), 3);
    assert_eq!(v["steps"][2]["text"], "can I get a discount?");
    assert_eq!(v["outcome"]["escalation_turn"], 3);
    assert_eq!(v["outcome"]["team"], "senior-ae");
    assert!(
        v["outcome"]["bridge_message"]
            .as_str()
            .unwrap()
            .starts_with("Hi Ann,"),
        "{text}"
    );

    // The flags that say how to read
    // transcripts were accepted beside `--say`, which reads none, and did nothing.
    for flags in [
        &["--map", "foo=bar"][..],
        &["--contacts", "/nonexistent"],
        &["--unsorted"],
        &["--role", "x=robot"],
        &["--on-error", "skip"],
    ] {
        handoff()
            .args(["explain", "--say", "customer: hi"])
            .args(flags)
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains(
                "the argument '--say <ROLE: TEXT>' cannot be used with",
            ))
            .stderr(contains(flags[0]));
    }
    handoff()
        .args(["explain", "--say", "customer: hi", "--redact"])
        .assert()
        .success();
    handoff()
        .args(["explain", "--say", "custmer: hi"])
        .assert()
        .code(2)
        .stderr(contains(
            "--say `custmer: hi`: `custmer` is not a role (did you mean `customer`?): write customer, bot or agent",
        ));
    // Not one word before the colon: not written as ROLE: TEXT at all.
    handoff()
        .args(["explain", "--say", "I said: hi"])
        .assert()
        .code(2)
        .stderr(contains("--say `I said: hi` is not ROLE: TEXT"));
    // Under --redact the word is not quoted: it may be part of what the text masks.
    handoff()
        .args(["explain", "--redact", "--say", "alice@example.com: hi"])
        .assert()
        .code(2)
        .stderr(contains(
            "--say `[email]: hi`: the word before the colon is not a role: write customer, bot or agent, or a name transcripts use for one (user, assistant, human, …, and those `input: roles:` gives in .handoff.yaml), then a colon (e.g. --say 'customer: …')",
        ))
        .stderr(predicates::prelude::PredicateBooleanExt::not(contains(
            "alice",
        )));
    // An address before the colon was read as ROLE@TIME: "`alice` is not a role".
    handoff()
        .args(["explain", "--say", "alice@example.com: hi"])
        .assert()
        .code(2)
        .stderr(contains(
            "--say `alice@example.com: hi`: `alice@example.com` is not a role: write customer, bot or agent, or a name transcripts use for one (user, assistant, human, …, and those `input: roles:` gives in .handoff.yaml), then a colon (e.g. --say 'customer: alice@example.com: hi')",
        ));
    // A role before the address, or a local part near a role, is still an address:
    // "`example.com` is not a date and time" and "did you mean `bot`?" said before.
    for (said, word) in [
        ("customer@example.com: hi", "customer@example.com"),
        ("bob@acme.io: hi", "bob@acme.io"),
    ] {
        let stderr = crate::common::stderr_text(
            &handoff().args(["explain", "--say", said]).assert().code(2),
        );
        assert!(
            stderr.contains(&format!(
                "--say `{said}`: `{word}` is not a role: write customer, bot or agent, or a name transcripts use for one (user, assistant, human, …, and those `input: roles:` gives in .handoff.yaml), then a colon (e.g. --say 'customer: {said}')"
            )),
            "{stderr}"
        );
    }
    // Under --redact a time that does not read is not quoted: what follows `@` may be
    // an address's domain.
    let stderr = crate::common::stderr_text(
        &handoff()
            .args(["explain", "--redact", "--say", "customer@tyler.example: hi"])
            .assert()
            .code(2),
    );
    assert!(!stderr.contains("tyler"), "{stderr}");
    let stderr = crate::common::stderr_text(
        &handoff()
            .args([
                "explain",
                "--redact",
                "--say",
                "customer@2024-13-45 10:00: hi",
            ])
            .assert()
            .code(2),
    );
    assert!(
        stderr.contains(": the time after `@` is not a date and time: expected RFC 3339"),
        "{stderr}"
    );
    // With a time that reads, the word before `@` is the role mistyped.
    handoff()
        .args(["explain", "--say", "custmer@2024-03-01T22:15:00Z: hi"])
        .assert()
        .code(2)
        .stderr(contains(
            "--say `custmer@2024-03-01T22:15:00Z: hi`: `custmer` is not a role (did you mean `customer`?)",
        ));
    handoff()
        .args(["explain", "--say", "customer: hi", "--meta", "tier"])
        .assert()
        .code(2)
        .stderr(contains("--meta `tier` is not FIELD=VALUE"));
    handoff()
        .arg("explain")
        .assert()
        .code(2)
        .stderr(contains("--conversation <ID>|--say <ROLE: TEXT>"));
    handoff()
        .args(["explain", "--say", "customer: hi", "fixtures"])
        .assert()
        .code(2);
}

/// `--say 'user: …'` was refused though transcripts read `user`, `assistant`,
/// `human` as roles; and an id that differs only in case got no "did you mean".
#[test]
fn say_takes_the_role_names_transcripts_take_and_ids_are_suggested_across_case() {
    let text = stdout_of(handoff().args([
        "explain",
        "--say",
        "user: hi",
        "--say",
        "Assistant: Hello!",
        "--say",
        "human: I am Chris",
        "-f",
        "json",
    ]));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let roles: Vec<&str> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["customer", "bot", "agent"]);
    handoff()
        .args(["explain", "--say", "system: hi"])
        .assert()
        .code(2)
        .stderr(contains(
            "`system` is not a role: write customer, bot or agent",
        ));
    handoff()
        .args(["explain", "-c", "C02-STUDENT-DISCOUNT", "fixtures"])
        .assert()
        .code(2)
        .stderr(contains("did you mean `c02-student-discount`?"));
    // An id cut short is suggested what begins with it before a near miss: `star-12`
    // was told `star-1` where 54 ids begin with `star-12`.
    let dir = tempfile::tempdir().unwrap();
    let csv = crate::common::write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nab-1,customer,hi\nab-12x,customer,hi\n",
    );
    handoff()
        .args(["explain", "-c", "ab-12"])
        .arg(&csv)
        .assert()
        .code(2)
        .stderr(contains(
            "conversation `ab-12` not found in 2 conversations read; did you mean `ab-12x`?",
        ));
}

/// `--say` messages had no time, so `hours:` never held and
/// "where would this message go?" always gave the daytime answer. `ROLE@TIME: TEXT`
/// gives a message its time, read as a rule test's `time:` is.
#[test]
fn say_takes_a_time_for_hours_routes() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        r#"version: 1
signals:
  - { id: person, phrases: [real person] }
triggers:
  - { id: person, when: { message: { role: customer, signal: person } } }
routes:
  - id: after-hours
    when: { hours: { between: "18:00-08:00", tz: Europe/Berlin } }
    team: night
default_route: { team: day }
teams:
  - { id: night, name: Night, bridge: Good evening. }
  - { id: day, name: Day, bridge: Hello. }
"#,
    );
    let team = |say: &str| {
        let text = stdout_of(
            handoff()
                .args(["explain", "-f", "json", "-r"])
                .arg(&rules)
                .args(["--say", say]),
        );
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["outcome"]["team"].as_str().unwrap_or_default().to_owned()
    };
    assert_eq!(team("customer: can I speak to a real person?"), "day");
    assert_eq!(
        team("customer@2024-03-01T22:15:00+01:00: can I speak to a real person?"),
        "night"
    );
    assert_eq!(
        team("user@2024-03-01T10:15:00Z: can I speak to a real person? at 10:30"),
        "day"
    );
    // Unix seconds; and without an offset, UTC (21:15 UTC is 22:15 in Berlin), said so.
    assert_eq!(team("customer@1709327700: a real person please"), "night");
    let text = stdout_of(handoff().args(["explain", "-r"]).arg(&rules).args([
        "--say",
        "customer@2024-03-01 21:15:00: a real person please",
    ]));
    assert!(
        text.contains("── message 1 · customer · 2024-03-01 21:15:00 ──"),
        "{text}"
    );
    assert!(
        text.contains("local time Fri 2024-03-01 22:15 (Europe/Berlin); `2024-03-01 21:15:00` has no offset: read as UTC, as `--say`'s times without one are"),
        "{text}"
    );
    // A time that does not parse, or that runs into the text, is an error naming the
    // value and what was expected.
    handoff()
        .args(["explain", "--say", "customer@yesterday: hi"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(format!(
            "--say `customer@yesterday: hi`: `yesterday` is not a date and time: expected {}",
            handoff::ruletest::TIME_FORMS
        )));
    // The forms that error names are read: dotted and slashed dates, German month names,
    // 12-hour clocks and two-digit years (21:15 UTC, 22:15 in Berlin: night; 09:15 UTC:
    // day), but not a slashed date both orders make real.
    for (say, expected) in [
        ("customer@01.03.2024 21:15: a real person please", "night"),
        ("customer@1. März 2024 21:15: a real person please", "night"),
        ("customer@13/03/2024 21:15: a real person please", "night"),
        ("customer@3/13/24 9:15 PM: a real person please", "night"),
        ("customer@3/13/24 9:15 AM: a real person please", "day"),
    ] {
        assert_eq!(team(say), expected, "{say}");
    }
    handoff()
        .args(["explain", "--say", "customer@05/06/2024 21:15: hi"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(
            "`05/06/2024 21:15` is not a date and time: expected RFC 3339",
        ));
    handoff()
        .args(["explain", "--say", "customer@2024-03-01T22:15:00Z:hi"])
        .assert()
        .code(2)
        .stderr(contains(
            "is not ROLE@TIME: TEXT: end the time with a colon and a space",
        ));
    // An `@` in the text is text.
    let text = stdout_of(handoff().args([
        "explain",
        "-f",
        "json",
        "--say",
        "customer: mail me at ann@example.com: thanks",
    ]));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["steps"][0]["text"], "mail me at ann@example.com: thanks");
}

/// Two `--meta` of one field with different values were accepted and the first won, so
/// the flags' order decided the route; the same value twice is still one value.
#[test]
fn meta_given_twice_with_two_values_is_an_error_naming_both() {
    use predicates::prelude::PredicateBooleanExt;
    for second in ["tier=free", "Tier=free"] {
        handoff()
            .args(["explain", "--say", "customer: is there a discount"])
            .args(["--meta", "tier=enterprise", "--meta", second])
            .assert()
            .code(2)
            .stderr(contains(format!(
                "--meta `tier=enterprise` and --meta `{second}` both give `tier`, with two values"
            )))
            .stderr(contains("hint: give the field once"));
    }
    handoff()
        .args(["explain", "--say", "customer: hi", "--redact"])
        .args([
            "--meta",
            "name=Alex Smith",
            "--meta",
            "plan=pro",
            "--meta",
            "Name=Bo",
        ])
        .assert()
        .code(2)
        .stderr(contains("--meta number 1 and number 3 both give `name`"))
        .stderr(contains("Alex").not());
    handoff()
        .args(["explain", "--say", "customer: hi"])
        .args(["--meta", "tier=enterprise", "--meta", "Tier= enterprise"])
        .assert()
        .success();
}

/// `explain --say` did not read `.handoff.yaml`: a project file every other command
/// refused passed silently, and the role names its `input: roles:` gives its exports
/// were not roles there. It is read, and checked, as by every command.
#[test]
fn say_reads_the_project_file_s_roles_and_refuses_a_broken_one() {
    let dir = tempfile::tempdir().unwrap();
    let rules = crate::common::root().join("rules");
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  roles:\n    bot: [Answer Bot]\n",
    );
    let text = stdout_of(
        handoff()
            .current_dir(dir.path())
            .args(["explain", "-r"])
            .arg(&rules)
            .args([
                "--say",
                "Answer Bot: Hello!",
                "--say",
                "user: hi",
                "-f",
                "json",
            ]),
    );
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let said_roles: Vec<&str> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["role"].as_str().unwrap())
        .collect();
    assert_eq!(said_roles, ["bot", "customer"]);
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  timestamp_tz: Europe London\n",
    );
    handoff()
        .current_dir(dir.path())
        .args(["explain", "-r"])
        .arg(&rules)
        .args(["--say", "customer: hi"])
        .assert()
        .code(2)
        .stderr(contains(".handoff.yaml:2:"));
}
