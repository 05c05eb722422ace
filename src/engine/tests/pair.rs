//! `Pair` (diff's two engines) gives exactly what each engine gives alone, whether it
//! shares scans or not, with one scratch across conversations.

use proptest::prelude::*;

use super::*;

const SIGNALS: &str = r"
version: 1
signals:
  - { id: pricing, phrases: [discount, too expensive], regex: ['\b\d+ seats\b'] }
  - { id: angry, builtin: frustration }
  - { id: shouting, builtin: shouting }
  - { id: person, builtin: human_request }
teams:
  - { id: sales, name: Sales, agent: Maya, bridge: 'Hi, {{ reason }}.' }
  - { id: support, name: Support, agent: Chris, bridge: 'Hello, {{ reason }}.' }
default_route: { team: support }
";

/// Escalates early: the base rules.
const BASE: &str = "
triggers:
  - { id: pricing, reason: price, when: { message: { role: customer, signal: pricing } } }
  - { id: loop, reason: loop, when: { counter: { name: bot_fallbacks, at_least: 2 } } }
  - { id: repeat, reason: repeat, when: { counter: { name: customer_repeats, at_least: 1 } } }
  - { id: again, reason: again, when: { counter: { name: bot_repeats, at_least: 2 } } }
routes:
  - { id: deals, when: { trigger: pricing }, team: sales }
";

/// Escalates later, on other things: the head rules, same signals.
const HEAD: &str = "
triggers:
  - { id: angry, reason: angry, when: { any: [ { message: { role: customer, signal: angry } }, { message: { role: customer, signal: shouting } } ] } }
  - { id: loop, reason: loop, when: { counter: { name: bot_fallbacks, at_least: 3 } } }
  - { id: repeat, reason: repeat, when: { counter: { name: customer_repeats, at_least: 2 } } }
  - { id: person, reason: person, when: { seen: { signal: person, role: customer, at_least: 2 } } }
  - { id: again, reason: again, when: { counter: { name: bot_repeats, at_least: 1 } } }
routes:
  - { id: upset, when: { trigger: angry }, team: sales }
";

const TEXTS: &[&str] = &[
    "hello there",
    "is there a discount for 40 seats?",
    "this is ridiculous and useless",
    "WHY IS MY ACCOUNT LOCKED AGAIN TODAY",
    "Sorry, I didn't understand that.",
    "I want to talk to a human",
    "my calendar events disappear after the sync runs",
    "calendar events disappear after the sync runs again",
    "ok thanks",
    "What is your account number?",
    "I told you I don't have one",
];

fn chat(turns: &[(bool, usize)]) -> Conversation {
    let messages: Vec<(&str, &str)> = turns
        .iter()
        .map(|&(customer, t)| (if customer { "customer" } else { "bot" }, TEXTS[t]))
        .collect();
    conversation(&messages, &[])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn a_pair_gives_what_each_engine_gives_alone(
        chats in prop::collection::vec(
            prop::collection::vec((any::<bool>(), 0..TEXTS.len()), 1..12),
            1..8,
        ),
    ) {
        let base = engine(&format!("{SIGNALS}{BASE}"));
        let head = engine(&format!("{SIGNALS}{HEAD}"));
        let other = engine(&format!(
            "{}{HEAD}",
            SIGNALS.replace("too expensive", "too pricey")
        ));
        let shared = Pair::new(&base, &head).unwrap();
        let apart = Pair::new(&base, &other).unwrap();
        prop_assert!(shared.shares_scans());
        prop_assert!(!apart.shares_scans());
        let mut scratch = Scratch::default();
        for turns in &chats {
            let c = chat(turns);
            for (pair, head) in [(&shared, &head), (&apart, &other)] {
                let alone = (
                    base.evaluate(&c, &mut Scratch::default()),
                    head.evaluate(&c, &mut Scratch::default()),
                );
                prop_assert_eq!(pair.evaluate(&c, &mut scratch), alone);
            }
        }
    }
}

