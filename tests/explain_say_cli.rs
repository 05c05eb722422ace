//! `handoff explain --say` from the outside: a conversation written on the command line
//! (roles as transcripts name them, and as the project file names them), no transcript
//! file. A said message's time and the conversation's metadata (`ROLE@TIME:`, `--meta`):
//! `explain_say_times_cli.rs`; what a said message means (requests, negations, near
//! misses): `explain_say_phrases_cli.rs`.

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
