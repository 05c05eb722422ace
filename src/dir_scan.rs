//! Scanning a directory given as input (of transcripts, rule files or rule tests): a
//! directory and what its inputs are named like → its files named so, and what it leaves
//! out that is named so: entries that are not files (D016) and hidden files (D017). Not
//! recursive; reads no file and says nothing itself: each caller words its own warnings
//! and errors.

use std::io;
use std::path::{Path, PathBuf};

use crate::transcript::explain_open_error;

/// What a directory holds that is named like an input.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// Its files named like inputs, sorted (a symbolic link to a file is one).
    pub(crate) files: Vec<PathBuf>,
    /// Its entries named like inputs that are not files, sorted, each with what it is
    /// ([`entry_kind`]): left out (D016).
    pub(crate) not_files: Vec<(PathBuf, &'static str)>,
    /// Its entries whose names start with `.` and are otherwise named like inputs
    /// (`.overrides.yaml`, `.x.csv`), sorted: left out, as editors' backup and lock files
    /// are (D017).
    pub(crate) hidden: Vec<PathBuf>,
    /// What each of `hidden` is, in its order ([`hidden_kind`]: `a hidden file`, `a
    /// hidden directory`…), for D017 to say.
    pub(crate) hidden_kinds: Vec<&'static str>,
    /// Its other files, not hidden and not named like inputs (`x.tsv`, `README.md`),
    /// sorted: not read, for a caller to say so.
    pub(crate) others: Vec<PathBuf>,
}

/// Why a directory could not be scanned: it, or an entry named like an input that
/// cannot be reached (a dangling symlink, said to be one), cannot be read.
#[derive(Debug)]
pub(crate) struct ScanError {
    pub(crate) path: PathBuf,
    pub(crate) source: io::Error,
}

/// Why a scanned directory has no file to read, for its error to say: the first entry
/// named like an input that is not a file, else its hidden files, else nothing at all.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum NoFile {
    NotAFile { entry: PathBuf, what: &'static str },
    OnlyHidden(Vec<PathBuf>),
    Empty,
}

impl Scan {
    /// `None` when the directory has a file to read; else why not ([`NoFile`]).
    pub(crate) fn no_file(&self) -> Option<NoFile> {
        if !self.files.is_empty() {
            return None;
        }
        Some(match (self.not_files.first(), self.hidden.is_empty()) {
            (Some((entry, what)), _) => NoFile::NotAFile {
                entry: entry.clone(),
                what,
            },
            (None, false) => NoFile::OnlyHidden(self.hidden.clone()),
            (None, true) => NoFile::Empty,
        })
    }
}

/// Hidden files as an error names them: the first three, then how many more.
pub(crate) fn listed(paths: &[PathBuf]) -> String {
    const SHOWN: usize = 3;
    let mut shown: Vec<String> = paths
        .iter()
        .take(SHOWN)
        .map(|p| p.display().to_string())
        .collect();
    if paths.len() > SHOWN {
        shown.push(format!("and {} more", paths.len() - SHOWN));
    }
    shown.join(", ")
}

/// Scans `dir`, whose inputs are the entries `named` accepts (a test that refuses names
/// starting with `.`: a hidden entry is one it accepts without its leading dots).
pub(crate) fn scan(dir: &Path, named: fn(&str) -> bool) -> Result<Scan, ScanError> {
    let failed = |path: &Path, source| ScanError {
        path: path.to_owned(),
        source,
    };
    let mut scan = Scan::default();
    for entry in std::fs::read_dir(dir).map_err(|source| failed(dir, source))? {
        let entry = entry.map_err(|source| failed(dir, source))?;
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !named(&name) {
            // `.#x.csv` is an editor's lock (often a dangling link), not a transcript
            // hidden: with the others, where it gets the note a backup of data gets.
            if name.starts_with(".#") {
                if std::fs::symlink_metadata(&path).is_ok_and(|m| !m.is_dir()) {
                    scan.others.push(path);
                }
            } else if name.starts_with('.') {
                if named(name.trim_start_matches('.')) {
                    scan.hidden.push(path);
                }
            } else if std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
                scan.others.push(path);
            }
            continue;
        }
        // An input that cannot be reached (a dangling symlink, a directory that cannot
        // be searched) is an error naming it, not one silently left out.
        let meta = std::fs::metadata(&path)
            .map_err(|source| failed(&path, explain_open_error(&path, source)))?;
        if meta.is_file() {
            scan.files.push(path);
        } else {
            scan.not_files.push((path, entry_kind(meta.file_type())));
        }
    }
    scan.files.sort();
    scan.not_files.sort();
    scan.hidden.sort();
    scan.others.sort();
    scan.hidden_kinds = scan.hidden.iter().map(|p| hidden_kind(p)).collect();
    Ok(scan)
}

