//! `coverage` reports: text tables, JSON (the mergeable report itself), Markdown for a
//! pull request (`coverage_markdown`), and a self-contained HTML page (`coverage_html`).

use std::fmt::Write as _;
use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};

use crate::coverage::{CoverageReport, EntryCoverage, Example, Gap, Uncounted};

use super::coverage_share::{escalation_share, fallen_through, fired_share, percent};
pub(super) use super::coverage_why::{passed_over, route_why};

mod labels;
use labels::labels_text;
pub(super) use labels::{case_hints, routed_teams, score, unmatched_named};

/// Output formats of `coverage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CoverageFormat {
    /// Summary, tables and gaps for a terminal; also named `human` or `text`
    #[value(alias = "human", alias = "text")]
    Table,
    /// The full report; `--merge` reads it back
    Json,
    /// For a pull-request comment; also named `md`
    #[value(alias = "md")]
    Markdown,
    /// One self-contained page with charts (no scripts, fonts or network)
    Html,
}

/// Writes the report; `width` bounds the tables (when stdout is not a terminal).
/// `failed_gates` says why each gate failed, under the heading of Markdown and HTML (what
/// CI puts in the job summary); the table and JSON leave that to stderr.
pub fn write(
    report: &CoverageReport,
    format: CoverageFormat,
    width: Option<u16>,
    failed_gates: &[super::FailedGate],
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        CoverageFormat::Table => {
            super::Printable::new(out).write_all(table(report, width).as_bytes())
        }
        CoverageFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, report)?;
            writeln!(out)
        }
        CoverageFormat::Markdown => super::Printable::new(out)
            .write_all(super::coverage_markdown::markdown(report, failed_gates).as_bytes()),
        CoverageFormat::Html => {
            out.write_all(super::coverage_html::page(report, failed_gates).as_bytes())
        }
    }
}

/// A table of the report's style, with `header`, at most `width` wide.
pub(super) fn grid(header: &[&str], width: Option<u16>) -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().copied());
    if let Some(width) = width {
        t.set_width(width);
    }
    t
}

/// The widest the summary's lines are, whatever the terminal: one line of 115 columns
/// and more was past most windows' width and every CI log's.
const SUMMARY_WIDTH: u16 = 100;

/// The summary above the tables: what was read and escalated on one line, how the
/// rules fared on the next (`57.1% of triggers fired; default route took 99.25% of
/// escalations`); a line wider than the room (`width`, else the terminal's, at most
/// [`SUMMARY_WIDTH`]) is broken at its `;`, one part a line.
fn summary(r: &CoverageReport, width: Option<u16>) -> String {
    let read = [
        format!(
            "{}, {}",
            crate::text::count(r.conversations, "conversation"),
            crate::text::count(r.messages, "message")
        ),
        format!(
            "{} escalated ({})",
            r.escalated,
            percent(r.escalated, r.conversations)
        ),
    ];
    let rules = [
        format!("{} of triggers fired", fired_share(r)),
        fallen_through(r, ""),
    ];
    let room = width
        .or_else(|| Table::new().width())
        .map_or(SUMMARY_WIDTH, |w| w.min(SUMMARY_WIDTH));
    let mut s = String::new();
    for parts in [read, rules] {
        let line = parts.join("; ");
        if line.chars().count() <= usize::from(room) {
            let _ = writeln!(s, "{line}");
        } else {
            for part in parts {
                let _ = writeln!(s, "{part}");
            }
        }
    }
    s
}

