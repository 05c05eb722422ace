//! The coverage report as Markdown, for a pull-request comment: the summary, tables of
//! triggers, routes and gaps, the primary trigger × route matrix, the signals and the
//! detectors' counters (folded, in `tables`), what never fired or counted, and the
//! evaluation against labels.

mod tables;

use std::fmt::Write as _;

use super::coverage::{
    NEVER_COUNTED, gap_count, gaps, passed_over, route_why, score, shown_examples, uncounted_note,
};
use super::coverage::{case_hints, routed_teams, unmatched_named};
use super::coverage_share::{escalation_share, fallen_through, fired_share, percent};
use crate::coverage::CoverageReport;
use crate::coverage::labels::LabelEval;
use crate::text::markdown::{code_cell, code_span, escape_markdown};

/// The whole comment, with why each gate failed under its heading, as `diff` writes it.
pub(super) fn markdown(r: &CoverageReport, failed_gates: &[super::FailedGate]) -> String {
    let mut s = String::from("### handoff coverage\n\n");
    for f in failed_gates {
        // The tool's words and numbers as they are (escaped, `0.458` read `0\.458`), the
        // trigger ids it names as code spans.
        let _ = writeln!(s, "**Gate failed:** {}.\n", f.markdown());
    }
    let _ = writeln!(
        s,
        "**{}** conversations · **{}** escalated ({}) · **{}** of triggers fired · {}\n",
        r.conversations,
        r.escalated,
        percent(r.escalated, r.conversations),
        fired_share(r),
        fallen_through(r, "**")
    );
    s.push_str("| trigger | escalated | primary | held at all |\n|---|---:|---:|---:|\n");
    for t in &r.triggers {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            code_cell(&t.id),
            t.fired,
            t.primary,
            t.held
        );
    }
    s.push_str("\n| route | team | escalations | share |\n|---|---|---:|---:|\n");
    for route in &r.routes {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            code_cell(&route.id),
            code_cell(&route.team),
            route.matched,
            escalation_share(route.matched, r.escalated)
        );
    }
    // Escalations with no team at all (no route took them, and there is no default).
    if r.unrouted > 0 {
        let _ = writeln!(
            s,
            "| {} | – | {} | {} |",
            crate::outcome::UNROUTED,
            r.unrouted,
            escalation_share(r.unrouted, r.escalated)
        );
    }
    tables::matrix(&mut s, r);
    tables::signals(&mut s, r);
    tables::counters(&mut s, r);
    s.push_str("\n| gap | conversations | examples |\n|---|---:|---|\n");
    for (name, gap, note) in gaps(r) {
        // One line per example, why it is there beside its id.
        let (shown, more) = shown_examples(gap);
        let mut lines: Vec<String> = shown
            .iter()
            .map(|e| {
                format!(
                    "{} — {}",
                    code_cell(&e.conversation_id),
                    detail(&e.detail, code_cell)
                )
            })
            .collect();
        if more > 0 {
            lines.push(format!("… and {more} more"));
        }
        let examples = match note {
            Some(note) if shown.is_empty() => format!("*{note}*"),
            _ => lines.join("<br>"),
        };
        let _ = writeln!(s, "| {name} | {} | {examples} |", gap_count(gap, note));
    }
    let never_counted = r.counters_never_counted();
    if !r.never_fired.is_empty()
        || !r.never_routed.is_empty()
        || !r.dead_phrases.is_empty()
        || !never_counted.is_empty()
    {
        s.push_str("\n<details><summary>Never fired</summary>\n\n");
        for t in &r.never_fired {
            let _ = writeln!(s, "- trigger {}", code_span(t));
        }
        for route in &r.never_routed {
            let why = route_why(r, route, code_span)
                .map(|why| format!(" — {why}"))
                .unwrap_or_default();
            let _ = writeln!(s, "- route {}{why}", code_span(route));
        }
        for p in &r.dead_phrases {
            let note = uncounted_note(&p.uncounted)
                .map(|note| format!(" — {note}"))
                .unwrap_or_default();
            let _ = writeln!(
                s,
                "- {} {} in signal {}{note}",
                p.kind,
                code_span(&p.text),
                code_span(&p.signal)
            );
        }
        for c in never_counted {
            let _ = writeln!(s, "- counter {} — {NEVER_COUNTED}", code_span(c));
        }
        s.push_str("\n</details>\n");
    }
    let passed = passed_over(r, code_span);
    if !passed.is_empty() {
        s.push_str("\n<details><summary>Routes passed over</summary>\n\n");
        for (route, why) in passed {
            let (id, n) = (code_span(&route.id), route.matched);
            let _ = writeln!(s, "- route {id} (taken {n}×) — {why}");
        }
        s.push_str("\n</details>\n");
    }
    if let Some(l) = &r.labels {
        labels(&mut s, l);
    }
    s
}

