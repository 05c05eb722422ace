//! The one module that talks to the YAML crate.
//!
//! Takes YAML text, gives a typed value or a [`YamlError`] with the line, column and
//! byte range of the offending token. We use serde-saphyr, not the archived `serde_yaml`:
//! it gives every value a span (so diagnostics can point at the field), rejects duplicate
//! keys instead of silently keeping the last one, and bounds alias expansion and
//! nesting (rule files arrive in pull requests: they are untrusted input). Strict
//! booleans keep YAML 1.1 surprises out: `no`, `on` and `yes` stay strings.

use serde::de::DeserializeOwned;
use serde_saphyr::MessageFormatter;

pub use serde_saphyr::Spanned;

use crate::diag::{FileId, Span};

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
}

/// Nesting deeper than this is refused before it can exhaust the stack.
const MAX_DEPTH: usize = 64;

/// Parses `text` as `T`, with the project's safety settings.
pub(crate) fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    let options = serde_saphyr::options! {
        strict_booleans: true,
        with_snippet: false,
        budget: Some(budget),
    };
    serde_saphyr::from_str_with_options(text, options).map_err(|err| {
        let err = err.without_snippet();
        let message = over_limit(err).unwrap_or_else(|| {
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
        YamlError {
            kind: kind(err),
            message,
            line,
            column,
            start,
            end: start + len.max(1).min(text.len().saturating_sub(start)),
        }
    })
}

/// The source span of a spanned value in file `file`.
pub(crate) fn span<T>(value: &Spanned<T>, file: FileId) -> Span {
    let loc = value.referenced;
    let span = loc.span();
    let start = span.byte_offset().map_or(0, to_usize);
    let len = span.byte_len().map_or(0, to_usize);
    Span {
        file,
        line: to_u32(loc.line()),
        column: to_u32(loc.column()),
        start,
        end: start + len.max(1),
    }
}

fn kind(err: &serde_saphyr::Error) -> YamlErrorKind {
    use serde_saphyr::Error as E;
    match original(err) {
        E::Budget { .. } => YamlErrorKind::OverLimit,
        E::SerdeUnknownField { .. } | E::SerdeUnknownVariant { .. } => YamlErrorKind::UnknownField,
        E::SerdeMissingField { .. } => YamlErrorKind::MissingField,
        E::DuplicateMappingKey { .. } => YamlErrorKind::DuplicateKey,
        E::SerdeInvalidType { .. }
        | E::SerdeInvalidValue { .. }
        | E::SerdeInvalidLength { .. }
        | E::Unexpected { .. }
        | E::InvalidScalar { .. }
        | E::InvalidBooleanStrict { .. }
        | E::NullIntoString { .. }
        | E::NonFiniteFloat { .. }
        | E::UnexpectedSequenceEnd { .. }
        | E::UnexpectedMappingEnd { .. }
        | E::UnexpectedValueForUnit { .. }
        | E::ExpectedStringKeyForExternallyTaggedEnum { .. }
        | E::ExternallyTaggedEnumExpectedScalarOrMapping { .. }
        | E::ExpectedMappingEndAfterEnumVariantValue { .. } => YamlErrorKind::WrongType,
        _ => YamlErrorKind::Syntax,
    }
}

/// The error inside alias and snippet wrappers.
fn original(mut err: &serde_saphyr::Error) -> &serde_saphyr::Error {
    use serde_saphyr::Error as E;
    while let E::AliasError { error, .. } | E::WithSnippet { error, .. } = err {
        err = error;
    }
    err
}

/// What a budget breach means for a rule author.
fn over_limit(err: &serde_saphyr::Error) -> Option<String> {
    use serde_saphyr::budget::BudgetBreach as B;
    let serde_saphyr::Error::Budget { breach, .. } = original(err) else {
        return None;
    };
    Some(match breach {
        B::Depth { .. } => format!("nested more than {MAX_DEPTH} levels deep"),
        B::Nodes { nodes } => format!(
            "more than {} YAML nodes, counting what aliases expand to",
            nodes.saturating_sub(1)
        ),
        B::Events { events } => format!(
            "more than {} YAML events, counting what aliases expand to",
            events.saturating_sub(1)
        ),
        B::Aliases { aliases } => format!("more than {} aliases", aliases.saturating_sub(1)),
        B::Anchors { anchors } => format!("more than {} anchors", anchors.saturating_sub(1)),
        other => format!("over the YAML parser's limits ({other:?})"),
    })
}

/// Byte offset of 1-based `line` and character `column` in `text` (clamped to the text).
fn byte_offset(text: &str, line: u32, column: u32) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum();
    let rest = &text[line_start.min(text.len())..];
    let within = rest
        .char_indices()
        .nth(column.saturating_sub(1) as usize)
        .map_or(rest.len(), |(i, _)| i);
    (line_start + within).min(text.len())
}

fn to_u32(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn to_usize(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// One line, no control characters, no "set `DuplicateKeyPolicy`" advice meant for
/// programmers rather than rule authors.
fn clean_message(message: &str) -> String {
    let message: String = message
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    match message.split_once(", set DuplicateKeyPolicy") {
        Some((head, _)) => head.to_owned(),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        name: Spanned<String>,
        #[serde(default)]
        flag: Option<String>,
    }

    #[test]
    fn spans_point_at_the_value() {
        let doc: Doc = from_str("name: pricing\n").unwrap();
        let s = span(&doc.name, FileId(0));
        assert_eq!((s.line, s.column, s.start, s.end), (1, 7, 6, 13));
    }

    #[test]
    fn syntax_errors_have_byte_ranges_at_their_line() {
        let text = "a: 1\nb: 'x' y\n";
        let err = from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!(err.line, 2);
        assert_eq!(
            &text[err.start..=err.start],
            &text[5 + err.column as usize - 1..][..1]
        );
    }

    #[test]
    fn yaml_1_1_booleans_stay_strings() {
        let doc: Doc = from_str("name: x\nflag: no\n").unwrap();
        assert_eq!(doc.flag.as_deref(), Some("no"));
    }

    #[test]
    fn duplicate_keys_are_errors_with_location() {
        let err = from_str::<Doc>("name: a\nname: b\n").unwrap_err();
        assert_eq!(err.message, "duplicate mapping key: name");
        assert_eq!((err.line, err.column), (2, 1));
    }

    #[test]
    fn unknown_fields_are_errors_with_location() {
        let err = from_str::<Doc>("name: a\nflg: b\n").unwrap_err();
        assert!(
            err.message.contains("unknown field `flg`"),
            "{}",
            err.message
        );
        assert_eq!((err.line, err.column), (2, 1));
    }

    #[test]
    fn alias_bombs_are_refused() {
        use std::fmt::Write as _;
        let mut yaml = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            let refs = vec![format!("*a{p}"); 10].join(", ");
            writeln!(yaml, "a{i}: &a{i} [{refs}]").unwrap();
        }
        yaml.push_str("name: x\n");
        assert!(from_str::<serde_json::Value>(&yaml).is_err());
    }

    #[test]
    fn deep_nesting_is_refused() {
        let yaml = format!("{}x{}", "[".repeat(200), "]".repeat(200));
        assert!(from_str::<serde_json::Value>(&yaml).is_err());
    }
}
