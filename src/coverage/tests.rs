//! Coverage numbers counted by hand on the shipped fixtures; merging shards gives the
//! single run's report (in `tests/merging.rs`); labels evaluation (in
//! `tests/hand_labels.rs`), reading a labels file (in `tests/labels_file.rs`) and narrow
//! terminals (in `tests/narrow.rs`).

use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::*;
use crate::engine::{Engine, EngineOptions, Scratch};
use crate::rules::{Counter, load_rule_set, parse_rule_set};
use crate::transcript::{Conversation, Input, ReaderBuilder};

fn starter() -> Engine {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    Engine::compile_with(
        load_rule_set(&root.join("rules")).unwrap(),
        EngineOptions {
            coverage: true,
            ..EngineOptions::default()
        },
    )
    .unwrap()
}

/// The engine of one rules file, `yaml`, compiled for coverage.
fn coverage_engine(yaml: &str) -> Engine {
    let rules = parse_rule_set(vec![(PathBuf::from("r.yaml"), yaml.to_owned())]).unwrap();
    Engine::compile_with(
        rules,
        EngineOptions {
            coverage: true,
            ..EngineOptions::default()
        },
    )
    .unwrap()
}

fn fixture_conversations() -> Vec<Conversation> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    ReaderBuilder::new()
        .build(vec![Input::Path(root.join("fixtures/transcripts.csv"))])
        .collect::<Result<Vec<_>, _>>()
        .unwrap()
}

fn report(engine: &Engine, conversations: &[Conversation]) -> CoverageReport {
    let mut report = CoverageReport::new(engine.rules());
    let index = RuleIndex::new(engine.rules(), &report);
    let mut scratch = Scratch::default();
    for c in conversations {
        let (outcome, tally) = engine.evaluate_coverage(c, &mut scratch);
        report.add(&index, c, &outcome, &tally);
    }
    report.finish();
    report
}

fn trigger<'a>(r: &'a CoverageReport, id: &str) -> &'a TriggerCoverage {
    r.triggers.iter().find(|t| t.id == id).unwrap()
}

fn route(r: &CoverageReport, id: &str) -> u64 {
    r.routes.iter().find(|x| x.id == id).unwrap().matched
}

fn hits(r: &CoverageReport, signal: &str, text: &str) -> u64 {
    let s = r.signals.iter().find(|s| s.id == signal).unwrap();
    s.entries.iter().find(|e| e.text == text).unwrap().hits
}

