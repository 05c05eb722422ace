//! M010 duplicate-phrase: the same phrase (after normalisation) or regex twice in one
//! signal, entries of weight 0 included, the same phrase twice under its `exclude:`, or
//! a phrase of the signal's built-in lexicon listed again with its built-in weight (a
//! different weight overrides the built-in entry: not a duplicate).

use crate::text::as_written;
use std::collections::HashMap;

use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};

pub(crate) struct DuplicatePhrase;

impl Check for DuplicatePhrase {
    fn code(&self) -> &'static Code {
        code("M010")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        for signal in &cx.rules.signals {
            let mut seen = HashMap::new();
            // In file order, the entries of weight 0 among them: one listed twice, or
            // beside another weight of the same phrase, is a duplicate as well.
            let mut phrases: Vec<_> = signal.phrases.iter().chain(&signal.disabled).collect();
            phrases.sort_by_key(|p| p.span.map(|s| (s.file, s.start)));
            for phrase in phrases {
                // The author's entry took the built-in one's place: only a copy that
                // changes nothing is worth a word.
                if let (Some(builtin_weight), Some(span), Some(builtin)) =
                    (phrase.replaces_builtin, phrase.span, signal.builtin)
                    && (builtin_weight - phrase.weight).abs() < f64::EPSILON
                {
                    sink.report(
                        span,
                        format!(
                            "phrase \"{}\" is already in the built-in `{}` lexicon, with the same weight",
                            as_written(&phrase.text),
                            builtin.as_str()
                        ),
                    )
                    .with_label(format!("built-in weight {builtin_weight}"))
                    .with_help(
                        "delete this entry; to change the built-in phrase, give it another weight here (`weight: 0` disables it) or name it under `exclude:`",
                    );
                }
                let Some(first) = seen.get(&phrase.normalized) else {
                    seen.insert(&phrase.normalized, phrase);
                    continue;
                };
                let Some(span) = phrase.span else { continue };
                let related = first.span.map(|s| sink.location(s));
                let d = sink.report(
                    span,
                    format!(
                        "phrase \"{}\" is listed twice in signal `{}`",
                        as_written(&phrase.text),
                        signal.id
                    ),
                );
                if let Some(location) = related {
                    d.with_related(
                        location,
                        format!("\"{}\" first listed here", as_written(&first.text)),
                    );
                }
                d.with_help(
                    "phrases match case-, punctuation- and apostrophe-insensitively; delete one",
                );
            }
            // A second `exclude:` entry excludes nothing more; it was accepted silently.
            let mut excluded = HashMap::new();
            for entry in &signal.excluded {
                let Some(first) = excluded.insert(entry.normalized.as_str(), entry) else {
                    continue;
                };
                let location = sink.location(first.span);
                sink.report(
                    entry.span,
                    format!(
                        "\"{}\" is excluded twice in signal `{}`",
                        as_written(&entry.text),
                        signal.id
                    ),
                )
                .with_related(
                    location,
                    format!("\"{}\" first excluded here", as_written(&first.text)),
                )
                .with_help(
                    "phrases compare case-, punctuation- and apostrophe-insensitively; delete one",
                );
            }
            let mut patterns = HashMap::new();
            for pattern in &signal.regexes {
                if let Some(first) = patterns.insert(pattern.pattern.as_str(), pattern.span) {
                    let location = sink.location(first);
                    sink.report(
                        pattern.span,
                        format!(
                            "regex `{}` is listed twice in signal `{}`",
                            as_written(&pattern.pattern),
                            signal.id
                        ),
                    )
                    .with_related(location, "first listed here");
                }
            }
        }
    }
}
