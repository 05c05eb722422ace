//! How far an error's underline reaches: the byte where a wrong value, an unknown name
//! or a value pointed at ends, from the text and where it starts (the whole scalar, a
//! flow collection to its closing bracket, a value over several lines to the end of its
//! first line). Takes the text and a start; gives an end. Where the error is, is
//! `place`'s.

/// The end of the plain or quoted scalar starting at byte `start` of `text`, when it
/// ends past `end`: an unknown name is underlined whole, as an unknown signal is
/// (serde-saphyr gives one character of it).
pub(super) fn scalar_end(text: &str, start: usize, end: usize) -> usize {
    let Some(rest) = text.get(start..) else {
        return end;
    };
    let len = match rest.chars().next() {
        Some(quote @ ('"' | '\'')) => rest[1..].find(quote).map_or(0, |i| i + 2),
        _ => rest
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | '}' | ']' | ':' | '#'))
            .unwrap_or(rest.len()),
    };
    end.max(start + len)
}

/// The end of a wrong value at byte `start` of `text` (`threshold:
/// "2"`, `negation: yes`, `severity: [high]` were underlined by their first character,
/// where an unknown key is underlined whole): a flow sequence or mapping to its closing
/// bracket when that is on its line, a quoted or plain scalar whole (serde-saphyr's
/// span, `len`, when it gives one within the line: a plain scalar may hold spaces). A
/// collection over several lines (a flow one closing on a later line, a block list) to
/// the end of its first line, before a comment (not one character):
/// the underline, like the caret line, stays on one line. Never before `end`.
pub(super) fn wrong_value_end(text: &str, start: usize, end: usize, len: Option<usize>) -> usize {
    let Some(rest) = text.get(start..) else {
        return end;
    };
    let line = rest.find(['\n', '\r']).unwrap_or(rest.len());
    let block_item = rest
        .strip_prefix('-')
        .is_some_and(|r| r.is_empty() || r.starts_with(char::is_whitespace));
    let whole = if rest.starts_with(['{', '[']) {
        closing(rest)
            .filter(|&n| n <= line)
            .or_else(|| Some(first_line(&rest[..line])))
    } else if block_item {
        Some(first_line(&rest[..line]))
    } else {
        len.filter(|&n| n <= line && !rest.starts_with(['"', '\'', '|', '>']))
    };
    let scalar = scalar_end(text, start, end);
    whole.map_or(scalar, |n| scalar.max(start + n)).max(end)
}

/// The length of `line` before its comment (a `#` after a space, outside quotes) and the
/// spaces before that.
fn first_line(line: &str) -> usize {
    let mut quote: Option<char> = None;
    let mut before = ' ';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            // A quote opens a scalar only at its start (`it's` holds none).
            (None, '"' | '\'') if before.is_whitespace() || "[{,:".contains(before) => {
                quote = Some(c);
            }
            (None, '#') if before.is_whitespace() => return line[..i].trim_end().len(),
            _ => {}
        }
        before = c;
    }
    line.trim_end().len()
}

/// The end of the value at byte `start` of `text`, to underline it whole: a flow
/// mapping or sequence (`{ message: { signal: person } }`) to its closing bracket, a
/// block mapping's first line (`message: { role: customer }`, `all:`) to the end of
/// that line, before a comment. At least one byte.
pub(crate) fn value_end(text: &str, start: usize) -> usize {
    let Some(rest) = text.get(start..) else {
        return start + 1;
    };
    let line = rest.find(['\n', '\r']).unwrap_or(rest.len());
    let len = if rest.starts_with(['{', '[']) {
        closing(rest).unwrap_or(line)
    } else {
        let line = &rest[..line];
        let content = line.find(" #").map_or(line, |i| &line[..i]);
        content.trim_end().len()
    };
    start + len.max(1)
}

/// The length of the flow collection `text` starts with, through its closing bracket,
/// quoted strings skipped; `None` when it does not close.
fn closing(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '"' | '\'') => quote = Some(c),
            (None, '{' | '[') => depth += 1,
            (None, '}' | ']') => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod whole_values {
    use super::{value_end, wrong_value_end};

    /// A wrong value is underlined whole, not by its first character.
    #[test]
    fn a_wrong_value_is_underlined_whole() {
        fn whole(text: &str, len: Option<usize>) -> &str {
            let start = text.find(": ").unwrap() + 2;
            &text[start..wrong_value_end(text, start, start + 1, len)]
        }
        assert_eq!(whole("threshold: \"2\" # two\n", None), "\"2\"");
        assert_eq!(whole("negation: yes\n", Some(3)), "yes");
        assert_eq!(
            whole("severity: [high, \"a]\"]  # x\n", Some(1)),
            "[high, \"a]\"]"
        );
        assert_eq!(whole("x: { a: [b] }, y: 1\n", None), "{ a: [b] }");
        assert_eq!(whole("{ severity: very high }\n", Some(9)), "very high");
        assert_eq!(whole("severity: very high\n", None), "very");
        // A collection that closes on a later line: its first line.
        assert_eq!(whole("severity: [high,\n  low]\n", Some(1)), "[high,");
        assert_eq!(
            whole("severity: [ \"a #\", it's  # x\n  low]\n", Some(1)),
            "[ \"a #\", it's"
        );
        assert_eq!(whole("x: {a: 1,  \r\n b: 2}\n", None), "{a: 1,");
        assert_eq!(whole("x: [\n  a]\n", None), "[");
        // A block list: its first item's line, before a comment.
        let text = "severity:\n  - high   # x\n  - low\n";
        let start = text.find('-').unwrap();
        assert_eq!(
            &text[start..wrong_value_end(text, start, start + 1, Some(1))],
            "- high"
        );
        let text = "severity:\n-\n  - a\n";
        let start = text.find('-').unwrap();
        assert_eq!(
            &text[start..wrong_value_end(text, start, start + 1, None)],
            "-"
        );
        // A plain scalar that starts with a dash is no list.
        assert_eq!(whole("severity: -high x\n", Some(5)), "-high");
        // A span past the line: the token.
        assert_eq!(whole("a: b\n  c\n", Some(6)), "b");
        assert_eq!(wrong_value_end("a", 5, 6, None), 6);
    }

    #[test]
    fn a_value_is_underlined_whole() {
        let text = "when: { message: { signal: \"a}b\" } } # note\n";
        let start = text.find('{').unwrap();
        assert_eq!(
            &text[start..value_end(text, start)],
            "{ message: { signal: \"a}b\" } }"
        );
        let text = "    message: { role: customer, signal: legal }  # why\n    x: 1\n";
        let start = text.find('m').unwrap();
        assert_eq!(
            &text[start..value_end(text, start)],
            "message: { role: customer, signal: legal }"
        );
        // One that does not close: its line; past the end: one byte.
        let text = "when: { message: {\n";
        assert_eq!(value_end(text, 6), text.len() - 1);
        assert_eq!(value_end("x", 5), 6);
        assert_eq!(value_end("all:\n  - a", 0), 4);
    }
}
