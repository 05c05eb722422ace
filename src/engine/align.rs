//! Two engines whose signals differ (`diff` of a change to a phrase, a threshold, a new
//! signal) → the same two rule sets compiled over one list of signals, so that a
//! [`Pair`](super::Pair) scans each message once for both.
//!
//! Each rule set gets every signal of both: its own where it has them, the other's
//! where it does not. A signal both define alike (the same id and the same detector:
//! phrases, regexes, weights, threshold, negation, built-in and settings) is one entry;
//! one they define differently is two, the base's and the head's. A rule set never
//! consults the other's signals, so its outcomes are what it gives alone; only the scan
//! is shared. Not done when an engine makes summaries (a summary's topics and mood read
//! every signal that matched, the other's too), nor when the built-in detectors the two
//! need differ.

use std::collections::HashMap;

use crate::rules::{Condition, RuleSet, Signal, SignalId};

use super::{CompileError, Engine, EngineOptions};

impl Engine {
    /// `base` and `head`, compiled again over one list of signals when that lets a
    /// [`Pair`](super::Pair) of them share its scans; as they are otherwise (their scans
    /// already shared, or not to be). `options` are those both were compiled with.
    pub fn share_signals(
        base: Engine,
        head: Engine,
        options: EngineOptions,
    ) -> Result<(Engine, Engine), CompileError> {
        let hidden = |e: &Engine| {
            let h = e.matcher.hidden;
            (
                h.fallback.is_some(),
                h.repeat.is_some(),
                h.frustration.is_some(),
            )
        };
        if base.matcher.scans_like(&head.matcher)
            || options.notes
            || options.coverage
            || base.bridges.use_summary()
            || head.bridges.use_summary()
            || hidden(&base) != hidden(&head)
        {
            return Ok((base, head));
        }
        let (mut base_rules, mut head_rules) = (base.rules, head.rules);
        align(&mut base_rules, &mut head_rules);
        Ok((
            Engine::compile_with(base_rules, options)?,
            Engine::compile_with(head_rules, options)?,
        ))
    }
}

/// Gives `base` and `head` the same number of signals, alike at each index: the base's
/// first, in its order, then the head's that the base has no like of, in the head's
/// order. Each keeps its own signal where it has one and takes a copy of the other's
/// elsewhere; the head's conditions are renumbered.
fn align(base: &mut RuleSet, head: &mut RuleSet) {
    let base_count = base.signals.len();
    let by_id: HashMap<&str, usize> = (base.signals.iter().enumerate())
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    // Where each head signal goes in the shared list.
    let mut to = Vec::with_capacity(head.signals.len());
    let mut extra = Vec::new();
    for signal in &head.signals {
        match by_id.get(signal.id.as_str()) {
            // Ids are unique: no two head signals come to the same base one.
            Some(&i) if alike(&base.signals[i], signal) => to.push(i),
            _ => {
                to.push(base_count + extra.len());
                extra.push(signal.clone());
            }
        }
    }
    let mut shared: Vec<Option<Signal>> = (0..base_count + extra.len()).map(|_| None).collect();
    for (signal, &i) in std::mem::take(&mut head.signals).into_iter().zip(&to) {
        shared[i] = Some(signal);
    }
    head.signals = (shared.into_iter().enumerate())
        .map(|(i, own)| own.unwrap_or_else(|| base.signals[i].clone()))
        .collect();
    base.signals.extend(extra);
    for trigger in &mut head.triggers {
        renumber(&mut trigger.when, &to);
    }
    for route in &mut head.routes {
        renumber(&mut route.when, &to);
    }
}

/// Whether two signals find the same things in every message, under the same id.
fn alike(a: &Signal, b: &Signal) -> bool {
    a.id == b.id
        && a.builtin == b.builtin
        && a.threshold.to_bits() == b.threshold.to_bits()
        && a.negation == b.negation
        && a.inline == b.inline
        && a.repeat == b.repeat
        && a.shouting == b.shouting
        && a.phrases.len() == b.phrases.len()
        && (a.phrases.iter().zip(&b.phrases))
            .all(|(p, q)| p.normalized == q.normalized && p.weight.to_bits() == q.weight.to_bits())
        && a.regexes.len() == b.regexes.len()
        && (a.regexes.iter().zip(&b.regexes)).all(|(p, q)| {
            p.regex.as_str() == q.regex.as_str() && p.weight.to_bits() == q.weight.to_bits()
        })
}

/// Points `condition`'s signals at their place in the shared list (`to[old]`).
fn renumber(condition: &mut Condition, to: &[usize]) {
    match condition {
        Condition::All(items) | Condition::Any(items) => {
            for item in items {
                renumber(item, to);
            }
        }
        Condition::Not(inner, _) => renumber(inner, to),
        Condition::Message {
            signal: Some(signal),
            ..
        }
        | Condition::Seen { signal, .. } => {
            *signal = SignalId(to.get(signal.0).copied().unwrap_or(signal.0));
        }
        Condition::Message { signal: None, .. }
        | Condition::Counter { .. }
        | Condition::Meta { .. }
        | Condition::Hours { .. }
        | Condition::Trigger { .. } => {}
    }
}
