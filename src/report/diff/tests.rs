//! `diff`'s table, Markdown and JSON on the same changes: what each side shows.

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

#[test]
fn bridge_excerpts() {
    let (short, other) = ("Hi Sam, I'm Maya.", "Hi Sam, I'm Chris.");
    assert_eq!(excerpt_start(short, other), 0);
    assert_eq!(excerpt(short, 0), short);
    // Where one is the other and more: from the other's end.
    let long = "word ".repeat(10);
    let longer = format!("{long}and more");
    let start = excerpt_start(&longer, &long);
    assert_eq!(&longer[start..], "word word word word and more");
    assert_eq!(excerpt_start(&long, &longer), start);
    // No space to start at: inside the word, 24 characters before the difference.
    let (a, b) = ("x".repeat(40) + "a", "x".repeat(40) + "b");
    assert_eq!(
        excerpt(&a, excerpt_start(&a, &b)),
        format!("…{}a", "x".repeat(24))
    );
    // A mask (`[NAME]`, upper-cased by a template) shows whole or not at all, where
    // the excerpt starts and where it ends.
    let (a, b) = (
        "x".repeat(16) + "[NAME]" + &"y".repeat(20) + "a",
        "x".repeat(16) + "[NAME]" + &"y".repeat(20) + "b",
    );
    assert_eq!(
        excerpt(&a, excerpt_start(&a, &b)),
        format!("…[NAME]{}a", "y".repeat(20))
    );
    let long = "z".repeat(BRIDGE_CHARS - 3) + "[email]" + &"z".repeat(10);
    assert_eq!(excerpt(&long, 0), "z".repeat(BRIDGE_CHARS - 3) + "…");
    // A line break shows, and a long rest is cut with an ellipsis.
    let lines = format!("Hi,\n{}", "text ".repeat(30));
    assert_eq!(
        excerpt(&lines, 0),
        format!("Hi,↵{}…", "text ".repeat(13).trim_end())
    );
    let mut quiet = escalated("c", "x", 1);
    quiet.bridge_message = None;
    let other = escalated("c", "x", 1);
    assert_eq!(bridge(&quiet, Some(&other)), "no bridge message");
    quiet.bridge_error = Some("undefined value (template line 1)".into());
    assert_eq!(
        bridge(&quiet, Some(&other)),
        "⚠ no bridge message: undefined value (template line 1)"
    );
}

/// "bridge error: “undefined value (template line 1); this conversation
/// has no…”": the cut fell just before the field's name. The names come first,
/// whole; what is cut is the explanation after them.
#[test]
fn a_bridge_error_keeps_the_names_it_lacks() {
    let one = "undefined value (template line 1); this conversation has no `customer.name`";
    assert_eq!(
        error_excerpt(one),
        "no `customer.name` — undefined value (template line 1)"
    );
    let two = "undefined value (template line 12); this conversation has no \
               `customer.company`, `customer.tier` or `summary.fact` (only when the \
               trigger matched a fact)";
    let cut = error_excerpt(two);
    assert!(
        cut.starts_with("no `customer.company`, `customer.tier` or `summary.fact` — undefined"),
        "{cut}"
    );
    assert!(cut.ends_with('…') && !cut.contains("only when"), "{cut}");
    // Long names are never cut: only the explanation, to a little.
    let long = format!(
        "undefined value (template line 1); this conversation has no `customer.{}`",
        "x".repeat(80)
    );
    let cut = error_excerpt(&long);
    assert!(cut.contains(&"x".repeat(80)), "{cut}");
    // Any other error: from its start, cut as a bridge message is.
    let other = "syntax error: unexpected end of input, expected end of block ".repeat(3);
    assert_eq!(error_excerpt(&other), excerpt(&other, 0));
}

/// Where the head's escalation could not render its bridge message, the
/// table and the Markdown read like a working one (only the JSON had
/// `bridge_error`), the summary did not count it, and a team change or a new
/// escalation never showed the new team's opening line. Each row says when the
/// conversation escalated (`hours:` route changes could not be judged).
#[test]
fn a_head_without_its_bridge_message_is_marked_and_counted() {
    let broken = |id: &str, team: &str| {
        let mut o = escalated(id, team, 3);
        o.bridge_message = None;
        o.bridge_error = Some(
            "undefined value (template line 1); this conversation has no `customer.name`".into(),
        );
        o
    };
    let mut quiet = escalated("new", "x", 3);
    quiet.escalated = false;
    let mut report = DiffReport::default();
    for (base, head) in [
        (escalated("moved", "x", 3), escalated("moved", "vip", 3)),
        (
            escalated("moved-broken", "x", 3),
            broken("moved-broken", "vip"),
        ),
        (quiet, broken("new", "x")),
    ] {
        let change = report.add(base, head).unwrap();
        report.keep(change, 10);
    }
    report.finish();
    assert_eq!(report.head_bridge_errors, 2);
    let table = render(&report, DiffFormat::Table, 10);
    assert!(
        table.contains("\n⚠ 2 escalations would get no bridge message with the head rules\n"),
        "{table}"
    );
    let (_, head) = sides(&report.changes[0], true);
    assert_eq!(
        head.lines().collect::<Vec<_>>(),
        [
            "turn 3 at 2026-03-02T09:01:30Z",
            "pricing-negotiation: “volume discount” (turn 3), tier=enterprise",
            "pricing → vip",
            "bridge: “Hi Alex, I'm Maya, stepping in to dive deeper into pricing. I've read…”",
        ]
    );
    for c in &report.changes[1..] {
        let (base, head) = sides(c, true);
        assert_eq!(
            head.lines().last(),
            Some("⚠ no bridge message: no `customer.name` — undefined value (template line 1)"),
            "{}",
            c.conversation_id
        );
        assert!(!base.contains('⚠'), "{base}");
    }
    // Where an `hours:` condition decided the route, the local time it saw.
    let mut night = report.changes[0].clone();
    night.head.route_hours = vec![Evidence::Hours {
        turn: 3,
        local_time: "2026-03-02T10:01".into(),
        weekday: "mon",
        tz: "Europe/Berlin".into(),
        shift_day: "mon",
    }];
    let (_, head) = sides(&night, false);
    assert!(
        head.contains("; pricing → vip (hours: Mon 2026-03-02 10:01 Europe/Berlin); bridge:"),
        "{head}"
    );
    let md = render(&report, DiffFormat::Markdown, 10);
    assert!(
        md.contains("**⚠ 2 escalations would get no bridge message with the head rules.**"),
        "{md}"
    );
    assert!(
        md.contains("; ⚠ no bridge message: no \\`customer.name\\` — undefined value"),
        "{md}"
    );
    let json = render(&report, DiffFormat::Json, 10);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["head_bridge_errors"], 2);
    // None: no line.
    let mut clean = DiffReport::default();
    let change = clean
        .add(escalated("a", "x", 3), escalated("a", "y", 3))
        .unwrap();
    clean.keep(change, 10);
    assert!(!render(&clean, DiffFormat::Table, 10).contains('⚠'));
    assert!(!render(&clean, DiffFormat::Markdown, 10).contains('⚠'));
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
