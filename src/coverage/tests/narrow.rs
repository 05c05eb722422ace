//! Coverage tables on narrow terminals: ids never split, a matrix wider than the terminal
//! written as a list, every table within the width.

use super::*;

/// A narrow table keeps trigger and route ids whole, on one line each.
#[test]
fn a_narrow_coverage_table_never_splits_an_id() {
    let engine = starter();
    let r = report(&engine, &fixture_conversations());
    let mut out = Vec::new();
    let format = crate::report::coverage::CoverageFormat::Table;
    crate::report::coverage::write(&r, format, Some(60), &[], &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    for id in [
        "pricing-negotiation",
        "technical-question",
        "self-serve-pricing",
    ] {
        assert!(text.contains(&format!(" {id} ")), "{id} split in\n{text}");
    }
}

/// The coverage table, written at `width`.
fn table_at(r: &CoverageReport, width: u16) -> String {
    let mut out = Vec::new();
    let format = crate::report::coverage::CoverageFormat::Table;
    crate::report::coverage::write(r, format, Some(width), &[], &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// The trigger × route matrix was 118 columns wide at 60 (seven routes side by side):
/// narrower than it, it is a list, a row for each trigger and route it took, which
/// fits. Where the grid fits, it is the grid.
#[test]
fn a_matrix_wider_than_the_terminal_is_a_list() {
    let engine = starter();
    let r = report(&engine, &fixture_conversations());
    let narrow = table_at(&r, 60);
    assert!(!narrow.contains("primary trigger \\ route"), "{narrow}");
    let start = narrow.find("primary trigger ").unwrap();
    let start = narrow[..start].rfind('┌').unwrap();
    let end = start + narrow[start..].find('┘').unwrap();
    let matrix = &narrow[start..=end + 2];
    for line in matrix.lines() {
        assert!(line.chars().count() <= 60, "{line}\n{narrow}");
    }
    insta::assert_snapshot!("coverage_matrix_at_60_columns", matrix);
    let wide = table_at(&r, 140);
    assert!(
        wide.contains("│ primary trigger \\ route ┆ legal ┆"),
        "{wide}"
    );
}

/// At 60 columns the routes table was 62 wide (a route and its team beside the
/// counts), and on STAR the signals table 83 (a long word of its running text kept
/// whole): every table fits now, its ids whole.
#[test]
fn every_coverage_table_fits_a_narrow_terminal() {
    let engine = starter();
    let r = report(&engine, &fixture_conversations());
    let narrow = table_at(&r, 60);
    let tables = narrow
        .lines()
        .filter(|l| l.starts_with(['┌', '│', '╞', '└']));
    for line in tables {
        assert!(line.chars().count() <= 60, "{line}\n{narrow}");
    }
    for text in [
        "│ self-serve-pricing ",
        "team: sales-engineer",
        "share: 45.83%",
    ] {
        assert!(narrow.contains(text), "{text}\n{narrow}");
    }
}
