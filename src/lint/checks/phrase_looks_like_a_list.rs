//! M014 phrase-looks-like-a-list: a phrase that is several phrases run together, by a
//! YAML slip (a list item indented one space less, which YAML folds into the item
//! above) or a comma between alternatives (`- refund, money back`).
//!
//! Takes the signals' phrases and the text of the rule files; gives one warning per such
//! phrase, with the phrases written out as a list. Looks at the author's phrases only
//! (a built-in lexicon's have no place in a file).

use crate::diag::{Annotate, Span};
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::builtin::REPEAT_STOP_WORDS;
use crate::text::as_written;

pub(crate) struct PhraseLooksLikeAList;

impl Check for PhraseLooksLikeAList {
    fn code(&self) -> &'static Code {
        code("M014")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        for signal in &cx.rules.signals {
            for phrase in &signal.phrases {
                let Some(span) = phrase.span else { continue };
                let source = cx
                    .rules
                    .sources
                    .get(span.file)
                    .and_then(|f| f.text.get(span.start..span.end))
                    .unwrap_or_default();
                let Some(found) = judge(&phrase.text, source) else {
                    continue;
                };
                report(sink, span, &phrase.text, phrase.normalized.trim(), &found);
            }
        }
    }
}

/// Why a phrase looks like a list, and the phrases it looks like.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Found {
    kind: Kind,
    items: Vec<String>,
}

#[derive(Debug, PartialEq, Eq)]
enum Kind {
    /// Its YAML scalar spans this many source lines, which YAML folded into one.
    Lines(usize),
    /// ` - ` between words, on one line.
    Dash,
    /// `,` or `;` between what look like alternatives.
    Separator(&'static str),
}

/// Whether `text`, written as `source` (the YAML of its entry), looks like a list.
pub(super) fn judge(text: &str, source: &str) -> Option<Found> {
    let dashed = split_alternatives(text, " - ");
    // A quoted or block scalar over lines is folded on purpose; a plain one by mistake.
    let folded = (!quoted_or_block(source))
        .then(|| folded_lines(text, source))
        .flatten();
    if let Some(lines) = folded {
        let items = match dashed {
            Some(items) => items,
            // A list item that lost its `- ` is a line of its own.
            None => lines
                .iter()
                .map(|l| l.trim_matches(['"', '\'']).trim().to_owned())
                .filter(|l| !l.is_empty())
                .collect(),
        };
        return Some(Found {
            kind: Kind::Lines(lines.len()),
            items,
        });
    }
    if let Some(items) = dashed {
        return Some(Found {
            kind: Kind::Dash,
            items,
        });
    }
    for separator in [";", ","] {
        if let Some(items) = split_alternatives(text, separator) {
            return Some(Found {
                kind: Kind::Separator(separator),
                items,
            });
        }
    }
    None
}

/// The source lines of a phrase whose scalar YAML folded from two or more lines, or
/// `None` when it is on one line. `source` is the whole entry, which for a
/// `{ phrase, weight }` mapping written as a block spans lines by itself: there the
/// phrase is on one line when one line holds it whole. A phrase found on no line and not
/// in the folded text (escapes in a quoted scalar) is not judged.
fn folded_lines<'a>(text: &str, source: &'a str) -> Option<Vec<&'a str>> {
    if !source.contains('\n') || source.lines().any(|l| l.contains(text)) {
        return None;
    }
    let lines: Vec<&str> = source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let folded = lines.join(" ");
    let start = folded.find(text)?;
    // The lines the phrase covers within the entry (all of them, for a plain item).
    let mut offset = 0;
    let mut covered = Vec::new();
    for line in &lines {
        let end = offset + line.len();
        if end > start && offset < start + text.len() {
            covered.push(*line);
        }
        offset = end + 1;
    }
    (covered.len() > 1).then_some(covered)
}

/// Whether the entry `source` writes its phrase quoted or as a block scalar (`"…"`,
/// `'…'`, `>-`, `|`), as a list item or after `phrase:`.
fn quoted_or_block(source: &str) -> bool {
    let value = source
        .trim_start()
        .trim_start_matches(['-', '{', ' '])
        .trim_start();
    let value = value.strip_prefix("phrase:").map_or(value, str::trim_start);
    value.starts_with(['"', '\'', '>', '|'])
}

