//! The summary of small conversations: the whole summary and its bullets, what the bot
//! tried, and the limits on length; the parts by topic in the modules below, on the
//! helpers here (`messages`, `notes`, `summary_of`).

use super::*;

mod anew;
mod changes;
mod correction;
mod done;
mod eighth_review;
mod eleventh_review;
mod fifteenth_review;
mod fourteenth_review;
mod fourth_review;
mod goal;
mod mood;
mod names;
mod ninth_review;
mod open;
mod request;
mod review;
mod second_review;
mod secrets;
mod secrets_given_in;
mod secrets_given_in_again;
mod secrets_given_in_third;
mod secrets_over_reach;
mod secrets_refused;
mod secrets_review;
mod secrets_still_shown;
mod secrets_typed_on;
mod secrets_user_eyes;
mod seventh_review;
mod sixteenth_review;
mod sixth_review;
mod tenth_review;
mod text;
mod third_review;
mod thirteenth_review;
mod twelfth_review;

fn messages(turns: &[(&str, &str)]) -> Vec<Message> {
    turns
        .iter()
        .enumerate()
        .map(|(i, (role, text))| Message {
            role: match *role {
                "customer" => Role::Customer,
                "bot" => Role::Bot,
                _ => Role::Agent,
            },
            text: (*text).to_owned(),
            time: String::new(),
            timestamp: None,
            clock: crate::transcript::Clock::Written,
            line: i as u64 + 2,
        })
        .collect()
}

/// What the customer said last in the summary of `turns`.
fn last_said(turns: &[(&str, &str)]) -> String {
    summary_of(turns).last_customer_message.unwrap_or_default()
}

/// What the summary of `turns` shows (the secrets review modules'): its goal, facts, last customer message and
/// bullets, one text.
fn shown(turns: &[(&str, &str)]) -> String {
    let s = summary_of(turns);
    let facts: Vec<&str> = s.facts.iter().map(|f| f.text.as_str()).collect();
    format!(
        "{} | {} | {} | {}",
        s.goal.as_deref().unwrap_or_default(),
        facts.join(", "),
        s.last_customer_message.as_deref().unwrap_or_default(),
        s.bullets.join(" / ")
    )
}

/// What the summary of the bot's `asked` and the customer's `replies`, after an
/// opening, shows ([`shown`]).
fn shown_in(asked: &str, replies: &[&str]) -> String {
    let mut turns = vec![("customer", "I need to reset my account"), ("bot", asked)];
    turns.extend(replies.iter().map(|r| ("customer", *r)));
    shown(&turns)
}

/// The last thing the customer said, in the summary of `asked` and `replies` after an
/// opening.
fn said_last(asked: &str, replies: &[&str]) -> String {
    let mut turns = vec![("customer", "I need to reset my account"), ("bot", asked)];
    turns.extend(replies.iter().map(|r| ("customer", *r)));
    last_said(&turns)
}

fn summary_of(turns: &[(&str, &str)]) -> Summary {
    summarize(
        &messages(turns),
        &notes(turns.len(), &[], &[], &[]),
        Vec::new(),
    )
}

/// The summary of `turns`, the bot's last message a fallback (the customer's questions
/// then stay open).
fn summary_after_fallback(turns: &[(&str, &str)]) -> Summary {
    let n = turns.len();
    summarize(&messages(turns), &notes(n, &[n], &[], &[]), Vec::new())
}

/// Notes from markers in the test's own words: `fallback`, `frustrated`, `repeat` by turn.
fn notes(n: usize, fallback: &[usize], frustrated: &[usize], repeat: &[usize]) -> Vec<MessageNote> {
    (1..=n)
        .map(|turn| MessageNote {
            fallback: fallback.contains(&turn),
            frustrated: frustrated.contains(&turn),
            repeat: repeat.contains(&turn),
        })
        .collect()
}

#[test]
fn a_stuck_pricing_conversation() {
    let m = messages(&[
        ("bot", "Hello! How can I help you today?"),
        (
            "customer",
            "Hi there, we're evaluating your platform for our support org.",
        ),
        ("bot", "Great! Our Business plan covers unlimited agents."),
        (
            "customer",
            "Can we get a discount for 400 seats if we sign for 2 years?",
        ),
        (
            "bot",
            "Sorry, I didn't understand that. Could you rephrase?",
        ),
        (
            "customer",
            "A DISCOUNT. For 400 seats. Is that possible or not?",
        ),
    ]);
    let s = summarize(&m, &notes(6, &[5], &[6], &[]), vec!["pricing".to_owned()]);
    assert_eq!(
        s.goal.as_deref(),
        Some("We're evaluating your platform for our support org."),
        "the greeting is gone"
    );
    assert_eq!(
        s.open_questions,
        [
            "Can we get a discount for 400 seats if we sign for 2 years?",
            "Is that possible or not?"
        ]
    );
    let facts: Vec<&str> = s.facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(facts, ["400 seats", "2 years"]);
    assert_eq!(s.facts[0].turn, 4);
    assert_eq!(
        s.bot_answers,
        ["Our Business plan covers unlimited agents."],
        "not “Great!”"
    );
    assert_eq!(s.bot_fallbacks, 1);
    assert_eq!(s.mood.trajectory, "calm, then frustrated from message 6");
    assert_eq!(
        s.bullets,
        [
            "Goal: We're evaluating your platform for our support org.",
            "Still open: Can we get a discount for 400 seats if we sign for 2 years? / Is that possible or not?",
            "Topics: pricing. Facts: 400 seats; 2 years.",
            "Bot tried: “Our Business plan covers unlimited agents.”; failed to understand once",
            "Mood: calm, then frustrated from message 6. Last said: “A DISCOUNT. For 400 seats. Is that possible or not?”",
        ]
    );
}

#[test]
fn long_conversations_fit_five_bullets_and_600_characters() {
    let long =
        "I need help with the integration between our warehouse system and your API because \
                every night the sync job stops halfway through and we lose orders, "
            .repeat(4);
    let m = messages(&[
        ("customer", long.as_str()),
        ("bot", long.as_str()),
        (
            "customer",
            &format!("{long} Why does it stop? What changed on March 3? Who can fix it?"),
        ),
    ]);
    let s = summarize(
        &m,
        &notes(3, &[], &[3], &[]),
        vec!["technical".into(), "integration".into(), "billing".into()],
    );
    assert!(s.bullets.len() <= MAX_BULLETS);
    let total: usize = s.bullets.iter().map(|b| b.chars().count()).sum();
    assert!(total <= MAX_CHARS, "{total} characters: {:#?}", s.bullets);
    assert!(s.bullets.iter().all(|b| !b.is_empty()));
}

#[test]
fn what_the_bot_tried_prefers_answers_to_its_own_questions() {
    let m = messages(&[
        ("customer", "I lost my card and someone took $300"),
        ("bot", "Could I get your full name, please?"),
        ("customer", "Jane Doe"),
        ("bot", "I have blocked the card. A new one is on its way."),
        ("customer", "and the money?"),
        ("bot", "Can you tell me your account number, please?"),
    ]);
    let s = summarize(&m, &notes(6, &[], &[], &[]), Vec::new());
    assert_eq!(s.bot_answers, ["I have blocked the card."]);
    // Only questions: they are what the bot did.
    let s = summarize(&m[..3], &notes(3, &[], &[], &[]), Vec::new());
    assert_eq!(s.bot_answers, ["Could I get your full name, please?"]);
}
