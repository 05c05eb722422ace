//! Regexes: a pattern → a `regex::Regex`, case-insensitive and size-limited, or an error
//! that points at the spot in the pattern. Used by signals and by meta `matches:`.

use crate::diag::{Annotate, Span};

use super::Validator;

/// Compiled regexes larger than this are refused (the regex crate's own limit is 10 MiB).
const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// The caret of a regex crate syntax error on `pattern`, as a byte offset into the
/// pattern. A pattern over lines (a `|` block scalar) is shown by line, each numbered
/// (`    2: (x`), the caret under its line.
fn caret_column(error: &str, pattern: &str) -> Option<usize> {
    let lines: Vec<&str> = error.lines().collect();
    let caret_line = lines.iter().position(|l| l.trim_start().starts_with('^'))?;
    let pattern_line = lines.get(caret_line.checked_sub(1)?)?;
    let caret = lines[caret_line].find('^')?;
    let indent = pattern_line.len() - pattern_line.trim_start().len();
    let shown = pattern_line.get(indent..)?;
    // Numbered (`2: (x`) when the pattern has lines: the offset of that line, and the
    // caret after the number.
    let numbered = pattern.contains('\n').then(|| {
        let (number, rest) = shown.split_once(": ")?;
        let line = number.parse::<usize>().ok()?.checked_sub(1)?;
        let start: usize = pattern.split('\n').take(line).map(|l| l.len() + 1).sum();
        Some((start, indent + number.len() + 2, rest))
    });
    let (line_start, text_column, text) = match numbered {
        Some(found) => found?,
        None => (0, indent, shown),
    };
    let chars = caret.checked_sub(text_column)?;
    Some(
        line_start
            + text
                .char_indices()
                .nth(chars)
                .map_or(text.len(), |(i, _)| i),
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
                let inner = caret_column(&text, pattern).filter(|&at| at <= pattern.len());
                let span = self.inner_span(span, pattern, inner);
                self.error("M001", format!("invalid regex: {reason}"), span)
                    .with_label(reason);
                None
            }
        }
    }

    /// Narrows a scalar's span to `offset` within the pattern, when the source spells
    /// the pattern verbatim: plain, single/double quoted without escapes, or a block
    /// scalar (`>-`, `|`) over lines, whose line breaks and indentation YAML folded
    /// into one space or kept as one line break. Otherwise, a span over lines is cut to
    /// its first line: it reached the next item's `- `.
    pub(super) fn inner_span(&self, span: Span, pattern: &str, offset: Option<usize>) -> Span {
        let Some(file) = self.sources.get(span.file) else {
            return span;
        };
        let text = &file.text;
        let start = span.start.min(text.len());
        let source = &text[start..span.end.clamp(start, text.len())];
        let skip = usize::from(source.starts_with(['\'', '"']) && !source.starts_with(pattern));
        let at = offset.and_then(|offset| {
            let inner = source_offset(&source[skip..], pattern, offset)?;
            let width = pattern[offset..].chars().next().map_or(1, char::len_utf8);
            Some((start + skip + inner, width))
        });
        let (at, width) = match at {
            Some(found) => found,
            None if source.trim_end().contains('\n') => (start, 1),
            None => return span,
        };
        let before = &text[start..at];
        let (line, column) = match before.rfind('\n') {
            Some(nl) => (
                span.line + u32::try_from(before.matches('\n').count()).unwrap_or(0),
                1 + u32::try_from(before[nl + 1..].chars().count()).unwrap_or(0),
            ),
            None => (
                span.line,
                span.column + u32::try_from(before.chars().count()).unwrap_or(0),
            ),
        };
        Span {
            line,
            column,
            start: at,
            end: (at + width).min(text.len()),
            ..span
        }
    }
}

/// The byte offset in `source` (the scalar as written, from its first character) of the
/// pattern's byte `offset`: the pattern's characters are the source's, but where the
/// pattern has a space or a line break and the source a line break and indentation
/// (YAML's folding). `None` when the source does not spell the pattern so.
fn source_offset(source: &str, pattern: &str, offset: usize) -> Option<usize> {
    let (mut p, mut s) = (0, 0);
    let (pb, sb) = (pattern.as_bytes(), source.as_bytes());
    while p < offset {
        match (pb.get(p), sb.get(s)) {
            (Some(b' ' | b'\n'), Some(b'\n' | b'\r')) => {
                p += 1;
                s += if sb[s..].starts_with(b"\r\n") { 2 } else { 1 };
                // The block's indentation, not the spaces a more-indented line keeps in
                // the pattern.
                let indent = sb[s..].iter().take_while(|&&b| b == b' ').count();
                let kept = pb[p..].iter().take_while(|&&b| b == b' ').count();
                s += indent.saturating_sub(kept);
            }
            (Some(a), Some(b)) if a == b => (p, s) = (p + 1, s + 1),
            _ => return None,
        }
    }
    source.is_char_boundary(s).then_some(s)
}
