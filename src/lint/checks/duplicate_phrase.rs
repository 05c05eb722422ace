//! M010 duplicate-phrase: the same phrase (after normalisation) or regex twice in one signal.

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
            for phrase in &signal.phrases {
                let Some(first) = seen.get(&phrase.normalized) else {
                    seen.insert(&phrase.normalized, phrase);
                    continue;
                };
                let Some(span) = phrase.span else { continue };
                let related = first.span.map(|s| sink.location(s));
                let d = sink.report(
                    span,
                    format!(
                        "phrase {:?} is listed twice in signal `{}`",
                        phrase.text, signal.id
                    ),
                );
                match (related, signal.builtin) {
                    (Some(location), _) => {
                        d.with_related(location, format!("{:?} first listed here", first.text));
                    }
                    (None, Some(builtin)) => {
                        d.with_label(format!(
                            "already in the built-in `{}` lexicon",
                            builtin.as_str()
                        ));
                    }
                    (None, None) => {}
                }
                d.with_help(
                    "phrases match case-, punctuation- and apostrophe-insensitively; delete one",
                );
            }
            let mut patterns = HashMap::new();
            for pattern in &signal.regexes {
                if let Some(first) = patterns.insert(pattern.pattern.as_str(), pattern.span) {
                    let location = sink.location(first);
                    sink.report(
                        pattern.span,
                        format!(
                            "regex {:?} is listed twice in signal `{}`",
                            pattern.pattern, signal.id
                        ),
                    )
                    .with_related(location, "first listed here");
                }
            }
        }
    }
}
