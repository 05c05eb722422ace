//! Help for YAML syntax errors whose parser message does not say what to do: a template
//! written unquoted (`bridge: {{ agent }} here` is a mapping to YAML; `Hi {{ x }}: I'm`
//! has a `: ` that starts a key), a tab in indentation, a list item at the wrong
//! indentation ([`list_indent`]), a key indented further than the one above it
//! ([`over_indent`]), a value cut short by ` #` ([`comment`]) and a quote inside a
//! quoted value ([`inner_quote`]). Takes the text and the error's line, column and
//! message; gives help lines, none when it has nothing to add.

mod comment;
mod inner_quote;
mod list_indent;
mod over_indent;

/// Help for a syntax error at `line`:`column` (1-based, in `text`) with the parser's
/// `message`.
pub(super) fn syntax_help(text: &str, line: u32, column: u32, message: &str) -> Vec<String> {
    let mut help = Vec::new();
    let index = usize::try_from(line).unwrap_or(0);
    let this = index.checked_sub(1).and_then(|i| text.lines().nth(i));
    let previous = index.checked_sub(2).and_then(|i| text.lines().nth(i));
    if message.contains("tab") || this.is_some_and(tab_in_indentation) {
        help.push(
            "indent with spaces: YAML does not allow a tab in indentation (some editors insert \
             one for the Tab key)"
                .to_owned(),
        );
    }
    if message.contains("did not find expected '-' indicator") {
        help.push(list_indent::help(text, line, column));
    }
    help.extend(comment::help(text, line));
    help.extend(inner_quote::help(this, message));
    // The parser can give up a line after the template (a flow mapping it read on).
    if let Some(template) = [this, previous]
        .into_iter()
        .flatten()
        .find(|l| unquoted_template(l))
    {
        help.push(format!(
            "quote the template or write it as a block scalar (`>-`, the text on the lines \
             below, indented), as in {}: unquoted, a value that starts with `{{` is read as a \
             YAML mapping, and a `: ` inside one starts a key",
            quoted(template)
        ));
    } else if message.contains("mapping values are not allowed") {
        help.push(over_indent::help(text, line, column).unwrap_or_else(|| {
            "a `: ` inside an unquoted value starts a key: quote the value (`text: \"Hi: I'm \
             Sam\"`) or write it as a block scalar (`>-`)"
                .to_owned()
        }));
    } else if message.contains("did not find expected key") {
        help.extend(
            over_indent::after_block(text, line, column)
                .or_else(|| over_indent::after_closed_value(text, line, column)),
        );
    }
    help
}

/// Whether `line` holds a template as a plain (unquoted) value: `bridge: {{ agent }}`,
/// `- Hi {{ x }}`; not a comment, nor a value quoted or given as a block scalar.
fn unquoted_template(line: &str) -> bool {
    let item = line.trim_start();
    if item.starts_with('#') {
        return false;
    }
    let item = item.strip_prefix("- ").unwrap_or(item);
    let value = item
        .split_once(": ")
        .map_or(item, |(_, value)| value)
        .trim_start();
    !value.starts_with(['"', '\'', '|', '>']) && (value.contains("{{") || value.contains("{%"))
}

fn tab_in_indentation(line: &str) -> bool {
    line.chars()
        .take_while(|c| c.is_whitespace())
        .any(|c| c == '\t')
}

