//! The label evaluation of a `coverage` report (`--labels`), as text: a [`LabelEval`] →
//! its precision and recall, the teams' matrix, the misses; and the parts Markdown and
//! HTML share with it (scores, the matrix's columns, the labels that matched nothing).

use std::fmt::Write as _;

use crate::coverage::labels::{LabelEval, MAX_UNMATCHED_SHOWN};

use super::grid;

pub(in crate::report) fn score(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| format!("{v:.3}"))
}

/// The routed teams of the labels' team matrix (its columns), sorted.
pub(in crate::report) fn routed_teams(l: &LabelEval) -> Vec<&String> {
    let mut routed: Vec<&String> = l.teams.values().flat_map(|r| r.keys()).collect();
    routed.sort();
    routed.dedup();
    routed
}

/// The labels that matched no conversation, as a report names them: the first few ids
/// (each through `shown`), then "and N more"; `None` when every label matched.
pub(in crate::report) fn unmatched_named(
    l: &LabelEval,
    shown: impl Fn(&str) -> String,
) -> Option<String> {
    let ids = &l.unmatched_ids[..l.unmatched_ids.len().min(MAX_UNMATCHED_SHOWN)];
    let more = l.unmatched().saturating_sub(ids.len() as u64);
    let mut named: Vec<String> = ids.iter().map(|id| shown(id)).collect();
    if more > 0 {
        named.push(format!("{more} more"));
    }
    match named.split_last()? {
        (last, []) => Some(last.clone()),
        (last, rest) => Some(format!("{} and {last}", rest.join(", "))),
    }
}

/// The hints on unmatched labels whose id is a conversation's but for case: the first
/// few, each through `shown`.
pub(in crate::report) fn case_hints(l: &LabelEval, shown: impl Fn(&str) -> String) -> Vec<String> {
    l.case_mismatches
        .iter()
        .take(MAX_UNMATCHED_SHOWN)
        .map(|(label, conversation)| {
            format!(
                "label {} differs only in case from conversation {} (ids are matched exactly)",
                shown(label),
                shown(conversation)
            )
        })
        .collect()
}

pub(in crate::report) fn labels_text(l: &LabelEval, width: Option<u16>) -> String {
    let mut s = String::new();
    let c = &l.escalation;
    let _ = writeln!(
        s,
        "\nlabels: {} labelled conversation{} found ({} label{}: {} blank, {} matched no conversation)\n  escalation: precision {}, recall {} (tp {}, fp {}, fn {}, tn {})",
        l.matched,
        super::super::summary::plural(l.matched),
        l.labels,
        super::super::summary::plural(l.labels),
        l.blank,
        l.unmatched(),
        score(c.precision),
        score(c.recall),
        c.true_positives,
        c.false_positives,
        c.false_negatives,
        c.true_negatives
    );
    if let Some(named) = unmatched_named(l, |id| format!("`{}`", crate::text::token(id))) {
        let _ = writeln!(s, "  matched no conversation: {named}");
    }
    for hint in case_hints(l, |id| format!("`{}`", crate::text::token(id))) {
        let _ = writeln!(s, "  hint: {hint}");
    }
    for t in &l.per_team {
        let _ = writeln!(
            s,
            "  team {:<20} precision {}, recall {} ({} expected, {} routed, {} right)",
            t.team,
            score(t.precision),
            score(t.recall),
            t.expected,
            t.routed,
            t.correct
        );
    }
    if !l.teams.is_empty() {
        let routed = routed_teams(l);
        let mut header = vec!["expected \\ routed"];
        header.extend(routed.iter().map(|r| r.as_str()));
        let mut t = grid(&header, width);
        for (expected, row) in &l.teams {
            let mut cells = vec![expected.clone()];
            cells.extend(
                routed
                    .iter()
                    .map(|r| row.get(*r).map_or_else(String::new, u64::to_string)),
            );
            t.add_row(cells);
        }
        let _ = writeln!(s, "{}", super::super::narrow::fit_to(t, None));
    }
    for e in &l.misses.examples {
        let _ = writeln!(s, "  miss: {} — {}", e.conversation_id, e.detail);
    }
    if l.misses.count > l.misses.examples.len() as u64 {
        let _ = writeln!(
            s,
            "  … and {} more ({} misses in all)",
            l.misses.count - l.misses.examples.len() as u64,
            l.misses.count
        );
    }
    s
}
