//! `diff`'s bridge messages on each side: excerpts where they differ, a bridge error
//! keeping the names it lacks, a head without its bridge message marked and counted.

use super::*;

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
