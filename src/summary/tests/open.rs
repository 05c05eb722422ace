//! The questions still open: unanswered or asked again, small talk left out, a stray
//! character after the question mark.

use super::*;

#[test]
fn a_repeated_question_is_open_even_when_the_bot_answered() {
    let m = messages(&[
        ("customer", "How do I export my invoices as PDF?"),
        ("bot", "You can find invoices under Billing."),
        ("customer", "How do I export my invoices as PDF?"),
        ("bot", "You can find invoices under Billing."),
    ]);
    let s = summarize(&m, &notes(4, &[], &[], &[3]), Vec::new());
    assert_eq!(s.open_questions, ["How do I export my invoices as PDF?"]);
    assert_eq!(
        s.bot_answers,
        ["You can find invoices under Billing."],
        "said once"
    );
    assert_eq!(
        s.bullets[0], "Goal (unanswered): How do I export my invoices as PDF?",
        "an open goal is said once"
    );
    assert!(!s.bullets.iter().any(|b| b.starts_with("Still open")));
}

/// STAR star-164: a stray character after the `?` leaves
/// the question open; closing quotes stay with it. (Questions such as "do you live
/// around here?>" and "Did you really say \"no way?\"", are small talk now: these are
/// the same forms about the customer's matter.)
#[test]
fn a_question_with_a_stray_character_after_its_mark_is_open() {
    let m = messages(&[
        ("customer", "Hello"),
        ("bot", "How can I help?"),
        ("customer", "I'm sorry, does the store close at noon?>"),
        ("bot", "I am sorry, I don't quite understand what you mean."),
        ("customer", "Did the receipt really say \"no refunds?\""),
        ("bot", "I am sorry, I don't quite understand what you mean."),
    ]);
    let s = summarize(&m, &notes(6, &[4, 6], &[], &[]), Vec::new());
    assert_eq!(
        s.open_questions,
        [
            "I'm sorry, does the store close at noon?",
            "Did the receipt really say \"no refunds?\""
        ]
    );
}

/// Regression: greetings, pleasantries and questions about the assistant were
/// listed as still open.
#[test]
fn small_talk_is_not_still_open() {
    let m = messages(&[
        ("customer", "Hi! How are you today?"),
        ("bot", "Sorry, I didn't understand that."),
        ("customer", "Are you still there?"),
        ("customer", "Ok thanks, how was the game yesterday?"),
        ("bot", "Sorry, I didn't understand that."),
        (
            "customer",
            "Can you check the weather in Detroit on Friday?",
        ),
        ("bot", "Sorry, I didn't understand that."),
        ("customer", "Bye. Do you like your job?"),
    ]);
    let s = summarize(&m, &notes(8, &[2, 5, 7], &[], &[]), Vec::new());
    assert_eq!(
        s.open_questions,
        ["Can you check the weather in Detroit on Friday?"]
    );
}

/// Regression (STAR star-3325, star-4273, star-2446): a customer lost in a role-play
/// ("Wait, who are you? What are we talking about?", "Where am I?"), a riddle and a
/// rhetorical "huh?" were still open beside the question that was.
#[test]
fn a_lost_customer_or_a_riddle_is_not_still_open() {
    let m = messages(&[
        (
            "customer",
            "My debit card was lost and somebody used it to withdraw $300!",
        ),
        ("bot", "Can you tell me your account number, please?"),
        ("customer", "Wait, who are you? What are we talking about?"),
        ("bot", "Sorry, I didn't understand."),
        (
            "customer",
            "Where am I? What did the cat say to the dog? Are you my grandson?",
        ),
        ("bot", "Sorry, I didn't understand."),
        (
            "customer",
            "How do I report the fraud? I guess I should stop writing my PIN on my card huh?",
        ),
    ]);
    let s = summarize(&m, &notes(7, &[4, 6], &[], &[]), Vec::new());
    assert_eq!(s.open_questions, ["How do I report the fraud?"]);
}

