//! `handoff explain` on what a rule owner asks first of a loop: which earlier message a
//! repeat repeats (its number and a short quote), which bot message a question counted
//! by `bot_repeats` asks again, and why a bot fallback was not counted (it answered small
//! talk or thanks), in text, JSON and Markdown.

use crate::common::handoff;
use crate::common::stdout_of;

fn explain(messages: &[&str], format: &str) -> String {
    let mut cmd = handoff();
    cmd.arg("explain");
    for m in messages {
        cmd.args(["--say", m]);
    }
    stdout_of(cmd.args(["--format", format]))
}

/// A customer re-sending a message: `explain` names the message it repeats, counted or
/// not.
const REPEATED: &[&str] = &[
    "customer: I need more detailed instructions for the export",
    "bot: Open Settings, then Export.",
    "customer: Which format does it use?",
    "bot: CSV.",
    "customer: I need more detailed instructions for the export!",
];

#[test]
fn explain_says_which_message_a_repeat_repeats() {
    let text = explain(REPEATED, "text");
    let (_, fifth) = text.split_once("── message 5 · customer ──").unwrap();
    assert!(
        fifth.contains("repeats message 1: “I need more detailed instructions for the export”"),
        "{text}"
    );
    let (fifth, _) = fifth.split_once("\nroutes at").unwrap();
    insta::assert_snapshot!("repeat_text", fifth);
    let json: serde_json::Value = serde_json::from_str(&explain(REPEATED, "json")).unwrap();
    let steps = json["steps"].as_array().unwrap();
    assert_eq!(
        steps[4]["repeats"],
        serde_json::json!({"turn": 1, "text": "I need more detailed instructions for the export"})
    );
    assert!(steps[2].get("repeats").is_none(), "{}", steps[2]);
    assert!(steps[4].get("repeat_not_counted").is_none(), "{}", steps[4]);
    let markdown = explain(REPEATED, "markdown");
    assert!(
        markdown.contains("repeats message 1: “I need more detailed instructions for the export”"),
        "{markdown}"
    );
}

/// A long message is quoted short beside the repeat.
#[test]
fn the_repeated_message_is_quoted_short() {
    let long = "customer: My parcel with the blue garden chairs never arrived and the tracking page says it was delivered last Tuesday";
    let text = explain(&[long, "bot: Sorry to hear that.", long], "text");
    assert!(
        text.contains(
            "repeats message 1: “My parcel with the blue garden chairs never arrived and the…”"
        ),
        "{text}"
    );
}

/// Fallbacks answering small talk or thanks: `explain` says why `bot_fallbacks` did not
/// count them, naming the message they answered.
const OFF_TASK: &[&str] = &[
    "customer: What's the weather in Boston tomorrow?",
    "bot: Sunny, 20 degrees.",
    "customer: Nice. Do you like your job?",
    "bot: Sorry, I didn't understand that.",
    "customer: Thanks a lot!",
    "bot: Sorry, I didn't understand that.",
    "customer: What about Friday?",
    "bot: Sorry, I didn't understand that.",
];

#[test]
fn explain_says_why_a_fallback_was_not_counted() {
    let text = explain(OFF_TASK, "text");
    insta::assert_snapshot!("fallbacks_text", text);
    assert!(
        text.contains("not counted as a bot fallback: it answers small talk in message 3 (“Nice. Do you like your job?”)"),
        "{text}"
    );
    assert!(
        text.contains(
            "not counted as a bot fallback: it answers thanks in message 5 (“Thanks a lot!”)"
        ),
        "{text}"
    );
    let (_, last) = text.split_once("── message 8 · bot ──").unwrap();
    assert!(!last.contains("not counted"), "{text}");
    let json: serde_json::Value = serde_json::from_str(&explain(OFF_TASK, "json")).unwrap();
    let steps = json["steps"].as_array().unwrap();
    assert_eq!(
        steps[3]["fallback_not_counted"],
        serde_json::json!({
            "answers": {"turn": 3, "text": "Nice. Do you like your job?"},
            "why": "small_talk"
        })
    );
    assert_eq!(steps[5]["fallback_not_counted"]["why"], "thanks");
    assert!(
        steps[7].get("fallback_not_counted").is_none(),
        "{}",
        steps[7]
    );
    let markdown = explain(OFF_TASK, "markdown");
    assert!(
        markdown.contains("fallback not counted: it answers small talk in message 3"),
        "{markdown}"
    );
}

