//! `diff --format json`: the changes streamed as they are found, then the counts.

use std::io::{self, Write};

use serde::Serialize;

use super::DiffOutput;
use crate::diff::{Change, ChangeKind};
use crate::outcome::Outcome;

/// The JSON report, streamed: every change as it comes (memory stays flat however many
/// conversations change), then the counts. Version 1: `{version, changes: [...], base,
/// head, conversations, changed, by_kind, team_flows, by_team, head_bridge_errors,
/// topic_changes}` (`head_bridge_errors` and `topic_changes` added within version 1:
/// adding a field is compatible).
pub struct DiffJson<'a> {
    out: &'a mut dyn Write,
    count: u64,
    begun: bool,
}

impl<'a> DiffJson<'a> {
    /// A document over `out`, which is written to only with the first change or at
    /// [`DiffJson::finish`]: a run that fails before either leaves stdout empty.
    pub fn begin(out: &'a mut dyn Write) -> Self {
        DiffJson {
            out,
            count: 0,
            begun: false,
        }
    }

    fn head(&mut self) -> io::Result<()> {
        if !self.begun {
            self.out
                .write_all(b"{\n  \"version\": 1,\n  \"changes\": [")?;
            self.begun = true;
        }
        Ok(())
    }

    pub fn change(&mut self, change: &Change) -> io::Result<()> {
        let mut bytes = Vec::new();
        Self::encode(
            &change.conversation_id,
            &change.kinds,
            &change.base,
            &change.head,
            &mut bytes,
        )?;
        self.encoded(&bytes)
    }

    /// Appends a change to `out` as [`DiffJson::change`] writes it, encoded on any thread
    /// (one conversation's outcomes, and the kinds [`crate::diff::compare`] found);
    /// nothing on an error.
    pub fn encode(
        conversation_id: &str,
        kinds: &[ChangeKind],
        base: &Outcome,
        head: &Outcome,
        out: &mut Vec<u8>,
    ) -> io::Result<()> {
        /// [`Change`]'s fields, borrowed: the same JSON.
        #[derive(Serialize)]
        struct Borrowed<'c> {
            conversation_id: &'c str,
            kinds: &'c [ChangeKind],
            base: &'c Outcome,
            head: &'c Outcome,
        }
        let start = out.len();
        let written = serde_json::to_writer(
            &mut *out,
            &Borrowed {
                conversation_id,
                kinds,
                base,
                head,
            },
        );
        if written.is_err() {
            out.truncate(start);
        }
        Ok(written?)
    }

    /// Writes a change [`DiffJson::encode`] encoded.
    pub fn encoded(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.head()?;
        self.out.write_all(if self.count == 0 {
            b"\n    "
        } else {
            b",\n    "
        })?;
        self.out.write_all(bytes)?;
        self.count += 1;
        Ok(())
    }

    /// Writes the counts and closes the document. Examples kept in the report are
    /// written as changes only if none were streamed.
    pub fn finish(mut self, output: &DiffOutput<'_>) -> io::Result<()> {
        /// The counts, in the documented order (a `json!` map would sort the keys).
        #[derive(Serialize)]
        struct Tail<'r> {
            base: &'r str,
            head: &'r str,
            conversations: u64,
            changed: u64,
            by_kind: &'r std::collections::BTreeMap<ChangeKind, u64>,
            team_flows: &'r [crate::diff::TeamFlow],
            by_team: &'r std::collections::BTreeMap<String, crate::diff::TeamDelta>,
            head_bridge_errors: u64,
            topic_changes: &'r [crate::diff::TopicChange],
        }
        if self.count == 0 {
            for change in &output.report.changes {
                self.change(change)?;
            }
        }
        self.head()?;
        let r = output.report;
        let tail = serde_json::to_string_pretty(&Tail {
            base: output.base,
            head: output.head,
            conversations: r.conversations,
            changed: r.changed,
            by_kind: &r.by_kind,
            team_flows: &r.team_flows,
            by_team: &r.by_team,
            head_bridge_errors: r.head_bridge_errors,
            topic_changes: output.topic_changes,
        })?;
        // Splice the counts' fields in after the changes.
        let fields = tail
            .trim_start_matches('{')
            .trim_end_matches('}')
            .trim_end();
        write!(
            self.out,
            "{}],{fields}\n}}\n",
            if self.count == 0 { "" } else { "\n  " }
        )
    }
}
