//! Diagnostics for a terminal: rustc-style, with the source line and a caret under the
//! span when [`Sources`] holds the file, else the place (`--> path:line`). Takes a
//! [`Diagnostic`]; gives text in which the values it quotes from the data are shown
//! escaped and cut ([`crate::text::shown`]) and no control character is left. JSON and
//! SARIF do not come here: they write the values as they are.

use std::borrow::Cow;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

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
                    group = group.element(
                        Snippet::source(file.text.as_str())
                            .path(file.path.display().to_string())
                            .fold(true)
                            .annotation(kind.span(range).label(label)),
                    );
                }
                _ if primary => {
                    let mut origin =
                        Origin::path(loc.path.display().to_string()).line(loc.line as usize);
                    if let Some(column) = loc.column {
                        origin = origin.char_column(column as usize);
                    }
                    group = group.element(origin);
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
        renderer.render(&[group])
    }
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
