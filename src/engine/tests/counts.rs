//! Conditions that count: `seen`, the counters (turn, messages by role, bot fallbacks,
//! the bot's questions asked again, minutes elapsed), and the shouting built-in with its
//! settings. The repeat built-in
//! and the counter of customer repeats are in `repeats.rs`.

use super::*;

#[test]
fn seen_counts_matching_messages_so_far() {
    let e = engine(SEEN);
    let o = run(
        &e,
        &[
            ("customer", "ugh, ugh"),
            ("bot", "annoying"),
            ("customer", "so annoying"),
        ],
    );
    assert_eq!(
        o.escalation_turn,
        Some(3),
        "bot messages do not count; one message counts once"
    );
    let turns: Vec<usize> = o.triggers[0]
        .evidence
        .iter()
        .map(|e| match e {
            Evidence::Match { turn, .. } => *turn,
            _ => 0,
        })
        .collect();
    assert_eq!(turns, [1, 3]);
}

#[test]
fn counters_turn_and_messages_by_role() {
    let e = engine(
        r"
version: 1
triggers:
  - id: long
    when:
      all:
        - counter: { name: customer_messages, at_least: 3 }
        - counter: { name: turn, at_most: 5 }
",
    );
    let msgs = [
        ("customer", "a"),
        ("bot", "b"),
        ("customer", "c"),
        ("customer", "d"),
    ];
    let o = run(&e, &msgs);
    assert_eq!(o.escalation_turn, Some(4));
    assert_eq!(
        o.triggers[0].evidence,
        [
            Evidence::Counter {
                name: "customer_messages",
                value: 3.0,
                within: None,
            },
            Evidence::Counter {
                name: "turn",
                value: 4.0,
                within: None,
            },
        ]
    );
    let too_late = [
        ("bot", "a"),
        ("bot", "b"),
        ("bot", "c"),
        ("customer", "d"),
        ("customer", "e"),
        ("customer", "f"),
    ];
    assert!(!run(&e, &too_late).escalated);
}

#[test]
fn bot_fallbacks_count_only_bot_messages() {
    let e = engine(
        r"
version: 1
triggers:
  - id: loop
    when: { counter: { name: bot_fallbacks, at_least: 2 } }
",
    );
    let o = run(
        &e,
        &[
            ("customer", "I didn't understand your answer"),
            ("bot", "Sorry, I didn't understand that."),
            ("customer", "the widget"),
            ("bot", "I’m not sure what you mean. Could you rephrase?"),
        ],
    );
    assert_eq!(o.escalation_turn, Some(4));
}

/// rules43: fallbacks answering the customer's remarks on the bot's finished answers
/// counted as the bot going in circles (star-5741); a plain request after a finished
/// answer, or anything after a prompt, still counts.
#[test]
fn bot_fallbacks_leave_out_remarks_on_a_finished_answer() {
    let e = engine(
        r"
version: 1
triggers:
  - id: loop
    when: { counter: { name: bot_fallbacks, at_least: 2 } }
",
    );
    let remarks = [
        ("customer", "what's the weather on thursday"),
        ("bot", "It will be raining all day."),
        ("customer", "dang that's gonna be miserable"),
        ("bot", "Sorry, I didn't understand that."),
        ("customer", "and in New York"),
        ("bot", "It will be snowing all day."),
        (
            "customer",
            "that's certainly an interesting weather pattern",
        ),
        ("bot", "Sorry, I didn't understand that."),
    ];
    assert!(!run(&e, &remarks).escalated);
    let mut asked = remarks;
    asked[2] = ("customer", "Let's book a table for tonight.");
    asked[6] = ("customer", "Make a reservation.");
    assert_eq!(run(&e, &asked).escalation_turn, Some(8));
    let mut prompted = remarks;
    prompted[1] = ("bot", "Please enter the code.");
    prompted[5] = ("bot", "When would you like to leave?");
    assert_eq!(run(&e, &prompted).escalation_turn, Some(8));
}

#[test]
fn shouting_settings_tune_length_and_share() {
    let e = engine(
        r"
version: 1
signals:
  - { id: caps, builtin: shouting, min_letters: 6, min_share: 0.5 }
  - { id: default-caps, builtin: shouting }
triggers:
  - { id: caps, when: { message: { role: customer, signal: caps } } }
  - { id: default-caps, when: { message: { role: customer, signal: default-caps } } }
",
    );
    assert_eq!(ids(&run(&e, &[("customer", "WHERE IS IT")])), ["caps"]);
    assert_eq!(
        ids(&run(&e, &[("customer", "WHY IS this STILL broken")])),
        ["caps"],
        "10 capitals of 20 letters: half, under 70%"
    );
    assert_eq!(
        ids(&run(
            &e,
            &[("customer", "WHERE IS MY REFUND, I WAITED A WEEK")]
        )),
        ["caps", "default-caps"]
    );
    assert!(!run(&e, &[("customer", "NO")]).escalated);
}

#[test]
fn minutes_elapsed_uses_timestamps() {
    let e = engine(
        r"
version: 1
triggers:
  - id: slow
    when: { counter: { name: minutes_elapsed, at_least: 30 } }
",
    );
    let mut c = conversation(&[("customer", "a"), ("bot", "b"), ("customer", "c")], &[]);
    for (m, t) in c
        .messages
        .iter_mut()
        .zip(["2024-01-01T10:00:00Z", "", "2024-01-01T10:31:00Z"])
    {
        m.time = t.to_owned();
        m.timestamp = t.parse().ok();
    }
    let o = e.evaluate(&c, &mut Scratch::default());
    assert_eq!(o.escalation_turn, Some(3));
    assert_eq!(o.escalation_time.as_deref(), Some("2024-01-01T10:31:00Z"));
}

