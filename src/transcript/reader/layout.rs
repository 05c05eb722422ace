//! What reading says about how input files were put together rather than about their
//! rows: header columns or JSONL keys without a name (D013), a header repeated inside a
//! file (D014), a byte order mark past the start of a file (D015; both mostly from files
//! joined with `cat`), and what a directory of transcripts leaves out: entries that are
//! not files (D016) and hidden files (D017). Takes the findings of the sources and of
//! expanding inputs; gives diagnostics and counts in the [`ReadReport`]. Stops nothing.

use std::path::{Path, PathBuf};

use super::ReadReport;
use crate::diag::{Diagnostic, Location};

impl ReadReport {
    /// D013, said once per file ([`crate::transcript::header::unnamed_warning`]).
    pub(in crate::transcript) fn unnamed_columns(&mut self, diagnostic: Diagnostic) {
        self.push(diagnostic);
    }

    /// D013 of a JSONL object: its `key` has no name once normalised, so its value is not
    /// read. Said once per file, as a CSV header's unnamed columns are.
    pub(in crate::transcript) fn unnamed_key(&mut self, location: Location, key: &str) {
        let shown = if key.trim().is_empty() {
            "key `\"\"`".to_owned()
        } else {
            format!("key `{key}`")
        };
        self.push(
            Diagnostic::warning(
                "D013",
                format!("{shown} has no name (no letter or digit): its value is not read, as metadata or otherwise (said once per file)"),
            )
            .at(location)
            .help("name the key in the export to read it")
            .quoting(if key.trim().is_empty() { "" } else { key }),
        );
    }

    /// D014: the row at `location` is a header (`same`: this file's own), skipped. The
    /// first is listed, the others counted.
    pub(in crate::transcript) fn repeated_header(&mut self, location: Location, same: bool) {
        self.repeated_headers += 1;
        if self.repeated_headers > 1 {
            return;
        }
        let what = if same {
            "row repeats the header"
        } else {
            "row is a header of other columns (the id, role and text columns' names)"
        };
        let help = if same {
            "were files joined with `cat`? Nothing is lost; to avoid it, give the files to handoff one by one, or join them with `tail -n +2` for each after the first"
        } else {
            "were exports of other columns joined with `cat`? The rows after it are read by the first header's columns, which may not be theirs: give the files to handoff one by one"
        };
        self.push(
            Diagnostic::warning(
                "D014",
                format!(
                    "{what}: skipped, not read as a message (further ones are counted, not listed)"
                ),
            )
            .at(location)
            .help(help),
        );
    }

    /// D015: the line at `location` starts with a UTF-8 byte order mark, which belongs at
    /// the start of a file: it is left out, as there. The first is listed.
    pub(in crate::transcript) fn inner_bom(&mut self, location: Location) {
        self.inner_boms += 1;
        if self.inner_boms == 1 {
            self.push(inner_bom_warning(location, "counted"));
        }
    }

    /// D016: `path`, in a directory of transcripts and named like one, is `what` (a
    /// directory, a FIFO…), not a file: left out.
    pub(in crate::transcript) fn not_a_file(&mut self, path: &Path, what: &str) {
        self.push(
            Diagnostic::warning(
                "D016",
                format!("{} is {what}, not a file: left out", path.display()),
            )
            .about(path)
            .help("in a directory only files are read; give it by its own path to read it (a directory's transcript files, a FIFO as a stream)"),
        );
    }

    /// The directories of transcripts given held the files `others`, not named like
    /// transcripts (`x.tsv`, `README.md`, `generate.py`): not read. All are kept, for
    /// `--verbose` to list; those that look like data (`x.tsv`, `x.xlsx`, `x.csv.bak`:
    /// [`looks_like_data`]) get one note for the run, so that an export saved under
    /// another name is not missed unsaid. Scripts, READMEs and notes are not said.
    pub(in crate::transcript) fn other_files(&mut self, others: Vec<PathBuf>) {
        let data: Vec<PathBuf> = others
            .iter()
            .filter(|p| looks_like_data(p))
            .cloned()
            .collect();
        self.left_out_files.extend(others);
        let Some(first) = data.first() else {
            return;
        };
        let dir = first.parent().unwrap_or(first);
        let place = if data.iter().all(|p| p.parent() == Some(dir)) {
            format!("in {}", dir.display())
        } else {
            "in the directories given".to_owned()
        };
        self.push(
            Diagnostic::new(
                None,
                crate::diag::Severity::Note,
                format!(
                    "{} {place} looking like data but not named like a transcript: left out ({})",
                    crate::text::count(data.len(), "file"),
                    crate::dir_scan::listed(&data),
                ),
            )
            .help("in a directory only files named `.csv`, `.jsonl` or `.ndjson` (optionally `.gz`) are read; give another by its own path to read it (a tab-separated file is read as CSV; a spreadsheet must be saved as CSV first, an archive other than gzip (`.zip`, `.bz2`, `.xz`, `.zst`, `.7z`, `.tar`) unpacked first)"),
        );
    }

