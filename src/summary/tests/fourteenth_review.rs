//! The summary defects a review of session 44's fixes found, each → the summary of a
//! short conversation that had it, the reviewer's words verbatim: a request pointing
//! back joined across a bot message about something else or cut behind a long event,
//! counts read as references after "with the number", maiden names, security answers.

use super::eleventh_review::{one, references};
use super::*;

/// The goal of the conversation `turns`, as a packet reads it.
fn goal_of(turns: &[(&str, &str)]) -> Option<String> {
    summarize(&messages(turns), &[], Vec::new()).goal
}

/// Regression (review of session 45): reading past an apology's comma lost the request:
/// after "Sorry, the refund window has closed." the goal was "My package arrived
/// broken." alone, "Just cancel it" nowhere. A bot sentence opening with an apology is
/// an acknowledgement all through, as on main, and the request joins the event.
#[test]
fn a_request_after_an_apology_with_a_comma_stays_in_the_goal() {
    let goal = |bot: &str| {
        goal_of(&[
            ("customer", "My package arrived broken."),
            ("bot", bot),
            ("customer", "Just cancel it"),
        ])
    };
    for bot in [
        "Sorry, the refund window has closed.",
        "Sorry, the item is out of stock.",
        "Sorry about that!",
        "Oh no, I'm sorry to hear that.",
        "Sorry, that must be really annoying.",
    ] {
        assert_eq!(
            goal(bot).as_deref(),
            Some("My package arrived broken. Just cancel it"),
            "{bot}"
        );
    }
}

/// Regression: "Just cancel it" after the bot's "Your subscription renews tomorrow."
/// joined "My package arrived broken." as the goal, though "it" was the subscription;
/// a bot message between the event and the request keeps them apart unless it
/// introduces nothing (an apology, an acknowledgement, a question for details).
#[test]
fn a_request_pointing_back_joins_no_event_across_a_bot_statement() {
    for (bot, request) in [
        ("Your subscription renews tomorrow.", "Just cancel it"),
        ("I have booked you a taxi for 5pm.", "Please cancel it."),
        (
            "I have added a premium warranty to your cart.",
            "Please remove it",
        ),
        (
            "Why did the scarecrow win an award? Because he was outstanding in his field.",
            "I need this sorted today",
        ),
    ] {
        assert_eq!(
            goal_of(&[
                ("customer", "My package arrived broken."),
                ("bot", bot),
                ("customer", request),
            ])
            .as_deref(),
            Some("My package arrived broken."),
            "{bot}"
        );
    }
    for bot in [
        "Sorry to hear that.",
        "What happened?",
        "I'm sorry to hear that. Could you tell me more?",
        "I see. Which order was it?",
    ] {
        assert_eq!(
            goal_of(&[
                ("customer", "My package arrived broken."),
                ("bot", bot),
                ("customer", "Just cancel it"),
            ])
            .as_deref(),
            Some("My package arrived broken. Just cancel it"),
            "{bot}"
        );
    }
}

/// Regression: a long event pushed the request out of the 160-character goal ("… even
/// though the tracking says delivered. I want my…"); the event is clipped, the request
/// stays whole.
#[test]
fn a_long_event_is_clipped_so_the_request_stays_whole() {
    let said = "I ordered a pair of blue running shoes size 42 from your online store three weeks \
                ago on the 3rd and they still have not arrived even though the tracking says \
                delivered. I want my money back";
    let goal = goal_of(&[("customer", said)]).unwrap_or_default();
    assert!(goal.ends_with("… I want my money back"), "{goal}");
    assert!(
        goal.starts_with("I ordered a pair of blue running shoes"),
        "{goal}"
    );
    assert!(goal.chars().count() <= 160, "{goal}");
}

/// Regression: "with (the) number N" read a count as a reference ("reservation number
/// 8" for "a reservation with the number 8 seats"); after "with", "number" takes an
/// identifier of several digits with no count noun after it. "with the ID" stays.
#[test]
fn a_count_after_with_the_number_is_no_reference() {
    for text in [
        "Can I get a reservation with the number 8 seats",
        "an order with number 2 items missing",
        "a booking with the number 3 people",
        "a room with number 2 beds",
        "a ticket with number 1 priority",
        "a booking with the number 120 people",
    ] {
        assert_eq!(references(text), Vec::new(), "{text}");
    }
    let m = messages(&[(
        "customer",
        "Can I get a reservation with the number 8 seats",
    )]);
    let facts: Vec<String> = summarize(&m, &[], Vec::new())
        .facts
        .into_iter()
        .map(|f| f.text)
        .collect();
    assert_eq!(facts, ["8 seats"]);
    assert_eq!(
        references("my booking with the number 48213 please"),
        one("booking number 48213", "booking_number", "48213")
    );
    assert_eq!(
        references("I need a flight with the ID 33, My name is Mark"),
        one("flight ID 33", "flight_id", "33")
    );
}

