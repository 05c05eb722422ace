//! Compiling a rule set into an [`Engine`]: a validated [`RuleSet`] and
//! [`EngineOptions`] → the matcher (with the hidden detectors the rules, coverage or
//! summaries need), trigger and route trees, bridge templates, the roles each signal is
//! read in, and the triggers each signal gates. Evaluating is `mod.rs`'s.

use crate::rules::{Builtin, Counter, RuleSet};
use crate::transcript::Role;

use super::bridge::Bridges;
use super::eval::Node;
use super::matcher::{EVERY_ROLE, Matcher, Roles, bit};
use super::{CompileError, Engine, EngineOptions};

impl Engine {
    pub fn compile(rules: RuleSet) -> Result<Engine, CompileError> {
        Self::compile_with(rules, EngineOptions::default())
    }

    pub fn compile_with(rules: RuleSet, options: EngineOptions) -> Result<Engine, CompileError> {
        let (mut metas, mut windows) = (Vec::new(), Vec::new());
        let triggers: Vec<Node> = rules
            .triggers
            .iter()
            .map(|t| Node::compile(&t.when, &mut metas, &mut windows))
            .collect();
        let routes: Vec<Node> = rules
            .routes
            .iter()
            .map(|r| Node::compile(&r.when, &mut metas, &mut windows))
            .collect();
        let (mut fallbacks, mut repeats, mut bot_repeats) = (false, false, false);
        for node in triggers.iter().chain(&routes) {
            node.counters(&mut |c| match c {
                Counter::BotFallbacks => fallbacks = true,
                Counter::CustomerRepeats => repeats = true,
                Counter::BotRepeats => bot_repeats = true,
                _ => {}
            });
        }
        let bridges = Bridges::compile(&rules).map_err(CompileError)?;
        let notes = options.notes || bridges.use_summary();
        let mut hidden = Vec::new();
        if fallbacks || options.coverage || notes {
            hidden.push(Builtin::BotFallback);
        }
        if repeats || options.coverage || notes {
            hidden.push(Builtin::Repeat);
        }
        if options.coverage || notes {
            hidden.push(Builtin::Frustration);
        }
        let matcher = Matcher::compile(&rules, &hidden, options.coverage).map_err(CompileError)?;
        let needs = needs(&triggers, &routes, &matcher);
        let plans = matcher.plans(&needs).map_err(CompileError)?;
        let (gated, ungated) = gates(&triggers, matcher.signal_count(), Node::became);
        let (first_gated, first_ungated) = gates(&triggers, matcher.signal_count(), Node::first);
        let meta_triggers = (0..triggers.len())
            .filter(|&t| triggers[t].has_meta())
            .collect();
        Ok(Engine {
            mood: super::mood::MoodSignals::new(&rules),
            topics: rules.topics(),
            rules,
            matcher,
            triggers,
            gated,
            ungated,
            first_gated,
            first_ungated,
            meta_triggers,
            routes,
            metas,
            windows,
            bridges,
            needs,
            plans,
            redact: options.redact,
            bot_repeats,
        })
    }
}

/// Per signal of `matcher`, the roles in which a trigger or route reads it, and the
/// roles its hidden detectors count in (see [`Engine`]'s `needs`).
fn needs(triggers: &[Node], routes: &[Node], matcher: &Matcher) -> Vec<Roles> {
    let mut needs: Vec<Roles> = vec![0; matcher.signal_count()];
    for node in triggers.iter().chain(routes) {
        node.signals(&mut |s, role| needs[s] |= role.map_or(EVERY_ROLE, bit));
    }
    let hidden = &matcher.hidden;
    for (s, role) in [
        (hidden.fallback, Role::Bot),
        (hidden.repeat, Role::Customer),
        (hidden.frustration, Role::Customer),
    ] {
        if let Some(s) = s {
            needs[s] |= bit(role);
        }
    }
    needs
}

/// For each signal, the triggers `gate` says can only hold (or become true) on a message
/// it matches; and the triggers with no such signal.
fn gates(
    triggers: &[Node],
    signals: usize,
    gate: fn(&Node) -> Option<Vec<usize>>,
) -> (Vec<Vec<usize>>, Vec<usize>) {
    let mut gated = vec![Vec::new(); signals];
    let mut ungated = Vec::new();
    for (t, node) in triggers.iter().enumerate() {
        match gate(node) {
            Some(mut signals) => {
                signals.sort_unstable();
                signals.dedup();
                for s in signals {
                    gated[s].push(t);
                }
            }
            None => ungated.push(t),
        }
    }
    (gated, ungated)
}