/// Every figure below was counted by reading fixtures/transcripts.csv.
#[test]
fn hand_counted_figures_on_the_fixtures() {
    let engine = starter();
    let r = report(&engine, &fixture_conversations());
    assert_eq!((r.conversations, r.messages, r.escalated), (33, 109, 24));
    // Escalated by (held at the escalation point): c05 c24 | c06 | c07 c08 c18 c21 c23
    // c24 c26 c30 | c10 c11 c19 c20 c27 c32 | c12 c13 c22 | c01 c02 c17 | c03 c29.
    let expect = [
        ("legal-compliance", 2, 2, 2),
        ("billing-issue", 1, 1, 1),
        ("frustration", 8, 7, 8),
        ("human-request", 6, 6, 6),
        // c11's "Hello? Are you still there? Just let me speak to someone…": beside the
        // request for a person, which is primary.
        ("anyone-there", 1, 0, 1),
        ("bot-loop", 3, 3, 3),
        ("pricing-negotiation", 3, 3, 3),
        ("technical-question", 2, 2, 2),
    ];
    for (id, fired, primary, held) in expect {
        let t = trigger(&r, id);
        assert_eq!((t.fired, t.primary, t.held), (fired, primary, held), "{id}");
    }
    for (id, n) in [
        ("legal", 2),
        ("billing", 1),
        ("self-serve-pricing", 1),
        ("pricing", 2),
        ("technical", 3),
        ("enterprise-lead", 4),
        ("default", 11),
    ] {
        assert_eq!(route(&r, id), n, "{id}");
    }
    assert!((r.default_share.unwrap() - 11.0 / 24.0).abs() < 1e-12);
    assert_eq!(r.unrouted, 0);
    assert!(r.never_fired.is_empty() && r.never_routed.is_empty());
    // Vetoes the sample chats have no use for: no one there leaves us, nor quotes a
    // friend on our service, nor talks of a third person; and no bot of theirs fails to
    // authenticate anyone, nor says a task is done (rules/tests/starter.yaml tests them
    // all).
    assert_eq!(
        r.dead_signals,
        [
            "leaving",
            "service-hearsay",
            "others-talk",
            "auth-dead-end",
            "task-done"
        ]
    );
    assert_eq!(r.matrix["frustration"]["default"], 5);
    assert_eq!(r.matrix["frustration"]["enterprise-lead"], 2);
    assert_eq!(r.matrix["human-request"]["technical"], 1);
    // Escalation turns: 1 ×11, 3 ×9, 4 ×2, 5 ×2... counted from the replay table.
    assert_eq!(r.escalation_turns.values().sum::<u64>(), 24);
    assert_eq!(r.escalation_turns[&1], 11);
    // Phrase hits, in messages of any role: "discount" (c01), "discounts" (c02, and the
    // bot in c16); "charged twice" and "refund" (c06); "taking you to court" (c24); the
    // regex "error 503" (c29).
    assert_eq!(hits(&r, "pricing", "discount"), 1);
    assert_eq!(hits(&r, "pricing", "discounts"), 2);
    assert_eq!(hits(&r, "billing-charge", "charged twice"), 1);
    assert_eq!(hits(&r, "billing", "refund"), 1);
    assert_eq!(hits(&r, "legal-threat", "taking you to court"), 1);
    assert_eq!(
        hits(
            &r,
            "technical",
            r"\b(?:error|err|http|status)[ :#-]*[45]\d\d\b"
        ),
        1
    );
    assert!(
        r.dead_phrases
            .iter()
            .any(|p| p.signal == "pricing" && p.text == "too expensive")
    );
    // Gaps: c33 (an agent joined, no rule fired); c18 (human at 4, rules after 5: 2 late).
    assert_eq!(r.gaps.missed_handoffs.count, 1);
    assert_eq!(
        r.gaps.missed_handoffs.examples[0].conversation_id,
        "c33-agent-joined-quietly"
    );
    assert_eq!(r.gaps.late_escalations.count, 1);
    assert_eq!(r.gaps.late_by, BTreeMap::from([(2, 1)]));
    assert_eq!(
        r.gaps.stuck_not_escalated.count, 0,
        "the starter rules escalate every stuck case"
    );
    assert_eq!(r.gaps.default_route.count, 11);
    assert_eq!(r.gaps.default_route.examples.len(), MAX_EXAMPLES);
    assert!((r.triggers_fired_percent().unwrap() - 100.0).abs() < 1e-9);
}

/// The conversations of a CSV text.
fn conversations_of(csv: &str) -> Vec<Conversation> {
    ReaderBuilder::new()
        .build(vec![Input::Memory {
            name: PathBuf::from("t.csv"),
            bytes: csv.as_bytes().into(),
        }])
        .collect::<Result<Vec<_>, _>>()
        .unwrap()
}

/// JSON round trip, as `--merge` reads it.
fn roundtrip(r: &CoverageReport) -> CoverageReport {
    serde_json::from_str(&serde_json::to_string(r).unwrap()).unwrap()
}

/// The teams the labels in these tests may name.
const TEAMS: &[&str] = &["senior-ae", "frontline"];

mod consistency;
mod counters;
mod hand_labels;
mod labels_file;
mod merging;
mod narrow;
mod never_taken;
mod passed_over;
mod stuck;
