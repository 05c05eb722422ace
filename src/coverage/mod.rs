//! Coverage: outcomes and tallies of many conversations → where the rules have gaps.
//!
//! Takes each conversation's [`Outcome`](crate::outcome::Outcome) and
//! [`Tally`](crate::outcome::Tally) (from `Engine::evaluate_coverage`)
//! and gives a [`CoverageReport`]: what fired, what never did, how much fell to the
//! default route, which triggers end up with which routes, and the gaps in the data
//! (missed and late handoffs, stuck conversations nobody escalated), what the counters of
//! built-in detectors the rules read counted. Reports over shards
//! of the input [`merge`](CoverageReport::merge) into exactly the report of one run over
//! all of it, shards given in input order. Counting a conversation lives in `add.rs`, label
//! evaluation in [`labels`], the gaps in `gaps.rs`, the merge in `merge.rs`, what a route's
//! triggers could do in `ways.rs`, the detectors' counters in `counters.rs`.

mod add;
mod consistency;
mod counters;
mod gaps;
pub mod labels;
mod merge;
mod ways;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::diag::JsonDiagnostic;
use crate::rules::{DEFAULT_ROUTE_ID, RuleSet};

pub use add::RuleIndex;
pub use counters::{CounterCoverage, WindowMost};
pub use gaps::{Example, ExampleMessage, Gap, Gaps, STUCK_FALLBACK_WINDOW, masked_transcript};
use labels::LabelEval;
pub use merge::MergeError;

/// Examples kept per gap (the first ones in input order).
pub const MAX_EXAMPLES: usize = 10;

/// The version of the JSON shape. Version 2 added `shards` and fingerprints the rules as
/// loaded rather than their files' bytes; version 3 tells `(not escalated)` from
/// `(unrouted)` in `labels.teams` (both were `(none)`) and names unmatched labels
/// (`labels.unmatched_ids`), which a version 2 report would merge into wrongly; version 4
/// carries the run's `diagnostics` (they were on stderr only), which a version 3 report
/// would merge in without; version 5 counts `human_handoffs`, which a version 4 report
/// would merge in as none, and finds frustrated conversations stuck only on two
/// frustrated messages or the last one; version 6 finds conversations stuck on bot
/// fallbacks only when two are close together ([`STUCK_FALLBACK_WINDOW`]), which a version
/// 5 report's gap would count by another measure, names the metadata fields a route
/// reads that no conversation had (`routes[].missing_fields`), which a version 5 report
/// would merge in as none missing, and counts where a phrase occurred without counting
/// (`negated`, `inside_longer`), which it would merge in as never.
/// Version 7 names the triggers a route needs that never fired
/// (`routes[].unfired_triggers`), which a version 6 report would merge in as none.
/// Version 8 names there the triggers of every `any:` branch too (version 7 only those the
/// route could not do without), and counts the escalations in which a route's condition
/// held but an earlier route took them (`routes[].taken_earlier`) and those in which
/// enough of its triggers fired but the rest of its condition did not hold
/// (`routes[].rest_unmet`), which a version 7 report would merge in as none.
/// Version 9 fingerprints a signal's `topic:` where it differs from the default: a
/// version 8 report of the same rules has another `rules` fingerprint, which a merge
/// would call other rules, not another handoff.
/// Version 10 says what the counters of built-in detectors the rules read counted
/// (`counters`), which a version 9 report would merge in as never.
/// Version 11 gives each counter the most it counted within each window a condition
/// reads it in (`counters[].windows`), which a version 10 report would merge in as none.
/// Version 12 reads what a route saw of a counter it reads in a window within that window
/// (`counters[].windows[].at_escalation`), where a version 11 report gave the whole count
/// to the escalation point (`counters[].at_escalation`), more than the route saw.
pub const VERSION: u32 = 12;

