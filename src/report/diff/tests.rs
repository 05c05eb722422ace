//! `diff`'s table, Markdown and JSON on the same changes: what each side shows (bridge
//! messages: `tests/bridges.rs`).

use super::sides::{BRIDGE_CHARS, bridge, error_excerpt, excerpt, excerpt_start};
use super::table::table_rows;
use super::*;
use crate::diff::ChangeKind;
use crate::outcome::{Evidence, Outcome};
use crate::report::sample;

/// An escalated outcome of conversation `id` (the shared sample's first), to `team`
/// at `turn`.
fn escalated(id: &str, team: &str, turn: usize) -> Outcome {
    let mut o = sample::outcomes().swap_remove(0);
    o.conversation_id = id.to_owned();
    o.team = Some(team.to_owned());
    o.escalation_turn = Some(turn);
    o
}

fn render(report: &DiffReport, format: DiffFormat, examples: usize) -> String {
    render_at(report, format, examples, 140)
}

fn render_at(report: &DiffReport, format: DiffFormat, examples: usize, width: u16) -> String {
    let output = DiffOutput {
        report,
        base: "old",
        head: "new",
        examples,
        width: Some(width),
        failed_gates: &[],
        topic_changes: &[],
    };
    let mut out = Vec::new();
    output.write(format, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// With many changes the table showed 20 rows, newly escalated and team
/// changed, while the summary counted "escalates earlier 1, triggers changed 1": a
/// rare kind that came only beside a common one never got a row.
#[test]
fn the_table_shows_an_example_of_every_kind_it_counts() {
    let mut report = DiffReport::default();
    let mut add = |base: Outcome, head: Outcome| {
        if let Some(change) = report.add(base, head) {
            report.keep(change, 3);
        }
    };
    for i in 0..5 {
        let mut quiet = escalated(&format!("n{i}"), "x", 3);
        quiet.escalated = false;
        add(quiet, escalated(&format!("n{i}"), "x", 3));
    }
    for i in 0..5 {
        add(
            escalated(&format!("t{i}"), "x", 3),
            escalated(&format!("t{i}"), "y", 3),
        );
    }
    // The last team change also escalates earlier: the only one that does.
    add(escalated("rare", "x", 3), escalated("rare", "y", 2));
    report.finish();
    assert_eq!(report.by_kind[&ChangeKind::TurnEarlier], 1);
    let rows: Vec<&str> = table_rows(&report, 3)
        .iter()
        .map(|c| c.conversation_id.as_str())
        .collect();
    // The rare one counts toward team changed's three, in input order.
    assert_eq!(rows, ["n0", "n1", "n2", "t0", "t1", "rare"]);
    let table = render(&report, DiffFormat::Table, 3);
    assert!(table.contains("escalates earlier           "), "{table}");
    assert!(table.contains("│ rare "), "{table}");
    assert!(
        table.contains("showing 6 of 11 changed conversations"),
        "{table}"
    );
    // One example each: still every kind.
    let rows: Vec<&str> = table_rows(&report, 1)
        .iter()
        .map(|c| c.conversation_id.as_str())
        .collect();
    assert_eq!(rows, ["n0", "rare"]);
}

/// "bridge message changed" rows showed base and head alike (turn, triggers,
/// route → team), never the bridge text that changed.
#[test]
fn a_bridge_change_shows_both_texts_where_they_differ() {
    let base = escalated("c1", "x", 3);
    let mut head = base.clone();
    let long_start = "Hi Alex, I'm Maya, a senior account executive, stepping in to ";
    head.bridge_message = Some(format!(
        "{long_start}sort out the billing problem. I've read our chat so far and have \
         your account in front of me, so you won't need to repeat anything."
    ));
    let mut base = base;
    base.bridge_message = Some(format!(
        "{long_start}help with your legal and compliance questions. I've read our chat so \
         far and have your account in front of me, so you won't need to repeat anything."
    ));
    let mut report = DiffReport::default();
    let change = report.add(base, head).unwrap();
    assert_eq!(change.kinds, [ChangeKind::BridgeChanged]);
    let (b, h) = sides(&change, true);
    assert_eq!(
        b.lines().last().unwrap(),
        "bridge: “…stepping in to help with your legal and compliance questions. I've \
         read…”"
    );
    assert_eq!(
        h.lines().last().unwrap(),
        "bridge: “…stepping in to sort out the billing problem. I've read our chat so far…”"
    );
    report.keep(change, 10);
    report.finish();
    let md = render(&report, DiffFormat::Markdown, 10);
    assert!(
        md.contains("pricing → x; bridge: “…stepping in to help with"),
        "{md}"
    );
    let table = render(&report, DiffFormat::Table, 10);
    assert!(
        table.contains("stepping in to sort out the billing"),
        "{table}"
    );
}

/// A signal renamed in the head rules, matching the same words, counted as
/// an evidence change whose two sides read alike. Each side names its signal.
#[test]
fn evidence_that_reads_alike_shows_its_signals() {
    let base = escalated("c1", "x", 3);
    let mut head = base.clone();
    for evidence in &mut head.triggers[0].evidence {
        if let Evidence::Match { signal, .. } = evidence {
            *signal = "price-talk".into();
        }
    }
    let mut report = DiffReport::default();
    let change = report.add(base, head).unwrap();
    assert_eq!(change.kinds, [ChangeKind::DetailsChanged]);
    let (b, h) = sides(&change, true);
    assert_ne!(b, h);
    assert_eq!(
        b.lines().last().unwrap(),
        "signal: pricing “volume discount” (turn 3)"
    );
    assert_eq!(
        h.lines().last().unwrap(),
        "signal: price-talk “volume discount” (turn 3)"
    );
    report.keep(change, 10);
    // Evidence that reads differently shows that, not its signals.
    let base = escalated("c2", "x", 3);
    let mut head = base.clone();
    if let Evidence::Match { text, .. } = &mut head.triggers[0].evidence[0] {
        *text = "bulk discount".into();
    }
    let change = report.add(base, head).unwrap();
    let (b, h) = sides(&change, true);
    assert!(!b.contains("signal:") && !h.contains("signal:"), "{b}\n{h}");
    assert!(h.contains("“bulk discount”"), "{h}");
    report.keep(change, 10);
    report.finish();
    let table = render(&report, DiffFormat::Table, 10);
    assert!(table.contains("details changed: evidence"), "{table}");
    assert!(table.contains("signal: price-talk"), "{table}");
    let md = render(&report, DiffFormat::Markdown, 10);
    assert!(md.contains("signal: pricing"), "{md}");
}

/// The Markdown ran the escaper meant for the user's text over the tool's
/// own lines (a gate's reason, the headline's counts). Those are written as they are;
/// the rules' paths in the headline are still escaped.
#[test]
fn markdown_escapes_the_users_labels_not_the_tools_words() {
    let mut report = DiffReport::default();
    report.add(escalated("c1", "x", 3), escalated("c1", "y", 3));
    report.finish();
    let gates = [
        crate::report::FailedGate::new("1 conversation changed, with --fail-on-change"),
        crate::report::FailedGate::new(
            "1 bridge message of the head rules could not be rendered (`bridge_error` of `head` in the JSON), with --fail-on bridge-error",
        ),
    ];
    let output = DiffOutput {
        report: &report,
        base: "rules@HEAD~1",
        head: "*new*_rules",
        examples: 1,
        width: None,
        failed_gates: &gates,
        topic_changes: &[],
    };
    let mut out = Vec::new();
    output.write(DiffFormat::Markdown, &mut out).unwrap();
    let md = String::from_utf8(out).unwrap();
    assert!(
        md.starts_with(
            "### handoff diff: 1 of 1 conversation changes from rules@HEAD\\~1 to \\*new\\*\\_rules\n\n\
             **Gate failed:** 1 conversation changed, with --fail-on-change.\n\n\
             **Gate failed:** 1 bridge message of the head rules could not be rendered (`bridge_error` of `head` in the JSON), with --fail-on bridge-error.\n\n"
        ),
        "{md}"
    );
}

/// A narrow table keeps a conversation id whole; the sides' text wraps.
#[test]
fn a_narrow_diff_table_never_splits_an_id() {
    let mut report = DiffReport::default();
    let id = "c11-person-after-integration";
    if let Some(change) = report.add(escalated(id, "frontline", 3), escalated(id, "senior-ae", 3)) {
        report.keep(change, 3);
    }
    report.finish();
    let table = render_at(&report, DiffFormat::Table, 3, 60);
    assert!(table.contains(&format!("│ {id} ")), "{table}");
    assert!(table.contains("conversation"), "{table}");
}

/// cli42: an id with spaces was wrapped at them in a narrow table (`chat` over
/// `number 12`), and one with a line break written over two rows: one token, escaped.
#[test]
fn a_narrow_diff_table_keeps_a_spaced_or_broken_id_one_token() {
    let mut report = DiffReport::default();
    for id in ["chat number 12 of the spring", "a\nb"] {
        if let Some(change) =
            report.add(escalated(id, "frontline", 3), escalated(id, "senior-ae", 3))
        {
            report.keep(change, 3);
        }
    }
    report.finish();
    let table = render_at(&report, DiffFormat::Table, 3, 60);
    let spaced = "chat number 12 of the spring";
    assert!(table.contains(&format!("│ {spaced} ")), "{table}");
    assert!(table.contains("│ \"a\\nb\" "), "{table}");
    assert!(!table.contains("│ b "), "{table}");
}

mod bridges;
