//! Human rule-test output: a line per case, and for each failure what was expected, what
//! happened, and the conditions that decided it.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::Path;

use super::TestOutput;
use crate::report::explain::{mark, node, signal_group};
use crate::ruletest::{CaseResult, Value};
use crate::trace::Step;
use crate::transcript::Role;

pub(super) fn write(output: &TestOutput<'_>, out: &mut dyn Write) -> io::Result<()> {
    let mut s = String::new();
    let mut file: Option<&Path> = None;
    for r in output.results {
        if output.quiet && r.passed() {
            continue;
        }
        if file != Some(r.case.file.as_path()) {
            file = Some(&r.case.file);
            let _ = writeln!(s, "{}", r.case.file.display());
        }
        let _ = writeln!(s, "  {} {}", mark(r.passed()), r.case.name);
        if !r.passed() {
            failure(&mut s, r);
        }
    }
    if !s.is_empty() {
        s.push('\n');
    }
    // What --require-tests found, before the result line, which ends the report (as
    // cargo's does): a CI log's last line says whether the run passed, and why.
    // A --run selects the cases that run, not those that count as tests.
    let among = output.all_cases.map_or(String::new(), |n| {
        format!(
            " in the {} of the files read, --run or not",
            crate::text::count(n, "case")
        )
    });
    if let Some(([], [])) = output.untested {
        let _ = writeln!(s, "every trigger and route has a positive test{among}\n");
    } else if let Some((triggers, routes)) = output.untested {
        let between = if among.is_empty() { "" } else { "," };
        let _ = writeln!(
            s,
            "without a positive test (--require-tests{between}{among}):"
        );
        if !triggers.is_empty() {
            let _ = writeln!(s, "  triggers: {}", triggers.join(", "));
        }
        if !routes.is_empty() {
            let _ = writeln!(s, "  routes:   {}", routes.join(", "));
        }
        s.push('\n');
    }
    let _ = writeln!(s, "{}", output.result_line());
    out.write_all(s.as_bytes())
}

