//! The coverage report's tables on a narrow terminal: takes a filled comfy-table `Table`
//! (its width set, or a terminal's) and which column, if any, is running text; gives it
//! with its words whole when that fits, else with the running text narrowed, else
//! stacked: each row's first cell (an id) beside its other cells, one `header: value`
//! line each, so that no table is wider than the room it has (seven routes side by side,
//! or a route and its team, are wider than 60 columns). Chooses no column's contents;
//! the matrix's own list is `coverage_matrix`'s, replay's stacking `table.rs`'s.

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};

use super::fit;

/// The narrowest a column of running text is made before the table is stacked instead.
const TEXT_MIN: u16 = 24;

/// `table` at most as wide as its width (the one set, else the terminal's), its ids
/// whole: as it is when it fits; with column `text` (running text) narrowed, its long
/// words split, when that leaves it [`TEXT_MIN`]; else [`stacked`]. A table of no known
/// width is only [`fit::fitted`].
pub(super) fn fit_to(mut table: Table, text: Option<usize>) -> Table {
    let words = fit::longest_words(&table);
    let Some(room) = table.width() else {
        return fit::fitted(table);
    };
    if fit::table_width(&words) <= u32::from(room) {
        return fit::fitted(table);
    }
    if let Some(text) = text
        && let Some(left) = left_for(&words, text, room)
        && left >= TEXT_MIN
    {
        fit::keep_words_whole(&mut table);
        narrow(&mut table, text, left);
        return table;
    }
    let mut table = stacked(&table, room);
    let words = fit::longest_words(&table);
    fit::keep_words_whole(&mut table);
    // The stacked lines are running text too: narrowed when even they do not fit.
    if fit::table_width(&words) > u32::from(room)
        && let Some(left) = left_for(&words, 1, room)
    {
        narrow(&mut table, 1, left.max(1));
    }
    table
}

/// The width left for the contents of column `text` when every other column of
/// `words` (their longest words) is whole in `room`; `None` when they take it all.
fn left_for(words: &[u16], text: usize, room: u16) -> Option<u16> {
    let others: Vec<u16> = words
        .iter()
        .enumerate()
        .map(|(i, &w)| if i == text { 0 } else { w })
        .collect();
    let used = fit::table_width(&others);
    u16::try_from(u32::from(room).checked_sub(used)?).ok()
}

/// Sets column `column` of `table` to `contents` wide, padding aside: its words longer
/// than that are split.
fn narrow(table: &mut Table, column: usize, contents: u16) {
    if let Some(c) = table.column_mut(column) {
        c.set_constraint(ColumnConstraint::Absolute(Width::Fixed(
            contents.saturating_add(fit::PADDING),
        )));
    }
}

/// `table` as two columns, `room` wide: its first column, and its others as lines of
/// `header: value` (an empty value left out), under their headers joined.
fn stacked(table: &Table, room: u16) -> Table {
    let header: Vec<String> = table
        .header()
        .map(|h| h.cell_iter().map(comfy_table::Cell::content).collect())
        .unwrap_or_default();
    let none = String::new();
    let (first, rest) = header.split_first().unwrap_or((&none, &[]));
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(room)
        .set_header([first.clone(), rest.join(", ")]);
    for row in table.row_iter() {
        let cells: Vec<String> = row.cell_iter().map(comfy_table::Cell::content).collect();
        let (id, values) = cells.split_first().unwrap_or((&none, &[]));
        let lines: Vec<String> = rest
            .iter()
            .zip(values)
            .filter(|(_, v)| !v.is_empty())
            .map(|(h, v)| format!("{h}: {v}"))
            .collect();
        t.add_row([id.clone(), lines.join("\n")]);
    }
    t
}

#[cfg(test)]
mod tests {
    use unicode_width::UnicodeWidthStr;

    use super::*;

    fn table(width: u16, header: &[&str], rows: &[&[&str]]) -> Table {
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(header.iter().copied())
            .set_width(width);
        for row in rows {
            t.add_row(row.iter().copied());
        }
        t
    }

    fn widest(text: &str) -> usize {
        text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
    }

    /// At 60 columns, `coverage`'s routes table was 62 wide: a route and its team side
    /// by side do not fit with the counts. Stacked, each route's id stays whole.
    #[test]
    fn a_table_of_ids_too_wide_is_stacked_and_fits() {
        let rows: &[&[&str]] = &[
            &["self-serve-pricing", "frontline", "1", "4.17%"],
            &["technical", "sales-engineer", "3", "12.5%"],
            &["enterprise-lead", "senior-ae", "4", "16.67%"],
        ];
        let header = ["route", "team", "escalations", "share"];
        let text = fit_to(table(60, &header, rows), None).to_string();
        assert!(widest(&text) <= 60, "{text}");
        for id in ["self-serve-pricing", "sales-engineer", "enterprise-lead"] {
            assert!(text.contains(id), "{id} split in\n{text}");
        }
        assert!(text.contains("team: sales-engineer"), "{text}");
        assert!(text.contains("share: 12.5%"), "{text}");
        assert!(text.contains("team, escalations, share"), "{text}");
        // Where it fits, it is the table as it was.
        let wide = fit_to(table(80, &header, rows), None).to_string();
        assert!(wide.contains("│ route "), "{wide}");
        assert!(!wide.contains("team:"), "{wide}");
    }

    /// On STAR at 60 columns the signals table was 83 wide: a 40-wide word of its
    /// running text kept whole. The running text is narrowed first, then stacked.
    #[test]
    fn running_text_gives_way_before_the_table_is_stacked() {
        let long = format!("“{}”", "x".repeat(38));
        let text_cell = format!("“going in circles”, {long}, “useless bot”");
        let rows: &[&[&str]] = &[&["frustration", "73", "143", &text_cell]];
        let header = ["signal", "messages", "entries", "never counted"];
        let text = fit_to(table(72, &header, rows), Some(3)).to_string();
        assert!(widest(&text) <= 72, "{text}");
        assert!(text.contains("│ signal "), "{text}");
        let text = fit_to(table(60, &header, rows), Some(3)).to_string();
        assert!(widest(&text) <= 60, "{text}");
        assert!(text.contains("messages: 73"), "{text}");
        assert!(text.contains("frustration"), "{text}");
        // Narrower than any layout's words: still no wider than the room.
        let text = fit_to(table(30, &header, rows), Some(3)).to_string();
        assert!(widest(&text) <= 30, "{text}");
    }
}
