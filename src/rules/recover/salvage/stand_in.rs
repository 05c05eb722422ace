//! Writing over a value an item cannot be read without (its `id`, a route's `team`, a
//! trigger's `when` in no list), for the rest of the item to be read: takes the text
//! blanked so far and the value's place; gives the text with a stand-in written in the
//! value's place, each line keeping its number and every place after it its byte.

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
