//! The fingerprint of a rule set: a validated [`RuleSet`] → 16 hex digits that change
//! with what the rules mean, and only with that.
//!
//! It hashes the rules as loaded (signals with every phrase and regex, built-in lexicon
//! entries included, triggers, routes, the default route, teams, templates), in order,
//! never the files' bytes: comments, line endings, quoting, key order, descriptions and
//! the split into files leave it alone. A signal's `topic:` counts when it differs from
//! the default (what a packet's summary lists as the chat's topics is what the rules
//! do too); written as the default, it leaves the fingerprint alone. Coverage reports carry it so that `--merge`
//! refuses reports of different rules. Each struct is taken apart whole, so a field added
//! to the model does not compile here until it is hashed or said to be meaningless.

use super::{
    Bridge, Condition, DefaultRoute, Expected, MetaTest, Pattern, Phrase, Route, RuleSet, Signal,
    Team, Template, Trigger,
};

/// The fingerprint of `rules` (FNV-1a, 64 bits): the same on any machine.
pub fn fingerprint(rules: &RuleSet) -> String {
    let RuleSet {
        sources: _,
        signals,
        triggers,
        routes,
        default_route,
        teams,
        templates,
        notes: _,
    } = rules;
    let mut h = Hasher::default();
    h.list(signals, signal);
    // The `topic:`s that change what a summary lists: hashed only where one is written
    // and differs from the default, so that the fingerprints of rules without them (and
    // the coverage reports that carry them) stay what they were.
    let vetoes = rules.vetoes_only();
    for (i, (s, veto)) in signals.iter().zip(vetoes).enumerate() {
        if let Some(topic) = s.topic.filter(|&t| t != (s.builtin.is_none() && !veto)) {
            h.str("topic");
            h.int(i);
            h.int(usize::from(topic));
        }
    }
    h.list(triggers, trigger);
    h.list(routes, route);
    h.option(default_route.as_ref(), |h, d| {
        let DefaultRoute { team, span: _ } = d;
        h.int(team.0);
    });
    h.list(teams, team);
    h.list(templates, |h, t| {
        let Template {
            id,
            span: _,
            text,
            text_span: _,
        } = t;
        h.str(id);
        h.str(text);
    });
    format!("{:016x}", h.0)
}

fn signal(h: &mut Hasher, s: &Signal) {
    let Signal {
        id,
        span: _,
        description: _,
        builtin,
        phrases,
        regexes,
        threshold,
        threshold_span: _,
        negation,
        // Hashed in `fingerprint`, where the default it differs from is known.
        topic: _,
        inline,
        repeat,
        shouting,
        // The lexicon entries they took out are missing from `phrases`.
        excluded: _,
        // The entries of weight 0 are missing from it too.
        disabled: _,
    } = s;
    h.str(id);
    h.debug(builtin);
    h.list(phrases, |h, p| {
        let Phrase {
            text,
            normalized: _,
            weight,
            span,
            replaces_builtin: _,
        } = p;
        h.str(text);
        h.float(*weight);
        h.int(usize::from(span.is_none()));
    });
    h.list(regexes, |h, r| {
        let Pattern {
            pattern,
            regex: _,
            weight,
            span: _,
        } = r;
        h.str(pattern);
        h.float(*weight);
    });
    h.float(*threshold);
    h.int(usize::from(*negation));
    h.int(usize::from(*inline));
    h.debug(repeat);
    h.debug(shouting);
}

fn trigger(h: &mut Hasher, t: &Trigger) {
    let Trigger {
        id,
        span: _,
        description: _,
        reason,
        severity,
        when,
    } = t;
    h.str(id);
    h.str(reason);
    h.debug(severity);
    condition(h, when);
}

fn route(h: &mut Hasher, r: &Route) {
    let Route {
        id,
        span: _,
        description: _,
        when,
        team,
    } = r;
    h.str(id);
    condition(h, when);
    h.int(team.0);
}

fn team(h: &mut Hasher, t: &Team) {
    let Team {
        id,
        span: _,
        name,
        agent,
        bridge: default,
        by_trigger,
    } = t;
    h.str(id);
    h.str(name);
    h.option(agent.as_ref(), |h, a| h.str(a));
    h.option(default.as_ref(), bridge);
    h.list(by_trigger, |h, (trigger, b)| {
        h.int(trigger.0);
        bridge(h, b);
    });
}

