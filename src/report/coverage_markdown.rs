//! The coverage report as Markdown, for a pull-request comment: the summary, tables of
//! triggers, routes and gaps, what never fired, and the evaluation against labels.

use std::fmt::Write as _;

use super::coverage::{gaps, percent, score};
use crate::coverage::CoverageReport;
use crate::text::markdown::{code_cell, code_span};

/// The whole comment.
pub(super) fn markdown(r: &CoverageReport) -> String {
    let mut s = String::from("### handoff coverage\n\n");
    let _ = writeln!(
        s,
        "**{}** conversations · **{}** escalated ({}) · **{:.0}%** of triggers fired · default route **{:.1}%** of escalations\n",
        r.conversations,
        r.escalated,
        percent(r.escalated, r.conversations),
        r.triggers_fired_percent(),
        r.default_share * 100.0
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
    s.push_str("\n| route | team | escalations |\n|---|---|---:|\n");
    for route in &r.routes {
        let _ = writeln!(
            s,
            "| {} | {} | {} |",
            code_cell(&route.id),
            code_cell(&route.team),
            route.matched
        );
    }
    s.push_str("\n| gap | conversations | examples |\n|---|---:|---|\n");
    for (name, gap) in gaps(r) {
        let ids: Vec<String> = gap
            .examples
            .iter()
            .take(5)
            .map(|e| code_cell(&e.conversation_id))
            .collect();
        let _ = writeln!(s, "| {name} | {} | {} |", gap.count, ids.join(", "));
    }
    if !r.never_fired.is_empty() || !r.dead_phrases.is_empty() {
        s.push_str("\n<details><summary>Never fired</summary>\n\n");
        for t in &r.never_fired {
            let _ = writeln!(s, "- trigger {}", code_span(t));
        }
        for route in &r.never_routed {
            let _ = writeln!(s, "- route {}", code_span(route));
        }
        for p in &r.dead_phrases {
            let _ = writeln!(
                s,
                "- {} {} in signal {}",
                p.kind,
                code_span(&p.text),
                code_span(&p.signal)
            );
        }
        s.push_str("\n</details>\n");
    }
    if let Some(l) = &r.labels {
        let _ = writeln!(
            s,
            "\n**Labels:** {} of {} found ({} blank, {} matched no conversation) · escalation precision {} · recall {}",
            l.matched,
            l.labels,
            l.blank,
            l.unmatched(),
            score(l.escalation.precision),
            score(l.escalation.recall)
        );
        if !l.per_team.is_empty() {
            s.push_str(
                "\n| team | precision | recall | expected | routed |\n|---|---:|---:|---:|---:|\n",
            );
            for t in &l.per_team {
                let _ = writeln!(
                    s,
                    "| {} | {} | {} | {} | {} |",
                    code_cell(&t.team),
                    score(t.precision),
                    score(t.recall),
                    t.expected,
                    t.routed
                );
            }
        }
    }
    s
}
