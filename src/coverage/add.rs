//! Counting one conversation: takes its [`Outcome`] and [`Tally`] and adds them to a
//! [`CoverageReport`]'s counts (conversations, messages, triggers held and fired, signal
//! and entry hits, the detectors' counters, routes, teams, the trigger × route matrix, gaps, and why routes not
//! taken were not). The [`RuleIndex`] finds the report's entries by id, worked out once
//! per run.

use std::collections::HashMap;

use super::ways::{Enough, Way};
use super::{CoverageReport, EntryCoverage, counters, merge};
use crate::outcome::{Outcome, Tally};
use crate::rules::{Counter, RuleSet};
use crate::transcript::Conversation;

/// What [`CoverageReport::add`] needs to know of the rule set, worked out once per run
/// instead of once per conversation (with a thousand rules, rebuilding it and searching
/// triggers and routes by id made the thread that adds up the reports the slowest).
#[derive(Debug)]
pub struct RuleIndex {
    /// Per rule signal: the coverage id of its first entry.
    bases: Vec<u32>,
    triggers: HashMap<String, usize>,
    routes: HashMap<String, usize>,
    teams: HashMap<String, usize>,
    /// Per rule route, its condition as far as its triggers go.
    ways: Vec<Way>,
    /// The counters of the report's `counters`, in its order.
    counters: Vec<Counter>,
}

impl RuleIndex {
    /// The index of `rules` for `report`, made for them by [`CoverageReport::new`]: the
    /// trigger, route and team indices are those of the report's own lists.
    pub fn new(rules: &RuleSet, report: &CoverageReport) -> Self {
        RuleIndex {
            bases: rules.entry_bases(),
            triggers: first_index(report.triggers.iter().map(|t| t.id.as_str())),
            routes: first_index(report.routes.iter().map(|r| r.id.as_str())),
            teams: first_index(report.teams.iter().map(|t| t.id.as_str())),
            ways: rules.routes.iter().map(|r| Way::of(&r.when)).collect(),
            counters: (counters::detected(rules).into_iter())
                .map(|(c, _)| c)
                .collect(),
        }
    }
}

/// Each id → the index of its first occurrence, as a search in order would find.
fn first_index<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        map.entry(id.to_owned()).or_insert(i);
    }
    map
}

impl CoverageReport {
    /// Adds one conversation. `index` must be of the rule set the report was made for.
    pub fn add(
        &mut self,
        index: &RuleIndex,
        conversation: &Conversation,
        outcome: &Outcome,
        tally: &Tally,
    ) {
        self.conversations += 1;
        self.messages += conversation.messages.len() as u64;
        // A sum: the same conversations read in another order are the same shard.
        let input = self.input.get_or_insert(0);
        *input = input.wrapping_add(merge::conversation_hash(conversation));
        for &t in &tally.held {
            self.triggers[t].held += 1;
        }
        self.add_signals(index, tally);
        let escalated = outcome
            .escalated
            .then_some(outcome.escalation_turn)
            .flatten();
        counters::add(&mut self.counters, &index.counters, tally, escalated);
        if outcome.escalated {
            self.add_escalation(index, outcome);
            self.add_passed_over(index, outcome, tally);
        }
        if outcome.actual_handoff_turn.is_some() {
            self.human_handoffs += 1;
        }
        self.gaps.add(conversation, outcome, tally);
        for route in &mut self.routes {
            if !route.missing_fields.is_empty() {
                route
                    .missing_fields
                    .retain(|field| conversation.metadata.get(field).is_none());
            }
        }
    }

    fn add_signals(&mut self, index: &RuleIndex, tally: &Tally) {
        for &(s, n) in &tally.signals {
            // The report's signals are the rules', in order (inline ones included).
            if let Some(signal) = self.signals.get_mut(s) {
                signal.messages += u64::from(n);
            }
        }
        for &(entry, n) in &tally.entries {
            if let Some(e) = self.entry_mut(index, entry) {
                e.hits += u64::from(n);
            }
        }
        for &(entry, n) in &tally.negated_entries {
            if let Some(e) = self.entry_mut(index, entry) {
                e.uncounted.negated += u64::from(n);
            }
        }
        for &(entry, n) in &tally.inside_entries {
            if let Some(e) = self.entry_mut(index, entry) {
                e.uncounted.inside_longer += u64::from(n);
            }
        }
    }

    /// The entry of coverage id `entry` (see `RuleSet::entry_bases`).
    fn entry_mut(&mut self, index: &RuleIndex, entry: u32) -> Option<&mut EntryCoverage> {
        let bases = &index.bases;
        let s = bases.partition_point(|&b| b <= entry).checked_sub(1)?;
        let offset = (entry - bases[s]) as usize;
        self.signals
            .get_mut(s)
            .and_then(|signal| signal.entries.get_mut(offset))
    }

    /// Why the routes other than the one taken did not take the escalation: an earlier
    /// route took it although theirs held (`taken_earlier`), or enough of their triggers
    /// fired but the rest of their condition did not hold (`rest_unmet`).
    fn add_passed_over(&mut self, index: &RuleIndex, outcome: &Outcome, tally: &Tally) {
        let mut fired = vec![false; self.triggers.len()];
        for trigger in &outcome.triggers {
            if let Some(&t) = index.triggers.get(&trigger.id) {
                fired[t] = true;
            }
        }
        // The first route that held took it; the others that held come after it.
        let (taken, held_later) = match tally.routes_held.split_first() {
            Some((&taken, later)) => (Some(taken), later),
            None => (None, &[][..]),
        };
        for (r, way) in index.ways.iter().enumerate() {
            if Some(r) == taken || r >= self.routes.len() {
                continue;
            }
            if held_later.contains(&r) {
                let Some(by) = taken.and_then(|t| self.routes.get(t)).map(|t| t.id.clone()) else {
                    continue;
                };
                *self.routes[r].taken_earlier.entry(by).or_default() += 1;
            } else if way.enough(&fired) == Enough::Yes {
                self.routes[r].rest_unmet += 1;
            }
        }
    }

    fn add_escalation(&mut self, index: &RuleIndex, outcome: &Outcome) {
        self.escalated += 1;
        for fired in &outcome.triggers {
            if let Some(&t) = index.triggers.get(&fired.id) {
                self.triggers[t].fired += 1;
            }
        }
        for route in &mut self.routes {
            if !route.unfired_triggers.is_empty() {
                (route.unfired_triggers).retain(|t| !outcome.triggers.iter().any(|f| &f.id == t));
            }
        }
        let primary = outcome.primary_trigger().unwrap_or("-");
        if let Some(&t) = index.triggers.get(primary) {
            self.triggers[t].primary += 1;
        }
        if let Some(turn) = outcome.escalation_turn {
            *self.escalation_turns.entry(turn).or_default() += 1;
        }
        let route = outcome.route.as_deref().unwrap_or(crate::outcome::UNROUTED);
        // Keys are allocated only the first time a pair is counted.
        let routes = match self.matrix.get_mut(primary) {
            Some(routes) => routes,
            None => self.matrix.entry(primary.to_owned()).or_default(),
        };
        match routes.get_mut(route) {
            Some(count) => *count += 1,
            None => {
                routes.insert(route.to_owned(), 1);
            }
        }
        match (&outcome.route, &outcome.team) {
            (Some(route), Some(team)) => {
                if let Some(&r) = index.routes.get(route) {
                    self.routes[r].matched += 1;
                }
                if let Some(&t) = index.teams.get(team) {
                    self.teams[t].conversations += 1;
                }
            }
            _ => self.unrouted += 1,
        }
    }
}
