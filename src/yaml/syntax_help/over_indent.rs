//! Help for the parser's "mapping values are not allowed in this context" at a `key:`
//! line indented further than the key above it: `     when:` one
//! space deeper than `severity: high` is read as more of `high` (a plain value goes on
//! over lines indented further than its key), whose `: ` then starts a key where none
//! can be. Quoting the value, the help for `text: Hi: I'm Sam`, is the wrong fix there.
//! Takes the text and the error's line and column; gives the help, or nothing when the
//! error is not at such a line's key.

/// Lines looked at above the error's line for the key whose value it goes on with.
const MAX_LINES: usize = 50;

/// The help for the error at `line`:`column` (1-based) of `text`, when the error is at
/// the `:` of a `key:` line that a plain value on a key above it goes on over, its
/// lines between indented deeper than that key, at, above or below the error's key
/// (a line of the value at or left of the error's key does not hide it).
pub(super) fn help(text: &str, line: u32, column: u32) -> Option<String> {
    let (at, indent, key) = key_line(text, line)?;
    // At this line's own `:`, not one further on (`text: Hi: I'm Sam`).
    if u32::try_from(indent + key.chars().count() + 1).ok()? != column {
        return None;
    }
    let owner = owner(text, at, indent)?;
    let plain = !owner.value.is_empty()
        && !owner
            .value
            .starts_with(['#', '"', '\'', '|', '>', '[', '{', '&', '*', '!']);
    (plain && owner.least > owner.key_start).then(|| {
        format!(
            "line {line} is indented further than `{}:` above it, so YAML reads it as more \
             of that value; indent it to column {}",
            owner.key,
            owner.key_start + 1
        )
    })
}

/// The help for "did not find expected key" at the start (`line`:`column`, 1-based) of a
/// `key:` line indented further than a key above it whose value is a block scalar
/// (`description: |`) with its text deeper still: the line ends the text and is no key
/// of the mapping.
pub(super) fn after_block(text: &str, line: u32, column: u32) -> Option<String> {
    let (at, indent, _) = key_line(text, line)?;
    if u32::try_from(indent + 1).ok()? != column {
        return None;
    }
    let owner = owner(text, at, indent)?;
    let block = owner.value.starts_with(['|', '>']);
    (block && owner.least > indent && owner.least != usize::MAX).then(|| {
        format!(
            "line {line} is indented further than `{key}:` above it and less than the text \
             of its block scalar, so YAML reads it as neither more of that text nor a key \
             beside `{key}:`; indent it to column {}",
            owner.key_start + 1,
            key = owner.key,
        )
    })
}

/// The help for "did not find expected key" at the start (`line`:`column`, 1-based) of a
/// `key:` line indented further than the key above it, whose value is closed on its own
/// line: a flow mapping or list (`when: { … }`), or quoted text. The line can be no
/// more of that value, nor a key beside it; the parser said only "did not find expected
/// key", which a review found left the user to count spaces.
pub(super) fn after_closed_value(text: &str, line: u32, column: u32) -> Option<String> {
    let (at, indent, _) = key_line(text, line)?;
    if u32::try_from(indent + 1).ok()? != column {
        return None;
    }
    let owner = owner(text, at, indent)?;
    let closed = owner.value.starts_with(['{', '[', '"', '\'']) && owner.least == usize::MAX;
    (closed && indent > owner.key_start).then(|| {
        format!(
            "line {line} is indented further than `{key}:` above it, whose value ends on its \
             line, so YAML reads it as neither more of that value nor a key beside `{key}:`; \
             indent it to column {}",
            owner.key_start + 1,
            key = owner.key,
        )
    })
}

/// The 0-based index, indentation and key of `line` (1-based) of `text`, when it is a
/// `key:` line.
fn key_line(text: &str, line: u32) -> Option<(usize, usize, &str)> {
    let at = usize::try_from(line).ok()?.checked_sub(1)?;
    let (indent, key) = key_of(text.lines().nth(at)?)?;
    Some((at, indent, key))
}

/// The key above a line whose value that line may go on with.
struct Owner<'t> {
    key: &'t str,
    /// Where the key starts (0-based; after the `- ` of an item's first key).
    key_start: usize,
    /// What follows its `:`, without the spaces before.
    value: &'t str,
    /// The least indentation of the lines between it and the line (`usize::MAX` when
    /// none): each must be deeper than the key to be a line of its value.
    least: usize,
}

