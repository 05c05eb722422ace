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
/// per tag of an undeclared handle (the parser stops at each). Not parsed when no `!` in
/// the text can start a tag ([`may_hold_a_tag`], the common case).
pub(super) fn scan(text: &str) -> Scan<'_> {
    let mut readable = Cow::Borrowed(text);
    let mut undeclared: Vec<(usize, usize)> = Vec::new();
    if !may_hold_a_tag(text) {
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

/// Whether `tag` is the value of the key whose `:` is at byte `at` of `text` (blanks
/// between): an error said there of a value that reads as nothing (`name: !!null`) is
/// the tag's, which is what was written.
pub(super) fn tags_value_after(text: &str, at: usize, tag: &YamlError) -> bool {
    text.get(at..tag.start)
        .and_then(|between| between.strip_prefix(':'))
        .is_some_and(|rest| rest.trim().is_empty())
}

impl Scan<'_> {
    /// The tag written right before byte `at` of `text` (the text scanned; blanks
    /// between), the value there being the one it tags: a wrong value a tag made wrong
    /// (`!!str 5` where a number belongs), whose mistake is the tag.
    /// So is a value a tag left empty (`name: !!null`, read blanked as `name:`), whose
    /// error is placed at the key's `:`, right before the tag ([`tags_value_after`]).
    pub(super) fn causing(&self, text: &str, at: usize) -> Option<&YamlError> {
        (self.tags.iter())
            .take_while(|tag| tag.end <= at || tags_value_after(text, at, tag))
            .find(|tag| {
                tags_value_after(text, at, tag)
                    || text
                        .get(tag.end..at)
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
/// Whether a `!` in `text` can start a tag: one at the start of the text or after a
/// space, a line break, a tab, a flow indicator (`[`, `{`, `,`) or a `:` (JSON-like
/// `{"a":!!str b}`), where a node's properties begin. A `!` in the middle of a word or
/// after other punctuation ("Hello?!", `[?!., ]` in a regex) is text, and a file of
/// them was parsed twice: a twentieth of loading the starter rules. Byte-wise: every
/// one of these is ASCII, and a byte past ASCII before a `!` (a BOM) counts as a start.
fn may_hold_a_tag(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'!', bytes).any(|at| {
        at == 0
            || matches!(
                bytes[at - 1],
                b' ' | b'\t' | b'\n' | b'\r' | b'[' | b'{' | b',' | b':' | 0x80..
            )
    })
}

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
mod tests;
