//! `explain` output: a conversation's trace as a text tree, or as JSON.

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::trace::{NodeTrace, Trace};

/// Writes the trace as JSON (the [`Trace`] model, serialised as-is).
pub fn write_json(trace: &Trace, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, trace)?;
    writeln!(out)
}

/// Writes the trace as a text tree: message by message, every trigger with PASS (✓) or
/// FAIL (✗) per condition and what it saw; then routing; then the bridge message.
pub fn write_text(trace: &Trace, out: &mut dyn Write) -> io::Result<()> {
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
            let signals: Vec<String> = step
                .signals
                .iter()
                .map(|g| {
                    let texts: Vec<String> = g.texts.iter().map(|t| format!("“{t}”")).collect();
                    format!(
                        "{} {} ({} of {}: {})",
                        g.signal,
                        mark(g.matched),
                        g.score,
                        g.threshold,
                        texts.join(", ")
                    )
                })
                .collect();
            let _ = writeln!(s, "signals: {}", signals.join(" · "));
        }
        for t in &step.triggers {
            let _ = write!(s, "  {} {}: ", mark(t.holds), t.id);
            node(&mut s, &t.condition, 1, true);
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
        let verdict = match versus {
            crate::outcome::VersusActual::Earlier => "the rules escalate earlier",
            crate::outcome::VersusActual::Same => "the rules escalate right before it",
            crate::outcome::VersusActual::Later => "the rules escalate only after it",
            crate::outcome::VersusActual::Missed => "no rule escalated: a missed handoff",
        };
        let _ = writeln!(
            s,
            "\nin the transcript a human agent took over at message {turn}: {verdict}"
        );
    }
    super::Printable::new(out).write_all(s.as_bytes())
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

pub(crate) fn mark(holds: bool) -> &'static str {
    if holds { "✓" } else { "✗" }
}
