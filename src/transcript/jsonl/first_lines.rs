//! A file read as JSONL that is not JSON lines at all (prose, a JSON document written
//! over many lines, a log): takes the file's first lines that are not blank and do not
//! read as a JSON object, each with its `D001`; holds those diagnostics until a line
//! reads as one (or is passed over as too long), then gives them to the report as they
//! came; gives one error ([`ReadError::NotJsonl`]) in their place when the first
//! [`NOT_JSONL_ROWS`] of them, or all of a shorter file's, are none. A CSV header among
//! them is `csv_like.rs`'s, not counted here.

use std::path::Path;

use crate::diag::Location;
use crate::transcript::input::ChosenBy;
use crate::transcript::reader::{
    JsonLook, ReadError, ReadReport, outcome_document_keys, packet_keys, report_keys,
};

/// How many of a file's first lines that are not blank, none of them a JSON object,
/// make the file one that is not JSONL.
pub(super) const NOT_JSONL_ROWS: u64 = 5;

/// How many lines of a JSON object written over many lines are read at most, past the
/// first [`NOT_JSONL_ROWS`], for the keys of the whole object (its keys sorted, `jq -S
/// .`, a report's telling keys may come late). Only on the way to the error.
const DOCUMENT_LINES: u64 = 100_000;

/// The first lines of a JSONL file, while none of them is a JSON object.
pub(super) struct FirstLines {
    /// Whether a line was a JSON object, or passed over as too long: the lines are
    /// then each said as they come.
    done: bool,
    /// The lines counted, none a JSON object.
    failed: u64,
    /// The first of them: its line, what is wrong with it, and whether it starts like
    /// JSON (`{`, `[`: a JSON document, not JSON lines).
    first: Option<(u64, String, bool)>,
    /// Their diagnostics, held: location, message and help.
    held: Vec<(Location, String, Option<&'static str>)>,
    /// The keys their lines start with (`"version": 1,` of a JSON document written
    /// over many lines), for telling one of handoff's packets or outcomes.
    keys: Vec<String>,
    /// Of a JSON object written over many lines (its first line starts with `{`): how
    /// deep the line after the last one read starts in it (`None` for any other file),
    /// and the keys of the object itself, those at depth 1.
    depth: Option<i64>,
    top: Vec<String>,
    /// Whether a change of `diff -f json`'s report was seen: `kinds` in an object of the
    /// `changes` of an object that has a `version` (cli43 review: the report as written,
    /// a change a line, was read as JSON lines; one written over many lines was told by
    /// its keys after the changes only, past [`DOCUMENT_LINES`] in a large one).
    diff_change: bool,
    /// The file is not JSONL, decided at this line: the lines after it are read for
    /// the object's keys only (`scan`), up to [`DOCUMENT_LINES`] of them.
    decided: Option<u64>,
    scanned: u64,
    chosen_by: ChosenBy,
}

impl FirstLines {
    pub(super) fn new(chosen_by: ChosenBy) -> Self {
        FirstLines {
            done: false,
            failed: 0,
            first: None,
            held: Vec::new(),
            keys: Vec::new(),
            depth: None,
            top: Vec::new(),
            diff_change: false,
            decided: None,
            scanned: 0,
            chosen_by,
        }
    }

    /// Whether the file was found not to be JSONL and its lines are read on for the
    /// keys of the JSON object it is: `text` (a line, trimmed) is one of them, and
    /// nothing else is done with it. The error once the object ends, its keys tell a
    /// report, or [`DOCUMENT_LINES`] were read.
    pub(super) fn scan(&mut self, path: &Path, text: &str) -> Result<bool, ReadError> {
        let Some(line) = self.decided else {
            return Ok(false);
        };
        self.track(text);
        self.scanned += 1;
        if self.depth.is_none_or(|d| d <= 0) || self.told() || self.scanned >= DOCUMENT_LINES {
            return Err(self.error(path, line, false));
        }
        Ok(true)
    }

