//! What reading transcripts saw: a [`ReadReport`] of counts, and the diagnostics of
//! rows it could not fully use (their wording, and hints such as how to map an unknown
//! role). Takes row-level findings from the CSV and JSONL sources; gives the report the
//! summary and the diagnostics are rendered from. Stops nothing: errors that stop
//! reading are [`super::ReadError`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Location};
use crate::transcript::mapping::default_role_of_word;
use crate::transcript::records::{
    SuspectQuote, Unclosed, stray_quote_message, suspect_quote_message, too_long_message,
    unclosed_message,
};
use crate::transcript::{DateOrderSetting, Role};

/// At most this many row diagnostics are kept; the rest are counted.
pub(in crate::transcript) const MAX_DIAGNOSTICS: usize = 200;

/// What reading saw: counts, and a diagnostic for every row it could not fully use.
#[derive(Debug, Default, Clone)]
pub struct ReadReport {
    pub files: Vec<PathBuf>,
    /// Data rows (CSV records, non-blank JSONL lines).
    pub rows: u64,
    /// Messages accepted into conversations.
    pub messages: u64,
    /// Rows skipped because they were malformed.
    pub skipped_rows: u64,
    pub invalid_utf8_rows: u64,
    pub bad_timestamps: u64,
    /// Of `bad_timestamps`, slashed dates only the order the input's are not read in
    /// could be (a file mixing day-first and month-first): the first is listed too.
    pub date_order_conflicts: u64,
    pub out_of_order: u64,
    /// Quoted fields that hold lines looking like rows (D008).
    pub suspect_quotes: u64,
    /// Quoted fields with a quote inside that was not doubled (D008).
    pub stray_quotes: u64,
    /// Rows whose metadata value disagreed with an earlier row of the conversation, by field.
    pub metadata_conflicts: BTreeMap<String, u64>,
    /// Conversations whose rows were not consecutive (with `--unsorted`).
    pub regrouped: u64,
    /// Role values the role table did not know, with how many rows had each.
    pub unknown_roles: BTreeMap<String, u64>,
    /// Header rows repeated inside a file, skipped (D014).
    pub repeated_headers: u64,
    /// Lines that start with a byte order mark past the start of a file (D015).
    pub inner_boms: u64,
    /// Columns `.handoff.yaml` ignores, with how many files did not have each (D009).
    pub ignored_columns_absent: BTreeMap<String, u64>,
    /// Files read as JSONL while the mapping set a CSV delimiter (D018).
    pub delimiter_unused: u64,
    pub diagnostics: Vec<Diagnostic>,
    /// The metadata fields each file read had: a CSV header's columns, the keys of a
    /// JSONL file's objects (once it is read to its end). For a join on a field no
    /// conversation has a value in, to say in which files it is missing or empty.
    pub fields: Vec<FileFields>,
    /// Files in the directories of transcripts given that are not named like one
    /// (`x.tsv`, `README.md`), left out: those that look like data get a note, all are
    /// listed under `--verbose`.
    pub left_out_files: Vec<PathBuf>,
    /// Diagnostics beyond the first 200 (`MAX_DIAGNOSTICS`), counted but not kept.
    pub suppressed: u64,
    /// Metadata values are not quoted in diagnostics (`--redact`).
    pub hide_values: bool,
    /// Under `--redact`, each column a diagnostic named, and the name it was shown by
    /// ([`ReadReport::shown_column`]).
    pub(crate) shown_columns: BTreeMap<String, String>,
}

impl ReadReport {
    pub(super) fn push(&mut self, diagnostic: Diagnostic) {
        if self.diagnostics.len() < MAX_DIAGNOSTICS {
            self.diagnostics.push(diagnostic);
        } else {
            self.suppressed += 1;
        }
    }

    pub(in crate::transcript) fn malformed(&mut self, location: Location, message: &str) {
        self.malformed_help(location, message, None);
    }

    /// `count` rows skipped as malformed whose `D001`s are not kept: counted, as
    /// those past [`MAX_DIAGNOSTICS`] are, by a reader that kept only the first ones
    /// (their number is true, their memory bounded).
    pub(in crate::transcript) fn malformed_unlisted(&mut self, count: u64) {
        self.skipped_rows += count;
        self.suppressed += count;
    }

    /// As [`ReadReport::malformed`], with help where the row says more of what went wrong.
    pub(in crate::transcript) fn malformed_help(
        &mut self,
        location: Location,
        message: &str,
        help: Option<&str>,
    ) {
        self.skipped_rows += 1;
        let d = Diagnostic::warning("D001", format!("skipped malformed row: {message}"));
        self.push(match help {
            Some(help) => d.help(help).at(location),
            None => d.at(location),
        });
    }

