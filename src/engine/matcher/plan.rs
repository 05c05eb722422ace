//! Scan plans: the roles in which a rule set consults each signal → for each role, the
//! scan that finds just those signals: a smaller phrase automaton or none at all, and
//! only the regexes and shouting tests they have.
//!
//! Starter rules read signals in customer messages only (`message: { role: customer,
//! … }`), so a bot's message, half of a transcript's text, needs only the bot-fallback
//! phrases of the `bot_fallbacks` counter: a small automaton instead of the whole one,
//! and no regex or shouting test. What a signal finds in a role that nothing consults
//! cannot change an outcome (see [`crate::engine::Engine`]'s `needs`), so a plan's scan
//! gives the outcome of a full one.

use std::sync::Arc;

use super::{Matcher, Shouting};
use crate::engine::phrases::Phrases;
use crate::transcript::Role;

/// A bit per role ([`Role::index`]): the roles of the messages a signal is consulted in.
pub(crate) type Roles = u8;

/// Every role's bit.
pub(crate) const EVERY_ROLE: Roles = (1 << Role::ALL.len()) - 1;

/// The bit of `role`.
pub(crate) fn bit(role: Role) -> Roles {
    1 << role.index()
}

/// An automaton of its own is built for a role only when it has at most this share of
/// all the patterns (as 1/n); past it, the full automaton serves, its extra matches
/// harmless: a second large automaton would cost more memory and compile time than its
/// smaller table saves.
const SUBSET_AT_MOST: usize = 4;

/// How messages of one role are scanned.
#[derive(Debug)]
pub(crate) struct Plan {
    pub(crate) walk: Walk,
    /// Per regex: whether a signal consulted in this role has it.
    pub(crate) regexes: Vec<bool>,
    /// The shouting signals consulted in this role, with their settings.
    pub(crate) shouting: Vec<(usize, Shouting)>,
}

/// Which automaton walks a message.
#[derive(Debug)]
pub(crate) enum Walk {
    /// No phrase is needed: the message is not walked.
    Skip,
    /// The matcher's automaton of every pattern.
    Every,
    /// An automaton of some of the patterns (shared by roles that need the same).
    Part(Arc<Part>),
}

/// An automaton of some of the matcher's patterns.
#[derive(Debug)]
pub(crate) struct Part {
    pub(super) phrases: Phrases,
    /// Each pattern's index among all of them.
    pub(super) patterns: Vec<u32>,
}

/// A plan per role.
#[derive(Debug)]
pub(crate) struct Plans {
    roles: [Plan; 4],
}

impl Plans {
    pub(crate) fn get(&self, role: Role) -> &Plan {
        &self.roles[role.index()]
    }
}

impl Plan {
    /// The scan of everything: every phrase, each of `regexes` and every shouting signal.
    pub(super) fn everything(regexes: usize, shouting: &[(usize, Shouting)]) -> Plan {
        Plan {
            walk: Walk::Every,
            regexes: vec![true; regexes],
            shouting: shouting.to_vec(),
        }
    }
}

impl Matcher {
    /// The plans for a rule set that consults signal `s` in the roles of `needs[s]`
    /// (hidden detectors included; a signal past the end is consulted everywhere).
    pub(crate) fn plans(&self, needs: &[Roles]) -> Result<Plans, String> {
        let mut parts = Vec::new();
        let [customer, bot, agent, other] =
            Role::ALL.map(|role| self.plan(role, needs, &mut parts));
        Ok(Plans {
            roles: [customer?, bot?, agent?, other?],
        })
    }

    /// The plan of `role`, its automaton taken from `parts` when an earlier role's has
    /// the same patterns.
    fn plan(
        &self,
        role: Role,
        needs: &[Roles],
        parts: &mut Vec<Arc<Part>>,
    ) -> Result<Plan, String> {
        let needed = |s: usize| needs.get(s).is_none_or(|r| r & bit(role) != 0);
        let regexes: Vec<bool> = (self.regex_refs.iter())
            .map(|&(s, _, _)| needed(s))
            .collect();
        let patterns: Vec<u32> = (0..self.patterns.len())
            .filter(|&p| {
                self.phrase_refs[p].iter().any(|r| needed(r.signal))
                    || (self.word_refs.get(p).into_iter().flatten()).any(|&i| regexes[i as usize])
            })
            .map(|p| u32::try_from(p).unwrap_or(u32::MAX))
            .collect();
        let walk = if patterns.is_empty() {
            Walk::Skip
        } else if patterns.len() * SUBSET_AT_MOST > self.patterns.len() {
            Walk::Every
        } else if let Some(part) = parts.iter().find(|part| part.patterns == patterns) {
            Walk::Part(Arc::clone(part))
        } else {
            let part: Vec<String> = (patterns.iter())
                .map(|&p| self.patterns[p as usize].clone())
                .collect();
            let phrases = Phrases::new(&part)?;
            parts.push(Arc::new(Part { phrases, patterns }));
            Walk::Part(Arc::clone(&parts[parts.len() - 1]))
        };
        let shouting = (self.shouting.iter())
            .filter(|&&(s, _)| needed(s))
            .copied()
            .collect();
        Ok(Plan {
            walk,
            regexes,
            shouting,
        })
    }
}
