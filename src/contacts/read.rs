//! Reading a contacts file: a CSV path, its key column and the transcripts' join field →
//! [`Contacts`], records by normalised key (each column as the mapping's `meta.` pairs
//! name it, as a transcript's), with a warning for each row skipped as
//! malformed, each key on more than one row, and each quoted value holding lines that
//! look like rows (a quote a later stray one closed). Joins nothing; see `join.rs`.

use std::collections::HashMap;
use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use super::{Contacts, ContactsError, Entry, JoinOn, normalize_key};
use crate::diag::{Diagnostic, Location};
use crate::transcript::mapping::ColumnMapping;
use crate::transcript::{
    HeaderNames, NotText, Record, RecordReader, TextError, UTF16_ADVICE, decoded_text,
    explain_open_error, inner_bom_warning, normalize_field, other_delimiter_among, other_split_has,
    size, stray_quote_message, suspect_quote_message, too_long_message, unclosed_message,
    unnamed_warning,
};

impl Contacts {
    /// Reads `path`, keyed by the column whose normalised name is `key`, to be joined on
    /// the transcripts' field `join_field`, read through `mapping` (the id's column means
    /// the id, the column of a `meta.KEY` the metadata field KEY).
    pub fn load(
        path: &Path,
        key: &str,
        join_field: &str,
        mapping: &ColumnMapping,
    ) -> Result<Contacts, ContactsError> {
        let file = File::open(path)
            .map_err(|e| ContactsError::Open(path.to_owned(), explain_open_error(path, e)))?;
        if file.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(ContactsError::Open(
                path.to_owned(),
                std::io::Error::new(std::io::ErrorKind::IsADirectory, "is a directory"),
            ));
        }
        Self::read(path, key, join_field, mapping, file)
    }

    pub(super) fn read(
        path: &Path,
        key: &str,
        join_field: &str,
        mapping: &ColumnMapping,
        input: impl std::io::Read,
    ) -> Result<Contacts, ContactsError> {
        // Gzip by its magic bytes, as transcripts: `crm.csv.gz` is read as itself.
        // Excel's "Unicode Text": without a byte order mark it is valid UTF-8, read as
        // columns `e_m_a_i_l`… A binary file (an `.xlsx`) is refused as a transcript is.
        let (input, not_text) = decoded_text(std::io::BufReader::new(input))
            .map_err(|source| io_error(path, 0, source))?;
        match not_text {
            Some(NotText::Utf16) => {
                return Err(ContactsError::Header {
                    path: path.to_owned(),
                    line: 1,
                    message: UTF16_ADVICE.to_owned(),
                });
            }
            Some(NotText::Binary) => return Err(ContactsError::Binary(path.to_owned())),
            None => {}
        }
        // handoff's own record reader: the csv crate's grammar, lines counted as it reads;
        // a quote that nothing closes costs its row, not the rows after it.
        let mut reader = RecordReader::new(input).recovering().sniffing();
        let mut record = Record::default();
        let header = reader.read_text(&mut record).map_err(|e| match e {
            TextError::Unclosed {
                line,
                field,
                unclosed,
                limit,
            } => ContactsError::Header {
                path: path.to_owned(),
                line,
                message: format!(
                    "the header: {}",
                    unclosed_message(&format!("{field}"), unclosed, limit, false)
                ),
            },
            TextError::TooLong { line, limit } => ContactsError::Header {
                path: path.to_owned(),
                line,
                message: format!(
                    "the header is longer than {}, the limit for one row: is this a CSV file?",
                    size(limit)
                ),
            },
            e => read_error(path, e),
        })?;
        // An empty file has no column to join on, and no "the columns are:" to list.
        if header.is_none() {
            return Err(ContactsError::Header {
                path: path.to_owned(),
                line: 1,
                message: "the contacts file is empty: no header, no contacts".to_owned(),
            });
        }
        // Blank lines may come before the header: errors about it name its own line.
        let header_line = header.as_ref().map_or(1, |(line, _)| *line);
        let cells = &header;
        let named = HeaderNames::new(header.iter().flat_map(|(_, h)| h.iter()));
        // Two columns of one name: which holds the contact's value cannot be told.
        if let Some(message) = named.duplicate_message() {
            return Err(ContactsError::Header {
                path: path.to_owned(),
                line: header_line,
                message,
            });
        }
        // A column without a name joins nothing (no field `""` in packets): said.
        let unnamed = named.unnamed();
        let unnamed = (!unnamed.is_empty())
            .then(|| unnamed_warning(path, header_line, &unnamed, "contact fields"));
        // Every column by its normalised name, for the messages about a row's columns;
        // the fields are the named ones, whose values are kept.
        let header: Vec<Arc<str>> = named.names.iter().map(|h| Arc::from(h.as_str())).collect();
        let key = normalize_field(key);
        let Some(key_index) = header.iter().position(|f| **f == *key) else {
            let written = cells
                .iter()
                .flat_map(|(_, h)| h.iter())
                .map(ToString::to_string);
            let written = written.collect();
            // Excel's `sep=` line said a delimiter, and the header holds another.
            let sep_line = reader.sep_line().and_then(|said| {
                let cells = cells.iter().flat_map(|(_, h)| h.iter()).map(str::as_bytes);
                other_delimiter_among(cells, said).map(|holds| (said, holds))
            });
            // Said only where the header read with the other delimiter would have the key.
            let sep_line = sep_line.filter(|&(said, holds)| {
                let cells = cells.iter().flat_map(|(_, h)| h.iter()).map(str::as_bytes);
                other_split_has(cells, said, holds, &key)
            });
            return Err(ContactsError::MissingKey {
                path: path.to_owned(),
                line: header_line,
                key,
                found: header.iter().map(ToString::to_string).collect(),
                written,
                sep_line,
            });
        };
        let named: Vec<usize> = (0..header.len())
            .filter(|&i| !header[i].is_empty())
            .collect();
        // Each column is the field the mapping reads it as, as a transcript's column is
        // (`meta.notes=password`: the contact's `password` is its `notes`, and masked as
        // a password under `--redact`: the conversation's metadata names the column).
        let fields: Vec<Arc<str>> = named
            .iter()
            .map(|&i| match mapping.meta_name(&header[i]) {
                same if same == &*header[i] => Arc::clone(&header[i]),
                field => Arc::from(field),
            })
            .collect();
        if let Some(message) = renamed_twice(&named, &fields, &header, mapping) {
            return Err(ContactsError::Header {
                path: path.to_owned(),
                line: header_line,
                message,
            });
        }
        let mapped_columns = named
            .iter()
            .zip(&fields)
            .filter(|(i, field)| header[**i] != **field)
            .map(|(&i, _)| header[i].to_string())
            .collect();
        let mut contacts = Contacts {
            path: path.to_owned(),
            key: Arc::from(key),
            // The column a metadata field is read from means the field
            // (`meta.email=customer_email`: `--join-on customer_email` joins on `email`).
            join_field: mapping.meta_name(&normalize_field(join_field)).to_owned(),
            join_written: join_field.trim().to_owned(),
            join_on: JoinOn::of(&normalize_field(join_field), mapping),
            fields,
            mapped_columns,
            keep_names: false,
            records: HashMap::new(),
            diagnostics: unnamed.into_iter().collect(),
            skipped_rows: 0,
        };
        let mut first_line: HashMap<String, u64> = HashMap::new();
        // Each key on more than one row, with its rows' lines, in order of its second
        // row: said once a key (D010), not once a row past its first.
        let mut repeated: Vec<(String, Vec<u64>)> = Vec::new();
        let mut repeated_index: HashMap<String, usize> = HashMap::new();
        // The first row without a key, and how many there are.
        let mut without_key: Option<(u64, u64)> = None;
        let mut rows = 0u64;
        loop {
            let (line, text) = match reader.read_text(&mut record) {
                Ok(Some(row)) => {
                    rows += 1;
                    row
                }
                Ok(None) => break,
                Err(TextError::Unclosed {
                    line,
                    field,
                    unclosed,
                    limit,
                }) => {
                    let column = header.get(field - 1).map_or_else(
                        || format!("{field}, past the header's {}", header.len()),
                        |name| format!("`{name}`"),
                    );
                    contacts.skip(
                        "D008",
                        line,
                        &unclosed_message(&column, unclosed, limit, true),
                    );
                    continue;
                }
                Err(TextError::TooLong { line, limit }) => {
                    contacts.skip("D001", line, &too_long_message("row", limit));
                    continue;
                }
                Err(e) => return Err(read_error(path, e)),
            };
            let here = Location::line(path, u32::try_from(line).unwrap_or(u32::MAX));
            // Files joined with `cat`: the mark is left out (a key keeps no BOM), said once.
            if text.first_bom() {
                contacts
                    .diagnostics
                    .push(inner_bom_warning(here.clone(), "left out too"));
            }
            // A quote closed only by a later stray one swallowed the rows between: the
            // format cannot tell it from a long value, so the row is kept, with a warning.
            if let Some(suspect) = text.suspect_quote(header.len()) {
                let column = header.get(suspect.field).map_or_else(
                    || format!("field {}", suspect.field + 1),
                    |name| format!("column `{name}`"),
                );
                contacts.diagnostics.push(
                    Diagnostic::warning("D008", suspect_quote_message(suspect))
                        .at(here.clone())
                        .help(format!(
                            "the rows inside {column} are read as part of one contact's value; close the quote, or double it (\"\") inside the value"
                        ))
                        .quoting(column),
                );
            } else if let Some(field) = text.stray_quote() {
                let column = header.get(field).map_or_else(
                    || format!("field {}", field + 1),
                    |name| format!("`{name}`"),
                );
                contacts.diagnostics.push(
                    Diagnostic::warning("D008", stray_quote_message(&column))
                        .at(here.clone())
                        .help("a quote inside a quoted field is written twice (\"\"), as CSV writers do; the row is kept as read")
                        .quoting(column),
                );
            }
            if text.len() == 1 && text.get(0).is_empty() {
                continue;
            }
            if text.len() != header.len() {
                contacts.skipped_rows += 1;
                contacts.diagnostics.push(
                    Diagnostic::warning(
                        "D001",
                        format!(
                            "skipped malformed contact row: it has {} fields, the header has {}",
                            text.len(),
                            header.len()
                        ),
                    )
                    .at(here),
                );
                continue;
            }
            let id = normalize_key(text.get(key_index));
            if id.is_empty() {
                // A phone-only lead: it joins nothing, and leaving it out loses no
                // message, so it is counted, not a malformed row.
                without_key.get_or_insert((line, 0)).1 += 1;
                continue;
            }
            match first_line.get(&id) {
                Some(&first) => {
                    if let Some(&i) = repeated_index.get(&id) {
                        repeated[i].1.push(line);
                    } else {
                        repeated_index.insert(id.clone(), repeated.len());
                        repeated.push((id.clone(), vec![first, line]));
                    }
                    contacts.records.insert(id, Entry::Ambiguous);
                }
                None => {
                    first_line.insert(id.clone(), line);
                    let values = named
                        .iter()
                        .map(|&i| text.get(i).trim().to_owned())
                        .collect();
                    contacts.records.insert(id, Entry::Record { values });
                }
            }
        }
        for (id, lines) in &repeated {
            contacts
                .diagnostics
                .push(repeated_key_warning(path, id, lines));
        }
        if let Some((line, rows)) = without_key {
            contacts
                .diagnostics
                .push(without_key_warning(&contacts, line, rows));
        }
        // A header and no rows: every conversation would be "no such contact", as if
        // the join had failed for each. Said once, as `D007` says of a transcript.
        if rows == 0 && contacts.skipped_rows == 0 {
            contacts.diagnostics.push(
                Diagnostic::warning(
                    "D007",
                    "contacts file has a header and no rows: no conversation can get a contact",
                )
                .at(Location::line(
                    path,
                    u32::try_from(header_line).unwrap_or(u32::MAX),
                )),
            );
        }
        Ok(contacts)
    }

    /// Skips the row on `line`, which cannot be read as one (a quote that nothing
    /// closes, past the limit of one row), with a warning saying why.
    fn skip(&mut self, code: &'static str, line: u64, why: &str) {
        self.skipped_rows += 1;
        let here = Location::line(&self.path, u32::try_from(line).unwrap_or(u32::MAX));
        let mut diagnostic =
            Diagnostic::warning(code, format!("skipped malformed contact row: {why}")).at(here);
        if code == "D008" {
            diagnostic = diagnostic.help(
                "close the quote, or double each quote inside a value (\"\"), as CSV writers do",
            );
        }
        self.diagnostics.push(diagnostic);
    }
}

mod problems;
use problems::{io_error, read_error, renamed_twice, repeated_key_warning, without_key_warning};
