//! Why a labels file could not be used: [`LabelError`], with every row error found
//! before it and the warnings of the rows read, so that none is lost. Reads nothing;
//! see `read.rs`.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// Why a labels file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum LabelError {
    /// The file could not be read (on): with the rows read before that could not mean a
    /// label, so that they are not lost.
    #[error("{}", io_message(.path, *.line, .errors, *.more))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
        /// The line reading stopped at; 0 when nothing was read.
        line: u64,
        /// `(line, message)` of the rows before it that cannot mean one label.
        errors: Vec<(u64, String)>,
        more: usize,
        warnings: Vec<Diagnostic>,
    },
    /// The gzip data ends early or is damaged, at `line` (0: at its start), as a
    /// transcript's is said (`words` the decoder's), after the rows read before it
    /// that could not mean a label.
    #[error("{}", gzip_message(.path, *.line, .words, .errors, *.more))]
    Gzip {
        path: PathBuf,
        line: u64,
        words: String,
        /// `(line, message)` of the rows before it that cannot mean one label.
        errors: Vec<(u64, String)>,
        more: usize,
        warnings: Vec<Diagnostic>,
    },
    #[error("{}:{line}: {message}", .path.display())]
    Row {
        path: PathBuf,
        line: u64,
        message: String,
        /// The header's columns the message lists (`name, name`), as written (cli43:
        /// not normalised, which named columns the file does not have); empty when it
        /// lists none. `--redact` masks those whose cell holds
        /// personal data: a file without a header has a row of data there.
        header: Vec<String>,
        /// The warnings of the rows before it (D008), so that they are not lost.
        warnings: Vec<Diagnostic>,
    },
    /// More than one row that cannot mean one label: each, in file order, up to
    /// [`MAX_ROW_ERRORS`], and how many more there were.
    #[error("{}", rows_message(.path, .errors, *.more))]
    Rows {
        path: PathBuf,
        /// `(line, message)`.
        errors: Vec<(u64, String)>,
        more: usize,
        warnings: Vec<Diagnostic>,
    },
    /// A file whose first bytes are not text, as a transcript's is said.
    #[error("{}", crate::transcript::not_text_message(.0, "CSV", "labels file"))]
    Binary(PathBuf),
    #[error("{0}")]
    Invalid(String),
}

/// Most row errors a labels file reports; the rest are counted.
pub const MAX_ROW_ERRORS: usize = 20;

fn rows_message(path: &Path, errors: &[(u64, String)], more: usize) -> String {
    use std::fmt::Write as _;
    let total = errors.len() + more;
    let mut s = format!(
        "{} rows of {} cannot be read as labels:",
        total,
        path.display()
    );
    for (line, message) in errors {
        let _ = write!(s, "\n  {}:{line}: {message}", path.display());
    }
    if more > 0 {
        let _ = write!(s, "\n  … and {more} more");
    }
    s
}

/// The I/O error, after the row errors found before it, if any.
fn io_message(path: &Path, line: u64, errors: &[(u64, String)], more: usize) -> String {
    let io = format!("cannot read labels from {}", path.display());
    if errors.is_empty() && more == 0 {
        return io;
    }
    format!(
        "{}\n  then {io} at line {line}",
        rows_message(path, errors, more)
    )
}

/// The damaged gzip file's error, after the row errors found before it, if any.
fn gzip_message(
    path: &Path,
    line: u64,
    words: &str,
    errors: &[(u64, String)],
    more: usize,
) -> String {
    let gzip = crate::transcript::damaged_gzip_message(path, line, "labels", words);
    if errors.is_empty() && more == 0 {
        return gzip;
    }
    format!("{}\n  then {gzip}", rows_message(path, errors, more))
}

impl LabelError {
    /// The warnings of the rows read before the error (a row's error comes with them).
    pub fn warnings(&self) -> &[Diagnostic] {
        match self {
            LabelError::Row { warnings, .. }
            | LabelError::Rows { warnings, .. }
            | LabelError::Io { warnings, .. }
            | LabelError::Gzip { warnings, .. } => warnings,
            LabelError::Invalid(_) | LabelError::Binary(_) => &[],
        }
    }
}
