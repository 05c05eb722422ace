//! `handoff coverage`'s gates: the values of `--fail-under-triggers` and
//! `--max-default-share` (refused when they could never pass or fail), and a report
//! against them and `--max-missed` → the gates that failed, and notes on those that had
//! nothing to judge. Reads and writes nothing.

use super::CoverageArgs;
use crate::coverage::CoverageReport;
use crate::report::FailedGate;

/// `--max-default-share`: a share, not a percentage. Out of range (`40` meant as 40%) or
/// NaN, the gate could never fail, so it is refused.
pub(super) fn fraction(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        // `-0` is 0, not shown as `-0`.
        Ok(v) if (0.0..=1.0).contains(&v) => Ok(v + 0.0),
        _ => Err("expected a fraction between 0 and 1, e.g. 0.4 for 40%".to_owned()),
    }
}

/// `--fail-under-triggers`: a percentage. Over 100 it always fails, NaN never does; a
/// fraction of one percent (`0.8`) is a share meant for `--max-default-share`'s scale,
/// which as a percentage would pass whatever fired: refused, saying so.
pub(super) fn percent(text: &str) -> Result<f64, String> {
    match text.trim().trim_end_matches('%').parse::<f64>() {
        Ok(v) if v > 0.0 && v < 1.0 => {
            // 0.07 × 100 is 7.000000000000001.
            let meant = (v * 100.0 * 1e9).round() / 1e9;
            Err(format!(
                "expected a percentage between 0 and 100: {v} reads as {v}%; for {meant}% \
                 write {meant}"
            ))
        }
        Ok(v) if (0.0..=100.0).contains(&v) => Ok(v + 0.0),
        _ => Err("expected a percentage between 0 and 100, e.g. 80".to_owned()),
    }
}

/// The gates that failed, and notes on those that had nothing to judge and passed. A
/// share of nothing is no share: rules without triggers fail `--fail-under-triggers`
/// (no trigger can be shown to fire), while with nothing escalated none of it fell to
/// the default route, and `--max-default-share` passes, saying so.
pub(super) fn gates(
    args: &CoverageArgs,
    report: &CoverageReport,
) -> (Vec<FailedGate>, Vec<String>) {
    let (mut failed, mut notes) = (Vec::new(), Vec::new());
    if let Some(pct) = args.fail_under_triggers {
        match report.triggers_fired_percent() {
            None => failed.push(FailedGate::new(format!(
                "the rules have no triggers, so --fail-under-triggers {pct} has no share of \
                 triggers to judge"
            ))),
            Some(fired) if fired < pct => {
                let mut gate = FailedGate::new(format!(
                    "{}% of triggers escalated anything, under --fail-under-triggers {pct}",
                    // Whole when it is, as the reports show the share (`50%`, not `50.0%`).
                    beside(fired, pct, usize::from(fired.fract() != 0.0))
                ));
                // The trigger ids are the rules': Markdown escapes them, not the rest.
                for (i, id) in report.never_fired.iter().enumerate() {
                    gate = gate.own(if i == 0 { " (never: " } else { ", " }).named(id);
                }
                if !report.never_fired.is_empty() {
                    gate = gate.own(")");
                }
                failed.push(gate);
            }
            Some(_) => {}
        }
    }
    if let Some(max) = args.max_default_share {
        match report.default_share {
            None => notes.push(format!(
                "nothing escalated, so no share fell to the default route \
                 (--max-default-share {max} passes)"
            )),
            Some(_) => {
                // Escalations no route took fell further than the default route: to no
                // team at all (rules without one). They count against the gate too,
                // where a rule set without a default route passed it at 0%.
                let default = report.default_escalations();
                let fell = default + report.unrouted;
                let share = fell as f64 / report.escalated as f64;
                if share > max {
                    // In the flag's scale, and as the report writes the share.
                    let to = match (default, report.unrouted) {
                        (_, 0) => "the default route".to_owned(),
                        (0, _) => "no route (unrouted: no team takes them)".to_owned(),
                        (_, unrouted) => {
                            format!("the default route or to no route ({unrouted} unrouted)")
                        }
                    };
                    let gate = FailedGate::new(format!(
                        "{} of escalations ({}) fell to {to}, over --max-default-share {max}",
                        beside(share, max, 3),
                        crate::report::escalation_share(fell, report.escalated)
                    ));
                    failed.push(for_want_of_columns(gate, report));
                }
            }
        }
    }
    if let Some(max) = args.max_missed {
        if report.human_handoffs == 0 {
            // Transcripts of a bot alone (no agent messages) have no handoff to miss: a
            // pass that says so, not a reassuring "0 missed".
            notes.push(format!(
                "no human took over in any conversation (no message of role `agent`), so \
                 no handoff could be missed: --max-missed {max} passes"
            ));
        } else if report.gaps.missed_handoffs.count > max {
            failed.push(FailedGate::new(format!(
                "{} of {} missed by every rule, over --max-missed {max}",
                report.gaps.missed_handoffs.count,
                crate::text::count(report.human_handoffs, "human handoff")
            )));
        }
    }
    (failed, notes)
}

