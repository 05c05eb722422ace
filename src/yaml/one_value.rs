//! A mapping key given one value (`default_route: sales`, `message: help`): takes
//! serde-saphyr's "expected a mapping" at a scalar, and the text; says what was found,
//! and how the key's entries are written, with the value in its place where the key
//! says which entry it is (`default_route: { team: sales }`). It said "expected a
//! mapping (`key: value`)" alone, which a review found left the user to guess what the
//! mapping holds. Changes no other error; nothing written is `nothing`'s.
//!
//! And the reverse, a list where a `meta` condition's `equals` takes one value
//! (`equals: [gold, silver]`): help to write `in:`, which takes the list.

use super::YamlError;

/// What serde-saphyr's error says, in words, where a mapping was expected.
const MAPPING: &str = "expected a mapping (`key: value`)";

/// Rewords `error` (at the value of a key of `text`) when the value is one plain or
/// quoted scalar.
pub(super) fn say_value_found(error: &mut YamlError, text: &str) {
    if error.message != MAPPING || !error.help.is_empty() {
        return;
    }
    let Some(written) = scalar_at(text, error.start) else {
        return;
    };
    // A block of text (`key: |` and its lines): serde-saphyr places the error at its
    // first line, which alone was quoted as if it were the value.
    if let Some(indicator) = block_indicator_before(text, error.start) {
        error.message = format!(
            "{MAPPING}, found a block of text (`{indicator}`) starting `{}`…",
            crate::text::shown(written)
        );
        error.help = vec![format!(
            "`{indicator}` starts a block of text, where a mapping belongs: remove it, and write the entries below the key, each on its own line as `name: value`"
        )];
        return;
    }
    // A plain value over several lines is one value, its lines joined by spaces; so is a
    // quoted one (it was "expected a mapping" alone, its end past its first line).
    let quoted = written.starts_with(['"', '\'']);
    let folded = if quoted {
        written.contains('\n').then(|| fold_quoted(written))
    } else {
        plain_continued(text, error.start, written)
    };
    let written = folded.as_deref().unwrap_or(written);
    // An item of a block list (`- hello`) has no key: `key_of_line` gives its `-`.
    let key = super::nothing::key_of_line(text, error.start).trim_start_matches('-');
    error.message = match &folded {
        Some(_) if quoted => format!(
            "{MAPPING}, found `{}` (a quoted value over several lines)",
            crate::text::as_written(written)
        ),
        Some(_) => format!(
            "{MAPPING}, found `{}` (a plain value over several lines)",
            crate::text::shown(written)
        ),
        // As the author wrote it, its escapes (`\"`) as they are: the file's text.
        None => format!("{MAPPING}, found `{}`", crate::text::as_written(written)),
    };
    // A plain value as the entry it would be; a quoted one as it is.
    let value = written;
    let help = match key {
        "default_route" => {
            format!(
                "`default_route` names its team in a mapping: write `default_route: {{ team: {value} }}`"
            )
        }
        "message" => format!(
            "a `message` condition lists its phrases (or names a `signal:`) in a mapping: write `message: {{ phrases: [{value}] }}`"
        ),
        "seen" => format!(
            "a `seen` condition names its signal in a mapping: write `seen: {{ signal: {value} }}`"
        ),
        "" => match list_of_item(text, error.start) {
            Some("messages") => match role_inside_quotes(value) {
                // `- "customer: Fix it today"`: the role went inside the quotes.
                Some((role, quoted)) => format!(
                    "a message is a mapping of its role to its text, and the quotes make `{role}:` part of the text: write `- {role}: {quoted}`"
                ),
                None => format!(
                    "a message is a mapping of its role to its text: write `- customer: {value}` (or `bot:`, `agent:`)"
                ),
            },
            // An item of another list, or no key: what was found says it.
            _ => return,
        },
        key => format!(
            "`{key}` takes a mapping: write its entries as `{key}: {{ name: value }}`, or below it, each on its own line as `name: value`, indented further than `{key}:`"
        ),
    };
    error.help = vec![help];
}

/// Adds to `error` (a list or mapping at the value of a key of `text`, where a single
/// value belongs) the help to write `in:` when the key is `equals`, which tests one
/// value where `in` tests each of a list.
pub(super) fn say_equals_takes_one(error: &mut YamlError, text: &str) {
    if !error.message.starts_with("expected a single value")
        || !error.message.ends_with("found a list")
        || super::words::key_before(text, error.start) != Some("equals")
    {
        return;
    }
    let written = text.get(error.start..error.end).unwrap_or_default();
    let example = if written.starts_with('[') && !written.contains('\n') {
        format!("`in: {written}`")
    } else {
        "`in: [A, B]`".to_owned()
    };
    error.help.push(format!(
        "`equals` tests one value; to test for any of several, write {example} in its place"
    ));
}

