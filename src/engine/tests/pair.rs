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
