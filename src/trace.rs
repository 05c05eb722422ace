//! A trace of one conversation through the rules: why it escalated (or did not), and
//! why it went where it went. The model that `explain` renders and `test` shows for a
//! failing case; the engine produces it (`Engine::trace`).

use serde::Serialize;

use crate::outcome::Outcome;
use crate::rules::Words;
use crate::transcript::Role;

/// Every step of one conversation, then routing, then the outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trace {
    pub conversation_id: String,
    /// One step per message, up to and including the escalation point (all messages when
    /// nothing escalated).
    pub steps: Vec<Step>,
    /// Every route in order at the escalation point, then the default route (empty when
    /// nothing escalated).
    pub routes: Vec<RouteTrace>,
    pub outcome: Outcome,
}

/// What the rules saw after one message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub turn: usize,
    pub role: Role,
    pub time: Option<String>,
    /// The message, on one line, cut to a readable length.
    pub text: String,
    /// Signals with any match in this message, matched or not (a near miss).
    pub signals: Vec<SignalScore>,
    pub triggers: Vec<TriggerTrace>,
    /// This message is the escalation point.
    pub escalation: bool,
    /// (A customer's message.) The `repeat` signals that did not count it as a repeat of
    /// an earlier message because the bot's message before it asked for it again ("Could
    /// you confirm your order number?"). Added within version 1; left out when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub asked_again: Vec<String>,
    /// (A customer's message.) The `repeat` signals that did not count it as a repeat of
    /// an earlier message because it only thanks ("Thanks, that worked perfectly!").
    /// Added within version 1; left out when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub thanks_again: Vec<String>,
    /// (A customer's message a `repeat` signal counted as a repeat.) The earlier customer
    /// message it repeats, the latest such. Added within version 1; left out when no
    /// `repeat` signal counted it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repeats: Option<Earlier>,
    /// (A customer's message a `repeat` signal did not count, but for an exception: the
    /// signals in `asked_again` and `thanks_again`.) The earlier customer message it
    /// repeats, the latest such. Added within version 1; left out when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repeat_not_counted: Option<Earlier>,
    /// (A bot's message `bot_repeats` counted.) The bot's message before it, whose
    /// question it asks again. Added within version 1; left out when none, and when no
    /// condition reads `bot_repeats`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asks_again: Option<Earlier>,
    /// (A bot's fallback that `bot_fallbacks` did not count.) What it answered: the
    /// customer's message before it, which asked small talk or only thanked. Added within
    /// version 1; left out when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fallback_not_counted: Option<Uncounted>,
}

/// An earlier message, by its number and a short quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Earlier {
    pub turn: usize,
    /// The message on one line, cut short.
    pub text: String,
}

/// A bot fallback not counted, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Uncounted {
    /// The customer's message it answered.
    pub answers: Earlier,
    pub why: Answered,
}

/// What a fallback not counted answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Answered {
    /// Small talk ("Do you like your job?"): no failure at the task.
    SmallTalk,
    /// Thanks ("Thanks, that worked!").
    Thanks,
    /// A remark on the bot's finished answer ("that's certainly an interesting weather
    /// pattern" after the forecast): nothing asked.
    Remark,
}

impl Answered {
    /// How `explain` says it.
    pub fn as_str(self) -> &'static str {
        match self {
            Answered::SmallTalk => "small talk",
            Answered::Thanks => "thanks",
            Answered::Remark => "a remark on the bot's answer",
        }
    }
}

/// A signal's score on one message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignalScore {
    pub signal: String,
    pub score: f64,
    pub threshold: f64,
    pub matched: bool,
    /// The words that counted.
    pub texts: Vec<String>,
}

/// One trigger after one message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TriggerTrace {
    pub id: String,
    pub holds: bool,
    /// How near it came: what `explain` shows by default.
    pub standing: Standing,
    /// The one role of message the trigger can hold after, when there is one
    /// (`customer` for a trigger on customer messages only).
    #[serde(skip)]
    pub only_on: Option<Role>,
    pub condition: NodeTrace,
}

/// How near a trigger came to holding after one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    Holds,
    /// It did not hold, but a signal it tests on this message found something in it (a
    /// match, a part of its threshold, or a match a negation cancelled), or one more of
    /// a count it tests (a fallback, a repeat, a message) would make it hold.
    NearMiss,
    /// It did not hold, but would if the metadata values that later rows give were known
    /// now (a tier the agent looks up at message 4): all it waits for is one of them.
    NotKnownYet,
    /// It did not hold and nothing in this message came close.
    NotClose,
    /// It cannot hold after a message from this role, whatever the message says
    /// (a customer-only trigger on a bot's message).
    OtherRole,
}

impl Standing {
    /// Shown by `explain` without `--all`: it held, or nearly, or would with a value
    /// not known yet.
    pub fn shown(self) -> bool {
        matches!(
            self,
            Standing::Holds | Standing::NearMiss | Standing::NotKnownYet
        )
    }
}

/// One route at the escalation point.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RouteTrace {
    pub id: String,
    pub team: String,
    pub holds: bool,
    /// The route that won (the first that holds, or the default).
    pub chosen: bool,
    /// `None` for the default route, which always holds.
    pub condition: Option<NodeTrace>,
}

/// One node of a condition tree, with what it saw.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NodeTrace {
    /// What the node requires: `tier in [enterprise, strategic]`, `all of`.
    pub condition: String,
    /// `condition` in pieces: which of it is an id, shown as code (for Markdown).
    #[serde(skip)]
    pub words: Vec<Words>,
    pub holds: bool,
    /// What it saw: `tier = pro`, `near miss: score 1, needs 2, from “api”`, `bot_fallbacks = 1`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub detail: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<NodeTrace>,
}
