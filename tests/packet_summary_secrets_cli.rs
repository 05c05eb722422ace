//! Security answers in `replay --packets` summaries that still showed (session 47): a
//! password given in reply or announced unasked, a letters-only code, an answer said
//! again, a code sent by text typed apart; and facts a hold-on no longer takes; and
//! session 48's, typed on without a mark, in groups, chained, sent and asked for. Each
//! packet's summary is read whole, its text searched for the secret.

use crate::common::{packets_jsonl, write};

/// The packet of conversation `id` among `packets`.
pub(crate) fn packet_of<'a>(packets: &'a [serde_json::Value], id: &str) -> &'a serde_json::Value {
    (packets.iter())
        .find(|p| p["conversation_id"] == id)
        .unwrap_or_else(|| panic!("no packet for {id}"))
}

/// The packets `replay -q` (with `flags`) writes for `chats` under `rules`.
pub(crate) fn replay_packets(rules: &str, chats: &str, flags: &[&str]) -> Vec<serde_json::Value> {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", rules);
    let input = write(dir.path(), "t.csv", chats);
    let mut args = vec!["-q", "--rules", rules.to_str().unwrap()];
    args.extend_from_slice(flags);
    args.push(input.to_str().unwrap());
    packets_jsonl(&args).0
}

/// The packets of `chats` under [`RULES`] escalating at "I want a human", replayed
/// without `--redact` and with it: each run's flags and its packets (what the summary
/// hides must be hidden either way).
pub(crate) fn human_packets_both_ways(
    chats: &str,
) -> [(&'static [&'static str], Vec<serde_json::Value>); 2] {
    let rules = RULES.replace("get me a person", "I want a human");
    [&[][..], &["--redact"][..]].map(|flags| (flags, replay_packets(&rules, chats, flags)))
}

/// Escalates at the customer's "get me a person", the last message of each chat.
pub(crate) const RULES: &str = "version: 1\ntriggers:\n  - { id: asked, when: { message: { role: customer, phrases: [get me a person] } } }\nteams:\n  - { id: support, name: Support, bridge: 'Hi.' }\ndefault_route: { team: support }\n";

const CHATS: &str = "conversation_id,role,text
password,customer,I can't log in to my account
password,bot,What is your password?
password,customer,Seahorse42. Get me a person
announced,customer,my new password will be Paris2024! Get me a person
code-word,customer,I can't log in
code-word,bot,\"To verify you, tell me your secret code\"
code-word,customer,Bluebird. Get me a person
again,customer,I need to reset my online banking access
again,bot,What is your mother's maiden name?
again,customer,Snowball
again,bot,Sorry that does not match.
again,customer,\"I told you, Snowball. Get me a person\"
pin-again,customer,I want to check my balance
pin-again,bot,Please enter your PIN
pin-again,customer,4 8 2 1
pin-again,bot,Sorry that did not work.
pin-again,customer,ok 4 8 2 1 didn't work. Get me a person
texted,customer,I can't log in
texted,bot,Please enter the code we sent to your phone
texted,customer,552-190 get me a person
hold-on,customer,I need to change my trip
hold-on,bot,What is your mother's maiden name?
hold-on,customer,one sec
hold-on,customer,order 55123
hold-on,customer,Get me a person
";

/// Regression: each chat's secret showed in its packet's summary (the last message, the
/// bullets, a fact); now none does, and the hold-on chat keeps its order.
#[test]
fn no_secret_shows_in_a_packet_summary() {
    let packets = replay_packets(RULES, CHATS, &[]);
    assert_eq!(packets.len(), 7, "every chat escalates");
    let summary = |id: &str| {
        let p = packet_of(&packets, id);
        p["summary"].to_string()
    };
    for (id, secret) in [
        ("password", "Seahorse42"),
        ("announced", "Paris2024"),
        ("code-word", "Bluebird"),
        ("again", "Snowball"),
        ("pin-again", "4 8 2 1"),
        ("texted", "552-190"),
    ] {
        let s = summary(id);
        assert!(!s.contains(secret), "{id}: {s}");
        assert!(s.contains("[secret]"), "{id}: {s}");
    }
    let s = summary("hold-on");
    assert!(s.contains("order 55123"), "{s}");
    assert!(!s.contains("[secret]"), "{s}");
}

