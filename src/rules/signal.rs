//! What a validated signal is: a text detector's phrases (as written and normalised),
//! regexes, built-in lexicon and settings, threshold and negation, and what lint needs
//! of the entries the author excluded or disabled. Built by `validate`; matched by the
//! engine.

use crate::diag::Span;

use super::{Builtin, builtin};

/// A text detector: phrases, regexes and built-ins whose weights add up per message.
#[derive(Debug, Clone)]
pub struct Signal {
    pub id: String,
    pub span: Span,
    pub description: Option<String>,
    pub builtin: Option<Builtin>,
    pub phrases: Vec<Phrase>,
    pub regexes: Vec<Pattern>,
    /// Sum of weights of distinct matched entries needed in one message.
    pub threshold: f64,
    /// Where `threshold:` was written; `None` for the default (1, or the built-in's).
    pub threshold_span: Option<Span>,
    /// Skip phrase matches preceded by a negation in the same clause.
    pub negation: bool,
    /// `topic:` as written: whether a summary lists the signal as a topic (`None`: the
    /// default, see [`super::RuleSet::topics`]).
    pub topic: Option<bool>,
    /// Defined inline in a `message:` condition rather than under `signals:`; its id is
    /// then its trigger's or route's and `/inline` (ids hold no `/`).
    pub inline: bool,
    /// The `repeat` detector's settings (defaults unless `builtin: repeat` sets them).
    pub repeat: builtin::RepeatSettings,
    /// The `shouting` detector's settings (defaults unless `builtin: shouting` sets them).
    pub shouting: builtin::ShoutingSettings,
    /// The `exclude:` entries that took a phrase out of the built-in lexicon, as written
    /// (lint reports one named twice).
    pub excluded: Vec<Excluded>,
    /// The author's entries of weight 0, which the engine never sees (lint reports one
    /// listed twice, or beside an entry that weighs the same phrase).
    pub disabled: Vec<Phrase>,
}

impl Signal {
    /// What a summary calls what it found: its id, or for one written inline
    /// (`refund/inline`) the trigger or route it is written in.
    pub fn topic(&self) -> &str {
        if self.inline {
            self.id.split('/').next().unwrap_or(&self.id)
        } else {
            &self.id
        }
    }
}

/// An `exclude:` entry of a signal.
#[derive(Debug, Clone)]
pub struct Excluded {
    pub text: String,
    /// Padded normalised form (see [`crate::text`]).
    pub normalized: String,
    pub span: Span,
}

/// A phrase, as written and as matched.
#[derive(Debug, Clone)]
pub struct Phrase {
    pub text: String,
    /// Padded normalised form (see [`crate::text`]).
    pub normalized: String,
    pub weight: f64,
    /// Where the author wrote it; `None` for phrases of a built-in lexicon.
    pub span: Option<Span>,
    /// The built-in lexicon's weight for this phrase, when the author's entry replaced
    /// the lexicon's (it stands where the lexicon's entry stood).
    pub replaces_builtin: Option<f64>,
}

/// A regular expression entry (matched case-insensitively against the original text).
#[derive(Debug, Clone)]
pub struct Pattern {
    pub pattern: String,
    pub regex: regex::Regex,
    pub weight: f64,
    pub span: Span,
}