/// What a hidden entry is, as D017 says it: `a hidden file`, or, for one that is not
/// a file (a directory named `.shards.csv`), `a hidden directory`, `a hidden FIFO (named
/// pipe)`… An entry that cannot be reached (a dangling symlink) is named a file, as it
/// is named.
pub(crate) fn hidden_kind(path: &Path) -> &'static str {
    let Ok(meta) = std::fs::metadata(path) else {
        return "a hidden file";
    };
    if meta.is_file() {
        return "a hidden file";
    }
    match entry_kind(meta.file_type()) {
        "a directory" => "a hidden directory",
        "a FIFO (named pipe)" => "a hidden FIFO (named pipe)",
        "a socket" => "a hidden socket",
        "a device" => "a hidden device",
        _ => "a hidden entry, neither a file nor a directory",
    }
}

/// What a directory entry that is not a file is, for D016.
pub(crate) fn entry_kind(file_type: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
    }
    if file_type.is_dir() {
        "a directory"
    } else {
        "neither a file nor a directory"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> bool {
        !name.starts_with('.') && name.to_ascii_lowercase().ends_with(".csv")
    }

    #[test]
    fn files_not_files_and_hidden_ones_are_told_apart_and_sorted() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "b.csv", "A.CSV", "notes.md", ".x.csv", "..y.csv", ".csv", "csv",
        ] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        std::fs::create_dir(dir.path().join("shards.csv")).unwrap();
        let scan = scan(dir.path(), named).unwrap();
        let names = |paths: &[PathBuf]| -> Vec<String> {
            paths
                .iter()
                .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(names(&scan.files), ["A.CSV", "b.csv"]);
        assert_eq!(
            scan.not_files,
            [(dir.path().join("shards.csv"), "a directory")]
        );
        assert_eq!(names(&scan.hidden), ["..y.csv", ".x.csv"]);
        // Files named otherwise, but hidden ones (`.csv` is named `csv` once its dot is
        // trimmed: no input name, so neither hidden input nor other file).
        assert_eq!(names(&scan.others), ["csv", "notes.md"]);
        assert_eq!(scan.hidden_kinds, ["a hidden file", "a hidden file"]);
    }

    /// A hidden directory named like an input (`.shards.csv/`) was "a hidden
    /// file".
    #[test]
    fn a_hidden_directory_is_said_to_be_one() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join(".shards.csv")).unwrap();
        std::fs::write(dir.path().join(".x.csv"), "").unwrap();
        let scan = scan(dir.path(), named).unwrap();
        assert_eq!(
            scan.hidden,
            [dir.path().join(".shards.csv"), dir.path().join(".x.csv")]
        );
        assert_eq!(scan.hidden_kinds, ["a hidden directory", "a hidden file"]);
        assert_eq!(hidden_kind(&dir.path().join(".gone.csv")), "a hidden file");
    }

    /// A directory of only hidden inputs was "no rule files" (or transcript
    /// files), not saying they were there and left out.
    #[test]
    fn why_no_file_is_read_is_told() {
        let dir = tempfile::tempdir().unwrap();
        let no_file = || scan(dir.path(), named).unwrap().no_file();
        assert_eq!(no_file(), Some(NoFile::Empty));
        for name in [".d.csv", ".c.csv", ".b.csv", ".a.csv"] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let Some(NoFile::OnlyHidden(hidden)) = no_file() else {
            panic!("{:?}", no_file());
        };
        assert_eq!(
            listed(&hidden).replace(&format!("{}/", dir.path().display()), ""),
            ".a.csv, .b.csv, .c.csv, and 1 more"
        );
        std::fs::create_dir(dir.path().join("e.csv")).unwrap();
        assert_eq!(
            no_file(),
            Some(NoFile::NotAFile {
                entry: dir.path().join("e.csv"),
                what: "a directory"
            })
        );
        std::fs::write(dir.path().join("f.csv"), "").unwrap();
        assert_eq!(no_file(), None);
    }

    #[test]
    fn a_directory_that_cannot_be_read_is_named() {
        let err = scan(Path::new("/no/such/dir"), named).unwrap_err();
        assert_eq!(err.path, Path::new("/no/such/dir"));
    }
}