/// Everything coverage found. Serialised, it is the documented JSON (README).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CoverageReport {
    pub version: u32,
    /// Fingerprint of the rule set as loaded ([`crate::rules::fingerprint`]), so reports of
    /// different rules are not merged.
    pub rules: String,
    /// The runs the report counts: one id per run over some input (a hash of its
    /// conversations), each run's own for a report of one run, all of them for a merged
    /// one; none without conversations. `--merge` refuses reports that share one.
    #[serde(default)]
    pub shards: Vec<String>,
    pub conversations: u64,
    pub messages: u64,
    pub escalated: u64,
    /// Conversations a human agent took over (the transcripts show it): how many
    /// handoffs the rules could have missed.
    pub human_handoffs: u64,
    pub triggers: Vec<TriggerCoverage>,
    pub routes: Vec<RouteCoverage>,
    pub teams: Vec<TeamCoverage>,
    pub signals: Vec<SignalCoverage>,
    /// The counters of built-in detectors (`bot_fallbacks`, `customer_repeats`,
    /// `bot_repeats`) that a `counter:` condition reads, with what each counted.
    pub counters: Vec<CounterCoverage>,
    /// Triggers that never escalated a conversation.
    pub never_fired: Vec<String>,
    /// Routes (and `default`) that never took an escalation.
    pub never_routed: Vec<String>,
    /// Signals that never matched a message.
    pub dead_signals: Vec<String>,
    /// Phrases and regexes (as written in the rules) that never counted in a message.
    pub dead_phrases: Vec<DeadPhrase>,
    /// Share of escalations that went to the default route; `None` (JSON `null`) when
    /// nothing escalated: there is no share to take.
    pub default_share: Option<f64>,
    /// Escalations no route took and no default route caught.
    pub unrouted: u64,
    /// Primary trigger × route: how many escalations each pair produced.
    pub matrix: BTreeMap<String, BTreeMap<String, u64>>,
    /// Escalation turn → conversations.
    pub escalation_turns: BTreeMap<usize, u64>,
    pub gaps: Gaps,
    /// Evaluation against hand labels, with `--labels`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<LabelEval>,
    /// What the run said on stderr, as `lint -f json` writes diagnostics: what the rules
    /// directory left out (D016, D017), the labels file's warnings (D007…), the
    /// transcripts' malformed rows (D001…). A merge keeps each report's, each once.
    #[serde(default)]
    pub diagnostics: Vec<JsonDiagnostic>,
    /// The id of the run's input so far, while conversations are added (it becomes
    /// `shards` in [`CoverageReport::finish`]).
    #[serde(skip)]
    input: Option<u64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TriggerCoverage {
    pub id: String,
    /// Conversations it escalated (it held at the escalation point).
    pub fired: u64,
    /// Conversations where it was the primary trigger.
    pub primary: u64,
    /// Conversations where it held after at least one message, escalation point or not.
    pub held: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RouteCoverage {
    pub id: String,
    pub team: String,
    pub matched: u64,
    /// Metadata fields the route's conditions read (`meta:`) that no conversation had a
    /// value for: not a column of the transcripts (nor of a joined contact list), or
    /// empty in every row. Why a route was never taken, often; left out when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing_fields: Vec<String>,
    /// Triggers its condition names that never fired, those of every `any:` branch
    /// (not those under `not:`): why a route was never taken, or taken only by another
    /// branch. Sorted; left out when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unfired_triggers: Vec<String>,
    /// Escalations in which its condition held but an earlier route took them, by that
    /// route: a route shadowed, in those. Left out when none.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub taken_earlier: BTreeMap<String, u64>,
    /// Escalations in which the triggers of one of its branches all fired (one at
    /// least) but the rest of its condition (`meta:`, `seen:`, `not:`, …) did not
    /// hold. Left out when none.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub rest_unmet: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamCoverage {
    pub id: String,
    pub conversations: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignalCoverage {
    pub id: String,
    /// Messages it matched.
    pub messages: u64,
    /// Every phrase and regex, with the messages it counted in.
    pub entries: Vec<EntryCoverage>,
}

impl SignalCoverage {
    /// Its phrases and regexes written in the rules that never counted (a built-in
    /// lexicon's are not the author's to remove).
    pub fn never_counted(&self) -> impl Iterator<Item = &EntryCoverage> {
        self.entries.iter().filter(|e| e.hits == 0 && !e.builtin)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryCoverage {
    /// `phrase` or `regex`.
    pub kind: String,
    pub text: String,
    /// From a built-in lexicon rather than written in the rules.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub builtin: bool,
    pub hits: u64,
    #[serde(flatten)]
    pub uncounted: Uncounted,
}

/// Where a phrase occurred without counting: messages in which a negation cancelled it
/// ("I don't want a refund"), and messages in which it matched only inside a longer
/// phrase of its signal, which counted instead. Both 0 (and left out of the JSON) for
/// a phrase that never occurred at all, and for a regex (never negated, never inside).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Uncounted {
    #[serde(default, skip_serializing_if = "is_zero")]
    pub negated: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub inside_longer: u64,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `skip_serializing_if` passes a reference
fn is_zero(n: &u64) -> bool {
    *n == 0
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadPhrase {
    pub signal: String,
    pub kind: String,
    pub text: String,
    /// Where it occurred without counting; nowhere for a phrase never seen at all.
    #[serde(flatten)]
    pub uncounted: Uncounted,
}

impl CoverageReport {
    /// An empty report for `rules`, every trigger, route, team, signal and entry at zero.
    pub fn new(rules: &RuleSet) -> Self {
        let mut routes: Vec<RouteCoverage> = rules
            .routes
            .iter()
            .map(|r| RouteCoverage {
                id: r.id.clone(),
                team: rules.team(r.team).id.clone(),
                matched: 0,
                // Until a conversation has a value for them.
                missing_fields: r.when.meta_fields().into_iter().map(String::from).collect(),
                // Until they fire.
                unfired_triggers: ways::Way::of(&r.when).trigger_ids(rules),
                ..RouteCoverage::default()
            })
            .collect();
        if let Some(d) = &rules.default_route {
            routes.push(RouteCoverage {
                id: DEFAULT_ROUTE_ID.to_owned(),
                team: rules.team(d.team).id.clone(),
                ..RouteCoverage::default()
            });
        }
        CoverageReport {
            version: VERSION,
            rules: crate::rules::fingerprint(rules),
            triggers: rules
                .triggers
                .iter()
                .map(|t| TriggerCoverage {
                    id: t.id.clone(),
                    ..TriggerCoverage::default()
                })
                .collect(),
            routes,
            teams: rules
                .teams
                .iter()
                .map(|t| TeamCoverage {
                    id: t.id.clone(),
                    conversations: 0,
                })
                .collect(),
            signals: rules
                .signals
                .iter()
                .map(|s| SignalCoverage {
                    id: s.id.clone(),
                    messages: 0,
                    entries: s
                        .phrases
                        .iter()
                        .map(|p| EntryCoverage {
                            kind: "phrase".into(),
                            text: p.text.clone(),
                            builtin: p.span.is_none(),
                            hits: 0,
                            uncounted: Uncounted::default(),
                        })
                        .chain(s.regexes.iter().map(|r| EntryCoverage {
                            kind: "regex".into(),
                            text: r.pattern.clone(),
                            builtin: false,
                            hits: 0,
                            uncounted: Uncounted::default(),
                        }))
                        .collect(),
                })
                .collect(),
            counters: CounterCoverage::of(rules),
            ..CoverageReport::default()
        }
    }

    /// Cuts the examples' messages to their length in a report: after `--redact` has
    /// masked them (see `gaps.rs`). Every report is cut before it is written.
    pub fn clip_examples(&mut self) {
        self.examples_mut().for_each(Example::clip);
    }

    /// Every example conversation of the report: its gaps' and its label misses'.
    pub fn examples_mut(&mut self) -> impl Iterator<Item = &mut Example> {
        let gaps = &mut self.gaps;
        [
            &mut gaps.missed_handoffs,
            &mut gaps.late_escalations,
            &mut gaps.stuck_not_escalated,
            &mut gaps.default_route,
            &mut gaps.unrouted,
        ]
        .into_iter()
        .chain(gaps.bridge_errors.as_mut())
        .chain(self.labels.as_mut().map(|labels| &mut labels.misses))
        .flat_map(|gap| gap.examples.iter_mut())
    }

    /// Escalations that fell to the default route.
    /// Whether the rules have a default route (the routes list it, as `default`).
    pub fn has_default_route(&self) -> bool {
        self.routes.iter().any(|r| r.id == DEFAULT_ROUTE_ID)
    }

    pub fn default_escalations(&self) -> u64 {
        self.routes
            .iter()
            .find(|r| r.id == DEFAULT_ROUTE_ID)
            .map_or(0, |r| r.matched)
    }

    /// Computes the derived fields: never-fired lists, dead phrases, default share, and
    /// for a report of one run its shard.
    pub fn finish(&mut self) {
        if let Some(input) = self.input.take() {
            self.shards = vec![format!("{:016x}", merge::mix(input))];
        }
        self.never_fired = self
            .triggers
            .iter()
            .filter(|t| t.fired == 0)
            .map(|t| t.id.clone())
            .collect();
        self.never_routed = self
            .routes
            .iter()
            .filter(|r| r.matched == 0)
            .map(|r| r.id.clone())
            .collect();
        self.dead_signals = self
            .signals
            .iter()
            .filter(|s| s.messages == 0)
            .map(|s| s.id.clone())
            .collect();
        self.dead_phrases = self
            .signals
            .iter()
            .flat_map(|s| {
                s.never_counted().map(|e| DeadPhrase {
                    signal: s.id.clone(),
                    kind: e.kind.clone(),
                    text: e.text.clone(),
                    uncounted: e.uncounted,
                })
            })
            .collect();
        let default = self.default_escalations();
        self.default_share = (self.escalated > 0).then(|| default as f64 / self.escalated as f64);
        if let Some(labels) = &mut self.labels {
            labels.finish();
        }
    }

    /// The percentage of triggers that escalated anything; `None` for rules without
    /// triggers, where there is no share to take.
    pub fn triggers_fired_percent(&self) -> Option<f64> {
        if self.triggers.is_empty() {
            return None;
        }
        let fired = self.triggers.iter().filter(|t| t.fired > 0).count();
        Some(fired as f64 * 100.0 / self.triggers.len() as f64)
    }
}

/// Adds `n` to a count when reports merge, saturating: a report is read from a file, and
/// a count edited past any run's must not overflow (the merged report's own checks say
/// what is wrong with it).
fn sum_into(count: &mut u64, n: u64) {
    *count = count.saturating_add(n);
}

#[cfg(test)]
mod tests;
