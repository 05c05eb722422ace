//! The one module that talks to the YAML crate.
//!
//! Takes YAML text, gives a typed value or a [`YamlError`] with the line, column and
//! byte range of the offending token. We use serde-saphyr, not the archived `serde_yaml`:
//! it gives every value a span (so diagnostics can point at the field), rejects duplicate
//! keys instead of silently keeping the last one, and bounds alias expansion and
//! nesting (rule files arrive in pull requests: they are untrusted input). Strict
//! booleans keep YAML 1.1 surprises out: `no`, `on` and `yes` stay strings; tags
//! (`!include`, `!!python/object`, `!!binary`: every one, [`tags`]) are refused, not
//! silently dropped or resolved; a scalar can be read
//! as written ([`written`]: `0x10`, not 16) and a number must be written as one
//! ([`number`]: `3`, not `"3"`). Errors are
//! put in a rule author's words (`a whole number ≥ 0`, not `invalid u32`), and placed at
//! the wrong value, or at the start of a mapping that lacks a field, rather than at the
//! last key the parser read. A file's `version` is a number, as the JSON Schemas say:
//! `version: "1"` is a wrong type ([`Version`]), not quietly read as `1`.

use serde::de::DeserializeOwned;
use serde_saphyr::MessageFormatter;

pub(crate) mod expect;
mod extent;
mod fields;
mod flag;
mod given;
mod keys;
mod nodes;
mod nothing;
mod number;
mod one_key;
mod one_value;
mod outline;
mod place;
mod spanned;
mod syntax_help;
mod tags;
mod takes;
mod text_schema;
mod version;
mod words;
mod written;

pub(crate) use extent::value_end;
pub(crate) use fields::{fields_of, required_of};
pub(crate) use flag::{Flag, unquoted_flag};
pub(crate) use given::{given, given_fn};
pub(crate) use keys::{Shape, first_written};
pub(crate) use nodes::{Node, Tree};
pub(crate) use number::{Numeric, unquoted, unquoted_spanned, unquoted_value};
pub(crate) use one_key::{Step, value_errors};
pub(crate) use outline::{Item, Outline, Piece, outline};
pub(crate) use spanned::Location;
pub(crate) use spanned::Origin;
pub use spanned::Spanned;
pub(crate) use text_schema::{SchemaId, SchemaNonEmptyText, SchemaText, no_null_defaults};
pub(crate) use version::Version;
pub(crate) use written::Kind;
pub(crate) use written::{Takes, Text, TextWords, Value, read as read_written};

use crate::diag::{FileId, Span};
use extent::scalar_end;
use place::{byte_offset, mapping_with_key_at, relocate, value_location};
use words::{boolean_in_words, clean_message, in_words, kind, over_limit};

/// What kind of mistake a YAML error is, for choosing a diagnostic code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YamlErrorKind {
    /// Not YAML at all: brackets, quotes, indentation.
    Syntax,
    /// A field or enum variant the format does not have.
    UnknownField,
    /// A value of the wrong type or shape.
    WrongType,
    MissingField,
    DuplicateKey,
    /// Over the parser's budget: nesting, nodes, aliases (a "billion laughs").
    OverLimit,
}

/// A YAML parse or shape error, located in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct YamlError {
    pub(crate) kind: YamlErrorKind,
    pub(crate) message: String,
    /// 1-based line and column; 0 when the parser could not tell.
    pub(crate) line: u32,
    pub(crate) column: u32,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// What more to tell the user, after a "did you mean" (a required field an unknown
    /// key was likely meant for, and which is missing).
    pub(crate) help: Vec<String>,
}

/// Nesting deeper than this is refused before it can exhaust the stack.
const MAX_DEPTH: usize = 64;

/// Parses `text` as `T`, with the project's safety settings.
pub(crate) fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    from_str_at(text, Origin::default())
}

/// Parses `text`, a piece of a file that starts at `origin`, as `T`: spans and errors are
/// in the file's coordinates.
pub(crate) fn from_str_at<T: DeserializeOwned>(text: &str, origin: Origin) -> Result<T, YamlError> {
    parse_at(text, origin, options())
}

/// Reads `text` as a [`Shape`] ([`from_str_at`]'s `origin`), a key written twice in a
/// mapping kept twice where parsing as a type refuses it: a duplicate is one mistake of
/// a piece that does not parse, and [`Shape::duplicate_keys`] reports it beside the others.
/// A tag is read past (a core one resolved, any other dropped): the reads as types
/// refuse it.
pub(crate) fn shape_at(text: &str, origin: Origin) -> Result<Shape, YamlError> {
    let mut options = options();
    options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::PassThrough;
    // A tag is one mistake of a piece too: refused, it hid the shape, and with it every
    // other mistake of the piece (a wrong value before the tag was reported alone, the
    // tag only once it was fixed). The piece's tags are reported whole ([`Piece::tags`]).
    options.reject_unsupported_tags = false;
    read_at(text, origin, options, TagOrder::Ignored, |de| {
        <Spanned<Shape> as serde::Deserialize>::deserialize(de)
    })
    .map(Shape::placed)
}

