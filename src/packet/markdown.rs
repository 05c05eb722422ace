//! A packet as Markdown, for a helpdesk side panel: the summary first, then the facts
//! (who, why, where from, what to open with), then the transcript up to the handoff.
//! Every value is escaped by [`crate::text::markdown`]: a message's lines cannot start a
//! list, a heading or a code block, nor a cell's `|` end its row.

use std::fmt::Write as _;

use crate::outcome::Evidence;
use crate::report::{describe_route_hours, describe_trigger};
use crate::text::markdown::{code_cell, code_span, quote};

use super::{ContactHistory, Packet};

/// The packet as Markdown.
pub fn render(packet: &Packet) -> String {
    PacketMarkdown::new(packet).with(&packet.contact_history)
}

/// A packet's Markdown, rendered where the packet is built (a worker thread) but for its
/// contact history's row: the history follows the input order, and is known only where
/// the packets are written.
#[derive(Debug)]
pub struct PacketMarkdown {
    /// What comes before the history's row, and after it.
    head: String,
    tail: String,
}

impl PacketMarkdown {
    pub fn new(packet: &Packet) -> PacketMarkdown {
        let (head, tail) = parts(packet);
        PacketMarkdown { head, tail }
    }

    /// The whole Markdown, with `history`'s row.
    pub fn with(&self, history: &ContactHistory) -> String {
        let mut out = String::with_capacity(self.head.len() + self.tail.len() + 100);
        out.push_str(&self.head);
        history_row(&mut out, history);
        out.push_str(&self.tail);
        out
    }
}

/// The Markdown before the contact history's row, and after it.
fn parts(packet: &Packet) -> (String, String) {
    let p = packet;
    let mut out = String::new();
    let who = p
        .customer
        .name
        .as_deref()
        .or(p.customer.email.as_deref())
        .unwrap_or("Customer");
    let team = p
        .team_name
        .as_deref()
        .or(p.team.as_deref())
        .unwrap_or("(no team)");
    let _ = writeln!(out, "# {} → {}\n", text(who), text(team));
    let _ = writeln!(
        out,
        "Conversation {}, escalated after message {} of {}{}.\n",
        code_span(&p.conversation_id),
        p.escalation.turn,
        p.escalation.messages,
        p.escalation
            .time
            .as_deref()
            .map(|t| format!(" ({})", text(t)))
            .unwrap_or_default()
    );

    out.push_str("## Summary\n\n");
    for bullet in &p.summary.bullets {
        let _ = writeln!(out, "- {}", text(bullet));
    }

    out.push_str("\n## Facts\n\n| | |\n|---|---|\n");
    let customer = &p.customer;
    row(
        &mut out,
        "Customer",
        [
            customer.name.as_deref(),
            customer.company.as_deref(),
            customer.email.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · "),
    );
    row(
        &mut out,
        "Tier · lead score",
        match (&customer.tier, &customer.lead_score) {
            (Some(t), Some(l)) => format!("{t} · {l}"),
            (Some(t), None) => t.clone(),
            (None, Some(l)) => format!("lead score {l}"),
            (None, None) => String::new(),
        },
    );
    row(
        &mut out,
        "Why",
        p.triggers
            .iter()
            .map(describe_trigger)
            .collect::<Vec<_>>()
            .join("; "),
    );
    // Where an `hours:` condition decided the route, the local time it saw, as `diff`
    // shows it.
    let hours = describe_route_hours(&p.route_hours)
        .map(|hours| format!(" (hours: {hours})"))
        .unwrap_or_default();
    row(
        &mut out,
        "Route",
        format!(
            "{} → {}{hours}",
            p.route.as_deref().unwrap_or("(none)"),
            p.team.as_deref().unwrap_or("(none)")
        ),
    );
    if let Some(contact) = &p.contact {
        row(
            &mut out,
            "Contact",
            contact
                .fields
                .0
                .iter()
                .filter(|(k, _)| *k != contact.key)
                .map(|(k, v)| format!("{k}: {v}"))
                .collect::<Vec<_>>()
                .join(" · "),
        );
    }
    let head = std::mem::take(&mut out);
    let named = ["name", "company", "email", "tier", "lead_score"];
    let shown_in_contact = |k: &str| {
        p.contact
            .as_ref()
            .is_some_and(|c| c.fields.get(k).is_some())
    };
    row(
        &mut out,
        "Other fields",
        customer
            .fields
            .0
            .iter()
            .filter(|(k, _)| !named.contains(&k.as_str()) && !shown_in_contact(k))
            .map(|(k, v)| format!("{k}: {v}"))
            .collect::<Vec<_>>()
            .join(" · "),
    );

    out.push_str("\n## Open with\n\n");
    match (&p.bridge_message, &p.bridge_error) {
        (Some(message), _) => {
            let _ = writeln!(out, "{}", quote(message));
        }
        (None, Some(error)) => {
            let _ = writeln!(out, "_No bridge message: {}_", text(error));
        }
        (None, None) => out.push_str("_The team has no bridge message._\n"),
    }

    out.push_str("\n## Transcript\n\n");
    let evidence_turns: Vec<usize> = p
        .triggers
        .iter()
        .flat_map(|t| &t.evidence)
        .filter_map(|e| match e {
            Evidence::Match { turn, .. } => Some(*turn),
            _ => None,
        })
        .collect();
    for m in &p.transcript {
        let marker = if evidence_turns.contains(&m.turn) {
            " ⚑"
        } else {
            ""
        };
        let time = m
            .time
            .as_deref()
            .map(|t| format!(" · {}", text(t)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "**{}. {}**{time}{marker}  \n{}\n",
            m.turn,
            m.role,
            text(&m.text)
        );
    }
    // One newline at the end of the file (the transcript's heading is never blank).
    out.truncate(out.trim_end().len());
    out.push('\n');
    (head, out)
}

/// The facts table's row for the customer's earlier conversations, when the customer
/// could be told across conversations.
fn history_row(out: &mut String, history: &ContactHistory) {
    if history.key.is_some() {
        let said = match (
            history.previous_conversations,
            &history.last_conversation_id,
        ) {
            (0, _) | (_, None) => "first conversation".to_owned(),
            (n, Some(last)) => format!(
                "{n} earlier conversation{} ({} escalated); last {}{}",
                if n == 1 { "" } else { "s" },
                history.previously_escalated,
                code_cell(last),
                history
                    .last_conversation_time
                    .as_deref()
                    .map(|t| format!(" at {}", text(t)))
                    .unwrap_or_default()
            ),
        };
        row_md(out, "History", &said);
    }
}

/// A row of the facts table, of text (escaped), unless empty.
fn row(out: &mut String, label: &str, value: impl AsRef<str>) {
    row_md(out, label, &text(value.as_ref()));
}

/// A row of the facts table, of Markdown, unless empty.
fn row_md(out: &mut String, label: &str, value: &str) {
    if !value.is_empty() {
        let _ = writeln!(out, "| {label} | {value} |");
    }
}

fn text(t: &str) -> String {
    crate::text::escape_markdown(t)
}
