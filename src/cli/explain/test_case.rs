//! `explain --format test`: a conversation and the outcome the rules give it → a rule
//! test on stdout ([`crate::ruletest::write_case`]), read back and run as `handoff test`
//! would, with a warning on stderr when it does not pass as written (a message of an
//! unknown role left out, metadata known only from a later row, masked text).

use std::path::Path;

use crate::cli::{Io, print_diagnostics};
use crate::diag::{Diagnostic, Severity, Sources};
use crate::engine::{Engine, Scratch};
use crate::redact::{Names, masked_field, masked_message};
use crate::ruletest;
use crate::transcript::{Conversation, Metadata};

/// What the test written is called in the warning when it does not read back.
const WRITTEN: &str = "the rule test written";

/// Writes `conversation` as a rule test of the outcome `engine` gives it (its text and
/// metadata masked under `--redact`), and checks that it passes.
pub(super) fn write(
    redact: bool,
    engine: &Engine,
    conversation: &Conversation,
    io: &mut Io<'_>,
) -> anyhow::Result<()> {
    let outcome = engine.evaluate(conversation, &mut Scratch::default());
    let mut comment = origin(conversation);
    let masked;
    let shown = if redact {
        comment.push(
            "Masked (--redact): the rules read the masks, not the words, and may decide otherwise."
                .to_owned(),
        );
        masked = masked_conversation(conversation);
        &masked
    } else {
        conversation
    };
    let text = ruletest::write_case(shown, &outcome, &conversation.id, &comment);
    io.stdout.write_all(text.as_bytes())?;
    io.stdout.flush()?;
    if let Some(warning) = check(engine, &text) {
        print_diagnostics(io, std::slice::from_ref(&warning), &Sources::default())?;
    }
    Ok(())
}

/// The comment above the case: where it comes from, and what to do with it.
fn origin(conversation: &Conversation) -> Vec<String> {
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
        "what the rules give it now. Beside the rules (rules/tests/), `handoff test` holds"
            .to_owned(),
        "them to it; to change what should happen, edit `expect:`, then the rules until it passes."
            .to_owned(),
    ]
}

/// `conversation` with its messages and metadata masked, as `--redact` masks packets.
fn masked_conversation(conversation: &Conversation) -> Conversation {
    let names = Names::of_conversation(conversation);
    let mut masked = conversation.clone();
    for (i, message) in masked.messages.iter_mut().enumerate() {
        message.text = masked_message(&message.text, i, &names).into_owned();
    }
    let mut metadata = Metadata::default();
    for (field, value) in conversation.metadata.iter() {
        metadata.insert(field, &masked_field(field, value, &names));
    }
    masked.metadata = metadata;
    masked
}

/// The warning to give when `text`, read back as a rule test, does not pass under
/// `engine`'s rules; `None` when it passes.
fn check(engine: &Engine, text: &str) -> Option<Diagnostic> {
    let help = "the comments above the case say what it holds otherwise than the export; \
                edit its `expect:` to what the rules give the case, or keep it failing until the rules do";
    let suite = match ruletest::load_text(Path::new(WRITTEN), text, engine.rules()) {
        Ok(suite) => suite,
        Err(err) => {
            // What `write_case` writes always reads back (tested): said, never hidden.
            return Some(Diagnostic::new(
                None,
                Severity::Warning,
                format!("{WRITTEN} does not read back as a rule test: {err}"),
            ));
        }
    };
    let failures: Vec<String> = ruletest::run(&suite, engine, None)
        .iter()
        .flat_map(|result| &result.failures)
        .map(|m| {
            format!(
                "`{}` expects {}, the case gives {}",
                m.field, m.expected, m.actual
            )
        })
        .collect();
    (!failures.is_empty()).then(|| {
        Diagnostic::new(
            None,
            Severity::Warning,
            format!("{WRITTEN} does not pass as it is: {}", failures.join("; ")),
        )
        .help(help)
    })
}
