//! `handoff explain`: one conversation, every trigger and route, and why. The
//! conversation `--say` and `--meta` write is read in `explain/say.rs`; `--format test`
//! is `explain/test_case.rs`'s.

mod say;
mod test_case;
mod wanted;

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::engine::load_engine_with;
use super::input::{self, INPUT_FLAGS, InputArgs, OnError, ReadArgs};
use super::{ExitStatus, Io};
use crate::diag::did_you_mean;
use crate::engine::EngineOptions;
use crate::redact::{Names, Redact as _};
use crate::report::explain;
use crate::transcript::{Conversation, Conversations as _};
use say::said;
use wanted::{Starting, Wanted};

/// Conversation ids kept for a "did you mean" when the id is not found.
const MAX_SUGGESTION_IDS: usize = 100_000;

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("what").required(true).multiple(false))]
#[command(
    after_help = "Examples:\n  handoff explain --conversation c11-person-after-integration\n  handoff explain -c 4711 -r my-rules export.csv\n  handoff explain -c 4711 --format json export.csv | jq '.routes[] | select(.chosen)'\n  handoff explain -c 4711 --format markdown export.csv > explain.md\n  handoff explain --say 'customer: can I get a discount?' --meta tier=enterprise\n  handoff explain --say 'customer@2024-03-01T22:15:00+01:00: can I talk to a person?'\n  handoff explain -c 4711 --message 12 export.csv      the trigger trees of message 12 only\n  handoff explain -c 4711 --all export.csv             every trigger's tree on every message\n  handoff explain -c 4711 --format test export.csv > rules/tests/t4711.yaml"
)]
pub struct ExplainArgs {
    /// The id of the conversation to explain
    #[arg(short, long, value_name = "ID", group = "what", value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub conversation: Option<String>,
    /// A message of a conversation written here instead of read from a file, as
    /// `ROLE: TEXT` (customer, bot or agent, or user, assistant, human…), or
    /// `ROLE@TIME: TEXT` with its time (`customer@2024-03-01T22:15:00+01:00: hi`; without
    /// an offset, UTC); repeat it for each message, in order
    // Nothing is read: the flags that say how to read transcripts would do nothing.
    #[arg(
        long,
        value_name = "ROLE: TEXT",
        group = "what",
        conflicts_with_all = INPUT_FLAGS,
        conflicts_with_all = ["files", "unsorted", "on_error"]
    )]
    pub say: Vec<String>,
    /// A field of the customer's metadata for the conversation of `--say`, as
    /// `FIELD=VALUE` (`tier=enterprise`); repeat it for each field
    #[arg(long, value_name = "FIELD=VALUE", conflicts_with = "conversation")]
    pub meta: Vec<String>,
    /// Transcript files or directories; `-` reads stdin
    #[arg(default_value = super::input::DEFAULT_TRANSCRIPTS)]
    pub files: Vec<PathBuf>,
    /// Rule file, or directory of rule files
    #[arg(short, long, default_value = "rules")]
    pub rules: PathBuf,
    /// Show the trigger trees of message N only (the first is 1); every message keeps
    /// its text and signals, and the verdict, routes and bridge message stay
    #[arg(long, value_name = "N", value_parser = super::numbers::position::<usize>, allow_hyphen_values = true)]
    pub message: Option<usize>,
    /// Show every trigger's tree on every message: also those nothing in the message
    /// came close to, and those that cannot hold on a message from its role (a
    /// customer-only trigger on a bot's message), which are otherwise counted only.
    /// JSON always has every tree, each with its `standing`
    #[arg(long)]
    pub all: bool,
    /// Output format
    #[arg(short, long, value_enum, default_value_t = ExplainFormat::Text)]
    pub format: ExplainFormat,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub read: ReadArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExplainFormat {
    /// A tree: message by message, the triggers that held or nearly held, each
    /// condition with ✓ or ✗ and what it saw; also named `human` or `table`
    #[value(alias = "human", alias = "table")]
    Text,
    /// The same as a JSON document
    Json,
    /// The same for an issue or pull-request comment: the verdict, a table of the
    /// messages, the routes, the bridge message, each message's triggers folded; also
    /// named `md`
    #[value(alias = "md")]
    Markdown,
    /// A rule test file (YAML) of the conversation, expecting what the rules give it
    /// now, for `handoff test` to check that they still do (`> rules/tests/NAME.yaml`)
    Test,
}

