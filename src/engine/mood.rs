//! Which of the rules' signals speak for the customer's mood: a rule set → the signals
//! whose match alone makes a message read as frustrated in a summary, and those whose
//! match in a fired trigger's evidence does. Decides nothing about escalation.
//!
//! A summary's mood must agree with the evidence the rules produced: a conversation that
//! escalated for frustration at message 5 cannot read "calm" at message 5 (audit on STAR
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
    "shouting",
    "upset",
];

/// Per rule signal: whether its match alone makes a customer message frustrated (see
/// [`alone`]), and whether its match quoted in a fired trigger's evidence does (see
/// [`quoted`]).
#[derive(Debug, Default)]
pub(super) struct MoodSignals {
    alone: Vec<bool>,
    quoted: Vec<bool>,
}

impl MoodSignals {
    pub(super) fn new(rules: &RuleSet) -> MoodSignals {
        MoodSignals {
            alone: rules.signals.iter().map(alone).collect(),
            quoted: rules.signals.iter().map(quoted).collect(),
        }
    }

    /// Whether rule signal `s` matching a customer message makes it frustrated.
    pub(super) fn alone(&self, s: usize) -> bool {
        self.alone.get(s).copied().unwrap_or(false)
    }

    /// Indices (0-based) of the customer messages that `fired`'s evidence quotes a mood
    /// signal in, or that a trigger whose id names the mood quotes a signal in.
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
                let by_signal = || {
                    rules
                        .signals
                        .iter()
                        .position(|s| s.topic() == signal || s.id == *signal)
                        .is_some_and(|s| self.quoted.get(s).copied().unwrap_or(false))
                };
                if (by_trigger || by_signal()) && *turn >= 1 {
                    out.push(turn - 1);
                }
            }
        }
        out
    }
}

/// A signal that includes the built-in frustration lexicon and needs at least its
/// weight of a verdict (the starter `frustration`, with its own phrases, exclusions and
/// negation), or the shouting detector (which the built-in mood counts alone too). Not
/// one at a lower threshold (the starter `frustration-cue`: one mild cue, "my
/// girlfriend will be furious", is no verdict).
fn alone(signal: &Signal) -> bool {
    match signal.builtin {
        Some(Builtin::Frustration) => signal.threshold >= VERDICT,
        Some(Builtin::Shouting) => true,
        _ => false,
    }
}

/// A signal whose match a fired trigger's evidence makes frustration: one of the
/// frustration or shouting detectors at any threshold (the rules combined it into a
/// verdict), or one whose id names the mood.
fn quoted(signal: &Signal) -> bool {
    matches!(
        signal.builtin,
        Some(Builtin::Frustration | Builtin::Shouting)
    ) || names_mood(signal.topic())
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
        for id in ["frustration", "angry-customer", "Shouting", "upset_v2"] {
            assert!(names_mood(id), "{id}");
        }
        for id in ["pricing", "frustrations-log", "bot-loop", "human-request"] {
            assert!(!names_mood(id), "{id}");
        }
    }
}
