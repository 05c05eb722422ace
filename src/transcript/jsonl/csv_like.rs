//! A CSV export read as JSONL (its name ends in `.jsonl`, or `--input-format jsonl`):
//! whether a line reads as a CSV header, and how to read the file as CSV instead, in
//! words that name only what chose JSONL. The reader decides what to do with a header
//! (`jsonl.rs`: an error when the next line is no JSON object either).

use crate::transcript::input::ChosenBy;

/// Longest name a line may hold to read as a CSV header.
const MAX_NAME: usize = 100;

/// The names of `line` when it reads as a CSV header: two or more comma-separated
/// names, none empty, none longer than [`MAX_NAME`], none starting like JSON.
pub(in crate::transcript) fn csv_header(line: &str) -> Option<Vec<String>> {
    if line.starts_with(['{', '[']) || !line.contains(',') {
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