pub(super) fn run(args: &ExplainArgs, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    if args.format == ExplainFormat::Test && (args.message.is_some() || args.all) {
        let flags = match (args.all, args.message.is_some()) {
            (true, true) => "--all and --message choose",
            (true, false) => "--all chooses",
            _ => "--message chooses",
        };
        anyhow::bail!(
            "{flags} trigger trees to show, and `--format test` writes none: leave {} out",
            if args.all && args.message.is_some() {
                "them"
            } else {
                "it"
            }
        );
    }
    let engine = load_engine_with(
        &args.rules,
        EngineOptions {
            redact: args.read.redact,
            ..EngineOptions::default()
        },
        io,
    )?;
    let Some(id) = &args.conversation else {
        // The project file is read (and checked, as by every command that reads it) for
        // the role names its exports use.
        let mapping = args.input.mapping()?;
        let conversation = said(&args.say, &args.meta, &mapping.roles, args.read.redact)?;
        write(args, &engine, &conversation, &[], io)?;
        return Ok(ExitStatus::Success);
    };
    let mut reader = args.input.open(&args.files, &args.read)?;
    let wanted = Wanted::new(id);
    let id = wanted.meant();
    let mut seen = Vec::new();
    // Ids that begin with the one given (an id cut short, `c11`), the first few of them.
    let mut starting = Starting::default();
    let mut read_count = 0usize;
    // The conversation found, and how near its id is to the one given (0: exact).
    let mut found: Option<(u8, Conversation)> = None;
    // The whole input is read, even past the conversation: only then is it known that
    // its id does not come back later in the input (which would make it a part of the
    // conversation, explained as the whole), and the input gets the verdict `replay`
    // gives it (an unsorted input, a missing column, malformed rows).
    while let Some(conversation) = reader.next() {
        let conversation = conversation?;
        read_count += 1;
        if found.is_none() {
            starting.offer(&wanted.starts(), wanted.begun(), &conversation.id);
        }
        let best = found.as_ref().map_or(u8::MAX, |(rank, _)| *rank);
        match wanted.rank(&conversation.id).filter(|&rank| rank < best) {
            Some(rank) => {
                if let Some((_, worse)) = found.replace((rank, conversation)) {
                    reader.recycle(worse);
                }
            }
            None if found.is_none() && seen.len() < MAX_SUGGESTION_IDS => {
                seen.push(conversation.id);
            }
            None => reader.recycle(conversation),
        }
    }
    let input::Finished { read, skipped, .. } = input::finish(reader, args.read.redact);
    let quiet = io.quiet();
    input::write_read_diagnostics(io.stderr, io.color, quiet, &read)?;
    input::verbose_left_out(io.stderr, io.verbosity, &read)?;
    let Some((_, conversation)) = found else {
        // Ids that begin with the one given first: `star-12` is more likely cut short
        // than a typo of `star-1`.
        // Never one with other digits: `star-1333` is another conversation, not
        // `star-31333` mistyped, and explaining it would mislead.
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        let same_digits = seen.iter().filter(|c| digits(c) == digits(id));
        // A quoted form with an escape that is none (`"order\q`) is said so, and no id
        // is said to begin with what came before it.
        let hint = if starting.any() {
            starting.hint()
        } else if let Some(note) = wanted.bad_escape() {
            note
        } else {
            match did_you_mean(id, same_digits.map(String::as_str)) {
                Some(near) => format!("; did you mean `{}`?", crate::text::token(near)),
                None => String::new(),
            }
        };
        // Counted whole: `seen` stops at its bound.
        anyhow::bail!(
            "conversation `{}` not found in {} read{hint}",
            crate::text::token(id),
            crate::text::count(read_count, "conversation")
        );
    };
    if args.format == ExplainFormat::Test && skipped > 0 && args.read.on_error != OnError::Skip {
        // A malformed row may be one of the conversation's: the test would expect what
        // the rules give it without that row, and be kept as if it were the export's.
        writeln!(
            io.stderr,
            "error: {skipped} malformed row{} skipped (listed above), and may be of conversation `{}`: no rule test is written; fix the input, or pass --on-error skip to write the conversation as read",
            if skipped == 1 { " was" } else { "s were" },
            crate::text::token(&conversation.id)
        )?;
        return Ok(ExitStatus::Error);
    }
    // Under --redact a role cell is not quoted (it may hold its author's name).
    let other_roles: Vec<String> = if args.read.redact {
        Vec::new()
    } else {
        read.unknown_roles.keys().cloned().collect()
    };
    write(args, &engine, &conversation, &other_roles, io)?;
    Ok(input::settle(
        ExitStatus::Success,
        skipped,
        args.read.on_error,
        io,
    )?)
}

/// Traces `conversation` and writes it in the format asked for (a rule test: the
/// outcome only, no trace).
fn write(
    args: &ExplainArgs,
    engine: &crate::engine::Engine,
    conversation: &Conversation,
    other_roles: &[String],
    io: &mut Io<'_>,
) -> anyhow::Result<()> {
    let trace = || -> anyhow::Result<crate::trace::Trace> {
        let mut trace = engine.trace(conversation);
        if let Some(message) = args.message {
            focus(&mut trace, message)?;
        }
        if args.read.redact {
            trace.redact_with(&Names::of_conversation(conversation));
        }
        Ok(trace)
    };
    match args.format {
        ExplainFormat::Text => explain::write_text(&trace()?, args.all, io.stdout)?,
        ExplainFormat::Json => explain::write_json(&trace()?, io.stdout)?,
        ExplainFormat::Markdown => explain::write_markdown(&trace()?, args.all, io.stdout)?,
        ExplainFormat::Test => test_case::write(args, engine, conversation, other_roles, io)?,
    }
    Ok(())
}

/// Leaves the trigger trees of message `message` (1-based) only: a long conversation's
/// every message has every trigger's tree, most of them "message N is from bot".
fn focus(trace: &mut crate::trace::Trace, message: usize) -> anyhow::Result<()> {
    let count = trace.outcome.messages;
    let id = crate::text::token(&trace.conversation_id);
    if !(1..=count).contains(&message) {
        anyhow::bail!(
            "--message {message} is not a message of conversation `{id}`: it has {}, numbered from 1",
            crate::text::count(count, "message")
        );
    }
    // Evaluation stops at the escalation point: later messages have no trees.
    if message > trace.steps.len() {
        anyhow::bail!(
            "--message {message}: conversation `{id}` escalates after message {}, and no trigger is evaluated past it",
            trace.steps.len()
        );
    }
    for step in &mut trace.steps {
        if step.turn != message {
            step.triggers.clear();
        }
    }
    Ok(())
}
