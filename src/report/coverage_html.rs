//! The coverage report as one self-contained HTML page: summary numbers, bar charts of
//! triggers and teams, the trigger × route heat map, the signals' and the detectors'
//! counters' tables, the escalation-turn distribution, the gap lists with each example's
//! transcript, and against labels the scores, the expected × routed team matrix and the
//! misses with theirs. Inline CSS and SVG only: no
//! scripts, fonts or network, so it can be attached to a CI run or mailed. The charts are
//! drawn by `charts`; the page, its tables and lists are here.

mod charts;

use std::fmt::Write as _;

use self::charts::{bars, heat_map, histogram};
use super::coverage::{NEVER_COUNTED, NO_HUMAN, gap_count, gaps, routed_teams};
use super::coverage_share::{default_share, escalation_share, fired_share, percent};
use crate::coverage::labels::LabelEval;
use crate::coverage::{CoverageReport, Gap};

const STYLE: &str = "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:1100px;color:#1d2430;padding:0 1rem}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2.2rem;border-bottom:1px solid #dde3ea;padding-bottom:.3rem}\
.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}.card{border:1px solid #dde3ea;border-radius:8px;padding:.7rem 1rem;min-width:150px}\
.card b{display:block;font-size:1.5rem}.card span{color:#5b6675;font-size:.85rem}.warn b{color:#b3541e}.fail{color:#b3261e}\
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #dde3ea;padding:.3rem .55rem;text-align:right}th{background:#f3f6f9}\
td:first-child,th:first-child{text-align:left}details{margin:.25rem 0}summary{cursor:pointer}\
.transcript{margin:.3rem 0 .6rem 1rem;border-left:3px solid #dde3ea;padding-left:.7rem}.transcript p{margin:.15rem 0;white-space:pre-wrap}\
.role{display:inline-block;min-width:4.5rem;color:#5b6675;font-size:.8rem;text-transform:uppercase}.muted{color:#5b6675}code{background:#f3f6f9;padding:0 .2rem;border-radius:3px}";

/// Escapes text for HTML content and attributes.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An example's detail, its `…` spans (team ids, in a label miss) as code.
fn detail(text: &str) -> String {
    let mut out = String::new();
    let mut parts = text.split('`');
    out.push_str(&esc(parts.next().unwrap_or_default()));
    let mut code = true;
    for part in parts {
        let _ = if code {
            write!(out, "<code>{}", esc(part))
        } else {
            write!(out, "</code>{}", esc(part))
        };
        code = !code;
    }
    if !code {
        out.push_str("</code>");
    }
    out
}

/// A gap's examples, each folded with its transcript, and how many more there are.
fn examples(s: &mut String, gap: &Gap) {
    if gap.examples.is_empty() {
        s.push_str("<p class=\"muted\">None.</p>");
    }
    for e in &gap.examples {
        let _ = write!(
            s,
            "<details><summary><code>{}</code> — {}</summary><div class=\"transcript\">",
            esc(&e.conversation_id),
            detail(&e.detail)
        );
        for m in &e.transcript {
            let _ = write!(
                s,
                "<p><span class=\"role\">{}</span>{}</p>",
                esc(&m.role),
                esc(&m.text)
            );
        }
        s.push_str("</div></details>");
    }
    if gap.count > gap.examples.len() as u64 {
        let _ = write!(
            s,
            "<p class=\"muted\">… and {} more.</p>",
            gap.count - gap.examples.len() as u64
        );
    }
}

/// The expected × routed team matrix of the labels.
fn label_matrix(s: &mut String, l: &LabelEval) {
    let routed = routed_teams(l);
    s.push_str("<table><tr><th>expected \\ routed</th>");
    for team in &routed {
        let _ = write!(s, "<th>{}</th>", esc(team));
    }
    s.push_str("</tr>");
    for (expected, row) in &l.teams {
        let _ = write!(s, "<tr><td>{}</td>", esc(expected));
        for team in &routed {
            let _ = write!(
                s,
                "<td>{}</td>",
                row.get(*team).map_or_else(String::new, u64::to_string)
            );
        }
        s.push_str("</tr>");
    }
    s.push_str("</table>");
}

