//! L008 against the engine: a `bot_repeats` count above (N + 1) / 2 in a window of N
//! messages is flagged, and no conversation reaches it, however the roles run; at the
//! bound, a bot asking again after each answer does.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

use proptest::prelude::*;

use crate::diag::Diagnostic;
use crate::engine::{Engine, Scratch};
use crate::lint::logic::most_bot_repeats;
use crate::lint::{Overrides, lint};
use crate::rules::parse_rule_set;
use crate::transcript::{Input, ReaderBuilder};

const QUESTION: &str = "Could you provide your date of birth, please?";
/// No plain answer (more than four words): the bot asking again after it counts.
const ANSWER: &str = "I feel lost in the city.";

/// A rule set whose one trigger's condition is `when` (a flow map).
fn rules_yaml(when: &str) -> String {
    format!(
        "version: 1\ntriggers:\n  - {{ id: t, when: {when} }}\n\
         teams:\n  - {{ id: a, name: A, bridge: hi }}\ndefault_route: {{ team: a }}\n"
    )
}

fn bot_repeats(at_least: &str, within: u32) -> String {
    rules_yaml(&format!(
        "{{ counter: {{ name: bot_repeats, at_least: {at_least}, within: {within} }} }}"
    ))
}

/// The lint's diagnostics of the rules with `code`.
fn diagnostics(yaml: &str, code: &str) -> Vec<Diagnostic> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.yaml");
    std::fs::write(&path, yaml).unwrap();
    let report = lint(&path, &Overrides::default(), None).unwrap();
    report
        .diagnostics
        .into_iter()
        .filter(|d| d.code == Some(code))
        .collect()
}

/// The findings of the rules with `code`, rendered `line:column message`.
fn findings(yaml: &str, code: &str) -> Vec<String> {
    diagnostics(yaml, code)
        .iter()
        .map(|d| {
            let at = d.location.as_ref().unwrap();
            format!("{}:{} {}", at.line, at.column.unwrap(), d.message)
        })
        .collect()
}

/// Whether the conversation (`true`: the bot asks its question, `false`: the customer
/// answers) escalates under the rules.
fn escalates(yaml: &str, bot: &[bool]) -> bool {
    let rules = parse_rule_set(vec![(PathBuf::from("r.yaml"), yaml.to_owned())]).unwrap();
    let engine = Engine::compile(rules).unwrap();
    let mut csv = String::from("conversation_id,role,text\n");
    for &b in bot {
        let (role, text) = if b {
            ("bot", QUESTION)
        } else {
            ("customer", ANSWER)
        };
        writeln!(csv, "c,{role},\"{text}\"").unwrap();
    }
    let conversation = ReaderBuilder::new()
        .build(vec![Input::Memory {
            name: PathBuf::from("t.csv"),
            bytes: Arc::from(csv.into_bytes()),
        }])
        .next()
        .unwrap()
        .unwrap();
    engine
        .evaluate(&conversation, &mut Scratch::default())
        .escalated
}

#[test]
fn a_window_holds_one_bot_repeat_in_two_messages() {
    let most: Vec<u32> = (1..=7).map(most_bot_repeats).collect();
    assert_eq!(most, [1, 1, 2, 2, 3, 3, 4]);
}

