//! `handoff explain`: one conversation, every trigger and route, and why.

use std::path::PathBuf;
use std::sync::Arc;

use clap::{Args, ValueEnum};

use super::engine::load_engine_with;
use super::input::{self, INPUT_FLAGS, InputArgs, ReadArgs};
use super::{ExitStatus, Io};
use crate::diag::did_you_mean;
use crate::engine::EngineOptions;
use crate::redact::{Names, Redact as _};
use crate::report::explain;
use crate::transcript::{Clock, Conversation, Conversations as _, Message, Metadata};

/// Conversation ids kept for a "did you mean" when the id is not found.
const MAX_SUGGESTION_IDS: usize = 100_000;

/// The ids of the input that begin with the id `explain -c` was given, when none is it:
/// the first [`Starting::KEPT`] and how many in all.
#[derive(Debug, Default)]
struct Starting {
    ids: Vec<String>,
    count: usize,
}

impl Starting {
    const KEPT: usize = 3;

    /// Counts `candidate` if it begins with `given` (ignoring ASCII case), and keeps it
    /// if among the first few.
    fn offer(&mut self, given: &str, candidate: &str) {
        let begins = candidate.len() > given.len()
            && candidate.is_char_boundary(given.len())
            && candidate[..given.len()].eq_ignore_ascii_case(given);
        if begins && !given.is_empty() {
            self.count += 1;
            if self.ids.len() < Self::KEPT {
                self.ids.push(candidate.to_owned());
            }
        }
    }

    /// `; did you mean `c11-person`?` for one, `; 4 ids begin with it: `a`, `b`, `c`, …`
    /// for more; nothing for none.
    fn hint(&self) -> String {
        let quoted: Vec<String> = self
            .ids
            .iter()
            .map(|id| format!("`{}`", crate::text::shown(id)))
            .collect();
        match self.count {
            0 => String::new(),
            1 => format!("; did you mean {}?", quoted[0]),
            n => format!(
                "; {n} ids begin with it: {}{}",
                quoted.join(", "),
                if n > quoted.len() { ", …" } else { "" }
            ),
        }
    }
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("what").required(true).multiple(false))]
#[command(
    after_help = "Examples:\n  handoff explain --conversation c11-person-after-integration\n  handoff explain -c 4711 -r my-rules export.csv\n  handoff explain -c 4711 --format json export.csv | jq '.routes[] | select(.chosen)'\n  handoff explain -c 4711 --format markdown export.csv > explain.md\n  handoff explain --say 'customer: can I get a discount?' --meta tier=enterprise\n  handoff explain --say 'customer@2024-03-01T22:15:00+01:00: can I talk to a person?'\n  handoff explain -c 4711 --message 12 export.csv      the trigger trees of message 12 only\n  handoff explain -c 4711 --all export.csv             every trigger's tree on every message"
)]
pub struct ExplainArgs {
    /// The id of the conversation to explain
    #[arg(short, long, value_name = "ID", group = "what")]
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
    #[arg(long, value_name = "N", value_parser = super::numbers::position::<usize>, allow_negative_numbers = true)]
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
}

pub(super) fn run(args: &ExplainArgs, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    let engine = load_engine_with(
        &args.rules,
        EngineOptions {
            redact: args.read.redact,
            ..EngineOptions::default()
        },
        io,
    )?;
    let Some(id) = &args.conversation else {
        let conversation = said(&args.say, &args.meta, args.read.redact)?;
        write(args, &engine, &conversation, io)?;
        return Ok(ExitStatus::Success);
    };
    let mut reader = args.input.open(&args.files, &args.read)?;
    let mut seen = Vec::new();
    // Ids that begin with the one given (an id cut short, `c11`), the first few of them.
    let mut starting = Starting::default();
    let mut read_count = 0usize;
    let mut found = None;
    // The whole input is read, even past the conversation: only then is it known that
    // its id does not come back later in the input (which would make it a part of the
    // conversation, explained as the whole), and the input gets the verdict `replay`
    // gives it (an unsorted input, a missing column, malformed rows).
    while let Some(conversation) = reader.next() {
        let conversation = conversation?;
        read_count += 1;
        if found.is_none() {
            starting.offer(id, &conversation.id);
        }
        if found.is_some() {
            reader.recycle(conversation);
        } else if conversation.id == *id {
            found = Some(conversation);
        } else if seen.len() < MAX_SUGGESTION_IDS {
            seen.push(conversation.id);
        } else {
            reader.recycle(conversation);
        }
    }
    let input::Finished { read, skipped, .. } = input::finish(reader, args.read.redact);
    input::write_read_diagnostics(io.stderr, io.color, &read)?;
    input::verbose_left_out(io.stderr, io.verbosity, &read)?;
    let Some(conversation) = found else {
        // Ids that begin with the one given first: `star-12` is more likely cut short
        // than a typo of `star-1`.
        let hint = match did_you_mean(id, seen.iter().map(String::as_str)) {
            _ if starting.count > 0 => starting.hint(),
            Some(near) => format!("; did you mean `{}`?", crate::text::shown(near)),
            None => String::new(),
        };
        // Counted whole: `seen` stops at its bound.
        anyhow::bail!(
            "conversation `{}` not found in {} read{hint}",
            crate::text::shown(id),
            crate::text::count(read_count, "conversation")
        );
    };
    write(args, &engine, &conversation, io)?;
    Ok(input::settle(
        ExitStatus::Success,
        skipped,
        args.read.on_error,
        io,
    )?)
}

