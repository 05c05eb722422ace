//! `handoff explain` from the outside: snapshots of several fixture conversations (text
//! and Markdown), JSON, and which trigger trees and notes are shown. Markdown escapes:
//! `explain_markdown_cli.rs`; `--say`: `explain_say_cli.rs`; `-c` ids: `explain_ids_cli.rs`.

use predicates::str::contains;

use crate::common::{handoff, stdout_of, write};

#[test]
fn explain_snapshots() {
    for id in [
        "c01-enterprise-discount",
        "c09-not-frustrated",
        "c11-person-after-integration",
        "c12-bot-fallbacks",
        "c18-agent-already-joined",
    ] {
        let text = stdout_of(handoff().args(["explain", "--conversation", id]));
        insta::assert_snapshot!(format!("explain_{id}"), text);
    }
}

/// `explain` had no Markdown output, which `diff` and `coverage` give for a
/// pull-request comment. A conversation with a human takeover, and one that does not
/// escalate.
#[test]
fn markdown_snapshots() {
    for id in ["c18-agent-already-joined", "c09-not-frustrated"] {
        let text = stdout_of(handoff().args(["explain", "-c", id, "--format", "markdown"]));
        insta::assert_snapshot!(format!("explain_markdown_{id}"), text);
    }
    // `md`, as people write it.
    let md = stdout_of(handoff().args(["explain", "-c", "c09-not-frustrated", "-f", "md"]));
    assert!(
        md.starts_with("### handoff explain: `c09-not-frustrated`"),
        "{md}"
    );
}

#[test]
fn json_is_the_trace() {
    let text =
        stdout_of(handoff().args(["explain", "-c", "c22-hot-lead-loop", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    // The one JSON document without a version; first, as in the others.
    assert!(text.starts_with("{\n  \"version\": 1,\n"), "{text}");
    assert_eq!(v["conversation_id"], "c22-hot-lead-loop");
    assert_eq!(v["steps"].as_array().unwrap().len(), 4);
    let chosen: Vec<&serde_json::Value> = v["routes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["chosen"] == true)
        .collect();
    assert_eq!(chosen[0]["id"], "enterprise-lead");
    assert_eq!(v["outcome"]["team"], "senior-ae");
}

/// A one-message conversation was "(1 messages)" in `explain` and in the replay
/// summary.
#[test]
fn one_message_is_singular() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "one.csv",
        "conversation_id,timestamp,role,text\nc1,1,customer,hi\n",
    );
    let text = stdout_of(handoff().args(["explain", "-c", "c1"]).arg(&path));
    assert!(text.starts_with("conversation c1 (1 message)\n"), "{text}");
    handoff()
        .args(["replay", "-f", "jsonl"])
        .arg(&path)
        .assert()
        .success()
        .stderr(contains("replayed 1 conversation (1 message) from 1 file"));
}

/// The bridge greeted "García López, María" as "Hi García" and "J. Smith" as
/// "Hi J"; the starter's bridges fall back to "there" where there is no first name.
#[test]
fn the_bridge_greets_by_the_given_name_or_none() {
    for (name, greeting) in [
        ("García López, María", "Hi María,"),
        ("van der Berg, Anna", "Hi Anna,"),
        ("Smith Jr., John", "Hi John,"),
        ("J. Smith", "Hi there,"),
        ("Mr. Rahman", "Hi there,"),
    ] {
        let text = stdout_of(handoff().args([
            "explain",
            "--say",
            "customer: can I get a discount?",
            "--meta",
            "tier=enterprise",
            "--meta",
            &format!("name={name}"),
            "--format",
            "json",
        ]));
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let bridge = v["outcome"]["bridge_message"].as_str().unwrap_or_default();
        assert!(bridge.starts_with(greeting), "{name}: {bridge}");
    }
}

/// A 26-message conversation explained in 508 lines, most of them every trigger
/// failing on a bot's message; `--message N` keeps message N's trigger trees only, in
/// every format, and says when N is not a message or comes after the escalation point.
#[test]
fn message_keeps_the_trigger_trees_of_one_message() {
    let explain = |extra: &[&str]| {
        handoff()
            .args(["explain", "-c", "c01-enterprise-discount"])
            .args(extra)
            .output()
            .unwrap()
    };
    let text = String::from_utf8(explain(&["--message", "3"]).stdout).unwrap();
    assert!(text.contains("── message 1 · customer"), "{text}");
    assert!(
        text.contains("── message 2 · bot"),
        "every message's text stays"
    );
    assert!(!text.contains("message 2 is from bot"), "{text}");
    assert!(text.contains("✓ pricing-negotiation"), "{text}");
    assert!(text.contains("▶ escalates after message 3"), "{text}");

    let json: serde_json::Value =
        serde_json::from_slice(&explain(&["--message", "3", "-f", "json"]).stdout).unwrap();
    let trees: Vec<usize> = json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["triggers"].as_array().unwrap().len())
        .collect();
    assert_eq!(trees, [0, 0, 8]);

    let md = String::from_utf8(explain(&["--message", "3", "-f", "md"]).stdout).unwrap();
    assert_eq!(md.matches("<details>").count(), 1, "{md}");
    assert!(md.contains("<summary>Message 3 · customer"), "{md}");

    for (n, said) in [
        ("0", "it has 4 messages, numbered from 1"),
        ("5", "it has 4 messages, numbered from 1"),
        (
            "4",
            "escalates after message 3, and no trigger is evaluated past it",
        ),
    ] {
        let out = explain(&["--message", n]);
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(said), "--message {n}: {stderr}");
    }
}

