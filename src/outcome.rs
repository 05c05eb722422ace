//! The outcome of replaying one conversation: the model between the engine and reports.
//!
//! Serialised as-is, this is the documented JSON/JSONL contract (see README, "Output
//! contract"): one object per conversation, fields in this order, `snake_case`, evidence
//! as tagged objects. Adding a field is compatible; renaming or removing one is not.

use serde::Serialize;

use crate::rules::Counter;
use crate::transcript::Role;

/// How every output names where an escalation went that no route sent anywhere (no
/// route matched and there is no default route): as a team, a route, or a flow's side.
pub const UNROUTED: &str = "(unrouted)";

/// How the outputs that put escalations and non-escalations side by side (`diff`'s
/// flows, coverage's labels matrix) name a conversation that did not escalate.
pub const NOT_ESCALATED: &str = "(not escalated)";

/// What the rules would do with one conversation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    pub conversation_id: String,
    pub escalated: bool,
    /// 1-based number of the message after which a trigger first held.
    pub escalation_turn: Option<usize>,
    /// That message's timestamp, as written in the export.
    pub escalation_time: Option<String>,
    /// The primary trigger's reason, as the bridge message says it.
    pub reason: Option<String>,
    /// Triggers that held at the escalation point, most severe first (the first is primary).
    pub triggers: Vec<FiredTrigger>,
    /// Id of the route that matched, `default`, or `None` when not escalated (or when
    /// nothing matched and the rules have no default route).
    pub route: Option<String>,
    pub team: Option<String>,
    pub team_name: Option<String>,
    pub bridge_message: Option<String>,
    /// Why the bridge message could not be rendered, if it could not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bridge_error: Option<String>,
    /// The local times the chosen route's `hours:` conditions saw ([`Evidence::Hours`];
    /// empty: none decided it, or the default route). `diff`'s examples show them, so
    /// that an `hours:` route change can be judged. In the JSON contract only
    /// when there are some, as `bridge_error` is: the outputs of rules
    /// without `hours:` routes stay as they were.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub route_hours: Vec<Evidence>,
    /// 1-based number of the first message by a human agent in the transcript.
    pub actual_handoff_turn: Option<usize>,
    pub actual_handoff_time: Option<String>,
    /// The rules' escalation compared with the actual handoff, when there was one.
    pub versus_actual: Option<VersusActual>,
    /// Messages in the conversation.
    pub messages: usize,
}

/// A trigger that held at the escalation point, with the evidence that made it hold.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FiredTrigger {
    pub id: String,
    pub severity: &'static str,
    pub turn: usize,
    pub evidence: Vec<Evidence>,
}

/// Why a condition held.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Evidence {
    /// A signal matched these words of a message.
    Match {
        turn: usize,
        role: Role,
        signal: String,
        text: String,
    },
    /// A counter had this value; with a window (`within:`), the count among the last
    /// `within` messages, as far as the condition's bound (`at_least`, or `at_most` + 1).
    Counter {
        name: &'static str,
        value: f64,
        /// Only a windowed counter's: every other counter's evidence is as it was.
        #[serde(skip_serializing_if = "Option::is_none")]
        within: Option<u32>,
    },
    /// A metadata field had this value (or none).
    Metadata {
        field: String,
        value: Option<String>,
    },
    /// An `hours:` condition held: the local time it saw, in its zone.
    Hours {
        /// The message whose time it read.
        turn: usize,
        /// The local date and time, to the minute: `2026-03-07T02:00`.
        local_time: String,
        /// The local date's weekday: `sat`.
        weekday: &'static str,
        /// The condition's zone as written: `Europe/London`.
        tz: String,
        /// The day whose hours the time is in: the weekday, or, in the early hours of a
        /// range past midnight, the day before, when the shift started (`fri`).
        shift_day: &'static str,
    },
}

/// How the rules' escalation point compares with the actual handoff in the transcript.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VersusActual {
    /// The rules escalate before the human joined.
    Earlier,
    Same,
    /// The rules escalate only after the human joined.
    Later,
    /// A human joined, but no rule escalated.
    Missed,
}

