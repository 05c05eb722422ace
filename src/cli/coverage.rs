//! `handoff coverage`: where the rules have gaps, and how right they are. Takes the
//! arguments; replays the transcripts (or merges reports: `merge`), checks the gates
//! (`gates`) and writes the report.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;

mod gates;
mod merge;

use super::input::{self, INPUT_FLAGS, InputArgs, ReadArgs};
use super::replay::replay_with;
use super::{ExitStatus, Io, print_diagnostics};
use crate::coverage::labels::{self, LabelColumns, LabelEval, LabelMatcher};
use crate::coverage::{CoverageReport, RuleIndex};
use crate::diag::JsonDiagnostic;
use crate::engine::EngineOptions;
use crate::redact::Redact;
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
    #[arg(long, value_name = "PCT", value_parser = gates::percent, allow_hyphen_values = true)]
    pub fail_under_triggers: Option<f64>,
    /// Exit 1 when more than FRACTION (0–1) of escalations fall to the default route
    #[arg(long, value_name = "FRACTION", value_parser = gates::fraction, allow_hyphen_values = true)]
    pub max_default_share: Option<f64>,
    /// Exit 1 when more than N human handoffs were missed by every rule
    #[arg(long, value_name = "N", value_parser = super::numbers::count::<u64>, allow_hyphen_values = true)]
    pub max_missed: Option<u64>,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub threads: super::replay::Threads,
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
    let (failed, notes) = gates::gates(args, &report);
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
    // For the warning when no label matches: what the input's ids look like.
    let mut first_id: Option<String> = None;
    let replay = replay_with(args.threads.jobs, &args.files, io)?;
    let result = replay.mapper().run(
        &mut reader,
        &|c, scratch, _| engine.evaluate_coverage(c, scratch),
        &mut |conversation, (outcome, tally), _| {
            report.add(&index, conversation, outcome, tally);
            if first_id.is_none() {
                first_id = Some(conversation.id.clone());
            }
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
    let quiet = io.quiet();
    input::write_read_diagnostics(io.stderr, io.color, quiet, &read)?;
    input::verbose_left_out(io.stderr, io.verbosity, &read)?;
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
        if let (Some(path), Some(first_id)) = (&args.labels, &first_id)
            && let Some(mut d) = no_label_matched(path, eval, first_id)
        {
            // Ids may be emails or phone numbers: masked as every quoted cell is.
            if args.read.redact {
                d.redact();
            }
            print_diagnostics(io, std::slice::from_ref(&d), &none)?;
            report.diagnostics.push(JsonDiagnostic::of(&d, &none));
        }
    }
    report.finish();
    Ok((report, skipped))
}

/// A warning when labels were given and none of them names a conversation of the input
/// (an id column mapped wrong, or the labels of another export): the labels section
/// would read "0 labelled conversations found", easy to miss in CI.
fn no_label_matched(
    path: &std::path::Path,
    eval: &LabelEval,
    first_id: &str,
) -> Option<crate::diag::Diagnostic> {
    let labelled = eval.labels.saturating_sub(eval.blank);
    if eval.matched > 0 || labelled == 0 {
        return None;
    }
    let example = eval.unmatched_ids.first()?;
    Some(
        crate::diag::Diagnostic::new(
            None,
            crate::diag::Severity::Warning,
            if labelled == 1 {
                format!(
                    "the one label in {} names no conversation of the input: its id, `{example}`, is not the input's (such as `{first_id}`)",
                    path.display()
                )
            } else {
                format!(
                    "none of the {} in {} names a conversation of the input: their ids (such as `{example}`) are not the input's (such as `{first_id}`)",
                    crate::text::count(labelled, "label"),
                    path.display()
                )
            },
        )
        .at(crate::diag::Location::line(path, 1))
        .help("labels are matched by conversation id, exactly: give the labels file's id column with `--label-column conversation_id=COLUMN`, or check that the labels are for this export"),
    )
}
