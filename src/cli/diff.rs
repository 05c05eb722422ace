//! `handoff diff`: what a rule change does to real conversations.

mod gate;
mod revision;

use std::io::ErrorKind;
use std::path::PathBuf;

use anyhow::bail;
use clap::{ArgGroup, Args};

use super::engine::{load_engine_from, load_engine_with, replay_with};
use super::input::{self, InputArgs, ReadArgs};
use super::{ExitStatus, Io};
use crate::diff::{ChangeKind, DiffReport, Side, compare};
use crate::engine::{Engine, EngineOptions, Pair};
use crate::outcome::Outcome;
use crate::redact::{Names, Redact as _};
use crate::report::diff::{DiffFormat, DiffJson, DiffOutput};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  handoff diff --base old-rules --head rules\n  handoff diff --base-rev origin/main exports/march.csv.gz\n  handoff diff --base-rev origin/main --format markdown > comment.md\n  handoff diff --base-rev HEAD~1 --max-changed 50 --fail-on bridge-error\n  handoff diff --base-rev v1.2 --base-path old-rules",
    // One of the two is needed: `base_rules` says so in the project's words, and so for
    // `--base-path` without `--base-rev` (clap's "required arguments were not provided"
    // would not say what `--base-path` is for). The group is therefore not `required`,
    // and clap derives a usage line without the choice (`handoff diff [OPTIONS]
    // [FILES]...`): the usage is written here so that it shows it (the help snapshot
    // holds it).
    group = ArgGroup::new("base_rules").args(["base", "base_rev"]),
    override_usage = "handoff diff [OPTIONS] <--base <PATH>|--base-rev <REV>> [FILES]..."
)]
pub struct DiffArgs {
    /// The rules before the change (a file or directory)
    #[arg(long, value_name = "PATH")]
    pub base: Option<PathBuf>,
    /// Take the base rules from this git revision, at the head rules' path (or --base-path)
    #[arg(long, value_name = "REV")]
    pub base_rev: Option<String>,
    /// With --base-rev: the base rules' path in that revision, when it is not the head
    /// rules' path (they were moved or renamed since); relative to the current directory,
    /// as --head is, and need not exist now
    #[arg(long, value_name = "PATH")]
    pub base_path: Option<PathBuf>,
    /// The rules after the change (also -r, --rules: as the other commands take rules)
    #[arg(
        short = 'r',
        long,
        visible_alias = "rules",
        value_name = "PATH",
        default_value = "rules"
    )]
    pub head: PathBuf,
    /// Transcript files or directories; `-` reads stdin
    #[arg(default_value = super::input::DEFAULT_TRANSCRIPTS)]
    pub files: Vec<PathBuf>,
    /// Output format
    #[arg(short, long, value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,
    /// Examples shown per kind of change (table and markdown)
    #[arg(long, value_name = "N", default_value_t = 10, value_parser = super::numbers::count::<usize>, allow_hyphen_values = true)]
    pub examples: usize,
    /// Exit 1 when any conversation changes
    #[arg(long)]
    pub fail_on_change: bool,
    /// Exit 1 when more than N conversations change
    #[arg(long, value_name = "N", value_parser = super::numbers::count::<u64>, allow_hyphen_values = true)]
    pub max_changed: Option<u64>,
    /// Exit 1 when the head rules' outcomes have any of these (repeatable), as `replay
    /// --fail-on` does
    #[arg(long, value_enum, value_name = "WHAT")]
    pub fail_on: Vec<super::replay::gate::FailOn>,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub threads: super::engine::Threads,
}

