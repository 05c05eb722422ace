//! The coverage report's tables on a narrow terminal: takes a filled comfy-table `Table`
//! (its width set, or a terminal's) and which column, if any, is running text; gives it
//! with its words whole when that fits, else with the running text narrowed, else
//! stacked: each row's first cell (an id) beside its other cells, one `header: value`
//! line each, or, when the id leaves those lines less room than their longest words, the
//! id on a line of its own and its lines indented below it; so that no table is wider
//! than the room it has (seven routes side by side, or a route and its team, are wider
//! than 60 columns) and no id is split, unless it is wider than the room itself. Chooses
//! no column's contents; the matrix's own list is `coverage_matrix`'s, replay's stacking
//! `table.rs`'s.

use comfy_table::Table;

use super::fit;

mod stack;

use stack::Stack;

/// The narrowest a column of running text is made before the table is stacked instead.
const TEXT_MIN: u16 = 24;

/// `table` at most as wide as its width (the one set, else the terminal's), its ids
/// whole: as it is when it fits; with column `text` (running text) narrowed, its long
/// words split, when that leaves it [`TEXT_MIN`]; else stacked, each row's id beside its
/// other cells ([`Stack::beside`]) or above them ([`Stack::under`]). A table of no known
/// width is only [`fit::fitted`].
pub(super) fn fit_to(mut table: Table, text: Option<usize>) -> Table {
    let Some(room) = table.width() else {
        return fit::fitted(table);
    };
    // Whole words, not capped at `fit::WORD_CAP`: a 63-character id is kept whole here
    // whenever the room allows, as the layouts below make sure it does.
    let words = fit::whole_words(&table);
    if fit::table_width(&words) <= u32::from(room) {
        return fit::fitted(table);
    }
    if let Some(text) = text
        && let Some(left) = left_for(&words, text, room)
        && left >= TEXT_MIN
    {
        fit::keep_whole(&mut table, &words);
        narrow(&mut table, text, left);
        return table;
    }
    let stack = Stack::of(&table);
    let words = stack.words();
    if fit::table_width(&words) <= u32::from(room) {
        stack.beside(room, words)
    } else {
        stack.under(room)
    }
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
        c.set_constraint(comfy_table::ColumnConstraint::Absolute(
            comfy_table::Width::Fixed(contents.saturating_add(fit::PADDING)),
        ));
    }
}

#[cfg(test)]
mod tests {
    use comfy_table::{ContentArrangement, presets};
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

    const ROUTES: [&str; 4] = ["route", "team", "escalations", "share"];

    /// Review of the narrow layout: with route `enterprise-lead-strategic-accounts` at
    /// 50 columns the stacked values were 9 wide (`team: sal` / `es-engine`). An id that
    /// leaves its values less room than their longest words goes on a line of its own.
    #[test]
    fn an_id_too_long_to_stand_beside_its_values_stands_above_them() {
        let long = "enterprise-lead-strategic-accounts";
        let rows: &[&[&str]] = &[
            &["technical", "sales-engineer", "3", "12.5%"],
            &[long, "senior-ae", "4", "16.67%"],
        ];
        for width in [40, 50, 60] {
            let text = fit_to(table(width, &ROUTES, rows), None).to_string();
            assert!(widest(&text) <= usize::from(width), "{width}:\n{text}");
            for whole in [
                long,
                "team: sales-engineer",
                "team: senior-ae",
                "share: 16.67%",
            ] {
                assert!(text.contains(whole), "{whole} split at {width}:\n{text}");
            }
        }
        // At 70 the id leaves room: it stays beside its values.
        let text = fit_to(table(70, &ROUTES, rows), None).to_string();
        assert!(
            text.contains(&format!("│ {long} ┆ team: senior-ae")),
            "{text}"
        );
        let text = fit_to(table(60, &ROUTES, rows), None).to_string();
        assert!(text.contains(&format!("│ {long}")), "{text}");
        assert!(text.contains("│   team: sales-engineer"), "{text}");
        assert!(text.contains("│   team, escalations, share"), "{text}");
        assert!(!text.contains('┆'), "{text}");
    }

    /// A value holding a long id (the primary triggers' routes) is kept whole too.
    #[test]
    fn a_long_id_among_the_values_is_whole_under_its_row() {
        let long = "enterprise-lead-strategic-accounts";
        let rows: &[&[&str]] = &[&["pricing-negotiation", long, "1"]];
        let header = ["primary trigger", "route", "escalations"];
        for width in [40, 50, 60] {
            let text = fit_to(table(width, &header, rows), None).to_string();
            assert!(widest(&text) <= usize::from(width), "{width}:\n{text}");
            assert!(text.contains(long), "{width}:\n{text}");
            // Only a line too narrow for them parts a header from its value.
            let whole = format!("route: {long}");
            assert_eq!(text.contains(&whole), width > 40, "{width}:\n{text}");
        }
    }

    /// A 63-character id at 40 columns made the table 61 wide: the id is split only
    /// because it is wider than the terminal itself, and the table is no wider.
    #[test]
    fn an_id_wider_than_the_room_is_split_as_a_last_resort() {
        let long = format!("route-{}", "x".repeat(57));
        let rows: &[&[&str]] = &[&[&long, "sales-engineer", "3", "12.5%"]];
        let text = fit_to(table(40, &ROUTES, rows), None).to_string();
        assert!(widest(&text) <= 40, "{text}");
        assert!(text.contains(&long[..36]), "{text}");
        assert!(text.contains("│   team: sales-engineer"), "{text}");
        // With the room for it, it is whole.
        let text = fit_to(table(70, &ROUTES, rows), None).to_string();
        assert!(widest(&text) <= 70, "{text}");
        assert!(text.contains(&long), "{text}");
    }
}