/// The parts of `text` between `separator`s, when they look like alternatives: at least
/// two of them say something (a word beyond pleasantries and function words), and none
/// opens a clause. "sorry, I didn't understand", "no, I want a person" and "this is
/// ridiculous, nobody helps" are sentences, whose punctuation normalisation drops as it
/// drops the message's: they match as written.
fn split_alternatives(text: &str, separator: &str) -> Option<Vec<String>> {
    // "$1,000", "2,5 hours", "24/7 - 365": digits on both sides group or range a number.
    let digits_around = text.match_indices(separator).any(|(at, sep)| {
        text[..at]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit())
            && text[at + sep.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
    });
    if digits_around {
        return None;
    }
    let parts: Vec<String> = text
        .split(separator)
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let words = |part: &str| -> Vec<String> {
        crate::text::normalize_phrase(part)
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    };
    let mut saying = 0;
    for part in &parts {
        let words = words(part);
        // An alternative after a comma is a word or a few ("refund", "money back");
        // a longer part is a clause ("one moment, connecting you to an agent"). A dash
        // between words is rarer in a sentence: any length ("talk to a person - agent").
        if (separator != " - " && words.len() > 3)
            || words
                .first()
                .is_some_and(|w| CLAUSE_OPENERS.contains(&w.as_str()))
        {
            return None;
        }
        if !is_filler(&words) {
            saying += 1;
        }
    }
    (saying >= 2).then_some(parts)
}

/// Whether a part is only pleasantries, function words and interjections ("sorry",
/// "come on", "seriously"): the start of a sentence rather than an alternative.
fn is_filler(words: &[String]) -> bool {
    let joined = words.join(" ");
    INTERJECTIONS.contains(&joined.as_str())
        || words
            .iter()
            .all(|w| REPEAT_STOP_WORDS.contains(&w.as_str()) || INTERJECTIONS.contains(&w.as_str()))
}

/// Words that open a clause: a part starting with one is part of a sentence.
const CLAUSE_OPENERS: &[&str] = &[
    "i",
    "im",
    "ive",
    "id",
    "ill",
    "you",
    "youre",
    "youve",
    "we",
    "were",
    "weve",
    "they",
    "theyre",
    "he",
    "hes",
    "she",
    "shes",
    "it",
    "its",
    "this",
    "that",
    "thats",
    "there",
    "theres",
    "nobody",
    "noone",
    "nothing",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "what",
    "whats",
    "why",
    "how",
    "who",
    "where",
    "when",
    "if",
    "because",
    "which",
    // A request or thanks opens a sentence to someone: "please hold, transferring you".
    "please",
    "pls",
    "thanks",
    "thank",
];

/// Interjections a sentence opens with, besides the pleasantries.
const INTERJECTIONS: &[&str] = &[
    "seriously",
    "honestly",
    "ugh",
    "argh",
    "omg",
    "jeez",
    "gosh",
    "god",
    "man",
    "dude",
    "look",
    "listen",
    "wait",
    "come on",
    "hold on",
    "hang on",
    "excuse me",
    "anyway",
    "whatever",
    "still",
    "bot",
    "guys",
];

fn report(sink: &mut Sink<'_>, span: Span, text: &str, normalized: &str, found: &Found) {
    let (text, normalized) = (as_written(text), as_written(normalized));
    let message = match found.kind {
        Kind::Lines(n) => format!(
            "phrase \"{text}\" spans {n} lines, which YAML folds into one phrase: it matches only \"{normalized}\", all of it in this order"
        ),
        Kind::Dash => format!(
            "phrase \"{text}\" has ` - ` between words, like a list on one line: it matches only \"{normalized}\", all of it in this order"
        ),
        Kind::Separator(c) => format!(
            "phrase \"{text}\" reads like {} phrases separated by `{c}`: it matches only \"{normalized}\", all of it in this order (punctuation is ignored)",
            found.items.len()
        ),
    };
    let list = flow_list(&found.items);
    let d = sink.report(span, message);
    d.with_label("one phrase, not a list");
    match found.kind {
        Kind::Lines(_) => {
            d.with_help(format!(
                "YAML reads a line indented further than the `- ` above it as more of that item; write one phrase per item, each `- ` at the same indentation: `phrases: {list}`"
            ));
        }
        Kind::Dash => {
            d.with_help(format!("write one phrase per item: `phrases: {list}`"));
        }
        Kind::Separator(c) => {
            d.with_help(format!(
                "if they are alternatives, write one phrase per item: `phrases: {list}`"
            ))
            .with_help(format!(
                "if it is one phrase, write it without the `{c}`: it matches the same messages"
            ));
        }
    }
}

/// `items` as a YAML flow list, quoting the items YAML would not read as plain text.
fn flow_list(items: &[String]) -> String {
    let shown: Vec<String> = items
        .iter()
        .map(|item| {
            let plain = item
                .chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '\'' || c == '\u{2019}')
                && item.chars().next().is_some_and(char::is_alphanumeric);
            if plain {
                item.clone()
            } else {
                format!("{item:?}")
            }
        })
        .collect();
    format!("[{}]", shown.join(", "))
}

#[cfg(test)]
mod tests;
