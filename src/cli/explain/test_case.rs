//! `explain --format test`: a conversation and the outcome the rules give it → a rule
//! test on stdout ([`crate::ruletest::write_case`]), named apart from the tests beside
//! the rules, read back and run as `handoff test` would, with a warning on stderr when
//! it does not pass as written (a message of another role left out, metadata known only
//! from a later row, masked text).

use std::path::{Path, PathBuf};

use super::ExplainArgs;
use crate::cli::{Io, print_diagnostics};
use crate::diag::{Diagnostic, Severity, Sources};
use crate::engine::{Engine, Scratch};
use crate::packet::Fields;
use crate::redact::{Names, Redact as _, masked_message};
use crate::ruletest::{self, SuiteError};
use crate::transcript::{Conversation, Message};

/// What the test written is called in what is said of it.
const WRITTEN: &str = "the rule test written";

/// Writes `conversation` as a rule test of the outcome `engine` gives it (its text and
/// metadata masked under `--redact`), and checks that it passes. A conversation the
/// format cannot hold is an error, and nothing is written.
pub(super) fn write(
    args: &ExplainArgs,
    engine: &Engine,
    conversation: &Conversation,
    other_roles: &[String],
    io: &mut Io<'_>,
) -> anyhow::Result<()> {
    let outcome = engine.evaluate(conversation, &mut Scratch::default());
    let tests = super::super::test::default_tests(&args.rules);
    let mut fields: Vec<(String, String)> = (conversation.metadata.iter())
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    let mut messages = conversation.messages.clone();
    if args.read.redact {
        // As a packet's: keys made of a header row's data masked too.
        let names = Names::of_conversation(conversation);
        let mut masked = Fields(fields);
        masked.redact_with(&names);
        fields = masked.0;
        for (i, message) in messages.iter_mut().enumerate() {
            message.text = masked_message(&message.text, i, &names).into_owned();
        }
    }
    let keys: Vec<(&str, &str)> = (conversation.metadata.iter().map(|(k, _)| k))
        .zip(fields.iter().map(|(k, _)| k.as_str()))
        .collect();
    let shown = |field: &str| {
        let key = keys.iter().find(|(k, _)| *k == field);
        key.map_or(field, |(_, shown)| shown).to_owned()
    };
    let mut comment = origin(conversation, &tests);
    comment.extend(ruletest::metadata_notes(&conversation.metadata, shown));
    if args.read.redact {
        comment.push(
            "Masked (--redact): the rules read the masks, not the words, and may decide otherwise."
                .to_owned(),
        );
    }
    let name = unique_name(
        engine,
        &tests,
        base_name(conversation, &messages),
        &mut comment,
        io,
    )?;
    let text = ruletest::write_case(&name, &messages, &fields, &outcome, &comment, other_roles).map_err(
        |why| {
            anyhow::anyhow!(
                "conversation `{}` cannot be written as a rule test: {why}\n  hint: map the export's other roles to customer, bot or agent with --role VALUE=ROLE (the warnings above name them)",
                crate::text::token(&conversation.id)
            )
        },
    )?;
    io.stdout.write_all(text.as_bytes())?;
    io.stdout.flush()?;
    check(engine, &text, io)
}

/// The comment above the case: where it comes from, and what to do with it.
fn origin(conversation: &Conversation, tests: &Path) -> Vec<String> {
    let id = crate::text::token(&conversation.id);
    let from = match conversation.messages.first() {
        // `--say`'s conversation is read from no file.
        Some(first) if conversation.file.as_os_str() != "-" => format!(
            "conversation `{id}` of {}, line {}",
            conversation.file.display(),
            first.line
        ),
        _ => "the conversation given with --say".to_owned(),
    };
    vec![
        format!("Written by `handoff explain --format test` from {from}:"),
        format!(
            "it expects what the rules give it now. In {}, `handoff test` checks that they",
            tests.display()
        ),
        "still do; to change what should happen, edit `expect:`, then the rules until it passes."
            .to_owned(),
    ]
}