/// The nearest `key:` line above line `at` (0-based) of `text` indented less than
/// `indent`, over blank lines, comments and lines that are no key (lines of a value,
/// at any indentation), and key lines deeper than `indent` (of a block scalar's text).
/// `None` when a key line at or left of `indent` comes first.
fn owner(text: &str, at: usize, indent: usize) -> Option<Owner<'_>> {
    let lines: Vec<&str> = text.lines().take(at).collect();
    let first = at.saturating_sub(MAX_LINES);
    let mut least = usize::MAX;
    for above in lines.get(first..)?.iter().rev() {
        let content = above.trim_start_matches(' ');
        if content.trim().is_empty() || content.starts_with('#') {
            continue;
        }
        let start = above.len() - content.len();
        // An item's first key (`- id: x`) starts after its `- `.
        let item = content.strip_prefix("- ").map(|rest| {
            let key = rest.trim_start_matches(' ');
            (start + 2 + rest.len() - key.len(), key)
        });
        let (key_start, entry) = item.unwrap_or((start, content));
        match split_key(entry) {
            Some((key, value)) if key_start < indent => {
                let value = value.trim_start_matches(' ');
                return Some(Owner {
                    key,
                    key_start,
                    value,
                    least,
                });
            }
            Some(_) if start <= indent => return None,
            // A line of a value (`for a refund` under `description: The customer asks`).
            _ => least = least.min(start),
        }
    }
    None
}

/// A `key: value` (or `key:`) line's indentation (in spaces) and key; not a list item,
/// a comment, nor a quoted or flow key.
fn key_of(line: &str) -> Option<(usize, &str)> {
    let content = line.trim_start_matches(' ');
    if content.starts_with("- ") || content == "-" {
        return None;
    }
    let (key, _) = split_key(content)?;
    Some((line.len() - content.len(), key))
}