fn table(r: &CoverageReport, width: Option<u16>) -> String {
    let mut s = summary(r, width);
    let mut t = grid(&["trigger", "escalated", "primary", "held at all"], width);
    for tr in &r.triggers {
        t.add_row([
            tr.id.clone(),
            tr.fired.to_string(),
            tr.primary.to_string(),
            tr.held.to_string(),
        ]);
    }
    let _ = writeln!(s, "\n{}", super::narrow::fit_to(t, None));
    let mut t = grid(&["route", "team", "escalations", "share"], width);
    for route in &r.routes {
        t.add_row([
            route.id.clone(),
            route.team.clone(),
            route.matched.to_string(),
            escalation_share(route.matched, r.escalated),
        ]);
    }
    if r.unrouted > 0 {
        t.add_row([
            crate::outcome::UNROUTED.to_owned(),
            "-".to_owned(),
            r.unrouted.to_string(),
            escalation_share(r.unrouted, r.escalated),
        ]);
    }
    let _ = writeln!(s, "\n{}", super::narrow::fit_to(t, None));
    if let Some(t) = super::coverage_matrix::matrix(r, width) {
        let _ = writeln!(s, "\n{t}");
    }
    let mut t = grid(
        &[
            "signal",
            "messages",
            "phrases",
            "never counted (written in the rules)",
        ],
        width,
    );
    for sig in &r.signals {
        t.add_row([
            sig.id.clone(),
            sig.messages.to_string(),
            sig.entries.len().to_string(),
            never_counted_cell(sig.never_counted()),
        ]);
    }
    let _ = writeln!(s, "\n{}", super::narrow::fit_to(t, Some(3)));
    if !r.counters.is_empty() {
        let mut t = grid(
            &["counter", "messages", "conversations", "most in one"],
            width,
        );
        for c in &r.counters {
            t.add_row([
                c.name.clone(),
                c.messages.to_string(),
                c.conversations.to_string(),
                c.most_text(),
            ]);
        }
        let _ = writeln!(s, "\n{}", super::narrow::fit_to(t, None));
    }
    let list = |v: &[String]| {
        if v.is_empty() {
            "none".to_owned()
        } else {
            v.join(", ")
        }
    };
    let _ = writeln!(s, "\nnever escalated anything: {}", list(&r.never_fired));
    let _ = writeln!(s, "routes never taken:       {}", list(&r.never_routed));
    for route in &r.never_routed {
        if let Some(why) = route_why(r, route, |f| format!("`{f}`")) {
            let _ = writeln!(s, "  {route}: {why}");
        }
    }
    let passed = passed_over(r, |f| format!("`{f}`"));
    if !passed.is_empty() {
        let ids: Vec<&str> = passed.iter().map(|(route, _)| route.id.as_str()).collect();
        let _ = writeln!(s, "routes passed over:       {}", ids.join(", "));
        for (route, why) in passed {
            let _ = writeln!(s, "  {} (taken {}×): {why}", route.id, route.matched);
        }
    }
    let _ = writeln!(s, "signals never matched:    {}", list(&r.dead_signals));
    // Only under rules that read one: a line about counters they do not read says nothing.
    if !r.counters.is_empty() {
        let never: Vec<String> = (r.counters_never_counted().into_iter())
            .map(str::to_owned)
            .collect();
        let _ = writeln!(s, "counters never counted:   {}", list(&never));
    }
    let _ = writeln!(s, "\ngaps");
    for (name, gap, note) in gaps(r) {
        let note_text = note;
        let note = match note {
            Some(note) if gap.examples.is_empty() => format!("   ({note})"),
            _ => String::new(),
        };
        let count = gap_count(gap, note_text);
        let _ = writeln!(s, "  {name:<36} {count:>6}{note}");
        let (shown, more) = shown_examples(gap);
        for e in shown {
            let _ = writeln!(s, "    {} — {}", e.conversation_id, one_line(&e.detail));
        }
        if more > 0 {
            let _ = writeln!(s, "    … and {more} more");
        }
    }
    if !r.gaps.late_by.is_empty() {
        let late: Vec<String> = r
            .gaps
            .late_by
            .iter()
            .map(|(k, n)| format!("{k} late ×{n}"))
            .collect();
        let _ = writeln!(
            s,
            "  late escalations, by how many messages: {}",
            late.join(", ")
        );
    }
    if let Some(l) = &r.labels {
        s.push_str(&labels_text(l, width));
    }
    s
}

/// The gaps, each with its name and, where its count means nothing, why: transcripts
/// in which no human takes over have no handoff to miss or be late for.
pub(super) fn gaps(r: &CoverageReport) -> Vec<(&'static str, &Gap, Option<&'static str>)> {
    let no_human = (r.human_handoffs == 0).then_some(NO_HUMAN);
    let mut gaps = vec![
        (
            "missed handoffs (human, no rule)",
            &r.gaps.missed_handoffs,
            no_human,
        ),
        (
            "escalations later than the human",
            &r.gaps.late_escalations,
            no_human,
        ),
        ("stuck, never escalated", &r.gaps.stuck_not_escalated, None),
    ];
    // Rules without a default route have no escalation on it to list: theirs fall to
    // no team at all, which is the gap to see.
    if r.has_default_route() {
        gaps.push((
            "escalations on the default route",
            &r.gaps.default_route,
            None,
        ));
    } else {
        gaps.push((
            "escalations no route took (unrouted)",
            &r.gaps.unrouted,
            None,
        ));
    }
    // Only when there are some: rules whose templates render everywhere are not told
    // of a gap they cannot have.
    match &r.gaps.bridge_errors {
        Some(gap) if gap.count > 0 => {
            gaps.push(("escalations without a bridge message", gap, None));
        }
        Some(_) => {}
        // A merge with a report that did not count them: not a count of 0.
        None => gaps.push((
            "escalations without a bridge message",
            &NOT_COUNTED_GAP,
            Some(NOT_COUNTED),
        )),
    }
    gaps
}

