//! Names and codes said loosely under `--redact`, end to end: a name in reply before a
//! number, "it's me, Alexis", a name spelt out, a second PIN said in a later message,
//! other people's names after "names", "born" further from its person; and a typo in
//! reply to a question for the name, which names no one.

use super::{redacted_replay, regex_rules, transcript_texts};
use crate::common::{handoff, stdout_of, write};

#[test]
fn names_and_loose_codes_in_whole_conversations_are_masked_and_typos_kept() {
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

/// End to end: the same words before the PIN ("And 5678 is my old one") are no code in
/// the packet, the evidence or the trace (they were masked as one); only those after it
/// are.
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
    let explain = stdout_of(handoff().args([
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

/// Regression: a coverage example holds a long message's first 4 KiB, and that part was
/// masked on its own: a code said loosely after a PIN given earlier ("5678’s my old
/// one"), or a name given in lower case in reply to a question for it, is found by its
/// whole message's text, and the part, not that text, showed them. Each message is
/// masked whole, then cut.
#[test]
fn a_long_message_of_a_coverage_example_is_masked_whole_then_cut() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", super::RULES);
    let filler = "and more words ".repeat(400);
    let transcripts = write(
        dir.path(),
        "t.csv",
        &format!(
            "conversation_id,role,text\n\
             c1,customer,My PIN is 1234\n\
             c1,customer,5678’s my old one {filler}\n\
             c1,agent,Let me look\n\
             c2,bot,\"Could I get your name, please?\"\n\
             c2,customer,kylo ren {filler}\n\
             c2,agent,Let me look\n"
        ),
    );
    // The formats that show examples' messages: JSON whole (its first 4 KiB), HTML cut.
    for format in ["json", "html"] {
        let coverage = stdout_of(
            handoff()
                .args(["coverage", "--redact", "-f", format, "-r"])
                .arg(&rules)
                .arg(&transcripts),
        );
        for leak in ["5678", "kylo", "ren "] {
            assert!(!coverage.contains(leak), "{format}: {leak} in {coverage}");
        }
        assert!(coverage.contains("[secret]"), "{format}: {coverage}");
        assert!(
            coverage.contains("s my old one and more"),
            "{format}: {coverage}"
        );
        assert!(
            coverage.contains("[name] [name] and more"),
            "{format}: {coverage}"
        );
    }
}
