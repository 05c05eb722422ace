//! `handoff replay` of messages written without spaces (Chinese, Japanese, Thai, a long
//! link): phrases match inside a run of text, and a quote is cut inside a word rather
//! than dropped.

use crate::common::{handoff, stdout_of, write};

/// Regression: quotes were cut after whole words only, so a message without
/// spaces (Chinese, a long link) was quoted as a bare "…". A word too long is cut inside.
#[test]
fn a_message_without_spaces_is_quoted_cut_not_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1\n\
         signals:\n  - { id: refund, regex: ['^.*退款.*$'] }\n\
         triggers:\n  - { id: refund, when: { message: { signal: refund } } }\n\
         teams:\n  - { id: t, name: T, bridge: \"Hi.\" }\n\
         default_route: { team: t }\n",
    );
    let text = "退款".repeat(100);
    let transcripts = write(
        dir.path(),
        "t.csv",
        &format!("conversation_id,role,text\nc1,customer,{text}\n"),
    );
    let out = stdout_of(
        handoff()
            .args(["replay", "-q", "-f", "jsonl", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    let json: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    let quote = json["triggers"][0]["evidence"][0]["text"].as_str().unwrap();
    assert_eq!(quote, format!("{}…", "退款".repeat(80)));
}

/// A phrase in a script written without spaces never matched inside a message,
/// only a message of the phrase alone. Now it matches where its characters stand
/// together, and the evidence quotes them.
#[test]
fn phrases_without_spaces_match_inside_a_run_of_text() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals:\n  - { id: refund, phrases: [返金, คืนเงิน] }\ntriggers:\n  - { id: refund, when: { message: { role: customer, signal: refund } } }\nteams:\n  - { id: billing, name: Billing }\ndefault_route: { team: billing }\n",
    );
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nja,customer,注文の返金をお願いします。\nth,customer,ขอคืนเงินด้วยครับ\nno,customer,返品について\n",
    );
    let out = stdout_of(
        handoff()
            .args(["replay", "-q", "--format", "jsonl", "--rules"])
            .arg(&rules)
            .arg(&csv),
    );
    let lines = crate::common::jsonl(&out);
    assert_eq!(lines[0]["escalated"], true, "{out}");
    assert_eq!(
        lines[0]["triggers"][0]["evidence"][0]["text"], "返金",
        "{out}"
    );
    assert_eq!(lines[1]["escalated"], true, "{out}");
    assert_eq!(lines[2]["escalated"], false, "{out}");
}
