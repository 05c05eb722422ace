//! A summary's mood agrees with the rules' frustration and shouting signals: their own
//! phrases and negation count, a mild cue alone does not, and a fired trigger's evidence
//! marks its message.

use super::*;

fn mood_after(e: &Engine, messages: &[(&str, &str)]) -> crate::summary::Mood {
    let c = conversation(messages, &[]);
    let (outcome, summary) = e.evaluate_and_summarize(&c, &mut Scratch::default());
    summary
        .or_else(|| Some(e.summarize(&c, c.messages.len(), &outcome.triggers)))
        .unwrap()
        .mood
}

const NOTES: EngineOptions = EngineOptions {
    coverage: false,
    notes: true,
    redact: false,
};

/// Regression: "Oh bloody hell", a phrase the rules add to the
/// built-in lexicon, escalated for frustration and the packet's mood said "calm".
#[test]
fn a_rule_frustration_phrase_is_frustration() {
    let e = engine_with(
        r#"
version: 1
signals:
  - id: frustration
    builtin: frustration
    phrases:
      - { phrase: "bloody hell", weight: 2 }
triggers:
  - { id: frustration, when: { message: { role: customer, signal: frustration } } }
"#,
        NOTES,
    );
    let messages = [
        ("customer", "I need to reserve flight 820."),
        ("bot", "Right, your flight is now reserved!"),
        ("customer", "Oh bloody hell. The flight ID is actually 596."),
    ];
    let mood = mood_after(&e, &messages);
    assert_eq!(mood.trajectory, "calm, then frustrated from message 3");
    assert_eq!(mood.frustrated_messages, 1);
    // The signal's negation holds for the mood as for the trigger.
    let calm = mood_after(
        &e,
        &[
            ("customer", "I need to reserve flight 820."),
            ("customer", "Not bloody hell, just a typo: it is 596."),
        ],
    );
    assert_eq!(calm.trajectory, "calm");
}

#[test]
fn a_mild_cue_alone_is_no_verdict_but_a_trigger_on_it_is() {
    // A signal of one cue (threshold 1) does not make the mood by itself ...
    let rules = |when: &str| {
        format!(
            r"
version: 1
signals:
  - {{ id: cue, builtin: frustration, threshold: 1 }}
triggers:
  - {{ id: needs-help, when: {when} }}
"
        )
    };
    let messages = [
        ("customer", "Please book a taxi to the station."),
        ("customer", "My girlfriend will be furious if we are late."),
    ];
    let e = engine_with(
        &rules("{ message: { role: customer, phrases: [late] } }"),
        NOTES,
    );
    assert_eq!(
        run(&e, &messages).escalation_turn,
        Some(2),
        "on other words"
    );
    assert_eq!(mood_after(&e, &messages).trajectory, "calm");
    // ... but quoted by a fired trigger's evidence it does: the rules escalated on it.
    let e = engine_with(
        &rules("{ message: { role: customer, signal: cue } }"),
        NOTES,
    );
    assert_eq!(
        mood_after(&e, &messages).trajectory,
        "calm, then frustrated from message 2"
    );
}

#[test]
fn a_trigger_or_signal_named_for_the_mood_marks_its_evidence() {
    let chat = [
        ("customer", "Where is my order?"),
        ("customer", "For crying out loud, where is it?"),
    ];
    // Phrases only, no built-in: the trigger's id says what the rules meant.
    let e = engine_with(
        r#"
version: 1
triggers:
  - id: angry-customer
    when: { message: { role: customer, phrases: ["for crying out loud"] } }
"#,
        NOTES,
    );
    let mood = mood_after(&e, &chat);
    assert_eq!(mood.trajectory, "calm, then frustrated from message 2");
    // A trigger named for something else on the same words leaves the mood alone.
    let e = engine_with(
        r#"
version: 1
triggers:
  - id: order-status
    when: { message: { role: customer, phrases: ["for crying out loud"] } }
"#,
        NOTES,
    );
    let mood = mood_after(&e, &chat);
    assert_eq!(mood.trajectory, "calm");
}

/// Capitals alone are no mood: a customer who types in capitals, or shouts for joy,
/// reads calm; capitals with a cue of frustration in the same message (a mild one of
/// the lexicon, or a rule's phrase at any weight) read frustrated.
#[test]
fn capitals_alone_are_no_frustration() {
    // No rule of the mood at all: the built-in detectors alone.
    let e = engine_with(
        r"
version: 1
triggers:
  - { id: refund, when: { message: { role: customer, phrases: [refund] } } }
",
        NOTES,
    );
    let shouting_for_joy = [
        ("customer", "THANK YOU SO MUCH FOR THE ORDER"),
        ("bot", "You're welcome!"),
        ("customer", "I NEED IT BY FRIDAY PLEASE"),
    ];
    assert_eq!(mood_after(&e, &shouting_for_joy).trajectory, "calm");
    let annoyed = [
        ("customer", "Where is my order?"),
        ("bot", "It is on its way."),
        ("customer", "THIS IS SO ANNOYING, WHERE IS MY ORDER"),
    ];
    assert_eq!(
        mood_after(&e, &annoyed).trajectory,
        "calm, then frustrated from message 3"
    );
    // A rule's shouting signal, and a trigger on it alone: it escalates, and the mood
    // still needs a cue; with a rule's own mild phrase it has one.
    let e = engine_with(
        r#"
version: 1
signals:
  - { id: caps, builtin: shouting }
  - id: upset
    builtin: frustration
    phrases:
      - { phrase: "taking ages", weight: 1 }
triggers:
  - { id: shouting, when: { message: { role: customer, signal: caps } } }
"#,
        NOTES,
    );
    let c = conversation(&shouting_for_joy, &[]);
    assert_eq!(run(&e, &shouting_for_joy).escalation_turn, Some(1));
    let (outcome, summary) = e.evaluate_and_summarize(&c, &mut Scratch::default());
    assert!(outcome.escalation_turn.is_some());
    assert_eq!(summary.unwrap().mood.trajectory, "calm");
    let ages = [("customer", "MY ORDER IS TAKING AGES")];
    assert_eq!(mood_after(&e, &ages).trajectory, "frustrated throughout");
}

