//! Security answers in `replay --packets` summaries and redacted transcripts (session
//! 51): a password of common English said after "It is" or "its", "the answer is" before
//! an answer; and the words masked that were no answer to a pet's name (a participle, a
//! greeting alone), which stay.

use crate::packet_summary_secrets_cli::{RULES, packet_of, replay_packets};

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
    let rules = RULES.replace("get me a person", "I want a human");
    for redact in [&[][..], &["--redact"]] {
        let packets = replay_packets(&rules, NO_ANSWER, redact);
        let packet = |id: &str| {
            let p = packet_of(&packets, id);
            let said = p["summary"]["last_customer_message"].as_str().unwrap_or("");
            (p["transcript"].to_string(), said.to_owned())
        };
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
    let rules = RULES.replace("get me a person", "I want a human");
    for redact in [&[][..], &["--redact"]] {
        let packets = replay_packets(&rules, CHOSEN, redact);
        let packet = |id: &str| {
            let p = packet_of(&packets, id);
            let said = p["summary"]["last_customer_message"].as_str().unwrap_or("");
            (p["transcript"].to_string(), said.to_owned())
        };
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
