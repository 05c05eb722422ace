//! The human table's tests: layout widths, blocks of one layout, words kept whole (ids:
//! `tests/ids.rs`).

/// A 50-column terminal got the full five-column layout at 120 columns.
#[test]
fn a_narrow_terminal_is_laid_out_at_its_width() {
    use super::layout_width;
    assert_eq!(layout_width(None, Some(50)), 50);
    assert_eq!(layout_width(None, Some(40)), 40);
    // Under 30 too (a 25-column terminal got 120): but 0, which some consoles report,
    // and no narrower than a table's borders and one character.
    assert_eq!(layout_width(None, Some(25)), 25);
    assert_eq!(layout_width(None, Some(3)), 5);
    assert_eq!(layout_width(None, Some(0)), 120);
    assert_eq!(layout_width(None, None), 120);
    assert_eq!(layout_width(Some(140), Some(50)), 140);
}

use super::*;
use crate::report::sample;

fn render(outcomes: &[Outcome]) -> String {
    render_at(outcomes, 120)
}

fn render_at(outcomes: &[Outcome], width: u16) -> String {
    let mut out = Vec::new();
    let mut writer = TableWriter::new(&mut out, Some(width));
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
    // Every line's column borders where the top border's are: the later blocks'
    // columns are the first block's, not only as wide in all.
    let borders = |line: &str| -> Vec<usize> {
        line.chars()
            .enumerate()
            .filter(|(_, c)| "┬┼┴┆│╪╞╡├┤┌┐└┘".contains(*c))
            .map(|(i, _)| i)
            .collect()
    };
    let top = borders(lines[0]);
    for line in &lines {
        assert_eq!(borders(line), top, "{line}");
    }
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

#[test]
fn a_wide_table_has_five_columns_and_a_narrow_one_stacks_them() {
    let outcomes = sample::outcomes();
    assert_eq!(Stack::choose(140, &rows_of(&outcomes)).0, Stack::None);
    assert_eq!(Stack::choose(60, &rows_of(&outcomes)).0, Stack::Left);
    let text = render_at(&outcomes, 60);
    assert!(
        text.lines().nth(1).unwrap().contains("conversation"),
        "{text}"
    );
    assert!(text.lines().nth(2).unwrap().contains("turn"), "{text}");
}

fn rows_of(outcomes: &[Outcome]) -> Vec<[String; 5]> {
    let mut out = Vec::new();
    let mut writer = TableWriter::new(&mut out, Some(140));
    for o in outcomes {
        writer.write(o).unwrap();
    }
    writer.rows
}

/// Review: under 49 columns each column kept its longest word whole (an id, a
/// timestamp), so the table was 47 wide at 40 and a terminal wrapped every line. It
/// fits the width now: the bridge message's words are split first, then the ids.
#[test]
fn a_very_narrow_table_fits_its_width() {
    let mut outcomes = sample::outcomes();
    outcomes[0].conversation_id = "c11-person-after-integration".to_owned();
    for width in [30, 35, 40, 45, 48] {
        let text = render_at(&outcomes, width);
        let widest = text.lines().map(|l| l.chars().count()).max().unwrap();
        assert!(
            widest <= usize::from(width),
            "{widest} wide at {width}:\n{text}"
        );
    }
    // At 40, the timestamp (20 wide) still fits whole.
    assert!(render_at(&outcomes, 40).contains("2026-03-02T09:01:30Z"));
}

/// User report: `--only not-escalated` hid `a`, yet the line after the table said "`a`
/// above is (cut short: ...)". A conversation cut short is marked in its row, or said
/// after the table when an earlier block showed it, and not at all when the table
/// does not show it.
#[test]
fn a_conversation_cut_short_is_said_only_when_the_table_shows_it() {
    let samples = sample::outcomes();
    let mut out = Vec::new();
    let mut writer = TableWriter::new(&mut out, Some(120));
    for i in 0..BLOCK + 2 {
        let mut o = samples[0].clone();
        o.conversation_id = format!("c{i}");
        o.actual_handoff_turn = (i == 1).then_some(3);
        writer.write(&o).unwrap();
    }
    let why = "its rows go on at t.csv:9, not read";
    writer.cut_short("hidden", why).unwrap();
    writer.cut_short("c1", why).unwrap();
    writer.cut_short(&format!("c{}", BLOCK + 1), why).unwrap();
    writer.finish().unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(!text.contains("hidden"), "{text}");
    assert!(
        text.contains("`c1` (row above) was cut short: its rows go on at t.csv:9, not read"),
        "{text}"
    );
    assert_eq!(text.matches("(cut short:").count(), 1, "{text}");
    assert!(!text.contains("above is"), "{text}");
}

fn widest(text: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

/// Under 30 columns the table was laid out 120 wide. It is laid out at the terminal's
/// width, in one column; an id wider than that is broken after a hyphen, and only an id
/// with no hyphen where it must break is split inside a word.
#[test]
fn under_thirty_columns_the_table_is_the_narrowest_layout_at_that_width() {
    let mut outcomes = sample::outcomes();
    outcomes[0].conversation_id = "c02-enterprise-discount-request-from-acme-corp".to_owned();
    outcomes[1].conversation_id = "enterprisediscountrequestfromacmecorp".to_owned();
    let terminal = |width| {
        let mut out = Vec::new();
        let mut writer = TableWriter::new(&mut out, None);
        writer.width = Some(layout_width(None, Some(width)));
        for o in &outcomes {
            writer.write(o).unwrap();
        }
        writer.finish().unwrap();
        String::from_utf8(out).unwrap()
    };
    for width in [12, 20, 25, 29] {
        let text = terminal(width);
        assert!(widest(&text) <= usize::from(width), "{width}:\n{text}");
    }
    let text = terminal(25);
    for line in [
        "│ c02-enterprise-       │",
        "│ discount-request-     │",
        "│ from-acme-corp        │",
    ] {
        assert!(text.contains(line), "{line} at 25:\n{text}");
    }
    // No hyphen: split at the width, 21 characters a line.
    assert!(text.contains("│ enterprisediscountreq │"), "{text}");
    assert!(text.contains("│ uestfromacmecorp "), "{text}");
    assert!(text.contains("2026-03-02T09:01:30Z"), "{text}");
}

/// A long table in one column is one table too: its later blocks ruled from the rows
/// before them, in the first block's width, a long id of theirs broken at a hyphen.
#[test]
fn a_long_table_in_one_column_is_ruled_between_its_blocks() {
    let samples = sample::outcomes();
    let outcomes: Vec<Outcome> = (0..BLOCK + 3)
        .map(|i| {
            let mut o = samples[i % samples.len()].clone();
            o.conversation_id = format!("conv-{i:05}");
            if i == BLOCK + 1 {
                o.conversation_id
                    .push_str("-and-a-long-tail-of-words-beyond-the-column");
            }
            o
        })
        .collect();
    let text = render_at(&outcomes, 40);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.iter().all(|l| l.chars().count() == 40), "{text}");
    let ruled = |i: usize| {
        let at = lines
            .iter()
            .position(|l| l.contains(&format!("conv-{i:05}")))
            .unwrap();
        lines[at - 1].starts_with('├')
    };
    for i in [1, BLOCK - 1, BLOCK, BLOCK + 1, BLOCK + 2] {
        assert!(ruled(i), "row {i} not ruled from the one before");
    }
    assert!(
        text.contains("│ conv-01001-and-a-long-tail-of-words- │"),
        "{text}"
    );
    assert_eq!(lines.iter().filter(|l| l.starts_with('└')).count(), 1);
}

mod ids;