    pub(in crate::transcript) fn unknown_role(&mut self, location: Location, value: &str) {
        let count = self.unknown_roles.entry(value.to_owned()).or_default();
        *count += 1;
        if *count == 1 {
            // A role cell may hold the author's name ("Tyler Jones"): under `--redact` it is
            // not quoted, in the diagnostic nor in the summary.
            let (shown, help) = match (self.hide_values, value.is_empty()) {
                (_, true) => ("`(empty)`".to_owned(), role_hint(value)),
                (true, false) => (
                    "(the value is not shown under --redact)".to_owned(),
                    "map it with --role VALUE=customer (or bot, agent), or under `input: roles:` in .handoff.yaml".to_owned(),
                ),
                (false, false) => (format!("`{value}`"), role_hint(value)),
            };
            self.push(
                Diagnostic::warning(
                    "D002",
                    format!("unknown role {shown}: kept as role `other`, which no role condition matches"),
                )
                .at(location)
                .help(help)
                .quoting(value),
            );
        }
    }

    /// A timestamp `value` that was not read; a slashed date read against `order` names
    /// where the order came from (`date_order:`, or the line it was learned from).
    pub(in crate::transcript) fn bad_timestamp(
        &mut self,
        location: Location,
        value: &str,
        order: &DateOrderSetting,
    ) {
        self.bad_timestamps += 1;
        // Worded from the value, only when listed: a slashed date says why it went
        // unread, and what sets the order.
        let against = crate::transcript::against_the_order(value);
        if against {
            self.date_order_conflicts += 1;
        }
        if self.bad_timestamps == 1 || against && self.date_order_conflicts == 1 {
            let (message, help, _) = crate::transcript::unread_words(value, order);
            let mut d = Diagnostic::warning("D003", message)
                .at(location)
                .help(help)
                .quoting(value);
            if let Some(learned) = order.learned_from() {
                d = d.quoting(learned.value.as_str());
            }
            self.push(d);
        }
    }

    /// A row that is not UTF-8; `help` says what its bytes look like, asked only for
    /// the first such row (the one listed).
    pub(in crate::transcript) fn invalid_utf8(
        &mut self,
        location: Location,
        help: impl FnOnce() -> Option<String>,
    ) {
        self.invalid_utf8_rows += 1;
        if self.invalid_utf8_rows == 1 {
            let mut warning = Diagnostic::warning(
                "D004",
                "row is not valid UTF-8; invalid bytes were replaced with U+FFFD, in a conversation id written \\xNN (further ones are counted, not listed)",
            )
            .at(location);
            if let Some(help) = help() {
                warning = warning.help(help);
            }
            self.push(warning);
        }
    }

    pub(in crate::transcript) fn out_of_order(&mut self, location: Location, id: &str) {
        self.out_of_order += 1;
        if self.out_of_order <= 5 {
            self.push(
                Diagnostic::warning(
                    "D006",
                    // As the tables show it (cli42): `a\nb` is one id everywhere.
                    format!("conversation `{}`: timestamp is earlier than the previous message's; messages are kept in file order", crate::text::token(id)),
                )
                .at(location)
                .quoting(id),
            );
        }
    }

    pub(in crate::transcript) fn empty_file(&mut self, path: &Path) {
        self.push(
            Diagnostic::warning("D007", "transcript file is empty").at(Location::line(path, 1)),
        );
    }

    /// `.handoff.yaml` ignores a column this export does not have: said for the first
    /// file without it (a directory of exports must not fill the list), counted for all.
    pub(in crate::transcript) fn nothing_to_ignore(&mut self, path: &Path, column: &str) {
        let count = self
            .ignored_columns_absent
            .entry(column.to_owned())
            .or_default();
        *count += 1;
        if *count == 1 {
            self.push(
                Diagnostic::warning(
                    "D009",
                    format!(
                        "no `{column}` column to ignore (`input: ignore_columns:` in .handoff.yaml; said for the first file without it only)"
                    ),
                )
                .at(Location::line(path, 1))
                .help("nothing to do if this export lacks it; if it is a typo, correct the name")
                .quoting(column),
            );
        }
    }

    /// A delimiter the mapping sets (`written`: as the user wrote it, `;`; `set_at`:
    /// where), for a file read as JSONL, whose
    /// fields are keys: it does nothing there. Said for the first such file only, as
    /// [`ReadReport::nothing_to_ignore`] is; counted for all.
    pub(in crate::transcript) fn delimiter_unused(
        &mut self,
        path: &Path,
        word: &str,
        set_at: &str,
    ) {
        self.delimiter_unused += 1;
        if self.delimiter_unused > 1 {
            return;
        }
        self.push(
            Diagnostic::warning(
                "D018",
                format!(
                    "the delimiter `{word}` ({set_at}) does nothing here: this file is read as JSONL, whose fields are its objects' keys (said for the first JSONL file only)"
                ),
            )
            .at(Location::line(path, 1))
            .help("nothing to do if the setting is for the project's CSV exports; if this file is CSV, read it as such with --input-format csv"),
        );
    }

