//! A list or mapping key written with nothing after it (`regex:`, `bridges: ~`): takes
//! serde-saphyr's "expected a list" or "expected a mapping" at the value and the text;
//! says that nothing was found, and how to write the items or entries, as the scalar keys
//! say it (`expected a number, found nothing; …`). Changes no other error.

use super::YamlError;

/// What serde-saphyr's errors say, in words, where a list or a mapping was expected.
const LIST: &str = "expected a list";
const MAPPING: &str = "expected a mapping (`key: value`)";

/// Rewords `error` (at the value of a key of `text`) when the key has no value.
pub(super) fn say_nothing_found(error: &mut YamlError, text: &str) {
    let list = error.message == LIST;
    if !(list || error.message == MAPPING) || !nothing_at(text, error.start) {
        return;
    }
    let key = key_of_line(text, error.start);
    let key = if key.is_empty() { "the key" } else { key };
    error.message = format!("{}, found nothing", error.message);
    let help = if list {
        format!(
            "write `{key}`'s items below it, each on its own line starting with `- `, indented further than `{key}:`, or on its line as `{key}: [ITEM, ITEM]`; to have none, leave the key out"
        )
    } else {
        format!(
            "write `{key}`'s entries below it, each on its own line as `name: value`, indented further than `{key}:`, or on its line as `{key}: {{ name: value }}`; to have none, leave the key out"
        )
    };
    error.help = vec![help];
}

/// Whether the value at `start` (or after the key's `:` there: serde-saphyr places a
/// missing value at the colon) is nothing: `~` or `null`, or the end of the line (a
/// comment aside) with no line below it indented further than the key's.
fn nothing_at(text: &str, start: usize) -> bool {
    let Some(rest) = text.get(start..) else {
        return false;
    };
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let (line, below) = rest.split_once('\n').unwrap_or((rest, ""));
    let value = line.split(" #").next().unwrap_or_default().trim();
    let value = value.trim_end_matches([',', '}', ']']).trim_end();
    if matches!(value, "~" | "null" | "Null" | "NULL") {
        return true;
    }
    if !(value.is_empty() || value.starts_with('#')) {
        return false;
    }
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let key_indent = indent(&text[line_start..start]);
    below
        .lines()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .is_none_or(|next| indent(next) <= key_indent)
}

/// The key before `start` on its line (`regex` in `    regex:`), or "".
pub(super) fn key_of_line(text: &str, start: usize) -> &str {
    let line_start = text[..start.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let before = text[line_start..start.min(text.len())].trim_end();
    let before = before.strip_suffix(':').unwrap_or(before);
    let key_start = before
        .trim_end_matches(|c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
        .len();
    &before[key_start..]
}

#[cfg(test)]
mod tests {
    use crate::yaml::{YamlErrorKind, from_str};

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        #[serde(default)]
        list: Vec<String>,
        #[serde(default)]
        map: std::collections::BTreeMap<String, String>,
        #[serde(default)]
        other: Option<String>,
    }

    /// `regex:` said ``expected a list``, `bridges:` ``expected a mapping (`key: value`)``,
    /// where scalar keys say that nothing was found and what to do.
    #[test]
    fn a_list_or_mapping_key_with_nothing_says_nothing_was_found() {
        for (yaml, message, key) in [
            (
                "list:\nother: x\n",
                "expected a list, found nothing",
                "list",
            ),
            ("list: ~\n", "expected a list, found nothing", "list"),
            (
                "list: # none yet\n",
                "expected a list, found nothing",
                "list",
            ),
            (
                "map:\n",
                "expected a mapping (`key: value`), found nothing",
                "map",
            ),
        ] {
            let err = from_str::<Doc>(yaml).unwrap_err();
            assert_eq!(err.kind, YamlErrorKind::WrongType, "{yaml}");
            assert_eq!(err.message, message, "{yaml}");
            assert_eq!(err.line, 1, "{yaml}");
            assert_eq!(err.help.len(), 1, "{yaml}");
            assert!(
                err.help[0].starts_with(&format!("write `{key}`'s")),
                "{:?}",
                err.help
            );
            assert!(
                err.help[0].ends_with("to have none, leave the key out"),
                "{:?}",
                err.help
            );
        }
        // A value that is something else keeps its own words.
        let err = from_str::<Doc>("list: help\n").unwrap_err();
        assert!(!err.message.contains("nothing"), "{}", err.message);
    }
}