/// `explain` printed every trigger's tree on every message, most of them
/// customer-only triggers failing on a bot's message. By default it shows the triggers
/// that held and the near misses (a signal that found something in the message, a count
/// one short), and counts the rest by why; `--all` shows every tree, as before.
#[test]
fn only_what_held_or_nearly_held_is_shown_by_default() {
    let explain = |extra: &[&str]| {
        stdout_of(
            handoff()
                .args(["explain", "-c", "c11-person-after-integration"])
                .args(extra),
        )
    };
    let text = explain(&[]);
    // A bot's message: the seven customer-only triggers are counted, not shown.
    assert!(
        text.contains("  … 7 customer-only triggers, which cannot hold on a message from bot (--all shows them)"),
        "{text}"
    );
    assert!(!text.contains("`legal` — message 2 is from bot"), "{text}");
    // A signal's part of its threshold is a near miss, shown.
    assert!(
        text.contains("  ✗ technical-question: latest message from customer matches `technical` — near miss: score 1, needs 2, from “integrate”"),
        "{text}"
    );
    // One fallback short of `bot_fallbacks ≥ 2` (in the window) is a near miss, shown.
    assert!(
        text.contains("  ✗ bot-loop: any of\n      ✗ bot_fallbacks ≥ 2 in the last 8 messages — 1 in the last 8 (1 in all)"),
        "{text}"
    );
    assert!(
        text.contains("  … 7 triggers nothing in this message came close to (--all shows them)"),
        "{text}"
    );
    insta::assert_snapshot!(
        "explain_all_c11-person-after-integration",
        explain(&["--all"])
    );

    // JSON has every tree, each with its standing.
    let json: serde_json::Value = serde_json::from_str(&explain(&["-f", "json"])).unwrap();
    let standings: Vec<Vec<&str>> = json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["triggers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t["standing"].as_str().unwrap())
                .collect()
        })
        .collect();
    assert_eq!(standings.len(), 5);
    assert!(standings.iter().all(|s| s.len() == 8), "{standings:?}");
    assert_eq!(
        standings[1].iter().filter(|s| **s == "other_role").count(),
        7
    );
    assert!(standings[4].contains(&"holds"), "{standings:?}");
    assert!(standings[0].contains(&"near_miss"), "{standings:?}");
    assert!(standings[0].contains(&"not_close"), "{standings:?}");

    // Markdown folds the same trees, with the same count.
    let md = explain(&["-f", "md"]);
    assert!(!md.contains("`legal` — message 2 is from bot"), "{md}");
    assert!(md.contains("Not shown: 7 customer-only triggers"), "{md}");
    assert!(explain(&["-f", "md", "--all"]).contains("`legal` — message 2 is from bot"));
}

/// A signal's score read "billing ✓ (2 of 1: …)", "two out of one";
/// it reads "score 2, needs 1", and a near miss "score 1, needs 2".
#[test]
fn a_signal_score_says_what_it_needs() {
    let text = stdout_of(handoff().args([
        "explain",
        "--say",
        "customer: I want a refund or I will file a chargeback",
    ]));
    assert!(
        text.contains("billing ✓ (score 2, needs 1: “refund”, “chargeback”)"),
        "{text}"
    );
    assert!(!text.contains(" of 1: "), "{text}");
}

