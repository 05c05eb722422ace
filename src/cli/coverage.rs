//! `handoff coverage`: where the rules have gaps, and how right they are.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;

mod merge;

use super::input::{self, INPUT_FLAGS, InputArgs, ReadArgs};
use super::replay::replay_with;
use super::{ExitStatus, Io, print_diagnostics};
use crate::coverage::labels::{self, LabelColumns, LabelEval, LabelMatcher};
use crate::coverage::{CoverageReport, RuleIndex};
use crate::diag::JsonDiagnostic;
use crate::engine::EngineOptions;
use crate::redact::Redact;
use crate::report::FailedGate;
use crate::report::coverage::{self as render, CoverageFormat};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  handoff coverage\n  handoff coverage exports/march.csv.gz --format html > coverage.html\n  handoff coverage --labels labelled.csv exports/sample.csv\n  handoff coverage shard1.csv -f json > a.json; handoff coverage shard2.csv -f json > b.json\n  handoff coverage --merge a.json b.json\n  handoff coverage --fail-under-triggers 80 --max-default-share 0.5 --max-missed 10"
)]
pub struct CoverageArgs {
    /// Transcript files or directories; `-` reads stdin
    #[arg(default_value = super::input::DEFAULT_TRANSCRIPTS)]
    pub files: Vec<PathBuf>,
    /// Rule file, or directory of rule files
    #[arg(short, long, default_value = "rules")]
    pub rules: PathBuf,
    /// Output format
    #[arg(short, long, value_enum, default_value_t = CoverageFormat::Table)]
    pub format: CoverageFormat,
    /// Merge coverage JSON reports of input shards (in input order) instead of replaying
    // Nothing is read nor replayed: the flags that say how would do nothing.
    #[arg(long, value_name = "JSON", num_args = 1.., conflicts_with_all = INPUT_FLAGS,
        conflicts_with_all = ["labels", "label_column", "rules", "files", "unsorted", "on_error", "jobs"])]
    pub merge: Vec<PathBuf>,
    /// A CSV of hand labels: `conversation_id` and `expected_team` and/or `expected_escalated`
    #[arg(long, value_name = "FILE")]
    pub labels: Option<PathBuf>,
    /// Map a label field (`conversation_id`, `expected_team`, `expected_escalated`) to a
    /// column of the labels file (repeatable)
    #[arg(long, value_name = "FIELD=COLUMN", requires = "labels")]
    pub label_column: Vec<String>,
    /// Exit 1 when less than PCT percent (0–100) of the triggers escalated anything
    #[arg(long, value_name = "PCT", value_parser = percent)]
    pub fail_under_triggers: Option<f64>,
    /// Exit 1 when more than FRACTION (0–1) of escalations fall to the default route
    #[arg(long, value_name = "FRACTION", value_parser = fraction)]
    pub max_default_share: Option<f64>,
    /// Exit 1 when more than N human handoffs were missed by every rule
    #[arg(long, value_name = "N")]
    pub max_missed: Option<u64>,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub threads: super::replay::Threads,
}

/// `--max-default-share`: a share, not a percentage. Out of range (`40` meant as 40%) or
/// NaN, the gate could never fail, so it is refused.
fn fraction(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(v) if (0.0..=1.0).contains(&v) => Ok(v),
        _ => Err("expected a fraction between 0 and 1, e.g. 0.4 for 40%".to_owned()),
    }
}

/// `--fail-under-triggers`: a percentage. Over 100 it always fails, NaN never does; a
/// fraction of one percent (`0.8`) is a share meant for `--max-default-share`'s scale,
/// which as a percentage would pass whatever fired: refused, saying so.
fn percent(text: &str) -> Result<f64, String> {
    match text.trim().trim_end_matches('%').parse::<f64>() {
        Ok(v) if v > 0.0 && v < 1.0 => {
            // 0.07 × 100 is 7.000000000000001.
            let meant = (v * 100.0 * 1e9).round() / 1e9;
            Err(format!(
                "expected a percentage between 0 and 100: {v} reads as {v}%; for {meant}% \
                 write {meant}"
            ))
        }
        Ok(v) if (0.0..=100.0).contains(&v) => Ok(v),
        _ => Err("expected a percentage between 0 and 100, e.g. 80".to_owned()),
    }
}