#[test]
fn counts_no_window_can_hold_are_flagged_at_their_bound() {
    assert_eq!(
        findings(&bot_repeats("3", 4), "L008"),
        [
            "3:62 `at_least: 3` within 4 messages can never be reached: `bot_repeats` counts bot \
          messages with a customer message between each two"
        ]
    );
    // A fraction needs the next whole number of them.
    assert_eq!(
        findings(&bot_repeats("2.5", 4), "L008"),
        [
            "3:62 `at_least: 2.5` within 4 messages can never be reached: `bot_repeats` counts \
          bot messages with a customer message between each two"
        ]
    );
    assert_eq!(findings(&bot_repeats("4", 6), "L008").len(), 1);
    // Inside `any` and `not` the condition still never holds.
    let nested = rules_yaml(
        "{ any: [ { counter: { name: turn, at_least: 9 } }, \
         { not: { counter: { name: bot_repeats, at_least: 4, within: 6 } } } ] }",
    );
    assert_eq!(findings(&nested, "L008").len(), 1);
    // What a window holds, the starter's `bot-loop`, and no window at all.
    for yaml in [
        bot_repeats("2", 4),
        bot_repeats("3", 5),
        // 3 messages hold 2 as bot, customer, bot.
        bot_repeats("2", 3),
        bot_repeats("1", 1),
        rules_yaml("{ counter: { name: bot_repeats, at_least: 9 } }"),
    ] {
        assert_eq!(findings(&yaml, "L008"), Vec::<String>::new(), "{yaml}");
    }
    // Above the window's size: L003 says it, once.
    let over = bot_repeats("5", 4);
    assert_eq!(findings(&over, "L008"), Vec::<String>::new());
    assert_eq!(findings(&over, "L003").len(), 1);
}

/// The help's `2 * needed - 1` overflowed u32 near `u32::MAX` (a panic, or a false
/// "raise `within` to 1705032703" when wrapped): widened, and no `within` offered past
/// the largest one.
#[test]
fn counts_near_the_largest_window_are_reported_without_overflow() {
    let helps = |yaml: &str| -> Vec<String> {
        diagnostics(yaml, "L008")
            .into_iter()
            .flat_map(|d| d.help)
            .collect()
    };
    let huge = helps(&bot_repeats("3000000000", u32::MAX));
    assert_eq!(huge.len(), 1);
    assert!(
        huge[0].ends_with(
            "so 3000000000 of them take 5999999999 messages: no `within` is that wide: \
             lower `at_least` to 2147483648"
        ),
        "{huge:?}"
    );
    // At the widest window's bound: nothing to say.
    assert_eq!(
        helps(&bot_repeats("2147483648", u32::MAX)),
        Vec::<String>::new()
    );
    let edge = helps(&bot_repeats("2147483648", u32::MAX - 1));
    assert!(
        edge[0].ends_with("raise `within` to 4294967295, or lower `at_least` to 2147483647"),
        "{edge:?}"
    );
}

/// The bot can post twice running and the customer repeat themselves twice running:
/// other counters can fill a window, and are not flagged.
#[test]
fn counters_that_can_fill_a_window_are_left_alone() {
    for name in [
        "bot_fallbacks",
        "bot_messages",
        "customer_messages",
        "customer_repeats",
        "agent_messages",
    ] {
        let yaml = rules_yaml(&format!(
            "{{ counter: {{ name: {name}, at_least: 4, within: 4 }} }}"
        ));
        assert_eq!(findings(&yaml, "L008"), Vec::<String>::new(), "{name}");
    }
    let yaml = rules_yaml("{ counter: { name: bot_messages, at_least: 3, within: 3 } }");
    assert!(escalates(&yaml, &[true, true, true]));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever order the bot's questions and the customer's answers come in, no window
    /// holds more `bot_repeats` than L008 says; a bot asking again after every answer
    /// fills it to that bound.
    #[test]
    fn no_conversation_holds_more_than_the_bound(
        roles in prop::collection::vec(any::<bool>(), 1..16),
        within in 2..9u32,
    ) {
        let most = most_bot_repeats(within);
        let over = bot_repeats(&(most + 1).to_string(), within);
        prop_assert_eq!(findings(&over, "L008").len(), 1);
        prop_assert!(!escalates(&over, &roles), "{:?} within {}", roles, within);
        let at = bot_repeats(&most.to_string(), within);
        prop_assert!(findings(&at, "L008").is_empty());
        let turns: Vec<bool> = (0..=within + 1).map(|i| i % 2 == 0).collect();
        prop_assert!(escalates(&at, &turns), "{:?} within {}", turns, within);
    }
}