/// What a failing case's lines say, each indented six spaces: where, what was expected
/// and what happened, and the conditions that decided it (JUnit's `<failure>` body is
/// the same text).
pub(super) fn failure(s: &mut String, result: &CaseResult<'_>) {
    // At the first key that failed (an editor jumps there), else at the case.
    let line = result
        .failures
        .iter()
        .find_map(|m| m.line)
        .unwrap_or(result.case.line);
    let _ = writeln!(s, "      at {}:{line}", result.case.file.display());
    for m in &result.failures {
        let _ = writeln!(
            s,
            "      {}: expected {}, got {}",
            m.field, m.expected, m.actual
        );
        if let (Some(at), Value::Text(expected), Value::Text(actual)) =
            (m.differs_at, &m.expected, &m.actual)
        {
            difference(s, at, expected, actual);
        }
        if let Some(help) = &m.help {
            let _ = writeln!(s, "        help: {help}");
        }
    }
    let expect = &result.case.expect;
    let outcome = result.outcome();
    let Some(trace) = &result.trace else {
        return;
    };
    let steps = &trace.steps;
    let fields: Vec<&str> = result.failures.iter().map(|m| m.field).collect();
    let named: Vec<&str> = expect
        .trigger
        .iter()
        .chain(expect.triggers.iter().flatten())
        .map(String::as_str)
        .collect();
    let expected_step = expect
        .turn
        .and_then(|t| t.checked_sub(1))
        .and_then(|i| steps.get(i));
    // The messages to show the triggers at, and which triggers: where the case expected
    // the escalation, and where it happened.
    let mut shown: Vec<(&Step, Vec<&str>)> = Vec::new();
    if !outcome.escalated {
        // At the expected turn, else at the last customer message: after a bot's reply
        // every "latest message from customer" condition says only that it is the bot's.
        let at = expected_step
            .or_else(|| steps.iter().rev().find(|s| s.role == Role::Customer))
            .or(steps.last());
        shown.extend(at.map(|at| (at, named.clone())));
    } else if fields
        .iter()
        .any(|f| ["escalated", "turn", "trigger", "triggers"].contains(f))
    {
        let mut triggers: Vec<&str> = outcome.triggers.iter().map(|t| t.id.as_str()).collect();
        triggers.extend(&named);
        triggers.dedup();
        // Escalated later than expected: why not at the expected turn, first.
        if let Some(at) =
            expected_step.filter(|at| outcome.escalation_turn.is_some_and(|t| at.turn < t))
        {
            shown.push((at, triggers.clone()));
        }
        shown.extend(steps.iter().find(|s| s.escalation).map(|at| (at, triggers)));
    }
    for (step, triggers) in shown {
        let _ = writeln!(
            s,
            "      why, after message {} ({}: “{}”):",
            step.turn, step.role, step.text
        );
        if !step.signals.is_empty() {
            // Near misses too, with their scores, as `explain` shows them.
            let signals: Vec<String> = step.signals.iter().map(|g| signal_group(g, true)).collect();
            let _ = writeln!(s, "        signals: {}", signals.join(" · "));
        }
        for t in step
            .triggers
            .iter()
            .filter(|t| triggers.is_empty() || triggers.contains(&t.id.as_str()))
        {
            let _ = write!(s, "        {} {}: ", mark(t.holds), t.id);
            node(s, &t.condition, 4, true);
        }
    }
    if fields.iter().any(|f| ["route", "team"].contains(f)) && !trace.routes.is_empty() {
        let _ = writeln!(
            s,
            "      routes at the escalation point (the first that holds wins):"
        );
        // Routes that neither hold nor were expected are left out, and said to be.
        let mut left_out: Vec<&str> = Vec::new();
        for route in &trace.routes {
            let expected = expect.route.as_ref().and_then(Option::as_deref)
                == Some(route.id.as_str())
                || expect.team.as_ref().and_then(Option::as_deref) == Some(route.team.as_str());
            if !(route.chosen || expected || route.holds) {
                left_out.push(&route.id);
                continue;
            }
            let chosen = if route.chosen { "   ◀ chosen" } else { "" };
            // Marked as `explain` marks them.
            match &route.condition {
                Some(c) => {
                    let _ = write!(
                        s,
                        "        {} {} → {}{chosen}: ",
                        mark(route.holds),
                        route.id,
                        route.team
                    );
                    node(s, c, 4, true);
                }
                None if route.chosen => {
                    let _ = writeln!(
                        s,
                        "        ✓ {} → {}{chosen}: no route above held",
                        route.id, route.team
                    );
                }
                None => {
                    let _ = writeln!(
                        s,
                        "        · {} → {} (the default route, not needed)",
                        route.id, route.team
                    );
                }
            }
        }
        if !left_out.is_empty() {
            let _ = writeln!(
                s,
                "        … {} {} not hold: {}",
                crate::text::count(left_out.len(), "other route"),
                if left_out.len() == 1 { "does" } else { "do" },
                left_out.join(", ")
            );
        }
    }
}

/// Characters shown before and after where two texts first differ.
const AROUND: usize = 30;

/// Where two texts first differ (`at`, a character from 1): each from shortly before,
/// whitespace made visible (`␣` a space, `⇥` a tab, `↵` a line break), the end of each
/// marked, and a caret under the first difference, as a trailing space or a double one
/// (easy to get from YAML's `>-` folding) cannot be seen in the quoted texts.
fn difference(s: &mut String, at: usize, expected: &str, actual: &str) {
    let start = at.saturating_sub(1 + AROUND);
    let excerpt = |text: &str| {
        let mut out = String::from(if start > 0 { "…" } else { "" });
        let mut chars = text.chars().skip(start);
        for c in chars.by_ref().take(at - start + AROUND) {
            out.push(match c {
                ' ' => '␣',
                '\t' => '⇥',
                '\n' => '↵',
                '\u{a0}' => '⍽',
                c if c.is_control() => '�',
                c => c,
            });
        }
        out.push_str(if chars.next().is_some() {
            "…"
        } else {
            "⟨end⟩"
        });
        out
    };
    let caret = usize::from(start > 0) + (at - 1 - start);
    let _ = writeln!(
        s,
        "        first difference at character {at}:\n          expected {}\n          got      {}\n                   {}^",
        excerpt(expected),
        excerpt(actual),
        " ".repeat(caret)
    );
}