/// The line's `key: value` with the value quoted (`bridge: "{{ agent }} here"`), when
/// it is one and quoting it is only adding quotes; a generic example otherwise.
fn quoted(line: &str) -> String {
    let item = line.trim_start().trim_start_matches("- ");
    let written = item.split_once(": ").and_then(|(key, value)| {
        let value = value.trim();
        let plain_key = !key.is_empty()
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        (plain_key && !value.contains(['"', '\\']) && value.chars().count() <= 80)
            .then(|| format!("`{key}: \"{value}\"`"))
    });
    written
        .unwrap_or_else(|| "`bridge: \"Hi {{ customer.first_name }}, I'm {{ agent }}\"`".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Unquoted templates and tabs got the parser's words only.
    #[test]
    fn unquoted_templates_and_tabs_get_help() {
        let help = syntax_help(
            "teams:\n  - id: s\n    bridge: {{ agent }} here, stepping in.\n",
            3,
            1,
            "while parsing a block mapping, did not find expected key",
        );
        assert_eq!(help.len(), 1);
        assert!(
            help[0].starts_with(
                "quote the template or write it as a block scalar (`>-`, the text on the lines below, indented), as in `bridge: \"{{ agent }} here, stepping in.\"`"
            ),
            "{help:?}"
        );
        let help = syntax_help(
            "    bridge: Hi {{ customer.name }}: I'm \"Sam\"\n",
            1,
            1,
            "mapping values are not allowed in this context",
        );
        assert!(
            help[0].contains("as in `bridge: \"Hi {{ customer.first_name }}, I'm {{ agent }}\"`")
        );
        let help = syntax_help(
            "text: Hi: I'm Sam\n",
            1,
            1,
            "mapping values are not allowed in this context",
        );
        assert!(help[0].starts_with("a `: ` inside an unquoted value starts a key"));
        let help = syntax_help(
            "signals:\n\t- id: a\n",
            2,
            1,
            "tabs disallowed within this context (block indentation)",
        );
        assert!(help[0].starts_with("indent with spaces"), "{help:?}");
        assert!(syntax_help("a: [b\n", 1, 1, "did not find expected ',' or ']'").is_empty());
        // A quoted template or a comment on the line before is not what broke.
        for before in [
            "    bridge: \"Hi {{ customer.name | default('there') }}\"",
            "    # bridge: {{ agent }} was here",
            "    bridge: >-",
        ] {
            let help = syntax_help(
                &format!("{before}\n    name: Day: the team\n"),
                2,
                1,
                "mapping values are not allowed in this context",
            );
            assert!(
                help[0].starts_with("a `: ` inside an unquoted value starts a key"),
                "{before}: {help:?}"
            );
        }
    }
}

#[cfg(test)]
mod tabs {
    /// A tab that broke a plain scalar was reported at the scalar's
    /// start, on the line above the tab; a tab before a block key, after the blanks.
    #[test]
    fn a_tab_error_points_at_the_tab() {
        let place = |text: &str| {
            let err = crate::yaml::from_str::<serde_json::Value>(text).unwrap_err();
            assert!(err.message.contains("tab"), "{text:?}: {}", err.message);
            assert_eq!(&text[err.start..err.end], "\t", "{text:?}");
            assert!(
                err.help[0].starts_with("indent with spaces"),
                "{:?}",
                err.help
            );
            (err.line, err.column)
        };
        let item = "triggers:\n  - id: r\n    description: The customer asks\n";
        assert_eq!(place(&format!("{item}\treason: refund\n")), (4, 1));
        // Over continuation lines and blank ones, and tabs on lines of blanks alone.
        let text = format!("{item}      for a refund\n\n \t\n    \t# note\n  \treason: x\n");
        assert_eq!(place(&text), (8, 3));
        assert_eq!(place("signals:\n\t  - id: a\n"), (2, 1));
        assert_eq!(place("a:\n  b: 1\n \t c: 2\n"), (3, 2));
    }

    /// A tab error with no tab in indentation after it stays where the parser put it.
    #[test]
    fn a_tab_error_without_such_a_tab_stays() {
        let mut error = crate::yaml::YamlError {
            kind: crate::yaml::YamlErrorKind::Syntax,
            message: "tabs disallowed in this context".to_owned(),
            line: 1,
            column: 3,
            start: 2,
            end: 3,
            help: Vec::new(),
        };
        let before = error.clone();
        super::super::place::at_tab(&mut error, "a: b\nc:\td\n");
        assert_eq!(error, before);
        super::super::place::at_tab(&mut error, "a: b\n\t\n");
        assert_eq!(error, before);
    }
}

#[cfg(test)]
mod unknown_names {
    /// `builtin: frustation` was underlined by one caret; R001 and
    /// R003 underline the whole name.
    #[test]
    fn an_unknown_name_is_underlined_whole() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        enum Kind {
            Frustration,
        }
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Signal {
            builtin: Kind,
        }
        let text = "builtin: frustation\n";
        let err = crate::yaml::from_str::<Signal>(text).unwrap_err();
        assert_eq!(&text[err.start..err.end], "frustation");
        let text = "{ builtin: 'frustation', x: 1 }\n";
        let err = crate::yaml::from_str::<Signal>(text).unwrap_err();
        assert_eq!(&text[err.start..err.end], "'frustation'");
    }
}
