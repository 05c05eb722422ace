//! Column widths for the human tables: takes a filled comfy-table `Table` and bounds each
//! column below by its longest word, so that the layout never splits an id, a timestamp
//! or a trigger id across lines; the columns of running text (a bridge message, evidence)
//! take the wrapping. Under a width too narrow for every word whole, [`shrink_to`]
//! lowers the bounds until the table fits. It does not choose which columns a table has.

use comfy_table::{ColumnConstraint, Table, Width};
use unicode_width::UnicodeWidthStr;

/// A word longer than this (a pathological id) may still be wrapped: one word must not
/// take the whole table.
pub(super) const WORD_CAP: u16 = 40;

/// A column's padding, left and right, in the tables' style.
pub(super) const PADDING: u16 = 2;

/// The width of the longest word (whitespace-separated) of each column, header included,
/// at most [`WORD_CAP`].
pub(super) fn longest_words(table: &Table) -> Vec<u16> {
    whole_words(table)
        .into_iter()
        .map(|w| w.min(WORD_CAP))
        .collect()
}

/// The width of the longest word of each column, header included, however long: what a
/// layout that keeps every word whole needs.
pub(super) fn whole_words(table: &Table) -> Vec<u16> {
    let mut widths: Vec<u16> = Vec::new();
    for row in table.header().into_iter().chain(table.row_iter()) {
        for (i, cell) in row.cell_iter().enumerate() {
            let longest = whole_word(&cell.content());
            if widths.len() <= i {
                widths.resize(i + 1, 0);
            }
            widths[i] = widths[i].max(longest);
        }
    }
    widths
}

/// The width of the widest line of `text`, spaces included: a conversation id, which
/// the tables keep on one line however many spaces it has (cli42: a narrow table wrapped
/// `chat 12` at its space, two lines that read as two ids). A column bounded below by it
/// keeps its content width; the other columns wrap. The id keeps its real spaces, so
/// that it can be copied into `explain -c` and found by `grep`.
pub(super) fn whole_line(text: &str) -> u16 {
    let widest = text
        .split('\n')
        .map(UnicodeWidthStr::width)
        .max()
        .unwrap_or(0);
    u16::try_from(widest).unwrap_or(u16::MAX)
}

/// Raises the bound of `table`'s first column, its conversation ids, to its widest line
/// (at most [`WORD_CAP`], as a word is), so that an id with spaces is never wrapped
/// at them; padding added. Called after [`keep_words_whole`].
pub(super) fn keep_ids_whole(table: &mut Table) {
    let widest = table
        .row_iter()
        .filter_map(|row| row.cell_iter().next())
        .map(|cell| whole_line(&cell.content()).min(WORD_CAP))
        .max()
        .unwrap_or(0);
    let word = longest_words(table).first().copied().unwrap_or(0);
    if let Some(column) = table.column_mut(0).filter(|_| widest > word) {
        column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
            widest.saturating_add(PADDING),
        )));
    }
}

/// The width of the longest word of `text`, however long: words separated as the
/// tables wrap them, at spaces and line breaks (a no-break space joins its words).
pub(super) fn whole_word(text: &str) -> u16 {
    let longest = text
        .split([' ', '\n'])
        .map(UnicodeWidthStr::width)
        .max()
        .unwrap_or(0);
    u16::try_from(longest).unwrap_or(u16::MAX)
}

/// Bounds every column of `table` below by its longest word (padding included), so the
/// dynamic layout wraps only between words; a column without a word gets no bound.
pub(super) fn keep_words_whole(table: &mut Table) {
    let words = longest_words(table);
    keep_whole(table, &words);
}

/// Bounds each column of `table` below by its entry of `words` (padding added); a
/// column of 0 gets no bound.
pub(super) fn keep_whole(table: &mut Table, words: &[u16]) {
    for (i, &word) in words.iter().enumerate() {
        if word == 0 {
            continue;
        }
        if let Some(column) = table.column_mut(i) {
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
                word.saturating_add(PADDING),
            )));
        }
    }
}

/// The narrowest the column of running text (`prose` in [`shrink_to`]) is made before
/// the other columns give way.
const PROSE_FLOOR: u16 = 10;

/// Lowers `words`, the columns' least widths, until a table of them fits in `width`:
/// first the column of running text, `prose`, down to [`PROSE_FLOOR`], then the widest of
/// the others, a column at a time; none below 1. A narrow terminal then has ids split
/// across lines, where the table overflowed it and wrapped every line.
pub(super) fn shrink_to(words: &mut [u16], width: u16, prose: usize) {
    while table_width(words) > u32::from(width) {
        if let Some(w) = words.get_mut(prose).filter(|w| **w > PROSE_FLOOR) {
            *w -= 1;
            continue;
        }
        let widest = words
            .iter_mut()
            .enumerate()
            .filter(|(i, w)| *i != prose && **w > 1)
            .max_by_key(|(_, w)| **w);
        match widest {
            Some((_, w)) => *w -= 1,
            None => break,
        }
    }
}

/// `table`, its columns bounded by [`keep_words_whole`]: called once its rows are in.
pub(super) fn fitted(mut table: Table) -> Table {
    keep_words_whole(&mut table);
    table
}

/// The width a table needs for `columns` whose contents are at least `contents` wide:
/// borders and padding included.
pub(super) fn table_width(contents: &[u16]) -> u32 {
    let columns = u32::try_from(contents.len()).unwrap_or(u32::MAX);
    contents.iter().map(|&w| u32::from(w)).sum::<u32>() + columns * u32::from(PADDING) + columns + 1
}

#[cfg(test)]
mod tests {
    use comfy_table::{ContentArrangement, presets};

    use super::*;

    fn grid(width: u16, rows: &[[&str; 3]]) -> String {
        let mut table = Table::new();
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(["conversation", "trigger", "note"])
            .set_width(width);
        for row in rows {
            table.add_row(*row);
        }
        keep_words_whole(&mut table);
        table.to_string()
    }

    #[test]
    fn a_narrow_table_wraps_between_words_and_keeps_ids_whole() {
        let text = grid(
            64,
            &[[
                "c01-enterprise-discount",
                "pricing-negotiation",
                "a long note that has to wrap somewhere in a narrow table",
            ]],
        );
        for id in [
            "conversation",
            "c01-enterprise-discount",
            "pricing-negotiation",
        ] {
            assert!(text.contains(id), "{id} split in\n{text}");
        }
        assert!(text.lines().all(|l| l.chars().count() <= 64), "{text}");
    }

    #[test]
    fn a_pathological_word_is_bounded_by_the_cap() {
        let long = "x".repeat(200);
        let mut table = Table::new();
        table.set_header(["id"]).add_row([long.as_str()]);
        assert_eq!(longest_words(&table), vec![WORD_CAP]);
    }

    #[test]
    fn shrinking_splits_the_running_text_first_then_the_widest_column() {
        // 2 columns: 7 of borders and padding; 40 leaves 33 for the contents.
        let mut words = [28, 14];
        shrink_to(&mut words, 40, 1);
        assert_eq!(words, [23, 10]);
        let mut words = [10, 14];
        shrink_to(&mut words, 40, 1);
        assert_eq!(words, [10, 14], "fits: left as is");
        let mut words = [20, 20, 20];
        shrink_to(&mut words, 4, 2);
        assert_eq!(
            words,
            [1, 1, 10],
            "no narrower than 1, nor the text below its floor"
        );
    }

    #[test]
    fn a_table_width_counts_borders_and_padding() {
        // │ ab ┆ c │
        assert_eq!(table_width(&[2, 1]), 10);
        assert_eq!(table_width(&[]), 1);
    }
}
