//! The coverage comment's folded tables: takes the report; gives the primary trigger ×
//! route matrix, the signals (messages matched, phrases and regexes, how many written in
//! the rules never counted) and the counters of built-in detectors the rules read
//! (messages counted, conversations, the most in one), as the text report and the JSON
//! have them.

use std::fmt::Write as _;

use crate::coverage::CoverageReport;
use crate::report::coverage_matrix::route_columns;
use crate::text::markdown::code_cell;

/// The primary trigger × route matrix, folded: nothing when no escalation had one.
pub(super) fn matrix(s: &mut String, r: &CoverageReport) {
    if r.matrix.is_empty() {
        return;
    }
    let routes = route_columns(r);
    s.push_str(
        "\n<details><summary>Primary trigger × route</summary>\n\n| primary trigger \\\\ route |",
    );
    for route in &routes {
        let _ = write!(s, " {} |", code_cell(route));
    }
    s.push_str("\n|---|");
    s.push_str(&"---:|".repeat(routes.len()));
    s.push('\n');
    for (trigger, row) in &r.matrix {
        let _ = write!(s, "| {} |", code_cell(trigger));
        for route in &routes {
            match row.get(route) {
                Some(n) => {
                    let _ = write!(s, " {n} |");
                }
                None => s.push_str("  |"),
            }
        }
        s.push('\n');
    }
    s.push_str("\n</details>\n");
}

/// The signals, folded: messages each matched, its phrases and regexes, and how many
/// of those written in the rules never counted (listed under "Never fired").
pub(super) fn signals(s: &mut String, r: &CoverageReport) {
    if r.signals.is_empty() {
        return;
    }
    s.push_str("\n<details><summary>Signals</summary>\n\n| signal | messages | phrases | never counted |\n|---|---:|---:|---:|\n");
    for sig in &r.signals {
        let never = sig.never_counted().count();
        let _ = writeln!(
            s,
            "| {} | {} | {} | {never} |",
            code_cell(&sig.id),
            sig.messages,
            sig.entries.len()
        );
    }
    s.push_str("\n</details>\n");
}

/// The counters of built-in detectors the rules read, folded: messages each counted, in
/// how many conversations, the most in one (those that counted none are listed under
/// "Never fired"). Nothing under rules that read none.
pub(super) fn counters(s: &mut String, r: &CoverageReport) {
    if r.counters.is_empty() {
        return;
    }
    s.push_str("\n<details><summary>Counters</summary>\n\n| counter | messages | conversations | most in one |\n|---|---:|---:|---:|\n");
    for c in &r.counters {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            code_cell(&c.name),
            c.messages,
            c.conversations,
            c.most_text()
        );
    }
    s.push_str("\n</details>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coverage::{EntryCoverage, SignalCoverage};

    #[test]
    fn the_matrix_has_a_column_for_each_route_and_blank_cells_where_none() {
        let mut r = CoverageReport::default();
        r.routes = vec![
            crate::coverage::RouteCoverage {
                id: "billing".into(),
                ..Default::default()
            },
            crate::coverage::RouteCoverage {
                id: "default".into(),
                ..Default::default()
            },
        ];
        r.matrix
            .entry("refund".into())
            .or_default()
            .insert("billing".into(), 3);
        r.matrix
            .entry("angry".into())
            .or_default()
            .insert("default".into(), 2);
        let mut s = String::new();
        matrix(&mut s, &r);
        assert!(
            s.contains("| primary trigger \\\\ route | `billing` | `default` |\n|---|---:|---:|\n"),
            "{s}"
        );
        assert!(s.contains("| `refund` | 3 |  |\n"), "{s}");
        assert!(s.contains("| `angry` |  | 2 |\n"), "{s}");
        let mut empty = String::new();
        matrix(&mut empty, &CoverageReport::default());
        assert_eq!(empty, "");
    }

    #[test]
    fn a_signal_counts_its_phrases_never_counted_but_not_builtin_ones() {
        let entry = |text: &str, hits: u64, builtin: bool| EntryCoverage {
            kind: "phrase".into(),
            text: text.into(),
            builtin,
            hits,
            ..Default::default()
        };
        let mut r = CoverageReport::default();
        r.signals = vec![SignalCoverage {
            id: "pricing".into(),
            messages: 4,
            entries: vec![
                entry("discount", 4, false),
                entry("price match", 0, false),
                entry("cheap", 0, true),
            ],
        }];
        let mut s = String::new();
        signals(&mut s, &r);
        assert!(
            s.contains("| signal | messages | phrases | never counted |\n|---|---:|---:|---:|\n| `pricing` | 4 | 3 | 1 |\n"),
            "{s}"
        );
    }
}
