//! `explain --format markdown`: a conversation's trace → an issue or pull-request comment
//! (verdict, message table, routes, bridge message, folded trigger trees).

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{mark, not_shown, shown, signal_group, verdict};
use crate::rules::Words;
use crate::text::markdown::{code_span as code, escape_html_line as html_text};
use crate::trace::{NodeTrace, Trace};

/// Writes the trace as Markdown, for an issue or a pull-request comment: the verdict
/// first, a table of the messages (what each matched, which triggers held), the routes
/// at the escalation point as a list of condition trees, the bridge message, and each
/// message's trigger trees folded (`<details>`). Everything the transcript or the rules
/// wrote is escaped as data ([`crate::text::markdown`]): for Markdown (code, links,
/// HTML, entities, blocks, emphasis, strike-through, mentions; line breaks as `<br>`,
/// but in the bridge message's quote), for HTML inside `<summary>` (entities, on one
/// line), or shown as code in a span whose fence no backtick of it can close. Ids are
/// shown as code. The trigger trees are those [`write_text`](super::write_text) shows.
pub fn write_markdown(trace: &Trace, all: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut s = String::new();
    let o = &trace.outcome;
    let _ = writeln!(
        s,
        "### handoff explain: {}\n",
        code(&crate::text::token(&trace.conversation_id))
    );
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
        let mut signals: Vec<String> = step
            .signals
            .iter()
            .map(|g| signal_group(g, false))
            .collect();
        // A repeat excused (thanks, or the bot asked for it): said in the cell, in the
        // text tree's words.
        let which = step.repeat_not_counted.as_ref().map_or_else(
            || "an earlier message".to_owned(),
            |e| format!("message {} (“{}”)", e.turn, e.text),
        );
        signals.extend(step.thanks_again.iter().map(|id| {
            format!("{id}: not counted as a repeat, it repeats {which}, but only thanks")
        }));
        signals.extend(step.asked_again.iter().map(|id| {
            format!(
                "{id}: not counted as a repeat, it repeats {which}, and the bot's message \
                 before it asked for it again"
            )
        }));
        if let Some(e) = &step.repeats {
            signals.push(format!("repeats message {}: “{}”", e.turn, e.text));
        }
        if let Some(e) = &step.asks_again {
            signals.push(format!(
                "asks again what message {} asked: “{}”",
                e.turn, e.text
            ));
        }
        if let Some(u) = &step.fallback_not_counted {
            signals.push(format!(
                "fallback not counted: it answers {} in message {} (“{}”)",
                u.why.as_str(),
                u.answers.turn,
                u.answers.text
            ));
        }
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
