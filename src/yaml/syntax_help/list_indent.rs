//! Help for the parser's "did not find expected '-' indicator": a
//! line of a block list that is neither an item (`- ` at the list's column) nor part of
//! the item above (indented to the column that item's text starts at). Takes the text
//! and the error's line and column; gives the help, with the two columns worked out from
//! the lines above when they can be, in general words when not.

/// The help for the error at `line`:`column` (1-based) of `text`.
pub(super) fn help(text: &str, line: u32, column: u32) -> String {
    const GENERAL: &str = "a list item is at the wrong indentation: every item of a list \
        starts with `- ` at the same column, and what belongs to an item is indented to the \
        column its text starts at (the column of `id` in `- id: a`)";
    let Some(list) = list_above(text, line, column) else {
        return GENERAL.to_owned();
    };
    let (dash, item) = (list.dash, list.item);
    if column == dash {
        format!(
            "line {line} is at the column of the list's `-` ({dash}) but is no item: write \
             `- ` there to start a new item, or indent it to column {item} to go on with the \
             item above"
        )
    } else if column > dash && column < item {
        format!(
            "line {line} is indented to column {column}, between the list's `-` (column \
             {dash}) and the text of the item above (column {item}), so it is neither an item \
             nor part of one: indent it to column {item} to go on with the item above, or \
             write `- ` at column {dash} to start a new item"
        )
    } else {
        GENERAL.to_owned()
    }
}

/// The list a line belongs to: the column of its `-` and of its item's text.
#[derive(Debug, PartialEq, Eq)]
struct List {
    dash: u32,
    item: u32,
}

/// The nearest item above `line` whose `-` is at or before `column`: the list the
/// parser was reading. Lines indented past `column` (what the items hold) are passed
/// over; a line at or before it that is no item ends the search (no list is open there).
fn list_above(text: &str, line: u32, column: u32) -> Option<List> {
    let lines: Vec<&str> = text.lines().collect();
    let below = usize::try_from(line).ok()?.checked_sub(1)?;
    for (at, l) in lines.get(..below)?.iter().enumerate().rev() {
        let content = l.trim_start_matches(' ');
        if content.trim().is_empty() || content.starts_with('#') {
            continue;
        }
        if content.starts_with('\t') {
            return None;
        }
        let dash = u32::try_from(l.len() - content.len() + 1).ok()?;
        if dash > column {
            continue;
        }
        let after = content.strip_prefix('-')?;
        if !(after.is_empty() || after.starts_with([' ', '\t'])) {
            return None;
        }
        let text = after.trim_start_matches(' ');
        let item = if text.trim().is_empty() || text.starts_with('#') {
            // `-` alone on its line: the item is on the lines below it.
            let next = lines[at + 1..below].iter().find(|l| {
                let t = l.trim();
                !t.is_empty() && !t.starts_with('#')
            })?;
            u32::try_from(next.len() - next.trim_start_matches(' ').len() + 1).ok()?
        } else {
            dash + u32::try_from(after.len() - text.len() + 1).ok()?
        };
        return Some(List { dash, item });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROUTES: &str = "routes:\n  - id: vip\n    when:\n      any:\n        - meta: x\n";

    /// `team:` one space short of its item's keys got the parser's
    /// words only.
    #[test]
    fn the_columns_come_from_the_lines_above() {
        let text = format!("{ROUTES}   team: vip-desk\n");
        assert_eq!(list_above(&text, 6, 4), Some(List { dash: 3, item: 5 }));
        let help = help(&text, 6, 4);
        assert!(
            help.starts_with("line 6 is indented to column 4, between the list's `-` (column 3) and the text of the item above (column 5)"),
            "{help}"
        );
        let text = format!("{ROUTES}  team: vip-desk\n");
        let help = super::help(&text, 6, 3);
        assert!(
            help.starts_with("line 6 is at the column of the list's `-` (3) but is no item: write `- ` there to start a new item, or indent it to column 5"),
            "{help}"
        );
    }

    #[test]
    fn an_item_on_the_lines_below_its_dash_and_wider_dashes_are_read() {
        let text = "signals:\n  -\n      id: a\n    # note\n     phrases: [x]\n";
        assert_eq!(list_above(text, 5, 6), Some(List { dash: 3, item: 7 }));
        let text = "signals:\n  -   id: a\n     x: 1\n";
        assert_eq!(list_above(text, 3, 6), Some(List { dash: 3, item: 7 }));
    }

    #[test]
    fn without_a_list_above_the_help_is_general() {
        for (text, line, column) in [
            ("a:\n  b: 1\n c: 2\n", 3, 2),
            ("\t- a\n  b\n", 2, 3),
            ("- a\n", 1, 1),
            ("", 0, 0),
            ("  - a\n b\n", 9, 2),
        ] {
            assert_eq!(list_above(text, line, column), None, "{text:?}");
            assert!(
                help(text, line, column).starts_with("a list item is at the wrong indentation")
            );
        }
    }
}