pub(super) fn run(args: &CoverageArgs, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    let (mut report, skipped) = if args.merge.is_empty() {
        replay(args, io)?
    } else {
        (merge::merge(&args.merge)?, 0)
    };
    let gate_flags: Vec<&str> = [
        args.fail_under_triggers.map(|_| "--fail-under-triggers"),
        args.max_default_share.map(|_| "--max-default-share"),
        args.max_missed.map(|_| "--max-missed"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if report.conversations == 0 && !gate_flags.is_empty() {
        let files = if args.merge.is_empty() {
            &args.files
        } else {
            &args.merge
        };
        return Err(input::nothing_read(files, &gate_flags));
    }
    if args.read.redact {
        report.redact();
    }
    // A JSON report keeps its examples' messages as read (their first 4 KiB): `--merge`
    // reads it back, and a merge under `--redact` must mask them whole, before they are
    // cut for a table, markdown or HTML.
    if args.format != CoverageFormat::Json {
        report.clip_examples();
    }
    let width = (!io.stdout_is_terminal).then_some(140);
    let (failed, notes) = gates(args, &report);
    render::write(&report, args.format, width, &failed, io.stdout)?;
    for note in &notes {
        writeln!(io.stderr, "note: {note}")?;
    }
    for f in &failed {
        writeln!(io.stderr, "gate failed: {f}")?;
    }
    let status = if failed.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    };
    Ok(input::settle(status, skipped, args.read.on_error, io)?)
}

/// The gates that failed, and notes on those that had nothing to judge and passed. A
/// share of nothing is no share: rules without triggers fail `--fail-under-triggers`
/// (no trigger can be shown to fire), while with nothing escalated none of it fell to
/// the default route, and `--max-default-share` passes, saying so.
fn gates(args: &CoverageArgs, report: &CoverageReport) -> (Vec<FailedGate>, Vec<String>) {
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
            Some(share) if share > max => {
                // In the flag's scale, and as the report writes the share.
                let default = report.default_escalations();
                let gate = FailedGate::new(format!(
                    "{} of escalations ({}) fell to the default route, over --max-default-share {max}",
                    beside(share, max, 3),
                    crate::report::escalation_share(default, report.escalated)
                ));
                failed.push(for_want_of_columns(gate, report));
            }
            Some(_) => {}
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

/// The coverage of the transcripts, and how many malformed rows were skipped.
fn replay(args: &CoverageArgs, io: &mut Io<'_>) -> anyhow::Result<(CoverageReport, u64)> {
    // No evidence or bridge message reaches a coverage report: its examples are masked
    // whole, after the run (`--redact`).
    let options = EngineOptions {
        coverage: true,
        ..EngineOptions::default()
    };
    let engine = super::replay::load_engine_with(&args.rules, options, io)?;
    // Built once, for the labels and the transcripts.
    let mapping = args.input.mapping()?;
    let labels = match &args.labels {
        Some(path) => {
            // The transcripts' id column means the id in the labels file too.
            let columns = LabelColumns::from_pairs(&args.label_column)
                .context("invalid --label-column")?
                .with_transcript_id(&mapping.conversation_id);
            let teams: Vec<&str> = engine.rules().teams.iter().map(|t| t.id.as_str()).collect();
            let sources = crate::diag::Sources::default();
            // Under `--redact` the cells the errors and warnings quote are masked: a
            // misplaced column may hold an email or a phone number.
            let mut labels = match labels::load(path, &columns, &teams) {
                Ok(labels) => labels,
                Err(mut e) => {
                    if args.read.redact {
                        e.redact();
                    }
                    // The warnings of the rows before the error, then the error.
                    print_diagnostics(io, e.warnings(), &sources)?;
                    return Err(e.into());
                }
            };
            if args.read.redact {
                labels.diagnostics.iter_mut().for_each(Redact::redact);
            }
            print_diagnostics(io, &labels.diagnostics, &sources)?;
            Some(labels)
        }
        None => None,
    };
    let mut reader = args.input.open_mapped(&mapping, &args.files, &args.read)?;
    let rules = engine.rules();
    let mut report = CoverageReport::new(rules);
    // What stderr says goes into the JSON too: the rules', then the labels'.
    report.diagnostics = rules
        .notes
        .iter()
        .map(|d| JsonDiagnostic::of(d, &rules.sources))
        .collect();
    if let Some(labels) = &labels {
        let none = crate::diag::Sources::default();
        report.diagnostics.extend(
            labels
                .diagnostics
                .iter()
                .map(|d| JsonDiagnostic::of(d, &none)),
        );
    }
    let index = RuleIndex::new(rules, &report);
    report.labels = labels.as_ref().map(LabelEval::new);
    let mut matcher = labels.as_ref().map(LabelMatcher::new);
    let replay = replay_with(args.threads.jobs, &args.files, io)?;
    let result = replay.mapper().run(
        &mut reader,
        &|c, scratch, _| engine.evaluate_coverage(c, scratch),
        &mut |conversation, (outcome, tally), _| {
            report.add(&index, conversation, outcome, tally);
            if let (Some(matcher), Some(eval)) = (&mut matcher, &mut report.labels)
                && let Some(label) = matcher.get(&conversation.id)
            {
                eval.add(label, conversation, outcome);
            }
            if args.read.redact {
                crate::redact::names_in_examples(&mut report, conversation);
            }
            Ok(())
        },
    );
    let input::Finished { read, skipped, .. } = input::finish(reader, args.read.redact);
    input::write_read_diagnostics(io.stderr, io.color, &read)?;
    let none = crate::diag::Sources::default();
    report.diagnostics.extend(
        read.diagnostics
            .iter()
            .map(|d| JsonDiagnostic::of(d, &none)),
    );
    if read.suppressed > 0 {
        report.diagnostics.push(JsonDiagnostic::of(
            &crate::diag::Diagnostic::new(
                None,
                crate::diag::Severity::Note,
                format!(
                    "{}; the first {} are listed",
                    input::suppressed_note(read.suppressed),
                    read.diagnostics.len()
                ),
            ),
            &none,
        ));
    }
    result?;
    if let (Some(matcher), Some(eval)) = (matcher, &mut report.labels) {
        matcher.finish(eval);
    }
    report.finish();
    Ok((report, skipped))
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
