//! Where a variable is written in a template: a template's scalar and a variable's path
//! → the span of the variable inside a tag, for the caret of a finding about it (T002,
//! T004, lint's C003).

use regex::Regex;

use crate::diag::{Sources, Span};

/// Narrows `span`, a template's scalar, to the first place inside a tag (`{{ … }}`,
/// `{% … %}`) where the variable `path` (`["team", "nme"]`: `team.nme`) is written, so
/// that the caret is under it, not in a string literal that spells it (`{{ "nme" }}`);
/// `span` itself when the source does not spell it so (an escape in a quoted scalar,
/// say).
pub(crate) fn variable_span(sources: &Sources, span: Span, path: &[&str]) -> Span {
    span_in_tags(sources, span, path, "")
}

/// Where `path` is written in a tag, followed by what the regex `tail` matches.
pub(crate) fn span_in_tags(sources: &Sources, span: Span, path: &[&str], tail: &str) -> Span {
    let Some(file) = sources.get(span.file) else {
        return span;
    };
    let Some(source) = file.text.get(span.start..span.end.min(file.text.len())) else {
        return span;
    };
    let pattern = path
        .iter()
        .map(|part| regex::escape(part))
        .collect::<Vec<_>>()
        .join(r"\s*\.\s*");
    let Ok(word) = Regex::new(&format!(r"\b(?P<v>{pattern})\b{tail}")) else {
        return span;
    };
    // In a single-quoted scalar, the template's `'` is written `''`.
    let single_quoted = source.starts_with('\'');
    let mut from = 0;
    while let Some(open) = source[from..].find(['{']).map(|i| from + i) {
        let close = match source.get(open + 1..open + 2) {
            Some("{") => "}}",
            Some("%") => "%}",
            _ => {
                from = open + 1;
                continue;
            }
        };
        let body_start = open + 2;
        let body_end = source[body_start..]
            .find(close)
            .map_or(source.len(), |i| body_start + i);
        let body = &source[body_start..body_end];
        let strings = quoted(body, single_quoted);
        // Not an attribute of something else (`x.team.nme`), nor in a string.
        let found = word
            .captures_iter(body)
            .filter_map(|c| c.name("v"))
            .find(|m| {
                !body[..m.start()].trim_end().ends_with('.')
                    && !strings.iter().any(|r| r.contains(&m.start()))
            });
        if let Some(m) = found {
            let start = body_start + m.start();
            let before = &source[..start];
            let (line, column) = match before.rfind('\n') {
                Some(nl) => (
                    span.line + u32::try_from(before.matches('\n').count()).unwrap_or(0),
                    u32::try_from(before[nl + 1..].chars().count() + 1).unwrap_or(1),
                ),
                None => (
                    span.line,
                    span.column + u32::try_from(before.chars().count()).unwrap_or(0),
                ),
            };
            return Span {
                file: span.file,
                line,
                column,
                start: span.start + start,
                end: span.start + body_start + m.end(),
            };
        }
        from = body_end;
    }
    span
}

/// The byte ranges of the string literals (`'…'`, `"…"`) in `body`, the source of a tag's
/// body as the YAML file spells it: in a single-quoted scalar (`single_quoted`) a `'` of
/// the template is written `''`; in a double-quoted one a `"` is written `\"`, whose `"`
/// is found all the same. An unclosed string runs to the end.
fn quoted(body: &str, single_quoted: bool) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut at = 0;
    while let Some(i) = body[at..].find(['\'', '"']).map(|i| at + i) {
        let quote = if single_quoted && body[i..].starts_with("''") {
            "''"
        } else if body[i..].starts_with('\'') {
            "'"
        } else {
            "\""
        };
        let inside = i + quote.len();
        let end = body[inside..]
            .find(quote)
            .map_or(body.len(), |j| inside + j + quote.len());
        ranges.push(i..end);
        at = end;
    }
    ranges
}
