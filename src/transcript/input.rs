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
/// like one (`.x.csv`: D017), which are left out. Every
/// file is opened once here, so that one that cannot be read stops the run before it
/// starts, not at the end of a long one (a FIFO is not: opening it waits for a writer).
pub fn expand_inputs_noting(
    args: &[PathBuf],
    report: &mut ReadReport,
) -> Result<Vec<Input>, ReadError> {
    let mut inputs = Vec::new();
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
                    NoFile::Empty => ReadError::EmptyDirectory(dir),
                });
            }
            for (path, what) in scan.not_files {
                report.not_a_file(&path, what);
            }
            for (path, what) in scan.hidden.iter().zip(scan.hidden_kinds) {
                report.hidden(path, what);
            }
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

/// An opened input: a buffered, decompressed byte stream and its format.
pub(super) struct Opened {
    pub(super) reader: Box<dyn BufRead + Send>,
    pub(super) format: InputFormat,
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
    let io_error = |source| ReadError::Io {
        path: path.clone(),
        line: 0,
        source,
    };
    let (mut reader, utf16) =
        decoded(BufReader::with_capacity(BUFFER, counted)).map_err(io_error)?;
    let head = reader.fill_buf().map_err(io_error)?;
    // Sniffed once, when neither the flag nor the name says it; a UTF-16 file's too,
    // for the advice of its error.
    let format = forced
        .or_else(|| format_from_name(&path))
        .unwrap_or_else(|| sniffed(head, utf16));
    if utf16 {
        return Err(ReadError::Utf16 { path, format });
    }
    Ok(Opened {
        reader: Box::new(reader),
        format,
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

/// Bytes buffered at a time from an input, and from its gzip decoder.
const BUFFER: usize = 256 * 1024;

/// An input as its rows are read: gunzipped when it is gzip data.
pub(crate) enum Decoded<R> {
    Plain(R),
    Gzip(BufReader<flate2::bufread::MultiGzDecoder<R>>),
}

impl<R: BufRead> Read for Decoded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Decoded::Plain(r) => r.read(buf),
            Decoded::Gzip(r) => r.read(buf),
        }
    }
}

impl<R: BufRead> BufRead for Decoded<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        match self {
            Decoded::Plain(r) => r.fill_buf(),
            Decoded::Gzip(r) => r.fill_buf(),
        }
    }

    fn consume(&mut self, amount: usize) {
        match self {
            Decoded::Plain(r) => r.consume(amount),
            Decoded::Gzip(r) => r.consume(amount),
        }
    }
}

/// `input` as every file handoff reads rows from is read (transcripts, contacts,
/// labels): gunzipped when it is gzip data (by its magic bytes: a name ending `.gz` is
/// neither needed nor trusted), and whether it is then UTF-16 text (Excel's "Unicode
/// Text", whose bytes would read as a header `c\0o\0n…`), which the caller refuses.
pub(crate) fn decoded<R: BufRead>(mut input: R) -> io::Result<(Decoded<R>, bool)> {
    let mut decoded = if is_gzip(input.fill_buf()?) {
        Decoded::Gzip(BufReader::with_capacity(
            BUFFER,
            flate2::bufread::MultiGzDecoder::new(input),
        ))
    } else {
        Decoded::Plain(input)
    };
    let utf16 = is_utf16(decoded.fill_buf()?);
    Ok((decoded, utf16))
}

/// Whether `head`, the first bytes of a file, start gzip data (its magic bytes: a
/// name ending `.gz` is neither needed nor trusted).
fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
}

/// What a UTF-16 CSV file is told, after its name and line 1.
pub(crate) const UTF16_ADVICE: &str = "this file is UTF-16, not UTF-8: save it as UTF-8 (in Excel, \"CSV UTF-8\"), or convert it with `iconv -f UTF-16 -t UTF-8`";

/// What a UTF-16 JSONL file is told: Excel writes no JSONL.
pub(crate) const UTF16_JSONL_ADVICE: &str = "this file is UTF-16, not UTF-8: write it as UTF-8, or convert it with `iconv -f UTF-16 -t UTF-8`";

/// Whether `head`, the first bytes of a file, are UTF-16 text: a byte order mark
/// (`FF FE`, `FE FF`), or, without one, a NUL every other byte (ASCII text in UTF-16),
/// which UTF-8 text never has.
pub(crate) fn is_utf16(head: &[u8]) -> bool {
    if head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]) {
        return true;
    }
    let pairs: Vec<&[u8]> = head.chunks_exact(2).take(32).collect();
    let nul_at = |i: usize| pairs.iter().all(|p| p[i] == 0 && p[1 - i] != 0);
    pairs.len() >= 2 && (nul_at(0) || nul_at(1))
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