#[test]
fn shouting_is_detected_on_mostly_capital_messages() {
    let e = engine(
        r"
version: 1
signals:
  - { id: caps, builtin: shouting }
triggers:
  - { id: caps, when: { message: { role: customer, signal: caps } } }
",
    );
    assert!(run(&e, &[("customer", "WHERE IS MY REFUND, I WAITED A WEEK")]).escalated);
    assert!(!run(&e, &[("customer", "My SSO and API keys are fine")]).escalated);
}

const BOT_REPEATS: &str = r"
version: 1
triggers:
  - id: asks-again
    when: { counter: { name: bot_repeats, at_least: 2, within: 4 } }
";

const DATE_OF_BIRTH: &str = "Could you provide your date of birth, please?";

#[test]
fn bot_repeats_counts_the_same_question_asked_again_running() {
    let e = engine(BOT_REPEATS);
    let o = run(
        &e,
        &[
            ("customer", "Someone took $500 from my account."),
            ("bot", DATE_OF_BIRTH),
            ("customer", "I feel lost in the city."),
            ("bot", DATE_OF_BIRTH),
            ("customer", "What goes up must come down"),
            ("bot", "could you provide your date of birth please"),
        ],
    );
    assert_eq!(o.escalation_turn, Some(6));
    assert_eq!(
        o.triggers[0].evidence,
        [Evidence::Counter {
            name: "bot_repeats",
            value: 2.0,
            within: Some(4),
        }]
    );
}

#[test]
fn bot_repeats_leaves_out_offers_and_questions_after_a_step_on() {
    let e = engine(
        r"
version: 1
triggers:
  - id: asks-again
    when: { counter: { name: bot_repeats, at_least: 1 } }
",
    );
    let offers = [
        ("bot", "Is there anything else that I can do for you?"),
        ("customer", "hm"),
        ("bot", "Is there anything else that I can do for you?"),
        ("customer", "hm"),
        ("bot", "Would you like to continue playing?"),
        ("customer", "hm"),
        ("bot", "Would you like to continue playing?"),
    ];
    assert!(!run(&e, &offers).escalated);
    let stepped_on = [
        ("bot", "For how many people should the reservation be made?"),
        ("customer", "Two."),
        ("bot", "Your table is booked."),
        ("customer", "And one for tomorrow."),
        ("bot", "For how many people should the reservation be made?"),
    ];
    assert!(!run(&e, &stepped_on).escalated);
}

#[test]
fn bot_repeats_needs_a_customer_word_between_that_is_no_plain_answer() {
    let e = engine(BOT_REPEATS);
    let account = "What is your account number?";
    // A double post, then a nudge after "one sec": no answer the bot failed to take.
    let nudged = [
        ("customer", "hi"),
        ("bot", account),
        ("bot", account),
        ("bot", account),
        ("customer", "one sec"),
        ("bot", account),
    ];
    assert!(!run(&e, &nudged).escalated);
    // A form asked item by item, each item answered plainly.
    let next = "What is the name of the next passenger?";
    let form = [
        ("customer", "Book 3 tickets to Boston please"),
        ("bot", next),
        ("customer", "John Smith"),
        ("bot", next),
        ("customer", "Mary Smith"),
        ("bot", next),
        ("customer", "Ana López"),
        ("bot", next),
    ];
    assert!(!run(&e, &form).escalated);
    // The customer who cannot answer is still asked again.
    let stuck = [
        ("customer", "check my balance"),
        ("bot", account),
        ("customer", "i dont have it"),
        ("bot", account),
        ("customer", "I told you I dont have it"),
        ("bot", account),
    ];
    assert_eq!(run(&e, &stuck).escalation_turn, Some(6));
}

#[test]
fn two_questions_asked_twice_each_are_no_three_in_a_row() {
    let e = engine(BOT_REPEATS);
    let msgs = [
        ("bot", "When will you be leaving again?"),
        ("customer", "Actually, the Hyatt instead."),
        ("bot", "When will you be leaving again?"),
        ("customer", "The 24th."),
        ("bot", "May I have your name, please?"),
        (
            "customer",
            "My brother is getting married, scratch this month.",
        ),
        ("bot", "May I have your name, please?"),
    ];
    assert!(!run(&e, &msgs).escalated);
    // Both count: without the window, two asked again.
    let all = engine(&BOT_REPEATS.replace(", within: 4", ""));
    assert_eq!(run(&all, &msgs).escalation_turn, Some(7));
}

#[test]
fn a_new_conversation_has_asked_nothing_yet() {
    let e = engine(BOT_REPEATS);
    let mut scratch = Scratch::default();
    let first = conversation(&[("customer", "hi"), ("bot", DATE_OF_BIRTH)], &[]);
    assert!(!e.evaluate(&first, &mut scratch).escalated);
    // Had the first conversation's question stayed, this one's first would count.
    let second = conversation(
        &[
            ("bot", DATE_OF_BIRTH),
            ("customer", "no"),
            ("bot", DATE_OF_BIRTH),
        ],
        &[],
    );
    let lenient = engine(&BOT_REPEATS.replace("at_least: 2", "at_least: 1"));
    assert!(!lenient.evaluate(&first, &mut scratch).escalated);
    assert_eq!(
        lenient.evaluate(&second, &mut scratch).escalation_turn,
        Some(3)
    );
    assert!(!e.evaluate(&second, &mut scratch).escalated);
}
