//! Customers' names under `--redact`: introduced with a title, named like a mask,
//! varying between rows, joined from contacts, and masked per conversation.

use super::{assert_none_shown, redacted_replay, regex_rules, replay_both_ways};
use crate::common::{handoff, stdout_of, write};

/// Regression: an agent's "my name is Ms Carter" gave the name twice, overlapping, and
/// every `--redact` output of the conversation panicked.
#[test]
fn a_name_introduced_with_a_title_does_not_stop_redaction() {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(dir.path(), &[("carter", "Carter")]);
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text\n\
         c1,2026-03-01T09:00:00Z,agent,\"Hi, my name is Ms Carter, billing\"\n",
    );
    let replay = stdout_of(
        handoff()
            .args(["replay", "-q", "--redact", "-f", "jsonl", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    assert!(replay.contains(r#""text":"[name]""#), "{replay}");
    let explain = stdout_of(
        handoff()
            .args(["explain", "--redact", "--conversation", "c1", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    assert!(!explain.contains("Carter"), "{explain}");
}

/// Regression: evidence is quoted masked and the outcome masked again, and
/// for a customer named Card the second pass turned `[card]` into `[[name]]`.
#[test]
fn a_customer_named_like_a_mask_leaves_the_mask_alone() {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(dir.path(), &[("card", r"\b4\d{3}( ?\d{4}){3}\b")]);
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,name\nc1,customer,my 4111 1111 1111 1111 please,Andrew Card\n",
    );
    let (replay, packet) = redacted_replay(&rules, &transcripts, &[]);
    for text in [&replay, &packet] {
        assert!(text.contains(r#""text":"[card]""#), "{text}");
        assert!(!text.contains("[[name]]"), "{text}");
    }
    assert!(packet.contains("my [card] please"), "{packet}");
}

/// The customer's names found for one conversation's evidence are kept for the rest of
/// its output (summary, bridge, packet), never handed to the next conversation's: each
/// conversation masks its own customer, in input order on one thread.
#[test]
fn each_conversation_masks_its_own_customers_names() {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(dir.path(), &[("help", "help")]);
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,name\n\
         c1,customer,Carter here and I need help,Ana Carter\n\
         c2,customer,just browsing,Bo Jones\n\
         c3,customer,Jones here and I need help,Bo Jones\n",
    );
    let (replay, packets) = redacted_replay(&rules, &transcripts, &["--jobs", "1"]);
    for text in [&replay, &packets] {
        assert!(
            !text.contains("Carter") && !text.contains("Jones"),
            "{text}"
        );
    }
    let transcripts: Vec<serde_json::Value> = packets
        .lines()
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line).unwrap()["transcript"][0]["text"]
                .clone()
        })
        .collect();
    assert_eq!(
        transcripts,
        ["[name] here and I need help", "[name] here and I need help"]
    );
}

/// Regression: joined on email, a CRM record's "Alexandra Whitfield"
/// where the transcript has its own `first_name`/`last_name` ("Al", "W") was never
/// masked: not in the packet's contact fields, nor in the chat ("Alexandra Whitfield
/// needs…"), the summary, explain, diff or coverage. The contact's name fields are names
/// too.
#[test]
fn a_joined_contacts_names_are_masked_where_the_transcript_has_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(dir.path(), &[("human", "human")]);
    let yaml = std::fs::read_to_string(&rules).unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        &yaml.replace(
            "bridge: \"Hi.\"",
            "bridge: \"Hi {{ customer.first_name }}.\"",
        ),
    );
    let head = write(
        dir.path(),
        "head.yaml",
        &yaml.replace("bridge: \"Hi.\"", "bridge: \"Hello.\""),
    );
    let contacts = write(
        dir.path(),
        "crm.csv",
        "email,first_name,last_name,company_name\n\
         al@example.com,Alexandra,Whitfield,Northwind\n",
    );
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text,email,first_name,last_name\n\
         c1,2026-03-01T09:00:00Z,bot,Welcome! How can I help?,al@example.com,Al,W\n\
         c1,2026-03-01T09:01:00Z,customer,Alexandra Whitfield needs a human about Northwind,al@example.com,Al,W\n",
    );
    let run = |args: &[&str]| {
        stdout_of(
            handoff()
                .args(args)
                .arg("--contacts")
                .arg(&contacts)
                .arg(&transcripts),
        )
    };
    let contacts_arg = contacts.to_string_lossy().into_owned();
    let [(plain, plain_packets), (masked, packets)] =
        replay_both_ways(&rules, &transcripts, &["--contacts", &contacts_arg]);
    assert!(
        plain_packets.contains("Alexandra") && plain.contains("Hi Al."),
        "without --redact the names show: {plain}\n{plain_packets}"
    );
    let rules = rules.to_string_lossy().into_owned();
    let head = head.to_string_lossy().into_owned();
    let packet: serde_json::Value = serde_json::from_str(packets.lines().next().unwrap()).unwrap();
    assert_eq!(packet["contact"]["fields"]["first_name"], "[name]");
    assert_eq!(packet["contact"]["fields"]["last_name"], "[name]");
    assert_eq!(packet["contact"]["fields"]["company_name"], "Northwind");
    assert_eq!(packet["customer"]["fields"]["first_name"], "[name]");
    assert_eq!(packet["customer"]["fields"]["last_name"], "[name]");
    assert_eq!(
        packet["transcript"][1]["text"],
        "[name] [name] needs a human about Northwind"
    );
    assert!(masked.contains("Hi [name]."), "{masked}");
    let explain = run(&["explain", "--redact", "-c", "c1", "-r", &rules]);
    let diff = run(&[
        "diff", "--redact", "-f", "json", "--base", &rules, "--head", &head,
    ]);
    let coverage = run(&["coverage", "--redact", "-f", "json", "-r", &rules]);
    assert!(explain.contains("[name] [name] needs"), "{explain}");
    for (what, text) in [
        ("replay", &masked),
        ("packets", &packets),
        ("explain", &explain),
        ("diff", &diff),
        ("coverage", &coverage),
    ] {
        assert_none_shown(
            what,
            text,
            &["Alexandra", "Whitfield", "\"Al\"", "Al ", "\"W\""],
        );
    }
}

/// Regression: a later row's other value for a name field ("Joanna Smythe"
/// after "Jo Smith") was dropped from the metadata, and shown where the customer wrote it.
#[test]
fn a_name_that_varies_between_rows_is_masked_in_both_forms() {
    let dir = tempfile::tempdir().unwrap();
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text,name\n\
         c1,2026-03-01T09:00:00Z,customer,hello,Jo Smith\n\
         c1,2026-03-01T09:01:00Z,customer,get me a human for the account of Joanna Smythe,Joanna Smythe\n",
    );
    let packets = dir.path().join("p.jsonl");
    handoff()
        .args(["replay", "-q", "--redact", "--packets"])
        .arg(&packets)
        .arg(&transcripts)
        .assert()
        .success();
    let text = std::fs::read_to_string(&packets).unwrap();
    for name in ["Joanna", "Smythe", "Smith"] {
        assert!(!text.contains(name), "{name} shows:\n{text}");
    }
}
