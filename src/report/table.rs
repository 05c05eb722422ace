//! The human table: one row per conversation, what escalated, why, where, and what the
//! human would say. A table of up to [`BLOCK`] rows is laid out as a whole; a longer one
//! takes the layout of its first [`BLOCK`] rows and is written a block at a time in it,
//! so memory stays flat however many conversations a replay has.

use std::io::{self, Write};

use comfy_table::{Cell, ColumnConstraint, ContentArrangement, Table, Width, presets};

use super::{OutcomeWriter, Printable, describe_trigger};
use crate::outcome::Outcome;

/// Rows laid out at a time.
const BLOCK: usize = 1_000;

const HEADER: [&str; 5] = [
    "conversation",
    "turn",
    "why (evidence)",
    "route → team",
    "bridge message",
];

pub(super) struct TableWriter<'a> {
    /// A terminal's: a transcript's control characters are escaped.
    out: Printable<'a>,
    width: Option<u16>,
    rows: Vec<[String; 5]>,
    /// Once a first block is written: its column widths, and the bottom border it still
    /// needs.
    layout: Option<(Vec<u16>, String)>,
}

impl<'a> TableWriter<'a> {
    pub(super) fn new(out: &'a mut dyn Write, width: Option<u16>) -> Self {
        TableWriter {
            out: Printable::new(out),
            width,
            rows: Vec::new(),
            layout: None,
        }
    }

    /// A table of the rows so far (taking them), in the first block's layout if there
    /// was one, else laid out for them with the header.
    fn table(&mut self) -> Table {
        let mut table = Table::new();
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
        match &self.layout {
            Some((widths, _)) => {
                table.set_constraints(
                    widths
                        .iter()
                        .map(|&w| ColumnConstraint::Absolute(Width::Fixed(w))),
                );
            }
            None => {
                table.set_header(HEADER.map(Cell::new));
            }
        }
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
            // Escaped before the layout, so the columns stay aligned: a tab too (a
            // terminal moves it to the next tab stop, past the column's border).
            table.add_row(row.map(|cell| crate::text::escape_controls(&cell).replace('\t', "\\t")));
        }
        table
    }

    /// Writes the rows so far as a block of a longer table.
    fn write_block(&mut self) -> io::Result<()> {
        let first = self.layout.is_none();
        let text = self.table().to_string();
        let lines: Vec<&str> = text.lines().collect();
        let (Some((top, _)), Some((bottom, _))) = (lines.split_first(), lines.split_last()) else {
            return Ok(());
        };
        // The first block keeps its top border and header; every block leaves its
        // bottom border to the end of the table.
        let body = lines
            .get(usize::from(!first)..lines.len() - 1)
            .unwrap_or_default();
        for line in body {
            writeln!(self.out, "{line}")?;
        }
        if first {
            self.layout = Some((border_widths(top), (*bottom).to_owned()));
        }
        Ok(())
    }
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
        if self.rows.len() == BLOCK {
            self.write_block()?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        if self.layout.is_none() {
            let table = self.table();
            writeln!(self.out, "{table}")?;
        } else {
            if !self.rows.is_empty() {
                self.write_block()?;
            }
            if let Some((_, bottom)) = &self.layout {
                writeln!(self.out, "{bottom}")?;
            }
        }
        self.out.flush()
    }
}

fn opt(value: Option<usize>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;

    fn render(outcomes: &[Outcome]) -> String {
        let mut out = Vec::new();
        let mut writer = TableWriter::new(&mut out, Some(120));
        for o in outcomes {
            writer.write(o).unwrap();
        }
        writer.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    /// A table longer than a block is one table: one header, one bottom border, every
    /// row, every line as wide as the first (the blocks after the first take its layout,
    /// whatever their own content).
    #[test]
    fn a_long_table_is_written_in_blocks_of_one_layout() {
        let samples = sample::outcomes();
        let outcomes: Vec<Outcome> = (0..2 * BLOCK + 7)
            .map(|i| {
                let mut o = samples[i % samples.len()].clone();
                o.conversation_id = format!("conv-{i:05}");
                if i > BLOCK {
                    // Longer than anything in the first block: wrapped, not widened.
                    o.conversation_id.push_str(&"-x".repeat(i % 40));
                }
                o
            })
            .collect();
        let text = render(&outcomes);
        let lines: Vec<&str> = text.lines().collect();
        let width = lines[0].chars().count();
        assert!(lines.iter().all(|l| l.chars().count() == width), "{text}");
        assert_eq!(text.matches("conversation ┆ turn").count(), 1);
        assert_eq!(lines.iter().filter(|l| l.starts_with('┌')).count(), 1);
        assert_eq!(lines.iter().filter(|l| l.starts_with('└')).count(), 1);
        assert!(lines.last().unwrap().starts_with('└'));
        for i in [0, BLOCK - 1, BLOCK, 2 * BLOCK + 6] {
            assert!(text.contains(&format!("conv-{i:05}")), "row {i}");
        }
        // A table of one block is laid out as a whole, as before.
        let short = render(&outcomes[..BLOCK]);
        assert!(short.lines().last().unwrap().starts_with('└'));
        assert_eq!(short.lines().filter(|l| l.starts_with('┌')).count(), 1);
    }
}