/// The head counts the bot asking again after the base escalated on a price: it takes
/// the base's `bot_repeats` answers up to there and asks the rest itself.
#[test]
fn a_head_reads_bot_repeats_past_the_base_s_escalation() {
    let base = engine(&format!("{SIGNALS}{BASE}"));
    let head = engine(&format!("{SIGNALS}{HEAD}"));
    let pair = Pair::new(&base, &head).unwrap();
    // The question (bot), a price asked (customer: the base escalates), the question
    // again (the head escalates, past the base's log).
    let c = chat(&[(false, 9), (true, 1), (false, 9)]);
    let mut scratch = Scratch::default();
    let (b, h) = pair.evaluate(&c, &mut scratch);
    assert_eq!(b.escalation_turn, Some(2), "{b:?}");
    assert_eq!(h.escalation_turn, Some(3), "{h:?}");
    // Asked three times: the head takes the base's answers for all of it.
    let c = chat(&[(false, 9), (true, 10), (false, 9), (true, 10), (false, 9)]);
    let alone = (
        base.evaluate(&c, &mut Scratch::default()),
        head.evaluate(&c, &mut Scratch::default()),
    );
    assert_eq!(pair.evaluate(&c, &mut scratch), alone);
    assert_eq!(alone.1.escalation_turn, Some(3));
    assert_eq!(alone.0.escalation_turn, Some(5));
}

const PERSON: &str = "  - { id: person, builtin: human_request }\n";

/// Head rules whose signals differ from the base's, each in one way `diff` sees: a
/// phrase changed, a threshold, a regex, a signal added (and read), one dropped, an
/// inline detector, a signal renamed (which scans alike already: ids are not scanned).
fn heads_with_other_signals() -> Vec<String> {
    let sync = "
  - { id: sync, reason: sync, when: { seen: { signal: sync, at_least: 2 } } }
";
    let inline = "
  - { id: seats, reason: seats, when: { message: { role: customer, phrases: [seats, ridiculous] } } }
";
    vec![
        format!("{}{HEAD}", SIGNALS.replace("too expensive", "too pricey")),
        format!(
            "{}{HEAD}",
            SIGNALS.replace("builtin: frustration }", "builtin: frustration, threshold: 1 }")
        ),
        format!("{}{HEAD}", SIGNALS.replace(r"\b\d+ seats\b", r"\b\d+ users\b")),
        format!(
            "{}{}",
            SIGNALS.replace(PERSON, &format!("{PERSON}  - {{ id: sync, phrases: [sync runs, disappear] }}\n")),
            HEAD.replace("triggers:\n", &format!("triggers:{sync}"))
        ),
        format!(
            "{}{}",
            SIGNALS.replace("  - { id: pricing, phrases: [discount, too expensive], regex: ['\\b\\d+ seats\\b'] }\n", ""),
            HEAD.replace("triggers:\n", &format!("triggers:{inline}"))
        ),
        format!(
            "{}{}",
            SIGNALS.replace("id: angry", "id: upset"),
            HEAD.replace("signal: angry", "signal: upset")
        ),
    ]
}

#[test]
fn the_head_s_variants_load() {
    for head in heads_with_other_signals() {
        engine(&head);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Signals that differ are shared after `Engine::share_signals`: one scan for both,
    /// and each rule set's outcomes exactly what it gives alone.
    #[test]
    fn engines_sharing_their_signals_give_what_each_gives_alone(
        chats in prop::collection::vec(
            prop::collection::vec((any::<bool>(), 0..TEXTS.len()), 1..12),
            1..6,
        ),
    ) {
        let base = engine(&format!("{SIGNALS}{BASE}"));
        for yaml in heads_with_other_signals() {
            let head = engine(&yaml);
            let (shared_base, shared_head) = Engine::share_signals(
                engine(&format!("{SIGNALS}{BASE}")),
                engine(&yaml),
                EngineOptions::default(),
            )
            .unwrap();
            let shared = Pair::new(&shared_base, &shared_head).unwrap();
            prop_assert!(shared.shares_scans(), "{yaml}");
            let mut scratch = Scratch::default();
            for turns in &chats {
                let c = chat(turns);
                let alone = (
                    base.evaluate(&c, &mut Scratch::default()),
                    head.evaluate(&c, &mut Scratch::default()),
                );
                prop_assert_eq!(shared.evaluate(&c, &mut scratch), alone);
            }
        }
    }
}
