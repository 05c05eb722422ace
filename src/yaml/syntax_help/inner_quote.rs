//! Help for a quote inside a quoted value: `text: "Hi {{ customer["First Name"] }}."`
//! ends its value at the second `"`, and the parser says only "invalid trailing content
//! after double-quoted scalar". Takes the error's line and message; gives the line's
//! value quoted the other way when that is only changing the quotes, and the block
//! scalar, which needs no quotes.

/// Help for the parser's `message` about the quoted value on `line`, or `None` when the
/// message is not about content after a quoted value.
pub(super) fn help(line: Option<&str>, message: &str) -> Option<String> {
    let double = if message.contains("after double-quoted scalar") {
        true
    } else if message.contains("after single-quoted scalar") {
        false
    } else {
        return None;
    };
    let (quote, other) = if double { ('"', '\'') } else { ('\'', '"') };
    let example = line.and_then(|l| requoted(l, quote, other));
    let example = example.map_or_else(String::new, |e| format!(" (`{e}`)"));
    Some(if double {
        format!(
            "a `\"` inside a double-quoted value ends it: quote the value with single quotes{example}, in which a `'` is written twice (`''`), or write it as a block scalar (`|` or `>-`, the text on the lines below, indented), which needs no quotes; or write each `\"` inside as `\\\"`"
        )
    } else {
        format!(
            "a `'` inside a single-quoted value ends it: write it twice (`It''s`), or quote the value with double quotes{example}, or write it as a block scalar (`|` or `>-`, the text on the lines below, indented), which needs no quotes"
        )
    })
}

/// `line`'s `key: value` with the value, quoted with `quote` on the line, quoted with
/// `other` instead; `None` when the line is no such pair or the value holds `other` or a
/// backslash (then it is not only a change of quotes).
fn requoted(line: &str, quote: char, other: char) -> Option<String> {
    let item = line.trim_start().trim_start_matches("- ");
    let (key, value) = item.split_once(": ")?;
    let value = value.trim();
    let inner = value.strip_prefix(quote)?.strip_suffix(quote)?;
    let plain_key = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    (plain_key && !inner.contains([other, '\\']) && inner.chars().count() <= 80)
        .then(|| format!("{key}: {other}{inner}{other}"))
}

#[cfg(test)]
mod tests {
    use crate::yaml::{YamlErrorKind, from_str};

    /// `text: "… {{ customer["First Name"] }}."` got the parser's words and no help.
    #[test]
    fn a_quote_inside_a_quoted_value_gets_help() {
        let err =
            from_str::<serde::de::IgnoredAny>("text: \"Hi {{ customer[\"First Name\"] }}.\"\n")
                .unwrap_err();
        assert_eq!(err.kind, YamlErrorKind::Syntax);
        assert_eq!(err.help.len(), 1, "{:?}", err.help);
        assert!(
            err.help[0].starts_with(
                "a `\"` inside a double-quoted value ends it: quote the value with single quotes (`text: 'Hi {{ customer[\"First Name\"] }}.'`)"
            ),
            "{}",
            err.help[0]
        );
        assert!(
            err.help[0].contains("block scalar (`|` or `>-`"),
            "{}",
            err.help[0]
        );
        let err = from_str::<serde::de::IgnoredAny>("text: 'It's {{ agent }}'\n").unwrap_err();
        assert_eq!(err.help.len(), 1, "{:?}", err.help);
        assert!(
            err.help[0].starts_with(
                "a `'` inside a single-quoted value ends it: write it twice (`It''s`), or quote the value with double quotes (`text: \"It's {{ agent }}\"`)"
            ),
            "{}",
            err.help[0]
        );
    }
}
