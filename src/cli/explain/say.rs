//! `explain --say` and `--meta`: the messages and metadata given on the command line →
//! the conversation `explain` traces, or why one cannot be read (a role not known, a
//! time that does not read, an address where the role goes), masked under `--redact`.

use std::path::PathBuf;
use std::sync::Arc;

use crate::transcript::{Clock, Conversation, Message, Metadata};

/// The conversation `--say` and `--meta` write: its messages in order, the customer's
/// metadata, the id `command-line`.
/// Under `--redact` (`redact`), a mistake quotes the message with its personal data
/// masked, and a `--meta` by its place, not its text.
/// A role is named as a transcript's role column names it (`user`, `assistant`, and
/// the values `roles`, the project file's `input: roles:`, gives a role).
pub(super) fn said(
    say: &[String],
    meta: &[String],
    roles: &crate::transcript::RoleMap,
    redact: bool,
) -> anyhow::Result<Conversation> {
    let mut messages = Vec::with_capacity(say.len());
    for (i, message) in say.iter().enumerate() {
        let line = u64::try_from(i + 1).unwrap_or(u64::MAX);
        messages.push(said_message(message, line, roles, redact)?);
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
            "--say `{shown}`: {what} is not a role{hint}: write customer, bot or agent, or a name transcripts use for one (user, assistant, human, …, and those `input: roles:` gives in .handoff.yaml), then a colon{example}"
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