    /// Follows `text`, a line of a JSON object written over many lines: a key at depth
    /// 1 is the object's; brackets outside strings go deeper or back.
    fn track(&mut self, text: &str) {
        let Some(depth) = self.depth.as_mut() else {
            return;
        };
        // A change of `diff`'s report: as written, `{"conversation_id":…,"kinds":[…` a
        // line at depth 2; over many lines, its key `kinds` at depth 3.
        let at = *depth;
        if (at == 2 && diff_change_line(text) || at == 3 && key_of(text) == Some("kinds"))
            && self.in_changes()
        {
            self.diff_change = true;
        }
        let Some(depth) = self.depth.as_mut() else {
            return;
        };
        if *depth == 1
            && let Some(key) = key_of(text)
            && !self.top.iter().any(|k| k == key)
        {
            self.top.push(key.to_owned());
        }
        let (mut string, mut escaped) = (false, false);
        for b in text.bytes() {
            match b {
                _ if escaped => escaped = false,
                b'\\' if string => escaped = true,
                b'"' => string = !string,
                b'{' | b'[' if !string => *depth += 1,
                b'}' | b']' if !string => *depth -= 1,
                _ => {}
            }
        }
    }

    /// Whether the keys read tell one of handoff's reports.
    fn told(&self) -> bool {
        self.diff_change || report_keys(&self.top).is_some()
    }

    /// Whether `text`, a line that reads as a JSON object, is a change of `diff -f
    /// json`'s report as it writes them, one a line: a line of that report, not of JSON
    /// lines. Only while no line of the file was one.
    pub(super) fn is_diff_change(&self, text: &str) -> bool {
        !self.done && self.depth == Some(2) && self.in_changes() && diff_change_line(text)
    }

    /// Whether the lines read are in the `changes` of an object that has a `version`.
    fn in_changes(&self) -> bool {
        self.top.iter().any(|k| k == "version") && self.top.last().is_some_and(|k| k == "changes")
    }

