//! A table stacked for a narrow terminal, for [`super::fit_to`]: takes a filled table,
//! gives each row's first cell (an id) with its other cells as lines of `header: value`,
//! beside it or under it. Does not choose between the two: `fit_to` does, by
//! [`Stack::words`].

use comfy_table::{Cell, ContentArrangement, Row, Table, presets};
use unicode_width::UnicodeWidthStr;

use crate::report::fit;

/// How far a row's `header: value` lines are indented under its id, when they are.
const INDENT: usize = 2;

/// How far the lines a `header: value` line is wrapped into are indented under its id:
/// past [`INDENT`], so that they do not read as lines of their own.
const HANG: usize = 4;

/// A table's cells stacked: each row's first cell (its id), and its others as lines of
/// `header: value` (an empty value left out), each line as the words it is wrapped
/// between ([`words_of`]).
pub(super) struct Stack {
    /// The first column's header.
    first: String,
    /// The other columns' headers, joined, as words.
    rest: Vec<String>,
    rows: Vec<(String, Vec<Vec<String>>)>,
}

impl Stack {
    pub(super) fn of(table: &Table) -> Self {
        let cells = |row: &Row| -> Vec<String> { row.cell_iter().map(Cell::content).collect() };
        let none = String::new();
        let header = table.header().map(cells).unwrap_or_default();
        let (first, rest) = header.split_first().unwrap_or((&none, &[]));
        let rows = table
            .row_iter()
            .map(|row| {
                let cells = cells(row);
                let (id, values) = cells.split_first().unwrap_or((&none, &[]));
                let lines = rest
                    .iter()
                    .zip(values)
                    .filter(|(_, v)| !v.is_empty())
                    .map(|(h, v)| words_of(h, v))
                    .collect();
                (id.clone(), lines)
            })
            .collect();
        Stack {
            first: first.clone(),
            rest: rest
                .join(", ")
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
            rows,
        }
    }

    /// The width of the longest word of the ids (their header's included), and of the
    /// lines (`team: sales-engineer` one word): what the columns of [`Stack::beside`]
    /// need to keep them whole.
    pub(super) fn words(&self) -> [u16; 2] {
        let ids = std::iter::once(&self.first)
            .chain(self.rows.iter().map(|r| &r.0))
            .map(|id| fit::whole_word(id));
        let lines = self
            .rows
            .iter()
            .flat_map(|r| r.1.iter().flatten())
            .chain(&self.rest)
            .map(|w| u16::try_from(w.width()).unwrap_or(u16::MAX));
        [ids.max().unwrap_or(0), lines.max().unwrap_or(0)]
    }

    /// Two columns, `room` wide: each id beside its lines, under the headers; `words`
    /// ([`Stack::words`]) fit the room, and are kept whole.
    pub(super) fn beside(self, room: u16, words: [u16; 2]) -> Table {
        // What the ids leave the lines: borders and padding, `│ ` ` ┆ ` ` │`, aside.
        let width = usize::from(room.saturating_sub(words[0]).saturating_sub(7));
        let cell = |lines: &[Vec<String>]| {
            lines
                .iter()
                .flat_map(|words| wrap(words, width, 0, 0))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let mut t = table(room);
        t.set_header([self.first, cell(&[self.rest])]);
        for (id, lines) in self.rows {
            t.add_row([id, cell(&lines)]);
        }
        fit::keep_whole(&mut t, &words);
        t
    }

    /// One column, `room` wide, for ids that leave their lines too little room beside
    /// them: each id on a line of its own, its lines indented [`INDENT`] under it and
    /// wrapped between words ([`HANG`]); the headers likewise. A row without an id (a
    /// trigger's second route in the matrix's list) is its lines, under the row before.
    /// An id or a word wider than the room itself is split by the table, as a last
    /// resort: there is nowhere else to put it.
    pub(super) fn under(self, room: u16) -> Table {
        // Borders and padding: `│ ` and ` │`.
        let width = usize::from(room.saturating_sub(4).max(1));
        let cell = |id: String, lines: &[Vec<String>]| {
            let under = lines
                .iter()
                .flat_map(|words| wrap(words, width, INDENT, HANG));
            let all: Vec<String> = (!id.is_empty())
                .then_some(id)
                .into_iter()
                .chain(under)
                .collect();
            all.join("\n")
        };
        let mut t = table(room);
        t.set_header([cell(self.first, &[self.rest])]);
        for (id, lines) in self.rows {
            t.add_row([cell(id, &lines)]);
        }
        t
    }
}

/// A table of the reports' style, `room` wide.
fn table(room: u16) -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(room);
    t
}

/// The words of the line `header: value`, its header's last word and its value's first
/// one together: `team: sales-engineer` is not wrapped after `team:`.
fn words_of(header: &str, value: &str) -> Vec<String> {
    let mut words: Vec<String> = header.split_whitespace().map(str::to_owned).collect();
    let mut value = value.split_whitespace();
    let first = value.next().unwrap_or_default();
    match words.last_mut() {
        Some(last) => {
            last.push(':');
            if !first.is_empty() {
                last.push(' ');
                last.push_str(first);
            }
        }
        None => words.push(format!(": {first}")),
    }
    words.extend(value.map(str::to_owned));
    words
}

/// `words` wrapped into lines at most `width` wide, the first indented `indent`, the
/// others `hang`: a word too wide for that is less indented, a header and its value's
/// first word ([`words_of`]) too wide for a line are parted, and a word still too wide
/// is on a line of its own (for the table to split).
fn wrap(words: &[String], width: usize, indent: usize, hang: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut used = 0;
    let parted = words.iter().flat_map(|word| {
        let parts: Vec<&str> = if word.width() > width {
            word.split(' ').collect()
        } else {
            vec![word.as_str()]
        };
        parts
    });
    for word in parted {
        let w = word.width();
        if !current.is_empty() && used + 1 + w > width {
            lines.push(std::mem::take(&mut current));
        }
        if current.is_empty() {
            let indent = if lines.is_empty() { indent } else { hang };
            let indent = indent.min(width.saturating_sub(w));
            current = " ".repeat(indent);
            current.push_str(word);
            used = indent + w;
        } else {
            current.push(' ');
            current.push_str(word);
            used += 1 + w;
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn a_header_keeps_its_value_first_word_beside_it() {
        assert_eq!(words_of("team", "sales-engineer"), ["team: sales-engineer"]);
        assert_eq!(
            words_of("never counted", "“a”, “b”"),
            ["never", "counted: “a”,", "“b”"]
        );
    }

    #[test]
    fn a_line_is_wrapped_between_words_and_hangs_under_its_first() {
        let line = words_of("never counted", "“going in circles”, “useless bot”");
        assert_eq!(
            wrap(&line, 24, 2, 4),
            [
                "  never counted: “going",
                "    in circles”,",
                "    “useless bot”"
            ]
        );
        assert_eq!(wrap(&[], 24, 2, 4), Vec::<String>::new());
        // A word too wide for its indent is less indented; wider than the line, alone.
        let long = "x".repeat(22);
        assert_eq!(
            wrap(&words_of("route", &long), 24, 2, 4),
            ["  route:", &format!("  {long}")]
        );
        let long = "x".repeat(30);
        assert_eq!(wrap(&words(&long), 24, 2, 4), [long]);
    }
}
