//! The built-in lexicon and negation: what a negation cancels (and a trace says so),
//! greetings, sarcasm and insults, and weights adding up to a signal's threshold.

use super::*;

#[test]
fn negation_cancels_a_phrase_only_when_the_signal_asks() {
    let e = engine(
        r"
version: 1
signals:
  - { id: human, builtin: human_request }
  - { id: api, phrases: [api] }
triggers:
  - { id: human, when: { message: { role: customer, signal: human } } }
  - { id: api, when: { message: { role: customer, signal: api } } }
",
    );
    assert!(!run(&e, &[("customer", "I don't want to talk to a human")]).escalated);
    assert!(run(&e, &[("customer", "Why can't I talk to a human?")]).escalated);
    assert!(run(&e, &[("customer", "No. Talk to a human, now")]).escalated);
    assert_eq!(
        ids(&run(&e, &[("customer", "I can't get the API to work")])),
        ["api"]
    );
}

/// "Hi, is anyone there?" opens STAR chats; the built-in lexicon took
/// it for a request for a person.
#[test]
fn a_greeting_is_not_a_request_for_a_person() {
    let e = engine(
        r"
version: 1
signals:
  - { id: human, builtin: human_request }
triggers:
  - { id: human, when: { message: { role: customer, signal: human } } }
",
    );
    assert!(
        !run(
            &e,
            &[("customer", "Hi, is anyone there? I need to book a table")]
        )
        .escalated
    );
    assert!(run(&e, &[("customer", "Is there a human I can talk to?")]).escalated);
}

/// User review on the STAR chats the assistant judged aggressive: sarcasm and insults at
/// the assistant were not frustration; swearing at oneself must stay a mild cue.
#[test]
fn sarcasm_and_insults_at_the_assistant_are_frustration() {
    let e = engine(
        r"
version: 1
signals:
  - { id: frustration, builtin: frustration }
triggers:
  - { id: frustration, when: { message: { role: customer, signal: frustration } } }
",
    );
    for said in [
        "Thanks for nothing, goodbye",
        "Wow!! Thanks for absolutely nothing! Cya..",
        "Worst bot ever.",
        "I am NOT happy",
        "321 is the correct ID do your job",
        "What is wrong with you???",
        "Ugg, whatever. fine. big help you are",
        "Damn you, hurry up",
    ] {
        assert!(run(&e, &[("customer", said)]).escalated, "{said}");
    }
    for said in [
        "I feel like an idiot, I took the wrong bus.",
        "Hot damn! Book it.",
        "How do I not get lost at the airport?",
    ] {
        assert!(!run(&e, &[("customer", said)]).escalated, "{said}");
    }
}

#[test]
fn an_intensifier_does_not_cancel_a_phrase() {
    let e = engine(
        r"
version: 1
signals:
  - { id: human, builtin: human_request }
  - { id: rude, phrases: [ridiculous], negation: true }
triggers:
  - { id: human, when: { message: { role: customer, signal: human } } }
  - { id: rude, when: { message: { role: customer, signal: rude } } }
",
    );
    assert!(run(&e, &[("customer", "Is there no way to talk to a human?")]).escalated);
    assert!(
        run(
            &e,
            &[("customer", "I can't believe how ridiculous this is")]
        )
        .escalated
    );
    assert!(!run(&e, &[("customer", "It is not ridiculous")]).escalated);
}

#[test]
fn a_trace_says_which_negation_cancelled_a_phrase() {
    let e = engine(
        r"
version: 1
signals:
  - { id: rude, phrases: [ridiculous, absurd], negation: true, threshold: 1 }
triggers:
  - { id: rude, when: { message: { role: customer, signal: rude } } }
",
    );
    let c = conversation(
        &[("customer", "Honestly, NOT ridiculous. Never absurd")],
        &[],
    );
    let trace = e.trace(&c);
    assert_eq!(
        trace.steps[0].triggers[0].condition.detail,
        "no match; “ridiculous” cancelled by “NOT”; “absurd” cancelled by “Never”"
    );
    let c = conversation(&[("customer", "so ridiculous")], &[]);
    assert_eq!(
        e.trace(&c).steps[0].triggers[0].condition.detail,
        "matched “ridiculous”"
    );
}

#[test]
fn weights_add_up_to_the_threshold_without_double_counting() {
    let e = engine(
        r"
version: 1
signals:
  - id: frustration
    builtin: frustration
triggers:
  - { id: f, when: { message: { signal: frustration } } }
",
    );
    assert!(
        !run(&e, &[("customer", "that is a bit annoying")]).escalated,
        "one mild cue"
    );
    assert!(
        run(&e, &[("customer", "ugh, so annoying")]).escalated,
        "two mild cues"
    );
    assert!(
        run(&e, &[("customer", "this is ridiculous")]).escalated,
        "one strong cue"
    );
    assert!(
        !run(&e, &[("customer", "it still doesn't work")]).escalated,
        "a phrase inside a longer one counts once"
    );
    assert!(!run(&e, &[("customer", "I'm not frustrated at all")]).escalated);
}

/// A phrase added to a built-in lexicon adds cues: one that holds a heavier built-in
/// phrase ("useless bot", weight 1, around "useless", 2) counts once, at the heavier
/// weight, never less than the built-in phrase alone.
#[test]
fn a_longer_phrase_counts_at_the_heavier_weight_of_what_it_holds() {
    let e = engine(
        r"
version: 1
signals:
  - { id: angry, builtin: frustration, phrases: [useless bot] }
  - id: money
    threshold: 3
    phrases:
      - { phrase: refund, weight: 2 }
      - { phrase: refund please, weight: 1 }
      - { phrase: money back, weight: 1 }
triggers:
  - { id: angry, when: { message: { role: customer, signal: angry } } }
  - { id: money, when: { message: { role: customer, signal: money } } }
",
    );
    assert_eq!(
        ids(&run(&e, &[("customer", "this useless bot")])),
        ["angry"]
    );
    assert_eq!(ids(&run(&e, &[("customer", "so useless")])), ["angry"]);
    // Once, at 2: not 2 + 1.
    assert!(!run(&e, &[("customer", "refund please")]).escalated);
    assert_eq!(
        ids(&run(
            &e,
            &[("customer", "refund please, I want my money back")]
        )),
        ["money"]
    );
    let trace = e.trace(&conversation(&[("customer", "this useless bot")], &[]));
    let angry = &trace.steps[0].signals[0];
    assert!((angry.score - 2.0).abs() < f64::EPSILON, "{angry:?}");
    assert_eq!(
        angry.texts,
        ["useless bot"],
        "the longer phrase is the evidence"
    );
}