/// `key` and what follows `key:` on a line written `key: value` or `key:`, with a plain
/// key.
fn split_key(content: &str) -> Option<(&str, &str)> {
    let end = content
        .match_indices(':')
        .map(|(i, _)| i)
        .find(|&i| content[i + 1..].is_empty() || content[i + 1..].starts_with([' ', '\t']))?;
    let key = &content[..end];
    let plain = !key.is_empty()
        && !key.starts_with(['#', '"', '\'', '[', '{', '-', '?', '&', '*', '!'])
        && !key.contains(" #");
    plain.then(|| (key, &content[end + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRIGGER: &str = "triggers:\n  - id: refund-request\n    severity: high\n";

    /// A key one or two spaces too deep was told to quote its value.
    #[test]
    fn a_key_indented_further_than_the_one_above_is_told_so() {
        for (spaces, column) in [(5, 10), (6, 11)] {
            let text = format!("{TRIGGER}{}when: {{ a: b }}\n", " ".repeat(spaces));
            assert_eq!(
                help(&text, 4, column).as_deref(),
                Some(
                    "line 4 is indented further than `severity:` above it, so YAML reads it as more of that value; indent it to column 5"
                ),
                "{spaces} spaces"
            );
        }
        // Under an item's first key, over the lines of a value and a comment.
        let text = "triggers:\n  - id: refund\n     when: x\n";
        let help = help(text, 3, 10).unwrap();
        assert!(help.contains("than `id:` above it"), "{help}");
        assert!(help.ends_with("indent it to column 5"), "{help}");
        let text = "a:\n  description: The customer\n    asks for more\n\n  # note\n   when: x\n";
        let help = super::help(text, 6, 8).unwrap();
        assert!(
            help.starts_with("line 6 is indented further than `description:`"),
            "{help}"
        );
        assert!(help.ends_with("column 3"), "{help}");
    }

    /// The other mistakes that give the same parser message keep their help.
    #[test]
    fn a_colon_in_a_value_or_a_key_under_no_plain_value_is_not_this() {
        for (text, line, column) in [
            // `: ` inside a value: the error is past the line's own key.
            ("text: Hi: I'm Sam\n", 1, 9),
            (&format!("{TRIGGER}    name: Day: the team\n"), 4, 14),
            // The key above has no value on its line, or a quoted one.
            ("a:\n   b: 1\n", 2, 5),
            ("a: \"x\"\n  b: 1\n", 2, 4),
            ("a: |\n  b: 1\n", 2, 4),
            // Not a key line; no key above; out of the text.
            ("a: x\n  - b: 1\n", 2, 6),
            ("  b: 1\n", 1, 4),
            ("a: x\n", 9, 1),
            ("", 0, 0),
        ] {
            assert_eq!(help(text, line, column), None, "{text:?}");
        }
    }

    /// The value above has a line at or left of the over-indented key (a
    /// plain value going on over lines less deep than the key), or is a block scalar
    /// whose text the key ends: the help says so (it once gave none, or the wrong one).
    #[test]
    fn a_key_under_a_value_over_several_lines_is_told_so() {
        let item = "triggers:\n  - id: x\n    description: The customer\n";
        for (rest, line, column) in [
            // The value's next line at the key's indentation, and left of it.
            ("     asks for more\n     when: y\n", 5, 10),
            ("     asks for more\n      when: y\n", 5, 11),
            (
                "      asks\n     for more\n\n     # c\n     when: y\n",
                8,
                10,
            ),
        ] {
            let help = help(&format!("{item}{rest}"), line, column);
            assert_eq!(
                help.as_deref(),
                Some(&*format!(
                    "line {line} is indented further than `description:` above it, so YAML reads it as more of that value; indent it to column 5"
                )),
                "{rest:?}"
            );
            assert_eq!(
                after_block(&format!("{item}{rest}"), line, column - 5),
                None
            );
        }
        for (text, line) in [
            (
                "a:\n  description: |\n    The customer\n    asks\n   when: y\n",
                5,
            ),
            (
                "a:\n  b: >-\n    Note: the text\n\n    # not a comment\n   when: y\n",
                6,
            ),
        ] {
            let help = after_block(text, line, 4).unwrap();
            assert!(
                help.starts_with(&format!("line {line} is indented further than `")),
                "{help}"
            );
            assert!(
                help.contains("less than the text of its block scalar"),
                "{help}"
            );
            assert!(help.ends_with("indent it to column 3"), "{help}");
            assert_eq!(super::help(text, line, 8), None, "{text:?}");
        }
    }

    /// `severity:` one space deeper than `when: { … }` above it was "did not find
    /// expected key" with no help.
    #[test]
    fn a_key_deeper_than_a_closed_value_above_is_told_its_column() {
        for (text, line, column) in [
            ("- id: t\n  when: { a: 1 }\n   severity: high\n", 3, 4),
            ("a:\n  b: [1, 2]\n\n    # c\n    c: 2\n", 5, 5),
            ("a:\n  b: \"x\"\n   c: 2\n", 3, 4),
        ] {
            let help = after_closed_value(text, line, column).unwrap();
            assert!(
                help.starts_with(&format!("line {line} is indented further than `")),
                "{help}"
            );
            assert!(help.ends_with("indent it to column 3"), "{help}");
        }
        for (text, line, column) in [
            // A flow mapping over lines, a plain or block value, the key at its column,
            // the error elsewhere on the line.
            ("a:\n  b: { x: 1,\n    y: 2 }\n   c: 2\n", 4, 4),
            ("a:\n  b: x\n   c: 2\n", 3, 4),
            ("a:\n  b: |\n   c: 2\n", 3, 4),
            ("a:\n  b: { x: 1 }\n  c: 2\n", 3, 3),
            ("a:\n  b: { x: 1 }\n   c: 2\n", 3, 6),
            ("", 1, 1),
        ] {
            assert_eq!(after_closed_value(text, line, column), None, "{text:?}");
        }
    }

    /// What looks like it but is not: a line of the value left of the key above, a key
    /// left of the block text's key, a block scalar without text, a plain value over
    /// lines for "did not find expected key" (a comment ended it), the error elsewhere.
    #[test]
    fn a_key_under_no_value_over_several_lines_is_not_this() {
        for (text, line, column) in [
            ("a: The customer\nasks\n  when: y\n", 3, 7),
            ("a:\n  b: |\n    text\n c: 2\n", 4, 3),
        ] {
            assert_eq!(help(text, line, column), None, "{text:?}");
        }
        for (text, line, column) in [
            ("a:\n  b: |\n    text\n c: 2\n", 4, 2),
            ("a:\n  b: 1\n c: 2\n", 3, 2),
            ("a:\n  b: |\n   c: 2\n", 3, 4),
            ("a:\n  b: x\n\n   # c\n   c: 2\n", 5, 4),
            ("a:\n  b: |\n    text\n   c: 2\n", 4, 5),
            ("a:\n  b: |\n  text\n   c: 2\n", 4, 4),
            ("", 1, 1),
        ] {
            assert_eq!(after_block(text, line, column), None, "{text:?}");
        }
    }
}
