//! Security answers given in that still showed after session 55, in `replay --packets`
//! summaries and redacted transcripts (session 56): a dash after words that give in, a
//! password with a request or other marks after a refusal, one word and a laugh after a
//! semicolon, "whatevs" and a city after a refusal alone; and a thing's name typed first
//! that was masked ("iPhone"). Each chat is replayed without `--redact` and
//! with it.

use crate::packet_summary_given_in_again_cli::stays;
use crate::packet_summary_given_in_cli::masked_in;
use crate::packet_summary_secrets_cli::human_packets_both_ways;

/// Each leak, its reply as the summary shows it, and the answer hidden.
const LEAKS: &[(&str, &str, &str, &str)] = &[
    (
        "dash",
        "What is your password?",
        "It is private - fine - Sunshine42 I want a human",
        "It is private - fine - [secret] I want a human",
    ),
    (
        "em",
        "What is your PIN?",
        "It is private — fine — 4821. I want a human",
        "It is private — fine — [secret]. I want a human",
    ),
    (
        "request",
        "What is your password?",
        "It's a secret. Sunshine42 I want a human",
        "It's a secret. [secret] I want a human",
    ),
    (
        "ellipsis",
        "What is your password?",
        "It's a secret… Sunshine42. I want a human",
        "It's a secret… [secret]. I want a human",
    ),
    (
        "asked",
        "What is your password?",
        "It's a secret? Sunshine42. I want a human",
        "It's a secret? [secret]. I want a human",
    ),
    (
        "semicolon",
        "What is your memorable word?",
        "It's a secret; Bluebird lol I want a human",
        "It's a secret; [secret] lol I want a human",
    ),
];

/// The CSV of `rows` (id, the bot's question, the customer's reply).
fn chats(rows: &[(&str, &str, &str)]) -> String {
    let lines = rows
        .iter()
        .map(|(id, asked, reply)| format!("{id},bot,\"{asked}\"\n{id},customer,\"{reply}\"\n"));
    std::iter::once("conversation_id,role,text\n".to_owned())
        .chain(lines)
        .collect()
}

/// Regression: each reply of [`LEAKS`] showed its answer (the last thing said, a fact,
/// the redacted transcript). Now it is `[secret]`, with `--redact` or not.
#[test]
fn answers_given_in_after_a_refusal_are_masked() {
    let rows: Vec<(&str, &str, &str)> = LEAKS.iter().map(|&(i, a, r, _)| (i, a, r)).collect();
    for (redact, packets) in human_packets_both_ways(&chats(&rows)) {
        for &(id, asked, _, said) in LEAKS {
            let secret = if asked.contains("PIN") {
                "4821"
            } else if id == "semicolon" {
                "Bluebird"
            } else {
                "Sunshine42"
            };
            masked_in(&packets, redact, id, said, secret);
        }
    }
}

/// A city given in after a refusal alone.
const CITY: &str = "conversation_id,role,text
city,bot,What city were you born in?
city,customer,It is private
city,customer,whatevs Paris I want a human
direct,bot,What city were you born in?
direct,customer,\"whatever, London I want a human\"
request,bot,What city were you born in?
request,customer,It is private
request,customer,\"whatever, I want a human\"
";

/// Regression: "It is private" then "whatevs Paris I want a human" showed "Paris" (the
/// question closed after the refusal). Now it is `[secret]`, with `--redact` or not, as
/// the direct reply "whatever, London …" is; a request after "whatever" stays.
#[test]
fn a_city_given_in_after_a_refusal_alone_is_masked() {
    for (redact, packets) in human_packets_both_ways(CITY) {
        masked_in(
            &packets,
            redact,
            "city",
            "whatevs [secret] I want a human",
            "Paris",
        );
        let said = "whatever, [secret] I want a human";
        masked_in(&packets, redact, "direct", said, "London");
        stays(&packets, redact, "request", "whatever, I want a human");
    }
}

/// Replies a thing's name was masked in, and ordinary replies that stay.
const STAYS: &[(&str, &str, &str)] = &[
    (
        "iphone",
        "What is your password?",
        "whatever u say, iPhone please fix it. I want a human",
    ),
    (
        "crashing",
        "What is your password?",
        "It's private. Windows10 keeps crashing. I want a human",
    ),
    (
        "thanks",
        "What is your password?",
        "It's a secret. Thanks. I want a human",
    ),
    (
        "sorry",
        "What is your password?",
        "It's a secret, sorry. I want a human",
    ),
    (
        "works",
        "What is your password?",
        "whatever works. I want a human",
    ),
    (
        "unasked",
        "How can I help?",
        "whatever, Order 12345 is late. I want a human",
    ),
];

/// Regression: "whatever u say, iPhone please fix it" masked the thing's name as the
/// password. Now it stays, with `--redact` or not, as do the ordinary replies.
#[test]
fn things_names_and_ordinary_replies_stay() {
    for (redact, packets) in human_packets_both_ways(&chats(STAYS)) {
        for &(id, _, reply) in STAYS {
            stays(&packets, redact, id, reply);
        }
    }
}