/// Session 48's leaks: a password typed before the reply goes on, two passwords in one
/// reply, a code typed in groups, a password chained after one announced, a code asked
/// for after the bot told it sent one.
const TYPED_ON: &str = "conversation_id,role,text
typed-on,bot,What is your password?
typed-on,customer,Seahorse I want a human. Get me a person
two,bot,What is your password?
two,customer,Seahorse42 Seahorse43 neither works. Get me a person
groups,bot,Please enter the code we texted you.
groups,customer,A7K 9Q2 get me a person
chained,customer,\"I updated my password to Paris2024, then Paris2025. Get me a person\"
sent,bot,Enter the verification code sent to your email
sent,customer,Y7Q2ZK get me a person
told,bot,We just texted you a code. What is it?
told,customer,552190 get me a person
promo,bot,Use code SUMMER10 for 10% off. Anything else?
promo,customer,SUMMER10 did not work. Get me a person
";

/// Regression: each chat's secret showed in its packet's summary (the goal, the last
/// message, the bullets, a fact); now none does, with `--redact` too (the chained
/// password showed after the mask of the first), and a promotion's code stays.
#[test]
fn no_secret_typed_on_shows_in_a_packet_summary() {
    for redact in [&[][..], &["--redact"]] {
        let packets = replay_packets(RULES, TYPED_ON, redact);
        assert_eq!(packets.len(), 7, "every chat escalates");
        let summary = |id: &str| {
            let p = packet_of(&packets, id);
            p["summary"].to_string()
        };
        for (id, secrets) in [
            ("typed-on", &["Seahorse"][..]),
            ("two", &["Seahorse42", "Seahorse43"]),
            ("groups", &["A7K", "9Q2"]),
            ("chained", &["Paris2024", "Paris2025"]),
            ("sent", &["Y7Q2ZK"]),
            ("told", &["552190"]),
        ] {
            let s = summary(id);
            for secret in secrets {
                assert!(!s.contains(secret), "{redact:?} {id}: {s}");
            }
            assert!(s.contains("[secret]"), "{redact:?} {id}: {s}");
        }
        let s = summary("promo");
        assert!(s.contains("SUMMER10"), "{redact:?} {s}");
        assert!(!s.contains("[secret]"), "{redact:?} {s}");
    }
}

/// Session 48's secrets the summary kept out but redaction did not know: each chat ends
/// with the customer's "I want a human".
const SHOWN_IN_TRANSCRIPT: &str = "conversation_id,role,text
typed-on,bot,What is your password?
typed-on,customer,Seahorse I want a human
two,bot,What is your password?
two,customer,Seahorse42 Seahorse43 neither works
two,customer,I want a human
groups,bot,Please enter the code we sent to your phone
groups,customer,A7K 9Q2
groups,customer,I want a human
chained,customer,\"I updated my password to Paris2024, then Paris2025\"
chained,customer,I want a human
sent,bot,Enter the verification code sent to your email
sent,customer,Y7Q2ZK
sent,customer,I want a human
again,bot,What is your password?
again,customer,Seahorse
again,bot,Sorry that does not match.
again,customer,\"I told you, Seahorse\"
again,customer,I want a human
promo,bot,Use code SUMMER10 for 10% off. Anything else?
promo,customer,3pm 4pm
promo,customer,I want a human
";

/// Regression: under `--redact`, the packet's summary said `[secret]` where its
/// transcript showed the password, the code, the chained password; now neither shows
/// one, and a promotion's code and times stay in both.
#[test]
fn no_secret_shows_in_a_redacted_packets_transcript() {
    let rules = RULES.replace("get me a person", "I want a human");
    let packets = replay_packets(&rules, SHOWN_IN_TRANSCRIPT, &["--redact"]);
    assert_eq!(packets.len(), 7, "every chat escalates");
    let packet = |id: &str| {
        let p = packet_of(&packets, id);
        (p["transcript"].to_string(), p["summary"].to_string())
    };
    for (id, secrets) in [
        ("typed-on", &["Seahorse"][..]),
        ("two", &["Seahorse42", "Seahorse43"]),
        ("groups", &["A7K", "9Q2"]),
        ("chained", &["Paris2024", "Paris2025"]),
        ("sent", &["Y7Q2ZK"]),
        ("again", &["Seahorse"]),
    ] {
        let (transcript, summary) = packet(id);
        for secret in secrets {
            assert!(!transcript.contains(secret), "{id}: {transcript}");
            assert!(!summary.contains(secret), "{id}: {summary}");
        }
        assert!(transcript.contains("[secret]"), "{id}: {transcript}");
    }
    let (transcript, _) = packet("promo");
    assert!(transcript.contains("SUMMER10"), "{transcript}");
    assert!(transcript.contains("3pm 4pm"), "{transcript}");
    assert!(!transcript.contains("[secret]"), "{transcript}");
}

