//! The human table: one row per conversation, what escalated, why, where, and what the
//! human would say.

use std::io::{self, Write};

use comfy_table::{Cell, ContentArrangement, Table, presets};

use super::{OutcomeWriter, describe_trigger};
use crate::outcome::Outcome;

pub(super) struct TableWriter<'a> {
    out: &'a mut dyn Write,
    width: Option<u16>,
    rows: Vec<[String; 5]>,
}

impl<'a> TableWriter<'a> {
    pub(super) fn new(out: &'a mut dyn Write, width: Option<u16>) -> Self {
        TableWriter {
            out,
            width,
            rows: Vec::new(),
        }
    }
}

impl OutcomeWriter for TableWriter<'_> {
    fn write(&mut self, o: &Outcome) -> io::Result<()> {
        let conversation = match o.actual_handoff_turn {
            Some(turn) => format!("{}\n(human at {turn})", o.conversation_id),
            None => o.conversation_id.clone(),
        };
        let row = if o.escalated {
            let turn = match &o.escalation_time {
                Some(time) => format!("{} of {}\n{time}", opt(o.escalation_turn), o.messages),
                None => format!("{} of {}", opt(o.escalation_turn), o.messages),
            };
            let why: Vec<String> = o.triggers.iter().map(describe_trigger).collect();
            let route = match (&o.route, &o.team) {
                (Some(route), Some(team)) => format!("{route}\n→ {team}"),
                _ => "(no route)".to_owned(),
            };
            let bridge = match (&o.bridge_message, &o.bridge_error) {
                (Some(text), _) => text.clone(),
                (None, Some(err)) => format!("(bridge error: {err})"),
                (None, None) => "(no bridge message)".to_owned(),
            };
            [conversation, turn, why.join("\n"), route, bridge]
        } else {
            [
                conversation,
                format!("— of {}", o.messages),
                "not escalated".to_owned(),
                String::new(),
                String::new(),
            ]
        };
        self.rows.push(row);
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        let mut table = Table::new();
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(
                [
                    "conversation",
                    "turn",
                    "why (evidence)",
                    "route → team",
                    "bridge message",
                ]
                .map(Cell::new),
            );
        match self.width {
            Some(width) => {
                table.set_width(width);
            }
            // A terminal that reports no useful width (some CI consoles, `script`).
            None if table.width().is_none_or(|w| w < 60) => {
                table.set_width(120);
            }
            None => {}
        }
        for row in self.rows.drain(..) {
            table.add_row(row);
        }
        writeln!(self.out, "{table}")?;
        self.out.flush()
    }
}

fn opt(value: Option<usize>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| v.to_string())
}