/// Why a gap shows no count: a report merged in was made before the gap was counted.
pub(super) const NOT_COUNTED: &str =
    "not counted: a report merged in was made by an older handoff, which did not count them";

static NOT_COUNTED_GAP: Gap = Gap {
    count: 0,
    examples: Vec::new(),
};

/// A gap's count as the reports write it: `–` for one not counted.
pub(super) fn gap_count(gap: &Gap, note: Option<&str>) -> String {
    if note == Some(NOT_COUNTED) {
        "–".to_owned()
    } else {
        gap.count.to_string()
    }
}

/// Where a phrase that never counted occurred all the same: `only negated, in 2
/// messages`; `None` for one that never occurred in a message at all.
pub(super) fn uncounted_note(u: &Uncounted) -> Option<String> {
    let messages = |n: u64| crate::text::count(n, "message");
    match (u.negated, u.inside_longer) {
        (0, 0) => None,
        (n, 0) => Some(format!("only negated, in {}", messages(n))),
        (0, n) => Some(format!("only inside a longer phrase, in {}", messages(n))),
        (n, m) => Some(format!(
            "negated in {}, inside a longer phrase in {m}",
            messages(n)
        )),
    }
}

/// The most phrases never counted that a signal's row of the table lists: the starter
/// pack's 122 verdict phrases filled two screens of a terminal, row by row. Markdown,
/// HTML and JSON list every one.
const NEVER_COUNTED_SHOWN: usize = 10;

/// A signal's "never counted" cell: its phrases and regexes never counted, those that
/// occurred all the same first (only negated, only inside a longer phrase: the ones a
/// reader can act on), then in the rules' order, [`NEVER_COUNTED_SHOWN`] at most and how
/// many more: two or more (one more is listed, shorter than saying so).
fn never_counted_cell<'a>(entries: impl Iterator<Item = &'a EntryCoverage>) -> String {
    let (noted, plain): (Vec<_>, Vec<_>) =
        entries.partition(|e| uncounted_note(&e.uncounted).is_some());
    let all = noted.len() + plain.len();
    let shown = if all > NEVER_COUNTED_SHOWN + 1 {
        NEVER_COUNTED_SHOWN
    } else {
        all
    };
    let mut cell: Vec<String> = (noted.into_iter().chain(plain))
        .take(shown)
        .map(|e| match uncounted_note(&e.uncounted) {
            Some(note) => format!("“{}” ({note})", e.text),
            None => format!("“{}”", e.text),
        })
        .collect();
    if all > cell.len() {
        cell.push(format!(
            "… and {} more (`-f md` lists them all)",
            all - cell.len()
        ));
    }
    cell.join(", ")
}

/// Examples of a gap the table and Markdown show, one line each, with why each is
/// there; the JSON and HTML have every one kept, with its transcript.
pub(super) const EXAMPLES_SHOWN: usize = 5;

/// The examples of `gap` the table and Markdown show, and how many more it counts.
pub(super) fn shown_examples(gap: &Gap) -> (&[Example], u64) {
    let shown = &gap.examples[..gap.examples.len().min(EXAMPLES_SHOWN)];
    (shown, gap.count.saturating_sub(shown.len() as u64))
}

/// A reason on one line: a merged report's is read from a file, whatever it holds.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// What Markdown and HTML say beside a counter the rules read that counted nothing (the
/// table lists it as `counters never counted:`).
pub(super) const NEVER_COUNTED: &str = "counted no message";

/// Why a report has no missed or late handoffs to show, when it has none to judge.
pub(super) const NO_HUMAN: &str = "no human took over in these transcripts";

#[cfg(test)]
mod tests;
