//! L006 no-triggers: a rule set without a single trigger, under which nothing escalates.

use crate::diag::{Annotate, FileId, Span};
use crate::lint::{Check, Code, Context, Sink, code::code};
use crate::rules::Part;

pub(crate) struct NoTriggers;

impl Check for NoTriggers {
    fn code(&self) -> &'static Code {
        code("L006")
    }

    /// Only sure when every trigger loaded; and while anything else did not load, the
    /// rule set is being written, its errors are the findings, and a file of signals
    /// alone with a bad regex is not told it lacks triggers.
    fn needs(&self) -> &'static [Part] {
        &[
            Part::Signals,
            Part::Triggers,
            Part::Routes,
            Part::DefaultRoute,
            Part::Teams,
            Part::Templates,
        ]
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        if !cx.rules.triggers.is_empty() {
            return;
        }
        let Some(span) = place(cx) else { return };
        sink.report(
            span,
            "the rule set has no triggers: no conversation would ever escalate",
        )
        .with_label("no trigger is defined in any file of the rule set")
        .with_help(
            "add one under `triggers:`, or lint the directory that holds the file with them",
        );
    }
}

/// Where the finding goes: the first top-level `triggers:` key of the rule set (an empty
/// list), else the first file's `version:` key, else its start.
fn place(cx: &Context<'_>) -> Option<Span> {
    let files = cx.rules.sources.files();
    let key = |name: &str| {
        files.iter().enumerate().find_map(|(i, file)| {
            let mut offset = 0;
            for line in file.text.split_inclusive('\n') {
                if line.starts_with(name) && line[name.len()..].trim_start().starts_with(':') {
                    return Some(span(cx, i, offset, offset + name.len()));
                }
                offset += line.len();
            }
            None
        })
    };
    key("triggers")
        .or_else(|| key("version"))
        .or_else(|| (!files.is_empty()).then(|| span(cx, 0, 0, 0)))
}

fn span(cx: &Context<'_>, file: usize, start: usize, end: usize) -> Span {
    let (line, column) = cx.rules.sources.files()[file]
        .line_col(start)
        .unwrap_or((1, 1));
    Span {
        file: FileId(u32::try_from(file).unwrap_or(u32::MAX)),
        line,
        column,
        start,
        end,
    }
}
