//! `explain` output: a conversation's trace as a text tree, as JSON, or as Markdown (an
//! issue or pull-request comment, in `markdown.rs`). What the text tree and the Markdown
//! share (which trigger trees to show, the marks, a signal's score, the verdict) is here.

mod markdown;

pub use markdown::write_markdown;

use std::fmt::Write as _;
use std::io::{self, Write};

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

/// The lines that say which earlier message a customer's message repeats, and why it
/// was not counted as a repeat when it was not (it only thanks, or the bot's message
/// before it asked for it again); which bot message a bot's question counted by
/// `bot_repeats` asks again; and, for a bot's fallback that `bot_fallbacks` did
/// not count, what it answered.
fn excused(step: &Step) -> impl Iterator<Item = String> {
    let which = step.repeat_not_counted.as_ref().map_or_else(
        || "an earlier message".to_owned(),
        |e| format!("message {} (“{}”)", e.turn, e.text),
    );
    let line = |ids: &[String], why: &str| {
        (!ids.is_empty()).then(|| {
            let signals: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
            format!(
                "not counted as a repeat by {}: it repeats {which}, {why}",
                signals.join(", ")
            )
        })
    };
    let counted =
        (step.repeats.as_ref()).map(|e| format!("repeats message {}: “{}”", e.turn, e.text));
    let asks_again = (step.asks_again.as_ref())
        .map(|e| format!("asks again what message {} asked: “{}”", e.turn, e.text));
    let fallback = step.fallback_not_counted.as_ref().map(|u| {
        format!(
            "not counted as a bot fallback: it answers {} in message {} (“{}”)",
            u.why.as_str(),
            u.answers.turn,
            u.answers.text
        )
    });
    [
        counted,
        asks_again,
        line(&step.thanks_again, "but only thanks"),
        line(
            &step.asked_again,
            "and the bot's message before it asked for it again",
        ),
        fallback,
    ]
    .into_iter()
    .flatten()
}

/// Writes the trace as a text tree: message by message, the triggers that held or nearly
/// held, or wait only for a later row's value (every trigger with `all`) with PASS (✓) or FAIL (✗) per condition and what it
/// saw, and how many were not shown; then routing; then the bridge message.
pub fn write_text(trace: &Trace, all: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut s = String::new();
    let o = &trace.outcome;
    let _ = writeln!(
        s,
        "conversation {} ({})",
        crate::text::token(&trace.conversation_id),
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
        for line in excused(step) {
            let _ = writeln!(s, "{line}");
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

/// The trigger trees of `step` to show: every one with `all`, else those that held or
/// nearly held, or would with a value a later row gives (a debugging user's question is
/// why one did or did not fire, or fired only later).
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
/// read as "two out of one".
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