/// The evaluation against labels: the scores with their confusion counts, per team, the
/// expected × routed team matrix, and the conversations where rules and labels disagree.
fn labels(s: &mut String, l: &LabelEval) {
    let c = &l.escalation;
    let _ = writeln!(
        s,
        "\n**Labels:** {} of {} found ({} blank, {} matched no conversation) · escalation precision {} · recall {} (tp {}, fp {}, fn {}, tn {})",
        l.matched,
        l.labels,
        l.blank,
        l.unmatched(),
        score(c.precision),
        score(c.recall),
        c.true_positives,
        c.false_positives,
        c.false_negatives,
        c.true_negatives
    );
    if let Some(named) = unmatched_named(l, code_span) {
        let _ = writeln!(s, "\nLabels that matched no conversation: {named}.");
    }
    for hint in case_hints(l, code_span) {
        let _ = writeln!(s, "\n*Hint:* {hint}.");
    }
    if !l.per_team.is_empty() {
        s.push_str(
            "\n| team | precision | recall | expected | routed | right |\n|---|---:|---:|---:|---:|---:|\n",
        );
        for t in &l.per_team {
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} | {} |",
                code_cell(&t.team),
                score(t.precision),
                score(t.recall),
                t.expected,
                t.routed,
                t.correct
            );
        }
    }
    if !l.teams.is_empty() {
        let routed = routed_teams(l);
        s.push_str("\n| expected \\ routed |");
        for team in &routed {
            let _ = write!(s, " {} |", code_cell(team));
        }
        s.push_str("\n|---|");
        s.push_str(&"---:|".repeat(routed.len()));
        s.push('\n');
        for (expected, row) in &l.teams {
            let _ = write!(s, "| {} |", code_cell(expected));
            for team in &routed {
                match row.get(*team) {
                    Some(n) => {
                        let _ = write!(s, " {n} |");
                    }
                    None => s.push_str("  |"),
                }
            }
            s.push('\n');
        }
    }
    if l.misses.count > 0 {
        let _ = writeln!(
            s,
            "\nWhere rules and labels disagree ({}):\n",
            l.misses.count
        );
        for e in &l.misses.examples {
            let _ = writeln!(
                s,
                "- {} — {}",
                code_span(&e.conversation_id),
                detail(&e.detail, code_span)
            );
        }
        let more = l.misses.count - l.misses.examples.len() as u64;
        if more > 0 {
            let _ = writeln!(s, "- … and {more} more ({} misses in all)", l.misses.count);
        }
    }
}