/// `gate` with, when routes were never taken that read metadata columns the transcripts
/// do not have (a common reason for escalations falling to the default route: rules
/// written for a CRM export, run on a chat export without its columns), those routes and
/// columns: "(never taken: enterprise-lead, self-serve-pricing, which read lead\_score,
/// tier, not in these transcripts)".
fn for_want_of_columns(mut gate: FailedGate, report: &CoverageReport) -> FailedGate {
    let routes: Vec<_> = (report.routes.iter())
        .filter(|r| r.matched == 0 && !r.missing_fields.is_empty())
        .collect();
    if routes.is_empty() {
        return gate;
    }
    let mut fields: Vec<&str> = (routes.iter())
        .flat_map(|r| r.missing_fields.iter().map(String::as_str))
        .collect();
    fields.sort_unstable();
    fields.dedup();
    for (i, route) in routes.iter().enumerate() {
        gate = gate
            .own(if i == 0 { " (never taken: " } else { ", " })
            .named(&route.id);
    }
    gate = gate.own(if routes.len() == 1 {
        ", which reads "
    } else {
        ", which read "
    });
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            gate = gate.own(", ");
        }
        gate = gate.named(*field);
    }
    gate.own(", not in these transcripts)")
}

/// `value` with at least `digits` decimals, and as many more as it takes to differ from
/// `bound` the way it does: 0.99248 over 0.992 is "0.9925", not "0.992". Nor does it
/// round to a whole number it is not (a share of 0.99951 is not "1.000").
fn beside(value: f64, bound: f64, digits: usize) -> String {
    (digits..=17)
        .map(|d| format!("{value:.d$}"))
        .find(|shown| {
            shown.parse::<f64>().is_ok_and(|v| {
                v.partial_cmp(&bound) == value.partial_cmp(&bound)
                    && (v.fract() != 0.0 || value.fract() == 0.0)
            })
        })
        .unwrap_or_else(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::{beside, fraction, percent};

    /// "0.992 of escalations (99.25%) fell to the default route, over --max-default-share
    /// 0.992" for a share of 0.99248.
    #[test]
    fn a_gate_shows_as_many_digits_as_make_its_comparison_true() {
        assert_eq!(beside(0.992_48, 0.992, 3), "0.9925");
        assert_eq!(beside(11.0 / 24.0, 0.4, 3), "0.458");
        assert_eq!(beside(0.400_000_1, 0.4, 3), "0.4000001");
        assert_eq!(beside(79.96, 80.0, 1), "79.96");
        assert_eq!(beside(50.0, 80.0, 1), "50.0");
        // A share of triggers is whole when it is, as the reports show it.
        assert_eq!(beside(50.0, 80.0, 0), "50");
        assert_eq!(beside(100.0 / 3.0, 80.0, 1), "33.3");
        assert_eq!(beside(79.96, 80.0, 0), "79.96");
        // "1.000" over 0.9995 is true, but says that every escalation fell there.
        assert_eq!(beside(0.999_51, 0.9995, 3), "0.99951");
    }

    /// `--max-default-share 40` (meant as 40%) and `nan` turned the gate off;
    /// `--fail-under-triggers 150` always failed.
    #[test]
    fn gates_take_only_values_that_can_pass_and_fail() {
        assert_eq!(fraction("0.4"), Ok(0.4));
        assert_eq!(fraction("1"), Ok(1.0));
        // `-0` was kept, and a failed gate said "over --max-default-share -0".
        assert!(fraction("-0").is_ok_and(|v| v == 0.0 && v.is_sign_positive()));
        assert!(percent("-0").is_ok_and(|v| v == 0.0 && v.is_sign_positive()));
        for bad in ["40", "nan", "-0.1", "inf", "x", ""] {
            assert!(fraction(bad).is_err(), "{bad}");
        }
        assert_eq!(percent("80"), Ok(80.0));
        assert_eq!(percent("80%"), Ok(80.0));
        for bad in ["150", "nan", "-1", "inf", "x"] {
            assert!(percent(bad).is_err(), "{bad}");
        }
    }
}
