//! Security answers given in after a refusal in `replay --packets` summaries and
//! redacted transcripts (session 54): "whatever, Sunshine42", an answer typed before a
//! request in the clause given in, and one word after a refusal and a comma. Each chat
//! is replayed without `--redact` and with it.

use crate::packet_summary_chosen_cli::transcript_and_said;
use crate::packet_summary_secrets_cli::{human_packets_both_ways, packet_of};

/// That the packet of `id` says `said` last and holds `secret` nowhere (with
/// `--redact`, not in its transcript either), and that the summary holds no fact of it.
#[track_caller]
pub(crate) fn masked_in(
    packets: &[serde_json::Value],
    redact: &[&str],
    id: &str,
    said: &str,
    secret: &str,
) {
    let (transcript, last) = transcript_and_said(packets, id);
    assert_eq!(last, said, "{redact:?} {id}");
    let summary = packet_of(packets, id)["summary"].to_string();
    assert!(!summary.contains(secret), "{redact:?} {id}: {summary}");
    if !redact.is_empty() {
        assert!(!transcript.contains(secret), "{id}: {transcript}");
        assert!(transcript.contains("[secret]"), "{id}: {transcript}");
    }
}

/// "whatever" before the password, in the message after a refusal and in the same.
const WHATEVER: &str = "conversation_id,role,text
next,bot,What is your password?
next,customer,It is private
next,customer,\"whatever, Sunshine42. I want a human\"
same,bot,What is your mother's maiden name?
same,customer,\"It is private. whatever, Kowalski\"
same,customer,I want a human
works,bot,What is your password?
works,customer,It is private
works,customer,whatever works. I want a human
";

/// Regression: "whatever, Sunshine42" after "It is private" showed the password (a
/// fact, the last thing said, and the redacted transcript). Now it is `[secret]`,
/// with `--redact` or not; "whatever works" stays.
#[test]
fn whatever_then_the_password_after_a_refusal_is_masked() {
    for (redact, packets) in human_packets_both_ways(WHATEVER) {
        let said = "whatever, [secret]. I want a human";
        masked_in(&packets, redact, "next", said, "Sunshine42");
        masked_in(&packets, redact, "same", "I want a human", "Kowalski");
        let (_, last) = transcript_and_said(&packets, "works");
        assert_eq!(last, "whatever works. I want a human", "{redact:?}");
        let packet = packet_of(&packets, "works").to_string();
        assert!(!packet.contains("[secret]"), "{redact:?}: {packet}");
    }
}

/// The password given in, then a request in the same clause.
const BEFORE_A_REQUEST: &str = "conversation_id,role,text
typed,bot,What is your password?
typed,customer,It is private. ok fine Sunshine42 I want a human
request,bot,What is your password?
request,customer,It is private. ok fine I want a human
";

/// Regression: "It is private. ok fine Sunshine42 I want a human" showed "Sunshine42"
/// (a fact, the goal, the last thing said). Now the password is `[secret]` and the
/// request kept, with `--redact` or not.
#[test]
fn a_password_given_in_before_a_request_is_masked() {
    for (redact, packets) in human_packets_both_ways(BEFORE_A_REQUEST) {
        let said = "It is private. ok fine [secret] I want a human";
        masked_in(&packets, redact, "typed", said, "Sunshine42");
        let (_, last) = transcript_and_said(&packets, "request");
        assert_eq!(last, "It is private. ok fine I want a human", "{redact:?}");
    }
}

/// One word after a refusal and a comma.
const AFTER_A_COMMA: &str = "conversation_id,role,text
word,bot,What is your password?
word,customer,\"It's a secret, Sunshine. I want a human\"
sorry,bot,What is your password?
sorry,customer,\"It's a secret, sorry. I want a human\"
period,bot,What is your pet's name?
period,customer,\"It's private, period. I want a human\"
";

/// Regression: "It's a secret, Sunshine." showed "Sunshine". Now it is `[secret]`, with
/// `--redact` or not; "sorry" and "period" after a refusal stay.
#[test]
fn one_word_after_a_refusal_and_a_comma_is_masked() {
    for (redact, packets) in human_packets_both_ways(AFTER_A_COMMA) {
        let said = "It's a secret, [secret]. I want a human";
        masked_in(&packets, redact, "word", said, "Sunshine");
        for (id, said) in [
            ("sorry", "It's a secret, sorry. I want a human"),
            ("period", "It's private, period. I want a human"),
        ] {
            let (_, last) = transcript_and_said(&packets, id);
            assert_eq!(last, said, "{redact:?} {id}");
            let packet = packet_of(&packets, id).to_string();
            assert!(!packet.contains("[secret]"), "{redact:?} {id}: {packet}");
        }
    }
}

/// A refusal whose words say no answer ("Not telling"), then the password.
const NOT_TELLING: &str = "conversation_id,role,text
colon,bot,What is your password?
colon,customer,\"Not telling. fine: Sunshine42. I want a human\"
";

/// Regression: "Not telling. fine: Sunshine42" showed the password ("not" said no
/// answer before the refusal was read). Now it is `[secret]`, with `--redact` or not.
#[test]
fn a_password_given_in_after_not_telling_is_masked() {
    for (redact, packets) in human_packets_both_ways(NOT_TELLING) {
        let said = "Not telling. fine: [secret]. I want a human";
        masked_in(&packets, redact, "colon", said, "Sunshine42");
    }
}
