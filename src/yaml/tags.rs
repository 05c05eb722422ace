//! Tags: YAML text → the first tag written in it, as a [`YamlError`] at the tag.
//!
//! serde-saphyr's `reject_unsupported_tags` refuses application tags (`!include`,
//! `!foo`) but resolves the core schema's (`!!binary`, `!!int`, `!!str`, …): a phrase
//! written `!!binary cmVmdW5k` was quietly "refund", and a whole bridge message could hide
//! behind base64, out of a reviewer's sight. A rule file is read in review, so every tag
//! is refused, the core ones too: this reads the file's events (the parser's own, without
//! building values) and names the first tag, where it is written. It does not judge
//! syntax: a document the parser cannot read gives no tag here, and the syntax error is
//! the deserializer's to report.

use serde_saphyr::granit_parser::{Event, Parser, Tag};

use super::{YamlError, YamlErrorKind, to_u32};

/// The first tag written in `text`, as the error to report for it; `None` when it has none
/// (or none before a syntax error).
pub(super) fn first_tag(text: &str) -> Option<YamlError> {
    // Every tag starts with `!`: a text without one has none (the common case, unparsed).
    if !text.contains('!') {
        return None;
    }
    for event in Parser::new_from_str(text) {
        let Ok((event, span)) = event else {
            return None;
        };
        let tagged = matches!(
            event,
            Event::Scalar(_, _, _, Some(_))
                | Event::SequenceStart(_, _, Some(_))
                | Event::MappingStart(_, _, Some(_))
        );
        if !tagged {
            continue;
        }
        let at = span.tag_span().unwrap_or(span);
        let start = at.start.byte_offset().unwrap_or(0);
        let end = at.end.byte_offset().unwrap_or(start).max(start + 1);
        let written = at.slice(text).filter(|t| !t.is_empty());
        let tag = written.map_or_else(
            || event.tag().map(Tag::original).unwrap_or_default(),
            str::to_owned,
        );
        return Some(YamlError {
            kind: YamlErrorKind::WrongType,
            message: message(&tag),
            line: to_u32(at.start.line() as u64),
            column: to_u32(at.start.col() as u64 + 1),
            start,
            end: end.min(text.len()).max(start),
            help: Vec::new(),
        });
    }
    None
}

/// What to say of `tag`: that it is not supported, and what to write instead.
pub(super) fn message(tag: &str) -> String {
    let instead = if tag == "!!binary" {
        "write the text itself, not base64, without a tag".to_owned()
    } else {
        "write the value plainly, without a tag (a value that starts with `!` is quoted: `'!text'`)"
            .to_owned()
    };
    format!("YAML tags are not supported, found `{tag}`: {instead}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Review: `!!binary`, `!!int`, `!!float`, `!!bool` and `!!str` were resolved and
    /// accepted; every tag is found, at its line and column, spelled as written.
    #[test]
    fn every_tag_is_found_at_the_tag() {
        for (text, tag, line, column) in [
            ("a: [!!binary cmVmdW5k]\n", "!!binary", 1, 5),
            ("a: !!int 3\n", "!!int", 1, 4),
            ("a: !!float 3\n", "!!float", 1, 4),
            ("a: !!bool true\n", "!!bool", 1, 4),
            ("a: b\nc: !!str x\n", "!!str", 2, 4),
            ("a: !foo b\n", "!foo", 1, 4),
            ("a: ! b\n", "!", 1, 4),
            ("!!str a: b\n", "!!str", 1, 1),
            ("a: !!map\n  b: c\n", "!!map", 1, 4),
            ("a: !!seq\n- b\n", "!!seq", 1, 4),
            (
                "a: !<tag:yaml.org,2002:str> b\n",
                "!<tag:yaml.org,2002:str>",
                1,
                4,
            ),
            ("é: !!str x\n", "!!str", 1, 4),
        ] {
            let err = first_tag(text).unwrap_or_else(|| panic!("{text}: no tag found"));
            assert_eq!(
                (err.line, err.column, &text[err.start..err.end]),
                (line, column, tag),
                "{text}"
            );
            assert_eq!(err.kind, YamlErrorKind::WrongType);
            assert!(
                err.message
                    .starts_with(&format!("YAML tags are not supported, found `{tag}`: ")),
                "{}",
                err.message
            );
        }
    }

    #[test]
    fn text_without_a_tag_has_none() {
        for text in [
            "a: b\n",
            "a: '!b'\n",
            "a: \"!!binary x\"\n",
            "a: b!\n",
            "# !!str\na: b\n",
            "",
        ] {
            assert!(first_tag(text).is_none(), "{text}");
        }
    }

    /// Deep nesting the deserializer did not reach (it stopped at an earlier error) does
    /// not exhaust the stack here: the parser reads it without recursion, up to its own
    /// nesting limit, past which the document is a syntax error and has no tag here.
    #[test]
    fn deep_nesting_is_read_to_the_parser_limit() {
        let nested = |depth: usize| {
            format!(
                "a: 1\nb: {}!!str x{}\n",
                "[".repeat(depth),
                "]".repeat(depth)
            )
        };
        let err = first_tag(&nested(200)).unwrap();
        assert_eq!((err.line, err.column), (2, 204));
        assert!(first_tag(&nested(100_000)).is_none());
    }

    #[test]
    fn binary_says_to_write_the_text() {
        assert_eq!(
            message("!!binary"),
            "YAML tags are not supported, found `!!binary`: write the text itself, not base64, without a tag"
        );
    }
}
