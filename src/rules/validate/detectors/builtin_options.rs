//! A signal's options for its built-in detector: `exclude:` (phrases of a lexicon left out)
//! and the `repeat` and `shouting` settings → applied to the `Signal`, or an error where
//! an option does not fit the signal's built-in.

use crate::diag::{Annotate, FileId, Span};
use crate::rules::builtin;
use crate::rules::schema::{Builtin, RawSignal};
use crate::rules::{Excluded, Signal};
use crate::text::normalize_phrase;
use crate::yaml;

use super::super::{Validator, suggest};

impl Validator<'_> {
    /// Applies `exclude:`: each entry must name a phrase of the signal's lexicon.
    pub(super) fn exclude(&mut self, signal: &mut Signal, raw: &RawSignal, file: FileId) {
        if raw.exclude.is_empty() {
            return;
        }
        let Some(lexicon) = signal.builtin.and_then(builtin::lexicon) else {
            let span = raw
                .exclude
                .first()
                .map_or(signal.span, |e| yaml::span(e, file));
            let has = match signal.builtin {
                Some(b) => format!("`builtin: {}` has no phrases", b.as_str()),
                None => format!("signal `{}` has no `builtin:`", signal.id),
            };
            self.error(
                "S008",
                format!("`exclude` removes phrases of a built-in lexicon, and {has}"),
                span,
            )
            .with_help("`exclude` goes with `builtin: frustration`, `human_request` or `bot_fallback`; to stop a phrase of your own, delete it from `phrases:`");
            return;
        };
        // Normalised once: each entry normalised them all again, a twentieth of loading
        // the starter rules (21 entries).
        let lexicon_phrases: std::collections::HashSet<String> = (lexicon.phrases.iter())
            .map(|&(text, _)| normalize_phrase(text))
            .collect();
        for entry in &raw.exclude {
            let span = yaml::span(entry, file);
            let normalized = normalize_phrase(&entry.value);
            if signal
                .phrases
                .iter()
                .any(|p| p.replaces_builtin.is_some() && p.normalized == normalized)
            {
                self.error(
                    "S008",
                    format!(
                        "\"{}\" is both excluded and listed under `phrases:` in signal `{}`",
                        crate::text::as_written(&entry.value),
                        signal.id
                    ),
                    span,
                )
                .with_help("to change the built-in phrase's weight, keep only the `phrases:` entry; to drop it, keep only this one");
                continue;
            }
            if lexicon_phrases.contains(&normalized) {
                signal
                    .phrases
                    .retain(|p| p.span.is_some() || p.normalized != normalized);
                signal.excluded.push(Excluded {
                    text: entry.value.clone(),
                    normalized,
                    span,
                });
                continue;
            }
            let builtin = signal.builtin.map_or("", Builtin::as_str);
            let d = self
                .error(
                    "R007",
                    format!(
                        "\"{}\" is not a phrase of the built-in `{builtin}` lexicon",
                        crate::text::as_written(&entry.value)
                    ),
                    span,
                )
                .with_label("nothing to exclude");
            // A message the built-in matches ("Sorry, I didn't understand that") names
            // the entries inside it, which are what `exclude:` takes.
            let inside = entries_inside(&normalized, lexicon.phrases);
            if !inside.is_empty() {
                let entries = inside
                    .iter()
                    .map(|entry| format!("`{entry}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                d.with_help(format!(
                    "the lexicon's entries in this text: {entries}; exclude those (each stops matching every message it is in)"
                ));
                continue;
            }
            match suggest(&entry.value, lexicon.phrases.iter().map(|&(text, _)| text)) {
                Some(help) => {
                    d.with_help(help);
                }
                None => {
                    d.with_help(format!(
                        "name a phrase as the lexicon spells it (`handoff lint --builtin {builtin}` prints them); `handoff explain` quotes the words that matched"
                    ));
                }
            }
        }
    }

    /// The `repeat` and `shouting` settings, each only on its own built-in.
    pub(super) fn settings(&mut self, signal: &mut Signal, raw: &RawSignal, file: FileId) {
        let fields = [
            (
                "min_words",
                raw.min_words.as_ref().map(|v| yaml::span(v, file)),
                Builtin::Repeat,
            ),
            (
                "min_content_words",
                raw.min_content_words.as_ref().map(|v| yaml::span(v, file)),
                Builtin::Repeat,
            ),
            (
                "times",
                raw.times.as_ref().map(|v| yaml::span(v, file)),
                Builtin::Repeat,
            ),
            (
                "min_letters",
                raw.min_letters.as_ref().map(|v| yaml::span(v, file)),
                Builtin::Shouting,
            ),
            (
                "min_share",
                raw.min_share.as_ref().map(|v| yaml::span(v, file)),
                Builtin::Shouting,
            ),
        ];
        let wrong: Vec<(&str, Span, Builtin)> = fields
            .into_iter()
            .filter(|&(_, _, owner)| signal.builtin != Some(owner))
            .filter_map(|(name, at, owner)| Some((name, at?, owner)))
            .collect();
        for (name, span, owner) in wrong {
            let has = match signal.builtin {
                Some(b) => format!("signal `{}` has `builtin: {}`", signal.id, b.as_str()),
                None => format!("signal `{}` has no `builtin:`", signal.id),
            };
            self.error(
                "S008",
                format!(
                    "`{name}` is a setting of `builtin: {}`, and {has}",
                    owner.as_str()
                ),
                span,
            )
            .with_help(format!(
                "move it to a signal with `builtin: {}`, or delete it",
                owner.as_str()
            ));
        }
        match signal.builtin {
            Some(Builtin::Repeat) => {
                if let Some(v) = &raw.min_words {
                    if v.value >= 1 {
                        signal.repeat.min_words = v.value;
                    } else {
                        self.error(
                            "S008",
                            "`min_words` must be at least 1",
                            yaml::span(v, file),
                        );
                    }
                }
                if let Some(v) = &raw.min_content_words {
                    signal.repeat.min_content_words = v.value;
                }
                if let Some(v) = &raw.times {
                    if v.value >= 2 {
                        signal.repeat.times = Some(v.value);
                    } else {
                        self.error("S008", "`times` must be at least 2", yaml::span(v, file))
                            .with_help("a message sent once is not a repeat; `times: 3` counts a short message on its third sending");
                    }
                }
            }
            Some(Builtin::Shouting) => {
                if let Some(v) = &raw.min_letters {
                    if v.value >= 1 {
                        signal.shouting.min_letters = v.value;
                    } else {
                        self.error(
                            "S008",
                            "`min_letters` must be at least 1",
                            yaml::span(v, file),
                        )
                        .with_help("with no letters to count, every message would be shouting");
                    }
                }
                if let Some(v) = &raw.min_share {
                    if v.value.is_finite() && v.value > 0.0 && v.value <= 1.0 {
                        signal.shouting.min_share = v.value;
                    } else {
                        self.error(
                            "S008",
                            "`min_share` must be a number above 0 and at most 1",
                            yaml::span(v, file),
                        )
                        .with_help("the share of letters in capitals: `0.7` is 70%");
                    }
                }
            }
            _ => {}
        }
    }
}

/// The lexicon's entries found whole-word inside `normalized` (a phrase as
/// [`normalize_phrase`] gives it: words between single spaces, one at each end), in the
/// lexicon's order, leaving out an entry inside a longer one found.
fn entries_inside(normalized: &str, lexicon: &[(&'static str, f64)]) -> Vec<&'static str> {
    let found: Vec<(&'static str, String)> = lexicon
        .iter()
        .map(|&(text, _)| (text, normalize_phrase(text)))
        .filter(|(_, entry)| normalized.contains(entry.as_str()))
        .collect();
    found
        .iter()
        .filter(|(_, entry)| {
            !found
                .iter()
                .any(|(_, other)| other.len() > entry.len() && other.contains(entry.as_str()))
        })
        .map(|&(text, _)| text)
        .collect()
}
