//! Tags: YAML text → the tags written in it, each as a [`YamlError`] at the tag, and the
//! text to read, all found in one parse of it ([`scan`]).
//!
//! serde-saphyr's `reject_unsupported_tags` refuses application tags (`!include`,
//! `!foo`) but resolves the core schema's (`!!binary`, `!!int`, `!!str`, …): a phrase
//! written `!!binary cmVmdW5k` was quietly "refund", and a whole bridge message could hide
//! behind base64, out of a reviewer's sight. A rule file is read in review, so every tag
//! is refused, the core ones too: this reads the file's events (the parser's own, without
//! building values) and names the first tag (of a piece that does not parse, every one),
//! where it is written. A key of a piece read alone is read with the piece's tags blanked
//! out, so that a wrong value after a tag is reported with it ([`Scan::after`]). It does
//! not judge syntax: a document the parser cannot read gives no tag here, and the syntax
//! error is the deserializer's to report, but for a tag whose handle no `%TAG` directive
//! declared (`!e!str`), which the parser refuses as a syntax error. Such a tag is found
//! as any other and blanked out before the text is read ([`Scan::readable`]): refused as
//! a syntax error, it was the file's one error, and hid every other mistake of the file.

use std::borrow::Cow;

use serde_saphyr::granit_parser::{ErrorKind, Event, Parser, Span, Tag};

use super::{Origin, YamlError, YamlErrorKind, to_u32, to_usize};

/// What one parse of a text finds: its tags, and the text to read.
#[derive(Debug)]
pub(super) struct Scan<'t> {
    /// The text with each tag whose handle no `%TAG` directive declared (`!e!str`)
    /// written as blanks, at the same places: the parser refuses such a tag as a syntax
    /// error, which stopped every read of the text, so the file's other mistakes went
    /// unsaid. Read so, the value reads untagged, and the tag is reported as every tag
    /// is. Borrowed when the text has none.
    pub(super) readable: Cow<'t, str>,
    /// Every tag written in the text, in order, each as the error to report for it; up
    /// to a syntax error. A tag of an undeclared handle is one.
    pub(super) tags: Vec<YamlError>,
}

/// Most tags of undeclared handles blanked out of one text: each costs a parse of the
/// text, so that a file of thousands stays linear; past them, the next is the file's one
/// (syntax) error, as before.
const MAX_UNDECLARED: usize = 64;

/// The tags of `text` and the text to read ([`Scan`]), in one parse of it, and one more
/// per tag of an undeclared handle (the parser stops at each). Not parsed when the text
/// has no `!`: every tag starts with one (the common case).
pub(super) fn scan(text: &str) -> Scan<'_> {
    let mut readable = Cow::Borrowed(text);
    let mut undeclared: Vec<(usize, usize)> = Vec::new();
    if !text.contains('!') {
        return Scan {
            readable,
            tags: Vec::new(),
        };
    }
    let mut tags = loop {
        let mut tags = Vec::new();
        let mut stopped = None;
        for event in Parser::new_from_str(&readable) {
            match event {
                Ok((event, span)) => tags.extend(tag_of(&event, span, text)),
                Err(err) => {
                    stopped = Some(err);
                    break;
                }
            }
        }
        let Some(err) = stopped.filter(|err| *err.kind() == ErrorKind::UndeclaredTagHandle) else {
            break tags;
        };
        if undeclared.len() >= MAX_UNDECLARED {
            break tags;
        }
        let marker = err.marker();
        let start = marker.byte_offset().unwrap_or_else(|| {
            readable
                .char_indices()
                .nth(marker.index())
                .map_or(readable.len(), |(at, _)| at)
        });
        let len = tag_len(readable.get(start..).unwrap_or_default());
        if len == 0 || undeclared.iter().any(|&(s, _)| s == start) {
            break tags;
        }
        let end = start + len;
        let mut blanked = readable.into_owned();
        blanked.replace_range(start..end, &" ".repeat(len));
        readable = Cow::Owned(blanked);
        undeclared.push((start, end));
    };
    tags.extend((undeclared.iter()).map(|&(start, end)| tag_error(text, start, end)));
    tags.sort_by_key(|tag| tag.start);
    Scan { readable, tags }
}

