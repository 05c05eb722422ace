//! The rest of a signal or trigger that did not parse, checked in the same run: a signal
//! whose `{ phrase: refund, weight: "2" }` is `S003` has its `{ phrase: money back,
//! weight: 0 }` beside it said (`S008`) at once, not once the first is fixed; a trigger
//! whose `- meta: { field: score, gte: "80" }` is `S003` has the `M001` of a `matches:`
//! in another item of its `all:` said too.
//!
//! Takes the text, an item that did not parse and the errors found in it; gives the item
//! read again with each list item (`- …` on lines of its own: a signal's `phrases:`,
//! `regex:` or `exclude:`, a condition's `all:` or `any:`) that holds an error blanked
//! out, spaces for its characters, so that what is left keeps its places in the file.
//! Validation checks what is left and keeps none of it: the item stays out of the rule
//! set. Nothing when an error is not in such a list item (a key of the item itself, a
//! flow list `[…]`), or when what is left does not parse.

use serde::de::DeserializeOwned;

use crate::yaml::{Item, YamlError};

/// `item` read as a `T` with the list items holding `errors` blanked out.
pub(super) fn item<T: DeserializeOwned>(
    text: &str,
    item: &Item,
    errors: &[YamlError],
) -> Option<T> {
    let (start, end) = (item.piece.start, item.piece.end);
    let mut blanked: Vec<u8> = text.as_bytes().to_vec();
    let mut any = false;
    for error in errors.iter().filter(|e| (start..end).contains(&e.start)) {
        let (from, to) = list_item_at(text, start, error.start)?;
        for b in &mut blanked[from..to] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
        any = true;
    }
    if !any {
        return None;
    }
    // Blanking whole lines' characters other than line breaks keeps UTF-8 whole only
    // where it replaced whole characters: it did, every byte of them.
    let blanked = String::from_utf8(blanked).ok()?;
    item.piece.parse::<T>(&blanked).ok()
}

/// The byte range of the block list item (`- …` and the lines below it indented
/// further) that holds `at`, inside the item that starts at `item_start`; `None` when
/// `at` is in no such list item past the item's own `- `.
fn list_item_at(text: &str, item_start: usize, at: usize) -> Option<(usize, usize)> {
    let line_start = |pos: usize| text[..pos].rfind('\n').map_or(0, |i| i + 1);
    let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
    let mut start = line_start(at);
    // Columns left of which an item holding `at` must start its `- `.
    let mut limit = at - start;
    loop {
        let line = text[start..].lines().next().unwrap_or_default();
        let content = line.trim_start_matches(' ');
        let dash = indent(line);
        let is_item = content == "-" || content.starts_with("- ");
        if is_item && dash < limit && start + dash >= item_start {
            let mut end = start + line.len();
            let mut pos = end;
            loop {
                let rest = &text[pos..];
                let nl = if rest.starts_with("\r\n") {
                    2
                } else if rest.starts_with('\n') {
                    1
                } else {
                    break;
                };
                let next_start = pos + nl;
                let next = text[next_start..].lines().next().unwrap_or_default();
                let blank = next.trim().is_empty();
                if next_start >= text.len() || (!blank && indent(next) <= dash) {
                    break;
                }
                pos = next_start + next.len();
                if !blank {
                    end = pos;
                }
            }
            return Some((start + dash, end));
        }
        if !content.trim().is_empty() && !content.starts_with('#') {
            limit = limit.min(dash);
        }
        if start <= item_start || start == 0 {
            return None;
        }
        start = line_start(start - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::list_item_at;

    #[test]
    fn the_list_item_holding_a_place_is_found() {
        let text = "- id: s\n  phrases:\n    - { phrase: a, weight: \"2\" }\n    - b\n";
        let at = text.find("\"2\"").unwrap();
        let (from, to) = list_item_at(text, 2, at).unwrap();
        assert_eq!(&text[from..to], "- { phrase: a, weight: \"2\" }");
        // A key of the item itself is in no list item of it.
        assert_eq!(list_item_at(text, 2, text.find("phrases").unwrap()), None);
    }
}
