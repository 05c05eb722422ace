//! Rules: what a rule set is, once loaded and validated.
//!
//! Takes a rule file or a directory of them ([`load`]); gives a [`RuleSet`] in which every
//! reference is resolved to an index, every regex compiled, every phrase normalised and
//! every template parsed ([`validate`]). The engine accepts only a `RuleSet`, so it never
//! checks any of this again. Lint-style judgement (unused parts, unreachable routes) is
//! not done here: a rule set can be valid and still unwise.

pub mod builtin;
pub(crate) mod context;
mod describe;
mod fingerprint;
pub(crate) mod guards;
pub mod hours;
mod json_schema;
pub mod load;
mod meta;
mod parts;
pub(crate) mod reach;
pub(crate) mod recover;
pub mod schema;
mod signal;
pub mod validate;

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Severity, Sources, Span};
use crate::transcript::Role;

pub use describe::Words;
pub use fingerprint::fingerprint;
pub use json_schema::rules_schema;
pub(crate) use json_schema::schema_for;
pub use meta::{Expected, FieldValue, MetaTest};
pub use parts::{Part, Parts};
pub use schema::{Builtin, Counter, Severity as TriggerSeverity};
pub use signal::{Excluded, Pattern, Phrase, Signal};

/// Index of a signal in [`RuleSet::signals`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SignalId(pub usize);

/// Index of a trigger in [`RuleSet::triggers`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TriggerId(pub usize);

/// Index of a team in [`RuleSet::teams`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TeamId(pub usize);

/// A validated rule set: signals, triggers, ordered routes, teams.
#[derive(Debug)]
pub struct RuleSet {
    /// The rule files, kept so diagnostics can quote them.
    pub sources: Sources,
    pub signals: Vec<Signal>,
    pub triggers: Vec<Trigger>,
    pub routes: Vec<Route>,
    pub default_route: Option<DefaultRoute>,
    pub teams: Vec<Team>,
    pub templates: Vec<Template>,
    /// What loading said that stops nothing: entries of a rules directory named like
    /// rule files that are not files, left out (D016). For the commands to print.
    pub notes: Vec<Diagnostic>,
}

impl RuleSet {
    pub fn signal(&self, id: SignalId) -> &Signal {
        &self.signals[id.0]
    }

    pub fn trigger(&self, id: TriggerId) -> &Trigger {
        &self.triggers[id.0]
    }

    pub fn team(&self, id: TeamId) -> &Team {
        &self.teams[id.0]
    }

    /// Coverage ids of signal entries: signal `s`'s phrases are numbered from `base[s]`,
    /// its regexes right after its phrases. One numbering for the engine and reports.
    pub fn entry_bases(&self) -> Vec<u32> {
        let mut next = 0u32;
        self.signals
            .iter()
            .map(|s| {
                let base = next;
                next += u32::try_from(s.phrases.len() + s.regexes.len()).unwrap_or(u32::MAX);
                base
            })
            .collect()
    }
}

/// An escalation trigger.
#[derive(Debug)]
pub struct Trigger {
    pub id: String,
    pub span: Span,
    pub description: Option<String>,
    /// Reads after "stepping in to …"; defaults to the description, then the id.
    pub reason: String,
    pub severity: TriggerSeverity,
    pub when: Condition,
}

