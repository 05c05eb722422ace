//! `explain` output: a conversation's trace as a text tree, as JSON, or as Markdown (an
//! issue or pull-request comment).

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::rules::Words;
use crate::text::markdown::{code_span as code, escape_html_line as html_text};
use crate::trace::{NodeTrace, Standing, Step, Trace, TriggerTrace};

/// The version of `explain --format json`'s document, as `test`, `diff` and `lint` have:
/// raised when a field changes meaning or goes, not when one is added.
pub const JSON_VERSION: u32 = 1;

/// Writes the trace as JSON: `version`, then the [`Trace`] model serialised as-is.
pub fn write_json(trace: &Trace, out: &mut dyn Write) -> io::Result<()> {
    #[derive(serde::Serialize)]
    struct Document<'a> {
        version: u32,
        #[serde(flatten)]
        trace: &'a Trace,
    }
    let document = Document {
        version: JSON_VERSION,
        trace,
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}

/// Writes the trace as a text tree: message by message, the triggers that held or nearly
/// held (every trigger with `all`) with PASS (✓) or FAIL (✗) per condition and what it
/// saw, and how many were not shown; then routing; then the bridge message.
pub fn write_text(trace: &Trace, all: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut s = String::new();
    let o = &trace.outcome;
    let _ = writeln!(
        s,
        "conversation {} ({})",
        trace.conversation_id,
        crate::text::count(o.messages, "message")
    );
    for step in &trace.steps {
        let _ = write!(s, "\n── message {} · {}", step.turn, step.role);
        if let Some(time) = &step.time {
            let _ = write!(s, " · {time}");
        }
        let _ = writeln!(s, " ──\n“{}”", step.text);
        if !step.signals.is_empty() {
            let signals: Vec<String> = step.signals.iter().map(|g| signal_group(g, true)).collect();
            let _ = writeln!(s, "signals: {}", signals.join(" · "));
        }
        for t in shown(step, all) {
            let _ = write!(s, "  {} {}: ", mark(t.holds), t.id);
            node(&mut s, &t.condition, 1, true);
        }
        if let Some(line) = not_shown(step, all) {
            let _ = writeln!(s, "  … {line}");
        }
        if step.escalation {
            let fired: Vec<&str> = o.triggers.iter().map(|t| t.id.as_str()).collect();
            let _ = writeln!(
                s,
                "▶ escalates after message {}: {} (primary: {})",
                step.turn,
                fired.join(", "),
                fired.first().copied().unwrap_or("-")
            );
        }
    }
    if trace.routes.is_empty() {
        if !o.escalated {
            let _ = writeln!(s, "\nno trigger held after any message: not escalated");
        }
    } else {
        let _ = writeln!(
            s,
            "\nroutes at the escalation point (the first that holds wins):"
        );
        for r in &trace.routes {
            let chosen = if r.chosen { "   ◀ chosen" } else { "" };
            match &r.condition {
                Some(c) => {
                    let _ = write!(s, "  {} {} → {}{chosen}: ", mark(r.holds), r.id, r.team);
                    node(&mut s, c, 1, true);
                }
                None if r.chosen => {
                    let _ = writeln!(s, "  ✓ {} → {}{chosen}: no route above held", r.id, r.team);
                }
                None => {
                    let _ = writeln!(
                        s,
                        "  · {} → {} (the default route, not needed)",
                        r.id, r.team
                    );
                }
            }
        }
        if !trace.routes.iter().any(|r| r.chosen) {
            let _ = writeln!(
                s,
                "  no route matched and there is no default route: unrouted"
            );
        }
    }
    if o.escalated {
        match (&o.bridge_message, &o.bridge_error) {
            (Some(text), _) => {
                let _ = writeln!(
                    s,
                    "\nbridge message ({}):\n  {text}",
                    o.team.as_deref().unwrap_or("-")
                );
            }
            (None, Some(err)) => {
                let _ = writeln!(s, "\nbridge message could not be rendered: {err}");
            }
            (None, None) => {
                let _ = writeln!(s, "\nno bridge message (the team has none)");
            }
        }
    }
    if let (Some(turn), Some(versus)) = (o.actual_handoff_turn, o.versus_actual) {
        let verdict = verdict(versus);
        let _ = writeln!(
            s,
            "\nin the transcript a human agent took over at message {turn}: {verdict}"
        );
    }
    super::Printable::new(out).write_all(s.as_bytes())
}

