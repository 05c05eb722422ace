//! Security answers given in that still showed after session 54, in `replay --packets`
//! summaries and redacted transcripts (session 55): "whatever" before the direct
//! answer, a dash after a refusal, one word after a refusal and a comma with other
//! marks or a tail, a password after a refusal and a full stop, and "fine" alone
//! between a refusal and the answer. Each chat is replayed without `--redact` and with
//! it.

use crate::packet_summary_chosen_cli::transcript_and_said;
use crate::packet_summary_given_in_cli::masked_in;
use crate::packet_summary_secrets_cli::{human_packets_both_ways, packet_of};

/// That the packet of `id` says `said` last and masks nothing.
#[track_caller]
pub(crate) fn stays(packets: &[serde_json::Value], redact: &[&str], id: &str, said: &str) {
    let (_, last) = transcript_and_said(packets, id);
    assert_eq!(last, said, "{redact:?} {id}");
    let packet = packet_of(packets, id).to_string();
    assert!(!packet.contains("[secret]"), "{redact:?} {id}: {packet}");
}

/// "whatever" before the direct answer, and before what is no answer.
const WHATEVER: &str = "conversation_id,role,text
comma,bot,What is your password?
comma,customer,\"whatever, Sunshine42. I want a human\"
say,bot,What is your memorable word?
say,customer,\"Whatever you say, Sunshine42. I want a human\"
request,bot,What is your password?
request,customer,\"whatever, I want a human\"
unasked,bot,How can I help?
unasked,customer,\"whatever, Order 12345 is late. I want a human\"
";

/// Regression: "whatever, Sunshine42" as the direct reply to a password question showed
/// the password (a fact, the last thing said, the redacted transcript). Now it is
/// `[secret]`, with `--redact` or not; "whatever, I want a human" and a reply to no
/// security question stay.
#[test]
fn whatever_before_the_direct_answer_is_masked() {
    for (redact, packets) in human_packets_both_ways(WHATEVER) {
        let said = "whatever, [secret]. I want a human";
        masked_in(&packets, redact, "comma", said, "Sunshine42");
        let said = "Whatever you say, [secret]. I want a human";
        masked_in(&packets, redact, "say", said, "Sunshine42");
        stays(&packets, redact, "request", "whatever, I want a human");
        let said = "whatever, Order 12345 is late. I want a human";
        stays(&packets, redact, "unasked", said);
    }
}

/// A dash typed apart after a refusal.
const DASH: &str = "conversation_id,role,text
dash,bot,What is your password?
dash,customer,It is private - fine - Sunshine42. I want a human
request,bot,What is your password?
request,customer,It is private - I want a human
";

/// Regression: "It is private - fine - Sunshine42" showed the password (the refusal and
/// what followed read as one clause). Now it is `[secret]`, with `--redact` or not.
#[test]
fn a_password_after_a_refusal_and_a_dash_is_masked() {
    for (redact, packets) in human_packets_both_ways(DASH) {
        let said = "It is private - fine - [secret]. I want a human";
        masked_in(&packets, redact, "dash", said, "Sunshine42");
        stays(
            &packets,
            redact,
            "request",
            "It is private - I want a human",
        );
    }
}

/// One word after a refusal and a comma, with other marks or a tail.
const AFTER_A_COMMA: &str = "conversation_id,role,text
asked,bot,What is your password?
asked,customer,\"It's a secret, Sunshine? I want a human\"
semicolon,bot,What is your password?
semicolon,customer,It's a secret; Sunshine. I want a human
laugh,bot,What is your password?
laugh,customer,\"It's a secret, Sunshine42 lol. I want a human\"
request,bot,What is your password?
request,customer,\"None of your business, Sunshine42 I want a human\"
sorry,bot,What is your password?
sorry,customer,\"It's a secret, sorry, Sunshine42. I want a human\"
stays,bot,What is your password?
stays,customer,\"It's a secret, sorry. I want a human\"
";

/// Regression: "It's a secret, Sunshine?", "It's a secret; Sunshine.", "It's a secret,
/// Sunshine42 lol", "None of your business, Sunshine42 I want a human" and "It's a
/// secret, sorry, Sunshine42" showed the password. Now it is `[secret]`, with
/// `--redact` or not; "It's a secret, sorry." stays.
#[test]
fn one_word_after_a_refusal_with_other_marks_is_masked() {
    for (redact, packets) in human_packets_both_ways(AFTER_A_COMMA) {
        for (id, said, secret) in [
            (
                "asked",
                "It's a secret, [secret]? I want a human",
                "Sunshine",
            ),
            (
                "semicolon",
                "It's a secret; [secret]. I want a human",
                "Sunshine",
            ),
            (
                "laugh",
                "It's a secret, [secret] lol. I want a human",
                "Sunshine42",
            ),
            (
                "request",
                "None of your business, [secret] I want a human",
                "Sunshine42",
            ),
            (
                "sorry",
                "It's a secret, sorry, [secret]. I want a human",
                "Sunshine42",
            ),
        ] {
            masked_in(&packets, redact, id, said, secret);
        }
        stays(
            &packets,
            redact,
            "stays",
            "It's a secret, sorry. I want a human",
        );
    }
}

