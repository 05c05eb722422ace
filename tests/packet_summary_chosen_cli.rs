//! Security answers in `replay --packets` summaries and redacted transcripts (session
//! 51): a password of common English said after "It is" or "its", "the answer is" before
//! an answer; and the words masked that were no answer to a pet's name (a participle, a
//! greeting alone), which stay.

use crate::packet_summary_secrets_cli::{human_packets_both_ways, packet_of};

/// Session 51's (`/tmp/s51/sec.csv`): the words masked that were no answer to a pet's
/// name: a participle before the reply goes on ("Hacked I want a human"), a greeting
/// alone ("Hello there"), after which the next message is the answer ("Rex") where it
/// looks like one (not "Refund"), and a request after a greeting ("my flight to Boston").
const NO_ANSWER: &str = "conversation_id,role,text
c2,bot,What is your pet's name?
c2,customer,Hacked I want a human
alone,bot,What is your pet's name?
alone,customer,Hacked. I want a human
c6,bot,What is your pet's name?
c6,customer,Hello there
c6,customer,I want a human
greet,bot,What is your pet's name?
greet,customer,Hello there
greet,customer,Rex
greet,customer,I want a human
topic,bot,What is your pet's name?
topic,customer,Hello there
topic,customer,Refund
topic,customer,I want a human
flight,bot,What is your pet's name?
flight,customer,\"Hello there, my flight to Boston was cancelled. I want a human\"
";

/// Regression: "Hacked" and "there" of "Hello there" were masked as a pet's name, in the
/// summary and the redacted transcript, and then "Refund" after "Hello there", "Boston"
/// after "Hello there, my flight to"; now they stay, with `--redact` or not.
#[test]
fn words_that_are_no_answer_stay() {
    for (redact, packets) in human_packets_both_ways(NO_ANSWER) {
        let packet = |id: &str| transcript_and_said(&packets, id);
        for (id, said) in [
            ("c2", "Hacked I want a human"),
            ("alone", "Hacked. I want a human"),
            (
                "flight",
                "Hello there, my flight to Boston was cancelled. I want a human",
            ),
        ] {
            let (transcript, last) = packet(id);
            assert_eq!(last, said, "{redact:?}");
            assert!(!transcript.contains("[secret]"), "{transcript}");
        }
        let (transcript, _) = packet("c6");
        assert!(transcript.contains("\"Hello there\""), "{transcript}");
        assert!(!transcript.contains("[secret]"), "{transcript}");
        let (transcript, _) = packet("topic");
        assert!(transcript.contains("\"Refund\""), "{transcript}");
        assert!(!transcript.contains("[secret]"), "{transcript}");
        // The answer after a greeting alone is the answer, as after "one sec".
        if !redact.is_empty() {
            let (transcript, _) = packet("greet");
            assert!(transcript.contains("\"Hello there\""), "{transcript}");
            assert!(transcript.contains("\"[secret]\""), "{transcript}");
            assert!(!transcript.contains("Rex"), "{transcript}");
        }
    }
}

/// Session 51's (`/tmp/s51/sec.csv`'s c1 and its kin): a password of common English said
/// after "It is" in a later sentence or after a dash, "the answer is" before a pet's
/// name, a pet's name typed on after "wait"; and "It is urgent" and "it is private",
/// which stay.
const CHOSEN: &str = "conversation_id,role,text
c1,bot,What is your password?
c1,customer,I want a human. It is sunshine
dash,bot,What is your password?
dash,customer,I want a human - its sunshine
urgent,bot,What is your password?
urgent,customer,I want a human. It is urgent
private,bot,What is your password?
private,customer,\"I do not want to give it here, it is private. I want a human\"
thanks,bot,What is your password?
thanks,customer,I want a human. It is sunshine thanks
its,bot,What is your password?
its,customer,Its sunshine I want a human
shape,bot,What is your password?
shape,customer,I want a human. It is sunshine42 and not working
held,bot,What is your pet's name?
held,customer,wait
held,customer,Pepper I want a human
label,bot,What is your pet's name?
label,customer,the answer is sunshine
label,customer,I want a human
";

/// Regression: "sunshine" showed in the summary's last thing said and in the redacted
/// transcript; now it is `[secret]` in both, with `--redact` or not, and "It is urgent"
/// and "it is private" (masked for a while) stay.
#[test]
fn a_chosen_word_of_common_english_is_masked() {
    for (redact, packets) in human_packets_both_ways(CHOSEN) {
        let packet = |id: &str| transcript_and_said(&packets, id);
        for (id, said) in [
            ("c1", "I want a human. It is [secret]"),
            ("dash", "I want a human - its [secret]"),
            ("urgent", "I want a human. It is urgent"),
            (
                "private",
                "I do not want to give it here, it is private. I want a human",
            ),
            ("thanks", "I want a human. It is [secret] thanks"),
            ("its", "Its [secret] I want a human"),
            ("held", "[secret] I want a human"),
            ("shape", "I want a human. It is [secret] and not working"),
        ] {
            let (transcript, last) = packet(id);
            assert_eq!(last, said, "{redact:?} {id}");
            if !redact.is_empty() {
                assert!(transcript.contains(said), "{id}: {transcript}");
            }
        }
        if !redact.is_empty() {
            let (transcript, _) = packet("label");
            assert!(
                transcript.contains("the answer is [secret]"),
                "{transcript}"
            );
            assert!(!transcript.contains("sunshine"), "{transcript}");
        }
    }
}