/// Regression: any maiden name offered was no name fact; only a mother's is a security
/// answer, and hers said without "is" ("mother's maiden name Sanchez") was still a name.
#[test]
fn only_a_mother_s_maiden_name_is_no_name() {
    let names = |text: &str| -> Vec<String> {
        let m = messages(&[("customer", text)]);
        summarize(&m, &[], Vec::new())
            .facts
            .into_iter()
            .filter(|f| f.kind == FactKind::Name)
            .map(|f| f.text)
            .collect()
    };
    for (text, name) in [
        (
            "My maiden name is Smith. I got married and need to update my account",
            "Smith",
        ),
        ("My wife's maiden name is Schmidt", "Schmidt"),
        ("my maiden name was Lopez", "Lopez"),
        ("Her maiden name is Garcia", "Garcia"),
    ] {
        assert_eq!(names(text), [name], "{text}");
    }
    assert_eq!(
        names(
            "Tyler Jones account number 93418043810 mother's maiden name Sanchez I can't \
             remember my pin"
        ),
        ["Tyler Jones"]
    );
    for text in [
        "my mom's maiden name Cooper",
        "Mum's maiden name Wong please",
        "I've forgotten my pin :( my mamas maiden name is Sanchez",
        "I forgot my account # but my mommies maiden name is Sanders",
    ] {
        assert_eq!(names(text), Vec::<String>::new(), "{text}");
    }
}

/// Regression: a request for a person pointing back ("I want a supervisor on this") and
/// a need that says not what to do ("I need it.") joined the event; "No, cancel it"
/// joined as "cancel it", lower case.
#[test]
fn a_person_or_a_bare_need_joins_no_event_and_the_request_opens_upper_case() {
    for request in [
        "I want a supervisor on this",
        "Transfer me for this",
        "I need this",
        "I need it.",
    ] {
        let said = format!("My card was charged twice. {request}");
        assert_eq!(
            goal_of(&[("customer", &said)]).as_deref(),
            Some("My card was charged twice."),
            "{request}"
        );
    }
    assert_eq!(
        goal_of(&[("customer", "My card was charged twice. No, cancel it")]).as_deref(),
        Some("My card was charged twice. Cancel it")
    );
}

/// Regression (STAR star-4467, star-2420, star-5089): an answer to a security question
/// showed in the summary: "my PIN is 1596 … my security question is Molly" as the goal,
/// "Molly" as a person; "My mpother's last name is Cooper" (a typo) as a person and in
/// the last thing said. The answer is `[secret]` in the message that gives it, in no
/// fact of it; the customer's own name and the other facts stay. A reply that says no
/// answer ("I don't know. … That's right Nemo.", STAR star-3525) gives none, and a name
/// said again in a message that does not speak of the answer is a name, as on main (a
/// later review: the rule wiped dates and goals).
#[test]
fn a_security_answer_shows_nowhere_in_the_message_that_gives_it() {
    let s = summary_of(&[
        ("customer", "Someone used my lost debit card!"),
        ("bot", "Could I get your full name, please?"),
        ("customer", "I'm Brian White"),
        ("bot", "What was your mother's maiden name?"),
        (
            "customer",
            "I don't know. We had a pet fish. That's right Nemo.",
        ),
        ("bot", "Could you provide your date of birth, please?"),
        (
            "customer",
            "At the orphanage we'd each take turns feeding Nemo with Billy",
        ),
    ]);
    let facts: Vec<&str> = s.facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(facts, ["Brian White", "Nemo", "Billy"]);
    assert_eq!(
        s.last_customer_message.as_deref(),
        Some("At the orphanage we'd each take turns feeding Nemo with Billy")
    );

    let s = summary_of(&[
        (
            "customer",
            "There have been transfers of $10 on my account, help!",
        ),
        ("bot", "Could I get your full name, please?"),
        (
            "customer",
            "Brian White, my PIN is 1596 but I forgot my account number, my security question is Molly",
        ),
    ]);
    let facts: Vec<&str> = s.facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(facts, ["$10", "Brian White"]);
    let all = s.bullets.join("\n");
    assert!(!all.contains("1596") && !all.contains("Molly"), "{all}");
    assert!(all.contains("my security question is [secret]"), "{all}");

    let s = summary_of(&[
        ("customer", "Someone took 500 from my bank account."),
        ("bot", "Could I get your full name, please?"),
        (
            "customer",
            "Katrina Miller. I do not remember my pin but my account is 85731890.",
        ),
        ("bot", "I cannot authenticate you."),
        (
            "customer",
            "My mpother's last name is Cooper, does that help.",
        ),
    ]);
    let facts: Vec<&str> = s.facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(facts, ["Katrina Miller", "account 85731890"]);
    assert_eq!(
        s.last_customer_message.as_deref(),
        Some("My mpother's last name is [secret], does that help.")
    );
}

/// Any verification question makes its short answer a secret, not only a maiden name
/// or a pet: the city born in, a school, a memorable word, a PIN; the same word in a
/// later message of the customer's is the secret said again ("Did [secret] work?":
/// session 47 found an answer said again shown).
#[test]
fn a_short_answer_to_any_verification_question_is_a_secret() {
    for (asked, answer) in [
        ("What city were you born in?", "Boston"),
        ("What was the name of your first pet?", "Rex"),
        ("What was your first school?", "Hillside"),
        ("What is your memorable word?", "Zanzibar"),
        ("Right, and your PIN as well please.", "5380"),
    ] {
        let mut turns = vec![
            ("customer", "Someone used my card in Denver"),
            ("bot", asked),
            ("customer", answer),
        ];
        let s = summary_of(&turns);
        let all = format!("{s:?}");
        assert!(!all.contains(answer), "{asked}: {all}");
        assert_eq!(s.last_customer_message.as_deref(), Some("[secret]"));
        let later = format!("Did {answer} work?");
        turns.extend([("bot", "Thanks. Anything else?"), ("customer", &later)]);
        let s = summary_of(&turns);
        assert_eq!(
            s.last_customer_message.as_deref(),
            Some("Did [secret] work?")
        );
    }
}