/// The signals: messages each matched, its phrases and regexes, and how many of those
/// written in the rules never counted (listed under "Never fired").
fn signals(s: &mut String, r: &CoverageReport) {
    if r.signals.is_empty() {
        return;
    }
    s.push_str("<h2>Signals</h2><table><tr><th>signal</th><th>messages matched</th><th>phrases</th><th>never counted</th></tr>");
    for sig in &r.signals {
        let never = sig.never_counted().count();
        let _ = write!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{never}</td></tr>",
            esc(&sig.id),
            sig.messages,
            sig.entries.len()
        );
    }
    s.push_str("</table>");
}

/// The counters of built-in detectors the rules read: messages each counted, in how many
/// conversations, the most in one (those that counted none are listed under "Never
/// fired"). Nothing under rules that read none.
fn counters(s: &mut String, r: &CoverageReport) {
    if r.counters.is_empty() {
        return;
    }
    s.push_str("<h2>Counters</h2><table><tr><th>counter</th><th>messages counted</th><th>conversations</th><th>most in one</th></tr>");
    for c in &r.counters {
        let _ = write!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&c.name),
            c.messages,
            c.conversations,
            esc(&c.most_text())
        );
    }
    s.push_str("</table>");
}

/// The whole page, with why each gate failed under its title.
pub(super) fn page(r: &CoverageReport, failed_gates: &[super::FailedGate]) -> String {
    let mut s = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>handoff coverage</title><style>",
    );
    s.push_str(STYLE);
    s.push_str("</style></head><body><h1>handoff coverage</h1>");
    let _ = write!(
        s,
        "<p class=\"muted\">Rules {} · report version {}</p>",
        esc(&r.rules),
        r.version
    );
    for f in failed_gates {
        let _ = write!(
            s,
            "<p class=\"fail\"><b>Gate failed:</b> {}.</p>",
            esc(&f.to_string())
        );
    }
    s.push_str("<div class=\"cards\">");
    let missed = r.gaps.missed_handoffs.count;
    for (value, label, warn) in [
        (
            r.conversations.to_string(),
            "conversations".to_owned(),
            false,
        ),
        (
            format!(
                "{} ({})",
                r.escalated,
                percent(r.escalated, r.conversations)
            ),
            "escalated".to_owned(),
            false,
        ),
        (
            fired_share(r),
            "of triggers fired".to_owned(),
            r.triggers_fired_percent().is_none_or(|p| p < 100.0),
        ),
        if r.has_default_route() {
            (
                default_share(r),
                "of escalations on the default route".to_owned(),
                r.default_share.is_some_and(|s| s > 0.5),
            )
        } else {
            (
                escalation_share(r.unrouted, r.escalated),
                "of escalations unrouted (no default route)".to_owned(),
                r.unrouted > 0,
            )
        },
        if r.human_handoffs == 0 {
            (
                "–".to_owned(),
                format!("missed handoffs ({NO_HUMAN})"),
                false,
            )
        } else {
            (
                format!("{missed} of {}", r.human_handoffs),
                "human handoffs missed".to_owned(),
                missed > 0,
            )
        },
        (
            r.gaps.stuck_not_escalated.count.to_string(),
            "stuck, never escalated".to_owned(),
            r.gaps.stuck_not_escalated.count > 0,
        ),
    ] {
        let _ = write!(
            s,
            "<div class=\"card{}\"><b>{}</b><span>{}</span></div>",
            if warn { " warn" } else { "" },
            esc(&value),
            esc(&label)
        );
    }
    s.push_str("</div><h2>Triggers</h2>");
    let rows: Vec<(String, u64, Option<u64>)> = r
        .triggers
        .iter()
        .map(|t| (t.id.clone(), t.fired, Some(t.held)))
        .collect();
    s.push_str(&bars(
        &rows,
        "#2c6ab3",
        Some(("escalated the conversation", "held at some message")),
    ));
    s.push_str("<h2>Teams</h2>");
    let rows: Vec<(String, u64, Option<u64>)> = r
        .teams
        .iter()
        .map(|t| (t.id.clone(), t.conversations, None))
        // Escalations no route took, with no default route to catch them.
        .chain((r.unrouted > 0).then(|| (crate::outcome::UNROUTED.to_owned(), r.unrouted, None)))
        .collect();
    s.push_str(&bars(&rows, "#2f8a5b", None));
    s.push_str("<h2>Which triggers end up where</h2>");
    s.push_str(&heat_map(r));
    signals(&mut s, r);
    counters(&mut s, r);
    s.push_str("<h2>When conversations escalate</h2>");
    s.push_str(&histogram(r));
    s.push_str("<h2>Gaps</h2>");
    for (name, gap, note) in gaps(r) {
        let _ = write!(
            s,
            "<h3>{} <span class=\"muted\">({})</span></h3>",
            esc(name),
            gap_count(gap, note)
        );
        match note {
            Some(note) if gap.examples.is_empty() => {
                let _ = write!(s, "<p class=\"muted\">{}.</p>", esc(note));
            }
            _ => examples(&mut s, gap),
        }
    }
    s.push_str("<h2>Never fired</h2><ul>");
    for t in &r.never_fired {
        let _ = write!(s, "<li>trigger <code>{}</code></li>", esc(t));
    }
    for route in &r.never_routed {
        let code = |f: &str| format!("<code>{}</code>", esc(f));
        let why = super::coverage::route_why(r, route, code)
            .map(|why| format!(" — {why}"))
            .unwrap_or_default();
        let _ = write!(s, "<li>route <code>{}</code>{why}</li>", esc(route));
    }
    for p in &r.dead_phrases {
        let note = super::coverage::uncounted_note(&p.uncounted)
            .map(|note| format!(" — {note}"))
            .unwrap_or_default();
        let _ = write!(
            s,
            "<li>{} <code>{}</code> in signal <code>{}</code>{note}</li>",
            esc(&p.kind),
            esc(&p.text),
            esc(&p.signal)
        );
    }
    let never_counted = r.counters_never_counted();
    for c in &never_counted {
        let _ = write!(
            s,
            "<li>counter <code>{}</code> — {NEVER_COUNTED}</li>",
            esc(c)
        );
    }
    if r.never_fired.is_empty()
        && r.never_routed.is_empty()
        && r.dead_phrases.is_empty()
        && never_counted.is_empty()
    {
        s.push_str("<li class=\"muted\">Everything fired at least once.</li>");
    }
    s.push_str("</ul>");
    let code = |f: &str| format!("<code>{}</code>", esc(f));
    let passed = super::coverage::passed_over(r, code);
    if !passed.is_empty() {
        s.push_str("<h2>Routes passed over</h2><ul>");
        for (route, why) in passed {
            let (id, n) = (esc(&route.id), route.matched);
            let _ = write!(s, "<li>route <code>{id}</code> (taken {n}×) — {why}</li>");
        }
        s.push_str("</ul>");
    }
    if let Some(l) = &r.labels {
        let c = &l.escalation;
        let f = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:.3}"));
        let _ = write!(
            s,
            "<h2>Against labels</h2><p>{} labelled conversation{} found of {} label{} ({} blank, {} matched no conversation). Escalation precision <b>{}</b>, recall <b>{}</b> (tp {}, fp {}, fn {}, tn {}).</p>",
            l.matched,
            super::summary::plural(l.matched),
            l.labels,
            super::summary::plural(l.labels),
            l.blank,
            l.unmatched(),
            f(c.precision),
            f(c.recall),
            c.true_positives,
            c.false_positives,
            c.false_negatives,
            c.true_negatives
        );
        let code = |id: &str| format!("<code>{}</code>", esc(id));
        if let Some(named) = super::coverage::unmatched_named(l, code) {
            let _ = write!(s, "<p>Labels that matched no conversation: {named}.</p>");
        }
        for hint in super::coverage::case_hints(l, code) {
            let _ = write!(s, "<p class=\"muted\">Hint: {hint}.</p>");
        }
        s.push_str("<table><tr><th>team</th><th>precision</th><th>recall</th><th>expected</th><th>routed</th></tr>");
        for t in &l.per_team {
            let _ = write!(
                s,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&t.team),
                f(t.precision),
                f(t.recall),
                t.expected,
                t.routed
            );
        }
        s.push_str("</table>");
        if !l.teams.is_empty() {
            s.push_str("<h3>Expected team × routed team</h3>");
            label_matrix(&mut s, l);
        }
        let _ = write!(
            s,
            "<h3>Where rules and labels disagree <span class=\"muted\">({})</span></h3>",
            l.misses.count
        );
        examples(&mut s, &l.misses);
    }
    s.push_str("</body></html>\n");
    s
}
