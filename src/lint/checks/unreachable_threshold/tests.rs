//! L007 against the engine: a signal is flagged exactly when no message can reach its
//! threshold, and a message holding every phrase does reach it when it is not flagged.

use std::path::PathBuf;
use std::sync::Arc;

use proptest::prelude::*;

use crate::engine::{Engine, Scratch};
use crate::lint::{Overrides, lint};
use crate::rules::parse_rule_set;
use crate::transcript::{Input, ReaderBuilder};

/// A rule set whose one trigger needs the signal `s` written as `signal` (a flow map).
fn rules_yaml(signal: &str) -> String {
    format!(
        "version: 1\nsignals:\n  - {signal}\ntriggers:\n  - {{ id: t, when: {{ message: {{ signal: s }} }} }}\n\
         teams:\n  - {{ id: a, name: A, bridge: hi }}\ndefault_route: {{ team: a }}\n"
    )
}

/// Whether the customer message `text` escalates under the rules.
fn escalates(yaml: &str, text: &str) -> bool {
    let rules = parse_rule_set(vec![(PathBuf::from("r.yaml"), yaml.to_owned())]).unwrap();
    let engine = Engine::compile(rules).unwrap();
    let csv = format!("conversation_id,role,text\nc,customer,\"{text}\"\n");
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

/// The L007 findings of the rules, rendered.
fn findings(yaml: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.yaml");
    std::fs::write(&path, yaml).unwrap();
    let report = lint(&path, &Overrides::default(), None).unwrap();
    report
        .diagnostics
        .iter()
        .filter(|d| d.code == Some("L007"))
        .map(|d| {
            let at = d.location.as_ref().unwrap();
            format!("{}:{} {}", at.line, at.column.unwrap(), d.message)
        })
        .collect()
}

/// Each of these loaded and linted clean, and never matched.
#[test]
fn thresholds_no_message_can_reach_are_flagged_with_the_most_it_can_score() {
    let cases = [
        (
            "{ id: s, phrases: [refund, money back], threshold: 5 }",
            "3:56 signal `s` can never reach its threshold 5: the most it can score in one message is 2 (2 from 2 phrases)",
        ),
        (
            "{ id: s, builtin: shouting, threshold: 2 }",
            "3:44 signal `s` can never reach its threshold 2: the most it can score in one message is 1 (1 from `shouting`)",
        ),
        (
            "{ id: s, builtin: repeat, threshold: 2 }",
            "3:42 signal `s` can never reach its threshold 2: the most it can score in one message is 1 (1 from `repeat`)",
        ),
        (
            "{ id: s, builtin: shouting, phrases: [{ phrase: now, weight: 0.5 }], threshold: 2 }",
            "3:85 signal `s` can never reach its threshold 2: the most it can score in one message is 1.5 (1 from `shouting`, 0.5 from 1 phrase)",
        ),
        (
            // The same phrase twice counts once; so does a regex once.
            "{ id: s, phrases: [refund, Refund], regex: ['\\d{4}'], threshold: 3 }",
            "3:70 signal `s` can never reach its threshold 3: the most it can score in one message is 2 (1 from 1 phrase, 1 from 1 regex)",
        ),
        (
            // No threshold written: the default 1, at the signal's id.
            "{ id: s, phrases: [{ phrase: refund, weight: 0.4 }] }",
            "3:11 signal `s` can never reach its threshold 1 (its default): the most it can score in one message is 0.4 (0.4 from 1 phrase)",
        ),
    ];
    for (signal, expected) in cases {
        let yaml = rules_yaml(signal);
        assert_eq!(findings(&yaml), [expected], "{signal}");
    }
    // Reachable: the threshold exactly, shouting with a phrase, weights adding up.
    for signal in [
        "{ id: s, phrases: [refund, money back], threshold: 2 }",
        "{ id: s, builtin: shouting, phrases: [now], threshold: 2 }",
        "{ id: s, phrases: [{ phrase: a1, weight: 0.1 }, { phrase: b2, weight: 0.2 }], threshold: 0.3 }",
        "{ id: s, builtin: frustration }",
        "{ id: s, builtin: shouting }",
    ] {
        assert_eq!(
            findings(&rules_yaml(signal)),
            Vec::<String>::new(),
            "{signal}"
        );
    }
    // Shouting alone never reaches 2; with a phrase in the same message it does.
    let yaml = rules_yaml("{ id: s, builtin: shouting, threshold: 2 }");
    assert!(!escalates(&yaml, "THIS IS COMPLETELY BROKEN NOW"));
    let yaml = rules_yaml("{ id: s, builtin: shouting, phrases: [now], threshold: 2 }");
    assert!(escalates(&yaml, "THIS IS COMPLETELY BROKEN NOW"));
}

/// Words that phrases are made of; `card` is inside `credit card`.
const WORDS: &[&str] = &[
    "refund",
    "money back",
    "card",
    "credit card",
    "cancel",
    "broken",
];
const WEIGHTS: &[f64] = &[0.1, 0.2, 0.3, 0.5, 1.0, 1.5, 2.0];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Flagged exactly when a message holding every phrase (each on its own, so that none
    /// is inside another) does not reach the threshold: the most any message can score.
    #[test]
    fn flagged_exactly_when_no_message_reaches_the_threshold(
        entries in prop::collection::vec((0..WORDS.len(), 0..WEIGHTS.len()), 1..5),
        shouting in any::<bool>(),
        threshold in prop::sample::select(vec![0.3, 0.5, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 6.0]),
    ) {
        let phrases: Vec<String> = entries
            .iter()
            .map(|&(w, k)| format!("{{ phrase: '{}', weight: {} }}", WORDS[w], WEIGHTS[k]))
            .collect();
        let builtin = if shouting { "builtin: shouting, " } else { "" };
        let yaml = rules_yaml(&format!(
            "{{ id: s, {builtin}phrases: [{}], threshold: {threshold} }}",
            phrases.join(", ")
        ));
        let mut text: Vec<&str> = entries.iter().map(|&(w, _)| WORDS[w]).collect();
        text.dedup();
        let mut text = text.join(". zz. ");
        if shouting {
            text = text.to_uppercase() + ". THIS IS ALL CAPITALS NOW";
        }
        let flagged = !findings(&yaml).is_empty();
        prop_assert_eq!(flagged, !escalates(&yaml, &text), "{} / {}", yaml, text);
    }
}
