//! The part of an invalid rule set that is sound, for lint: every definition that
//! validated, whose references all lead to definitions that validated too.
//!
//! A rule set with errors cannot run, but a user fixing one wants every finding in one
//! run, the logic checks' too. So lint checks what is sound: a definition with an error
//! of its own (a bad regex, an unknown team), or a reference to one that has one or did
//! not parse, is left out, and so is whatever refers to it (a route whose trigger is
//! left out), so that no check reasons about a half-understood condition. Which kinds
//! lost a definition is kept as well ([`Partial::complete`]): a check about a whole kind
//! ("no trigger uses this signal") can only be sure when all of it is there.
//!
//! Indices are renumbered: the result is a [`RuleSet`] like any other, every reference
//! in range.

use crate::diag::Diagnostic;

use super::super::load::Loaded;
use super::super::{Condition, Part, Parts, RuleSet, SignalId, TeamId, TriggerId};
use super::{Broken, check};

/// The sound part of a rule set, and which of its kinds are whole.
#[derive(Debug)]
pub struct Partial {
    /// Every sound definition; the whole rule set when it is valid.
    pub rules: RuleSet,
    /// Kinds none of whose definitions was left out (or failed to parse).
    pub complete: Parts,
}

/// Validates loaded files; gives every diagnostic, and the sound part of the rule set
/// (all of it when there is no error).
pub fn validate_partial(loaded: Loaded) -> (Vec<Diagnostic>, Partial) {
    let checked = check(loaded);
    if !checked.failed() {
        let partial = Partial {
            rules: checked.rules,
            complete: Parts::ALL,
        };
        return (checked.diagnostics, partial);
    }
    let partial = prune(checked.rules, &checked.broken, checked.incomplete);
    (checked.diagnostics, partial)
}

/// Keeps the sound definitions of `rules`, renumbered.
fn prune(rules: RuleSet, broken: &Broken, incomplete: Parts) -> Partial {
    let RuleSet {
        sources,
        signals,
        triggers,
        routes,
        default_route,
        teams,
        templates,
        notes,
    } = rules;
    if broken.refused {
        // Over the limits: the rule set is refused, and nothing more is said about it.
        return Partial {
            rules: RuleSet {
                sources,
                signals: Vec::new(),
                triggers: Vec::new(),
                routes: Vec::new(),
                default_route: None,
                teams: Vec::new(),
                templates: Vec::new(),
                notes,
            },
            complete: Parts::NONE,
        };
    }
    let signal_ok: Vec<bool> = (0..signals.len())
        .map(|i| !broken.signals.contains(&i))
        .collect();
    let trigger_ok: Vec<bool> = triggers
        .iter()
        .enumerate()
        .map(|(i, t)| !broken.triggers.contains(&i) && sound(&t.when, &signal_ok, &[]))
        .collect();
    let template_ok: Vec<bool> = (0..templates.len())
        .map(|i| !broken.templates.contains(&i))
        .collect();
    let team_ok: Vec<bool> = teams
        .iter()
        .enumerate()
        .map(|(i, team)| {
            !broken.teams.contains(&i)
                && team.by_trigger.iter().all(|(t, _)| ok(&trigger_ok, t.0))
                && team
                    .bridge
                    .as_ref()
                    .and_then(|b| b.template.as_deref())
                    .is_none_or(|id| {
                        templates
                            .iter()
                            .position(|t| t.id == id)
                            .is_some_and(|i| template_ok[i])
                    })
        })
        .collect();
    let route_ok: Vec<bool> = routes
        .iter()
        .enumerate()
        .map(|(i, r)| {
            !broken.routes.contains(&i)
                && ok(&team_ok, r.team.0)
                && sound(&r.when, &signal_ok, &trigger_ok)
        })
        .collect();
    let default_ok = default_route
        .as_ref()
        .is_none_or(|d| !broken.default_route && ok(&team_ok, d.team.0));

    let mut complete = Parts::ALL;
    for (part, oks) in [
        (Part::Signals, &signal_ok),
        (Part::Triggers, &trigger_ok),
        (Part::Routes, &route_ok),
        (Part::Teams, &team_ok),
        (Part::Templates, &template_ok),
    ] {
        if incomplete.contains(part) || oks.contains(&false) {
            complete.remove(part);
        }
    }
    if incomplete.contains(Part::DefaultRoute) || !default_ok {
        complete.remove(Part::DefaultRoute);
    }

    let signal_at = renumber(&signal_ok);
    let trigger_at = renumber(&trigger_ok);
    let team_at = renumber(&team_ok);
    let ids = Ids {
        signals: &signal_at,
        triggers: &trigger_at,
    };
    let keep = |oks: &[bool], i: usize| oks[i];
    let rules = RuleSet {
        sources,
        signals: signals
            .into_iter()
            .enumerate()
            .filter(|(i, _)| keep(&signal_ok, *i))
            .map(|(_, s)| s)
            .collect(),
        triggers: triggers
            .into_iter()
            .enumerate()
            .filter(|(i, _)| keep(&trigger_ok, *i))
            .map(|(_, mut t)| {
                t.when = ids.condition(t.when);
                t
            })
            .collect(),
        routes: routes
            .into_iter()
            .enumerate()
            .filter(|(i, _)| keep(&route_ok, *i))
            .map(|(_, mut r)| {
                r.when = ids.condition(r.when);
                r.team = TeamId(team_at[r.team.0]);
                r
            })
            .collect(),
        default_route: default_route.filter(|_| default_ok).map(|mut d| {
            d.team = TeamId(team_at[d.team.0]);
            d
        }),
        teams: teams
            .into_iter()
            .enumerate()
            .filter(|(i, _)| keep(&team_ok, *i))
            .map(|(_, mut t)| {
                for (trigger, _) in &mut t.by_trigger {
                    *trigger = TriggerId(trigger_at[trigger.0]);
                }
                t
            })
            .collect(),
        templates: templates
            .into_iter()
            .enumerate()
            .filter(|(i, _)| keep(&template_ok, *i))
            .map(|(_, t)| t)
            .collect(),
        notes,
    };
    Partial { rules, complete }
}

