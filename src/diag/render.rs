//! Diagnostics for a terminal: rustc-style, with the source line and a caret under the
//! span when [`Sources`] holds the file (only the lines the span touches are given to
//! the renderer), else the place (`--> path:line`) in a gutter as wide as a quoted
//! line's. Takes a [`Diagnostic`]; gives text in which the values it quotes from the data are shown
//! escaped and cut ([`crate::text::shown`]) and no control character is left. JSON and
//! SARIF do not come here: they write the values as they are.

use std::borrow::Cow;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Padding, Renderer, Snippet};

use super::{Diagnostic, Severity, Sources};
use crate::text::{escape_controls, shown};

impl Diagnostic {
    /// Renders the diagnostic rustc-style; quotes source lines that `sources` holds,
    /// and names the place (`--> path:line:col`) when it cannot.
    pub fn render(&self, sources: &Sources, color: bool) -> String {
        match self.escaped() {
            Some(escaped) => escaped.render_escaped(sources, color),
            None => self.render_escaped(sources, color),
        }
    }

    /// This diagnostic as a terminal shows it: the values it quotes shown escaped and
    /// cut, and any other control character escaped; `None` when that changes nothing.
    fn escaped(&self) -> Option<Diagnostic> {
        let mut texts = std::iter::once(&self.message)
            .chain(&self.label)
            .chain(self.related.iter().map(|(_, label)| label))
            .chain(&self.help);
        if !texts.any(|text| matches!(for_terminal(text, &self.quoted), Cow::Owned(_))) {
            return None;
        }
        let escape = |text: &String| for_terminal(text, &self.quoted).into_owned();
        Some(Diagnostic {
            message: escape(&self.message),
            label: self.label.as_ref().map(escape),
            related: self
                .related
                .iter()
                .map(|(loc, label)| (loc.clone(), escape(label)))
                .collect(),
            help: self.help.iter().map(escape).collect(),
            ..self.clone()
        })
    }

    fn render_escaped(&self, sources: &Sources, color: bool) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Note => Level::NOTE,
        };
        let mut title = level.clone().primary_title(self.message.as_str());
        if let Some(code) = self.code {
            title = title.id(code);
        }
        let mut group = Group::with_title(title);
        let mut notes = Vec::new();
        // Whether a source line is quoted, and the line of a primary place that is not.
        let mut quoted = false;
        let mut unquoted_line = None;
        let places = self
            .location
            .iter()
            .map(|loc| (loc, self.label.clone(), true))
            .chain(
                self.related
                    .iter()
                    .map(|(loc, label)| (loc, Some(label.clone()), false)),
            );
        for (loc, label, primary) in places {
            let file = sources
                .by_path(&loc.path)
                .filter(|f| loc.range.as_ref().is_some_and(|r| r.end <= f.text.len()));
            match (file, loc.range.clone()) {
                (Some(file), Some(range)) => {
                    // A range that cuts a character (a parser's byte length after an `é`)
                    // would panic the renderer: widened to whole characters.
                    let range = whole_chars(&file.text, range);
                    let kind = if primary {
                        AnnotationKind::Primary
                    } else {
                        AnnotationKind::Context
                    };
                    // Only the lines the span touches, numbered from the first: the
                    // renderer reads the source it is given, and the whole file for each
                    // of a file's many diagnostics would be quadratic.
                    quoted = true;
                    let (first_line, lines) = file.lines_of(&range);
                    let span = range.start - lines.start..range.end - lines.start;
                    group = group.element(
                        Snippet::source(&file.text[lines])
                            .line_start(first_line)
                            .path(file.path.display().to_string())
                            .fold(true)
                            .annotation(kind.span(span).label(label)),
                    );
                }
                _ if primary => {
                    let mut origin =
                        Origin::path(loc.path.display().to_string()).line(loc.line as usize);
                    if let Some(column) = loc.column {
                        origin = origin.char_column(column as usize);
                    }
                    group = group.element(origin);
                    unquoted_line = Some(loc.line);
                    if let Some(label) = label {
                        notes.push(label);
                    }
                }
                _ => notes.push(match label {
                    Some(label) => format!("{label}: {loc}"),
                    None => format!("see {loc}"),
                }),
            }
        }
        // The gutter's `|` between the place and what is said of it, as after a quoted
        // line (the renderer draws none after a bare place).
        if !quoted && unquoted_line.is_some() && !(notes.is_empty() && self.help.is_empty()) {
            group = group.element(Padding);
        }
        for note in &notes {
            group = group.element(Level::NOTE.message(note.as_str()));
        }
        for help in &self.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let text = renderer.render(&[group]);
        match unquoted_line {
            Some(line) if !quoted => with_gutter(&text, line),
            _ => text,
        }
    }
}