/// Session 51's `/tmp/s51/f9/f9.csv`: a password said first with a courtesy or a hedge
/// around it, or after a participle; a pet's name after a participle or a greeting
/// alone; the answer to a memorable question.
const LEAKS: &str = "conversation_id,role,text
a1,bot,What is your password?
a1,customer,\"It is sunshine thanks. I want a human\"
a2,bot,What is your password?
a2,customer,\"its sunshine lol. I want a human\"
a3,bot,What is your password?
a3,customer,\"I think it is sunshine. I want a human\"
a4,bot,What is your password?
a4,customer,\"Hacked. It is sunshine. I want a human\"
fine,bot,What is your password?
fine,customer,\"It is private thanks. I want a human\"
q1,bot,What is your pet's name?
q1,customer,Blocked
q1,customer,Rex
q1,customer,I want a human
q2,bot,What is your pet's name?
q2,customer,Morning
q2,customer,Rex
q2,customer,I want a human
q3,bot,What is your pet's name?
q3,customer,Hello sir
q3,customer,Rex
q3,customer,I want a human
q4,bot,What is your pet's name?
q4,customer,Hello mate
q4,customer,Rex
q4,customer,I want a human
topic,bot,What is your pet's name?
topic,customer,Blocked
topic,customer,Refund
topic,customer,I want a human
b1,bot,What is your password?
b1,customer,no idea
b1,customer,\"It is sunshine. I want a human\"
m1,bot,What is the answer to your memorable question?
m1,customer,Bluebird
m1,customer,I want a human
";

/// Regression: each of `LEAKS` showed the answer ("sunshine", "Rex", "Bluebird") in the
/// summary's last thing said or the redacted transcript, and "sir", "mate" were masked
/// instead of "Rex"; now the answer is `[secret]` and the words around it stay, with
/// `--redact` or not ("It is private thanks", "Refund" after "Blocked" stay).
#[test]
fn an_answer_said_around_other_words_is_masked() {
    for (redact, packets) in human_packets_both_ways(LEAKS) {
        let packet = |id: &str| transcript_and_said(&packets, id);
        for (id, said) in [
            ("a1", "It is [secret] thanks. I want a human"),
            ("a2", "its [secret] lol. I want a human"),
            ("a3", "I think it is [secret]. I want a human"),
            ("b1", "It is [secret]. I want a human"),
            ("fine", "It is private thanks. I want a human"),
        ] {
            let (transcript, last) = packet(id);
            assert_eq!(last, said, "{redact:?} {id}");
            if !redact.is_empty() {
                assert!(transcript.contains(said), "{id}: {transcript}");
            }
        }
        // Under `--redact`, redaction's own reading of the reply masks "Hacked" still.
        let (transcript, last) = packet("a4");
        assert!(last.ends_with("It is [secret]. I want a human"), "{last}");
        if redact.is_empty() {
            assert_eq!(last, "Hacked. It is [secret]. I want a human");
            continue;
        }
        assert!(!transcript.contains("sunshine"), "{transcript}");
        for (id, kept) in [
            ("q1", "\"Blocked\""),
            ("q2", ""),
            ("q3", "\"Hello sir\""),
            ("q4", "\"Hello mate\""),
            ("m1", "\"I want a human\""),
        ] {
            let (transcript, _) = packet(id);
            assert!(!transcript.contains("Rex"), "{id}: {transcript}");
            assert!(!transcript.contains("Bluebird"), "{id}: {transcript}");
            assert!(transcript.contains("\"[secret]\""), "{id}: {transcript}");
            assert!(transcript.contains(kept), "{id}: {transcript}");
        }
        let (transcript, _) = packet("topic");
        assert!(transcript.contains("\"Refund\""), "{transcript}");
        assert!(!transcript.contains("[secret]"), "{transcript}");
    }
}

/// Packet `id`'s transcript (as JSON text) and its summary's last thing said, among
/// `packets`.
pub(crate) fn transcript_and_said(packets: &[serde_json::Value], id: &str) -> (String, String) {
    let p = packet_of(packets, id);
    let said = p["summary"]["last_customer_message"].as_str().unwrap_or("");
    (p["transcript"].to_string(), said.to_owned())
}
