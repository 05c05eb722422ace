//! Help for the parser's "mapping values are not allowed in this context" at a `key:`
//! line indented further than the key above it (review 17, item 4): `     when:` one
//! space deeper than `severity: high` is read as more of `high` (a plain value goes on
//! over lines indented further than its key), whose `: ` then starts a key where none
//! can be. Quoting the value, the help for `text: Hi: I'm Sam`, is the wrong fix there.
//! Takes the text and the error's line and column; gives the help, or nothing when the
//! error is not at such a line's key.

/// Lines looked at above the error's line for the key whose value it goes on with.
const MAX_LINES: usize = 50;

/// The help for the error at `line`:`column` (1-based) of `text`, when the error is at
/// the `:` of a `key:` line that a plain value on a key above it goes on over.
pub(super) fn help(text: &str, line: u32, column: u32) -> Option<String> {
    let at = usize::try_from(line).ok()?.checked_sub(1)?;
    let this = text.lines().nth(at)?;
    let (indent, key) = key_of(this)?;
    // At this line's own `:`, not one further on (`text: Hi: I'm Sam`).
    if u32::try_from(indent + key.chars().count() + 1).ok()? != column {
        return None;
    }
    let lines: Vec<&str> = text.lines().take(at).collect();
    let first = at.saturating_sub(MAX_LINES);
    for above in lines.get(first..)?.iter().rev() {
        let content = above.trim_start_matches(' ');
        if content.trim().is_empty() || content.starts_with('#') {
            continue;
        }
        let start = above.len() - content.len();
        // A line of the value (`for a refund` under `description: The customer asks`).
        if start > indent {
            continue;
        }
        // An item's first key (`- id: x`) starts after its `- `.
        let item = content.strip_prefix("- ").map(|rest| {
            let key = rest.trim_start_matches(' ');
            (start + 2 + rest.len() - key.len(), key)
        });
        let (key_start, entry) = item.unwrap_or((start, content));
        let (above_key, value) = split_key(entry)?;
        let value = value.trim_start_matches(' ');
        let plain = !value.is_empty()
            && !value.starts_with(['#', '"', '\'', '|', '>', '[', '{', '&', '*', '!']);
        if key_start >= indent || !plain {
            return None;
        }
        let (line_above, to) = (line, key_start + 1);
        return Some(format!(
            "line {line_above} is indented further than `{above_key}:` above it, so YAML \
             reads it as more of that value; indent it to column {to}"
        ));
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

    /// Review 17, item 4: a key one or two spaces too deep was told to quote its value.
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
}
