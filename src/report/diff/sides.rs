//! What each side of a changed conversation says in the table and the Markdown: its
//! outcome in a cell, and what else differs that the cell would not show (the bridge
//! message quoted from just before where the two differ, the details that changed).

use super::super::{describe_evidence, describe_trigger};
use crate::diff::{Change, ChangeKind, Details};
use crate::outcome::{Evidence, Outcome};

/// Both sides of a change ([`side`]), each with what else differs that it would not show:
/// the bridge message, where it changed, and the details that changed (reason,
/// severity, team name; evidence shows already, but a match's signal, named where the
/// two sides' evidence reads alike).
pub(super) fn sides(c: &Change, multiline: bool) -> (String, String) {
    let (mut base, mut head) = (side(&c.base, multiline), side(&c.head, multiline));
    let sep = if multiline { "\n" } else { "; " };
    let details_changed = c.kinds.contains(&ChangeKind::DetailsChanged);
    let d = if details_changed {
        Details::of(&c.base, &c.head)
    } else {
        Details::default()
    };
    for (text, o, other) in [(&mut base, &c.base, &c.head), (&mut head, &c.head, &c.base)] {
        if c.kinds.contains(&ChangeKind::BridgeChanged) {
            text.push_str(sep);
            text.push_str(&bridge(o, other));
        }
        for line in details(o, other, d) {
            text.push_str(sep);
            text.push_str(&line);
        }
    }
    (base, head)
}

/// Characters of a bridge message shown, about (cut after a whole word where that keeps
/// half of them).
pub(super) const BRIDGE_CHARS: usize = 72;
/// Characters at most shown before where two bridge messages first differ; fewer than
/// half of [`BRIDGE_CHARS`], so the difference always shows.
const BRIDGE_CONTEXT: usize = 24;

/// `o`'s bridge message (or why it could not be rendered), cut to show where it first
/// differs from `other`'s: `bridge: “…stepping in to sort out the billing…”`.
pub(super) fn bridge(o: &Outcome, other: &Outcome) -> String {
    let quoted = |label: &str, text: &str, versus: Option<&str>| {
        let start = versus.map_or(0, |versus| excerpt_start(text, versus));
        format!("{label}: \u{201c}{}\u{201d}", excerpt(text, start))
    };
    match (&o.bridge_message, &o.bridge_error) {
        (Some(message), _) => quoted("bridge", message, other.bridge_message.as_deref()),
        (None, Some(error)) => quoted("bridge error", error, other.bridge_error.as_deref()),
        (None, None) => "no bridge message".to_owned(),
    }
}

/// Where to start quoting `text` so that the first character in which it differs from
/// `versus` shows: at the start, when that is at most [`BRIDGE_CONTEXT`] characters
/// before it; else at the first word that starts within those characters (or right at
/// them, inside a word without spaces, or at the `[` of the mask that falls there).
pub(super) fn excerpt_start(text: &str, versus: &str) -> usize {
    // Never inside a mask (`[NAME]`): it shows whole, from its `[`.
    crate::text::clip::outside_mask(text, word_start(text, versus))
}

/// [`excerpt_start`], masks aside.
fn word_start(text: &str, versus: &str) -> usize {
    let differs_at = text
        .char_indices()
        .zip(versus.chars())
        .find(|((_, t), v)| t != v)
        .map_or(text.len().min(versus.len()), |((i, _), _)| i);
    let before = &text[..differs_at];
    let Some((back, _)) = before.char_indices().rev().nth(BRIDGE_CONTEXT - 1) else {
        return 0;
    };
    if back == 0 || before[..back].ends_with(char::is_whitespace) {
        return back;
    }
    before[back..]
        .find(char::is_whitespace)
        .map(|ws| back + ws)
        .and_then(|ws| {
            let word = ws + before[ws..].find(|c: char| !c.is_whitespace())?;
            Some(word)
        })
        .unwrap_or(back)
}

/// `text` from byte `start`, cut to about [`BRIDGE_CHARS`] characters, with `…` where
/// it was cut and its line breaks as `↵` (one line, however the template wraps).
pub(super) fn excerpt(text: &str, start: usize) -> String {
    let rest = &text[start..];
    let end = crate::text::clip::cut(rest, BRIDGE_CHARS);
    format!(
        "{}{}{}",
        if start > 0 { "…" } else { "" },
        rest[..end].replace("\r\n", "↵").replace('\n', "↵"),
        if end < rest.len() { "…" } else { "" }
    )
}

/// One side of a change: turn, triggers with evidence, route → team.
fn side(o: &Outcome, multiline: bool) -> String {
    if !o.escalated {
        return "not escalated".to_owned();
    }
    let sep = if multiline { "\n" } else { "; " };
    let why: Vec<String> = o.triggers.iter().map(describe_trigger).collect();
    // Routed nowhere: `UNROUTED`, as the team flows above say it.
    let routed = match (&o.route, &o.team) {
        (None, None) => crate::outcome::UNROUTED.to_owned(),
        (route, team) => format!(
            "{} → {}",
            route.as_deref().unwrap_or("(no route)"),
            team.as_deref().unwrap_or("(no team)")
        ),
    };
    format!(
        "turn {}{sep}{}{sep}{routed}",
        o.escalation_turn.unwrap_or_default(),
        why.join(sep),
    )
}

/// The details `d` that differ, as `o` has them (`other`: the other side's outcome).
fn details(o: &Outcome, other: &Outcome, d: Details) -> Vec<String> {
    let mut lines = Vec::new();
    if d.reason {
        lines.push(match &o.reason {
            Some(reason) => format!("reason: \u{201c}{reason}\u{201d}"),
            None => "no reason".to_owned(),
        });
    }
    if d.severity {
        let severities: Vec<String> = o
            .triggers
            .iter()
            .zip(&other.triggers)
            .filter(|(t, u)| t.severity != u.severity)
            .map(|(t, _)| format!("{} {}", t.id, t.severity))
            .collect();
        lines.push(format!("severity: {}", severities.join(", ")));
    }
    if d.team_name {
        lines.push(format!(
            "team name: {}",
            o.team_name.as_deref().unwrap_or("(none)")
        ));
    }
    if d.evidence {
        // Evidence that reads the same on both sides differs in what a match does not
        // show: its signal (renamed, or another matching the same words).
        let signals: Vec<String> = o
            .triggers
            .iter()
            .zip(&other.triggers)
            .flat_map(|(t, u)| t.evidence.iter().zip(&u.evidence))
            .filter(|(e, f)| e != f && describe_evidence(e) == describe_evidence(f))
            .filter_map(|(e, _)| match e {
                Evidence::Match { signal, .. } => {
                    Some(format!("{signal} {}", describe_evidence(e)))
                }
                _ => None,
            })
            .collect();
        if !signals.is_empty() {
            lines.push(format!("signal: {}", signals.join(", ")));
        }
    }
    lines
}
