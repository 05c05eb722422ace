//! The human table: one row per conversation, what escalated, why, where, and what the
//! human would say. A table of up to [`BLOCK`] rows is laid out as a whole; a longer one
//! takes the layout of its first [`BLOCK`] rows and is written a block at a time in it,
//! so memory stays flat however many conversations a replay has.

use std::io::{self, Write};

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};

use super::{OutcomeWriter, Printable, describe_trigger, fit};
use crate::outcome::Outcome;

mod stack;

use stack::Stack;

/// Rows laid out at a time.
const BLOCK: usize = 1_000;

const HEADER: [&str; 5] = [
    "conversation",
    "turn",
    "why (evidence)",
    "route → team",
    "bridge message",
];

/// The width a table is laid out in: the one asked for (a pipe's), else the
/// terminal's, else 120. A narrow terminal stacks the columns (`Stack::Single` fits any
/// width); its width is taken as meant however narrow (it was from 30 columns, and a
/// 25-column terminal got the full layout at 120, the widest table on the narrowest),
/// but 0, which some consoles report, and no narrower than a table can be drawn in.
fn layout_width(asked: Option<u16>, terminal: Option<u16>) -> u16 {
    match (asked, terminal) {
        (Some(width), _) => width,
        (None, Some(width)) if width > 0 => width.max(MIN_WIDTH),
        // A terminal that reports no useful width (some CI consoles, `script`).
        (None, _) => 120,
    }
}

/// The width of the terminal stderr is, as a table on it would be laid out
/// (`layout_width`): what the lines under the table (the replay summary) are wrapped
/// to. Call it only when stderr is a terminal (else it is 120).
pub fn stderr_width() -> u16 {
    let mut table = Table::new();
    table.use_stderr();
    layout_width(None, table.width())
}

/// The narrowest table: its borders, its padding and one character.
const MIN_WIDTH: u16 = 5;

/// The layout of a table's first block, which the blocks after it take.
struct Layout {
    stack: Stack,
    /// The columns' widths, padding included.
    widths: Vec<u16>,
    /// The line between two rows, if the layout rules them apart (`Stack::Single`):
    /// drawn between two blocks too.
    separator: Option<String>,
    /// The bottom border the table still needs.
    bottom: String,
}

pub(super) struct TableWriter<'a> {
    /// A terminal's: a transcript's control characters are escaped.
    out: Printable<'a>,
    width: Option<u16>,
    rows: Vec<[String; 5]>,
    /// Once a first block is written: its layout.
    layout: Option<Layout>,
    /// Lines after the table: conversations cut short whose rows were written already.
    after: Vec<String>,
    /// The hashes of the ids whose rows were written in an earlier block: a conversation
    /// cut short is said after the table only if the table shows it (`--only` may have
    /// left it out). Kept only once a table is longer than a block.
    written: std::collections::HashSet<u64>,
}

impl<'a> TableWriter<'a> {
    pub(super) fn new(out: &'a mut dyn Write, width: Option<u16>) -> Self {
        TableWriter {
            out: Printable::new(out),
            width,
            rows: Vec::new(),
            layout: None,
            after: Vec::new(),
            written: std::collections::HashSet::new(),
        }
    }

    /// A table of the rows so far (taking them), in the first block's layout if there
    /// was one, else laid out for them with the header; and how it stacks the columns.
    fn table(&mut self) -> (Table, Stack) {
        let mut table = Table::new();
        table.set_content_arrangement(ContentArrangement::Dynamic);
        let width = layout_width(self.width, table.width());
        table.set_width(width);
        // Escaped before the layout, so the columns stay aligned: a tab too (a terminal
        // moves it to the next tab stop, past the column's border).
        let rows: Vec<[String; 5]> = self
            .rows
            .drain(..)
            .map(|row| row.map(|cell| crate::text::escape_controls(&cell).replace('\t', "\\t")))
            .collect();
        // The room of each column's contents, where a word may be wider: one column, or
        // a later block's rows in the first block's columns. Else every word fits.
        let (stack, room) = match &self.layout {
            Some(layout) => (
                layout.stack,
                layout
                    .widths
                    .iter()
                    .map(|w| w.saturating_sub(fit::PADDING).max(1))
                    .collect(),
            ),
            None => {
                let (stack, room) = Stack::choose(width, &rows);
                table.set_header(stack.cells(&HEADER.map(str::to_owned), &room));
                (stack, room)
            }
        };
        // One column has its rows ruled apart: they would run into each other.
        table.load_style(match stack {
            Stack::Single => presets::UTF8_FULL,
            _ => presets::UTF8_FULL_CONDENSED,
        });
        for row in &rows {
            table.add_row(stack.cells(row, &room));
        }
        match &self.layout {
            // After the rows: comfy-table constrains only the columns it has.
            Some(layout) => {
                table.set_constraints(
                    layout
                        .widths
                        .iter()
                        .map(|&w| ColumnConstraint::Absolute(Width::Fixed(w))),
                );
            }
            // Each column at least as wide as its longest word, however long: the
            // stacking leaves them the room (one column has its long ids broken to the
            // width). The bridge message's longest word (a link) gives way.
            None => {
                let mut words = fit::whole_words(&table);
                // The ids whole, spaces and all (cli42): a narrow table wrapped `chat 12`
                // at its space, two lines read as two ids. Broken only where the
                // stacking has no room for them.
                let ids = rows.iter().map(|row| fit::whole_line(row_id(&row[0])));
                let ids = ids.max().unwrap_or(0);
                let ids = room.first().map_or(ids, |&room| ids.min(room));
                if let Some(first) = words.first_mut() {
                    *first = (*first).max(ids);
                }
                match stack {
                    Stack::Single => {
                        for word in &mut words {
                            *word = (*word).min(single_room(width));
                        }
                    }
                    _ => fit::shrink_to(&mut words, width, stack.groups().len() - 1),
                }
                fit::keep_whole(&mut table, &words);
            }
        }
        (table, stack)
    }