    /// D017: `path`, in a directory of transcripts, is a hidden entry named like one
    /// (`.x.csv`): left out, as editors' backup and lock files are. `what` says what it
    /// is (`a hidden file`, `a hidden directory`: [`crate::dir_scan::hidden_kind`]).
    pub(in crate::transcript) fn hidden(&mut self, path: &Path, what: &str) {
        let help = if what == "a hidden file" {
            "files whose names start with `.` (editors' backup and lock files) are not read from a directory of transcripts; rename it without the leading `.`, or give it by its own path, to read it"
        } else {
            "entries whose names start with `.` are not read from a directory of transcripts, nor are its subdirectories; give it by its own path to read it (a directory's transcript files, a FIFO as a stream)"
        };
        self.push(
            Diagnostic::warning("D017", format!("{} is {what}: left out", path.display()))
                .about(path)
                .help(help),
        );
    }
}

/// D015 at `location`, the first line starting with a UTF-8 byte order mark past the
/// start of a file, for transcripts, contacts and labels files alike; further ones are
/// `further` (`counted`), not listed.
pub(crate) fn inner_bom_warning(location: Location, further: &str) -> Diagnostic {
    Diagnostic::warning(
        "D015",
        format!("line starts with a UTF-8 byte order mark, which belongs at the start of a file: left out, as there (further ones are {further}, not listed)"),
    )
    .at(location)
    .help("were files joined with `cat`? Nothing is lost; give the files to handoff one by one instead, or strip the mark (`sed 's/^\\xEF\\xBB\\xBF//'`)")
}

/// Extensions of files that look like data, left out of a directory of transcripts
/// with a note: an export saved under another name than `.csv` or `.jsonl`, or packed.
const DATA_LIKE: &[&str] = &[
    "tsv", "tab", "psv", "txt", "json", "gz", "bz2", "xz", "zst", "zip", "7z", "tar", "tgz", "xls",
    "xlsx", "ods", "parquet",
];

/// Whether `path`, a file of a directory of transcripts not named like one, looks like
/// transcript data a user may have meant: its extension is [`DATA_LIKE`] (`x.tsv`,
/// `x.csv.bz2`), or its name holds a transcript's (`x.csv.bak`, `x.jsonl.1`). Scripts,
/// READMEs and configuration (`generate.py`, `README.md`, `x.yaml`) do not. An editor's
/// backup of a transcript (`x.csv~`, `#x.csv#`, `.#x.csv`) is as `x.csv` is.
fn looks_like_data(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let name = name.to_ascii_lowercase();
    // An Emacs lock (`.#x.csv`, mostly a dangling link) holds no data: `--verbose` lists it.
    if name.starts_with(".#") {
        return false;
    }
    let name = editor_backup_of(&name).unwrap_or(&name);
    if crate::transcript::input::is_transcript_file_name(name) {
        return true;
    }
    let extension = name.rsplit_once('.').map_or("", |(_, e)| e);
    DATA_LIKE.contains(&extension)
        || [".csv.", ".jsonl.", ".ndjson."]
            .iter()
            .any(|inner| name.contains(inner))
}

/// The name an editor's backup is of: `x.csv~` (Emacs, Vim, gedit), `#x.csv#` (Emacs's
/// autosave); `None` for another name.
fn editor_backup_of(name: &str) -> Option<&str> {
    name.strip_suffix('~')
        .or_else(|| name.strip_prefix('#').and_then(|n| n.strip_suffix('#')))
        .filter(|n| !n.is_empty())
}

/// Whether `path` is an editor's backup of a transcript (`x.csv~`, `#x.csv#`), which can
/// be read by its own path: what a directory holding no transcript but them names.
pub(in crate::transcript) fn is_transcript_backup(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .map(str::to_ascii_lowercase)
        .is_some_and(|name| {
            editor_backup_of(&name).is_some_and(crate::transcript::input::is_transcript_file_name)
        })
}
