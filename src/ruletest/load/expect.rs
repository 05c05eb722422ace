//! Checking a case's `expect`: what it says must mean something and be able to hold (not
//! `escalated: false` beside a route, not an empty `bridge_contains`, `bridge` or
//! `triggers`, each trigger listed once, a `turn` within the case's messages), and each
//! name it gives must be one the rules define. Takes the raw `expect`, gives an
//! [`Expect`] (with the line of each key) or the errors; see `load.rs`.

use crate::diag::{Annotate, did_you_mean};
use crate::rules::validate::readers_named;
use crate::rules::{Condition, DEFAULT_ROUTE_ID, RuleSet, SignalId};
use crate::yaml::Spanned;

use super::super::Expect;
use super::super::schema::RawExpect;
use super::Checker;
use super::block::block_lines;

impl Checker<'_> {
    /// `messages`: how many the case has, when they could be read.
    pub(super) fn expect(
        &mut self,
        raw: &Spanned<RawExpect>,
        messages: Option<usize>,
    ) -> Option<Expect> {
        let e = &raw.value;
        let positive = e.turn.is_some()
            || e.trigger.is_some()
            || e.triggers.is_some()
            || e.route.is_some()
            || e.team.is_some()
            || e.bridge.is_some()
            || e.bridge_contains.is_some()
            || is(e.bridge_error.as_ref(), true);
        if is(e.escalated.as_ref(), false) && positive {
            let span = self.span(raw);
            self.error(
                "S008",
                "`escalated: false` cannot go with a turn, trigger, route, team or bridge message",
                span,
            );
            return None;
        }
        if is(e.bridge_error.as_ref(), true) && (e.bridge.is_some() || e.bridge_contains.is_some())
        {
            let span = self.span(raw);
            self.error(
                "S008",
                "`bridge_error: true` cannot go with `bridge` or `bridge_contains`: there is no message to compare",
                span,
            );
            return None;
        }
        if e.escalated.is_none() && e.bridge_error.is_none() && !positive {
            let span = self.span(raw);
            self.error("S008", "`expect` says nothing", span)
                .with_help("use `escalated: false` for a conversation that must not escalate");
            return None;
        }
        let mut ok = true;
        if let Some(part) = &e.bridge_contains
            && part.value.trim().is_empty()
        {
            let span = self.span(part);
            self.error(
                "S008",
                "`bridge_contains` has no text to look for (it is empty or only spaces): it checks nothing",
                span,
            )
            .with_help(
                "give a part of the expected message (matched exactly, case and spaces included), or `bridge:` for the whole of it",
            );
            ok = false;
        }
        // An empty bridge message is a broken template, not something to pin (as an
        // empty `bridge_contains` checks nothing).
        if let Some(text) = &e.bridge
            && text.value.trim().is_empty()
        {
            let span = self.span(text);
            self.error(
                "S008",
                "`bridge` is empty or only spaces: it expects the human to open with nothing to say",
                span,
            )
            .with_help("give the whole expected message, or a part of it with `bridge_contains:`");
            ok = false;
        }
        // An escalation always has a trigger: `triggers: []` could never hold.
        if let Some(ts) = &e.triggers
            && ts.value.is_empty()
        {
            let span = self.span(ts);
            self.error(
                "S008",
                "`triggers` is empty: an escalation always has at least one trigger, so the case could never pass",
                span,
            )
            .with_help("list the triggers that hold at the escalation point, or use `escalated: false` for a conversation that must not escalate");
            ok = false;
        }
        // The escalation point is one of the case's messages.
        if let (Some(turn), Some(n)) = (&e.turn, messages)
            && n > 0
            && turn.value.0 > n
        {
            let span = self.span(turn);
            self.error(
                "S008",
                format!(
                    "`turn: {}` is past the case's last message: it has {}, so the case could never pass",
                    turn.value.0,
                    crate::text::count(n, "message")
                ),
                span,
            )
            .with_help("messages count from 1: `turn` is the message after which the conversation escalates");
            ok = false;
        }
        // `triggers:` is a set: a trigger listed twice is a slip (another was meant).
        let mut listed: Vec<&Spanned<String>> = Vec::new();
        for t in e.triggers.iter().flat_map(|ts| &ts.value) {
            if let Some(first) = listed.iter().find(|f| f.value == t.value) {
                let (span, first) = (self.span(t), self.sources.location(self.span(first)));
                self.error(
                    "S007",
                    format!("trigger `{}` is listed twice in `triggers`", t.value),
                    span,
                )
                .with_related(first, "first listed here")
                .with_help("`triggers` is the set of triggers that held, each once");
                ok = false;
            } else {
                listed.push(t);
            }
        }
        let Some(rules) = self.rules else {
            // No rules to check the names against (they did not load): nothing to run.
            return None;
        };
        let triggers: Vec<&str> = rules.triggers.iter().map(|t| t.id.as_str()).collect();
        let mut routes: Vec<&str> = rules.routes.iter().map(|r| r.id.as_str()).collect();
        if rules.default_route.is_some() {
            routes.push(DEFAULT_ROUTE_ID);
        }
        let teams: Vec<&str> = rules.teams.iter().map(|t| t.id.as_str()).collect();
        // A team's display name (`name: Customer Success`) written for its id.
        let team_names: Vec<(&str, &str)> = rules
            .teams
            .iter()
            .map(|t| (t.name.as_str(), t.id.as_str()))
            .collect();
        for t in e.trigger.iter().chain(listed) {
            let help =
                signal_as_trigger(rules, &t.value).or_else(|| route_as_trigger(rules, &t.value));
            match help {
                // A signal's or route's id for a trigger's: said so, as the rules' own
                // check says it.
                Some(help) if !triggers.contains(&t.value.as_str()) => {
                    let span = self.span(t);
                    self.error("R002", unknown("trigger", &t.value), span)
                        .with_help(help);
                    ok = false;
                }
                _ => ok &= self.known("R002", "trigger", t, (&triggers, &[])),
            }
        }
        for (key, code, what, given, known, names) in [
            ("route", "R006", "route", &e.route, &routes, &[][..]),
            ("team", "R003", "team", &e.team, &teams, &team_names),
        ] {
            let Some(given) = given else { continue };
            match &given.value {
                Some(name) => {
                    let name = Spanned {
                        value: name.clone(),
                        referenced: given.referenced,
                    };
                    ok &= self.known(code, what, &name, (known, names));
                }
                // `null`, an unrouted escalation, is what no escalation is when the rules
                // route every other one to their default route: the case cannot pass.
                None if rules.default_route.is_some() => {
                    let span = self.span(given);
                    self.error(
                        "S008",
                        format!("`{key}: null` expects an unrouted escalation, but the rules have a default route: every escalation is routed"),
                        span,
                    )
                    .with_help(format!(
                        "leave `{key}` out not to check it, or expect the default route (`route: default`)"
                    ));
                    ok = false;
                }
                None => {}
            }
        }
        ok.then(|| Expect {
            escalated: e.escalated.as_ref().is_none_or(|b| b.value),
            turn: e.turn.as_ref().map(|t| t.value.0),
            trigger: e.trigger.as_ref().map(|t| t.value.clone()),
            triggers: e
                .triggers
                .as_ref()
                .map(|ts| ts.value.iter().map(|t| t.value.clone()).collect()),
            route: e.route.as_ref().map(|r| r.value.clone()),
            team: e.team.as_ref().map(|t| t.value.clone()),
            bridge: e.bridge.as_ref().map(|b| b.value.clone()),
            bridge_contains: e.bridge_contains.as_ref().map(|b| b.value.clone()),
            bridge_error: is(e.bridge_error.as_ref(), true),
            lines: lines(e),
            bridge_lines: self.block_lines(e.bridge.as_ref()),
        })
    }

    /// Where each line of a `bridge:` written as a block scalar is in its text.
    fn block_lines(&self, bridge: Option<&Spanned<String>>) -> Vec<(usize, u32)> {
        let Some(bridge) = bridge else {
            return Vec::new();
        };
        let span = self.span(bridge);
        self.sources
            .get(self.file)
            .and_then(|file| block_lines(&file.text, span.start, span.line, &bridge.value))
            .unwrap_or_default()
    }

    /// Whether `name` is one of the `known` ids; else an error, with the id meant: one a
    /// typo away, or the one whose display name (of `names`, `(name, id)`) it is.
    fn known(
        &mut self,
        code: &'static str,
        what: &str,
        name: &Spanned<String>,
        (known, names): (&[&str], &[(&str, &str)]),
    ) -> bool {
        if known.contains(&name.value.as_str()) {
            return true;
        }
        let span = self.span(name);
        let written = name.value.trim();
        let suggestion = names
            .iter()
            .find(|(shown, _)| shown.eq_ignore_ascii_case(written))
            .map(|(shown, id)| {
                format!("`{shown}` is the name of {what} `{id}`: tests name a {what} by its id (`{what}: {id}`)")
            })
            .or_else(|| {
                did_you_mean(&name.value, known.iter().copied())
                    .map(|s| format!("did you mean `{s}`?"))
            });
        self.error(code, unknown(what, &name.value), span)
            .with_help_opt(suggestion);
        false
    }
}

