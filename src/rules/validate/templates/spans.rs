//! Where a variable is written in a template: a template's scalar and a variable's path
//! → the span of the variable inside a tag, for the caret of a finding about it (T002,
//! T004, lint's C003), or of a token (T001): through the scalar's escapes and folded lines
//! ([`super::written`]).

use regex::Regex;

use crate::diag::{Sources, Span};

/// Narrows `span`, a template's scalar, to the first place inside a tag (`{{ … }}`,
/// `{% … %}`) where the variable `path` (`["team", "nme"]`: `team.nme`) is written, so
/// that the caret is under it, not in a string literal that spells it (`{{ "nme" }}`);
/// `span` itself when the source does not spell it so (an escape in a quoted scalar,
/// say).
pub(crate) fn variable_span(sources: &Sources, span: Span, path: &[&str]) -> Span {
    span_in_tags(sources, span, path, "", 0).unwrap_or(span)
}

/// As [`variable_span`], for the read of `path` at byte `at` of `template` (a guard
/// analysis's: [`crate::rules::guards`]), so that the caret is under the read that is
/// unguarded, not a guarded one before it; the first read when the file spells the
/// template otherwise. A read written with a quoted key (`customer['order id']`, whose
/// path is `customer.order_id`) is found where the template writes it.
pub(crate) fn read_span(
    sources: &Sources,
    span: Span,
    template: &str,
    path: &[&str],
    at: usize,
) -> Span {
    let nth = in_tags(template, false, path, "")
        .iter()
        .position(|r| r.start == at);
    let quoted = || {
        let (_, range) = crate::rules::guards::shown_at(template, at, path.len())?;
        text_span(sources, span, template, range)
    };
    match nth {
        Some(nth) => span_in_tags(sources, span, path, "", nth),
        None => quoted(),
    }
    .or_else(|| span_in_tags(sources, span, path, "", 0))
    .unwrap_or(span)
}

/// As [`variable_span`], for the `nth` place a group is read whole (`group`, not
/// `group.field`), or its first when the source spells the template otherwise.
pub(super) fn whole_read_span(sources: &Sources, span: Span, group: &str, nth: usize) -> Span {
    span_in_tags(sources, span, &[group], WHOLE_TAIL, nth)
        .or_else(|| span_in_tags(sources, span, &[group], WHOLE_TAIL, 0))
        .unwrap_or(span)
}

/// Where `path` is written in a tag for the `nth` time, followed by what the regex
/// `tail` matches.
fn span_in_tags(
    sources: &Sources,
    span: Span,
    path: &[&str],
    tail: &str,
    nth: usize,
) -> Option<Span> {
    let file = sources.get(span.file)?;
    let source = file.text.get(span.start..span.end.min(file.text.len()))?;
    // In a single-quoted scalar, the template's `'` is written `''`.
    let found = in_tags(source, source.starts_with('\''), path, tail)
        .into_iter()
        .nth(nth)?;
    Some(located(span, source, found))
}

/// The span of `found`, a byte range of `source`, the text of the scalar at `span`.
fn located(span: Span, source: &str, found: std::ops::Range<usize>) -> Span {
    let before = &source[..found.start];
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
    Span {
        file: span.file,
        line,
        column,
        start: span.start + found.start,
        end: span.start + found.end,
    }
}

/// Narrows `span`, a template's scalar, to where the file writes the text at `range` of
/// `template` (a token of it): read through the scalar's escapes, indentation and folded
/// lines ([`super::written`]); else, when the scalar does not read back as `template`,
/// found as the same occurrence of that text, when the scalar spells it as often as the
/// template does; `None` otherwise.
pub(crate) fn text_span(
    sources: &Sources,
    span: Span,
    template: &str,
    range: std::ops::Range<usize>,
) -> Option<Span> {
    let file = sources.get(span.file)?;
    let end = span.end.min(file.text.len());
    if let Some(found) =
        super::written::written_at(&file.text, span.start, end, template, range.clone())
        && found.start >= span.start
    {
        let source = file.text.get(span.start..)?;
        return Some(located(
            span,
            source,
            found.start - span.start..found.end - span.start,
        ));
    }
    let text = template.get(range.clone())?;
    if text.is_empty() || text.contains('\n') {
        return None;
    }
    let scalar = file.text.get(span.start..end)?;
    // Occurrences that overlap count: the second `}}` of `}}}` is the one at 1.
    let in_template = occurrences(template, text);
    let nth = in_template.iter().position(|&at| at == range.start)?;
    let in_scalar = occurrences(scalar, text);
    if in_scalar.len() != in_template.len() {
        return None;
    }
    let start = *in_scalar.get(nth)?;
    Some(located(span, scalar, start..start + text.len()))
}

/// Where `needle` (not empty) starts in `haystack`, overlapping occurrences included.
fn occurrences(haystack: &str, needle: &str) -> Vec<usize> {
    let step = needle.chars().next().map_or(1, char::len_utf8);
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = haystack.get(from..).and_then(|rest| rest.find(needle)) {
        found.push(from + at);
        from += at + step;
    }
    found
}

/// What follows a group read whole in a tag: not `.field` or `[…]`.
pub(super) const WHOLE_TAIL: &str = r"\s*(?:[^.\[\s]|$)";

/// The byte ranges in `source` (a template, or its scalar as the YAML file spells it) of
/// the places inside a tag where the variable `path` is written followed by what the
/// regex `tail` matches: not an attribute of something else (`x.team.nme`), nor in a
/// string literal. The ranges cover the variable only.
pub(super) fn in_tags(
    source: &str,
    single_quoted: bool,
    path: &[&str],
    tail: &str,
) -> Vec<std::ops::Range<usize>> {
    let pattern = path
        .iter()
        .map(|part| regex::escape(part))
        .collect::<Vec<_>>()
        .join(r"\s*\.\s*");
    let Ok(word) = Regex::new(&format!(r"\b(?P<v>{pattern})\b{tail}")) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = source[from..].find('{').map(|i| from + i) {
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
        out.extend(
            word.captures_iter(body)
                .filter_map(|c| c.name("v"))
                .filter(|m| {
                    !body[..m.start()].trim_end().ends_with('.')
                        && !strings.iter().any(|r| r.contains(&m.start()))
                })
                .map(|m| body_start + m.start()..body_start + m.end()),
        );
        from = body_end;
    }
    out
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

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::{occurrences, text_span};
    use crate::diag::{Sources, Span};

    #[test]
    fn occurrences_that_overlap_count() {
        assert_eq!(occurrences("}}}", "}}"), [0, 1]);
        assert_eq!(occurrences("a “b” a", "a"), [0, 10]);
        assert_eq!(occurrences("abc", "x"), Vec::<usize>::new());
    }

    #[test]
    fn a_token_is_found_at_its_own_occurrence() {
        let mut sources = Sources::default();
        let text = "bridge: \"{{ x }}}\"\n";
        let file = sources.add(PathBuf::from("r.yaml"), text.to_owned());
        // The scalar, quotes included, as the YAML reader spans it.
        let span = Span {
            file,
            line: 1,
            column: 9,
            start: 8,
            end: 18,
        };
        let template = "{{ x }}}";
        // The `}}` at 6 is the second of the template's two overlapping ones.
        let at = text_span(&sources, span, template, 6..8).unwrap();
        assert_eq!((at.start, at.end, at.column), (15, 17, 16));
        let at = text_span(&sources, span, template, 5..7).unwrap();
        assert_eq!((at.start, at.end, at.column), (14, 16, 15));
    }
}
