//! `handoff coverage`'s table on narrow terminals: a long route id stands above its
//! values, the summary fits a hundred columns (the rest: `coverage_cli.rs`).

use crate::common::{handoff, stdout_of, write};

/// On a terminal 40 to 60 columns wide, a route id as long as
/// `enterprise-lead-strategic-accounts`, the routes table kept the id whole beside a
/// value column 9 wide (`team: sal` / `es-engine`). Now the long id stands above its
/// values, and every table fits. Checked at each width the table is given, as the
/// table of a terminal that wide is: without a terminal, which the check needed (and
/// passed without saying so where util-linux `script` was missing).
#[test]
fn a_long_route_id_on_a_narrow_terminal_stands_above_its_values() {
    use crate::common::root;
    let dir = tempfile::tempdir().unwrap();
    for file in ["teams.yaml", "signals.yaml", "triggers.yaml", "routes.yaml"] {
        let text = std::fs::read_to_string(root().join("rules").join(file)).unwrap();
        let text = text.replace(
            "id: enterprise-lead\n",
            "id: enterprise-lead-strategic-accounts\n",
        );
        write(dir.path(), file, &text);
    }
    let json = stdout_of(
        handoff()
            .args(["coverage", "-f", "json", "-r"])
            .arg(dir.path())
            .arg(root().join("fixtures/transcripts.csv")),
    );
    let report: handoff::coverage::CoverageReport = serde_json::from_str(&json).unwrap();
    for cols in [40_u16, 50, 60] {
        let mut out = Vec::new();
        handoff::report::coverage::write(
            &report,
            handoff::report::coverage::CoverageFormat::Table,
            Some(cols),
            &[],
            &mut out,
        )
        .unwrap();
        let out = String::from_utf8(out).unwrap();
        let widest = out
            .lines()
            .filter(|l| l.starts_with(['│', '┌', '╞', '└']))
            .map(|l| l.chars().count())
            .max();
        assert!(
            widest.is_some_and(|w| w <= usize::from(cols)),
            "{cols}:\n{out}"
        );
        assert!(
            out.contains("│ enterprise-lead-strategic-accounts"),
            "{cols}:\n{out}"
        );
        assert!(out.contains("│   team: sales-engineer"), "{cols}:\n{out}");
        assert!(!out.contains("team: sal\n"), "{cols}:\n{out}");
    }
}

/// The summary was one line of 115 columns and more (121 on the STAR export): what was
/// read and escalated is one line, how the rules fared the next, each within 100
/// columns; narrower than that, a line is broken at its `;`, nothing left out.
#[test]
fn the_summary_fits_a_hundred_columns_and_a_narrow_terminal() {
    let json = stdout_of(handoff().args(["coverage", "-f", "json"]));
    let mut report: handoff::coverage::CoverageReport = serde_json::from_str(&json).unwrap();
    // Counts as large as a big export's.
    report.conversations = 2_000_000;
    report.messages = 34_000_000;
    report.escalated = 1_234_567;
    let summary = |cols: Option<u16>| {
        let mut out = Vec::new();
        handoff::report::coverage::write(
            &report,
            handoff::report::coverage::CoverageFormat::Table,
            cols,
            &[],
            &mut out,
        )
        .unwrap();
        let out = String::from_utf8(out).unwrap();
        let (summary, _) = out.split_once("\n\n").unwrap();
        summary.to_owned()
    };
    for cols in [None, Some(140)] {
        assert_eq!(
            summary(cols),
            "2000000 conversations, 34000000 messages; 1234567 escalated (61.7%)\n100% of triggers fired; default route took 45.83% of escalations",
            "{cols:?}"
        );
    }
    let narrow = summary(Some(50));
    assert_eq!(
        narrow,
        "2000000 conversations, 34000000 messages\n1234567 escalated (61.7%)\n100% of triggers fired\ndefault route took 45.83% of escalations",
    );
}
