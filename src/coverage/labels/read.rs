//! Reading a labels file: a CSV path, its label columns and the rules' team ids →
//! [`Labels`] by conversation id, with a warning for each quoted value holding lines
//! that look like rows (a quote a later stray one closed), or an error naming the line
//! of the first row that cannot mean one label. Evaluates nothing; see `labels.rs`.

use std::io::Read;
use std::path::Path;

use super::{LabelColumns, LabelError, Labels, MAX_ROW_ERRORS};
use crate::diag::{Diagnostic, Location};
use crate::transcript::{
    HeaderNames, NotText, Record, RecordReader, UTF16_ADVICE, decoded_text, explain_open_error,
    gzip_data_words, inner_bom_warning, stray_quote_message, suspect_quote_message,
};

mod row;

/// Reads a labels CSV; `teams` are the rules' team ids, which `expected_team` must name.
///
/// A row that cannot mean one label is an error naming its line (a wrong number of
/// fields, a value that is not true/false, a team the rules do not have, a team with
/// `expected_escalated: false`): a label file is written by hand for this, and a label
/// quietly dropped or misread would skew the precision and recall it exists to measure.
/// Every such row is reported (up to [`MAX_ROW_ERRORS`]), so that one run shows them all.
pub fn load(path: &Path, columns: &LabelColumns, teams: &[&str]) -> Result<Labels, LabelError> {
    let file = std::fs::File::open(path)
        .map_err(|source| io_error(path, 0, explain_open_error(path, source)))?;
    load_from(file, path, columns, teams)
}

/// An I/O error at `line`, before any row error.
fn io_error(path: &Path, line: u64, source: std::io::Error) -> LabelError {
    io_error_after(path, line, source, (Vec::new(), 0), Vec::new())
}

/// An I/O error at `line` after the rows read before it (their `errors`, how many
/// `more`, their `warnings`): [`LabelError::Gzip`] when `source` is an error of gzip
/// data, as for a transcript.
fn io_error_after(
    path: &Path,
    line: u64,
    source: std::io::Error,
    (errors, more): (Vec<(u64, String)>, usize),
    warnings: Vec<Diagnostic>,
) -> LabelError {
    let path = path.to_owned();
    match gzip_data_words(&source) {
        Some(words) => LabelError::Gzip {
            path,
            line,
            words,
            errors,
            more,
            warnings,
        },
        None => LabelError::Io {
            path,
            source,
            line,
            errors,
            more,
            warnings,
        },
    }
}

