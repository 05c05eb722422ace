//! The repeat built-in: near-identical customer messages of three words or more, not
//! pleasantries or thanks sent again, not an answer to the bot asking again; its
//! settings and defaults; what a trace notes of the repeats it excused.

use super::*;

#[test]
fn customer_repeats_need_a_near_identical_message_of_three_words() {
    let e = engine(
        r"
version: 1
triggers:
  - id: loop
    when: { counter: { name: customer_repeats, at_least: 1 } }
",
    );
    let o = run(
        &e,
        &[
            ("customer", "yes"),
            ("customer", "yes"),
            ("customer", "I need to change my address"),
            ("bot", "Here is your tracking link."),
            ("customer", "i need to change my address!!"),
        ],
    );
    assert_eq!(o.escalation_turn, Some(5));
}

/// rules43: a suggestion the bot offered ("You can say 'track order' or 'talk to
/// agent'"), sent again, counted as the customer going in circles.
#[test]
fn a_suggestion_the_bot_offered_sent_again_is_no_repeat() {
    let e = engine(
        r"
version: 1
signals:
  - { id: looping, builtin: repeat, min_words: 2 }
triggers:
  - id: looping
    when: { message: { role: customer, signal: looping } }
",
    );
    let offered = [
        ("customer", "track order"),
        (
            "bot",
            "Your order ships tomorrow. You can say 'track order' or 'talk to agent'.",
        ),
        ("customer", "track order"),
    ];
    assert!(!run(&e, &offered).escalated);
    let mut echoed = offered;
    echoed[1] = ("bot", "Your order ships tomorrow.");
    assert_eq!(ids(&run(&e, &echoed)), ["looping"]);
}

#[test]
fn pleasantries_sent_again_are_not_repeats() {
    let e = engine(
        r"
version: 1
triggers:
  - id: loop
    when: { counter: { name: customer_repeats, at_least: 1 } }
",
    );
    let pleasantries = [
        ("customer", "Okay, thanks so much!"),
        ("bot", "Anything else?"),
        ("customer", "okay thanks so much"),
        ("customer", "Thank you very much."),
        ("customer", "thank you very much"),
    ];
    assert!(!run(&e, &pleasantries).escalated);
}

/// The repeat signal, and the counter of repeats: a repeat excused counts in neither.
const LOOPING: &str = r"
version: 1
signals:
  - { id: looping, builtin: repeat }
triggers:
  - { id: loop, when: { message: { role: customer, signal: looping } } }
  - id: counted
    when: { counter: { name: customer_repeats, at_least: 1 } }
";

/// A repeat of what the bot asked for again ("Could you provide a detailed fraud report
/// now?", the report given before; STAR star-1918) is an answer, not a loop, for the
/// signal and the counter alike; the same repeat after a bot that starts over ("Hello,
/// how can I help?") is one.
#[test]
fn a_repeat_the_bot_asked_for_is_no_loop() {
    let e = engine(LOOPING);
    let report = "there have been frequent money transfers of $10 over the past week";
    let asked = run(
        &e,
        &[
            ("customer", report),
            (
                "bot",
                "Could you provide a detailed fraud report now, please?",
            ),
            ("customer", report),
        ],
    );
    assert!(!asked.escalated, "{asked:?}");
    let reset = run(
        &e,
        &[
            ("customer", report),
            ("bot", "Hello, how can I help?"),
            ("customer", report),
        ],
    );
    assert_eq!(reset.escalation_turn, Some(3));
    // Asked for once, the third sending is a loop again.
    let again = run(
        &e,
        &[
            ("customer", report),
            (
                "bot",
                "Could you provide a detailed fraud report now, please?",
            ),
            ("customer", report),
            ("bot", "Thank you. Is there anything else?"),
            ("customer", report),
        ],
    );
    assert_eq!(again.escalation_turn, Some(5));
}

/// Thanks sent again ("Thanks, that worked perfectly!") is manners, not a loop, for the
/// signal and the counter alike; thanks with more to say, sent again, is one.
#[test]
fn thanks_sent_again_is_no_loop() {
    let e = engine(LOOPING);
    let thanks = "Thanks, that worked perfectly!";
    let twice = run(
        &e,
        &[
            ("customer", thanks),
            ("bot", "Glad to help. Anything else?"),
            ("customer", "Thanks, that worked PERFECTLY"),
            ("bot", "You're welcome."),
            ("customer", thanks),
        ],
    );
    assert!(!twice.escalated, "{twice:?}");
    // Thanks with a complaint has something to say: sent again, it is a loop.
    let complaint = "Thanks, but the export still fails";
    let again = run(
        &e,
        &[
            ("customer", complaint),
            ("bot", "Glad to help. Anything else?"),
            ("customer", complaint),
        ],
    );
    assert_eq!(again.escalation_turn, Some(3));
}

