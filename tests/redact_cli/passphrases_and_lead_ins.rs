//! Leaks of `--redact`, end to end through
//! `explain --redact --say` and `replay --redact --packets`: passphrases, names after a
//! lead-in or before a dash, labelled identifiers, a card in a dashed hex id.

use super::{assert_none_shown, redacted_replay, transcript_texts};
use crate::common::{handoff, stdout_of, write};

const RULES: &str = "version: 1\n\
     signals:\n  - { id: endm, phrases: [zzqendmarker] }\n\
     triggers:\n  - { id: end, when: { message: { role: customer, signal: endm } } }\n\
     default_route: { team: t }\n\
     teams:\n  - { id: t, name: T, bridge: \"Hi.\" }\n";

/// `explain --redact -f json --say …` of `messages`: the texts of its steps.
fn explained(rules: &std::path::Path, messages: &[&str]) -> Vec<String> {
    let mut command = handoff();
    command
        .args(["explain", "--redact", "-f", "json", "-r"])
        .arg(rules);
    for message in messages {
        command.args(["--say", message]);
    }
    let out: serde_json::Value = serde_json::from_str(&stdout_of(&mut command)).unwrap();
    out["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|step| step["text"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn passphrases_identifiers_and_names_after_a_lead_in_are_masked_in_explain() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    for (said, expected) in [
        (
            "password: correct horse battery staple",
            "password: [secret]",
        ),
        ("pass = P@ss w0rd!", "pass = [secret]"),
        (
            "my password is correct horse battery staple",
            "my password is [secret]",
        ),
        ("my password is wrong again", "my password is wrong again"),
        ("password - hunter2", "password - [secret]"),
        ("Drivers license D123-4567-8901", "Drivers license [id]"),
        ("cvv is 1 2 3", "cvv is [secret]"),
        ("my ssn is 078051120", "my ssn is [ssn]"),
        (
            "my driver's license number is D1234567",
            "my driver's license number is [id]",
        ),
        ("licence no JONES961102W99YT", "licence no [id]"),
        (
            "UUID 4111-1111-1111-1111-aaaa",
            "UUID 4111-1111-1111-1111-aaaa",
        ),
        (
            "my order from 03/04/2024 was 12.99",
            "my order from 03/04/2024 was 12.99",
        ),
    ] {
        assert_eq!(
            explained(&rules, &[&format!("customer: {said}")]),
            [expected],
            "{said:?}"
        );
    }
    assert_eq!(
        explained(
            &rules,
            &[
                "bot: May I have your name, please?",
                "customer: Alexis - why do you ask?",
                "customer: it's still Alexis",
            ],
        ),
        [
            "May I have your name, please?",
            "[name] - why do you ask?",
            "it's still [name]",
        ]
    );
    assert_eq!(
        explained(
            &rules,
            &["bot: What is your name?", "customer: Ok fine. Monday works",],
        ),
        ["What is your name?", "Ok fine. Monday works"]
    );
}

/// STAR star-804's replies, and "ok fine." before the name, in packets.
#[test]
fn names_after_a_lead_in_or_before_a_dash_are_masked_in_packets() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\
         s1,bot,\"May I have your name, please?\"\n\
         s1,customer,\"Alexis - I thought you were a person\"\n\
         s1,customer,\"Duh, it's still Alexis. password: correct horse battery staple\"\n\
         s1,customer,zzqendmarker\n\
         s2,bot,What is your name?\n\
         s2,customer,ok fine. Marcus Brown\n\
         s2,customer,hi Marcus Brown here\n\
         s2,customer,zzqendmarker\n",
    );
    let (replay, packets) = redacted_replay(&rules, &transcripts, &[]);
    let secrets = ["Alexis", "Marcus", "Brown", "horse", "staple"];
    assert_none_shown("replay", &replay, &secrets);
    assert_none_shown("packets", &packets, &secrets);
    let texts = transcript_texts(&packets);
    for expected in [
        "[name] - I thought you were a person",
        "Duh, it's still [name]. password: [secret]",
        "ok fine. [name] [name]",
        "hi [name] [name] here",
    ] {
        assert!(
            texts.iter().any(|t| t == expected),
            "{expected:?} in {texts:#?}"
        );
    }
}
