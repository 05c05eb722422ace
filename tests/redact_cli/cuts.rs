//! Where `--redact` output is cut for display (evidence, a packet's summary, a coverage
//! example), in text without spaces as Chinese is written: never inside a mask.

use super::{redacted_replay, regex_rules};
use crate::common::{handoff, stdout_of, write};

/// Regression: a quote of a masked message without spaces was cut inside the word, and
/// so inside a mask when one stood at the cut: evidence and a packet's summary read
/// `…请[car…`, a coverage example (of a table, markdown or HTML report) `…查[ca…`. The
/// cut moves to before the mask.
#[test]
fn a_cut_in_text_without_spaces_leaves_a_mask_whole_or_out() {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(dir.path(), &[("subscription", "^.*subscription.*$")]);
    let card = "4111111111111111";
    // Masked, the card's `[card]` spans characters 157 to 163 of the first message
    // (evidence and summary lines are cut at 160), 277 to 283 of the second (a coverage
    // example at 280).
    let first = format!("subscription{}{card}{}", "请".repeat(145), "请".repeat(40));
    let second = format!("{}{card}{}", "查".repeat(277), "查".repeat(40));
    let transcripts = write(
        dir.path(),
        "t.csv",
        &format!(
            "conversation_id,timestamp,role,text\n\
             c1,2026-03-01T09:00:00Z,customer,{first}\n\
             c2,2026-03-01T10:00:00Z,customer,{second}\n\
             c2,2026-03-01T10:01:00Z,agent,Let me look\n"
        ),
    );
    let (replay, packet) = redacted_replay(&rules, &transcripts, &[]);
    let coverage = stdout_of(
        handoff()
            .args(["coverage", "--redact", "-f", "html", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    let outcome: serde_json::Value = serde_json::from_str(replay.lines().next().unwrap()).unwrap();
    let quote = outcome["triggers"][0]["evidence"][0]["text"]
        .as_str()
        .unwrap();
    assert_eq!(quote, format!("subscription{}…", "请".repeat(145)));
    let cut_before = format!("subscription{}…", "请".repeat(145));
    assert!(packet.contains(&cut_before[1..]), "{packet}");
    assert!(
        coverage.contains(&format!("</span>{}…</p>", "查".repeat(277))),
        "{coverage}"
    );
    for (what, text) in [
        ("replay", &replay),
        ("packet", &packet),
        ("coverage", &coverage),
    ] {
        for part in ["[c…", "[ca…", "[car…", "[card…", "4111"] {
            assert!(!text.contains(part), "{what} shows `{part}`:\n{text}");
        }
    }
}