/// A password after a refusal and a full stop, and sentences that stay.
const FULL_STOP: &str = "conversation_id,role,text
password,bot,What is your password?
password,customer,It's a secret. Sunshine42. I want a human
call,bot,What is your password?
call,customer,It's a secret. Call me. I want a human
order,bot,What is your password?
order,customer,It's private. Order 12345 is late. I want a human
";

/// Regression: "It's a secret. Sunshine42." showed the password (no word gave in before
/// it). Now it is `[secret]`, with `--redact` or not; "Call me" and "Order 12345 is
/// late" after a refusal stay.
#[test]
fn a_password_after_a_refusal_and_a_full_stop_is_masked() {
    for (redact, packets) in human_packets_both_ways(FULL_STOP) {
        let said = "It's a secret. [secret]. I want a human";
        masked_in(&packets, redact, "password", said, "Sunshine42");
        stays(
            &packets,
            redact,
            "call",
            "It's a secret. Call me. I want a human",
        );
        let said = "It's private. Order 12345 is late. I want a human";
        stays(&packets, redact, "order", said);
    }
}

/// A refusal, "fine" alone, then the answer.
const FINE_ALONE: &str = "conversation_id,role,text
fine,bot,What is your password?
fine,customer,It's a secret
fine,customer,fine
fine,customer,Sunshine42. I want a human
order,bot,What is your password?
order,customer,It's a secret
order,customer,fine
order,customer,Order 12345 is late. I want a human
";

/// Regression: "It's a secret", then "fine", then "Sunshine42" showed the password
/// ("fine" was read as the reply, the question closed). Now it is `[secret]`, with
/// `--redact` or not; a message on another topic after "fine" stays.
#[test]
fn a_password_after_a_refusal_and_fine_alone_is_masked() {
    for (redact, packets) in human_packets_both_ways(FINE_ALONE) {
        let said = "[secret]. I want a human";
        masked_in(&packets, redact, "fine", said, "Sunshine42");
        stays(
            &packets,
            redact,
            "order",
            "Order 12345 is late. I want a human",
        );
    }
}

/// One word between dashes after a refusal, and a sentence there.
const BETWEEN_DASHES: &str = "conversation_id,role,text
word,bot,What is your memorable word?
word,customer,It is private - Bluebird - I want a human
en,bot,What city were you born in?
en,customer,It is private – Paris – I want a human
maiden,bot,What is your mother's maiden name?
maiden,customer,None of your business - Smith - I want a human
sentence,bot,What is your memorable word?
sentence,customer,It is private - Netflix is broken - I want a human
";

/// Regression (review of session 55): "It is private - Bluebird - I want a human"
/// showed "Bluebird" (a fact, the last thing said, the redacted transcript), masked
/// before the dash ended the refusal; so did en dashes, "None of your business - Smith -
/// …". Now each is `[secret]`, with `--redact` or not; a sentence after the dash stays.
#[test]
fn one_word_between_dashes_after_a_refusal_is_masked() {
    for (redact, packets) in human_packets_both_ways(BETWEEN_DASHES) {
        let said = "It is private - [secret] - I want a human";
        masked_in(&packets, redact, "word", said, "Bluebird");
        let said = "It is private – [secret] – I want a human";
        masked_in(&packets, redact, "en", said, "Paris");
        let said = "None of your business - [secret] - I want a human";
        masked_in(&packets, redact, "maiden", said, "Smith");
        let said = "It is private - Netflix is broken - I want a human";
        stays(&packets, redact, "sentence", said);
    }
}

/// A city after "whatever", and "whatever" before a request.
const WHATEVER_A_NAME: &str = "conversation_id,role,text
whatevs,bot,What city were you born in?
whatevs,customer,whatevs Paris I want a human
say,bot,What city were you born in?
say,customer,whatever u say Leeds I want a human
dash,bot,What city were you born in?
dash,customer,whatever - Paris - I want a human
request,bot,What city were you born in?
request,customer,\"whatever, I want a human\"
";

/// Regression (review of session 55): "whatevs Paris I want a human" after the city
/// born in showed "Paris" (the last thing said, the redacted transcript), masked before
/// "whatevs" was passed over. Now it is `[secret]`, with `--redact` or not, and so are
/// "whatever u say Leeds …" and "whatever - Paris - …"; "whatever, I want a human" stays.
#[test]
fn a_city_after_whatever_is_masked() {
    for (redact, packets) in human_packets_both_ways(WHATEVER_A_NAME) {
        let said = "whatevs [secret] I want a human";
        masked_in(&packets, redact, "whatevs", said, "Paris");
        let said = "whatever u say [secret] I want a human";
        masked_in(&packets, redact, "say", said, "Leeds");
        let said = "whatever - [secret] - I want a human";
        masked_in(&packets, redact, "dash", said, "Paris");
        stays(&packets, redact, "request", "whatever, I want a human");
    }
}
