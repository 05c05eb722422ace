//! Regexes: a pattern → a `regex::Regex`, case-insensitive and size-limited, or an error
//! that points at the spot in the pattern. Used by signals and by meta `matches:`.

use crate::diag::{Annotate, Span};

use super::Validator;

/// Compiled regexes larger than this are refused (the regex crate's own limit is 10 MiB).
const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// The column of the caret in a regex crate syntax error, as a byte offset into the pattern.
fn caret_column(error: &str) -> Option<usize> {
    let lines: Vec<&str> = error.lines().collect();
    let caret_line = lines.iter().position(|l| l.trim_start().starts_with('^'))?;
    let pattern_line = lines.get(caret_line.checked_sub(1)?)?;
    let caret = lines[caret_line].find('^')?;
    let indent = pattern_line.len() - pattern_line.trim_start().len();
    let chars = caret.checked_sub(indent)?;
    let pattern = pattern_line.get(indent..)?;
    Some(
        pattern
            .char_indices()
            .nth(chars)
            .map_or(pattern.len(), |(i, _)| i),
    )
}

impl Validator<'_> {
    /// Compiles a regex (case-insensitive, size-limited); reports errors at the spot in
    /// the pattern when the pattern appears verbatim in the source.
    pub(super) fn regex(&mut self, pattern: &str, span: Span) -> Option<regex::Regex> {
        let built = regex::RegexBuilder::new(pattern)
            .case_insensitive(true)
            .size_limit(REGEX_SIZE_LIMIT)
            .dfa_size_limit(REGEX_SIZE_LIMIT)
            .build();
        match built {
            Ok(regex) => Some(regex),
            Err(regex::Error::CompiledTooBig(limit)) => {
                self.error(
                    "M001",
                    format!("regex is too large: it compiles to more than {limit} bytes"),
                    span,
                )
                .with_help(
                    "split it into several smaller patterns, or use `phrases:` for literal words",
                );
                None
            }
            Err(err) => {
                let text = err.to_string();
                let reason = text
                    .lines()
                    .rev()
                    .find_map(|l| l.strip_prefix("error: "))
                    .unwrap_or("invalid syntax")
                    .to_owned();
                let inner = caret_column(&text);
                let span = self.inner_span(span, pattern, inner);
                self.error("M001", format!("invalid regex: {reason}"), span)
                    .with_label(reason);
                None
            }
        }
    }

    /// Narrows a scalar's span to `offset` within the pattern, when the source spells
    /// the pattern verbatim (plain or single/double quoted without escapes).
    pub(super) fn inner_span(&self, span: Span, pattern: &str, offset: Option<usize>) -> Span {
        let (Some(offset), Some(file)) = (offset, self.sources.get(span.file)) else {
            return span;
        };
        let source = &file.text[span.start.min(file.text.len())..];
        let skip = if source.starts_with(pattern) {
            0
        } else if source.starts_with(['\'', '"']) && source[1..].starts_with(pattern) {
            1
        } else {
            return span;
        };
        let start = span.start + skip + offset;
        let column =
            span.column + u32::try_from(pattern[..offset].chars().count() + skip).unwrap_or(0);
        let width = pattern[offset..].chars().next().map_or(1, char::len_utf8);
        Span {
            start,
            end: start + width,
            column,
            ..span
        }
    }
}
