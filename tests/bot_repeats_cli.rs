//! The starter rules' `bot-loop` through `handoff replay`: which of the bot's questions
//! `bot_repeats` counts as asked again (the same question after an apology or a lead-in,
//! or reworded, counts; another question after the same lead-in does not).

use crate::common::{handoff, root, stdout_of, write};

/// `csv` replayed through the starter rules as JSON lines: the output, and its outcomes.
fn starter_outcomes(csv: &str) -> (String, Vec<serde_json::Value>) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "t.csv", csv);
    let out = stdout_of(
        handoff()
            .args(["replay", "-q", "-f", "jsonl", "-r"])
            .arg(root().join("rules"))
            .arg(&path),
    );
    let lines = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (out, lines)
}

/// A conversation of the bot's `questions`, each answered by the customer with no
/// plain answer ("I'm not sure why you need it"…).
fn chat(id: &str, questions: &[&str]) -> String {
    let answers = [
        "I just want to check my booking.",
        "I'm not sure why you need that for a booking.",
        "I would rather not share it here.",
    ];
    let mut csv = String::new();
    for (question, answer) in questions.iter().zip(answers) {
        let turns = format!("{id},customer,{answer}\n{id},bot,\"{question}\"\n");
        csv.push_str(&turns);
    }
    csv
}

/// "What is your date of birth?" asked again after an apology, or reworded, three times
/// running: the bot not taking the customer's answer. Before, the apology or the
/// rewording kept the whole messages under 90 % alike, and nothing escalated.
#[test]
fn the_same_question_after_an_apology_or_reworded_escalates_as_a_bot_loop() {
    let mut csv = String::from("conversation_id,role,text\n");
    csv.push_str(&chat(
        "apology",
        &[
            "What is your date of birth?",
            "I'm sorry, I still need your date of birth. What is your date of birth?",
            "Sorry, to go on I need it. What is your date of birth?",
        ],
    ));
    csv.push_str(&chat(
        "reworded",
        &[
            "Could you provide your date of birth, please?",
            "Can you please provide your date of birth?",
            "Could you kindly provide your date of birth again?",
        ],
    ));
    // Three questions, each after the same lead-in: a form going on, no loop.
    csv.push_str(&chat(
        "steps",
        &[
            "Thanks, nearly done. What is your date of birth?",
            "Thanks, nearly done. What is your date of arrival?",
            "Thanks, nearly done. What is your postcode?",
        ],
    ));
    let (out, lines) = starter_outcomes(&csv);
    assert_eq!(lines.len(), 3, "{out}");
    for line in &lines[..2] {
        assert_eq!(line["escalated"], true, "{out}");
        assert_eq!(line["triggers"][0]["id"], "bot-loop", "{out}");
        // At the third question, the sixth message.
        assert_eq!(line["escalation_turn"], 6, "{out}");
    }
    assert_eq!(lines[2]["conversation_id"], "steps", "{out}");
    assert_eq!(lines[2]["escalated"], false, "{out}");
}