    pub(in crate::transcript) fn header_only(&mut self, path: &Path) {
        self.push(
            Diagnostic::warning("D007", "transcript file has a header and no rows")
                .at(Location::line(path, 1)),
        );
    }

    /// A quote nothing closes (to the end of the file, or within the `limit` of one
    /// record): the row is skipped, and the lines after its own are read as rows. Each
    /// is listed, as malformed rows are.
    pub(in crate::transcript) fn unclosed_quote(
        &mut self,
        location: Location,
        column: &str,
        unclosed: Unclosed,
        limit: usize,
    ) {
        self.skipped_rows += 1;
        let message = unclosed_message(column, unclosed, limit, true);
        self.push(
            Diagnostic::warning("D008", format!("skipped malformed row: {message}"))
            .at(location)
            .help("close the quote, or double each quote inside the text (\"\"), as CSV writers do")
            .quoting(column),
        );
    }

    /// A record (`what`: a row, a line) past the `limit` of one, with no quote open:
    /// skipped, and reading goes on at the next line.
    pub(in crate::transcript) fn too_long(&mut self, location: Location, what: &str, limit: usize) {
        self.malformed(location, &too_long_message(what, limit));
    }

    /// A quoted field holds lines that look like rows: a quote may be unclosed, and the
    /// rows after it read as one message.
    pub(in crate::transcript) fn suspect_quote(
        &mut self,
        location: Location,
        suspect: SuspectQuote,
    ) {
        self.suspect_quotes += 1;
        if self.suspect_quotes == 1 {
            self.push(
                Diagnostic::warning(
                    "D008",
                    format!(
                        "{} (further ones are counted, not listed)",
                        suspect_quote_message(suspect)
                    ),
                )
                .at(location)
                .help("the rows inside the field are read as part of one message; close the quote, or double it (\"\") inside the text"),
            );
        }
    }
}

impl ReadReport {
    /// A quote inside a quoted field was not doubled: the field went on after it, read
    /// as the CSV format says, which is seldom what was meant.
    pub(in crate::transcript) fn stray_quote(
        &mut self,
        location: Location,
        column: &str,
        text: &str,
    ) {
        self.stray_quotes += 1;
        if self.stray_quotes == 1 {
            let (shown, read) = if self.hide_values {
                (String::new(), "")
            } else {
                let end = crate::text::clip::cut(text, 80);
                let more = if end < text.len() { "…" } else { "" };
                (
                    format!(" (it reads `{}{more}`)", &text[..end]),
                    &text[..end],
                )
            };
            self.push(
                Diagnostic::warning(
                    "D008",
                    format!(
                        "{}{shown} (further ones are counted, not listed)",
                        stray_quote_message(&format!("`{column}`"))
                    ),
                )
                .at(location)
                .help("a quote inside a quoted field is written twice (\"\"), as CSV writers do; the row is kept as read")
                .quoting(column)
                .quoting(read),
            );
        }
    }
}

/// Words that suggest a bot without being safe to map by default.
const BOT_HINTS: [&str; 3] = ["system", "auto", "automated"];

/// How to map an unknown role value, guessing the role from its words (a hint, not a
/// rule): a word the default role table knows, bot words first.
pub(super) fn role_hint(value: &str) -> String {
    if value.trim().is_empty() {
        return "these rows have no role: fill in the role column of the export".to_owned();
    }
    let (guess, others) = guessed_role(value);
    let pair = format!("{value}={guess}");
    let arg = crate::text::shell::shell_word(&pair);
    format!("map it with --role {arg} (or {others}), or under `input: roles:` in .handoff.yaml")
}

/// The role an unknown role value's words suggest (`bot` for "System", `agent` for
/// "Support Agent", else `customer`), and the two others, for a hint.
pub(crate) fn guessed_role(value: &str) -> (&'static str, &'static str) {
    let named: Vec<Role> = value
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|word| {
            default_role_of_word(word).or_else(|| {
                BOT_HINTS
                    .contains(&word.to_lowercase().as_str())
                    .then_some(Role::Bot)
            })
        })
        .collect();
    if named.contains(&Role::Bot) {
        ("bot", "customer, agent")
    } else if named.contains(&Role::Agent) {
        ("agent", "customer, bot")
    } else {
        ("customer", "bot, agent")
    }
}

/// The metadata fields one transcript file had.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileFields {
    pub path: PathBuf,
    /// Normalised name → the name as the file writes it (its header's cell, its key).
    pub names: BTreeMap<String, String>,
}
