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
    // An item of a block list (`- hello`) has no key: `key_of_line` gives its `-`.
    let key = super::nothing::key_of_line(text, error.start).trim_start_matches('-');
    error.message = format!("{MAPPING}, found `{}`", crate::text::shown(written));
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
            Some("messages") => format!(
                "a message is a mapping of its role to its text: write `- customer: {value}` (or `bot:`, `agent:`)"
            ),
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

/// The plain or quoted scalar written at `start`, whole (a plain one to a comment, or in
/// a flow mapping to `,` or `}`), or `None` for anything else: a list, a mapping, an
/// anchor, an alias, a tag, a block scalar, nothing.
fn scalar_at(text: &str, start: usize) -> Option<&str> {
    let rest = text.get(start..)?;
    let line = rest.split(['\n', '\r']).next().unwrap_or_default();
    let written = match line.chars().next()? {
        quote @ ('"' | '\'') => {
            let end = line[1..].find(quote)? + 2;
            &line[..end]
        }
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

#[cfg(test)]
mod tests {
    use crate::yaml::{YamlErrorKind, from_str};

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        default_route: Option<Route>,
        other: Option<Route>,
        message: Option<Route>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Route {
        team: String,
    }

    fn error(text: &str) -> (String, Vec<String>) {
        let err = from_str::<Doc>(text).unwrap_err();
        assert_eq!(err.kind, YamlErrorKind::WrongType, "{err:?}");
        (err.message, err.help)
    }

    /// `default_route: sales` said "expected a mapping (`key: value`)", no more.
    #[test]
    fn one_value_where_a_mapping_belongs_says_what_to_write() {
        for (text, found, help) in [
            (
                "default_route: sales\n",
                "`sales`",
                "`default_route` names its team in a mapping: write `default_route: { team: sales }`",
            ),
            (
                "default_route: \"sales team\" # the default\n",
                "`\"sales team\"`",
                "`default_route` names its team in a mapping: write `default_route: { team: \"sales team\" }`",
            ),
            (
                "message: too expensive\n",
                "`too expensive`",
                "a `message` condition lists its phrases (or names a `signal:`) in a mapping: write `message: { phrases: [too expensive] }`",
            ),
            (
                "{ other: 5, message: { team: a } }\n",
                "`5`",
                "`other` takes a mapping: write its entries as `other: { name: value }`, or below it, each on its own line as `name: value`, indented further than `other:`",
            ),
        ] {
            let (message, helps) = error(text);
            assert_eq!(
                message,
                format!("expected a mapping (`key: value`), found {found}"),
                "{text}"
            );
            assert_eq!(helps, [help], "{text}");
        }
    }

    /// A list, nothing, an alias or a tag where a mapping belongs is not one value.
    #[test]
    fn what_is_not_one_value_is_left_as_it_was() {
        for text in [
            "default_route: [a]\n",
            "default_route: ~\n",
            "default_route:\n",
            "default_route: !!str a\n",
        ] {
            // (Nothing is the key left out, for this `Option`.)
            if let Err(err) = from_str::<Doc>(text) {
                assert!(
                    !err.message
                        .starts_with("expected a mapping (`key: value`), found `"),
                    "{text}: {}",
                    err.message
                );
                assert!(
                    err.help.iter().all(|h| !h.contains("takes a mapping")),
                    "{text}"
                );
            }
        }
    }

    /// `equals: [gold, silver]` said "expected a single value …, not a list or mapping,
    /// found a list", with no word of `in:`, which takes the list.
    #[test]
    fn a_list_for_equals_is_told_to_be_in() {
        use crate::rules::schema::RawMetaCondition;
        for (text, help) in [
            (
                "{ field: tier, equals: [gold, silver] }\n",
                "`equals` tests one value; to test for any of several, write `in: [gold, silver]` in its place",
            ),
            (
                "field: tier\nequals:\n  - gold\n  - silver\n",
                "`equals` tests one value; to test for any of several, write `in: [A, B]` in its place",
            ),
        ] {
            let err = from_str::<RawMetaCondition>(text).unwrap_err();
            assert_eq!(
                err.message,
                "expected a single value (text, a number, true or false), found a list",
                "{text}"
            );
            assert_eq!(err.help, [help], "{text}");
        }
        let err = from_str::<RawMetaCondition>("{ field: tier, equals: { a: 1 } }\n").unwrap_err();
        assert!(err.message.ends_with("found a mapping"), "{}", err.message);
        assert!(err.help.is_empty(), "{:?}", err.help);
    }
}