/// A label miss's or a gap example's detail: the tool's words, escaped, around its `…`
/// spans (team and trigger ids) as code spans (through `code`: [`code_cell`] in a table),
/// as the HTML report shows them. Escaped, not written as they are: a merged report's
/// details are read from a file (`coverage --merge`), whatever it holds.
fn detail(text: &str, code: fn(&str) -> String) -> String {
    let mut out = String::new();
    let parts: Vec<&str> = text.split('`').collect();
    // An odd number of backticks leaves the last span open: its text as text.
    let closed = parts.len() % 2 == 1;
    for (i, part) in parts.iter().enumerate() {
        if i % 2 == 1 && (closed || i + 1 < parts.len()) {
            out.push_str(&code(part));
        } else {
            if i % 2 == 1 {
                out.push_str(&escape_markdown("`"));
            }
            out.push_str(&escape_markdown(part));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coverage::{Example, Gap};

    fn with_miss(conversation_id: &str, detail: &str) -> String {
        let mut report = CoverageReport::default();
        report.labels = Some(LabelEval {
            labels: 1,
            matched: 1,
            misses: Gap {
                count: 1,
                examples: vec![Example {
                    conversation_id: conversation_id.into(),
                    detail: detail.into(),
                    transcript: Vec::new(),
                }],
            },
            ..LabelEval::default()
        });
        let md = markdown(&report, &[]);
        md.lines()
            .find(|line| line.starts_with("- "))
            .unwrap_or_else(|| panic!("no miss in {md}"))
            .to_owned()
    }

    /// A label miss's detail was written as it was: ids and words holding `|`, `*` and
    /// `_` (from a merged report's file) came out as emphasis and table cells.
    #[test]
    fn a_miss_detail_is_escaped_with_its_ids_as_code() {
        assert_eq!(
            with_miss(
                "c|1*_x_*",
                "expected team `a|b*c_d_`, routed to `*x*`; *note* _here_ | there"
            ),
            "- `c|1*_x_*` — expected team `a|b*c_d_`, routed to `*x*`; \\*note\\* \\_here\\_ \\| there"
        );
    }

    /// A backtick that opens no closed span is text, escaped, and the rest with it.
    #[test]
    fn an_unclosed_backtick_in_a_miss_detail_is_text() {
        let line = with_miss("c1", "expected team `a*b");
        assert_eq!(line, "- `c1` — expected team \\`a\\*b");
    }

    /// A gap's examples are one line each in its row, why beside the id; a detail read
    /// from a merged report's file, holding a `|` in a code span or a line break, keeps
    /// the row's cells; past five, how many more.
    #[test]
    fn a_gap_row_gives_each_example_with_why_on_a_line() {
        let mut report = CoverageReport::default();
        report.human_handoffs = 1;
        // Rules with a default route: its gap is listed (without one, the unrouted).
        report.routes.push(crate::coverage::RouteCoverage {
            id: crate::rules::DEFAULT_ROUTE_ID.into(),
            ..Default::default()
        });
        let example = |id: &str, detail: &str| Example {
            conversation_id: id.into(),
            detail: detail.into(),
            transcript: Vec::new(),
        };
        report.gaps.default_route = Gap {
            count: 7,
            examples: (0..6)
                .map(|i| example(&format!("c{i}"), "escalated by `a|b`; no\nroute"))
                .collect(),
        };
        report.gaps.stuck_not_escalated = Gap {
            count: 1,
            examples: vec![example(
                "s",
                "2 bot fallbacks, 3 messages apart; never escalated",
            )],
        };
        let md = markdown(&report, &[]);
        let row = |name: &str| {
            md.lines()
                .find(|line| line.starts_with(&format!("| {name} |")))
                .unwrap_or_else(|| panic!("no {name} in {md}"))
                .to_owned()
        };
        assert_eq!(
            row("stuck, never escalated"),
            "| stuck, never escalated | 1 | `s` — 2 bot fallbacks, 3 messages apart; never escalated |"
        );
        let one = "escalated by a\\|b; no<br>route";
        let shown: Vec<String> = (0..5).map(|i| format!("`c{i}` — {one}")).collect();
        assert_eq!(
            row("escalations on the default route"),
            format!(
                "| escalations on the default route | 7 | {}<br>… and 2 more |",
                shown.join("<br>")
            )
        );
    }

    /// The details `coverage` writes itself are as they were.
    #[test]
    fn the_tools_own_miss_detail_reads_as_before() {
        assert_eq!(
            with_miss("c1", "expected an escalation, not escalated"),
            "- `c1` — expected an escalation, not escalated"
        );
        assert_eq!(
            with_miss("c2", "expected team `billing`, routed to `support-tier_2`"),
            "- `c2` — expected team `billing`, routed to `support-tier_2`"
        );
    }
}