impl Scan<'_> {
    /// The tag written right before byte `at` of `text` (the text scanned; blanks
    /// between), the value there being the one it tags: a wrong value a tag made wrong
    /// (`!!str 5` where a number belongs), whose mistake is the tag.
    pub(super) fn causing(&self, text: &str, at: usize) -> Option<&YamlError> {
        (self.tags.iter())
            .take_while(|tag| tag.end <= at)
            .find(|tag| {
                text.get(tag.end..at)
                    .is_some_and(|between| between.trim().is_empty())
            })
    }

    /// `read`, a key of `text` (the text scanned, a piece at `origin`) read with its tags
    /// blanked out ([`super::one_key`]), with its tags: a wrong value that a tag written
    /// right before it made wrong (`!!str 5` where a number belongs) is the tag's error;
    /// a read that found no wrong value gives the piece's first tag, as a read of it
    /// whole would. A wrong value after a tag in one item is so reported with the tag,
    /// not once the tag is removed.
    pub(super) fn after<R>(
        &self,
        text: &str,
        origin: Origin,
        read: Result<R, YamlError>,
    ) -> Result<R, YamlError> {
        match read {
            Err(err) if matches!(err.kind, YamlErrorKind::Syntax | YamlErrorKind::OverLimit) => {
                Err(err)
            }
            Err(err) => {
                let tag = (err.start.checked_sub(to_usize(origin.bytes)))
                    .and_then(|at| self.causing(text, at));
                Err(tag.map_or(err, |tag| super::shifted(tag.clone(), origin)))
            }
            Ok(read) => match self.tags.first() {
                Some(tag) => Err(super::shifted(tag.clone(), origin)),
                None => Ok(read),
            },
        }
    }

    /// The tags (of a piece at `origin`), each as its error, in the file's coordinates.
    pub(super) fn at(self, origin: Origin) -> Vec<YamlError> {
        (self.tags.into_iter())
            .map(|tag| super::shifted(tag, origin))
            .collect()
    }

    /// `text` (the text scanned) with each of its tags written as blanks (`a: !!str 5`
    /// → `a:       5`): its values read as they are written, untagged, at the same
    /// places.
    pub(super) fn blanked<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if self.tags.is_empty() {
            return Cow::Borrowed(text);
        }
        let mut blanked = String::with_capacity(text.len());
        let mut from = 0;
        for tag in &self.tags {
            let (Some(before), Some(written)) =
                (text.get(from..tag.start), text.get(tag.start..tag.end))
            else {
                continue;
            };
            blanked.push_str(before);
            blanked.extend(std::iter::repeat_n(' ', written.len()));
            from = tag.end;
        }
        blanked.push_str(text.get(from..).unwrap_or_default());
        Cow::Owned(blanked)
    }
}

/// The length in bytes of the tag at the start of `rest` (`!e!str` of `!e!str y]`): up
/// to a blank or a flow indicator.
fn tag_len(rest: &str) -> usize {
    if !rest.starts_with('!') {
        return 0;
    }
    rest.find(|c: char| c.is_whitespace() || matches!(c, ',' | '[' | ']' | '{' | '}'))
        .unwrap_or(rest.len())
}

/// The error to report for the tag at `text[start..end]`, found where the parser read
/// none: 1-based line and column counted in `text`.
fn tag_error(text: &str, start: usize, end: usize) -> YamlError {
    let before = text.get(..start).unwrap_or_default();
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    let column = before.get(line_start..).unwrap_or_default().chars().count() + 1;
    YamlError {
        kind: YamlErrorKind::WrongType,
        message: message(text.get(start..end).unwrap_or_default()),
        line: to_u32(before.matches('\n').count() as u64 + 1),
        column: to_u32(column as u64),
        start,
        end,
        help: Vec::new(),
    }
}

/// The error to report for the tag of `event` (at `span` of `text`), if it has one.
fn tag_of(event: &Event<'_>, span: Span, text: &str) -> Option<YamlError> {
    let tagged = matches!(
        event,
        Event::Scalar(_, _, _, Some(_))
            | Event::SequenceStart(_, _, Some(_))
            | Event::MappingStart(_, _, Some(_))
    );
    if !tagged {
        return None;
    }
    let at = span.tag_span().unwrap_or(span);
    let start = at.start.byte_offset().unwrap_or(0);
    let end = at.end.byte_offset().unwrap_or(start).max(start + 1);
    let written = at.slice(text).filter(|t| !t.is_empty());
    let tag = written.map_or_else(
        || event.tag().map(Tag::original).unwrap_or_default(),
        str::to_owned,
    );
    Some(YamlError {
        kind: YamlErrorKind::WrongType,
        message: message(&tag),
        line: to_u32(at.start.line() as u64),
        column: to_u32(at.start.col() as u64 + 1),
        start,
        end: end.min(text.len()).max(start),
        help: Vec::new(),
    })
}

/// Whether `err` is the parser's refusal of a tag whose handle no `%TAG` directive
/// declared (`!e!str`): "the handle wasn't declared", a syntax error. A rule file read
/// in pieces ([`super::outline()`]) reads each without the file's directives, so a tag of
/// a handle the file declares is refused so too.
pub(super) fn undeclared_handle(err: &serde_saphyr::Error) -> bool {
    use serde_saphyr::ExternalMessageSource::Parser;
    use serde_saphyr::granit_parser::ErrorKind;
    matches!(
        super::words::original(err),
        serde_saphyr::Error::ExternalMessage { source, .. }
            if matches!(&**source, Parser(scan) if *scan.kind() == ErrorKind::UndeclaredTagHandle)
    )
}

