//! Signals: phrases normalised, regexes compiled with size limits and checked for matching
//! everything, built-in lexicons expanded.

use crate::diag::{Annotate, FileId, Span};
use crate::text::normalize_phrase;
use crate::yaml::{self, Spanned};

use super::super::builtin;
use super::super::schema::{Builtin, PhraseEntry, RawSignal, RegexEntry};
use super::super::{Pattern, Phrase, Signal};
use super::Validator;

/// Compiled regexes larger than this are refused (the regex crate's own limit is 10 MiB).
const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// Unrelated short texts: a regex that matches all of them matches (nearly) every message.
const UNRELATED: &[&str] = &["ok", "hello there", "zq", "7", "Merci beaucoup"];

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
    pub(super) fn signal(&mut self, raw: &RawSignal, file: FileId) -> Signal {
        let span = yaml::span(&raw.id, file);
        let builtin = raw.builtin.as_ref().map(|b| b.value);
        let mut signal =
            self.detector(&raw.id.value, span, builtin, &raw.phrases, &raw.regex, file);
        signal.description.clone_from(&raw.description);
        if let Some(t) = &raw.threshold {
            if t.value.is_finite() && t.value > 0.0 {
                signal.threshold = t.value;
            } else {
                self.error(
                    "S008",
                    "`threshold` must be a positive number",
                    yaml::span(t, file),
                );
            }
        }
        if let Some(n) = &raw.negation {
            signal.negation = n.value;
        }
        if builtin.is_none() && raw.phrases.is_empty() && raw.regex.is_empty() {
            self.error(
                "S008",
                format!("signal `{}` detects nothing", raw.id.value),
                span,
            )
            .with_help("give it `phrases:`, `regex:` or a `builtin:` detector");
        }
        signal
    }

    /// Builds a detector from phrases, regexes and an optional built-in.
    pub(super) fn detector(
        &mut self,
        id: &str,
        span: Span,
        builtin: Option<Builtin>,
        phrases: &[Spanned<PhraseEntry>],
        regexes: &[Spanned<RegexEntry>],
        file: FileId,
    ) -> Signal {
        let lexicon = builtin.and_then(builtin::lexicon);
        let mut signal = Signal {
            id: id.to_owned(),
            span,
            description: None,
            builtin,
            phrases: Vec::new(),
            regexes: Vec::new(),
            threshold: lexicon.map_or(1.0, |l| l.threshold),
            negation: lexicon.is_some_and(|l| l.negation),
            inline: false,
        };
        if let Some(lexicon) = lexicon {
            signal
                .phrases
                .extend(lexicon.phrases.iter().map(|&(text, weight)| Phrase {
                    text: text.to_owned(),
                    normalized: normalize_phrase(text),
                    weight,
                    span: None,
                }));
        }
        for p in phrases {
            let pspan = yaml::span(p, file);
            let (text, weight) = match &p.value {
                PhraseEntry::Plain(t) => (t.clone(), 1.0),
                PhraseEntry::Weighted(w) => (w.phrase.clone(), w.weight),
            };
            self.check_weight(weight, pspan);
            let normalized = normalize_phrase(&text);
            if normalized.len() <= 1 {
                self.error(
                    "M002",
                    format!("phrase {text:?} has no letters or digits: normalised, it is empty, and an empty phrase would match every message"),
                    pspan,
                )
                .with_help("phrases match words; punctuation and case are ignored");
                continue;
            }
            signal.phrases.push(Phrase {
                text,
                normalized,
                weight,
                span: Some(pspan),
            });
        }
        for r in regexes {
            let rspan = yaml::span(r, file);
            let (pattern, weight) = match &r.value {
                RegexEntry::Plain(p) => (p.clone(), 1.0),
                RegexEntry::Weighted(w) => (w.pattern.clone(), w.weight),
            };
            self.check_weight(weight, rspan);
            if let Some(regex) = self.regex(&pattern, rspan) {
                let reason = if regex.is_match("") {
                    Some("matches the empty string")
                } else if UNRELATED.iter().all(|probe| regex.is_match(probe)) {
                    Some("matches any text with a word in it")
                } else {
                    None
                };
                if let Some(reason) = reason {
                    self.error(
                        "M002",
                        format!("regex {pattern:?} {reason}, so it would match every message"),
                        rspan,
                    )
                    .with_help("an empty alternative (`a|`) or an optional-only pattern (`(x)?`) matches anywhere");
                    continue;
                }
                signal.regexes.push(Pattern {
                    pattern,
                    regex,
                    weight,
                    span: rspan,
                });
            }
        }
        signal
    }

    pub(super) fn check_weight(&mut self, weight: f64, span: Span) {
        if !(weight.is_finite() && weight > 0.0) {
            self.error("S008", "`weight` must be a positive number", span);
        }
    }

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