/// Whether index `i` is in range and sound.
fn ok(oks: &[bool], i: usize) -> bool {
    oks.get(i).copied().unwrap_or(false)
}

/// Whether every reference in `c` leads to a sound definition.
fn sound(c: &Condition, signals: &[bool], triggers: &[bool]) -> bool {
    match c {
        Condition::All(items) | Condition::Any(items) => {
            items.iter().all(|c| sound(c, signals, triggers))
        }
        Condition::Not(inner, _) => sound(inner, signals, triggers),
        Condition::Message { signal, .. } => signal.is_none_or(|s| ok(signals, s.0)),
        Condition::Seen { signal, .. } => ok(signals, signal.0),
        Condition::Trigger { trigger, .. } => ok(triggers, trigger.0),
        Condition::Counter { .. } | Condition::Meta { .. } | Condition::Hours { .. } => true,
    }
}

/// Old index → new index, for the kept ones (others map to `usize::MAX`, never read).
fn renumber(oks: &[bool]) -> Vec<usize> {
    let mut next = 0;
    oks.iter()
        .map(|&kept| {
            if kept {
                next += 1;
                next - 1
            } else {
                usize::MAX
            }
        })
        .collect()
}

struct Ids<'a> {
    signals: &'a [usize],
    triggers: &'a [usize],
}

impl Ids<'_> {
    fn condition(&self, c: Condition) -> Condition {
        match c {
            Condition::All(items) => {
                Condition::All(items.into_iter().map(|c| self.condition(c)).collect())
            }
            Condition::Any(items) => {
                Condition::Any(items.into_iter().map(|c| self.condition(c)).collect())
            }
            Condition::Not(inner, span) => Condition::Not(Box::new(self.condition(*inner)), span),
            Condition::Message { role, signal, span } => Condition::Message {
                role,
                signal: signal.map(|s| SignalId(self.signals[s.0])),
                span,
            },
            Condition::Seen {
                signal,
                role,
                at_least,
                within,
                span,
                at_least_span,
                within_span,
            } => Condition::Seen {
                signal: SignalId(self.signals[signal.0]),
                role,
                at_least,
                within,
                span,
                at_least_span,
                within_span,
            },
            Condition::Trigger { trigger, span } => Condition::Trigger {
                trigger: TriggerId(self.triggers[trigger.0]),
                span,
            },
            other @ (Condition::Counter { .. }
            | Condition::Meta { .. }
            | Condition::Hours { .. }) => other,
        }
    }
}

#[cfg(test)]
mod tests;