/// A condition tree. Evaluated after every message; see the engine for semantics.
#[derive(Debug)]
pub enum Condition {
    All(Vec<Condition>),
    Any(Vec<Condition>),
    /// The operand does not hold; the span is the `not` key's (the operand's as
    /// written where the key is not found), so that a finding can point at the `not`
    /// rather than at the condition it negates.
    Not(Box<Condition>, Span),
    /// The latest message has `role` (any when `None`) and, when `signal` is set,
    /// the signal matches it.
    Message {
        role: Option<Role>,
        signal: Option<SignalId>,
        span: Span,
    },
    /// The signal matched at least `at_least` messages (of `role`) so far, or among the
    /// last `within` messages (of any role, the latest included).
    Seen {
        signal: SignalId,
        role: Option<Role>,
        at_least: u32,
        /// The window, in messages (at least 1); `None`: the whole conversation so far.
        within: Option<u32>,
        span: Span,
        /// Where `at_least` is written, if it is.
        at_least_span: Option<Span>,
        /// Where `within` is written, if it is.
        within_span: Option<Span>,
    },
    /// A counter is within bounds (inclusive); with `within`, the count of the messages
    /// it counts among the last `within` messages (only for the counters that count
    /// messages: [`Counter::windowed`]).
    Counter {
        counter: Counter,
        at_least: Option<f64>,
        at_most: Option<f64>,
        /// The window, in messages (at least 1); `None`: the whole conversation so far.
        within: Option<u32>,
        span: Span,
        /// Where `at_least` is written, if it is.
        at_least_span: Option<Span>,
        /// Where `within` is written, if it is.
        within_span: Option<Span>,
    },
    /// A customer metadata field passes a test.
    Meta {
        /// Normalised field name (see [`crate::transcript::normalize_field`]).
        field: String,
        test: MetaTest,
        span: Span,
        /// Where the field's name is written.
        field_span: Span,
    },
    /// The latest message's local time is within these hours (false without a time).
    Hours {
        hours: Box<hours::Hours>,
        span: Span,
    },
    /// The trigger fired at the escalation point (routes only).
    Trigger {
        trigger: TriggerId,
        span: Span,
    },
}

/// A route: when its condition holds at the escalation point, the team takes over.
#[derive(Debug)]
pub struct Route {
    pub id: String,
    pub span: Span,
    pub description: Option<String>,
    pub when: Condition,
    pub team: TeamId,
}

impl RuleSet {
    /// Per signal, whether a summary lists it as a topic when it matched: its `topic:`
    /// when written, else a signal of phrases or regexes (a built-in detector is a mood,
    /// not a topic) that the conditions do not read only to cancel
    /// ([`RuleSet::vetoes_only`]).
    pub fn topics(&self) -> Vec<bool> {
        let vetoes = self.vetoes_only();
        (self.signals.iter().zip(vetoes))
            .map(|(s, veto)| s.topic.unwrap_or(s.builtin.is_none() && !veto))
            .collect()
    }

    /// Per signal, whether the rules read it only to cancel: every `message:` or `seen:`
    /// of it in triggers and routes is under a `not:` (an odd number of them), as the
    /// starter's `polite-closing` ("giving up, not with thanks") and `service-hearsay`
    /// are. Such a signal says what keeps a cue from counting, not what
    /// the conversation is about: a summary lists it as no topic. A signal no condition
    /// reads is not one.
    pub fn vetoes_only(&self) -> Vec<bool> {
        // Per signal: (read as it is, read under `not:`).
        fn walk(c: &Condition, negated: bool, reads: &mut [(bool, bool)]) {
            let signal = match c {
                Condition::All(items) | Condition::Any(items) => {
                    for item in items {
                        walk(item, negated, reads);
                    }
                    return;
                }
                Condition::Not(inner, _) => return walk(inner, !negated, reads),
                Condition::Message {
                    signal: Some(signal),
                    ..
                }
                | Condition::Seen { signal, .. } => signal,
                _ => return,
            };
            if let Some(read) = reads.get_mut(signal.0) {
                if negated {
                    read.1 = true;
                } else {
                    read.0 = true;
                }
            }
        }
        let mut reads = vec![(false, false); self.signals.len()];
        let conditions =
            (self.triggers.iter().map(|t| &t.when)).chain(self.routes.iter().map(|r| &r.when));
        for condition in conditions {
            walk(condition, false, &mut reads);
        }
        reads
            .iter()
            .map(|&(read, negated)| negated && !read)
            .collect()
    }
}

impl Condition {
    /// The metadata fields the condition reads (`meta:`), each once, sorted.
    pub fn meta_fields(&self) -> Vec<&str> {
        fn walk<'a>(c: &'a Condition, out: &mut Vec<&'a str>) {
            match c {
                Condition::All(items) | Condition::Any(items) => {
                    for item in items {
                        walk(item, out);
                    }
                }
                Condition::Not(inner, _) => walk(inner, out),
                Condition::Meta { field, .. } => out.push(field),
                _ => {}
            }
        }
        let mut fields = Vec::new();
        walk(self, &mut fields);
        fields.sort_unstable();
        fields.dedup();
        fields
    }
}

