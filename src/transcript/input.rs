//! Inputs: paths and `-` → readable byte streams with a known format.
//!
//! Directories expand to the transcript files in them (sorted); gzip is recognised by its
//! magic bytes, not its name, so `.gz` on stdin works too; the format comes from the file
//! name (`.csv`, `.jsonl`, `.ndjson`, with or without `.gz`) or, failing that, from the
//! first byte (`{` means JSONL).

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::reader::{ReadError, ReadReport};
use crate::dir_scan::NoFile;

mod decode;

use self::decode::BUFFER;
pub(crate) use self::decode::{
    NotText, UTF16_ADVICE, UTF16_JSONL_ADVICE, damaged_gzip_message, decoded_text, gzip_data_words,
    is_binary, is_utf16, not_text_message,
};

/// A transcript source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Path(PathBuf),
    Stdin,
    /// Bytes already in memory (for library users and fuzzing), with the name that
    /// diagnostics and format detection use.
    Memory {
        name: PathBuf,
        bytes: Arc<[u8]>,
    },
}

impl Input {
    /// The name used in diagnostics: the path, [`STDIN_NAME`] for stdin, or a memory
    /// input's name.
    pub fn display_path(&self) -> PathBuf {
        match self {
            Input::Path(p) => p.clone(),
            Input::Stdin => PathBuf::from(STDIN_NAME),
            Input::Memory { name, .. } => name.clone(),
        }
    }
}

/// Stdin, as every message names it (`-` is how it is given, not a name).
pub const STDIN_NAME: &str = "<stdin>";

/// The format of a transcript file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Csv,
    Jsonl,
}

const EXTENSIONS: &[&str] = &[
    ".csv",
    ".jsonl",
    ".ndjson",
    ".csv.gz",
    ".jsonl.gz",
    ".ndjson.gz",
];

/// Whether a directory's entry named `name` is a transcript file a directory argument
/// reads: `*.csv`, `*.jsonl`, `*.ndjson`, optionally `.gz`, in any case, not hidden.
pub(crate) fn is_transcript_file_name(name: &str) -> bool {
    let name = name.to_lowercase();
    !name.starts_with('.') && EXTENSIONS.iter().any(|ext| name.ends_with(ext))
}

/// Expands arguments into inputs: `-` is stdin, a directory is its transcript files.
/// What a directory holds that is named like a transcript but is not a file, or is
/// hidden, is left out without a word: [`expand_inputs_noting`] says it.
pub fn expand_inputs(args: &[PathBuf]) -> Result<Vec<Input>, ReadError> {
    expand_inputs_noting(args, &mut ReadReport::default())
}

/// [`expand_inputs`], saying in `report` each entry of a directory named like a
/// transcript that is not a file (a directory, a FIFO: D016) and each hidden file named
/// like one (`.x.csv`: D017), which are left out, and, once for the run, the other files
/// there that look like data (`x.tsv`: [`ReadReport::left_out_files`] keeps them all). Every
/// file is opened once here, so that one that cannot be read stops the run before it
/// starts, not at the end of a long one (a FIFO is not: opening it waits for a writer).
pub fn expand_inputs_noting(
    args: &[PathBuf],
    report: &mut ReadReport,
) -> Result<Vec<Input>, ReadError> {
    let mut inputs = Vec::new();
    // Files of the directories given not named like transcripts, said once for the run.
    let mut others = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            // Read once, stdin is empty the second time: said, as for a file.
            if inputs.contains(&Input::Stdin) {
                return Err(ReadError::StdinTwice);
            }
            inputs.push(Input::Stdin);
            continue;
        }
        let meta = std::fs::metadata(arg).map_err(|source| open_error(arg, source))?;
        if meta.is_dir() {
            let scan = crate::dir_scan::scan(arg, is_transcript_file_name).map_err(
                |crate::dir_scan::ScanError { path, source }| ReadError::Open { path, source },
            )?;
            if let Some(no_file) = scan.no_file() {
                let dir = arg.clone();
                return Err(match no_file {
                    NoFile::NotAFile { entry, what } => {
                        ReadError::NoFileInDirectory { dir, entry, what }
                    }
                    NoFile::OnlyHidden(hidden) => ReadError::OnlyHidden { dir, hidden },
                    NoFile::Empty => {
                        let backups: Vec<PathBuf> = scan
                            .others
                            .into_iter()
                            .filter(|p| super::reader::is_transcript_backup(p))
                            .collect();
                        if backups.is_empty() {
                            ReadError::EmptyDirectory(dir)
                        } else {
                            ReadError::OnlyBackups { dir, backups }
                        }
                    }
                });
            }
            for (path, what) in scan.not_files {
                report.not_a_file(&path, what);
            }
            for (path, what) in scan.hidden.iter().zip(scan.hidden_kinds) {
                report.hidden(path, what);
            }
            others.extend(scan.others);
            inputs.extend(scan.files.into_iter().map(Input::Path));
        } else {
            inputs.push(Input::Path(arg.clone()));
        }
    }
    // A file given twice (`exports/*.csv exports/march.csv`) would count twice, or stop
    // the run at its first conversation: said at once.
    let mut seen = std::collections::HashSet::new();
    for input in &inputs {
        if let Input::Path(path) = input
            && !seen.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.clone()))
        {
            return Err(ReadError::GivenTwice(path.clone()));
        }
    }
    // One also given by its own path (`exports/ exports/march.tsv`) is read: not said.
    others.retain(|p| !seen.contains(&std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())));
    report.other_files(others);
    for input in &inputs {
        if let Input::Path(path) = input
            && std::fs::metadata(path).is_ok_and(|m| m.is_file())
        {
            File::open(path).map_err(|source| open_error(path, source))?;
        }
    }
    Ok(inputs)
}

