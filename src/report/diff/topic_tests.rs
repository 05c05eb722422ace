//! `diff`'s Markdown and JSON name the signals whose packets' topic changed (they were on
//! stderr only, so a pull-request comment never showed them).

use super::*;
use crate::diff::TopicChange;

fn flips() -> Vec<TopicChange> {
    vec![
        TopicChange {
            signal: "leaving".to_owned(),
            base: Some(false),
            head: Some(true),
        },
        TopicChange {
            signal: "refund".to_owned(),
            base: Some(true),
            head: None,
        },
    ]
}

fn render(format: DiffFormat, topic_changes: &[TopicChange]) -> String {
    let mut report = DiffReport::default();
    report.finish();
    let output = DiffOutput {
        report: &report,
        base: "old",
        head: "new",
        examples: 3,
        width: None,
        failed_gates: &[],
        topic_changes,
    };
    let mut out = Vec::new();
    output.write(format, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// No conversation changes, and the comment still says which topics did.
#[test]
fn markdown_names_topic_changes_even_when_no_outcome_changes() {
    let md = render(DiffFormat::Markdown, &flips());
    assert_eq!(
        md,
        "### handoff diff: 0 of 0 conversations change from old to new\n\n\
         **Packet topics** (no outcome shows them; `diff` compares outcomes, not packets):\n\n\
         - signal `leaving` is no topic of packets' summaries with the base rules and a topic \
         with the head rules; packets that match it also list it\n\
         - signal `refund`, a topic of packets' summaries, is gone from the head rules; \
         packets that matched it no longer list it\n\n\
         No conversation changes outcome.\n"
    );
    let plain = render(DiffFormat::Markdown, &[]);
    assert!(!plain.contains("Packet topics"), "{plain}");
}

#[test]
fn json_lists_topic_changes_after_the_counts() {
    let json: serde_json::Value =
        serde_json::from_str(&render(DiffFormat::Json, &flips())).unwrap();
    assert_eq!(
        json["topic_changes"],
        serde_json::json!([
            {"signal": "leaving", "base": false, "head": true},
            {"signal": "refund", "base": true, "head": null},
        ])
    );
    let json: serde_json::Value = serde_json::from_str(&render(DiffFormat::Json, &[])).unwrap();
    assert_eq!(json["topic_changes"], serde_json::json!([]));
}