/// [`load`] from `input`, the contents of the file at `path`.
fn load_from(
    input: impl Read,
    path: &Path,
    columns: &LabelColumns,
    teams: &[&str],
) -> Result<Labels, LabelError> {
    // handoff's own record reader: it counts lines itself, where the csv crate's
    // positions drift on CRLF files and blank lines; a quote that nothing closes is its
    // row's error, not a row that swallows the rest of the file.
    // Excel's "Unicode Text": without a byte order mark it is valid UTF-8, read as
    // columns `c_o_n_v_e_r_s_a_t_i_o_n_i_d`…
    // Gzip by its magic bytes, as transcripts: `labels.csv.gz` is read as itself.
    // A binary file (an `.xlsx`) is refused as a transcript is.
    let (input, not_text) =
        decoded_text(std::io::BufReader::new(input)).map_err(|source| io_error(path, 0, source))?;
    match not_text {
        Some(NotText::Utf16) => {
            return Err(LabelError::Row {
                path: path.to_owned(),
                header: Vec::new(),
                line: 1,
                message: UTF16_ADVICE.to_owned(),
                warnings: Vec::new(),
            });
        }
        Some(NotText::Binary) => return Err(LabelError::Binary(path.to_owned())),
        None => {}
    }
    let mut reader = RecordReader::new(input).recovering().sniffing();
    let row_error = |line: u64, message: String| LabelError::Row {
        path: path.to_owned(),
        header: Vec::new(),
        line,
        message,
        warnings: Vec::new(),
    };
    let mut header: Vec<String> = Vec::new();
    // The header's cells as written, one for each of `header`.
    let written: Vec<String>;
    let mut record = Record::default();
    // Blank lines may come before the header: errors about it name its own line.
    let header_line = match reader.read_text(&mut record) {
        Ok(Some((line, fields))) => {
            // Two columns of one name: which holds the label cannot be told.
            let named = HeaderNames::new(fields.iter());
            if let Some(message) = named.duplicate_message() {
                return Err(row_error(line, message));
            }
            header = named.names;
            written = fields.iter().map(ToString::to_string).collect();
            line
        }
        // Said as such: "no `conversation_id` column; the columns are: " would blame the
        // header of a file that has none.
        Ok(None) => {
            return Err(row_error(
                1,
                format!(
                    "the labels file is empty: write a header (`{}` and `{}` and/or `{}`) and a row per labelled conversation",
                    columns.conversation_id, columns.expected_team, columns.expected_escalated
                ),
            ));
        }
        // Without a header no row can be read.
        Err(e) => {
            let (line, message) = row::text_error(e, &header)
                .map_err(|(line, source)| io_error(path, line, source))?;
            return Err(row_error(line, message));
        }
    };
    // An error that lists the header's columns: with its cells, for `--redact` (a file
    // without a header has a row of data there).
    let header_error = |line: u64, message: String| LabelError::Row {
        path: path.to_owned(),
        header: written.clone(),
        line,
        message,
        warnings: Vec::new(),
    };
    let find = |c: &str| header.iter().position(|h| h == c);
    let id = find(&columns.conversation_id)
        .or_else(|| columns.transcript_id.as_deref().and_then(find))
        .ok_or_else(|| {
            let also = columns.transcript_id.as_deref().map_or_else(String::new, |c| {
                format!(" nor `{c}` (the transcripts' id column)")
            });
            // A column the flag mapped is named with it, and the help is not to give
            // the flag that was given.
            let mapped = columns.conversation_id != "conversation_id";
            // A rule file given as labels is told so, not to map a column.
            // Excel's `sep=` line said a delimiter, and the header holds another.
            let sep_hint = reader.sep_line().and_then(|said| {
                let cells = written.iter().map(String::as_bytes);
                crate::transcript::other_delimiter_among(cells, said)
                    // Only where the header read with it would have the id column.
                    .filter(|&holds| {
                        let cells = || written.iter().map(String::as_bytes);
                        [Some(&columns.conversation_id), columns.transcript_id.as_ref()]
                            .into_iter()
                            .flatten()
                            .any(|c| crate::transcript::other_split_has(cells(), said, holds, c))
                    })
                    .map(|holds| crate::transcript::sep_line_hint(said, holds, false))
            });
            let how = if crate::transcript::looks_like_rules(path, &written) {
                "this looks like YAML rules, not a labels file: give --labels a CSV of conversation ids and their expected team or escalation".to_owned()
            } else if let Some(hint) = sep_hint {
                hint
            } else {
                format!(
                    "{} --label-column conversation_id=<column>",
                    if mapped { "give one of them with" } else { "map it with" }
                )
            };
            header_error(
                header_line,
                format!(
                    "no {} column{also}; the columns are: {} ({how})",
                    given(&columns.conversation_id, "conversation_id"),
                    crate::text::shown_names(&written),
                ),
            )
        })?;
    let team = find(&columns.expected_team);
    let escalated = find(&columns.expected_escalated);
    if team.is_none() && escalated.is_none() {
        return Err(header_error(
            header_line,
            format!(
                "neither {} nor {} column; the columns are: {} (map one with \
                 --label-column expected_escalated=<column> for a column of yes or no, or \
                 expected_team=<column> for one of team ids)",
                given(&columns.expected_team, "expected_team"),
                given(&columns.expected_escalated, "expected_escalated"),
                crate::text::shown_names(&written)
            ),
        ));
    }
    let mut labels = Labels::default();
    // Each labelled conversation's line, for a second label's error.
    let mut first_lines: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
    let mut errors: Vec<(u64, String)> = Vec::new();
    let mut more = 0;
    let mut fail = |line: u64, message: String| {
        if errors.len() < MAX_ROW_ERRORS {
            errors.push((line, message));
        } else {
            more += 1;
        }
    };
    // The rows, in a closure so that an I/O error takes the row errors and warnings
    // found before it.
    let mut rows = || -> Result<(), (u64, std::io::Error)> {
        loop {
            let (line, fields) = match reader.read_text(&mut record) {
                Ok(Some(row)) => row,
                Ok(None) => break,
                Err(e) => {
                    let (line, message) = row::text_error(e, &header)?;
                    fail(line, message);
                    continue;
                }
            };
            // Files joined with `cat`: the mark is left out (an id keeps no BOM), said once.
            if fields.first_bom() {
                labels.diagnostics.push(inner_bom_warning(
                    Location::line(path, u32::try_from(line).unwrap_or(u32::MAX)),
                    "left out too",
                ));
            }
            // A quote closed only by a later stray one swallowed the rows between: the
            // format cannot tell it from a long value, so it is a warning, and the errors of
            // this row (often what the swallowed rows make of it) say so too.
            let suspect = fields.suspect_quote(header.len());
            if let Some(suspect) = suspect {
                let column = header.get(suspect.field).map_or_else(
                    || format!("field {}", suspect.field + 1),
                    |name| format!("column `{name}`"),
                );
                labels.diagnostics.push(
                Diagnostic::warning("D008", suspect_quote_message(suspect))
                    .at(Location::line(path, u32::try_from(line).unwrap_or(u32::MAX)))
                    .help(format!(
                        "the rows inside {column} are read as part of one label; close the quote, or double it (\"\") inside the value"
                    ))
                    .quoting(column),
            );
            }
            if suspect.is_none()
                && let Some(field) = fields.stray_quote()
            {
                let column = header.get(field).map_or_else(
                    || format!("field {}", field + 1),
                    |name| format!("`{name}`"),
                );
                labels.diagnostics.push(
                    Diagnostic::warning("D008", stray_quote_message(&column))
                        .at(Location::line(path, u32::try_from(line).unwrap_or(u32::MAX)))
                        .help("a quote inside a quoted field is written twice (\"\"), as CSV writers do; the row is kept as read")
                        .quoting(column),
                );
            }
            let mut row_error = |line: u64, message: String| match suspect {
                Some(suspect) => fail(
                    line,
                    format!("{message} ({})", suspect_quote_message(suspect)),
                ),
                None => fail(line, message),
            };
            // A row of empty cells (`,,`: a spreadsheet's empty row, often at the end of
            // its export) holds nothing, as an empty line does.
            if fields.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            if fields.len() != header.len() {
                row_error(
                    line,
                    format!(
                        "row has {} field{}; the header has {} ({})",
                        fields.len(),
                        if fields.len() == 1 { "" } else { "s" },
                        header.len(),
                        crate::text::shown_names(&header)
                    ),
                );
                continue;
            }
            let get = |i: Option<usize>| i.map(|i| fields.get(i).trim()).filter(|v| !v.is_empty());
            let Some(conversation) = get(Some(id)) else {
                row_error(line, "empty conversation id".into());
                continue;
            };
            labels.total += 1;
            if get(team).is_none() && get(escalated).is_none() {
                labels.blank += 1;
                continue;
            }
            let label = match row::label(get(team), get(escalated), columns, teams) {
                Ok(label) => label,
                Err(message) => {
                    row_error(line, message);
                    continue;
                }
            };
            if labels
                .by_id
                .insert(conversation.to_owned(), label)
                .is_some()
            {
                let first = first_lines.get(conversation).copied().unwrap_or_default();
                row_error(
                    line,
                    format!(
                        "conversation `{}` is labelled twice (first at line {first})",
                        crate::text::token(conversation)
                    ),
                );
            } else {
                first_lines.insert(conversation.to_owned(), line);
            }
        }
        Ok(())
    };
    let read = rows();
    // A header and no rows: nothing to evaluate against, as `D007` says of a transcript.
    if read.is_ok() && errors.is_empty() && labels.total == 0 {
        labels.diagnostics.push(
            Diagnostic::warning("D007", "labels file has a header and no rows")
                .at(Location::line(
                    path,
                    u32::try_from(header_line).unwrap_or(u32::MAX),
                ))
                .help("precision and recall need labels: add a row per labelled conversation"),
        );
    }
    let warnings = std::mem::take(&mut labels.diagnostics);
    if let Err((line, source)) = read {
        // The rows before it were read: their errors and warnings stand, then this.
        return Err(io_error_after(path, line, source, (errors, more), warnings));
    }
    match errors.len() {
        0 => {
            labels.diagnostics = warnings;
            Ok(labels)
        }
        1 => {
            let (line, message) = errors.remove(0);
            Err(LabelError::Row {
                path: path.to_owned(),
                header: Vec::new(),
                line,
                message,
                warnings,
            })
        }
        _ => Err(LabelError::Rows {
            path: path.to_owned(),
            errors,
            more,
            warnings,
        }),
    }
}

#[cfg(test)]
mod tests;

/// A label column as an error names it: `` `expected_team` ``, or, mapped by a flag,
/// `` `nope` (--label-column expected_escalated=nope) ``, which read as a column the file
/// should have had.
fn given(column: &str, field: &str) -> String {
    if column == field {
        format!("`{column}`")
    } else {
        format!("`{column}` (--label-column {field}={column})")
    }
}
