//! Gaps of `--redact` closed after those of `account_numbers_and_one_time_codes.rs`, end
//! to end through `replay --redact --packets`: a name given alone in reply to a question for one, streets in lower case
//! and ZIP codes after a city alone, five to seven digits after "account", and the
//! metadata keys of a file whose header row is data (mapped with `--map`).

use std::fmt::Write as _;

use super::{packet_messages, redacted_replay, regex_rules};
use crate::common::write;

/// The packets' transcripts, as a reviewer reads them: each message's role and text,
/// one a line, a blank line between packets.
fn transcripts_read(packets: &str) -> String {
    packet_messages(packets, &["role", "text"])
        .iter()
        .map(|messages| messages.join("\n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[test]
fn names_in_replies_streets_and_accounts_are_masked_in_packets_and_near_misses_shown() {
    let dir = tempfile::tempdir().unwrap();
    // A conversation escalates on its last message, "human please".
    let rules = regex_rules(dir.path(), &[("human", "human please")]);
    let conversations: [&[(&str, &str)]; 5] = [
        // A name given in reply to the bot's question for it (STAR star-6220).
        &[
            ("bot", "Who is your doctor?"),
            ("customer", "Johnson"),
            ("bot", "Dr. Johnson says: rest. Anything else?"),
            ("customer", "human please"),
        ],
        &[
            ("bot", "What's the name on the booking?"),
            ("customer", "Mary Johnson"),
            ("bot", "Can I have your last name?"),
            ("customer", "Tomorrow"),
            ("customer", "human please"),
        ],
        // Streets and postcodes; rooms, orders, times and prices are none.
        &[
            ("customer", "i live at 42 baker street, Springfield 62704"),
            ("customer", "room 42, order 12345, at 10:30 for $12.50"),
            ("customer", "human please"),
        ],
        // Account numbers however abbreviated; an amount is none.
        &[
            ("customer", "account 123456, acct 98765, a/c 1234567"),
            ("customer", "account 1234 has 12345.50 in it"),
            ("customer", "human please"),
        ],
        // A near miss of a name reply: a name to no question for one.
        &[
            ("bot", "What day would you like?"),
            ("customer", "Johnson"),
            ("customer", "human please"),
        ],
    ];
    let mut csv = String::from("conversation_id,role,text\n");
    for (i, messages) in conversations.iter().enumerate() {
        for (role, text) in *messages {
            writeln!(csv, "c{i},{role},\"{text}\"").unwrap();
        }
    }
    let transcripts = write(dir.path(), "t.csv", &csv);
    let (replay, packets) = redacted_replay(&rules, &transcripts, &[]);
    // Beside the other snapshots of the integration tests.
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!("redact_replies_streets_and_accounts_packets", transcripts_read(&packets));
    });
    for leak in ["Johnson", "baker", "62704", "123456", "98765", "1234567"] {
        assert!(!replay.contains(leak), "{leak} in {replay}");
    }
}

/// A file without a header, mapped with `--map` to its first row's cells, keyed
/// the packets' `fields` by that row's data (`"tyler_jones": "Ann Lee"`).
#[test]
fn the_metadata_keys_of_a_header_row_of_data_are_masked() {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(dir.path(), &[("human", "human")]);
    let transcripts = write(
        dir.path(),
        "headless.csv",
        "c1,customer,I want a human,Tyler Jones,tyler@example.com,07700900123\n\
         c1,customer,a human please,Tyler Jones,tyler@example.com,07700900123\n\
         c2,customer,a human now,Ann Lee,ann@example.org,07700900999\n",
    );
    let (_, packets) = redacted_replay(
        &rules,
        &transcripts,
        &[
            "--map",
            "conversation_id=c1",
            "--map",
            "role=customer",
            "--map",
            "text=I want a human",
        ],
    );
    let fields: Vec<serde_json::Value> = packets
        .lines()
        .map(|line| {
            let packet: serde_json::Value = serde_json::from_str(line).unwrap();
            packet["customer"]["fields"].clone()
        })
        .collect();
    let shown = serde_json::json!({
        "[name] [name]": "[name] [name]",
        "[email]": "[email]",
        "[phone]": "[phone]",
    });
    assert_eq!(fields, [shown.clone(), shown]);
    for leak in ["tyler", "Tyler", "Ann", "Lee", "0770"] {
        assert!(!packets.contains(leak), "{leak} in {packets}");
    }
    // Without --redact, the keys are the row's cells, normalised, as read.
    crate::common::stdout_of(
        crate::common::handoff()
            .args(["replay", "-q", "-f", "jsonl", "-r"])
            .arg(&rules)
            .args(["--map", "conversation_id=c1", "--map", "role=customer"])
            .args(["--map", "text=I want a human", "--packets"])
            .arg(dir.path().join("plain.jsonl"))
            .arg(&transcripts),
    );
    let plain = std::fs::read_to_string(dir.path().join("plain.jsonl")).unwrap();
    assert!(plain.contains(r#""tyler_jones":"Ann Lee""#), "{plain}");
}
