//! Signals: a `RawSignal`, or a condition's inline phrases and regexes → a `Signal`, with
//! phrases normalised, regexes checked for matching everything and built-in lexicons
//! expanded. Compiling a regex is `regexes`' (meta `matches:` uses it too).

use crate::diag::{Annotate, FileId, Span};
use crate::text::normalize_phrase;
use crate::yaml::{self, Spanned};

use super::super::builtin;
use super::super::schema::{Builtin, PhraseEntry, RawSignal, RegexEntry};
use super::super::{Excluded, Pattern, Phrase, Signal};
use super::Validator;

/// Unrelated short texts: a regex that matches all of them matches (nearly) every message.
const UNRELATED: &[&str] = &["ok", "hello there", "zq", "7", "Merci beaucoup"];

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
        self.exclude(&mut signal, raw, file);
        self.settings(&mut signal, raw, file);
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
            repeat: builtin::RepeatSettings::default(),
            shouting: builtin::ShoutingSettings::default(),
            excluded: Vec::new(),
        };
        if let Some(lexicon) = lexicon {
            signal
                .phrases
                .extend(lexicon.phrases.iter().map(|&(text, weight)| Phrase {
                    text: text.to_owned(),
                    normalized: normalize_phrase(text),
                    weight,
                    span: None,
                    replaces_builtin: None,
                }));
        }
        // The built-in entries come first: only they are looked through for each of the
        // author's phrases (all of them made validation quadratic: 16 s for 100,000).
        let builtins = signal.phrases.len();
        for p in phrases {
            let pspan = yaml::span(p, file);
            let (text, weight) = match &p.value {
                PhraseEntry::Plain(t) => (t.clone(), 1.0),
                PhraseEntry::Weighted(w) => (w.phrase.clone(), w.weight),
            };
            let normalized = normalize_phrase(&text);
            // A phrase of the built-in lexicon, listed by the author: the author's entry
            // takes the lexicon's place, with the author's weight (0: left out). A
            // second listing is an ordinary duplicate (M010).
            let builtin_entry = signal.phrases[..builtins]
                .iter()
                .position(|q| q.span.is_none() && q.normalized == normalized);
            if builtin_entry.is_none() || weight != 0.0 {
                self.check_weight(weight, pspan);
            }
            if normalized.len() <= 1 {
                self.error(
                    "M002",
                    format!("phrase {text:?} has no letters or digits: normalised, it is empty, and an empty phrase would match every message"),
                    pspan,
                )
                .with_help("phrases match words; punctuation and case are ignored");
                continue;
            }
            match builtin_entry {
                Some(i) => {
                    let replaced = &mut signal.phrases[i];
                    replaced.replaces_builtin = Some(replaced.weight);
                    replaced.text = text;
                    replaced.weight = weight;
                    replaced.span = Some(pspan);
                }
                None => signal.phrases.push(Phrase {
                    text,
                    normalized,
                    weight,
                    span: Some(pspan),
                    replaces_builtin: None,
                }),
            }
        }
        // Weight 0 disables a built-in phrase: the engine never sees it.
        signal.phrases.retain(|p| p.weight != 0.0);
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
            let d = self.error("S008", "`weight` must be a positive number", span);
            if weight == 0.0 {
                d.with_help("weight 0 only disables a phrase of the signal's built-in lexicon; to drop this phrase, delete it");
            }
        }
    }

    /// Applies `exclude:`: each entry must name a phrase of the signal's lexicon.
    fn exclude(&mut self, signal: &mut Signal, raw: &RawSignal, file: FileId) {
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
                        "{:?} is both excluded and listed under `phrases:` in signal `{}`",
                        entry.value, signal.id
                    ),
                    span,
                )
                .with_help("to change the built-in phrase's weight, keep only the `phrases:` entry; to drop it, keep only this one");
                continue;
            }
            let known = lexicon
                .phrases
                .iter()
                .any(|&(text, _)| normalize_phrase(text) == normalized);
            if known {
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
                        "{:?} is not a phrase of the built-in `{builtin}` lexicon",
                        entry.value
                    ),
                    span,
                )
                .with_label("nothing to exclude");
            match super::suggest(&entry.value, lexicon.phrases.iter().map(|&(text, _)| text)) {
                Some(help) => {
                    d.with_help(help);
                }
                None => {
                    d.with_help(
                        "name a phrase as the lexicon spells it (src/rules/builtin.rs); `handoff explain` quotes the words that matched",
                    );
                }
            }
        }
    }

    /// The `repeat` and `shouting` settings, each only on its own built-in.
    fn settings(&mut self, signal: &mut Signal, raw: &RawSignal, file: FileId) {
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
