//! Where each line of a block scalar (`bridge: |` or `bridge: >-`) is in the text it
//! gives: a rule-test file's text, the place of the scalar's value and the value → the
//! byte offset in the value at which each of its non-blank lines starts, with the
//! file's line of it. A failing `bridge:` then points at the line where the texts first
//! differ, not at the scalar's first line. Folding (`>`) turns line breaks into spaces or
//! drops them, but leaves each line's text as written and in order, which is what is
//! looked for. Reads nothing else; gives nothing for any other scalar.

/// The lines of the block scalar whose value starts at byte `start` (line `line`) of
/// `text` and reads `value`: `(byte offset in value, line in file)` of each non-blank
/// line, in order. `None` when the value is no block scalar, has an indentation
/// indicator (`|2`), or its lines cannot be found in its value.
pub(super) fn block_lines(
    text: &str,
    start: usize,
    line: u32,
    value: &str,
) -> Option<Vec<(usize, u32)>> {
    let rest = text.get(start..)?;
    // The value's place is its header (`|-`) or its first line, after the header's line.
    let (mut line, body) = if is_header(first_line(rest)) {
        let next = rest.find('\n')? + 1;
        (line + 1, rest.get(next..)?)
    } else {
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let before = text[..line_start].trim_end();
        let header_line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
        if !is_header(
            header_line
                .rsplit_once(": ")
                .map_or(header_line, |(_, h)| h),
        ) {
            return None;
        }
        (line, &text[line_start..])
    };
    let indent = body
        .lines()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())?;
    let mut found = Vec::new();
    let mut cursor = 0;
    for source in body.lines() {
        let spaces = source.len() - source.trim_start_matches(' ').len();
        if !source.trim().is_empty() && spaces < indent {
            break;
        }
        let content = source.get(indent..).unwrap_or_default();
        if !content.trim().is_empty() {
            let at = cursor + value.get(cursor..)?.find(content)?;
            found.push((at, line));
            cursor = at + content.len();
        }
        line += 1;
    }
    Some(found)
}

/// The file's line of the character (from 1) `differs_at` of `value`, by `lines`
/// ([`block_lines`]): the line it is on, or ends (a folded line break).
pub(in crate::ruletest) fn line_of(
    lines: &[(usize, u32)],
    value: &str,
    differs_at: usize,
) -> Option<u32> {
    let at = value
        .char_indices()
        .nth(differs_at.saturating_sub(1))
        .map_or(value.len(), |(i, _)| i);
    lines
        .iter()
        .take_while(|(start, _)| *start <= at)
        .last()
        .or(lines.first())
        .map(|(_, line)| *line)
}

fn first_line(text: &str) -> &str {
    text.split('\n').next().unwrap_or_default()
}

/// A block scalar's header, with a chomping indicator and a comment perhaps (`>-`,
/// `|+ # note`); not one with an indentation indicator (`|2`), whose lines are not
/// told apart here.
fn is_header(text: &str) -> bool {
    let text = text.split(" #").next().unwrap_or_default().trim();
    matches!(text, "|" | ">" | "|-" | ">-" | "|+" | ">+")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of the `bridge:` scalar of `text`, as the loader finds it.
    fn lines(text: &str, value: &str) -> Option<Vec<(usize, u32)>> {
        let start = text.find("bridge:").unwrap() + "bridge: ".len();
        let line = u32::try_from(text[..start].matches('\n').count() + 1).unwrap();
        block_lines(text, start, line, value)
    }

    #[test]
    fn each_line_of_a_folded_or_literal_scalar_is_found_in_its_value() {
        let text = "expect:\n  bridge: >-\n    Hi there,\n    Alex.\n\n    Bye.\nnext: 1\n";
        let value = "Hi there, Alex.\nBye.";
        let found = lines(text, value).unwrap();
        assert_eq!(found, [(0, 3), (10, 4), (16, 6)]);
        assert_eq!(line_of(&found, value, 1), Some(3));
        assert_eq!(line_of(&found, value, 12), Some(4));
        // The folded break (the space after `there,`) ends line 3.
        assert_eq!(line_of(&found, value, 10), Some(3));
        assert_eq!(line_of(&found, value, 17), Some(6));
        // One past the end: the last line.
        assert_eq!(line_of(&found, value, 21), Some(6));
        let text = "  bridge: |\n    a\n      b\n";
        assert_eq!(lines(text, "a\n  b\n").unwrap(), [(0, 2), (2, 3)]);
        // The value's place at its first line, after blank ones, not at its header.
        let text = "  bridge: |-\n\n    a\n    b\n";
        let start = text.find("a\n").unwrap();
        assert_eq!(
            block_lines(text, start, 3, "\na\nb").unwrap(),
            [(1, 3), (3, 4)]
        );
    }

    #[test]
    fn other_scalars_have_no_block_lines() {
        assert_eq!(lines("  bridge: Hi there\n", "Hi there"), None);
        assert_eq!(lines("  bridge: \"a\n    b\"\n", "a b"), None);
        assert_eq!(lines("  bridge: |2\n    a\n", "  a\n"), None);
        // Lines the value does not hold (a value read otherwise): none found.
        assert_eq!(lines("  bridge: |\n    a\n", "b"), None);
    }
}
