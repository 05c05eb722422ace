//! `handoff replay`: transcripts through the rules, one outcome per conversation.

use std::path::PathBuf;
use std::sync::atomic::Ordering;

use anyhow::Context as _;
use clap::{Args, ValueEnum};

use super::input::InputArgs;
use super::{ExitStatus, Io, print_diagnostics};
use crate::engine::Engine;
use crate::replay::ReplayBuilder;
use crate::report::{self, Format, Summary};
use crate::rules::{RuleSetError, load_rule_set};
use crate::transcript::{GroupPolicy, Input, ReaderBuilder, expand_inputs};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  handoff replay\n  handoff replay --only escalated -f csv exports/march.csv.gz > escalations.csv\n  handoff replay --map conversation_id=ticket_id --map role=author_type --map text=body zendesk.csv\n  cat export.jsonl | handoff replay -"
)]
pub struct ReplayArgs {
    /// Transcript files or directories (CSV, JSONL, optionally gzip-compressed); `-` reads stdin
    #[arg(default_value = "fixtures")]
    pub files: Vec<PathBuf>,
    /// Rule file, or directory of rule files
    #[arg(short, long, default_value = "rules")]
    pub rules: PathBuf,
    /// Output format [default: table on a terminal, jsonl otherwise]
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,
    /// Output only these conversations
    #[arg(long, value_enum, default_value_t = Only::All)]
    pub only: Only,
    #[command(flatten)]
    pub input: InputArgs,
    /// The rows of a conversation are not consecutive: group the whole input in memory
    #[arg(long)]
    pub unsorted: bool,
    /// Worker threads [default: one per core]
    #[arg(short, long, default_value_t = 0, hide_default_value = true)]
    pub jobs: usize,
    /// No summary and no progress bar on stderr (diagnostics are still shown)
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Only {
    All,
    Escalated,
    NotEscalated,
}

pub(super) fn run(args: &ReplayArgs, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    let mapping = args.input.mapping()?;
    let engine = load_engine(&args.rules, io)?;
    let inputs = expand_inputs(&args.files)?;
    let total_bytes: Option<u64> = inputs
        .iter()
        .map(|i| match i {
            Input::Path(p) => std::fs::metadata(p).ok().map(|m| m.len()),
            Input::Stdin => None,
        })
        .sum();
    let mut reader = ReaderBuilder::new()
        .mapping(mapping)
        .format(args.input.format())
        .group_policy(if args.unsorted {
            GroupPolicy::InMemory
        } else {
            GroupPolicy::Consecutive
        })
        .build(inputs);

    let format = args.format.unwrap_or(if io.stdout_is_terminal {
        Format::Table
    } else {
        Format::Jsonl
    });
    // A bar on stderr would tear output written to the same terminal: show it only when
    // stdout goes elsewhere (a file, a pipe), which is when a long replay is silent.
    let progress = (io.stderr_is_terminal && !io.stdout_is_terminal && !args.quiet)
        .then(|| progress_bar(total_bytes));
    let bytes_read = reader.progress();
    let width = if io.stdout_is_terminal {
        None
    } else {
        Some(140)
    };
    let mut summary = Summary::default();
    let result = {
        let mut writer = report::writer(format, io.stdout, width);
        let wanted = |o: &crate::outcome::Outcome| match args.only {
            Only::All => true,
            Only::Escalated => o.escalated,
            Only::NotEscalated => !o.escalated,
        };
        // Streaming formats are encoded on the worker threads, in parallel; the main
        // thread only adds to the summary and writes bytes, in input order.
        let run = ReplayBuilder::new().jobs(args.jobs).mapper().run(
            &mut reader,
            &|conversation, scratch| {
                let outcome = engine.evaluate(conversation, scratch);
                let bytes = if wanted(&outcome) {
                    report::encode(format, &outcome)
                } else {
                    None
                };
                (outcome, bytes)
            },
            &mut |_conversation, (outcome, bytes)| {
                summary.add(&outcome);
                if let Some(bar) = &progress {
                    bar.set_position(bytes_read.load(Ordering::Relaxed));
                }
                match bytes {
                    Some(bytes) => writer.write_encoded(&bytes),
                    None if wanted(&outcome) => writer.write(&outcome),
                    None => Ok(()),
                }
            },
        );
        run.map(|_| ())
            .map_err(anyhow::Error::from)
            .and_then(|()| writer.finish().context("cannot write output"))
    };
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    let read = reader.into_report();
    print_diagnostics(io, &read.diagnostics, &crate::diag::Sources::default())?;
    result?;
    if !args.quiet {
        write!(io.stderr, "{}", summary.render(&read))?;
    }
    Ok(ExitStatus::Success)
}

/// Loads, validates and compiles rules; invalid rules are printed as diagnostics.
pub(super) fn load_engine(path: &std::path::Path, io: &mut Io<'_>) -> anyhow::Result<Engine> {
    let rules = match load_rule_set(path) {
        Ok(rules) => rules,
        Err(RuleSetError::Invalid {
            diagnostics,
            sources,
        }) => {
            print_diagnostics(io, &diagnostics, &sources)?;
            let errors = RuleSetError::Invalid {
                diagnostics,
                sources,
            };
            return Err(anyhow::anyhow!("{errors}"))
                .context(format!("invalid rules in {}", path.display()));
        }
        Err(e) => return Err(e).context(format!("reading rules from {}", path.display())),
    };
    Ok(Engine::compile(rules)?)
}

fn progress_bar(total: Option<u64>) -> indicatif::ProgressBar {
    let bar = match total {
        Some(total) => indicatif::ProgressBar::new(total).with_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} replaying {bar:30} {binary_bytes}/{binary_total_bytes} ({eta})",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        ),
        None => indicatif::ProgressBar::new_spinner(),
    };
    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(10));
    bar
}