/// What coverage counts in one conversation beyond its outcome (see `Engine::evaluate_coverage`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Triggers (by index) that held after at least one message, escalation or not.
    pub held: Vec<usize>,
    /// Signal entries (by coverage id, see `RuleSet::entry_bases`) with the number of
    /// messages they counted in.
    pub entries: Vec<(u32, u32)>,
    /// Phrase entries with the number of messages in which a negation cancelled them.
    pub negated_entries: Vec<(u32, u32)>,
    /// Phrase entries with the number of messages in which they matched only inside a
    /// longer match of their signal (which counted instead).
    pub inside_entries: Vec<(u32, u32)>,
    /// Rule signals (by index) with the number of messages they matched.
    pub signals: Vec<(usize, u32)>,
    /// Bot messages the built-in fallback detector matched.
    pub bot_fallbacks: u32,
    /// The fewest messages from one of those fallbacks to the next (2 for two bot
    /// answers in a row of a chat that takes turns); `None` for fewer than two.
    pub closest_fallbacks: Option<usize>,
    /// Customer messages the built-in repeat detector matched.
    pub customer_repeats: u32,
    /// Bot messages asking again what the bot's message before asked (`bot_repeats`);
    /// 0 under rules that do not read that counter (nothing compares the questions).
    pub bot_repeats: u32,
    /// Customer messages the built-in frustration detector matched.
    pub frustrated_messages: u32,
    /// Whether it matched the customer's last message.
    pub ended_frustrated: bool,
    /// Routes (by index) whose condition held at the escalation point: the one taken
    /// first, then the later ones it was taken from. Empty when the conversation did not
    /// escalate or no route held.
    pub routes_held: Vec<usize>,
    /// The messages (by index, in order) each counter of [`Counter::DETECTED`] counted,
    /// in that order: where its windows (`within:`) held the most.
    pub detected_at: [Vec<u32>; 3],
}

impl Tally {
    /// What counter `counter` counted in the conversation, to its end, for the counters
    /// of built-in detectors ([`Counter::DETECTED`]); `None` for the others.
    pub fn detected(&self, counter: Counter) -> Option<u32> {
        match counter {
            Counter::BotFallbacks => Some(self.bot_fallbacks),
            Counter::CustomerRepeats => Some(self.customer_repeats),
            Counter::BotRepeats => Some(self.bot_repeats),
            _ => None,
        }
    }

    /// The messages (by index, in order) that counter `counter` counted, for the
    /// counters of built-in detectors; empty for the others.
    pub fn detected_at(&self, counter: Counter) -> &[u32] {
        (Counter::DETECTED.iter().position(|&d| d == counter)).map_or(&[], |i| &self.detected_at[i])
    }
}

impl Outcome {
    /// A conversation of `messages` messages that did not escalate: every other field
    /// empty, for the engine to fill in or keep.
    pub fn not_escalated(conversation_id: String, messages: usize) -> Outcome {
        Outcome {
            conversation_id,
            escalated: false,
            escalation_turn: None,
            escalation_time: None,
            reason: None,
            triggers: Vec::new(),
            route: None,
            team: None,
            team_name: None,
            bridge_message: None,
            bridge_error: None,
            route_hours: Vec::new(),
            actual_handoff_turn: None,
            actual_handoff_time: None,
            versus_actual: None,
            messages,
        }
    }

    /// The primary trigger's id.
    pub fn primary_trigger(&self) -> Option<&str> {
        self.triggers.first().map(|t| t.id.as_str())
    }
}

impl VersusActual {
    pub fn as_str(self) -> &'static str {
        match self {
            VersusActual::Earlier => "earlier",
            VersusActual::Same => "same",
            VersusActual::Later => "later",
            VersusActual::Missed => "missed",
        }
    }
}