/// The route taken when no other matches; its id is always `default`.
#[derive(Debug)]
pub struct DefaultRoute {
    pub team: TeamId,
    pub span: Span,
}

/// The id every report uses for the default route.
pub const DEFAULT_ROUTE_ID: &str = "default";

/// A team of humans.
#[derive(Debug)]
pub struct Team {
    pub id: String,
    pub span: Span,
    pub name: String,
    /// The name the human signs with, if fixed.
    pub agent: Option<String>,
    /// The bridge message for escalations whose primary trigger has none of its own.
    pub bridge: Option<Bridge>,
    /// Bridge messages by primary trigger (`bridges:`), in trigger order.
    pub by_trigger: Vec<(TriggerId, Bridge)>,
}

impl Team {
    /// The bridge template for an escalation whose primary trigger is `trigger`.
    pub fn bridge_for(&self, trigger: TriggerId) -> Option<&Bridge> {
        self.by_trigger
            .iter()
            .find(|(t, _)| *t == trigger)
            .map(|(_, b)| b)
            .or(self.bridge.as_ref())
    }

    /// Every bridge template of the team: the default, then those by trigger.
    pub fn bridges(&self) -> impl Iterator<Item = &Bridge> {
        self.bridge
            .iter()
            .chain(self.by_trigger.iter().map(|(_, b)| b))
    }
}

/// The placeholder a bridge message shows when a team has no fixed agent name.
pub const AGENT_PLACEHOLDER: &str = "[agent name]";

/// A team's bridge-message template.
#[derive(Debug, Clone)]
pub struct Bridge {
    pub source: String,
    pub span: Span,
    /// The shared template it came from, if any.
    pub template: Option<String>,
}

/// A named, shared template.
#[derive(Debug)]
pub struct Template {
    pub id: String,
    /// Its `id`'s.
    pub span: Span,
    pub text: String,
    /// Its `text`'s: a finding about the template's words points there.
    pub text_span: Span,
}

/// Why a rule set could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum RuleSetError {
    #[error(transparent)]
    Load(#[from] load::LoadError),
    #[error("{} in the rules", count_errors(.diagnostics))]
    Invalid {
        diagnostics: Vec<Diagnostic>,
        sources: Box<Sources>,
    },
}

fn count_errors(diagnostics: &[Diagnostic]) -> String {
    let n = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    if n == 1 {
        "1 error".to_owned()
    } else {
        format!("{n} errors")
    }
}

/// Loads and validates the rule set at `path` (a file or a directory of YAML files).
pub fn load_rule_set(path: &Path) -> Result<RuleSet, RuleSetError> {
    validated(load::load(path)?)
}

/// Validates rule files held in memory: `(path, text)` pairs, merged in order.
pub fn parse_rule_set(files: Vec<(PathBuf, String)>) -> Result<RuleSet, RuleSetError> {
    validated(load::parse(files))
}

fn validated(loaded: load::Loaded) -> Result<RuleSet, RuleSetError> {
    validate::validate(loaded).map_err(|(diagnostics, sources)| RuleSetError::Invalid {
        diagnostics,
        sources: Box::new(sources),
    })
}

/// Whether every read of `customer.<field>` in the template is guarded
/// ([`guards`]: `default`, `is defined`, a test of truth around it), for tests: the
/// engine and lint read [`guards::unguarded`] whole.
#[cfg(test)]
pub(crate) fn guarded(source: &str, field: &str) -> bool {
    guarded_path(source, &format!("customer.{field}"))
}

/// Whether every read of the value `path` (`summary.goal`) in the template is guarded,
/// as [`guarded`] says; not when the template does not parse. For tests, as [`guarded`].
#[cfg(test)]
pub(crate) fn guarded_path(source: &str, path: &str) -> bool {
    guards::unguarded(source).is_some_and(|u| !u.contains_key(path))
}