/// Each customer message searched forward for the next reply,
/// quadratic in a long run of customer messages (an export of one side). Every one of
/// them is unanswered; the latest two distinct questions are open.
#[test]
fn a_long_run_of_customer_messages_leaves_the_latest_two_open() {
    let texts: Vec<String> = (0..4000)
        .map(|n| format!("Where is my parcel number {}?", n % 50))
        .collect();
    let turns: Vec<(&str, &str)> = texts.iter().map(|t| ("customer", t.as_str())).collect();
    let m = messages(&turns);
    let s = summarize(&m, &notes(m.len(), &[], &[], &[]), Vec::new());
    assert_eq!(
        s.open_questions,
        [
            "Where is my parcel number 48?",
            "Where is my parcel number 49?"
        ]
    );
}

/// Regression (STAR star-1176-like role-plays): "Why are you calling me?", a complaint
/// put as a question, was listed as still open. A question about the customer's matter,
/// even one that starts the same way, stays open.
#[test]
fn a_complaint_put_as_a_question_is_not_still_open() {
    let m = messages(&[
        ("customer", "Why are you calling me?"),
        ("bot", "Sorry, I didn't understand that."),
        ("customer", "Seriously, why do you keep texting me?"),
        ("bot", "Sorry, I didn't understand that."),
        ("customer", "Are you kidding me?"),
        ("bot", "Sorry, I didn't understand that."),
    ]);
    let s = summarize(&m, &notes(6, &[2, 4, 6], &[], &[]), Vec::new());
    assert!(s.open_questions.is_empty(), "{:?}", s.open_questions);
    let m = messages(&[
        ("customer", "Why was I charged twice?"),
        ("bot", "Sorry, I didn't understand that."),
        ("customer", "Why are you charging me for shipping?"),
        ("bot", "Sorry, I didn't understand that."),
    ]);
    let s = summarize(&m, &notes(4, &[2, 4], &[], &[]), Vec::new());
    assert_eq!(
        s.open_questions,
        [
            "Why was I charged twice?",
            "Why are you charging me for shipping?"
        ]
    );
}

/// Regression (STAR star-5694): chat the bot could not answer ("Do you know if she's
/// single?" of the driver just booked) was still open, a question for the agent; a
/// question the agent must answer beside it still is.
#[test]
fn chat_is_not_still_open() {
    let m = messages(&[
        ("customer", "I need a ride to Shadyside Apartments."),
        ("bot", "Ride has been booked!"),
        ("customer", "That's great. Do you know if she's single?"),
        ("bot", "I am sorry, I don't quite understand what you mean."),
        ("customer", "Do you think I should? Does she like me?"),
        ("bot", "I am sorry, I don't quite understand what you mean."),
        ("customer", "When will the driver arrive at my house?"),
        ("bot", "I am sorry, I don't quite understand what you mean."),
    ]);
    let s = summarize(&m, &notes(8, &[4, 6, 8], &[], &[]), Vec::new());
    assert_eq!(
        s.open_questions,
        ["When will the driver arrive at my house?"]
    );
}

/// Regression: a question about someone named ("How is Britney doing?", "Does Alexis
/// like me?") was still open for the agent, where the same with "she" was chat; one
/// about the customer's matter stays open.
#[test]
fn a_question_about_someone_named_is_not_still_open() {
    let m = messages(&[
        ("customer", "How is Britney doing?"),
        ("bot", "Sorry, I didn't understand that."),
        ("customer", "Does Alexis like me?"),
        ("bot", "Sorry, I didn't understand that."),
        ("customer", "Is Dr. Morgan available on Friday?"),
        ("bot", "Sorry, I didn't understand that."),
    ]);
    let s = summarize(&m, &notes(6, &[2, 4, 6], &[], &[]), Vec::new());
    assert_eq!(s.open_questions, ["Is Dr. Morgan available on Friday?"]);
}
