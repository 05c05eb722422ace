//! Which of the rules' signals speak for the customer's mood: a rule set → the signals
//! whose match alone makes a message read as frustrated in a summary, those whose match
//! in a fired trigger's evidence does, and those that tell shouting and a frustration
//! cue. Decides nothing about escalation.
//!
//! Capitals are no mood of their own: a message in capitals (the built-in shouting
//! detector, or a rule's `builtin: shouting` signal) is frustrated only with a cue of
//! frustration in it too, of the built-in lexicon or a rule's frustration signal, at any
//! weight ("THIS IS TAKING FOREVER"); "THANK YOU SO MUCH" or a customer who types in
//! capitals reads calm, as the starter `frustration` trigger has it.
//!
//! A summary's mood must agree with the evidence the rules produced: a conversation that
//! escalated for frustration at message 5 cannot read "calm" at message 5 (STAR
//! chats: "Oh bloody hell", a phrase the starter `frustration` signal adds to the
//! built-in lexicon, escalated and the packet said "calm").

use crate::outcome::{Evidence, FiredTrigger};
use crate::rules::{Builtin, RuleSet, Signal};

/// The built-in frustration lexicon's own threshold: at this weight a message is
/// frustrated, below it the lexicon sees cues ("an angry driver"), not a verdict.
const VERDICT: f64 = 2.0;

/// Words of a signal's or trigger's id that name the mood (`frustration`,
/// `angry-customer`, `shouting`): its matches quoted in evidence are frustration.
const MOOD_WORDS: &[&str] = &[
    "anger",
    "angry",
    "annoyed",
    "frustrated",
    "frustration",
    "rude",
    "upset",
];

/// Per rule signal: whether its match alone makes a customer message frustrated (see
/// [`alone`]), whether its match quoted in a fired trigger's evidence does (see
/// [`quoted`]), and which are shouting detectors and frustration lexicons.
#[derive(Debug, Default)]
pub(super) struct MoodSignals {
    alone: Vec<bool>,
    quoted: Vec<bool>,
    shouting: Vec<bool>,
    /// Signals that include the built-in frustration lexicon, at any threshold.
    lexicons: Vec<usize>,
}

impl MoodSignals {
    pub(super) fn new(rules: &RuleSet) -> MoodSignals {
        let is = |b: Builtin| move |s: &Signal| s.builtin == Some(b);
        MoodSignals {
            alone: rules.signals.iter().map(alone).collect(),
            quoted: rules.signals.iter().map(quoted).collect(),
            shouting: rules.signals.iter().map(is(Builtin::Shouting)).collect(),
            lexicons: (rules.signals.iter().enumerate())
                .filter(|(_, s)| is(Builtin::Frustration)(s))
                .map(|(i, _)| i)
                .collect(),
        }
    }

    /// Whether rule signal `s` matching a customer message makes it frustrated.
    pub(super) fn alone(&self, s: usize) -> bool {
        self.alone.get(s).copied().unwrap_or(false)
    }

    /// Whether rule signal `s` is a shouting detector (`builtin: shouting`).
    pub(super) fn shouting(&self, s: usize) -> bool {
        self.shouting.get(s).copied().unwrap_or(false)
    }

    /// Whether a message with the frustration `score`s (by signal index) holds a cue of
    /// frustration: a weight of 1 or more in `hidden` (the built-in lexicon, when
    /// compiled) or in a rule signal that includes the lexicon.
    pub(super) fn cue(&self, hidden: Option<usize>, score: impl Fn(usize) -> f64) -> bool {
        hidden
            .into_iter()
            .chain(self.lexicons.iter().copied())
            .any(|s| score(s) >= 1.0)
    }

    /// Indices (0-based) of the customer messages that `fired`'s evidence quotes a mood
    /// signal in, or that a trigger whose id names the mood quotes a signal in; a
    /// shouting detector's match is no mood of its own (see the module's docs). Sorted,
    /// each once, for a binary search per message.
    pub(super) fn quoted_turns(&self, rules: &RuleSet, fired: &[FiredTrigger]) -> Vec<usize> {
        let mut out = Vec::new();
        for trigger in fired {
            let by_trigger = names_mood(&trigger.id);
            for evidence in &trigger.evidence {
                let Evidence::Match {
                    turn, role, signal, ..
                } = evidence
                else {
                    continue;
                };
                if *role != crate::transcript::Role::Customer {
                    continue;
                }
                let index = rules
                    .signals
                    .iter()
                    .position(|s| s.topic() == signal || s.id == *signal);
                if index.is_some_and(|s| self.shouting(s)) {
                    continue;
                }
                let by_signal =
                    || index.is_some_and(|s| self.quoted.get(s).copied().unwrap_or(false));
                if (by_trigger || by_signal()) && *turn >= 1 {
                    out.push(turn - 1);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// A signal that includes the built-in frustration lexicon and needs at least its
/// weight of a verdict (the starter `frustration`, with its own phrases, exclusions and
/// negation). Not one at a lower threshold (the starter `frustration-cue`: one mild cue,
/// "my girlfriend will be furious", is no verdict), nor the shouting detector (capitals
/// alone are no mood).
fn alone(signal: &Signal) -> bool {
    signal.builtin == Some(Builtin::Frustration) && signal.threshold >= VERDICT
}

/// A signal whose match a fired trigger's evidence makes frustration: the frustration
/// lexicon at any threshold (the rules combined it into a verdict), or one whose id
/// names the mood; not a shouting detector.
fn quoted(signal: &Signal) -> bool {
    signal.builtin != Some(Builtin::Shouting)
        && (signal.builtin == Some(Builtin::Frustration) || names_mood(signal.topic()))
}

/// Whether an id has a word of [`MOOD_WORDS`] (`angry-customer`, `frustration_v2`).
fn names_mood(id: &str) -> bool {
    id.split(|c: char| !c.is_alphanumeric())
        .any(|word| MOOD_WORDS.iter().any(|m| word.eq_ignore_ascii_case(m)))
}

#[cfg(test)]
mod tests {
    use super::names_mood;

    #[test]
    fn ids_that_name_the_mood() {
        for id in ["frustration", "angry-customer", "Upset", "upset_v2"] {
            assert!(names_mood(id), "{id}");
        }
        for id in ["pricing", "frustrations-log", "bot-loop", "shouting"] {
            assert!(!names_mood(id), "{id}");
        }
    }
}
