//! A CSV export read as JSONL (its name ends in `.jsonl`, or `--input-format jsonl`):
//! takes the lines before the first object; gives an error when a line that reads as a
//! CSV header is followed by one that is no object either (or by none), a `D001` with
//! the advice when it is followed by an object (a title line), and the advice to read
//! the file as CSV, in words that name only what chose JSONL. The opposite case, JSON
//! read as CSV, has its hint in `reader/error.rs`.

use std::path::Path;

use crate::diag::Location;
use crate::transcript::group::line_u32;
use crate::transcript::input::ChosenBy;
use crate::transcript::reader::ReadError;

/// How many of a file's first lines that are not blank, before any object, are looked
/// at for a CSV header.
pub(super) const CSV_HINT_ROWS: u64 = 5;

/// The lines of a JSONL file before its first object, looked at for a CSV header.
pub(super) struct CsvLook {
    /// Whether a line was taken for a CSV header (once a file).
    said: bool,
    /// That line, before any object: its D001 waits for the next line that is not
    /// blank, which makes it an error if it is no object either.
    header: Option<Header>,
    /// What chose JSONL for the file, for the advice to read it as CSV.
    chosen_by: ChosenBy,
}

/// A line that reads as a CSV header, held until the next line tells what it is.
struct Header {
    line: u64,
    /// The column it starts at, past its indent.
    column: Option<u32>,
    names: Vec<String>,
}

impl CsvLook {
    pub(super) fn new(chosen_by: ChosenBy) -> Self {
        CsvLook {
            said: false,
            header: None,
            chosen_by,
        }
    }

    /// At line `line` of `path`, no object: `text` starting at `column` (`None`: the
    /// end of the file). An error when a header is held; else `true` when the line is
    /// held as one: looked for while `early` (in the first few lines that are not
    /// blank, before any object, so that a title line above the header does not hide
    /// it), once a file.
    pub(super) fn no_object(
        &mut self,
        text: Option<&str>,
        path: &Path,
        line: u64,
        column: Option<u32>,
        early: bool,
    ) -> Result<bool, ReadError> {
        if let Some(header) = self.header.take() {
            return Err(ReadError::CsvAsJsonl {
                path: path.to_owned(),
                line: header.line,
                columns: header.names,
                next: text.map(|_| line),
                chosen_by: self.chosen_by.clone(),
            });
        }
        let Some(names) = text.filter(|_| early && !self.said).and_then(csv_header) else {
            return Ok(false);
        };
        self.said = true;
        self.header = Some(Header {
            line,
            column,
            names,
        });
        Ok(true)
    }

    /// At a line of `path` that starts an object: a header held is a title line, said
    /// as no object (`D001`, its location and help given back for the caller to say),
    /// with the advice to delete it (the objects after it are JSONL: reading the file as
    /// CSV would spoil them).
    pub(super) fn object(&mut self, path: &Path) -> Option<(Location, &'static str)> {
        let header = self.header.take()?;
        let mut at = Location::line(path, line_u32(header.line));
        at.column = header.column;
        Some((at, TITLE_LINE_HELP))
    }
}

/// The help of a line of names above the first object.
const TITLE_LINE_HELP: &str = "a line of comma-separated names above the JSON objects: a title or a header, which JSONL has none of; delete it (the objects after it are read)";

/// Longest name a line may hold to read as a CSV header.
const MAX_NAME: usize = 100;

/// The names of `line` when it reads as a CSV header: two or more comma-separated
/// names, none empty, none longer than [`MAX_NAME`], none starting like JSON, and the
/// line not ending a sentence (`.`, `!`: prose with a comma in it, which no header ends
/// with; a form's question may end one with `?`).
fn csv_header(line: &str) -> Option<Vec<String>> {
    if line.starts_with(['{', '[']) || !line.contains(',') || line.ends_with(['.', '!']) {
        return None;
    }
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(line.as_bytes());
    let record = reader.records().next()?.ok()?;
    let names: Vec<String> = record.iter().map(|n| n.trim().to_owned()).collect();
    let plausible = |n: &String| {
        !n.is_empty() && n.chars().count() <= MAX_NAME && !n.starts_with(['{', '[', '"'])
    };
    (names.len() >= 2 && names.iter().all(plausible)).then_some(names)
}

/// How to read as CSV a file that `chosen_by` made JSONL: the flag is named only when it
/// was given, the name's extension only when it chose.
pub(crate) fn read_as_csv_advice(chosen_by: &ChosenBy) -> String {
    match chosen_by {
        ChosenBy::Name(ext) => {
            let csv = if ext.ends_with(".gz") {
                ".csv.gz"
            } else {
                ".csv"
            };
            format!(
                "the file's name `{ext}` chose JSONL: read it as CSV with --input-format csv, or rename it to end in `{csv}`"
            )
        }
        ChosenBy::Flag { name_too: true } => {
            "--input-format jsonl chose JSONL: give --input-format csv in its place to read it as CSV".to_owned()
        }
        ChosenBy::Flag { name_too: false } => {
            "--input-format jsonl chose JSONL: leave it out, or give --input-format csv, to read it as CSV".to_owned()
        }
        ChosenBy::Content => {
            "its first bytes chose JSONL: read it as CSV with --input-format csv".to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_names_reads_as_a_csv_header() {
        assert_eq!(
            csv_header("conversation_id,turn,\"role\", text"),
            Some(vec![
                "conversation_id".to_owned(),
                "turn".to_owned(),
                "role".to_owned(),
                "text".to_owned()
            ])
        );
    }

    #[test]
    fn json_and_lines_without_names_do_not_read_as_a_csv_header() {
        for line in [
            "conversation_id",
            "[1, 2]",
            "{\"a\": 1}",
            "a,,b",
            "\"a\": 1, \"b\": 2",
            "Notes from the call, as the customer said them.",
        ] {
            assert_eq!(csv_header(line), None, "{line}");
        }
    }

    #[test]
    fn the_advice_names_only_what_chose_jsonl() {
        let by_name = read_as_csv_advice(&ChosenBy::Name(".jsonl.gz"));
        assert!(by_name.contains("`.jsonl.gz` chose JSONL"), "{by_name}");
        assert!(by_name.contains("end in `.csv.gz`"), "{by_name}");
        assert!(!by_name.contains("leave"), "{by_name}");
        let flag = read_as_csv_advice(&ChosenBy::Flag { name_too: false });
        assert!(flag.contains("leave it out"), "{flag}");
        let both = read_as_csv_advice(&ChosenBy::Flag { name_too: true });
        assert!(!both.contains("leave it out"), "{both}");
        assert!(both.contains("--input-format csv in its place"), "{both}");
    }
}