/// Traces `conversation` and writes it in the format asked for.
fn write(
    args: &ExplainArgs,
    engine: &crate::engine::Engine,
    conversation: &Conversation,
    io: &mut Io<'_>,
) -> anyhow::Result<()> {
    let mut trace = engine.trace(conversation);
    if let Some(message) = args.message {
        focus(&mut trace, message)?;
    }
    if args.read.redact {
        trace.redact_with(&Names::of_conversation(conversation));
    }
    match args.format {
        ExplainFormat::Text => explain::write_text(&trace, args.all, io.stdout)?,
        ExplainFormat::Json => explain::write_json(&trace, io.stdout)?,
        ExplainFormat::Markdown => explain::write_markdown(&trace, args.all, io.stdout)?,
    }
    Ok(())
}

/// Leaves the trigger trees of message `message` (1-based) only: a long conversation's
/// every message has every trigger's tree, most of them "message N is from bot".
fn focus(trace: &mut crate::trace::Trace, message: usize) -> anyhow::Result<()> {
    let count = trace.outcome.messages;
    let id = crate::text::shown(&trace.conversation_id);
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

/// The conversation `--say` and `--meta` write: its messages in order, the customer's
/// metadata, the id `command-line`.
/// Under `--redact` (`redact`), a mistake quotes the message with its personal data
/// masked, and a `--meta` by its place, not its text.
fn said(say: &[String], meta: &[String], redact: bool) -> anyhow::Result<Conversation> {
    let mut messages = Vec::with_capacity(say.len());
    // A role is named as a transcript's role column names it (`user`, `assistant`).
    let roles = crate::transcript::RoleMap::default();
    for (i, message) in say.iter().enumerate() {
        let line = u64::try_from(i + 1).unwrap_or(u64::MAX);
        messages.push(said_message(message, line, &roles, redact)?);
    }
    let mut metadata = Metadata::default();
    for (i, pair) in meta.iter().enumerate() {
        match pair.split_once('=') {
            Some((field, value)) if !field.trim().is_empty() => {
                let name = crate::transcript::normalize_field(field.trim());
                let Some(earlier) = metadata.get(&name) else {
                    metadata.insert(field.trim(), value.trim());
                    continue;
                };
                // The same value twice is one value; two would leave the route to the
                // flags' order.
                if earlier == value.trim() {
                    continue;
                }
                let hint =
                    "\n  hint: give the field once: which of the two is meant cannot be told";
                let first = meta
                    .iter()
                    .position(|m| {
                        m.split_once('=').is_some_and(|(f, _)| {
                            crate::transcript::normalize_field(f.trim()) == name
                        })
                    })
                    .unwrap_or(i);
                if redact {
                    anyhow::bail!(
                        "--meta number {} and number {} both give `{name}`, with two values; not quoted under --redact{hint}",
                        first + 1,
                        i + 1
                    );
                }
                anyhow::bail!(
                    "--meta `{}` and --meta `{}` both give `{name}`, with two values (names are compared in lower case, other characters as `_`){hint}",
                    crate::text::shown(&meta[first]),
                    crate::text::shown(pair)
                );
            }
            _ if redact => anyhow::bail!(
                "--meta number {} is not FIELD=VALUE (e.g. --meta tier=enterprise); not quoted under --redact",
                i + 1
            ),
            _ => anyhow::bail!(
                "--meta `{}` is not FIELD=VALUE (e.g. --meta tier=enterprise)",
                crate::text::shown(pair)
            ),
        }
    }
    Ok(Conversation {
        id: "command-line".to_owned(),
        messages,
        metadata,
        file: Arc::new(PathBuf::from("-")),
    })
}

/// One `--say` message: `ROLE: TEXT`, or `ROLE@TIME: TEXT` with a time read as a rule
/// test's `time:` is (any of [`crate::ruletest::TIME_FORMS`]), so that
/// `explain` shows where a message goes under `hours:` routes; without a time, `hours:`
/// cannot hold. The time ends at the first colon followed by a space
/// (a time has none: `22:15:00+01:00`).
fn said_message(
    message: &str,
    line: u64,
    roles: &crate::transcript::RoleMap,
    redact: bool,
) -> anyhow::Result<Message> {
    let shown = if redact {
        crate::text::shown(&crate::redact::redact(message)).into_owned()
    } else {
        crate::text::shown(message).into_owned()
    };
    let not_role = || {
        anyhow::anyhow!(
            "--say `{shown}` is not ROLE: TEXT, with a role of customer, bot or agent, or a name transcripts use for one (user, assistant, human, …; e.g. --say 'customer: I was charged twice')"
        )
    };
    let (head, rest) = message.split_once(':').ok_or_else(not_role)?;
    // `written`: what comes before the colon that ends the role (and time).
    let (role, time, text, written) = match head.split_once('@') {
        None => (head, None, rest, head),
        Some((role, _)) => {
            let after = &message[role.len() + 1..];
            let end = after
                .char_indices()
                .find(|&(i, c)| {
                    c == ':'
                        && after[i + 1..]
                            .chars()
                            .next()
                            .is_none_or(char::is_whitespace)
                })
                .map(|(i, _)| i);
            let Some(end) = end else {
                anyhow::bail!(
                    "--say `{shown}` is not ROLE@TIME: TEXT: end the time with a colon and a space (e.g. --say 'customer@2024-03-01T22:15:00+01:00: hi')"
                );
            };
            (
                role,
                Some(after[..end].trim()),
                &after[end + 1..],
                &message[..role.len() + 1 + end],
            )
        }
    };
    // An `@` that a domain follows, not a time (a dot and no digit:
    // `alice@example.com: hi`, `customer@example.com: hi`), is part of a word, an
    // address, not ROLE@TIME: that word is what is not a role. (`customer@yesterday`
    // is a time that does not read.)
    let address =
        time.is_some_and(|t| t.contains('.') && !t.contains(|c: char| c.is_ascii_digit()));
    // One word before the colon: written as ROLE: TEXT, with a role not known.
    let known = roles.get(role.trim()).filter(|_| !address);
    let Some(role) = known else {
        let word = if address { written } else { role }.trim();
        if word.is_empty() || word.contains(char::is_whitespace) {
            return Err(not_role());
        }
        // An address is no role mistyped (`bob@acme.io` is not `bot`).
        let near = if address {
            None
        } else {
            crate::diag::did_you_mean_in_words(word, roles.names())
        };
        let hint = near
            .map(|near| format!(" (did you mean `{near}`?)"))
            .unwrap_or_default();
        // A role to put before an address: it is the text's first words.
        let example = match (address, redact) {
            (false, _) => String::new(),
            (true, true) => " (e.g. --say 'customer: …')".to_owned(),
            (true, false) => format!(
                " (e.g. --say 'customer: {}')",
                crate::text::shown(message.trim())
            ),
        };
        // Not quoted under --redact: the word may be part of what the text masks, an
        // email's local part. The role suggested is one of the roles.
        let what = if redact {
            "the word before the colon".to_owned()
        } else {
            format!("`{}`", crate::text::shown(word))
        };
        anyhow::bail!(
            "--say `{shown}`: {what} is not a role{hint}: write customer, bot or agent, or a name transcripts use for one (user, assistant, human, …), then a colon{example}"
        )
    };
    let (timestamp, clock) = match time {
        None => (None, Clock::Written),
        Some(time) => {
            let Some((timestamp, local)) =
                crate::transcript::parse_timestamp_in(time, &jiff::tz::TimeZone::UTC)
            else {
                // Not quoted under --redact: what follows `@` may be an address's.
                let what = if redact {
                    "the time after `@`".to_owned()
                } else {
                    format!("`{}`", crate::text::shown(time))
                };
                anyhow::bail!(
                    "--say `{shown}`: {what} is not a date and time: expected {}",
                    crate::ruletest::TIME_FORMS
                );
            };
            let clock = if local {
                Clock::SaidUtc
            } else {
                Clock::Written
            };
            (Some(timestamp), clock)
        }
    };
    Ok(Message {
        role,
        text: text.trim().to_owned(),
        time: time.unwrap_or_default().to_owned(),
        timestamp,
        clock,
        line,
    })
}

#[cfg(test)]
mod tests {
    use super::Starting;

    /// `explain -c c11` said "not found" with no suggestion where one id began with it.
    #[test]
    fn ids_that_begin_with_the_one_given_are_suggested() {
        let mut one = Starting::default();
        for id in ["c10-x", "C11-person", "c1", "ć11"] {
            one.offer("c11", id);
        }
        assert_eq!(one.hint(), "; did you mean `C11-person`?");
        let mut many = Starting::default();
        for id in ["c1-a", "c10-b", "c11-c", "c12-d", "d1"] {
            many.offer("c1", id);
        }
        assert_eq!(
            many.hint(),
            "; 4 ids begin with it: `c1-a`, `c10-b`, `c11-c`, …"
        );
        let mut none = Starting::default();
        none.offer("", "anything");
        none.offer("zz", "z");
        assert_eq!(none.hint(), "");
    }
}
