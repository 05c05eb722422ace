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

use super::reader::ReadError;

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
    /// The name used in diagnostics: the path, `-` for stdin, or a memory input's name.
    pub fn display_path(&self) -> PathBuf {
        match self {
            Input::Path(p) => p.clone(),
            Input::Stdin => PathBuf::from("-"),
            Input::Memory { name, .. } => name.clone(),
        }
    }
}

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

/// Expands arguments into inputs: `-` is stdin, a directory is its transcript files.
pub fn expand_inputs(args: &[PathBuf]) -> Result<Vec<Input>, ReadError> {
    let mut inputs = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let meta = std::fs::metadata(arg).map_err(|source| ReadError::Open {
            path: arg.clone(),
            source,
        })?;
        if meta.is_dir() {
            let mut files = Vec::new();
            let entries = std::fs::read_dir(arg).map_err(|source| ReadError::Open {
                path: arg.clone(),
                source,
            })?;
            for entry in entries {
                let entry = entry.map_err(|source| ReadError::Open {
                    path: arg.clone(),
                    source,
                })?;
                let name = entry.file_name().to_string_lossy().to_lowercase();
                if !name.starts_with('.')
                    && EXTENSIONS.iter().any(|ext| name.ends_with(ext))
                    && entry.path().is_file()
                {
                    files.push(entry.path());
                }
            }
            if files.is_empty() {
                return Err(ReadError::EmptyDirectory(arg.clone()));
            }
            files.sort();
            inputs.extend(files.into_iter().map(Input::Path));
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
    Ok(inputs)
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
            let file = File::open(p).map_err(|source| ReadError::Open {
                path: p.clone(),
                source,
            })?;
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
    let mut buffered = BufReader::with_capacity(256 * 1024, counted);
    let head = buffered.fill_buf().map_err(|source| ReadError::Io {
        path: path.clone(),
        line: 0,
        source,
    })?;
    let gzip = head.starts_with(&[0x1f, 0x8b]);
    let mut reader: Box<dyn BufRead + Send> = if gzip {
        Box::new(BufReader::with_capacity(
            256 * 1024,
            flate2::bufread::MultiGzDecoder::new(buffered),
        ))
    } else {
        Box::new(buffered)
    };
    let format = match forced.or_else(|| format_from_name(&path)) {
        Some(format) => format,
        None => {
            let head = reader.fill_buf().map_err(|source| ReadError::Io {
                path: path.clone(),
                line: 0,
                source,
            })?;
            let first = head
                .strip_prefix("\u{feff}".as_bytes())
                .unwrap_or(head)
                .iter()
                .find(|b| !b.is_ascii_whitespace());
            if first == Some(&b'{') {
                InputFormat::Jsonl
            } else {
                InputFormat::Csv
            }
        }
    };
    Ok(Opened { reader, format })
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
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_names() {
        assert_eq!(format_from_name(Path::new("a.csv")), Some(InputFormat::Csv));
        assert_eq!(
            format_from_name(Path::new("a.CSV.gz")),
            Some(InputFormat::Csv)
        );
        assert_eq!(
            format_from_name(Path::new("a.ndjson")),
            Some(InputFormat::Jsonl)
        );
        assert_eq!(format_from_name(Path::new("export")), None);
    }

    #[test]
    fn directories_expand_to_sorted_transcripts() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.csv", "a.jsonl", "c.csv.gz", "notes.md", ".hidden.csv"] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let inputs = expand_inputs(&[dir.path().to_owned(), PathBuf::from("-")]).unwrap();
        let names: Vec<_> = inputs
            .iter()
            .map(|i| match i {
                Input::Path(p) => p.file_name().unwrap().to_string_lossy().into_owned(),
                other => other.display_path().to_string_lossy().into_owned(),
            })
            .collect();
        assert_eq!(names, ["a.jsonl", "b.csv", "c.csv.gz", "-"]);
    }

    #[test]
    fn missing_paths_are_errors() {
        assert!(matches!(
            expand_inputs(&[PathBuf::from("/no/such/file.csv")]),
            Err(ReadError::Open { .. })
        ));
    }
}
