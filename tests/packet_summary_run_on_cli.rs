//! Security answers and names in `replay --packets` summaries and redacted transcripts
//! (session 52): a password typed first and run into the next clause, a refusal and a
//! word said alone before the reply (no answers).

use crate::packet_summary_chosen_cli::transcript_and_said;
use crate::packet_summary_secrets_cli::{
    RULES, human_packets_both_ways, packet_of, replay_packets,
};

/// Session 52's `/tmp/s52/sum.csv`, and a password typed first that is no common word.
const SUM: &str = "conversation_id,role,text
s1,bot,What is your secret word?
s1,customer,It is private. I want a human
s2,bot,What is your first pet's name?
s2,customer,It's Precious. I want a human
s3,bot,What is your first pet's name?
s3,customer,Look. It's huge and I want a human
s4,bot,What is your memorable word?
s4,customer,\"Now, it's 10:30 and I want a human\"
s6,bot,What is your password?
s6,customer,Sunshine I want a human
s7,bot,What is your first pet's name?
s7,customer,\"It's precious to me, I want a human\"
s8,bot,What is your password?
s8,customer,Tiger123 please connect me. I want a human
s9,bot,What is your password?
s9,customer,Honestly I don't know. I want a human
r1,bot,What is your password?
r1,customer,It is private.
r1,customer,Sunshine
r1,customer,I want a human
";

/// Regression: s6's "Sunshine" showed in the summary's goal and last thing said; s1's
/// "private" and s3's "Look" were masked as answers. Now the password is `[secret]`
/// wherever it shows, with `--redact` or not, and the refusal, the word said alone and
/// a hedge typed first stay; a pet's name after "It's" stays masked (s2, s7).
#[test]
fn a_password_run_on_is_masked_and_a_refusal_stays() {
    for (redact, packets) in human_packets_both_ways(SUM) {
        for (id, said) in [
            ("s1", "It is private. I want a human"),
            ("s2", "It's [secret]. I want a human"),
            ("s3", "Look. It's huge and I want a human"),
            ("s4", "Now, it's 10:30 and I want a human"),
            ("s6", "[secret] I want a human"),
            ("s7", "It's [secret], I want a human"),
            ("s8", "[secret] please connect me. I want a human"),
            ("s9", "Honestly I don't know. I want a human"),
        ] {
            let (transcript, last) = transcript_and_said(&packets, id);
            assert_eq!(last, said, "{redact:?} {id}");
            if !redact.is_empty() {
                assert!(transcript.contains(said), "{id}: {transcript}");
            }
        }
        // After a refusal alone the question stays open: the next message answers it.
        let r1 = packet_of(&packets, "r1");
        let shown = if redact.is_empty() {
            r1["summary"].to_string()
        } else {
            r1.to_string()
        };
        assert!(!shown.contains("Sunshine"), "{shown}");
        if !redact.is_empty() {
            assert!(shown.contains("\"It is private.\""), "{shown}");
            assert!(shown.contains("\"[secret]\""), "{shown}");
        }
        let goal = |id: &str| packet_of(&packets, id)["summary"]["goal"].to_string();
        assert_eq!(goal("s6"), "\"[secret] I want a human\"", "{redact:?}");
        assert_eq!(goal("s3"), "\"It's huge and I want a human\"", "{redact:?}");
        // The transcript shows the text as written but under `--redact`.
        for id in ["s6", "s8"] {
            let packet = packet_of(&packets, id);
            let shown = if redact.is_empty() {
                packet["summary"].to_string()
            } else {
                packet.to_string()
            };
            assert!(!shown.contains("Sunshine"), "{shown}");
            assert!(!shown.contains("Tiger123"), "{shown}");
        }
    }
}

/// Session 52's s5 and STAR's places: a middle initial inside a name, a known place
/// after it, a known place alone, a security answer that is a place said again.
const NAMES: &str = "conversation_id,role,text
s5,customer,\"My parcel is lost, I want a human. Thanks, John A. Smith Paris\"
fly,customer,I fly from Detroit to New York with Charlotte. I want a human
born,bot,What city were you born in?
born,customer,Boston
born,bot,Thanks. How can I help?
born,customer,I need to cancel my Boston trip. I want a human
";

/// Regression: s5 gave the name facts "John" and "Smith Paris", and "Detroit" was a
/// name fact. Now "John A. Smith" is one name, "Detroit" and "New York" are `place`
/// facts ("Charlotte", a given name, stays a name), and a city given as a security
/// answer is no fact when said again; under `--redact` names are dropped as before and
/// the places listed as their text reads.
#[test]
fn a_middle_initial_joins_the_name_and_a_known_place_is_a_place() {
    let rules = RULES.replace("get me a person", "I want a human");
    let facts = |packets: &[serde_json::Value], id: &str| {
        let list = packet_of(packets, id)["summary"]["facts"].clone();
        (list.as_array().cloned().unwrap_or_default().iter())
            .map(|f| format!("{}:{}", f["kind"].as_str().unwrap_or(""), f["text"]))
            .collect::<Vec<String>>()
    };
    let packets = replay_packets(&rules, NAMES, &[]);
    assert_eq!(facts(&packets, "s5"), ["name:\"John A. Smith\""]);
    assert_eq!(
        facts(&packets, "fly"),
        [
            "place:\"Detroit\"",
            "place:\"New York\"",
            "name:\"Charlotte\""
        ]
    );
    assert!(facts(&packets, "born").is_empty());
    let packets = replay_packets(&rules, NAMES, &["--redact"]);
    assert!(facts(&packets, "s5").is_empty());
    assert_eq!(
        facts(&packets, "fly"),
        ["place:\"Detroit\"", "place:\"New York\""]
    );
    let born = packet_of(&packets, "born").to_string();
    assert!(!born.contains("Boston"), "{born}");
}