fn parse_at<T: DeserializeOwned>(
    text: &str,
    origin: Origin,
    options: serde_saphyr::Options,
) -> Result<T, YamlError> {
    read_at(text, origin, options, TagOrder::First, |de| {
        T::deserialize(de)
    })
}

/// Whether a read refuses the tags of its text ([`tags`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TagOrder {
    /// The first tag in the text is its error, unless an error before it stopped the
    /// read: a document's or a piece's first mistake.
    First,
    /// None: a tag is read past (a core one resolved, any other dropped).
    Ignored,
}

/// Runs `read` on a deserializer of `text` (a piece at `origin`, as [`from_str_at`]
/// reads it), with the project's error words and places. A tag of a handle no `%TAG`
/// directive declared is blanked out first ([`tags::Scan::readable`]), at the same
/// places: the parser refuses it as a syntax error, which hid every other mistake of the
/// text; it is found, and refused, as every tag is. One scan finds both.
fn read_at<R>(
    text: &str,
    origin: Origin,
    options: serde_saphyr::Options,
    tag_order: TagOrder,
    read: impl for<'t, 'e> FnOnce(serde_saphyr::Deserializer<'t, 'e>) -> Result<R, serde_saphyr::Error>,
) -> Result<R, YamlError> {
    let scan = tags::scan(text);
    let first = match tag_order {
        TagOrder::First => scan.tags.first(),
        TagOrder::Ignored => None,
    };
    read_readable(&scan.readable, origin, options, first, read)
}

/// [`read_at`] of `readable`, a text with no tag of an undeclared handle; `first_tag`,
/// its first tag where its tags are refused.
fn read_readable<R>(
    readable: &str,
    origin: Origin,
    options: serde_saphyr::Options,
    first_tag: Option<&YamlError>,
    read: impl for<'t, 'e> FnOnce(serde_saphyr::Deserializer<'t, 'e>) -> Result<R, serde_saphyr::Error>,
) -> Result<R, YamlError> {
    spanned::with_origin(origin, readable, || {
        parse(readable, options, first_tag, read)
    })
    .map_err(|error| shifted(error, origin))
}

/// `error`, found in a piece at `origin`, in the file's coordinates.
pub(super) fn shifted(mut error: YamlError, origin: Origin) -> YamlError {
    if error.line == 1 {
        error.column = error.column.saturating_add(to_u32(origin.columns));
    }
    if error.line > 0 {
        error.line = error.line.saturating_add(to_u32(origin.lines));
    }
    error.start += to_usize(origin.bytes);
    error.end += to_usize(origin.bytes);
    error
}

/// Reads `readable` (a text with its tags of undeclared handles blanked out); its first
/// tag, `first_tag`, is its error unless an error before it stopped the read.
fn parse<R>(
    readable: &str,
    options: serde_saphyr::Options,
    first_tag: Option<&YamlError>,
    read: impl for<'t, 'e> FnOnce(serde_saphyr::Deserializer<'t, 'e>) -> Result<R, serde_saphyr::Error>,
) -> Result<R, YamlError> {
    let read = serde_saphyr::with_deserializer_from_str_with_options(readable, options, read)
        .map_err(|err| located(&err, readable));
    let Some(tag) = first_tag else {
        return read;
    };
    // Every tag is refused, the core schema's too ([`tags`]): the first, unless an error
    // before it stopped the read. Syntax and limits come first: the text is not read.
    match read {
        Err(err) if matches!(err.kind, YamlErrorKind::Syntax | YamlErrorKind::OverLimit) => {
            Err(err)
        }
        read if read.as_ref().err().is_none_or(|err| {
            tag.start <= err.start || tags::tags_value_after(readable, err.start, tag)
        }) =>
        {
            Err(tag.clone())
        }
        read => read,
    }
}