/// Writes the trace as Markdown, for an issue or a pull-request comment: the verdict
/// first, a table of the messages (what each matched, which triggers held), the routes
/// at the escalation point as a list of condition trees, the bridge message, and each
/// message's trigger trees folded (`<details>`). Everything the transcript or the rules
/// wrote is escaped as data ([`crate::text::markdown`]): for Markdown (code, links,
/// HTML, entities, blocks, emphasis, strike-through, mentions; line breaks as `<br>`,
/// but in the bridge message's quote), for HTML inside `<summary>` (entities, on one
/// line), or shown as code in a span whose fence no backtick of it can close. Ids are
/// shown as code. The trigger trees are those [`write_text`] shows.
pub fn write_markdown(trace: &Trace, all: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut s = String::new();
    let o = &trace.outcome;
    let _ = writeln!(s, "### handoff explain: {}\n", code(&trace.conversation_id));
    if let Some(turn) = o.escalation_turn.filter(|_| o.escalated) {
        let time = o
            .escalation_time
            .as_deref()
            .map(|t| format!(" ({})", md_cell(t)))
            .unwrap_or_default();
        let fired: Vec<String> = o.triggers.iter().map(|t| code(&t.id)).collect();
        let _ = write!(
            s,
            "**Escalates after message {turn} of {}**{time}: {} (primary: {})",
            o.messages,
            fired.join(", "),
            fired.first().map_or("-", String::as_str)
        );
        match (&o.route, &o.team) {
            (Some(route), Some(team)) => {
                let _ = writeln!(s, " → route {} → team {}", code(route), code(team));
            }
            _ => s.push_str(" → no route matched and there is no default route: unrouted\n"),
        }
    } else {
        let _ = writeln!(
            s,
            "**Not escalated**: no trigger held after any of the {}.",
            crate::text::count(o.messages, "message")
        );
    }
    s.push_str(
        "\n| message | role | time | text | signals | triggers that hold |\n|---:|---|---|---|---|---|\n",
    );
    for step in &trace.steps {
        let turn = if step.escalation {
            format!("**{}** ▶", step.turn)
        } else {
            step.turn.to_string()
        };
        let signals: Vec<String> = step
            .signals
            .iter()
            .map(|g| signal_group(g, false))
            .collect();
        let held: Vec<&str> = step
            .triggers
            .iter()
            .filter(|t| t.holds)
            .map(|t| t.id.as_str())
            .collect();
        let _ = writeln!(
            s,
            "| {turn} | {} | {} | “{}” | {} | {} |",
            step.role,
            md_cell(step.time.as_deref().unwrap_or("")),
            md_cell(&step.text),
            md_cell(&signals.join(" · ")),
            md_cell(&held.join(", "))
        );
    }
    if !trace.routes.is_empty() {
        s.push_str("\n#### Routes at the escalation point\n\nThe first that holds wins.\n\n");
        for r in &trace.routes {
            let name = format!("{} → {}", code(&r.id), code(&r.team));
            match &r.condition {
                Some(c) => {
                    let (name, chosen) = if r.chosen {
                        (format!("**{name}**"), " ◀ chosen")
                    } else {
                        (name, "")
                    };
                    let _ = write!(s, "- {} {name}{chosen}: ", mark(r.holds));
                    md_node(&mut s, c, 0, true);
                }
                None if r.chosen => {
                    let _ = writeln!(s, "- ✓ **{name}** ◀ chosen: no route above held");
                }
                None => {
                    let _ = writeln!(s, "- · {name} (the default route, not needed)");
                }
            }
        }
    }
    if o.escalated {
        match (&o.bridge_message, &o.bridge_error) {
            (Some(text), _) => {
                let _ = writeln!(
                    s,
                    "\n#### Bridge message ({})\n\n{}",
                    code(o.team.as_deref().unwrap_or("-")),
                    crate::text::markdown::quote(text)
                );
            }
            (None, Some(err)) => {
                let _ = writeln!(
                    s,
                    "\n#### Bridge message\n\nIt could not be rendered: {}",
                    md_cell(err)
                );
            }
            (None, None) => s.push_str("\n#### Bridge message\n\nNone: the team has none.\n"),
        }
    }
    if let (Some(turn), Some(versus)) = (o.actual_handoff_turn, o.versus_actual) {
        let verdict = verdict(versus);
        let _ = writeln!(
            s,
            "\nIn the transcript a human agent took over at message {turn}: {verdict}."
        );
    }
    s.push_str("\n#### Triggers, message by message\n");
    // With `explain --message N`, the other messages have no trees to fold.
    for step in trace.steps.iter().filter(|step| !step.triggers.is_empty()) {
        let time = step
            .time
            .as_deref()
            .map(|t| format!(" · {}", html_text(t)))
            .unwrap_or_default();
        let escalates = if step.escalation {
            " ▶ escalates"
        } else {
            ""
        };
        let _ = writeln!(
            s,
            "\n<details><summary>Message {} · {}{time}{escalates}</summary>\n",
            step.turn, step.role
        );
        let mut trees = false;
        for t in shown(step, all) {
            let _ = write!(s, "- {} {}: ", mark(t.holds), md_cell(&t.id));
            md_node(&mut s, &t.condition, 0, true);
            trees = true;
        }
        if let Some(line) = not_shown(step, all) {
            let gap = if trees { "\n" } else { "" };
            let _ = writeln!(s, "{gap}{}", md_cell(&format!("Not shown: {line}.")));
        }
        s.push_str("\n</details>\n");
    }
    out.write_all(s.as_bytes())
}