/// The case's name: the conversation's id, or, for `--say`'s, `command-line: ` and its
/// first message (`messages`, masked under `--redact`), cut to 60 characters.
fn base_name(conversation: &Conversation, messages: &[Message]) -> String {
    if conversation.file.as_os_str() != "-" {
        return conversation.id.clone();
    }
    let first = messages.first().map_or("", |m| m.text.as_str());
    let first: String = (first.chars())
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let first = first.trim();
    let cut = crate::text::clip::cut(first, 60);
    let ellipsis = if cut < first.len() { "…" } else { "" };
    format!("command-line: {}{ellipsis}", &first[..cut])
}

/// `name`, or, when a test beside the rules (`tests`) has it already, `name (2)`,
/// `name (3)`…, said in `comment`: two cases of one name are an error of the suite.
///
/// When the tests do not load (a case expecting a team not written yet, a YAML error),
/// their names are not known: a warning says the name was not checked.
fn unique_name(
    engine: &Engine,
    tests: &Path,
    name: String,
    comment: &mut Vec<String>,
    io: &mut Io<'_>,
) -> anyhow::Result<String> {
    let taken: Vec<String> = if tests.is_dir() {
        match ruletest::load(&[PathBuf::from(tests)], engine.rules(), &mut Vec::new()) {
            Ok(suite) => suite.cases.into_iter().map(|c| c.name).collect(),
            Err(err) => {
                let warning = Diagnostic::new(
                    None,
                    Severity::Warning,
                    format!(
                        "the name `{name}` was not checked against the tests in {}: {err}",
                        tests.display()
                    ),
                )
                .help("`handoff test` says what is wrong with them; two cases of one name stop the suite, so rename this one if one of them has it");
                print_diagnostics(io, std::slice::from_ref(&warning), &Sources::default())?;
                Vec::new()
            }
        }
    } else {
        Vec::new()
    };
    let is_taken = |n: &str| taken.iter().any(|t| t.trim() == n.trim());
    if !is_taken(&name) {
        return Ok(name);
    }
    // One of the first `taken.len() + 2` numbers is free.
    let free = (2..taken.len() + 3)
        .map(|n| format!("{name} ({n})"))
        .find(|n| !is_taken(n))
        .unwrap_or_else(|| format!("{name} ({})", taken.len() + 2));
    comment.push(format!(
        "Named `{free}`: a test in {} is named `{name}`.",
        tests.display()
    ));
    Ok(free)
}

/// Reads `text` back as a rule test and runs it: a warning when it does not pass, saying
/// which expectation (only `escalated` when that is the one: the rest follow from it).
fn check(engine: &Engine, text: &str, io: &mut Io<'_>) -> anyhow::Result<()> {
    let suite = match ruletest::load_text(Path::new(WRITTEN), text, engine.rules()) {
        Ok(suite) => suite,
        Err(SuiteError::Invalid {
            diagnostics,
            sources,
            ..
        }) => {
            // What `write_case` writes reads back (tested): said whole, never hidden.
            print_diagnostics(io, &diagnostics, &sources)?;
            return Ok(());
        }
        Err(err) => anyhow::bail!("{WRITTEN} does not read back: {err}"),
    };
    let results = ruletest::run(&suite, engine, None);
    let failures: Vec<_> = results.iter().flat_map(|r| &r.failures).collect();
    let shown: Vec<String> = match failures.iter().find(|m| m.field == "escalated") {
        Some(m) => vec![format!(
            "`escalated` expects {}, the case gives {}",
            m.expected, m.actual
        )],
        None => (failures.iter())
            .map(|m| {
                format!(
                    "`{}` expects {}, the case gives {}",
                    m.field, m.expected, m.actual
                )
            })
            .collect(),
    };
    if shown.is_empty() {
        return Ok(());
    }
    let warning = Diagnostic::new(
        None,
        Severity::Warning,
        format!("{WRITTEN} does not pass as it is: {}", shown.join("; ")),
    )
    .help(
        "the comments above the case say what it holds otherwise than the export (messages of other roles left out, metadata known from a later row, masked text); edit its `expect:` to what the rules give the case, or keep it failing until the rules do",
    );
    print_diagnostics(io, std::slice::from_ref(&warning), &Sources::default())?;
    Ok(())
}