const REPEAT_SETTINGS: &str = r"
version: 1
signals:
  - id: loop
    builtin: repeat
    min_words: 3
    min_content_words: 2
    times: 3
triggers:
  - { id: loop, when: { message: { role: customer, signal: loop } } }
";

#[test]
fn repeat_settings_tune_length_content_and_times() {
    let e = engine(REPEAT_SETTINGS);
    // Two words: short (below min_words 3), counts on its third sending.
    let o = run(
        &e,
        &[
            ("customer", "Forbes Murray"),
            ("bot", "Where would you like to be picked up?"),
            ("customer", "Forbes Murray."),
            ("bot", "Where would you like to be picked up?"),
            ("customer", "forbes murray"),
        ],
    );
    assert_eq!(o.escalation_turn, Some(5));
    assert_eq!(
        o.triggers[0].evidence,
        [Evidence::Match {
            turn: 5,
            role: Role::Customer,
            signal: "loop".into(),
            text: "forbes murray".into(),
        }]
    );
    // Three words (min_words): the second sending counts.
    let o = run(
        &e,
        &[
            ("customer", "Forbes and Murray"),
            ("customer", "forbes and murray!"),
        ],
    );
    assert_eq!(o.escalation_turn, Some(2));
    // One content word ("idea") of the two needed: never.
    let formula = [("customer", "I have no idea."); 4];
    assert!(!run(&e, &formula).escalated);
}

#[test]
fn repeat_defaults_ignore_short_messages_and_keep_the_counter_apart() {
    let e = engine(
        r"
version: 1
signals:
  - { id: loop, builtin: repeat }
  - { id: short, builtin: repeat, min_words: 1, times: 2 }
triggers:
  - { id: loop, when: { message: { role: customer, signal: loop } } }
  - { id: short, when: { message: { role: customer, signal: short } } }
  - { id: counter, when: { counter: { name: customer_repeats, at_least: 1 } } }
",
    );
    let o = run(&e, &[("customer", "Forbes and Murray"); 3]);
    assert_eq!(o.escalation_turn, Some(2));
    assert_eq!(
        ids(&o),
        ["short"],
        "the default and the counter wait for 4 words"
    );
    let o = run(&e, &[("customer", "I need to change my address"); 2]);
    assert_eq!(ids(&o), ["loop", "short", "counter"]);
}

/// `explain` says where a repeat was the bot's asking (lint12): the trace's step notes
/// each repeat signal that the exception kept from matching, and no other step; the
/// third sending, a loop again, matches and is not noted.
#[test]
fn a_trace_notes_the_repeats_the_bot_asked_for() {
    let e = engine(
        r"
version: 1
signals:
  - { id: looping, builtin: repeat }
  - { id: pricing, phrases: [refund] }
triggers:
  - { id: loop, when: { message: { role: customer, signal: looping } } }
",
    );
    let report = "there have been frequent money transfers of $10 over the past week";
    let messages = [
        ("customer", report),
        (
            "bot",
            "Could you provide a detailed fraud report now, please?",
        ),
        ("customer", report),
        ("bot", "Thank you. Is there anything else?"),
        ("customer", report),
    ];
    let trace = e.trace(&conversation(&messages, &[]));
    let noted: Vec<&[String]> = trace.steps.iter().map(|s| &s.asked_again[..]).collect();
    let none: &[String] = &[];
    assert_eq!(
        noted,
        [none, none, &["looping".to_owned()][..], none, none],
        "{trace:?}"
    );
    assert!(
        trace.steps[4]
            .signals
            .iter()
            .any(|g| g.signal == "looping" && g.matched)
    );
    assert_eq!(trace.outcome.escalation_turn, Some(5));
}

/// Thanks sent again is noted as thanks, not as the bot's asking, even after a bot
/// message that asks for something.
#[test]
fn a_trace_notes_thanks_sent_again() {
    let e = engine(
        r"
version: 1
signals:
  - { id: looping, builtin: repeat }
triggers:
  - { id: loop, when: { message: { role: customer, signal: looping } } }
",
    );
    let thanks = "Great, thank you for the quick answer.";
    let messages = [
        ("customer", thanks),
        ("bot", "Can you confirm your order number?"),
        ("customer", thanks),
    ];
    let trace = e.trace(&conversation(&messages, &[]));
    let thanked: Vec<&[String]> = trace.steps.iter().map(|s| &s.thanks_again[..]).collect();
    let none: &[String] = &[];
    assert_eq!(
        thanked,
        [none, none, &["looping".to_owned()][..]],
        "{trace:?}"
    );
    assert!(
        trace.steps.iter().all(|s| s.asked_again.is_empty()),
        "{trace:?}"
    );
    assert!(!trace.outcome.escalated);
}