/// Session 52's second review: a word of chat typed first, a thing said to be down, a
/// reaction after a refusal, a password of "-ly".
const REVIEWED: &str = "conversation_id,role,text
c1,bot,What is your password?
c1,customer,Lmao I want a human
c2,bot,What is your password?
c2,customer,\"Website is down, I want a human\"
c3,bot,What is your password?
c3,customer,It is private.
c3,customer,Escalate
c3,customer,I want a human
c4,bot,What is your password?
c4,customer,Heavenly I want a human
c5,bot,What is your password?
c5,customer,It is private.
c5,customer,Marmalade
c5,customer,I want a human
c6,bot,What is your password? You can also type 'help'.
c6,customer,Marmalade
c6,customer,I want a human
c7,bot,What is your passcode?
c7,customer,Marmalade I want a human
c8,bot,What is your password? Tip: it is case sensitive.
c8,customer,Marmalade
c8,customer,I want a human
c9,bot,Thanks! What is your password? Let me know.
c9,customer,Marmalade
c9,customer,I want a human
";

/// Regression: c1 read "[secret] I want a human", c2 "[secret] is down", c3's
/// "Escalate" was masked, c4's "Heavenly" shown. Now only the passwords are masked (c4,
/// c5's "Marmalade" after the refusal), with `--redact` or not.
#[test]
fn a_word_of_chat_or_a_reaction_is_no_password() {
    for (redact, packets) in human_packets_both_ways(REVIEWED) {
        for (id, said) in [
            ("c1", "Lmao I want a human"),
            ("c2", "Website is down, I want a human"),
            ("c4", "[secret] I want a human"),
        ] {
            let (_, last) = transcript_and_said(&packets, id);
            assert_eq!(last, said, "{redact:?} {id}");
        }
        let shown = |id: &str| {
            let packet = packet_of(&packets, id);
            if redact.is_empty() {
                packet["summary"].to_string()
            } else {
                packet.to_string()
            }
        };
        assert!(!shown("c4").contains("Heavenly"), "{}", shown("c4"));
        // A hint after the question (c6), a passcode asked (c7) and a short aside
        // after the question (c8, c9) leave the password asked: a review found
        // "Marmalade" shown under `--redact`.
        for id in ["c5", "c6", "c7", "c8", "c9"] {
            assert!(!shown(id).contains("Marmalade"), "{id}: {}", shown(id));
        }
        if !redact.is_empty() {
            let (transcript, _) = transcript_and_said(&packets, "c3");
            assert!(transcript.contains("Escalate"), "{transcript}");
            assert!(!transcript.contains("[secret]"), "{transcript}");
        }
    }
}

/// Session 52's second review: given names that are places too, and where a place is
/// meant.
const PEOPLE: &str = "conversation_id,role,text
p4,customer,\"Hi, this is Austin. My order is late. I want a human.\"
p5,customer,I live in Austin and my order is late. I want a human.
p8,customer,\"Thanks, Chad. My order is late. I want a human.\"
p10,customer,My son Jordan needs a new ticket. I want a human.
p12,customer,I spoke to Georgia yesterday about my refund. I want a human.
p17,customer,My wife Georgia booked it. I want a human.
p18,customer,The hotel is in New York and my booking vanished. I want a human.
";

/// Regression: p4, p8, p10, p12 and p17 gave `place` facts for the people they name.
/// A person cue before a place (an introduction, a relation word, spoken to, a given
/// name thanked) makes it a `name`; a given name is a place only after a place cue
/// (p5's "in Austin"), and a place without a person cue stays one (p18).
#[test]
fn a_given_name_said_of_a_person_is_no_place() {
    let rules = RULES.replace("get me a person", "I want a human");
    let packets = replay_packets(&rules, PEOPLE, &[]);
    let facts = |id: &str| packet_of(&packets, id)["summary"]["facts"].to_string();
    for (id, fact) in [
        ("p4", r#"{"kind":"name","text":"Austin""#),
        ("p8", r#"{"kind":"name","text":"Chad""#),
        ("p10", r#"{"kind":"name","text":"Jordan""#),
        ("p12", r#"{"kind":"name","text":"Georgia""#),
        ("p17", r#"{"kind":"name","text":"Georgia""#),
        ("p5", r#"{"kind":"place","text":"Austin""#),
        ("p18", r#"{"kind":"place","text":"New York""#),
    ] {
        assert!(facts(id).contains(fact), "{id}: {}", facts(id));
    }
}
