//! M011 lossy-phrase: a phrase with symbols that normalisation drops, so it matches
//! something else than it says.

use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::text::as_written;

pub(crate) struct LossyPhrase;

/// Punctuation that separates words anyway: dropping it changes nothing.
const HARMLESS: &[char] = &[
    '.', ',', '!', '?', ';', ':', '-', '"', '(', ')', '\'', '\u{2019}', '\u{2018}',
];

impl Check for LossyPhrase {
    fn code(&self) -> &'static Code {
        code("M011")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        for signal in &cx.rules.signals {
            for phrase in &signal.phrases {
                let Some(span) = phrase.span else { continue };
                let dropped: String = phrase
                    .text
                    .chars()
                    .filter(|c| !c.is_alphanumeric() && !c.is_whitespace() && !HARMLESS.contains(c))
                    .collect();
                if dropped.is_empty() {
                    continue;
                }
                let mut symbols: Vec<char> = dropped.chars().collect();
                symbols.sort_unstable();
                symbols.dedup();
                let shown: Vec<String> = symbols.iter().map(|c| format!("`{c}`")).collect();
                sink.report(
                    span,
                    format!(
                        "phrase \"{}\" matches as \"{}\": {} {} ignored",
                        as_written(&phrase.text),
                        as_written(phrase.normalized.trim()),
                        shown.join(", "),
                        if shown.len() == 1 { "is" } else { "are" }
                    ),
                )
                .with_label("phrases match words only")
                .with_help(format!(
                    "to match the symbols, use `regex: ['{}']`",
                    regex::escape(&phrase.text)
                ));
            }
        }
    }
}