/// The error for a name of `what` (trigger, route, team) the rules do not define.
fn unknown(what: &str, name: &str) -> String {
    format!("the test names {what} `{name}`, which the rules do not define")
}

/// The help for an expected trigger that is a signal's id (`trigger: legal`): a test
/// names the triggers that held; named are the triggers that read the signal, those
/// that read it only under `not:` (where it stops them: cli42 review), the routes that
/// read it, and `route: NAME` when the name is a route's id too. `None` when `name` is
/// no signal's id.
fn signal_as_trigger(rules: &RuleSet, name: &str) -> Option<String> {
    /// Whether `c` reads `signal` outside a `not:` and under one (an odd number of them).
    fn reads(c: &Condition, signal: SignalId, negated: bool, found: &mut (bool, bool)) {
        match c {
            Condition::All(items) | Condition::Any(items) => {
                for item in items {
                    reads(item, signal, negated, found);
                }
            }
            Condition::Not(inner, _) => reads(inner, signal, !negated, found),
            Condition::Message {
                signal: Some(read), ..
            }
            | Condition::Seen { signal: read, .. }
                if *read == signal =>
            {
                if negated {
                    found.1 = true;
                } else {
                    found.0 = true;
                }
            }
            _ => {}
        }
    }
    let signal = SignalId(rules.signals.iter().position(|s| s.id == name)?);
    let read_by = |when: &Condition| {
        let mut found = (false, false);
        reads(when, signal, false, &mut found);
        found
    };
    let (mut readers, mut vetoes) = (Vec::new(), Vec::new());
    for t in &rules.triggers {
        match read_by(&t.when) {
            (true, _) => readers.push(t.id.clone()),
            (false, true) => vetoes.push(t.id.clone()),
            _ => {}
        }
    }
    let mut routes: Vec<String> = (rules.routes.iter())
        .filter(|r| read_by(&r.when) != (false, false))
        .map(|r| r.id.clone())
        .collect();
    // The route of the signal's id that reads it is said once, as the route it also is
    // (cli43: "route `billing` reads it; `billing` is also a route").
    let own_route_reads = routes.iter().any(|r| r == name);
    routes.retain(|r| r != name);
    let mut said = Vec::new();
    match readers.len() {
        0 if vetoes.is_empty() => said.push("no trigger reads it".to_owned()),
        0 => {}
        1 => said.push(format!(
            "the trigger that reads it is {}",
            readers_named(&readers)
        )),
        _ => said.push(format!(
            "the triggers that read it are {}",
            readers_named(&readers)
        )),
    }
    match vetoes.len() {
        0 => {}
        1 => said.push(format!(
            "{} reads it under `not:`: it stops that trigger",
            readers_named(&vetoes)
        )),
        _ => said.push(format!(
            "{} read it under `not:`: it stops those triggers",
            readers_named(&vetoes)
        )),
    }
    match routes.len() {
        0 => {}
        1 => said.push(format!("route {} reads it", readers_named(&routes))),
        _ => said.push(format!("routes {} read it", readers_named(&routes))),
    }
    if own_route_reads {
        said.push(format!(
            "`{name}` is also a route, which reads it: a test expects a route as `route: {name}`"
        ));
    } else if rules.routes.iter().any(|r| r.id == name) {
        said.push(format!(
            "`{name}` is also a route: a test expects a route as `route: {name}`"
        ));
    }
    Some(format!(
        "`{name}` is a signal, not a trigger: a test expects the triggers that held; {}",
        said.join("; ")
    ))
}

