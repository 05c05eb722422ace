//! L007 unreachable-threshold: a signal whose threshold is above the most it can score
//! in one message, so it never matches and whatever needs it never holds.
//!
//! The engine (`engine/matcher.rs`) scores a signal message by message: the weights of
//! its distinct phrases and regexes found in that message (a phrase counts once however
//! often it occurs; of entries with one normalised text, the heaviest), plus 1 when its
//! `shouting` or `repeat` detector fires. It matches when the score reaches the threshold
//! (to within 1e-9). Every phrase, regex and detector can be found in one message, so
//! the sum below is the most it can score: above it, nothing can match; at it or under
//! it, a message can. Nothing carries over between messages.

use std::collections::HashMap;

use crate::diag::Annotate;
use crate::engine::SCORE_SLACK as SLACK;
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::Signal;
use crate::rules::schema::Builtin;

pub(crate) struct UnreachableThreshold;

impl Check for UnreachableThreshold {
    fn code(&self) -> &'static Code {
        code("L007")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        for signal in &cx.rules.signals {
            let most = most_score(signal);
            if most + SLACK >= signal.threshold {
                continue;
            }
            let threshold = signal.threshold;
            let written = if signal.threshold_span.is_some() {
                String::new()
            } else {
                " (its default)".to_owned()
            };
            let name = if signal.inline {
                format!("the signal written inline in `{}`", signal.topic())
            } else {
                format!("signal `{}`", signal.id)
            };
            sink.report(
                signal.threshold_span.unwrap_or(signal.span),
                format!(
                    "{name} can never reach its threshold {threshold}{written}: the most it \
                     can score in one message is {} ({})",
                    shown(most),
                    parts(signal)
                ),
            )
            .with_label(format!("at most {} in any message", shown(most)))
            .with_help(
                "a signal scores each message on its own: the weights of the distinct phrases \
                 and regexes found in it, plus 1 when its `shouting` or `repeat` detector \
                 fires; lower `threshold` to what one message can reach, or add phrases or \
                 weights (for \"twice in a conversation\", use `seen: { signal, at_least: 2 }`)",
            );
        }
    }
}

/// The greatest score `signal` can reach in one message.
pub(crate) fn most_score(signal: &Signal) -> f64 {
    let mut weights = phrase_weights(signal);
    weights.extend(signal.regexes.iter().map(|r| r.weight));
    if detector(signal).is_some() {
        weights.push(1.0);
    }
    sum(weights)
}

/// The weight each distinct phrase of `signal` can add: entries with one normalised text
/// match at one place, where the engine counts one match at the heaviest of their
/// weights (the others lie inside it).
fn phrase_weights(signal: &Signal) -> Vec<f64> {
    let mut phrases: HashMap<&str, f64> = HashMap::new();
    for p in &signal.phrases {
        let weight = phrases.entry(p.normalized.as_str()).or_insert(p.weight);
        *weight = weight.max(p.weight);
    }
    phrases.into_values().collect()
}

/// A sum in a fixed order, so the message is the same from run to run.
fn sum(mut weights: Vec<f64>) -> f64 {
    weights.sort_by(f64::total_cmp);
    weights.iter().sum()
}

/// The non-lexical detector of the signal, which scores 1 in a message it fires on.
fn detector(signal: &Signal) -> Option<&'static str> {
    match signal.builtin {
        Some(Builtin::Shouting) => Some("shouting"),
        Some(Builtin::Repeat) => Some("repeat"),
        _ => None,
    }
}

/// What the greatest score is made of: "1 from `shouting`, 2 from 2 phrases".
fn parts(signal: &Signal) -> String {
    let mut parts = Vec::new();
    if let Some(name) = detector(signal) {
        parts.push(format!("1 from `{name}`"));
    }
    let phrases = phrase_weights(signal);
    let regexes: Vec<f64> = signal.regexes.iter().map(|r| r.weight).collect();
    for (weights, one, many) in [
        (phrases, "phrase", "phrases"),
        (regexes, "regex", "regexes"),
    ] {
        let n = weights.len();
        if n > 0 {
            let what = if n == 1 { one } else { many };
            parts.push(format!("{} from {n} {what}", shown(sum(weights))));
        }
    }
    if parts.is_empty() {
        "it detects nothing".to_owned()
    } else {
        parts.join(", ")
    }
}

/// A score as people write it: `2`, `1.5`, `0.3` (not `0.30000000000000004`).
fn shown(v: f64) -> String {
    let rounded = (v * 1e6).round() / 1e6;
    format!("{rounded}")
}

#[cfg(test)]
mod tests;