/// A quoted value that starts with a role a rule test's message takes and a colon
/// (`"customer: Fix it today"`, `"Bot: ok"`): the role, as the key is written
/// (`customer`, `bot`), and the rest in the same quotes (`"Fix it today"`). Not for
/// another word (`"system: boot"`: `system:` is no key either). The text after the
/// role keeps its escapes (`\"now\"`, `it''s`), which the same quotes hold as they are.
fn role_inside_quotes(value: &str) -> Option<(&'static str, String)> {
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let inner = value.strip_prefix(quote)?.strip_suffix(quote)?;
    let (role, rest) = inner.split_once(':')?;
    let rest = rest.strip_prefix(' ')?.trim_start();
    let role = crate::transcript::mapping::ROLES
        .into_iter()
        .find(|r| r.eq_ignore_ascii_case(role.trim()))?;
    (!rest.is_empty()).then(|| (role, format!("{quote}{rest}{quote}")))
}

/// The key of the block list whose item starts at `start` (after its `- `): the
/// nearest `key:` line above, indented less than the item's `-`.
fn list_of_item(text: &str, start: usize) -> Option<&str> {
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let before = text.get(line_start..start)?;
    let dash = before.trim_end().strip_suffix('-')?;
    if !dash.bytes().all(|b| b == b' ') {
        return None;
    }
    let indent = dash.len();
    text.get(..line_start)?.lines().rev().find_map(|line| {
        let content = line.trim_start_matches(' ');
        let at = line.len() - content.len();
        if content.is_empty() || content.starts_with('#') || at >= indent {
            return None;
        }
        Some(
            content
                .trim_start_matches("- ")
                .trim_end()
                .strip_suffix(':')
                .unwrap_or(""),
        )
    })
}

/// The block scalar indicator (`|`, `>-`, `|2`…) that ends the line before the one
/// `start` is on (the key's: `key: |`), when the value at `start` is that block's first
/// line.
fn block_indicator_before(text: &str, start: usize) -> Option<&str> {
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    if !text.get(line_start..start)?.trim().is_empty() {
        return None;
    }
    let above = text.get(..line_start)?;
    let key_line = above.lines().rev().find(|l| !l.trim().is_empty())?;
    let before_comment = key_line.split(" #").next().unwrap_or_default().trim_end();
    let last = before_comment.rsplit([' ', '\t']).next()?;
    let mut chars = last.chars();
    let is_block = matches!(chars.next(), Some('|' | '>'))
        && chars.all(|c| matches!(c, '+' | '-' | '1'..='9'))
        && last.len() <= 3
        && before_comment.len() > last.len();
    is_block.then_some(last)
}

/// A plain scalar `first` (the first line of it, at `start`) that goes on over the lines
/// after it, indented further than its key: those lines joined by spaces, as YAML reads
/// them; `None` when it is on one line, quoted or in a flow collection.
fn plain_continued(text: &str, start: usize, first: &str) -> Option<String> {
    if first.starts_with(['"', '\'']) || super::words::in_flow(text, start) {
        return None;
    }
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
    // The key's line: this one (`key: value`), or the one above (`key:` alone).
    let this = text.get(line_start..)?.lines().next().unwrap_or_default();
    let key_indent = if text.get(line_start..start)?.trim().is_empty() {
        let above = text.get(..line_start)?;
        indent(above.lines().rev().find(|l| !l.trim().is_empty())?)
    } else {
        indent(this)
    };
    let mut words = vec![first.to_owned()];
    for line in text.get(line_start..)?.lines().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        if indent(line) <= key_indent || line.trim_start().starts_with('#') {
            break;
        }
        words.push(
            line.split(" #")
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned(),
        );
    }
    (words.len() > 1).then(|| words.join(" "))
}

/// The plain or quoted scalar written at `start`, whole (a plain one to a comment, or in
/// a flow mapping to `,` or `}`), or `None` for anything else: a list, a mapping, an
/// anchor, an alias, a tag, a block scalar, nothing.
fn scalar_at(text: &str, start: usize) -> Option<&str> {
    let rest = text.get(start..)?;
    let line = rest.split(['\n', '\r']).next().unwrap_or_default();
    let written = match line.chars().next()? {
        // Quoted, it may go on over the lines after (to its closing quote).
        quote @ ('"' | '\'') => &rest[..quoted_end(rest, quote)?],
        '{' | '[' | '&' | '*' | '!' | '|' | '>' | '#' | '~' | ' ' | '\t' => return None,
        _ => {
            let plain = line.split(" #").next().unwrap_or_default();
            let plain = if super::words::in_flow(text, start) {
                plain.split([',', '}', ']']).next().unwrap_or_default()
            } else {
                plain
            };
            plain.trim_end()
        }
    };
    (!written.is_empty() && !matches!(written, "null" | "Null" | "NULL")).then_some(written)
}

/// A quoted scalar written over several lines on one, as YAML reads it: each line break,
/// with the blanks around it, one space.
fn fold_quoted(written: &str) -> String {
    written
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where the quoted scalar that `line` starts with ends (after its closing quote): past
/// the escapes inside it (`\"` in double quotes, `''` in single ones), which a search
/// for the next quote took for its end (`"he said \"now\""` was cut at `\"`).
fn quoted_end(line: &str, quote: char) -> Option<usize> {
    let mut chars = line.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            c if c == quote => {
                if quote == '\'' && chars.peek().is_some_and(|&(_, next)| next == '\'') {
                    chars.next();
                } else {
                    return Some(i + c.len_utf8());
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests;