/// Session 50's leaks (`/tmp/s50/a.csv`'s c2 to c5 and their kin), each chat ending with
/// the customer's "I want a human", and the replies that stay: a given name typed before
/// the reply goes on, "Oh just try" before a pet's name, the customer's name given when
/// the bot asked for it beside the password; a pet's name that is an English word
/// ("Buddy") typed before the reply goes on or said in a later sentence ("It's Buddy"),
/// an answer said after a first clause that gives none ("Agent please. It is
/// Seahorse."), and a greeting there ("Hello") and a request for a person ("Talk to
/// agent") that stay.
const STILL_SHOWN: &str = "conversation_id,role,text
pet,bot,What is your pet's name?
pet,customer,Fluffy I want a human
words,bot,What is your password?
words,customer,Brian White Seahorse
words,customer,I want a human
later,bot,What is your password?
later,customer,I want a human. It is Seahorse
typo,customer,my pasword is Blue-bird
typo,customer,I want a human
letters,bot,What is the code we sent you?
letters,customer,ABC 123
letters,customer,I want a human
given,bot,What is your password?
given,customer,Mohammed I want a human
try,bot,What was the name of your first pet?
try,customer,Oh just try Molly. Does it work?
try,customer,I want a human
both,bot,Could I get your name and password please?
both,customer,John Smith
both,customer,I want a human
beside,bot,Could I get your name and password please?
beside,customer,\"John Smith, Seahorse42\"
beside,customer,I want a human
buddy,bot,What was the name of your first pet?
buddy,customer,Buddy I want a human
hello,bot,What is your pet's name?
hello,customer,Hello I want a human
itsbuddy,bot,What is your pet's name?
itsbuddy,customer,I want a human. It's Buddy
declined,bot,What is your pet's name?
declined,customer,Agent please. It is Seahorse.
declined,customer,I want a human
talk,bot,What is your pet's name?
talk,customer,Talk to agent
talk,customer,I want a human
";

/// Regression: each chat's secret showed in its packet's summary (the goal, the last
/// thing said, a name fact) or, under `--redact`, in its transcript; now neither shows
/// one, with `--redact` or without. A given name before the reply goes on stays in
/// both, and so do the words before a pet's name ("Oh just try [secret]") and the name
/// asked beside the password (a fact).
#[test]
fn no_secret_still_shown_in_a_packet() {
    for (redact, packets) in human_packets_both_ways(STILL_SHOWN) {
        assert_eq!(packets.len(), 14, "every chat escalates");
        let packet = |id: &str| {
            let p = packet_of(&packets, id);
            (p["transcript"].to_string(), p["summary"].to_string())
        };
        for (id, secrets) in [
            ("pet", &["Fluffy"][..]),
            ("words", &["Brian", "White", "Seahorse"]),
            ("later", &["Seahorse"]),
            ("typo", &["Blue-bird"]),
            ("letters", &["ABC", "123"]),
            ("try", &["Molly"]),
            ("beside", &["Seahorse42"]),
            ("buddy", &["Buddy"]),
            ("itsbuddy", &["Buddy"]),
            ("declined", &["Seahorse"]),
        ] {
            let (transcript, summary) = packet(id);
            for secret in secrets {
                assert!(!summary.contains(secret), "{redact:?} {id}: {summary}");
                if !redact.is_empty() {
                    assert!(!transcript.contains(secret), "{id}: {transcript}");
                }
            }
        }
        let (transcript, summary) = packet("given");
        assert!(
            summary.contains("Mohammed I want a human"),
            "{redact:?} {summary}"
        );
        assert!(!transcript.contains("[secret]"), "{redact:?} {transcript}");
        // A pet's name that is an English word is one; a greeting before the reply
        // goes on is none.
        let (transcript, summary) = packet("hello");
        assert!(
            summary.contains("Hello I want a human"),
            "{redact:?} {summary}"
        );
        assert!(!transcript.contains("[secret]"), "{redact:?} {transcript}");
        let (transcript, _) = packet("talk");
        assert!(
            transcript.contains("\"Talk to agent\""),
            "{redact:?} {transcript}"
        );
        let (transcript, summary) = packet("buddy");
        assert!(
            summary.contains("[secret] I want a human"),
            "{redact:?} {summary}"
        );
        if !redact.is_empty() {
            assert!(
                transcript.contains("[secret] I want a human"),
                "{transcript}"
            );
        }
        let (transcript, _) = packet("try");
        if !redact.is_empty() {
            assert!(transcript.contains("Oh just try [secret]."), "{transcript}");
        }
        let (transcript, summary) = packet("both");
        assert!(!transcript.contains("[secret]"), "{redact:?} {transcript}");
        if redact.is_empty() {
            assert!(summary.contains("Facts: John Smith."), "{summary}");
            let (_, summary) = packet("beside");
            assert!(summary.contains("Facts: John Smith."), "{summary}");
        }
    }
}