/// The help for an expected trigger that is a route's id (`trigger: billing`), else
/// `None`.
fn route_as_trigger(rules: &RuleSet, name: &str) -> Option<String> {
    rules.routes.iter().any(|r| r.id == name).then(|| {
        format!("`{name}` is a route, not a trigger: a test expects a route as `route: {name}`")
    })
}

/// Whether a boolean key is given, and as `value`.
fn is(key: Option<&Spanned<bool>>, value: bool) -> bool {
    key.is_some_and(|k| k.value == value)
}

/// The line of each key an `expect` gives, by its name (the line of its value), in the
/// order they are written (the first of those that imply an escalation is where a case
/// that did not escalate fails).
fn lines(e: &RawExpect) -> Vec<(&'static str, u32)> {
    let line = |l: crate::yaml::Location| u32::try_from(l.line()).unwrap_or(u32::MAX);
    let mut given: Vec<_> = [
        ("escalated", e.escalated.as_ref().map(|v| v.referenced)),
        ("turn", e.turn.as_ref().map(|v| v.referenced)),
        ("trigger", e.trigger.as_ref().map(|v| v.referenced)),
        ("triggers", e.triggers.as_ref().map(|v| v.referenced)),
        ("route", e.route.as_ref().map(|v| v.referenced)),
        ("team", e.team.as_ref().map(|v| v.referenced)),
        ("bridge", e.bridge.as_ref().map(|v| v.referenced)),
        (
            "bridge_contains",
            e.bridge_contains.as_ref().map(|v| v.referenced),
        ),
        (
            "bridge_error",
            e.bridge_error.as_ref().map(|v| v.referenced),
        ),
    ]
    .into_iter()
    .filter_map(|(key, at)| at.filter(|l| l.line() > 0).map(|l| (key, l)))
    .collect();
    given.sort_by_key(|(_, l)| (l.line(), l.column()));
    given.into_iter().map(|(key, l)| (key, line(l))).collect()
}
