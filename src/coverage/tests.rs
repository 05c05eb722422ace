//! Coverage numbers counted by hand on the shipped fixtures; merging shards gives the
//! single run's report; labels evaluation (in `tests/hand_labels.rs`) and
//! reading a labels file (in `tests/labels_file.rs`).

use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::*;
use crate::engine::{Engine, EngineOptions, Scratch};
use crate::rules::{load_rule_set, parse_rule_set};
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
    // Two vetoes the sample chats have no use for: no one there leaves us, nor quotes a
    // friend on our service, nor talks of a third person; and no bot of theirs fails to
    // authenticate anyone (rules/tests/starter.yaml tests them all).
    assert_eq!(
        r.dead_signals,
        ["leaving", "service-hearsay", "others-talk", "auth-dead-end"]
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any split of the input into shards, merged in order, is the single run's report.
    #[test]
    fn merging_shards_equals_one_run(cuts in proptest::collection::btree_set(1usize..33, 0..6)) {
        let engine = starter();
        let all = fixture_conversations();
        let whole = report(&engine, &all);
        let mut bounds = vec![0];
        bounds.extend(cuts);
        bounds.push(all.len());
        let mut merged: Option<CoverageReport> = None;
        for pair in bounds.windows(2) {
            let shard = roundtrip(&report(&engine, &all[pair[0]..pair[1]]));
            match &mut merged {
                None => merged = Some(shard),
                Some(m) => m.merge(&shard).unwrap(),
            }
        }
        let mut merged = merged.unwrap();
        merged.finish();
        prop_assert_eq!(merged.inconsistency(), None);
        prop_assert_eq!(merged.shards.len(), bounds.len() - 1);
        merged.shards = whole.shards.clone();
        prop_assert_eq!(merged, whole);
    }
}

/// Merging a merged report of shards 1 and 2 with shard 1 again counted shard 1
/// twice.
#[test]
fn reports_that_count_the_same_run_do_not_merge() {
    let engine = starter();
    let all = fixture_conversations();
    let one = report(&engine, &all[..10]);
    let two = report(&engine, &all[10..]);
    assert_eq!(one.shards.len(), 1);
    assert_ne!(one.shards, two.shards);
    let mut both = one.clone();
    both.merge(&two).unwrap();
    assert_eq!(both.shards, [one.shards[0].clone(), two.shards[0].clone()]);
    let Err(MergeError::Overlap(shard)) = both.clone().merge(&one) else {
        panic!("a shard merged twice");
    };
    assert_eq!(shard, one.shards[0]);
    // Read in another order, the same conversations are the same run.
    let reversed: Vec<_> = all[..10].iter().rev().cloned().collect();
    assert_eq!(report(&engine, &reversed).shards, one.shards);
    // A report of no conversation counts no run, and merges with anything.
    let empty = report(&engine, &[]);
    assert!(empty.shards.is_empty());
    both.merge(&empty).unwrap();
}

/// A review found a report of a version that said D018's delimiter as its word (`pipe`)
/// merged with one of this version (`|`, as written) listing D018 twice: a run says it
/// once, whatever it says. D009 stays once per column it names.
#[test]
fn d018_of_two_versions_is_one_in_a_merge() {
    let engine = starter();
    let all = fixture_conversations();
    let said = |code: &str, message: &str, file: &str| crate::diag::JsonDiagnostic {
        code: Some(code.to_owned()),
        name: None,
        severity: crate::diag::Severity::Warning,
        message: message.to_owned(),
        file: Some(file.to_owned()),
        line: Some(1),
        column: None,
        end_line: None,
        end_column: None,
        label: None,
        help: Vec::new(),
        related: Vec::new(),
    };
    let d018 = |word: &str, file: &str| {
        said(
            "D018",
            &format!(
                "the delimiter `{word}` (`delimiter:` at map.yaml:1:12) does nothing here: this file is read as JSONL, whose fields are its objects' keys (said for the first JSONL file only)"
            ),
            file,
        )
    };
    let d009 =
        |column: &str, file: &str| said("D009", &format!("no `{column}` column to ignore"), file);
    let mut old = report(&engine, &all[..10]);
    old.diagnostics = vec![d018("pipe", "a.jsonl"), d009("turn", "a.jsonl")];
    let mut new = report(&engine, &all[10..]);
    new.diagnostics = vec![
        d018("|", "b.jsonl"),
        d009("turn", "b.jsonl"),
        d009("step", "b.jsonl"),
    ];
    old.merge(&new).unwrap();
    let codes: Vec<_> = old
        .diagnostics
        .iter()
        .map(|d| (d.code.as_deref().unwrap_or("-"), d.message.as_str()))
        .filter(|(c, _)| c.starts_with('D'))
        .collect();
    assert_eq!(
        codes,
        [
            ("D018", d018("pipe", "").message.as_str()),
            ("D009", "no `turn` column to ignore"),
            ("D009", "no `step` column to ignore"),
        ]
    );
}

/// `--merge` cannot tell a run over all the data from one over a shard of it.
/// The limit README documents, pinned: a run's id hashes its conversations together, so
/// the whole run's id is unrelated to its shard's and the merge is not refused (the
/// shard's conversations count twice, which the merged `conversations` shows).
#[test]
fn a_whole_run_and_one_of_its_shards_are_not_told_apart() {
    let engine = starter();
    let all = fixture_conversations();
    let whole = report(&engine, &all);
    let shard = report(&engine, &all[..10]);
    assert_ne!(whole.shards, shard.shards);
    let mut merged = whole.clone();
    merged.merge(&shard).unwrap();
    assert_eq!(merged.conversations, whole.conversations + 10);
}