/// Makes `error`, the parser's at the `!` of a tag whose handle was not declared
/// ([`undeclared_handle`]), the error every tag is: at the tag, spelled as written.
pub(super) fn as_tag(error: &mut YamlError, text: &str) {
    let rest = text.get(error.start..).unwrap_or_default();
    let len = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | '[' | ']' | '{' | '}'))
        .unwrap_or(rest.len());
    error.kind = YamlErrorKind::WrongType;
    error.message = message(&rest[..len]);
    error.end = error.start + len.max(1).min(rest.len());
    error.help.clear();
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

    /// The first tag written in `text`, as the error to report for it; `None` when it
    /// has none (or none before a syntax error).
    fn first_tag(text: &str) -> Option<YamlError> {
        scan(text).tags.into_iter().next()
    }

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

    /// A key of a piece is read with the piece's tags blanked out, each value where it
    /// is written; the tag right before a wrong value is that value's mistake.
    #[test]
    fn tags_are_blanked_in_place_and_found_before_a_value() {
        let text = "a: !!str 5\nb: [!foo x, y]\nc: é\n";
        let tags = scan(text);
        assert_eq!(tags.blanked(text), "a:       5\nb: [     x, y]\nc: é\n");
        assert!(matches!(scan("a: b\n").blanked("a: b\n"), Cow::Borrowed(_)));
        let five = text.find('5').unwrap();
        assert_eq!(
            tags.causing(text, five).map(|t| (t.line, t.column)),
            Some((1, 4))
        );
        assert_eq!(tags.causing(text, text.find('y').unwrap()), None);
        assert_eq!(tags.causing(text, 0), None);
    }

    /// `!e!str` of a handle no directive declared is a syntax error to the parser: said
    /// as every tag is, at the tag.
    #[test]
    fn a_tag_of_an_undeclared_handle_is_a_tag() {
        let err =
            super::super::from_str::<serde::de::IgnoredAny>("a: [x, !e!str y]\n").unwrap_err();
        assert_eq!(err.kind, YamlErrorKind::WrongType);
        assert_eq!((err.line, err.column, err.start, err.end), (1, 8, 7, 13));
        assert_eq!(err.message, message("!e!str"));
        // Declared, it is found as any other.
        let text = "%TAG !e! tag:example.com,2000:\n---\na: !e!str y\n";
        let err = super::super::from_str::<serde::de::IgnoredAny>(text).unwrap_err();
        assert_eq!(
            (err.line, err.column, &text[err.start..err.end]),
            (3, 4, "!e!str")
        );
    }

    /// Team note (lint12): a tag of an undeclared handle was a syntax error to the
    /// parser, and so the file's one error: every other mistake in the file went unsaid
    /// until it was fixed. It is blanked out where it is written, found as every tag is,
    /// and the text around it read: the outline of the document too.
    #[test]
    fn a_tag_of_an_undeclared_handle_hides_nothing() {
        let text = "a: [x, !e!str y]\nb: !f!int 3\nc: !!str z\n";
        let scanned = scan(text);
        assert_eq!(
            scanned.readable,
            "a: [x,        y]\nb:        3\nc: !!str z\n"
        );
        let tags: Vec<_> = (scanned.tags.into_iter())
            .map(|t| (t.line, t.column, text[t.start..t.end].to_owned(), t.message))
            .collect();
        assert_eq!(
            tags,
            [
                (1, 8, "!e!str".to_owned(), message("!e!str")),
                (2, 4, "!f!int".to_owned(), message("!f!int")),
                (3, 4, "!!str".to_owned(), message("!!str")),
            ]
        );
        assert!(matches!(scan("a: b\n").readable, Cow::Borrowed(_)));
        assert!(matches!(scan("a: '!e!x'\n").readable, Cow::Borrowed(_)));
        // A syntax error stays the text's one error: nothing is blanked for it.
        assert!(matches!(scan("a: [!e!x\n").readable, Cow::Borrowed(_)));
        let outline = super::super::outline(text).expect("an outline");
        let keys: Vec<&str> = outline.entries.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["a", "b", "c"]);
        // Non-ASCII before it: the column counts characters, the range bytes.
        let text = "é: [!e!str y]\n";
        let tag = first_tag(text).unwrap();
        assert_eq!(
            (tag.line, tag.column, &text[tag.start..tag.end]),
            (1, 5, "!e!str")
        );
    }

    /// Each tag of an undeclared handle costs a parse of the text: past
    /// `MAX_UNDECLARED`, the next is the text's one (syntax) error, and no tag after it
    /// is found.
    #[test]
    fn undeclared_handles_are_blanked_up_to_the_limit() {
        use std::fmt::Write as _;
        let mut text = String::new();
        for i in 0..MAX_UNDECLARED + 6 {
            let _ = writeln!(text, "k{i}: !e!x v");
        }
        let scanned = scan(&text);
        assert_eq!(scanned.tags.len(), MAX_UNDECLARED);
        assert_eq!(scanned.readable.matches("!e!x").count(), 6);
    }

    #[test]
    fn binary_says_to_write_the_text() {
        assert_eq!(
            message("!!binary"),
            "YAML tags are not supported, found `!!binary`: write the text itself, not base64, without a tag"
        );
    }
}
