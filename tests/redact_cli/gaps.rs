//! Gaps of `--redact` found after the review, end to end: a name in reply before a
//! number, "it's me, Alexis", a name spelt out, a second PIN said in a later message,
//! other people's names after "names", "born" further from its person; and a typo in
//! reply to a question for the name, which names no one.

use super::{redacted_replay, regex_rules, transcript_texts};
use crate::common::write;

#[test]
fn gaps_after_the_review_are_masked_and_typos_kept() {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(
        dir.path(),
        &[(
            "leak",
            // The last message of each conversation, where its packet ends.
            "my account|Alexis|5678 is|Jane|anyone there|2010|with an",
        )],
    );
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\
         c1,bot,\"Could I get your name, please?\"\n\
         c1,customer,Katarina Miller 351531510 is my account\n\
         c2,customer,\"It's me, Alexis\"\n\
         c3,customer,My PIN is 1234\n\
         c3,bot,Thanks.\n\
         c3,customer,And 5678 is my old one\n\
         c4,customer,my kids' names are Tyler and Jane\n\
         c5,bot,What is your name?\n\
         c5,customer,helo\n\
         c5,customer,helo? anyone there\n\
         c6,customer,\"my youngest, who was finally born in 2010, needs a passport\"\n\
         c7,bot,What is your name?\n\
         c7,customer,Mark with an M\n",
    );
    let (replay, packets) = redacted_replay(&rules, &transcripts, &[]);
    for leak in [
        "Katarina", "Miller", "Alexis", "5678", "Tyler", "Jane", "2010", "Mark",
    ] {
        assert!(!replay.contains(leak), "{leak} in {replay}");
        assert!(!packets.contains(leak), "{leak} in {packets}");
    }
    let texts = transcript_texts(&packets);
    assert_eq!(
        texts,
        [
            "Could I get your name, please?",
            "[name] [name] 351531510 is my account",
            "It's me, [name]",
            "My PIN is [secret]",
            "Thanks.",
            "And [secret] is my old one",
            "my kids' names are [name] and [name]",
            "What is your name?",
            "helo",
            "helo? anyone there",
            "my youngest, who was finally born in [dob], needs a passport",
            "What is your name?",
            "[name] with an M",
        ]
    );
}

/// Known over-masking, end to end: the same words before the PIN ("And 5678 is my old
/// one") were masked as a code in the packet, the evidence and the trace; only those
/// after it are.
#[test]
fn the_same_words_before_the_pin_are_no_code_in_any_output() {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(dir.path(), &[("human", "a human")]);
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\
         c1,customer,And 5678 is my old one\n\
         c1,customer,My PIN is 1234\n\
         c1,customer,And 5678 is my old one\n\
         c1,customer,I want a human\n",
    );
    let (_, packets) = redacted_replay(&rules, &transcripts, &[]);
    assert_eq!(
        transcript_texts(&packets),
        [
            "And 5678 is my old one",
            "My PIN is [secret]",
            "And [secret] is my old one",
            "I want a human",
        ]
    );
    let explain = crate::common::stdout_of(crate::common::handoff().args([
        "explain",
        "--redact",
        "-f",
        "json",
        "-r",
        rules.to_str().unwrap(),
        "--conversation",
        "c1",
        transcripts.to_str().unwrap(),
    ]));
    let trace: serde_json::Value = serde_json::from_str(&explain).unwrap();
    let steps: Vec<&str> = trace["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|step| step["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        [
            "And 5678 is my old one",
            "My PIN is [secret]",
            "And [secret] is my old one",
            "I want a human",
        ]
    );
}