pub(super) fn run(args: &DiffArgs, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    let options = EngineOptions {
        redact: args.read.redact,
        ..EngineOptions::default()
    };
    base_rules(args)?;
    let head = load_engine_from(
        &args.head,
        ("without `--head`", "with `--head PATH`"),
        options,
        io,
    )?;
    let (base, base_label) = match (&args.base, &args.base_rev) {
        (Some(path), _) => (
            load_engine_with(path, options, io)?,
            path.display().to_string(),
        ),
        (None, Some(rev)) => {
            let at = args.base_path.as_deref();
            (
                revision::engine_at_revision(rev, &args.head, at, options, io)?,
                format!("{}@{rev}", at.unwrap_or(&args.head).display()),
            )
        }
        (None, None) => bail!("give the base rules with --base PATH or --base-rev REV"),
    };
    // Before the signals are shared (each engine may then hold the other's).
    let topic_changes = crate::diff::topic_changes(base.rules(), head.rules());
    // Signals that differ (a phrase added, a threshold changed) are then scanned for in
    // one pass too, each rule set reading only its own.
    let (base, head) = Engine::share_signals(base, head, options)?;
    let mut reader = args.input.open(&args.files, &args.read)?;
    let replay = replay_with(args.threads.jobs, &args.files, io)?;
    let mut report = DiffReport::default();
    // What the gates judge beyond the report's counts: every head bridge error, in
    // conversations that change or not.
    let mut counts = gate::Counts::default();
    let head_label = args.head.display().to_string();
    // JSON lists every change: stream them, so memory stays flat. Other formats keep a
    // few examples per kind.
    let pair = Pair::new(&base, &head)?;
    io.verbose(format_args!(
        "{}",
        if pair.shares_scans() {
            "each message is scanned once for both rule sets"
        } else {
            "each message is scanned once per rule set"
        }
    ))?;
    let quiet = io.quiet();
    let mut stream = match args.format {
        DiffFormat::Json => Some(DiffJson::begin(io.stdout)),
        _ => None,
    };
    // One pass over the transcripts: each conversation is read and grouped once and
    // evaluated by both engines (and scanned once, when their signals are the same).
    let streaming = stream.is_some();
    let result = replay.mapper().run(
        &mut reader,
        &|c, scratch, out| {
            let (mut b, mut h) = pair.evaluate(c, scratch);
            // Most conversations do not change: their outcomes are freed here, on the
            // thread that made them, not handed to the main thread.
            let mut kinds = compare(&b, &h);
            let head_bridge_error = h.bridge_error.is_some();
            if kinds.is_empty() {
                return Evaluated::Unchanged { head_bridge_error };
            }
            if args.read.redact {
                let names = scratch
                    .take_names()
                    .unwrap_or_else(|| Names::of_conversation(c));
                b.redact_with(&names);
                h.redact_with(&names);
                // What differed may have been masked away (a name, an email): compared
                // again, as the report shows them.
                kinds = compare(&b, &h);
                if kinds.is_empty() {
                    return Evaluated::Unchanged { head_bridge_error };
                }
            }
            if !streaming {
                return Evaluated::Whole(Box::new((b, h)));
            }
            // Streamed, a change is encoded here, in parallel, into the batch's bytes: the
            // main thread counts it and writes them.
            let encoded = DiffJson::encode(&b.conversation_id, &kinds, &b, &h, out);
            Evaluated::Encoded {
                kinds,
                head_bridge_error,
                sides: (
                    Side {
                        team: b.team.take(),
                        escalated: b.escalated,
                    },
                    Side {
                        team: h.team.take(),
                        escalated: h.escalated,
                    },
                ),
                encoded,
            }
        },
        &mut |_, evaluated, bytes| {
            match evaluated {
                Evaluated::Unchanged { head_bridge_error } => {
                    report.add_unchanged();
                    if *head_bridge_error {
                        counts.head_bridge_errors += 1;
                        counts.unchanged_head_bridge_errors += 1;
                    }
                }
                Evaluated::Whole(_) => {
                    if let Some(outcomes) = evaluated.take_whole() {
                        let (b, h) = *outcomes;
                        counts.head_bridge_errors += u64::from(h.bridge_error.is_some());
                        if let Some(change) = report.add(b, h) {
                            report.keep(change, args.examples);
                        }
                    }
                }
                Evaluated::Encoded {
                    kinds,
                    head_bridge_error,
                    sides: (base, head),
                    encoded,
                } => {
                    report.count(kinds, base, head, *head_bridge_error);
                    counts.head_bridge_errors += u64::from(*head_bridge_error);
                    if let Some(json) = &mut stream {
                        match encoded {
                            Ok(()) => json.encoded(bytes)?,
                            Err(e) => return Err(std::mem::replace(e, ErrorKind::Other.into())),
                        }
                    }
                }
            }
            Ok(())
        },
    );
    let input::Finished { read, skipped, .. } = input::finish(reader, args.read.redact);
    input::write_read_diagnostics(io.stderr, io.color, quiet, &read)?;
    input::verbose_left_out(io.stderr, io.verbosity, &read)?;
    result?;
    report.finish();
    let gates = gate::given(args);
    if report.conversations == 0 && !gates.is_empty() {
        return Err(input::nothing_read(&args.files, &gates));
    }
    counts.changed = report.changed;
    let failed = gate::failed(args, counts);
    let output = DiffOutput {
        report: &report,
        base: &base_label,
        head: &head_label,
        examples: args.examples,
        width: (!io.stdout_is_terminal).then_some(140),
        failed_gates: &failed,
        topic_changes: &topic_changes,
    };
    match stream {
        Some(json) => json.finish(&output)?,
        None => output.write(args.format, io.stdout)?,
    }
    // A packet's topics are no part of an outcome: a flipped `topic:` changes no
    // conversation above, so it is named here too (the JSON's `topic_changes` and the
    // Markdown comment carry it; the table goes to people at a terminal, who read
    // stderr).
    for t in topic_changes.iter().filter(|_| !quiet) {
        writeln!(
            io.stderr,
            "note: {} (diff compares outcomes, not packets)",
            t.describe(|id| format!("`{id}`")),
        )?;
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

/// Usage errors about the base rules (exit 2), before anything is read: one of `--base`
/// and `--base-rev` is needed, and `--base-path` says where the rules were at
/// `--base-rev`'s revision, so it needs that revision.
fn base_rules(args: &DiffArgs) -> anyhow::Result<()> {
    match (&args.base, &args.base_rev, &args.base_path) {
        (_, None, Some(path)) => {
            let instead = match &args.base {
                Some(base) => format!(
                    "; `--base {}` reads the base rules from that path as it is now, so leave `--base-path` out",
                    base.display()
                ),
                None => format!(
                    " (`--base-rev origin/main --base-path {}`); for rules that are not in git, give `--base PATH`",
                    path.display()
                ),
            };
            bail!(
                "`--base-path {}` needs `--base-rev REV`: it is where the base rules were at that git revision, when they have moved or been renamed since{instead}",
                path.display()
            )
        }
        (None, None, None) => bail!("give the base rules with --base PATH or --base-rev REV"),
        _ => Ok(()),
    }
}

/// What a worker thread gives the main thread for one conversation.
enum Evaluated {
    /// The two outcomes agree: counted, nothing else (but whether the head rules could
    /// not render the bridge message, for `--fail-on bridge-error`).
    Unchanged { head_bridge_error: bool },
    /// A change, to be kept as an example (the formats that are not streamed).
    Whole(Box<(Outcome, Outcome)>),
    /// A change, streamed as JSON: its kinds and where each side sends it, counted, and
    /// its bytes, written.
    Encoded {
        kinds: Vec<ChangeKind>,
        /// Whether the head rules could not render the bridge message.
        head_bridge_error: bool,
        sides: (Side, Side),
        /// Whether it could be encoded in the batch's bytes.
        encoded: std::io::Result<()>,
    },
}

impl Evaluated {
    /// Takes a change kept whole out, to keep on the main thread; what the main thread
    /// only reads stays, to be freed on the worker that made it.
    fn take_whole(&mut self) -> Option<Box<(Outcome, Outcome)>> {
        match std::mem::replace(
            self,
            Evaluated::Unchanged {
                head_bridge_error: false,
            },
        ) {
            Evaluated::Whole(outcomes) => Some(outcomes),
            other => {
                *self = other;
                None
            }
        }
    }
}
