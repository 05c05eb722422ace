//! Leaks of `--redact` on the STAR chats, end to end: security
//! answers, PINs written with letters and the customer's name in replies to the bot's
//! name question that it does not simply open, in packets, the summary and the bridge
//! message that quotes it.

use super::{GOAL_RULES, assert_none_shown, redacted_replay, transcript_texts};
use crate::common::{handoff, stdout_of, write};

/// STAR star-4128, star-747, star-5867 and a reply to the bot's security
/// question, with a bridge that quotes the summary's goal (star-4128's read `Goal: John
/// Smith pin [secret] … my security question is Molly`).
#[test]
fn security_answers_and_names_in_replies_are_masked_in_packets_and_bridges() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", GOAL_RULES);
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\
         s1,bot,\"Could I get your full name, please?\"\n\
         s1,customer,John Smith pin 4567 I can't remember my account number but my security question is Molly\n\
         s1,customer,zzqendmarker\n\
         s2,bot,\"Could I get your full name, please?\"\n\
         s2,customer,Sarah brown my pin is 538p I can't remember my account number\n\
         s2,bot,What was your mother's maiden name?\n\
         s2,customer,It was Sanchez\n\
         s2,bot,Is Sanchez right?\n\
         s2,customer,zzqendmarker\n\
         s3,bot,\"May I have your name, please?\"\n\
         s3,customer,\"Of course, John Smith.\"\n\
         s3,customer,\"hi, born 03/04/1985, it is Tyler Jones\"\n\
         s3,customer,zzqendmarker\n",
    );
    let (replay, packets) = redacted_replay(&rules, &transcripts, &[]);
    let secrets = [
        "John", "Smith", "Molly", "Sarah", "brown", "538p", "Sanchez", "4567", "1985", "Tyler",
        "Jones",
    ];
    assert_none_shown("replay", &replay, &secrets);
    assert_none_shown("packets", &packets, &secrets);
    let texts = transcript_texts(&packets);
    for expected in [
        "[name] [name] pin [secret] I can't remember my account number but my security question is [secret]",
        "[name] [name] my pin is [secret] I can't remember my account number",
        "It was [secret]",
        "Is [secret] right?",
        "Of course, [name] [name].",
        "hi, born [dob], it is [name] [name]",
    ] {
        assert!(
            texts.iter().any(|t| t == expected),
            "{expected:?} in {texts:#?}"
        );
    }
    // The bridge message quotes the summary's goal, masked as the packet is.
    for line in packets.lines() {
        let packet: serde_json::Value = serde_json::from_str(line).unwrap();
        let bridge = packet["bridge_message"].as_str().unwrap();
        assert!(
            !bridge.contains("Molly") && !bridge.contains("John"),
            "{bridge}"
        );
    }
    // `explain --say`, with no files: each question and reply alone.
    let say = |question: &str, reply: &str| {
        stdout_of(handoff().args([
            "explain",
            "--redact",
            "-r",
            rules.to_str().unwrap(),
            "--say",
            &format!("bot: {question}"),
            "--say",
            &format!("customer: {reply}"),
        ]))
    };
    let out = say(
        "Could I get your full name, please?",
        "Tyler Jones account number 351531510",
    );
    assert!(out.contains("[name] [name] account number"), "{out}");
    let out = say(
        "security question: your mother's maiden name?",
        "It was Sanchez",
    );
    assert!(
        out.contains("It was [secret]") && !out.contains("Sanchez"),
        "{out}"
    );
}
