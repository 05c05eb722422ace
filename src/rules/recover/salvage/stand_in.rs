//! Writing over a value an item cannot be read without (its `id`, a route's `team`, a
//! trigger's `when` in no list), for the rest of the item to be read: takes the text
//! blanked so far and the value's place; gives the text with a stand-in written in the
//! value's place, each line keeping its number and every place after it its byte. A
//! value with no room for its stand-in (`when: ~`, `when: 5`, `id:`) has its entry
//! blanked and written again after the item ([`tail`]), where no place is taken.

use crate::yaml::{Piece, Tree};

/// What an `id`, a route's `team`, a team's `name` or a template's `text` is written
/// over with.
pub(super) const TEXT: &[&str] = &["_"];

/// What a trigger's or route's `when:` is written over with: the shortest condition
/// there is, as words of a flow mapping that may be written on lines of their own (but
/// a key and its `:`).
pub(super) const CONDITION: &[&str] = &["{", "trigger:", "_", "}"];

/// Where the value of the mapping entry at `start..end` of `text` starts; `None` when it
/// has none, or a comment before it.
pub(super) fn value_start(text: &str, start: usize, end: usize) -> Option<usize> {
    let written = text.get(start..end)?;
    let colon = written.find(':')?;
    let value = written[colon + 1..].trim_start_matches([' ', '\t', '\n', '\r']);
    (!value.is_empty() && !value.starts_with('#')).then(|| end - value.len())
}

/// Writes `words` into `blanked` over the value at `from..to` of `text` (blanked
/// already), each where something was written on a line of it, a space between two on
/// one line; `None` when they do not fit. A line that held only a comment is passed
/// over: it may be indented less than the value.
pub(super) fn write(
    blanked: &mut [u8],
    text: &str,
    from: usize,
    to: usize,
    words: &[&str],
) -> Option<()> {
    let mut words = words.iter().peekable();
    let mut at = from;
    for line in text.get(from..to)?.split_inclusive('\n') {
        let content = line.trim_start_matches([' ', '\t']);
        let mut put = at + (line.len() - content.len());
        let room = content.trim_end_matches([' ', '\t', '\n', '\r']).len();
        let end = put + room;
        at += line.len();
        if content.starts_with('#') {
            continue;
        }
        while let Some(word) = words.peek() {
            if put + word.len() > end {
                break;
            }
            blanked
                .get_mut(put..put + word.len())?
                .copy_from_slice(word.as_bytes());
            put += word.len() + 1;
            words.next();
        }
    }
    words.peek().is_none().then_some(())
}

/// The entries `again` (each a key and its stand-in; blanked where they were written)
/// written after the item `piece` whose tree is `tree`: a line each at the indentation
/// of the item's keys, or, in a flow mapping, before its `}` (blanked here and written
/// again after them). `None` when the flow mapping's end is not found.
pub(super) fn tail(
    blanked: &mut [u8],
    text: &str,
    piece: &Piece,
    tree: &Tree,
    again: &[(String, &[&str])],
) -> Option<String> {
    let entries = again
        .iter()
        .map(|(key, words)| format!("{key}: {}", words.join(" ")));
    let first = tree.children().first()?;
    if again.is_empty() {
        return Some(String::new());
    }
    if !first.flow {
        let line = text.get(..first.start)?.rfind('\n').map_or(0, |n| n + 1);
        let indent = " ".repeat(text.get(line..first.start)?.chars().count());
        let lines: Vec<String> = entries.collect();
        return Some(format!("\n{indent}{}", lines.join(&format!("\n{indent}"))));
    }
    let written = blanked.get(piece.start..piece.end)?;
    let close = written.iter().rposition(|b| !b.is_ascii_whitespace())?;
    let open = written.iter().position(|b| !b.is_ascii_whitespace())?;
    (written[open] == b'{' && written[close] == b'}' && open < close).then_some(())?;
    let empty = written[open + 1..close].iter().all(u8::is_ascii_whitespace);
    blanked[piece.start + close] = b' ';
    let entries: Vec<String> = entries.collect();
    let comma = if empty { "" } else { ", " };
    Some(format!("{comma}{} }}", entries.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::{CONDITION, write};

    fn written(text: &str) -> Option<String> {
        let from = text.find(':')? + 2;
        let mut blanked: Vec<u8> = text
            .bytes()
            .enumerate()
            .map(|(i, b)| if i >= from && b != b'\n' { b' ' } else { b })
            .collect();
        write(&mut blanked, text, from, text.len(), CONDITION)?;
        String::from_utf8(blanked).ok()
    }

    #[test]
    fn a_condition_is_written_over_its_lines_each_kept() {
        assert_eq!(
            written("when: { meta: { a: 1 } }").as_deref(),
            Some("when: { trigger: _ }    ")
        );
        assert_eq!(
            written("when: meta:\n  # c\n    field: score\n    gte: \"80\"").as_deref(),
            Some("when: {    \n     \n    trigger: _ }\n             ")
        );
        assert_eq!(written("when: [x]"), None);
    }
}
