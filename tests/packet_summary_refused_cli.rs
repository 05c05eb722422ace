//! Security answers around a refusal in `replay --packets` summaries and redacted
//! transcripts (session 53): the password a customer gives in with after refusing, the
//! refusals that were not read, a refusal word alone that may be the password, and a
//! word said alone before the answer ("Listen,").

use crate::packet_summary_chosen_cli::transcript_and_said;
use crate::packet_summary_secrets_cli::{human_packets_both_ways, packet_of};

/// The password given in after a refusal, in the next message or the same one.
const GIVEN_IN: &str = "conversation_id,role,text
next,bot,What is your password?
next,customer,It is private
next,customer,\"Ok fine, it's Sunshine42. I want a human\"
ugh,bot,What is your password?
ugh,customer,None of your business
ugh,customer,ugh ok it's Sunshine42. I want a human
same,bot,What is your password?
same,customer,\"None of your business. fine. Sunshine42. I want a human\"
maiden,bot,What is your mother's maiden name?
maiden,customer,\"It is private, ok fine it's Kowalski. I want a human\"
request,bot,What is your password?
request,customer,\"It is private. I want a human\"
";

/// Regression: "Sunshine42" and "Kowalski", given in after "It is private" or "None of
/// your business", showed in the summary (a fact, the last thing said) and in the
/// redacted transcript; now they are `[secret]`, with `--redact` or not, and a refusal
/// followed by a request stays as written.
#[test]
fn a_password_given_in_after_a_refusal_is_masked() {
    for (redact, packets) in human_packets_both_ways(GIVEN_IN) {
        for (id, said) in [
            ("next", "Ok fine, it's [secret]. I want a human"),
            ("ugh", "ugh ok it's [secret]. I want a human"),
            (
                "same",
                "None of your business. fine. [secret]. I want a human",
            ),
            (
                "maiden",
                "It is private, ok fine it's [secret]. I want a human",
            ),
            ("request", "It is private. I want a human"),
        ] {
            let (transcript, last) = transcript_and_said(&packets, id);
            assert_eq!(last, said, "{redact:?} {id}");
            let facts = packet_of(&packets, id)["summary"]["facts"].to_string();
            assert!(!facts.contains("Sunshine42"), "{id}: {facts}");
            if !redact.is_empty() {
                assert!(!transcript.contains("Sunshine42"), "{id}: {transcript}");
                assert!(!transcript.contains("Kowalski"), "{id}: {transcript}");
            }
        }
    }
}

/// Refusals that were not read, each then the password; a password that is a refusal
/// word, alone; a word said alone before the password.
const REFUSED: &str = "conversation_id,role,text
secret,bot,What is your password?
secret,customer,It's a secret
secret,customer,Sunshine. I want a human
telling,bot,What is your password?
telling,customer,Not telling
telling,customer,Sunshine. I want a human
rather,bot,What is your password?
rather,customer,I'd rather not say
rather,customer,Sunshine. I want a human
lol,bot,What is your password?
lol,customer,it's private lol
lol,customer,Sunshine. I want a human
nope,bot,What is your password?
nope,customer,nope not giving that
nope,customer,Sunshine. I want a human
private,bot,What is your password?
private,customer,private
private,customer,I want a human
listen,bot,What is your password?
listen,customer,\"Listen,\"
listen,customer,it's sunshine. I want a human
";

/// Regression: after "It's a secret", "Not telling", "I'd rather not say", "it's
/// private lol" and "nope not giving that" the question was closed and the next
/// message's "Sunshine" shown; a password "private" given alone was read as a refusal
/// and shown; "Listen," alone was masked as the password and "sunshine" shown. Now the
/// password is `[secret]` in the summary and the redacted transcript, with `--redact`
/// or not, and the refusals stay as written.
#[test]
fn refusals_leave_the_question_open_and_a_refusal_word_alone_is_masked() {
    for (redact, packets) in human_packets_both_ways(REFUSED) {
        for (id, refusal) in [
            ("secret", "It's a secret"),
            ("telling", "Not telling"),
            ("rather", "I'd rather not say"),
            ("lol", "it's private lol"),
            ("nope", "nope not giving that"),
        ] {
            let (transcript, last) = transcript_and_said(&packets, id);
            assert_eq!(last, "[secret]. I want a human", "{redact:?} {id}");
            if !redact.is_empty() {
                assert!(!transcript.contains("Sunshine"), "{id}: {transcript}");
                assert!(transcript.contains(refusal), "{id}: {transcript}");
            }
        }
        let (transcript, last) = transcript_and_said(&packets, "listen");
        assert_eq!(last, "it's [secret]. I want a human", "{redact:?}");
        if !redact.is_empty() {
            assert!(transcript.contains("\"Listen,\""), "{transcript}");
            assert!(!transcript.contains("sunshine"), "{transcript}");
            let (transcript, _) = transcript_and_said(&packets, "private");
            assert!(transcript.contains("\"[secret]\""), "{transcript}");
            assert!(!transcript.contains("private"), "{transcript}");
        }
    }
}

/// A short request after a word said alone ("Anyway," then "Refund").
const REQUEST_AFTER_A_WORD: &str = "conversation_id,role,text
anyway,bot,What is your password?
anyway,customer,\"Anyway,\"
anyway,customer,Refund. I want a human
listen,bot,What is your password?
listen,customer,ok listen
listen,customer,Refund please. I want a human
";

/// Regression: after "Anyway," or "ok listen" alone, "Refund" was masked as the
/// password, in the summary and, with `--redact`, in the transcript and the trigger's
/// quote ("billing-issue: “[secret]”"). Now nothing is masked, with `--redact` or not.
#[test]
fn a_request_after_a_word_said_alone_stays() {
    for (redact, packets) in human_packets_both_ways(REQUEST_AFTER_A_WORD) {
        for (id, said) in [
            ("anyway", "Refund. I want a human"),
            ("listen", "Refund please. I want a human"),
        ] {
            let (_, last) = transcript_and_said(&packets, id);
            assert_eq!(last, said, "{redact:?} {id}");
            let packet = packet_of(&packets, id).to_string();
            assert!(!packet.contains("[secret]"), "{redact:?} {id}: {packet}");
        }
    }
}

/// A short clause given in after a refusal that is no answer ("fine. Refund.").
const NO_ANSWER_GIVEN_IN: &str = "conversation_id,role,text
refund,bot,What is your password?
refund,customer,\"None of your business. fine. Refund. I want a human\"
bye,bot,What is your password?
bye,customer,\"It's a secret. Ok, bye. I want a human\"
";

/// Regression: "Refund" and "bye" after a refusal and "fine" or "Ok" were masked as
/// the password. Now they stay as written, with `--redact` or not.
#[test]
fn a_clause_given_in_that_is_no_answer_stays() {
    for (redact, packets) in human_packets_both_ways(NO_ANSWER_GIVEN_IN) {
        for (id, said) in [
            (
                "refund",
                "None of your business. fine. Refund. I want a human",
            ),
            ("bye", "It's a secret. Ok, bye. I want a human"),
        ] {
            let (_, last) = transcript_and_said(&packets, id);
            assert_eq!(last, said, "{redact:?} {id}");
            let packet = packet_of(&packets, id).to_string();
            assert!(!packet.contains("[secret]"), "{redact:?} {id}: {packet}");
        }
    }
}