/// A serde-saphyr error on `text` → a [`YamlError`], in words and at the value.
fn located(err: &serde_saphyr::Error, text: &str) -> YamlError {
    let err = err.without_snippet();
    let message = over_limit(err)
        .or_else(|| in_words(err))
        .unwrap_or_else(|| {
            clean_message(&serde_saphyr::DefaultMessageFormatter.format_message(err))
        });
    let (line, column, start, len) = err.location().map_or((0, 0, 0, 0), |loc| {
        let span = loc.span();
        let (line, column) = (to_u32(loc.line()), to_u32(loc.column()));
        // Parse errors do not always carry byte offsets: derive them from line/column.
        let start = span
            .byte_offset()
            .map(to_usize)
            .filter(|&s| s > 0 || (line <= 1 && column <= 1))
            .unwrap_or_else(|| byte_offset(text, line, column));
        (line, column, start, span.byte_len().map_or(0, to_usize))
    });
    let mut error = YamlError {
        kind: kind(err),
        message,
        line,
        column,
        start,
        end: start + len.max(1).min(text.len().saturating_sub(start)),
        help: Vec::new(),
    };
    if let Some(at) = value_location(err, text, line, column) {
        relocate(&mut error, at);
        let len = at.span().byte_len().map(to_usize);
        error.end = extent::wrong_value_end(text, error.start, error.end, len);
        if let Some(message) = words::number_as_written(&error.message, text, error.start) {
            error.message = message;
        }
    }
    if tags::undeclared_handle(err) {
        // A tag whose handle no `%TAG` directive declared (one in a piece read without
        // the file's directives too): a tag as any other, refused as they are.
        tags::as_tag(&mut error, text);
        return error;
    }
    if let serde_saphyr::Error::UnsupportedTag { tag, .. } = words::original(err) {
        // serde-saphyr places it at the tagged value: point at the tag.
        place::at_text_before(&mut error, text, tag);
    }
    if let Some((message, help)) = boolean_in_words(err, text, error.start, error.end) {
        (error.message, error.help) = (message, vec![help]);
    } else if error.message.starts_with("expected true or false") && error.help.is_empty() {
        // A boolean field read as one ([`flag`]): the same help.
        // The value whole (its span may be its first character only).
        let end = scalar_end(text, error.start, error.end);
        let written = text.get(error.start..end).unwrap_or_default();
        error.help = vec![words::not_boolean_help(
            &error.message,
            text,
            error.start,
            error.end,
            written,
        )];
    }
    if error.message == "expected text"
        && let Some((path, found)) = place::collection_at(text, error.line, error.column)
    {
        error.message = takes::text_expected(&path, found);
    }
    nothing::say_nothing_found(&mut error, text);
    one_value::say_value_found(&mut error, text);
    one_value::say_equals_takes_one(&mut error, text);
    if error.message == "expected a list"
        && error.help.is_empty()
        && let Some(help) = words::list_help(text, error.start)
    {
        error.help.push(help);
    }
    if error.kind == YamlErrorKind::UnknownField {
        error.end = scalar_end(text, error.start, error.end);
    }
    if error.kind == YamlErrorKind::Syntax {
        if error.message.contains("tab") {
            place::at_tab(&mut error, text);
        }
        let help = syntax_help::syntax_help(text, error.line, error.column, &error.message);
        error.help.extend(help);
    }
    if error.kind == YamlErrorKind::MissingField
        && let Some(at) = mapping_with_key_at(text, line, column)
    {
        // serde-saphyr points at the last key it read; the field is missing from the
        // whole mapping, so point at where the mapping starts.
        relocate(&mut error, at);
    }
    // A block of text's span takes in the blank lines after it (and reaches the next
    // key): the underline stops at its last character that is not blank.
    if let Some(span) = text.get(error.start..error.end) {
        let kept = span.trim_end().len();
        if kept > 0 && span[kept..].contains('\n') {
            error.end = error.start + kept;
        }
    }
    error
}

/// The project's safety settings.
fn options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    serde_saphyr::options! {
        strict_booleans: true,
        reject_unsupported_tags: true,
        // `.nan`, `.inf`, `1e400` reach the visitor: one where a number belongs refuses it
        // at the value ([`number`]), one where text belongs is text as written. Rejected
        // by the parser, one such value failed every read of the text around it,
        // skipping included, and hid its neighbours' errors.
        non_finite_float_policy: serde_saphyr::NonFiniteFloatPolicy::PassThrough,
        with_snippet: false,
        budget: Some(budget),
    }
}

/// The source span of a spanned value in file `file`.
pub(crate) fn span<T>(value: &Spanned<T>, file: FileId) -> Span {
    let loc = value.referenced;
    let start = loc.byte_offset().map_or(0, to_usize);
    let len = loc.byte_len().map_or(0, to_usize);
    Span {
        file,
        line: to_u32(loc.line()),
        column: to_u32(loc.column()),
        start,
        end: start + len.max(1),
    }
}

fn to_u32(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn to_usize(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests;
