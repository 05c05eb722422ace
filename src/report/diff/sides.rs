//! What each side of a changed conversation says in the table and the Markdown: its
//! outcome in a cell, and what else differs that the cell would not show (the bridge
//! message quoted from just before where the two differ, the details that changed).

use super::super::{describe_evidence, describe_route_hours, describe_trigger};
use crate::diff::{Change, ChangeKind, Details};
use crate::outcome::{Evidence, Outcome};

/// Both sides of a change ([`side`]), each with what else differs that it would not show:
/// the bridge message, where it changed, and the details that changed (reason,
/// severity, team name; evidence shows already, but a match's signal, named where the
/// two sides' evidence reads alike). The head of a new escalation or a team change shows
/// the bridge message the new team would open with, from its start; a side whose bridge
/// message could not be rendered always says so (`⚠ no bridge message: …`; only
/// the JSON did).
pub(super) fn sides(c: &Change, multiline: bool) -> (String, String) {
    let (mut base, mut head) = (side(&c.base, multiline), side(&c.head, multiline));
    let sep = if multiline { "\n" } else { "; " };
    let details_changed = c.kinds.contains(&ChangeKind::DetailsChanged);
    let d = if details_changed {
        Details::of(&c.base, &c.head)
    } else {
        Details::default()
    };
    let bridge_changed =
        c.kinds.contains(&ChangeKind::BridgeChanged) || c.kinds.contains(&ChangeKind::BridgeBroken);
    let new_team =
        c.kinds.contains(&ChangeKind::NewlyEscalated) || c.kinds.contains(&ChangeKind::TeamChanged);
    for (text, o, other, is_head) in [
        (&mut base, &c.base, &c.head, false),
        (&mut head, &c.head, &c.base, true),
    ] {
        let line = if bridge_changed {
            Some(bridge(o, Some(other)))
        } else if (is_head && new_team && o.team.is_some()) || o.bridge_error.is_some() {
            Some(bridge(o, None))
        } else {
            None
        };
        if let Some(line) = line {
            text.push_str(sep);
            text.push_str(&line);
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

/// How the mark of a bridge message that could not be rendered starts.
pub(super) const NO_BRIDGE: &str = "⚠ no bridge message";

/// `o`'s bridge message, cut to show where it first differs from `other`'s (from its
/// start without one): `bridge: “…stepping in to sort out the billing…”`; or, marked,
/// why it could not be rendered ([`error_excerpt`]).
pub(super) fn bridge(o: &Outcome, other: Option<&Outcome>) -> String {
    match (&o.bridge_message, &o.bridge_error) {
        (Some(message), _) => {
            let versus = other.and_then(|other| other.bridge_message.as_deref());
            let start = versus.map_or(0, |versus| excerpt_start(message, versus));
            format!("bridge: \u{201c}{}\u{201d}", excerpt(message, start))
        }
        (None, Some(error)) => format!("{NO_BRIDGE}: {}", error_excerpt(error)),
        (None, None) => "no bridge message".to_owned(),
    }
}

/// Why a bridge message could not be rendered, in about [`BRIDGE_CHARS`] characters,
/// the data the conversation lacks first and whole (the one thing a reviewer needs):
/// "undefined variable `customer.name` (team `a`'s bridge, template line 1); this
/// conversation has no `customer.name`" → "no `customer.name` — undefined variable
/// `customer.name` (team `a`'s bridge, …". The cut fell
/// just before the field's name. Only what comes after the names is cut.
pub(super) fn error_excerpt(error: &str) -> String {
    const LACKS: &str = "; this conversation has no ";
    let Some((what, lacking)) = error.split_once(LACKS) else {
        return excerpt(error, 0);
    };
    // The names are quoted (`customer.name`); an optional value's why, in parentheses
    // after its name, is left out.
    let names: Vec<&str> = lacking.split('`').skip(1).step_by(2).collect();
    let names = match names.as_slice() {
        [] => return excerpt(error, 0),
        [one] => format!("`{one}`"),
        [init @ .., last] => format!("`{}` or `{last}`", init.join("`, `")),
    };
    let lead = format!("no {names} — ");
    let room = BRIDGE_CHARS.saturating_sub(lead.chars().count()).max(16);
    let end = crate::text::clip::cut(what, room);
    format!(
        "{lead}{}{}",
        &what[..end],
        if end < what.len() { "…" } else { "" }
    )
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
    // Where an `hours:` condition decided the route, the local time it saw, as `explain`
    // shows it (the turn is the escalation's, said already).
    let routed = match describe_route_hours(&o.route_hours) {
        Some(hours) => format!("{routed} (hours: {hours})"),
        None => routed,
    };
    // When: the escalation message's time as the export writes it, as `replay`'s table
    // shows it (an `hours:` route change could not be judged without it).
    let when = match &o.escalation_time {
        Some(time) => format!(" at {time}"),
        None => String::new(),
    };
    format!(
        "turn {}{when}{sep}{}{sep}{routed}",
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
        let severities: Vec<String> = crate::diff::shared_triggers(o, other)
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
        let signals: Vec<String> = crate::diff::shared_triggers(o, other)
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
