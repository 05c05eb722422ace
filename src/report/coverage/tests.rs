//! The table's cells: what a signal's "never counted" cell lists.

use super::*;

fn phrases(n: usize) -> Vec<EntryCoverage> {
    (1..=n)
        .map(|i| EntryCoverage {
            text: format!("p{i}"),
            ..EntryCoverage::default()
        })
        .collect()
}

/// Ten phrases never counted are listed, and eleven: "… and 1 more" would be longer
/// than the phrase. From twelve, ten and how many more.
#[test]
fn the_never_counted_cell_says_how_many_more_past_eleven() {
    let cell = |n| never_counted_cell(phrases(n).iter());
    assert!(cell(11).ends_with("“p10”, “p11”"), "{}", cell(11));
    assert!(
        cell(12).ends_with("“p10”, … and 2 more (`-f md` lists them all)"),
        "{}",
        cell(12)
    );
    // Those that occurred all the same come first.
    let mut entries = phrases(12);
    entries[11].uncounted.negated = 2;
    let cell = never_counted_cell(entries.iter());
    assert!(
        cell.starts_with("“p12” (only negated, in 2 messages), “p1”"),
        "{cell}"
    );
}
