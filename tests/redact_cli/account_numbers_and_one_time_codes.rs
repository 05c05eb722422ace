//! The gaps of `--redact` left "needing a decision", decided, end to end through `replay
//! --redact --packets`: account, sort-code and routing numbers, street addresses and postcodes,
//! other people's names and sign-offs, long one-time codes, a year said near a PIN's
//! word; each masked in the outcomes and the packets, and its near miss shown.

use super::{redacted_replay, regex_rules, transcript_texts};
use crate::common::write;

#[test]
fn the_decided_gaps_are_masked_and_their_near_misses_shown() {
    let dir = tempfile::tempdir().unwrap();
    // Every message escalates at once: each conversation's packet is its one message.
    let rules = regex_rules(
        dir.path(),
        &[(
            "any",
            "account|routing|order|ship|Springfield|waited|call me|ask for|Thanks|code|pin",
        )],
    );
    let rows = [
        // Account numbers, sort codes, IBANs; an order number is no account.
        (
            "my account number is 84318931431 and sort code 20-00-00",
            "my account number is [account] and sort code [account]",
        ),
        (
            "routing number 021000021, IBAN GB29 NWBK 6016 1331 9268 19",
            "routing number [account], IBAN [iban]",
        ),
        (
            "order number 84318931431 and booking ref 12345678",
            "order number 84318931431 and booking ref 12345678",
        ),
        // Street addresses and postcodes; a duration or an order is neither.
        (
            "ship it to 221B Baker Street, London SW1A 1AA",
            "ship it to [address], London [postcode]",
        ),
        (
            "I'm in Springfield, IL 62704",
            "I'm in Springfield, IL [postcode]",
        ),
        (
            "I waited 2 hours on the way, order 62704",
            "I waited 2 hours on the way, order 62704",
        ),
        // Names signed or asked for; a brand after thanks is none.
        (
            "Please call me back.\n- Dave",
            "Please call me back.\n- [name]",
        ),
        ("ask for Priya", "ask for [name]"),
        ("Thanks, Amazon", "Thanks, Amazon"),
        // One-time codes; an order number is none.
        ("your code is 482910573", "your code is [secret]"),
        ("my order 482910573 is late", "my order 482910573 is late"),
        // "since 2019" after "pin" is no PIN; "my pin is 2019" is one.
        (
            "I've had this pin since 2019",
            "I've had this pin since 2019",
        ),
        ("my pin is 2019", "my pin is [secret]"),
    ];
    let csv: String = std::iter::once("conversation_id,role,text\n".to_owned())
        .chain(
            rows.iter()
                .enumerate()
                .map(|(i, (text, _))| format!("c{i:02},customer,\"{text}\"\n")),
        )
        .collect();
    let transcripts = write(dir.path(), "t.csv", &csv);
    let (replay, packets) = redacted_replay(&rules, &transcripts, &[]);
    let expected: Vec<&str> = rows.iter().map(|&(_, masked)| masked).collect();
    assert_eq!(transcript_texts(&packets), expected);
    for leak in [
        "021000021",
        "20-00-00",
        "Baker",
        "SW1A",
        "Dave",
        "Priya",
        "code is 482910573",
        "is 2019",
    ] {
        assert!(!packets.contains(leak), "{leak} in {packets}");
    }
    for leak in ["Baker Street", "Dave", "Priya", "your code is 482910573"] {
        assert!(!replay.contains(leak), "{leak} in {replay}");
    }
}
