//! Checking a case's `expect`: what it says must mean something (not `escalated: false`
//! beside a route, not an empty `bridge_contains`, each trigger listed once), and each
//! name it gives must be one the rules define. Takes the raw `expect`, gives an
//! [`Expect`] or the errors; see `load.rs`.

use crate::diag::{Annotate, did_you_mean};
use crate::rules::DEFAULT_ROUTE_ID;
use crate::yaml::Spanned;

use super::super::Expect;
use super::super::schema::RawExpect;
use super::Checker;

impl Checker<'_> {
    pub(super) fn expect(&mut self, raw: &Spanned<RawExpect>) -> Option<Expect> {
        let e = &raw.value;
        let positive = e.turn.is_some()
            || e.trigger.is_some()
            || e.triggers.is_some()
            || e.route.is_some()
            || e.team.is_some()
            || e.bridge.is_some()
            || e.bridge_contains.is_some()
            || e.bridge_error == Some(true);
        if e.escalated == Some(false) && positive {
            let span = self.span(raw);
            self.error(
                "S008",
                "`escalated: false` cannot go with a turn, trigger, route, team or bridge message",
                span,
            );
            return None;
        }
        if e.bridge_error == Some(true) && (e.bridge.is_some() || e.bridge_contains.is_some()) {
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
        // `triggers:` is a set: a trigger listed twice is a slip (another was meant).
        let mut listed: Vec<&Spanned<String>> = Vec::new();
        for t in e.triggers.iter().flatten() {
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
        for t in e.trigger.iter().chain(listed) {
            ok &= self.known("R002", "trigger", t, &triggers);
        }
        for (key, code, what, given, known) in [
            ("route", "R006", "route", &e.route, &routes),
            ("team", "R003", "team", &e.team, &teams),
        ] {
            let Some(given) = given else { continue };
            match &given.value {
                Some(name) => {
                    let name = Spanned {
                        value: name.clone(),
                        referenced: given.referenced,
                    };
                    ok &= self.known(code, what, &name, known);
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
            escalated: e.escalated.unwrap_or(true),
            turn: e.turn.map(|t| t.0),
            trigger: e.trigger.as_ref().map(|t| t.value.clone()),
            triggers: e
                .triggers
                .as_ref()
                .map(|ts| ts.iter().map(|t| t.value.clone()).collect()),
            route: e.route.as_ref().map(|r| r.value.clone()),
            team: e.team.as_ref().map(|t| t.value.clone()),
            bridge: e.bridge.as_ref().map(|b| b.value.clone()),
            bridge_contains: e.bridge_contains.as_ref().map(|b| b.value.clone()),
            bridge_error: e.bridge_error == Some(true),
        })
    }

    fn known(
        &mut self,
        code: &'static str,
        what: &str,
        name: &Spanned<String>,
        known: &[&str],
    ) -> bool {
        if known.contains(&name.value.as_str()) {
            return true;
        }
        let span = self.span(name);
        let suggestion = did_you_mean(&name.value, known.iter().copied())
            .map(|s| format!("did you mean `{s}`?"));
        self.error(
            code,
            format!(
                "the test names {what} `{}`, which the rules do not define",
                name.value
            ),
            span,
        )
        .with_help_opt(suggestion);
        false
    }
}
