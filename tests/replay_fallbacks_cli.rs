//! The starter rules' `bot-loop` through `handoff replay`: which bot fallbacks count
//! toward `bot_fallbacks` (not one answering small talk; a customer lost in the chat or
//! asking about the business is no small talk).

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

/// A fallback that answers small talk is not counted (`bot_fallbacks`), but the merged
/// rule took questions about the chat itself for small talk: a bot failing four times
/// in a row at "What do you mean?", "Why did you do that?", "Who are you?" never
/// escalated (final review of the thirty-ninth session; star-1176, star-2155).
#[test]
fn a_customer_lost_in_the_chat_is_no_small_talk_for_the_fallback_count() {
    let fallback = "\"Sorry, I didn't get that. Could you rephrase?\"";
    let csv = format!(
        "conversation_id,role,text\nc1,customer,I was charged for a plan I cancelled last month.\nc1,bot,{fallback}\nc1,customer,What do you mean?\nc1,bot,{fallback}\nc1,customer,Why did you do that?\nc1,bot,{fallback}\nc1,customer,Who are you?\nc1,bot,{fallback}\nc2,customer,I need to book a table.\nc2,bot,For how many?\nc2,customer,Two. Do you like your job?\nc2,bot,{fallback}\nc2,customer,Ever been to Detroit?\nc2,bot,{fallback}\nc2,customer,Thanks that is all\n"
    );
    let (out, lines) = starter_outcomes(&csv);
    assert_eq!(lines[0]["escalated"], true, "{out}");
    assert_eq!(lines[0]["triggers"][0]["id"], "bot-loop", "{out}");
    // Fallbacks answering chit-chat while the task went fine: no loop.
    assert_eq!(lines[1]["escalated"], false, "{out}");
}

/// A question to the business ("you" the company: its hours, policy, whereabouts) is
/// no small talk: the small-talk rule took "What are your opening hours…?" for
/// chit-chat, so the bot failing twice at it did not escalate (on the benchmark's 20,000
/// generated conversations, 6 escalate again and 69 earlier; fortieth session).
#[test]
fn a_question_to_the_business_is_no_small_talk_for_the_fallback_count() {
    let fallback = "\"Sorry, I didn't understand that. Could you rephrase?\"";
    let mut csv = String::from("conversation_id,role,text\n");
    let questions = [
        "What are your opening hours on weekends and public holidays?",
        "Are you open on Sundays?",
        "What's your warranty on laptops?",
        "Where are you located?",
    ];
    for (i, question) in questions.iter().enumerate() {
        let turns = format!("c{i},customer,{question}\nc{i},bot,{fallback}\n");
        csv.push_str(&turns);
        csv.push_str(&turns);
    }
    let (out, lines) = starter_outcomes(&csv);
    assert_eq!(lines.len(), questions.len(), "{out}");
    for line in &lines {
        assert_eq!(line["escalated"], true, "{out}");
        assert_eq!(line["triggers"][0]["id"], "bot-loop", "{out}");
    }
}
