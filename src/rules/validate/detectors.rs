//! Signals: a `RawSignal`, or a condition's inline phrases and regexes → a `Signal`, with
//! phrases normalised, regexes checked for matching everything and built-in lexicons
//! expanded. A signal's `exclude:` and built-in settings are `builtin_options`'; compiling
//! a regex is `regexes`' (meta `matches:` uses it too).

use crate::diag::{Annotate, FileId, Span};
use crate::text::normalize_phrase;
use crate::yaml::{self, Spanned};

use super::super::builtin;
use super::super::schema::{
    Builtin, PhraseEntry, RawMessageCondition, RawSignal, RegexEntry, RoleName,
};
use super::super::{Pattern, Phrase, Signal};
use super::Validator;

mod builtin_options;

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
                signal.threshold_span = Some(yaml::span(t, file));
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
        signal.topic = raw.topic.as_ref().map(|t| t.value);
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
            threshold_span: None,
            negation: lexicon.is_some_and(|l| l.negation),
            topic: None,
            inline: false,
            repeat: builtin::RepeatSettings::default(),
            shouting: builtin::ShoutingSettings::default(),
            excluded: Vec::new(),
            disabled: Vec::new(),
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
            // A `{ phrase, weight }` entry is pointed at by its phrase, and its weight
            // by the weight: the entry's own span is its `{`.
            let (text, weight, pspan, wspan) = match &p.value {
                PhraseEntry::Plain(t) => {
                    let span = yaml::span(p, file);
                    (t.clone(), 1.0, span, span)
                }
                PhraseEntry::Weighted(w) => (
                    w.phrase.value.clone(),
                    w.weight.value,
                    yaml::span(&w.phrase, file),
                    yaml::span(&w.weight, file),
                ),
            };
            let normalized = normalize_phrase(&text);
            // A phrase of the built-in lexicon, listed by the author: the author's entry
            // takes the lexicon's place, with the author's weight (0: left out). A
            // second listing is an ordinary duplicate (M010), also one of weight 0: it
            // names a built-in phrase, so "weight 0 only disables a phrase of the
            // built-in lexicon" would mislead.
            let builtin_at = signal.phrases[..builtins]
                .iter()
                .position(|q| q.normalized == normalized);
            let builtin_entry = builtin_at.filter(|&i| signal.phrases[i].span.is_none());
            if builtin_at.is_none() || weight != 0.0 {
                self.check_weight(weight, wspan);
            }
            if normalized.len() <= 1 {
                self.error(
                    "M002",
                    format!("phrase \"{}\" has no letters or digits: normalised, it is empty, and an empty phrase would match every message", crate::text::as_written(&text)),
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
        // Weight 0 disables a built-in phrase: the engine never sees it; lint does.
        let (disabled, phrases) = std::mem::take(&mut signal.phrases)
            .into_iter()
            .partition(|p| p.weight == 0.0);
        (signal.disabled, signal.phrases) = (disabled, phrases);
        for r in regexes {
            let (pattern, weight, rspan, wspan) = match &r.value {
                RegexEntry::Plain(p) => {
                    let span = yaml::span(r, file);
                    (p.clone(), 1.0, span, span)
                }
                RegexEntry::Weighted(w) => (
                    w.pattern.value.clone(),
                    w.weight.value,
                    yaml::span(&w.pattern, file),
                    yaml::span(&w.weight, file),
                ),
            };
            self.check_weight(weight, wspan);
            if let Some(regex) = self.regex(&pattern, rspan) {
                let reason = if regex.is_match("") {
                    Some((
                        "matches the empty string",
                        "an empty alternative (`a|`) or an optional-only pattern (`(x)?`) matches anywhere",
                    ))
                } else if UNRELATED.iter().all(|probe| regex.is_match(probe)) {
                    Some((
                        "matches any text with a word in it",
                        "an empty alternative beside a boundary (`\\b(a|)`), or a class or a wildcard alone (`\\w`, `.`, `[a-z]+`), is satisfied by any word: write the words or the shape to look for (`\\bSSO\\b`, `\\b[A-Z]{2,}-\\d+\\b`)",
                    ))
                } else {
                    None
                };
                if let Some((reason, help)) = reason {
                    self.error(
                        "M002",
                        format!(
                            "regex `{}` {reason}, so it would match every message",
                            crate::text::as_written(&pattern)
                        ),
                        // Over lines, at its first character: a block scalar's span runs
                        // to the next item.
                        self.inner_span(rspan, &pattern, None),
                    )
                    .with_help(help);
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

    /// A `message` condition whose `phrases:` or `regex:` is written empty, with nothing
    /// else to match: it would hold for every message of its role, which its author,
    /// who wrote a list to look for, did not mean.
    pub(super) fn nothing_listed(&mut self, m: &RawMessageCondition, file: FileId) {
        let listed = [
            ("phrases", m.phrases.as_ref().map(|p| yaml::span(p, file))),
            ("regex", m.regex.as_ref().map(|r| yaml::span(r, file))),
        ];
        let Some((key, span)) = listed.into_iter().find_map(|(k, s)| Some((k, s?))) else {
            return;
        };
        let every = match m.role.as_ref().map(|r| r.value) {
            Some(RoleName::Customer) => "every customer message",
            Some(RoleName::Bot) => "every bot message",
            Some(RoleName::Agent) => "every agent message",
            Some(RoleName::Any) | None => "every message",
        };
        self.error(
            "S008",
            format!("`{key}` is empty: this `message` condition would hold for {every}"),
            span,
        )
        .with_help(format!(
            "list what to look for (`{key}: [ITEM, ITEM]`), or use a signal (`signal: ID`); to match {every}, leave `{key}` out"
        ));
    }

    pub(super) fn check_weight(&mut self, weight: f64, span: Span) {
        if !(weight.is_finite() && weight > 0.0) {
            let d = self.error("S008", "`weight` must be a positive number", span);
            if weight == 0.0 {
                d.with_help("weight 0 only disables a phrase of the signal's built-in lexicon; to drop this phrase, delete it");
            }
        }
    }
}