    /// Writes the rows so far as a block of a longer table.
    fn write_block(&mut self) -> io::Result<()> {
        let first = self.layout.is_none();
        self.written
            .extend(self.rows.iter().map(|row| id_hash(row_id(&row[0]))));
        let (table, stack) = self.table();
        let text = table.to_string();
        let lines: Vec<&str> = text.lines().collect();
        let (Some((top, _)), Some((bottom, _))) = (lines.split_first(), lines.split_last()) else {
            return Ok(());
        };
        // The first block keeps its top border and header; every block leaves its
        // bottom border to the end of the table, and a block after the first is ruled
        // from the one before it as its rows are.
        if let Some(separator) = self.layout.as_ref().and_then(|l| l.separator.as_ref()) {
            writeln!(self.out, "{separator}")?;
        }
        let body = lines
            .get(usize::from(!first)..lines.len() - 1)
            .unwrap_or_default();
        for line in body {
            writeln!(self.out, "{line}")?;
        }
        if first {
            self.layout = Some(Layout {
                stack,
                widths: border_widths(top),
                separator: (stack == Stack::Single)
                    .then(|| lines.iter().find(|l| l.starts_with('├')))
                    .flatten()
                    .map(|l| (*l).to_owned()),
                bottom: (*bottom).to_owned(),
            });
        }
        Ok(())
    }
}

/// The room of the contents of one column as wide as `width`: all but its borders
/// and padding, at least 1.
pub(super) fn single_room(width: u16) -> u16 {
    width.saturating_sub(2 + fit::PADDING).max(1)
}

/// The widths of the columns a top border (`┌───┬──┐`) draws, padding included.
fn border_widths(top: &str) -> Vec<u16> {
    let inner: Vec<char> = top.chars().collect();
    inner
        .get(1..inner.len().saturating_sub(1))
        .unwrap_or_default()
        .split(|&c| c == '┬')
        .map(|column| u16::try_from(column.len()).unwrap_or(u16::MAX))
        .collect()
}

impl OutcomeWriter for TableWriter<'_> {
    fn write(&mut self, o: &Outcome) -> io::Result<()> {
        // The id as one token, escaped: a line break in it, written raw, made two
        // lines of one id (and a `(human at N)` line of its own could be faked).
        let id = crate::text::token(&o.conversation_id);
        let conversation = match o.actual_handoff_turn {
            Some(turn) => format!("{id}\n(human at {turn})"),
            None => id.into_owned(),
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
        if self.rows.len() == BLOCK {
            self.write_block()?;
        }
        Ok(())
    }

    /// The row of `id` gets `why` in its "why" cell, under what it says (`not escalated`
    /// from the rows read is no verdict on the conversation); a row written already, in
    /// an earlier block of a long table, gets a line after the table instead. A
    /// conversation the table does not show (left out by `--only`) gets neither.
    fn cut_short(&mut self, id: &str, why: &str) -> io::Result<()> {
        // As the row shows it.
        let id = &*crate::text::token(id);
        let row = self.rows.iter_mut().rev().find(|row| row_id(&row[0]) == id);
        match row {
            Some(row) => {
                row[2] = format!("{}\n(cut short: {why})", row[2]);
            }
            None if self.written.contains(&id_hash(id)) => self
                .after
                .push(format!("`{id}` (row above) was cut short: {why}")),
            None => {}
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        let after = std::mem::take(&mut self.after);
        self.finish_table()?;
        for line in after {
            writeln!(self.out, "{line}")?;
        }
        self.out.flush()
    }
}

impl TableWriter<'_> {
    fn finish_table(&mut self) -> io::Result<()> {
        if self.layout.is_none() {
            let (table, _) = self.table();
            writeln!(self.out, "{table}")?;
        } else {
            if !self.rows.is_empty() {
                self.write_block()?;
            }
            if let Some(layout) = &self.layout {
                writeln!(self.out, "{}", layout.bottom)?;
            }
        }
        Ok(())
    }
}

/// The conversation id of a row's first cell (`id`, or `id` over `(human at N)`).
fn row_id(cell: &str) -> &str {
    cell.rsplit_once("\n(human at ")
        .filter(|(_, turn)| turn.ends_with(')'))
        .map_or(cell, |(id, _)| id)
}

fn id_hash(id: &str) -> u64 {
    crate::fnv::feed(crate::fnv::OFFSET, id.as_bytes())
}

fn opt(value: Option<usize>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| v.to_string())
}

#[cfg(test)]
mod tests;