/// `rendered`, a diagnostic whose place quotes no source line (`--> x.csv:1`), with the
/// gutter as wide as when it quotes one: the renderer measures it by the lines it
/// quotes, so a bare place stood in the first column (`--> x.csv:1`, ` = help: …`)
/// where every other diagnostic has ` --> r.yaml:4:14`, `  |`, `  = help: …`. As rustc
/// and ruff draw a place whose source they cannot show: the arrow indented by the width
/// of its line number.
fn with_gutter(rendered: &str, line: u32) -> String {
    let pad = " ".repeat(line.max(1).to_string().len());
    let mut out = String::with_capacity(rendered.len() + 8 * pad.len());
    let mut in_gutter = false;
    for (i, text) in rendered.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        in_gutter = in_gutter || without_styles(text).starts_with("-->");
        if in_gutter && !text.is_empty() {
            out.push_str(&pad);
        }
        out.push_str(text);
    }
    out
}

/// `text` past the terminal styles (`ESC [ … m`) it starts with.
fn without_styles(mut text: &str) -> &str {
    while let Some(rest) = text.strip_prefix("\u{1b}[") {
        match rest.find('m') {
            Some(end) => text = &rest[end + 1..],
            None => break,
        }
    }
    text
}

/// `text` for a terminal: each of the `quoted` values in it as [`shown`] shows it
/// (longest first, so that a value inside another is not cut apart), and any control
/// character left escaped.
pub(super) fn for_terminal<'a>(text: &'a str, quoted: &[String]) -> Cow<'a, str> {
    let mut changed: Vec<(&str, Cow<'_, str>)> = quoted
        .iter()
        .map(|value| (value.as_str(), shown(value)))
        .filter(|(value, shown)| !value.is_empty() && matches!(shown, Cow::Owned(_)))
        .collect();
    if changed.is_empty() {
        return escape_controls(text);
    }
    changed.sort_by_key(|(value, _)| std::cmp::Reverse(value.len()));
    // One pass over the text as written: a value shown escaped is not escaped again when
    // another quoted value occurs inside what it became (a lone `\`, say).
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        match changed.iter().find(|(value, _)| rest.starts_with(value)) {
            Some((value, shown)) => {
                out.push_str(shown);
                rest = &rest[value.len()..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    Cow::Owned(escape_controls(&out).into_owned())
}

/// `range` widened to the nearest character boundaries of `text` (it is within `text`).
fn whole_chars(text: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let (mut start, mut end) = (range.start.min(text.len()), range.end.min(text.len()));
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    end = end.max(start);
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A snippet of `text` at `range` as the renderer draws it: given the whole text, or
    /// only the lines the range touches (as `render_escaped` gives it).
    fn draw(text: &str, range: std::ops::Range<usize>, only_its_lines: bool) -> String {
        let mut sources = Sources::default();
        sources.add("f.yaml".into(), text.to_owned());
        let file = &sources.files()[0];
        let (source, line_start, span) = if only_its_lines {
            let (first, lines) = file.lines_of(&range);
            let span = range.start - lines.start..range.end - lines.start;
            (&text[lines], first, span)
        } else {
            (text, 1, range)
        };
        let group = Group::with_title(Level::ERROR.primary_title("x")).element(
            Snippet::source(source)
                .line_start(line_start)
                .path("f.yaml")
                .fold(true)
                .annotation(AnnotationKind::Primary.span(span).label("here")),
        );
        Renderer::plain().render(&[group])
    }

    /// The renderer given only the lines a span touches draws what it draws given the
    /// whole file, for every span of a text with CRLF, wide characters, empty lines, a
    /// span across lines and one at the end, with and without a final line break.
    #[test]
    fn the_lines_a_span_touches_draw_as_the_whole_file_does() {
        let body = "version: 1\r\nsignals:\n  - id: é€\n\n    x: [a,\n      b]\nend";
        for text in [body.to_owned(), format!("{body}\n")] {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for (i, &start) in bounds.iter().enumerate() {
                let ends = bounds[i..].iter().take(25).chain(bounds.last());
                for &end in ends {
                    assert_eq!(
                        draw(&text, start..end, true),
                        draw(&text, start..end, false),
                        "{start}..{end} of {text:?}"
                    );
                }
            }
        }
    }
}