/// Team note (lint12): a customer's message sent again after the bot asked for it
/// ("Could you confirm your order number?") is no loop, and `explain` said nothing of
/// it: the repeat signal simply did not match. It says so at that message, in text,
/// JSON (`asked_again`, added within version 1) and Markdown; after a bot message that
/// asks nothing, the repeat counts and nothing is said.
#[test]
fn explain_says_when_a_repeat_was_asked_for() {
    let said = |bot: &str, format: &str| {
        stdout_of(handoff().args([
            "explain",
            "--say",
            "customer: my order number is 12345 and it never arrived",
            "--say",
            &format!("bot: {bot}"),
            "--say",
            "customer: my order number is 12345 and it never arrived",
            "--format",
            format,
        ]))
    };
    let asking = "Could you confirm your order number please?";
    let text = said(asking, "text");
    let (_, third) = text.split_once("── message 3 · customer ──").unwrap();
    assert!(
        third.contains(
            "not counted as a repeat by `looping`: it repeats message 1 (“my order number is 12345 and it never arrived”), and the bot's message before it asked for it again"
        ),
        "{text}"
    );
    let json: serde_json::Value = serde_json::from_str(&said(asking, "json")).unwrap();
    assert_eq!(json["version"], 1);
    let steps = json["steps"].as_array().unwrap();
    assert_eq!(steps[2]["asked_again"], serde_json::json!(["looping"]));
    assert!(steps[0].get("asked_again").is_none(), "{}", steps[0]);
    assert!(steps[1].get("asked_again").is_none(), "{}", steps[1]);
    // Review (rules41): `repeats` is a counted repeat's; an excused one names the message
    // it repeats as `repeat_not_counted`.
    assert!(steps[2].get("repeats").is_none(), "{}", steps[2]);
    assert_eq!(
        steps[2]["repeat_not_counted"],
        serde_json::json!({"turn": 1, "text": "my order number is 12345 and it never arrived"})
    );
    // Markdown says it in the text tree's words, not as a counted "repeats message 1".
    let markdown = said(asking, "markdown");
    assert!(
        markdown.contains("looping: not counted as a repeat, it repeats message 1 (“my order number is 12345 and it never arrived”), and the bot's message before it asked for it again"),
        "{markdown}"
    );
    assert!(!markdown.contains("repeats message 1:"), "{markdown}");
    assert!(!markdown.contains("not a repeat"), "{markdown}");

    // A bot that asks nothing: the repeat counts, and nothing is said of it.
    let other = "Sorry to hear that. Anything else?";
    let json: serde_json::Value = serde_json::from_str(&said(other, "json")).unwrap();
    let third = &json["steps"][2];
    assert!(third.get("asked_again").is_none(), "{third}");
    assert!(third.get("repeat_not_counted").is_none(), "{third}");
    assert_eq!(third["repeats"]["turn"], 1, "{third}");
    assert!(
        third["signals"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["signal"] == "looping" && g["matched"] == true),
        "{third}"
    );
    assert!(!said(other, "text").contains("not counted as a repeat"));
}

/// Thanks sent again is no loop, and `explain` says why at that message: in text, JSON
/// (`thanks_again`, added within version 1) and Markdown.
#[test]
fn explain_says_when_a_repeat_was_only_thanks() {
    let said = |format: &str| {
        stdout_of(handoff().args([
            "explain",
            "--say",
            "customer: Thanks, that worked perfectly!",
            "--say",
            "bot: Glad to help. Anything else?",
            "--say",
            "customer: thanks, that worked perfectly",
            "--format",
            format,
        ]))
    };
    let text = said("text");
    let (_, third) = text.split_once("── message 3 · customer ──").unwrap();
    assert!(
        third.contains(
            "not counted as a repeat by `looping`: it repeats message 1 (“Thanks, that worked perfectly!”), but only thanks"
        ),
        "{text}"
    );
    let json: serde_json::Value = serde_json::from_str(&said("json")).unwrap();
    let steps = json["steps"].as_array().unwrap();
    assert_eq!(steps[2]["thanks_again"], serde_json::json!(["looping"]));
    assert!(steps[2].get("asked_again").is_none(), "{}", steps[2]);
    assert!(steps[0].get("thanks_again").is_none(), "{}", steps[0]);
    assert!(steps[2].get("repeats").is_none(), "{}", steps[2]);
    assert_eq!(steps[2]["repeat_not_counted"]["turn"], 1, "{}", steps[2]);
    let markdown = said("markdown");
    assert!(
        markdown.contains("looping: not counted as a repeat, it repeats message 1 (“Thanks, that worked perfectly!”), but only thanks"),
        "{markdown}"
    );
    assert!(!markdown.contains("repeats message 1:"), "{markdown}");
}