#[test]
fn reports_of_different_rules_do_not_merge() {
    let engine = starter();
    let mut a = report(&engine, &fixture_conversations()[..3]);
    let mut b = a.clone();
    b.rules = "0000000000000000".into();
    assert!(matches!(a.merge(&b), Err(MergeError::DifferentRules(..))));
    // cli39: a fingerprint emptied by hand read "fingerprints  and 0000…", two spaces.
    // cli40: and two emptied merged silently. Either is an edited report, refused.
    b.rules = String::new();
    let said = a.merge(&b).unwrap_err().to_string();
    assert!(
        said.starts_with("the report merged in was edited"),
        "{said}"
    );
    assert!(said.contains("its rules fingerprint is empty"), "{said}");
    assert!(!said.contains("  "), "{said}");
    a.rules = String::new();
    let merged = a.clone();
    let said = a.merge(&b).unwrap_err().to_string();
    assert!(
        said.starts_with("the report merged into was edited"),
        "{said}"
    );
    assert_eq!(a.conversations, merged.conversations);
}

/// cli40: two reports whose runs' ids were emptied (`shards: [""]`) were refused as
/// counting one run, "a copy"; and an emptied labels fingerprint matched another.
#[test]
fn a_report_with_an_emptied_id_is_not_merged() {
    let engine = starter();
    let all = fixture_conversations();
    let mut a = report(&engine, &all[..3]);
    let mut b = report(&engine, &all[3..6]);
    assert!(a.unproven().is_none() && b.unproven().is_none());
    a.shards = vec![String::new()];
    b.shards = vec![" ".into()];
    let said = a.merge(&b).unwrap_err().to_string();
    assert!(said.contains("a run it counts has no id"), "{said}");
    assert!(matches!(a.merge(&b), Err(MergeError::Unproven(false, _))));
}

/// cli40 review: a report whose `shards` was emptied (`[]`) or deleted merged with
/// itself, counting its conversations twice; `"rules": "   "` was quoted `""`.
#[test]
fn a_report_of_conversations_without_runs_is_not_merged() {
    let engine = starter();
    let all = fixture_conversations();
    let mut a = report(&engine, &all[..3]);
    a.shards.clear();
    let said = a.unproven().unwrap();
    assert!(said.contains("counts 3 conversations but no run"), "{said}");
    assert!(matches!(
        a.clone().merge(&a),
        Err(MergeError::Unproven(false, _))
    ));
    // No conversation, no run: as handoff writes it, and it merges.
    assert!(report(&engine, &[]).unproven().is_none());
    let mut b = report(&engine, &all[3..6]);
    b.rules = "   ".into();
    let said = b.unproven().unwrap();
    assert!(said.contains(r#"`"rules": "   "`"#), "{said}");
}

/// The teams the labels in these tests may name.
const TEAMS: &[&str] = &["senior-ae", "frontline"];

mod consistency;
mod hand_labels;
mod labels_file;
mod never_taken;
mod passed_over;
mod stuck;

/// A narrow table keeps trigger and route ids whole, on one line each.
#[test]
fn a_narrow_coverage_table_never_splits_an_id() {
    let engine = starter();
    let r = report(&engine, &fixture_conversations());
    let mut out = Vec::new();
    let format = crate::report::coverage::CoverageFormat::Table;
    crate::report::coverage::write(&r, format, Some(60), &[], &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    for id in [
        "pricing-negotiation",
        "technical-question",
        "self-serve-pricing",
    ] {
        assert!(text.contains(&format!(" {id} ")), "{id} split in\n{text}");
    }
}

/// The coverage table, written at `width`.
fn table_at(r: &CoverageReport, width: u16) -> String {
    let mut out = Vec::new();
    let format = crate::report::coverage::CoverageFormat::Table;
    crate::report::coverage::write(r, format, Some(width), &[], &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// The trigger × route matrix was 118 columns wide at 60 (seven routes side by side):
/// narrower than it, it is a list, a row for each trigger and route it took, which
/// fits. Where the grid fits, it is the grid.
#[test]
fn a_matrix_wider_than_the_terminal_is_a_list() {
    let engine = starter();
    let r = report(&engine, &fixture_conversations());
    let narrow = table_at(&r, 60);
    assert!(!narrow.contains("primary trigger \\ route"), "{narrow}");
    let start = narrow.find("primary trigger ").unwrap();
    let start = narrow[..start].rfind('┌').unwrap();
    let end = start + narrow[start..].find('┘').unwrap();
    let matrix = &narrow[start..=end + 2];
    for line in matrix.lines() {
        assert!(line.chars().count() <= 60, "{line}\n{narrow}");
    }
    insta::assert_snapshot!("coverage_matrix_at_60_columns", matrix);
    let wide = table_at(&r, 140);
    assert!(
        wide.contains("│ primary trigger \\ route ┆ legal ┆"),
        "{wide}"
    );
}

/// At 60 columns the routes table was 62 wide (a route and its team beside the
/// counts), and on STAR the signals table 83 (a long word of its running text kept
/// whole): every table fits now, its ids whole.
#[test]
fn every_coverage_table_fits_a_narrow_terminal() {
    let engine = starter();
    let r = report(&engine, &fixture_conversations());
    let narrow = table_at(&r, 60);
    let tables = narrow
        .lines()
        .filter(|l| l.starts_with(['┌', '│', '╞', '└']));
    for line in tables {
        assert!(line.chars().count() <= 60, "{line}\n{narrow}");
    }
    for text in [
        "│ self-serve-pricing ",
        "team: sales-engineer",
        "share: 45.83%",
    ] {
        assert!(narrow.contains(text), "{text}\n{narrow}");
    }
}