fn bridge(h: &mut Hasher, b: &Bridge) {
    let Bridge {
        source,
        span: _,
        template,
    } = b;
    h.str(source);
    h.option(template.as_ref(), |h, t| h.str(t));
}

fn condition(h: &mut Hasher, c: &Condition) {
    match c {
        Condition::All(all) => {
            h.int(0);
            h.list(all, condition);
        }
        Condition::Any(any) => {
            h.int(1);
            h.list(any, condition);
        }
        Condition::Not(not, _) => {
            h.int(2);
            condition(h, not);
        }
        Condition::Message {
            role,
            signal,
            span: _,
        } => {
            h.int(3);
            h.debug(role);
            h.option(signal.as_ref(), |h, s| h.int(s.0));
        }
        Condition::Seen {
            signal,
            role,
            at_least,
            within,
            span: _,
            at_least_span: _,
            within_span: _,
        } => {
            h.int(4);
            h.int(signal.0);
            h.debug(role);
            h.int(*at_least as usize);
            // Hashed only when written, so that the fingerprints of rules without windows
            // (and the coverage reports that carry them) stay what they were.
            window(h, *within);
        }
        Condition::Counter {
            counter,
            at_least,
            at_most,
            within,
            span: _,
            at_least_span: _,
            within_span: _,
        } => {
            h.int(5);
            h.debug(counter);
            h.option(at_least.as_ref(), |h, v| h.float(*v));
            h.option(at_most.as_ref(), |h, v| h.float(*v));
            window(h, *within);
        }
        Condition::Meta {
            field,
            test,
            span: _,
            field_span: _,
        } => {
            h.int(6);
            h.str(field);
            meta_test(h, test);
        }
        Condition::Trigger { trigger, span: _ } => {
            h.int(7);
            h.int(trigger.0);
        }
        Condition::Hours { hours, span: _ } => {
            h.int(8);
            h.int(usize::from(hours.start));
            h.int(usize::from(hours.end));
            h.int(usize::from(hours.days));
            h.str(&hours.tz_name);
        }
    }
}

/// A `within:` window, when there is one: nothing otherwise, so that a rule set without
/// windows keeps the fingerprint it had before windows existed.
fn window(h: &mut Hasher, within: Option<u32>) {
    if let Some(n) = within {
        h.str("within");
        h.int(n as usize);
    }
}

/// Its text, and for a number its value: `"1"` (text) and `1` compare differently.
fn expected(h: &mut Hasher, e: &Expected) {
    h.str(&e.text);
    if let Some(n) = e.number {
        h.float(n);
    }
}

fn meta_test(h: &mut Hasher, t: &MetaTest) {
    let MetaTest {
        equals,
        one_of,
        gt,
        gte,
        lt,
        lte,
        exists,
        matches,
    } = t;
    h.option(equals.as_ref(), expected);
    h.option(one_of.as_ref(), |h, v| h.list(v, expected));
    for bound in [gt, gte, lt, lte] {
        h.option(bound.as_ref(), |h, v| h.float(*v));
    }
    h.option(exists.as_ref(), |h, v| h.int(usize::from(*v)));
    h.option(matches.as_ref(), |h, r| h.str(r.as_str()));
}

/// FNV-1a over a self-delimiting encoding: every string and list carries its length, so
/// no two rule sets encode alike.
struct Hasher(u64);

impl Default for Hasher {
    fn default() -> Self {
        Hasher(crate::fnv::OFFSET)
    }
}

impl Hasher {
    fn bytes(&mut self, bytes: &[u8]) {
        self.0 = crate::fnv::feed(self.0, bytes);
    }

    fn int(&mut self, n: usize) {
        self.bytes(&(n as u64).to_le_bytes());
    }

    fn float(&mut self, x: f64) {
        self.bytes(&x.to_bits().to_le_bytes());
    }

    fn str(&mut self, s: &str) {
        self.int(s.len());
        self.bytes(s.as_bytes());
    }

    /// A small enum or settings struct, by its `Debug` form (no spans in those).
    fn debug(&mut self, value: &impl std::fmt::Debug) {
        self.str(&format!("{value:?}"));
    }

    fn option<T>(&mut self, value: Option<T>, each: impl FnOnce(&mut Self, T)) {
        match value {
            None => self.int(0),
            Some(v) => {
                self.int(1);
                each(self, v);
            }
        }
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.int(items.len());
        for item in items {
            each(self, item);
        }
    }
}

#[cfg(test)]
mod tests;