    /// A line that is no JSON object, starting with `text` (trimmed): its `D001`
    /// (`message`, `help`) at `at` is held while no line of the file has been one, and
    /// the file is not JSONL when it is the [`NOT_JSONL_ROWS`]th. `problem` says what is
    /// wrong with it after its line number ("does not start with `{`").
    pub(super) fn not_an_object(
        &mut self,
        at: Location,
        (message, help): (&str, Option<&'static str>),
        text: &str,
        problem: impl FnOnce() -> String,
        report: &mut ReadReport,
    ) -> Result<(), ReadError> {
        if self.done {
            report.malformed_help(at, message, help);
            return Ok(());
        }
        self.failed += 1;
        if let Some(key) = key_of(text) {
            self.keys.push(key.to_owned());
        }
        let line = u64::from(at.line);
        if self.first.is_none() {
            self.first = Some((line, problem(), text.starts_with(['{', '['])));
            // A JSON object written over many lines (`jq .`): its keys followed.
            self.depth = text.starts_with('{').then_some(0);
        }
        self.track(text);
        if self.failed >= NOT_JSONL_ROWS {
            // Still inside the object and not told by its keys yet: read on for them.
            if self.depth.is_some_and(|d| d > 0) && !self.told() {
                self.decided = Some(line);
                return Ok(());
            }
            return Err(self.error(&at.path, line, false));
        }
        self.held.push((at, message.to_owned(), help));
        Ok(())
    }

    /// A line that is a JSON object, or one passed over (too long): the lines held are
    /// said, and every line after is said as it comes.
    pub(super) fn other(&mut self, report: &mut ReadReport) {
        // Decided already: a line passed over while the object is read on is no object.
        if self.decided.is_some() || std::mem::replace(&mut self.done, true) {
            return;
        }
        for (at, message, help) in self.held.drain(..) {
            report.malformed_help(at, &message, help);
        }
        self.held = Vec::new();
    }

    /// The end of `path`, at line `line`: an error when every line that is not blank
    /// was held (none was a JSON object).
    pub(super) fn end(&mut self, path: &Path, line: u64) -> Result<(), ReadError> {
        if let Some(decided) = self.decided {
            return Err(self.error(path, decided, false));
        }
        if self.done || self.failed == 0 {
            return Ok(());
        }
        Err(self.error(path, line, true))
    }

    /// The error for `path`, of which the line that decided it is `last` (`ended`: the
    /// file ended there).
    fn error(&self, path: &Path, last: u64, ended: bool) -> ReadError {
        let (line, problem, json) = self.first.clone().unwrap_or_default();
        ReadError::NotJsonl {
            path: path.to_owned(),
            line,
            problem,
            lines: self.failed,
            // Blank lines among them: the count is of lines that are not blank.
            blank: last > self.failed,
            ended,
            looks: if packet_keys(&self.keys) {
                JsonLook::Packet
            } else if json && outcome_document_keys(&self.keys) {
                JsonLook::Outcomes
            } else if json && self.diff_change {
                JsonLook::Report(crate::transcript::reader::OwnReport::Diff)
            } else if let Some(command) = (report_keys(&self.keys))
                .or_else(|| report_keys(&self.top))
                .filter(|_| json)
            {
                JsonLook::Report(command)
            } else if json {
                JsonLook::Json
            } else {
                JsonLook::NotJson
            },
            chosen_by: self.chosen_by.clone(),
        }
    }
}

/// Whether `text` is a change of `diff -f json`'s report as it writes them, one a line.
fn diff_change_line(text: &str) -> bool {
    text.starts_with("{\"conversation_id\":") && text.contains("\"kinds\":[")
}

/// The key a line of a JSON document written over many lines starts with:
/// `conversation_id` of `"conversation_id": "c01",`.
fn key_of(text: &str) -> Option<&str> {
    let (key, rest) = text.trim_start().strip_prefix('"')?.split_once('"')?;
    rest.trim_start().starts_with(':').then_some(key)
}

/// What a file of `lines` lines (`blank`: among blank ones; `ended`: all of the file)
/// that are no JSON object is told of them.
pub(crate) fn none_of(lines: u64, blank: bool, ended: bool) -> String {
    let kind = if blank { " that are not blank" } else { "" };
    match (ended, lines) {
        (true, 1) => format!("its only line{kind} is not a JSON object"),
        (true, n) => format!("none of its {n} lines{kind} is a JSON object"),
        (false, n) => format!("none of its first {n} lines{kind} is a JSON object"),
    }
}

/// How to give a file that `chosen_by` made JSONL and is not: when its first line
/// starts like JSON (`json`), how to write one object a line; else what JSONL is and
/// how to read a CSV export as CSV. Names only what chose JSONL.
pub(crate) fn not_jsonl_advice(chosen_by: &ChosenBy, json: bool) -> String {
    let chose = match chosen_by {
        ChosenBy::Name(ext) => format!("the file's name `{ext}` chose JSONL"),
        ChosenBy::Flag { .. } => "--input-format jsonl chose JSONL".to_owned(),
        ChosenBy::Content => "its first character `{` chose JSONL".to_owned(),
    };
    if json {
        return format!(
            "{chose}, one JSON object a line, and this reads as one JSON document: write it one object a line (`jq -c '.[]' export.json > export.jsonl` for an array of messages)"
        );
    }
    let as_csv = match chosen_by {
        ChosenBy::Flag { name_too: false } => "leave --input-format out, or give csv",
        ChosenBy::Flag { name_too: true } => "give --input-format csv in place of jsonl",
        ChosenBy::Name(_) | ChosenBy::Content => "give --input-format csv",
    };
    format!(
        "{chose}, one JSON object a line: give the transcript export itself; if this file is a CSV export, {as_csv} to read it as CSV"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_count_says_whether_blank_lines_were_left_out_and_the_file_ended() {
        assert_eq!(
            none_of(5, false, false),
            "none of its first 5 lines is a JSON object"
        );
        assert_eq!(
            none_of(2, true, true),
            "none of its 2 lines that are not blank is a JSON object"
        );
        assert_eq!(
            none_of(1, false, true),
            "its only line is not a JSON object"
        );
    }

    #[test]
    fn the_advice_names_what_chose_jsonl_and_what_the_file_looks_like() {
        let by_name = not_jsonl_advice(&ChosenBy::Name(".jsonl"), false);
        assert!(by_name.contains("name `.jsonl` chose JSONL"), "{by_name}");
        assert!(by_name.contains("give --input-format csv"), "{by_name}");
        let flag = not_jsonl_advice(&ChosenBy::Flag { name_too: false }, false);
        assert!(flag.starts_with("--input-format jsonl chose"), "{flag}");
        assert!(flag.contains("leave --input-format out"), "{flag}");
        let document = not_jsonl_advice(&ChosenBy::Content, true);
        assert!(document.contains("`jq -c '.[]'"), "{document}");
        assert!(!document.contains("CSV"), "{document}");
    }
}