/// rules43: a fallback answering a remark on the bot's finished answer (star-5741) was
/// counted as the bot going in circles; `explain` says it was not, and why.
#[test]
fn explain_says_a_fallback_to_a_remark_was_not_counted() {
    let remark = &[
        "customer: What's the weather in Boston tomorrow?",
        "bot: Sunny, 30 degrees.",
        "customer: dang that's really hot, it's gonna be miserable",
        "bot: Sorry, I didn't understand that.",
        "customer: Make a reservation.",
        "bot: Sorry, I didn't understand that.",
    ];
    let text = explain(remark, "text");
    assert!(
        text.contains("not counted as a bot fallback: it answers a remark on the bot's answer in message 3 (“dang that's really hot, it's gonna be miserable”)"),
        "{text}"
    );
    let (_, last) = text.split_once("── message 6 · bot ──").unwrap();
    assert!(!last.contains("not counted"), "{text}");
    let json: serde_json::Value = serde_json::from_str(&explain(remark, "json")).unwrap();
    assert_eq!(json["steps"][3]["fallback_not_counted"]["why"], "remark");
}

/// The bot asking its question again: `explain` names the bot's message it asks again,
/// on the messages `bot_repeats` counts, not on the first asking nor after a plain answer.
#[test]
fn explain_says_which_bot_message_a_question_asked_again_asks_again() {
    let account = "bot: What is your account number?";
    let messages = [
        "customer: check my balance",
        account,
        "customer: i dont have it",
        account,
        "customer: 12345",
        account,
    ];
    let text = explain(&messages, "text");
    let (_, fourth) = text.split_once("── message 4 · bot ──").unwrap();
    let (fourth, sixth) = fourth.split_once("── message 6 · bot ──").unwrap();
    assert!(
        fourth.contains("asks again what message 2 asked: “What is your account number?”"),
        "{text}"
    );
    // After the plain answer "12345", the question asked again is not counted.
    assert!(!sixth.contains("asks again"), "{text}");
    let json: serde_json::Value = serde_json::from_str(&explain(&messages, "json")).unwrap();
    let steps = json["steps"].as_array().unwrap();
    assert_eq!(
        steps[3]["asks_again"],
        serde_json::json!({"turn": 2, "text": "What is your account number?"})
    );
    for i in [1, 2, 5] {
        assert!(steps[i].get("asks_again").is_none(), "{}", steps[i]);
    }
    let markdown = explain(&messages, "markdown");
    assert!(
        markdown.contains("asks again what message 2 asked: “What is your account number?”"),
        "{markdown}"
    );
}

/// Rules that read `customer_repeats` with no `builtin: repeat` signal of their own: the
/// repeat an exception excused is the hidden detector's, named by the counter (`explain`
/// panicked, indexing the rules' signals with it).
#[test]
fn an_excused_repeat_of_the_counter_alone_is_named_by_it() {
    let dir = tempfile::tempdir().unwrap();
    let rules = crate::common::write(
        dir.path(),
        "rules.yaml",
        "version: 1\nteams:\n  - id: frontline\n    name: Frontline\nsignals: []\ntriggers:\n  - id: repeats\n    reason: repeats\n    when: { counter: { name: customer_repeats, at_least: 2 } }\nroutes: []\ndefault_route: { team: frontline }\n",
    );
    let mut cmd = handoff();
    cmd.args(["explain", "-r"]).arg(&rules);
    for m in [
        "customer: How do I reset my password?",
        "bot: I'm not sure I follow. Could you rephrase?",
        "customer: how do i reset my password",
    ] {
        cmd.args(["--say", m]);
    }
    let text = stdout_of(&mut cmd);
    assert!(
        text.contains("not counted as a repeat by `customer_repeats`: it repeats message 1 (“How do I reset my password?”), and the bot's message before it asked for it again"),
        "{text}"
    );
}
