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
            // Read once, stdin is empty the second time: said, as for a file.
            if inputs.contains(&Input::Stdin) {
                return Err(ReadError::StdinTwice);
            }
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
                if name.starts_with('.') || !EXTENSIONS.iter().any(|ext| name.ends_with(ext)) {
                    continue;
                }
                // A transcript that cannot be reached (a dangling symlink, a directory
                // that cannot be searched) is an error, not a shard silently left out.
                let path = entry.path();
                let meta = std::fs::metadata(&path).map_err(|source| ReadError::Open {
                    path: path.clone(),
                    source,
                })?;
                if meta.is_file() {
                    files.push(path);
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
    let mut reader: Box<dyn BufRead + Send> = if is_gzip(head) {
        Box::new(BufReader::with_capacity(
            256 * 1024,
            flate2::bufread::MultiGzDecoder::new(buffered),
        ))
    } else {
        Box::new(buffered)
    };
    // Excel's "Unicode Text" export: read as bytes, its header would be `c\0o\0n…`.
    let head = reader.fill_buf().map_err(|source| ReadError::Io {
        path: path.clone(),
        line: 0,
        source,
    })?;
    if is_utf16(head) {
        return Err(ReadError::Utf16(path));
    }
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

/// Whether `head`, the first bytes of a file, start gzip data (its magic bytes: a
/// name ending `.gz` is neither needed nor trusted).
fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
}

/// `input`, gunzipped when it is gzip data, as transcripts are read: for the other files
/// handoff reads rows from (contacts, labels), so that an export kept compressed is read
/// alike whichever flag names it.
pub(crate) fn gunzipped<'a, R: BufRead + 'a>(mut input: R) -> io::Result<Box<dyn BufRead + 'a>> {
    Ok(if is_gzip(input.fill_buf()?) {
        Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(input)))
    } else {
        Box::new(input)
    })
}

/// What a UTF-16 file is told, after its name and line 1.
pub(crate) const UTF16_ADVICE: &str = "this file is UTF-16, not UTF-8: save it as UTF-8 (in Excel, \"CSV UTF-8\"), or convert it with `iconv -f UTF-16 -t UTF-8`";

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

    /// Review: a UTF-16 file (Excel's "Unicode Text") got an error quoting `c\0o\0n…`.
    #[test]
    fn utf16_is_recognised_by_its_byte_order_mark_or_its_nuls() {
        let utf16 = |text: &str, big: bool| -> Vec<u8> {
            text.encode_utf16()
                .flat_map(|u| {
                    if big {
                        u.to_be_bytes()
                    } else {
                        u.to_le_bytes()
                    }
                })
                .collect()
        };
        for big in [false, true] {
            assert!(is_utf16(&utf16("\u{feff}conversation_id,role", big)));
            assert!(is_utf16(&utf16("conversation_id,role,text\n", big)));
            assert!(is_utf16(&utf16("{\"conversation_id\": 1}", big)));
        }
        assert!(!is_utf16(b"conversation_id,role,text\n"));
        assert!(!is_utf16("\u{feff}conversation_id".as_bytes()));
        assert!(
            !is_utf16(b"a\0b\0c,role,text\n"),
            "a few NULs in UTF-8 text"
        );
        assert!(!is_utf16(b"a\0"), "too short to tell");
        assert!(!is_utf16(b""));
        let err = open(
            &Input::Memory {
                name: PathBuf::from("u16.csv"),
                bytes: utf16("\u{feff}conversation_id,role,text\n", false).into(),
            },
            None,
            &Arc::new(AtomicU64::new(0)),
        )
        .err()
        .unwrap();
        assert_eq!(
            err.to_string(),
            "u16.csv:1: this file is UTF-16, not UTF-8: save it as UTF-8 (in Excel, \"CSV UTF-8\"), or convert it with `iconv -f UTF-16 -t UTF-8`"
        );
    }

    /// Review: a dangling symlink in a directory of transcripts was skipped silently.
    #[cfg(unix)]
    #[test]
    fn a_dangling_symlink_in_a_directory_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.csv"), "").unwrap();
        let link = dir.path().join("b.csv");
        std::os::unix::fs::symlink("/nonexistent/b.csv", &link).unwrap();
        let err = expand_inputs(&[dir.path().to_owned()]).unwrap_err();
        assert!(
            matches!(&err, ReadError::Open { path, .. } if *path == link),
            "{err}"
        );
        assert_eq!(
            err.to_string(),
            format!("cannot open transcript {}", link.display())
        );
        // A symlink to a transcript is read, as the file it names.
        let elsewhere = tempfile::tempdir().unwrap();
        std::fs::write(elsewhere.path().join("b.csv"), "").unwrap();
        std::fs::remove_file(&link).unwrap();
        std::os::unix::fs::symlink(elsewhere.path().join("b.csv"), &link).unwrap();
        assert_eq!(expand_inputs(&[dir.path().to_owned()]).unwrap().len(), 2);
    }

    /// Review: `- -` read stdin twice, the second time empty, without a word.
    #[test]
    fn stdin_given_twice_is_an_error() {
        let err = expand_inputs(&[PathBuf::from("-"), PathBuf::from("-")]).unwrap_err();
        assert!(matches!(err, ReadError::StdinTwice), "{err}");
        assert_eq!(
            err.to_string(),
            "`-` (stdin) is given twice: it can be read only once"
        );
    }

    #[test]
    fn missing_paths_are_errors() {
        assert!(matches!(
            expand_inputs(&[PathBuf::from("/no/such/file.csv")]),
            Err(ReadError::Open { .. })
        ));
    }
}