/// [`ReadError::Open`] of `path`, the cause said for what it is: a symbolic link to
/// nothing is named as one, with its target ([`explain_open_error`]).
fn open_error(path: &Path, source: io::Error) -> ReadError {
    ReadError::Open {
        path: path.to_owned(),
        source: explain_open_error(path, source),
    }
}

/// `source`, the error opening `path`; when `path` is a symbolic link whose target does
/// not exist, an error saying so (the system says only "No such file or directory" of
/// a path that `ls` lists). For every file handoff reads rows from.
pub(crate) fn explain_open_error(path: &Path, source: io::Error) -> io::Error {
    if source.kind() != io::ErrorKind::NotFound {
        return source;
    }
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    match std::fs::read_link(path) {
        Ok(target) if is_link => io::Error::new(
            io::ErrorKind::NotFound,
            format!(
                "{} is a symbolic link to {}, which does not exist",
                path.display(),
                target.display()
            ),
        ),
        _ => source,
    }
}

/// An opened input: a buffered, decompressed byte stream, its format and what chose it.
pub(super) struct Opened {
    pub(super) reader: Box<dyn BufRead + Send>,
    pub(super) format: InputFormat,
    pub(super) chosen_by: ChosenBy,
}

/// What chose an input's format: said when the file turns out to be of the other one
/// (a CSV export read as JSONL), so that the advice names only what the user did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChosenBy {
    /// `--input-format`; and whether the file's name says the same format.
    Flag { name_too: bool },
    /// The end of the file's name, one of the transcript extensions, in lower case
    /// (`.jsonl`, `.ndjson.gz`).
    Name(&'static str),
    /// The first bytes (`{` for JSONL).
    Content,
}

/// Opens `input`, counting raw bytes read into `progress`.
pub(super) fn open(
    input: &Input,
    forced: Option<InputFormat>,
    progress: &Arc<AtomicU64>,
) -> Result<Opened, ReadError> {
    let path = input.display_path();
    let raw: Box<dyn Read + Send> = match input {
        Input::Stdin => Box::new(io::stdin()),
        Input::Memory { bytes, .. } => Box::new(io::Cursor::new(Arc::clone(bytes))),
        Input::Path(p) => {
            let file = File::open(p).map_err(|source| open_error(p, source))?;
            if file.metadata().is_ok_and(|m| m.is_dir()) {
                return Err(ReadError::Open {
                    path: p.clone(),
                    source: io::Error::new(io::ErrorKind::IsADirectory, "is a directory"),
                });
            }
            Box::new(file)
        }
    };
    let counted = Counting {
        inner: raw,
        count: Arc::clone(progress),
    };
    // Before any line: an error here has no line to name.
    let io_error = |source| ReadError::io(path.clone(), 0, source);
    let (mut reader, not_text) =
        decoded_text(BufReader::with_capacity(BUFFER, counted)).map_err(io_error)?;
    let head = reader.fill_buf().map_err(io_error)?;
    let utf16 = not_text == Some(NotText::Utf16);
    // Sniffed once, when neither the flag nor the name says it; a UTF-16 file's too,
    // for the advice of its error.
    let named = format_from_name(&path);
    let (format, chosen_by) = match (forced, named) {
        (Some(format), named) => (
            format,
            ChosenBy::Flag {
                name_too: named == Some(format),
            },
        ),
        (None, Some(format)) => (format, ChosenBy::Name(extension(&path).unwrap_or(""))),
        (None, None) => (sniffed(head, utf16), ChosenBy::Content),
    };
    match not_text {
        Some(NotText::Utf16) => return Err(ReadError::Utf16 { path, format }),
        // An executable, an archive or a spreadsheet (`.xlsx` is a zip) given for an
        // export: its bytes read as a header of garbage, with advice to map a column.
        Some(NotText::Binary) => return Err(ReadError::Binary { path }),
        None => {}
    }
    Ok(Opened {
        reader: Box::new(reader),
        format,
        chosen_by,
    })
}

/// The format of a file whose name does not say it, by its first bytes: JSONL when a
/// `{` comes first (after a byte order mark and whitespace; in `utf16` text, after its
/// NULs and byte order mark too), else CSV.
fn sniffed(head: &[u8], utf16: bool) -> InputFormat {
    let first = if utf16 {
        head.iter()
            .find(|b| ![0, 0xff, 0xfe].contains(*b) && !b.is_ascii_whitespace())
    } else {
        head.strip_prefix("\u{feff}".as_bytes())
            .unwrap_or(head)
            .iter()
            .find(|b| !b.is_ascii_whitespace())
    };
    if first == Some(&b'{') {
        InputFormat::Jsonl
    } else {
        InputFormat::Csv
    }
}

/// The one of [`EXTENSIONS`] that `path`'s name ends in, in any case.
fn extension(path: &Path) -> Option<&'static str> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    // The longest first: `.csv.gz`, not `.gz`'s absence.
    EXTENSIONS
        .iter()
        .filter(|ext| name.ends_with(*ext))
        .max_by_key(|ext| ext.len())
        .copied()
}

fn format_from_name(path: &Path) -> Option<InputFormat> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    if name.ends_with(".csv") {
        Some(InputFormat::Csv)
    } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        Some(InputFormat::Jsonl)
    } else {
        None
    }
}

/// Counts the bytes that pass through, for progress reporting.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

#[cfg(test)]
mod tests;