/// Arbitrary outcomes, for property tests of what reads them.
#[cfg(test)]
pub(crate) mod strategy {
    use proptest::prelude::*;

    use super::*;

    pub(crate) fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-z ]{0,12}",
            "[\\x00-\\x7f]{0,12}",
            any::<String>(),
            Just("say \"hi\"\\n\\\\ \u{7f}\u{2028}é\t\u{1}".to_owned()),
        ]
    }

    fn evidence() -> impl Strategy<Value = Evidence> {
        prop_oneof![
            (any::<usize>(), 0..4usize, text(), text()).prop_map(|(turn, role, signal, text)| {
                Evidence::Match {
                    turn,
                    role: Role::ALL[role],
                    signal,
                    text,
                }
            }),
            (
                prop_oneof![Just("customer_repeats"), Just("bot_fallbacks")],
                prop_oneof![
                    any::<f64>(),
                    Just(1.0),
                    Just(0.5),
                    Just(f64::NAN),
                    Just(f64::INFINITY),
                    Just(1e21)
                ],
                proptest::option::of(1..1000u32)
            )
                .prop_map(|(name, value, within)| Evidence::Counter {
                    name,
                    value,
                    within
                }),
            (text(), proptest::option::of(text()))
                .prop_map(|(field, value)| Evidence::Metadata { field, value }),
            hours(),
        ]
    }

    fn hours() -> impl Strategy<Value = Evidence> {
        (any::<usize>(), text(), 0..7usize, text(), 0..7usize).prop_map(
            |(turn, local_time, weekday, tz, shift_day)| Evidence::Hours {
                turn,
                local_time,
                weekday: crate::rules::hours::DAYS[weekday],
                tz,
                shift_day: crate::rules::hours::DAYS[shift_day],
            },
        )
    }

    pub(crate) fn fired() -> impl Strategy<Value = FiredTrigger> {
        (
            text(),
            prop_oneof![Just("high"), Just("medium")],
            any::<usize>(),
            proptest::collection::vec(evidence(), 0..4),
        )
            .prop_map(|(id, severity, turn, evidence)| FiredTrigger {
                id,
                severity,
                turn,
                evidence,
            })
    }

    /// What the engine keeps of a route's `hours:` conditions: hours evidence only.
    pub(crate) fn route_hours() -> impl Strategy<Value = Vec<Evidence>> {
        proptest::collection::vec(hours(), 0..3)
    }

    pub(crate) fn outcome() -> impl Strategy<Value = Outcome> {
        let versus = proptest::option::of(prop_oneof![
            Just(VersusActual::Earlier),
            Just(VersusActual::Same),
            Just(VersusActual::Later),
            Just(VersusActual::Missed),
        ]);
        (
            (
                text(),
                any::<bool>(),
                any::<Option<usize>>(),
                proptest::option::of(text()),
                proptest::option::of(text()),
                proptest::collection::vec(fired(), 0..3),
            ),
            (
                proptest::option::of(text()),
                proptest::option::of(text()),
                proptest::option::of(text()),
                proptest::option::of(text()),
                proptest::option::of(text()),
            ),
            (
                any::<Option<usize>>(),
                proptest::option::of(text()),
                versus,
                0..100_000usize,
                route_hours(),
            ),
        )
            .prop_map(
                |(
                    (
                        conversation_id,
                        escalated,
                        escalation_turn,
                        escalation_time,
                        reason,
                        triggers,
                    ),
                    (route, team, team_name, bridge_message, bridge_error),
                    (
                        actual_handoff_turn,
                        actual_handoff_time,
                        versus_actual,
                        messages,
                        route_hours,
                    ),
                )| Outcome {
                    conversation_id,
                    escalated,
                    escalation_turn,
                    escalation_time,
                    reason,
                    triggers,
                    route,
                    team,
                    team_name,
                    bridge_message,
                    bridge_error,
                    route_hours,
                    actual_handoff_turn,
                    actual_handoff_time,
                    versus_actual,
                    messages,
                },
            )
    }
}
