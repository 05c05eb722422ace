//! M012 ambiguous-phrase: one phrase in two signals that lead to different teams.

use crate::text::as_written;
use std::collections::{BTreeMap, BTreeSet};

use super::walk;
use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::{Condition, Part, RuleSet};

pub(crate) struct AmbiguousPhrase;

impl Check for AmbiguousPhrase {
    fn code(&self) -> &'static Code {
        code("M012")
    }

    /// Where a signal leads depends on every trigger and route.
    fn needs(&self) -> &'static [Part] {
        &[Part::Triggers, Part::Routes, Part::DefaultRoute]
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        let rules = cx.rules;
        let teams = teams_by_signal(rules);
        let mut by_phrase: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
        for (s, signal) in rules.signals.iter().enumerate() {
            for (p, phrase) in signal.phrases.iter().enumerate() {
                by_phrase
                    .entry(&phrase.normalized)
                    .or_default()
                    .push((s, p));
            }
        }
        for places in by_phrase.values() {
            for (i, &(s2, p2)) in places.iter().enumerate() {
                let Some(span) = rules.signals[s2].phrases[p2].span else {
                    continue;
                };
                let earlier = places[..i].iter().find(|&&(s1, _)| {
                    s1 != s2
                        && !teams[s1].is_empty()
                        && !teams[s2].is_empty()
                        && teams[s1] != teams[s2]
                });
                let Some(&(s1, p1)) = earlier else { continue };
                let (a, b) = (&rules.signals[s1], &rules.signals[s2]);
                let names = |s: usize| {
                    teams[s]
                        .iter()
                        .map(|&t| rules.teams[t].id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let first = &a.phrases[p1];
                let related = first.span.map(|s| sink.location(s));
                let d = sink.report(
                    span,
                    format!(
                        "phrase \"{}\" is in signal `{}` (→ {}) and in signal `{}` (→ {})",
                        as_written(&b.phrases[p2].text),
                        a.id,
                        names(s1),
                        b.id,
                        names(s2)
                    ),
                );
                d.with_label("a message with it can escalate to either team");
                match related {
                    Some(location) => {
                        d.with_related(location, format!("also in signal `{}`", a.id));
                    }
                    None => {
                        d.with_help(format!("`{}` has it from its built-in lexicon", a.id));
                    }
                }
                d.with_help("keep the phrase in one signal, or make it more specific in each");
            }
        }
    }
}

/// For each signal, the teams a conversation can go to when the signal helps escalate it.
fn teams_by_signal(rules: &RuleSet) -> Vec<BTreeSet<usize>> {
    let mut teams = vec![BTreeSet::new(); rules.signals.len()];
    let signals_in = |c: &Condition| {
        let mut out = BTreeSet::new();
        walk(c, &mut |c| match c {
            Condition::Message {
                signal: Some(s), ..
            }
            | Condition::Seen { signal: s, .. } => {
                out.insert(s.0);
            }
            _ => {}
        });
        out
    };
    for (t, trigger) in rules.triggers.iter().enumerate() {
        let mut targets: BTreeSet<usize> = rules
            .routes
            .iter()
            .filter(|r| {
                let mut mentions = false;
                walk(&r.when, &mut |c| {
                    mentions |= matches!(c, Condition::Trigger { trigger, .. } if trigger.0 == t);
                });
                mentions
            })
            .map(|r| r.team.0)
            .collect();
        if targets.is_empty()
            && let Some(d) = &rules.default_route
        {
            targets.insert(d.team.0);
        }
        for s in signals_in(&trigger.when) {
            teams[s].extend(&targets);
        }
    }
    for route in &rules.routes {
        for s in signals_in(&route.when) {
            teams[s].insert(route.team.0);
        }
    }
    teams
}
