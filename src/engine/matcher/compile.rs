//! Compiling a matcher: a rule set's signals and the hidden built-in detectors asked
//! for → one phrase automaton of every signal's normalised phrases (and the regexes'
//! gate words), the regexes with their byte gates (or one `RegexSet` past a few), and
//! the shouting and repeat detectors' settings.

use std::collections::HashMap;

use super::repeat::{Repeat, StopWords};
use super::{Hidden, MAX_SEPARATE_REGEXES, Matcher, PhraseRef, Plan, Shouting, SignalInfo};
use crate::engine::gate::Gate;
use crate::engine::phrases::Phrases;
use crate::engine::words;
use crate::rules::builtin::RepeatSettings;
use crate::rules::{Builtin, RuleSet, builtin};
use crate::text::normalize_phrase;

impl Matcher {
    /// Compiles the rules' signals plus the hidden detectors in `hidden` (any of
    /// `BotFallback`, `Repeat`, `Frustration`).
    pub(in crate::engine) fn compile(
        rules: &RuleSet,
        hidden: &[Builtin],
        record_entries: bool,
    ) -> Result<Self, String> {
        let mut signals: Vec<SignalInfo> = rules
            .signals
            .iter()
            .map(|s| SignalInfo {
                threshold: s.threshold,
                negation: s.negation,
                shouting: (s.builtin == Some(Builtin::Shouting))
                    .then(|| Shouting::new(&s.shouting)),
                repeat: (s.builtin == Some(Builtin::Repeat)).then(|| Repeat::new(&s.repeat)),
            })
            .collect();
        let mut patterns: Vec<String> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut phrase_refs: Vec<Vec<PhraseRef>> = Vec::new();
        let mut add = |pattern: &str, r: PhraseRef| {
            let i = *index.entry(pattern.to_owned()).or_insert_with(|| {
                patterns.push(pattern.to_owned());
                phrase_refs.push(Vec::new());
                patterns.len() - 1
            });
            phrase_refs[i].push(r);
        };
        for (s, signal) in rules.signals.iter().enumerate() {
            for (e, phrase) in signal.phrases.iter().enumerate() {
                add(
                    &phrase.normalized,
                    PhraseRef {
                        signal: s,
                        entry: u32::try_from(e).unwrap_or(u32::MAX),
                        weight: phrase.weight,
                    },
                );
            }
        }
        let mut found = Hidden::default();
        for &builtin in hidden {
            let s = signals.len();
            let lexicon = builtin::lexicon(builtin);
            signals.push(SignalInfo {
                threshold: lexicon.map_or(1.0, |l| l.threshold),
                negation: lexicon.is_some_and(|l| l.negation),
                shouting: (builtin == Builtin::Shouting).then(Shouting::default),
                repeat: (builtin == Builtin::Repeat)
                    .then(|| Repeat::new(&RepeatSettings::default())),
            });
            for (e, (phrase, weight)) in lexicon.map_or(&[][..], |l| l.phrases).iter().enumerate() {
                add(
                    &normalize_phrase(phrase),
                    PhraseRef {
                        signal: s,
                        entry: u32::try_from(e).unwrap_or(u32::MAX),
                        weight: *weight,
                    },
                );
            }
            match builtin {
                Builtin::BotFallback => found.fallback = Some(s),
                Builtin::Repeat => found.repeat = Some(s),
                Builtin::Frustration => found.frustration = Some(s),
                Builtin::Shouting | Builtin::HumanRequest => {}
            }
        }
        let mut regex_refs = Vec::new();
        let mut regexes = Vec::new();
        for (s, signal) in rules.signals.iter().enumerate() {
            for (e, p) in signal.regexes.iter().enumerate() {
                regex_refs.push((s, e, p.weight));
                regexes.push(p.regex.clone());
            }
        }
        // Words of the regexes, searched by the phrase automaton as it walks (unpadded:
        // they may be part of a word), pointing at their regexes. Only if there are
        // phrases: without them there would be no walk to ride on, and the regex crate's
        // own search for a rare word costs less than a walk.
        let mut word_refs: Vec<Vec<u32>> = Vec::new();
        let mut word_gated = vec![false; regexes.len()];
        let ride = !patterns.is_empty();
        for (i, regex) in regexes.iter().enumerate().filter(|_| ride) {
            for word in words::words_of(regex.as_str()).unwrap_or_default() {
                let at = *index.entry(word.clone()).or_insert_with(|| {
                    patterns.push(word);
                    phrase_refs.push(Vec::new());
                    patterns.len() - 1
                });
                word_refs.resize(patterns.len(), Vec::new());
                word_refs[at].push(u32::try_from(i).unwrap_or(u32::MAX));
                word_gated[i] = true;
            }
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            Some(Phrases::new(&patterns)?)
        };
        let regex_set = if regexes.len() <= MAX_SEPARATE_REGEXES {
            None
        } else {
            Some(
                regex::RegexSetBuilder::new(regexes.iter().map(regex::Regex::as_str))
                    .case_insensitive(true)
                    .size_limit(64 << 20)
                    .dfa_size_limit(64 << 20)
                    .build()
                    .map_err(|e| format!("cannot build the regex set: {e}"))?,
            )
        };
        let (gates, set_gate) = Gate::each_and_any(regexes.iter().map(regex::Regex::as_str));
        let shouting: Vec<(usize, Shouting)> = (signals.iter().enumerate())
            .filter_map(|(s, info)| Some((s, info.shouting?)))
            .collect();
        let repeat: Vec<(usize, Repeat)> = (signals.iter().enumerate())
            .filter_map(|(s, info)| Some((s, info.repeat?)))
            .collect();
        let stop_words = StopWords::new(
            repeat
                .iter()
                .map(|(_, r)| r.min_content_words)
                .max()
                .unwrap_or(0),
        );
        Ok(Matcher {
            everything: Plan::everything(regexes.len(), &shouting),
            needs_repeat: !repeat.is_empty(),
            shouting,
            repeat,
            stop_words,
            signals,
            patterns,
            automaton,
            phrase_refs,
            word_refs,
            word_gated,
            regex_set,
            regex_refs,
            regexes,
            gates,
            set_gate,
            hidden: found,
            entry_base: rules.entry_bases(),
            phrase_counts: rules.signals.iter().map(|s| s.phrases.len()).collect(),
            record_entries,
        })
    }
}