/// The trigger trees of `step` to show: every one with `all`, else those that held or
/// nearly held (a debugging user's question is why one did or did not fire).
fn shown(step: &Step, all: bool) -> impl Iterator<Item = &TriggerTrace> {
    step.triggers
        .iter()
        .filter(move |t| all || t.standing.shown())
}

/// What [`shown`] left out of `step`, and why, or `None` when nothing: "6 customer-only
/// triggers, which cannot hold on a message from bot; 1 trigger nothing in this message
/// came close to (--all shows them)".
fn not_shown(step: &Step, all: bool) -> Option<String> {
    if all {
        return None;
    }
    let count = |standing| step.triggers.iter().filter(move |t| t.standing == standing);
    let mut parts = Vec::new();
    let other_role: Vec<&TriggerTrace> = count(Standing::OtherRole).collect();
    if let Some(first) = other_role.first() {
        let n = other_role.len();
        let only = first
            .only_on
            .filter(|role| other_role.iter().all(|t| t.only_on == Some(*role)));
        parts.push(match only {
            Some(only) => format!(
                "{n} {only}-only {}, which cannot hold on a message from {}",
                if n == 1 { "trigger" } else { "triggers" },
                step.role
            ),
            None => format!(
                "{} that cannot hold on a message from {}",
                crate::text::count(n, "trigger"),
                step.role
            ),
        });
    }
    let not_close = count(Standing::NotClose).count();
    if not_close > 0 {
        parts.push(format!(
            "{} nothing in this message came close to",
            crate::text::count(not_close, "trigger")
        ));
    }
    (!parts.is_empty()).then(|| format!("{} (--all shows them)", parts.join("; ")))
}

/// A condition node as a Markdown list item: on the current line when `inline`, its
/// children nested below. The condition's ids are code; its other words, which may be
/// values the rules wrote, and what the node saw, which may quote the transcript, are
/// text.
fn md_node(s: &mut String, n: &NodeTrace, depth: usize, inline: bool) {
    if !inline {
        let _ = write!(s, "{}- {} ", "  ".repeat(depth), mark(n.holds));
    }
    for words in &n.words {
        match words {
            Words::Text(t) => s.push_str(&md_cell(t)),
            Words::Id(id) => s.push_str(&code(id)),
        }
    }
    if !n.detail.is_empty() {
        let _ = write!(s, " — {}", md_cell(&n.detail));
    }
    s.push('\n');
    for child in &n.children {
        md_node(s, child, depth + 1, false);
    }
}

/// Text for Markdown on one line, such as a table cell.
fn md_cell(text: &str) -> String {
    crate::text::escape_markdown(text)
}

/// A condition node: on the current line when `inline`, its children indented below.
pub(crate) fn node(s: &mut String, n: &NodeTrace, depth: usize, inline: bool) {
    if !inline {
        let _ = write!(s, "  {}{} ", "  ".repeat(depth), mark(n.holds));
    }
    s.push_str(&n.condition);
    if !n.detail.is_empty() {
        let _ = write!(s, " — {}", n.detail);
    }
    s.push('\n');
    for child in &n.children {
        node(s, child, depth + 1, false);
    }
}

/// What the rules did against a human's takeover, in words.
fn verdict(versus: crate::outcome::VersusActual) -> &'static str {
    match versus {
        crate::outcome::VersusActual::Earlier => "the rules escalate earlier",
        crate::outcome::VersusActual::Same => "the rules escalate right before it",
        crate::outcome::VersusActual::Later => "the rules escalate only after it",
        crate::outcome::VersusActual::Missed => "no rule escalated: a missed handoff",
    }
}

/// A signal's score in a message, "frustration ✓ score 2, needs 2: “ridiculous”,
/// “useless”", in brackets for the text tree. Not "2 of 1": a score above its threshold
/// read as "two out of one" (review 17).
pub(crate) fn signal_group(g: &crate::trace::SignalScore, brackets: bool) -> String {
    let texts: Vec<String> = g.texts.iter().map(|t| format!("“{t}”")).collect();
    let (open, close) = if brackets { ("(", ")") } else { ("", "") };
    format!(
        "{} {} {open}score {}, needs {}: {}{close}",
        g.signal,
        mark(g.matched),
        g.score,
        g.threshold,
        texts.join(", ")
    )
}

pub(crate) fn mark(holds: bool) -> &'static str {
    if holds { "✓" } else { "✗" }
}