/// The starter rules' `frustration` trigger on capitals and a mild cue: the packet of the
/// conversation it escalates reads frustrated at that message.
#[test]
fn capitals_with_a_cue_that_escalated_are_frustration() {
    let e = engine_with(
        r#"
version: 1
signals:
  - { id: shouting, builtin: shouting }
  - { id: frustration-cue, builtin: frustration, threshold: 1, phrases: [{ phrase: "why", weight: 1 }] }
triggers:
  - id: frustration
    when:
      all:
        - message: { role: customer, signal: shouting }
        - message: { role: customer, signal: frustration-cue }
"#,
        NOTES,
    );
    let messages = [
        ("customer", "My account is locked."),
        ("bot", "Please reset your password."),
        ("customer", "WHY IS MY ACCOUNT LOCKED AGAIN"),
    ];
    assert_eq!(run(&e, &messages).escalation_turn, Some(3));
    assert_eq!(
        mood_after(&e, &messages).trajectory,
        "calm, then frustrated from message 3"
    );
}

/// A signal the rules read only under `not:` (here `weather`, which keeps "I hate the
/// rain" from counting as upset; the starter's `polite-closing`) cancels a cue; it is no
/// topic of the conversation: STAR packets listed `polite-closing` as a topic.
#[test]
fn a_signal_read_only_under_not_is_no_topic() {
    let e = engine_with(
        r"
version: 1
signals:
  - { id: upset, phrases: [furious, hate] }
  - { id: weather, phrases: [rain] }
  - { id: refund, phrases: [refund] }
  - { id: twice, phrases: [again] }
triggers:
  - id: upset
    when:
      all:
        - { message: { role: customer, signal: upset } }
        - not: { message: { role: customer, signal: weather } }
  - id: refund
    when:
      any:
        - { message: { role: customer, signal: refund } }
        - not: { not: { seen: { signal: twice } } }
",
        NOTES,
    );
    let c = conversation(
        &[
            ("customer", "I hate the rain. I want a refund again."),
            ("bot", "Sorry."),
            ("customer", "I am furious."),
        ],
        &[],
    );
    let topics = e.summarize(&c, c.messages.len(), &[]).topics;
    // Read twice negated is read as it is: a topic.
    assert_eq!(topics, ["upset", "refund", "twice"]);
    assert_eq!(e.rules.vetoes_only(), [false, true, false, false]);
}

/// `topic:` on a signal: `false` leaves out one the conditions read as it is (the
/// starter's `leaving`, "cancel" beside giving up, and `world-talk`: STAR packets listed
/// them ten and nine times, telling an agent nothing); `true` lists a built-in one or one
/// read only under `not:`.
#[test]
fn a_signal_says_whether_it_is_a_topic() {
    let e = engine_with(
        r"
version: 1
signals:
  - { id: upset, phrases: [furious] }
  - { id: leaving, phrases: [cancel], topic: false }
  - { id: weather, phrases: [rain], topic: true }
  - { id: refund, phrases: [refund] }
  - { id: shouting, builtin: shouting, topic: true }
triggers:
  - id: upset
    when:
      all:
        - any:
            - { message: { role: customer, signal: upset } }
            - { message: { role: customer, signal: leaving } }
            - { message: { role: customer, signal: shouting } }
        - not: { message: { role: customer, signal: weather } }
  - id: refund
    when: { message: { role: customer, signal: refund } }
",
        NOTES,
    );
    let c = conversation(
        &[
            ("customer", "It's the rain. I want a refund, or I cancel."),
            ("bot", "Sorry."),
            ("customer", "I AM FURIOUS ABOUT THIS REFUND"),
        ],
        &[],
    );
    let topics = e.summarize(&c, c.messages.len(), &[]).topics;
    assert_eq!(topics, ["refund", "weather", "upset", "shouting"]);
    assert_eq!(e.rules.topics(), [true, false, true, true, true]);
}

/// Regression (STAR packets): the starter's `leaving` and `world-talk` matched a booking
/// cancelled and the rain, and were listed as the chat's topics; a billing matter still is.
#[test]
fn the_starters_qualifiers_are_no_topics() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let rules = crate::rules::load_rule_set(&root.join("rules")).unwrap();
    let e = Engine::compile_with(rules, NOTES).unwrap();
    let c = conversation(
        &[
            (
                "customer",
                "It's raining, so cancel my table and refund the deposit.",
            ),
            ("bot", "Sorry, I didn't understand that."),
            ("customer", "I give up. This is ridiculous."),
        ],
        &[],
    );
    let outcome = e.evaluate(&c, &mut Scratch::default());
    assert_eq!(outcome.escalation_turn, Some(1), "the refund");
    let topics = e.summarize(&c, c.messages.len(), &outcome.triggers).topics;
    assert_eq!(topics, ["billing", "giving-up"]);
}
