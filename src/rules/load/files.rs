//! Reading rule files: a path → the rule files it names, in the order they are merged
//! (with a warning for each entry of a directory named like one that is not a file,
//! D016, and for each hidden file named like one, D017; the directory is scanned as a
//! transcript directory is, by `dir_scan`), and each file's text, or where its bytes stop
//! being UTF-8 ([`NotUtf8`]).
//! Refuses a file over [`MAX_RULE_FILE_BYTES`], files over [`MAX_RULE_SET_BYTES`]
//! together ([`SizeLimits`], for rule-test files too) and a path that cannot be read
//! ([`LoadError`]); parses nothing.

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Location};
use crate::dir_scan::{NoFile, Scan, ScanError};
use crate::transcript::explain_open_error;

use super::{LoadError, MAX_RULE_FILE_BYTES, MAX_RULE_SET_BYTES};

/// The rule files `path` names, in the order they are merged.
pub fn rule_files(path: &Path) -> Result<Vec<PathBuf>, LoadError> {
    rule_files_noting(path, YamlDir::Rules, &mut Vec::new())
}

/// What a directory of YAML files read by [`rule_files_noting`] holds, for the words of
/// its warnings: rules (`-r`) or rule tests (`handoff test PATH`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YamlDir {
    Rules,
    RuleTests,
}

impl YamlDir {
    /// The directory, as its warnings name it.
    fn name(self) -> &'static str {
        match self {
            YamlDir::Rules => "a rules directory",
            YamlDir::RuleTests => "a rule-tests directory",
        }
    }

    /// How an entry of it is given by its own path.
    fn own_path(self) -> &'static str {
        match self {
            YamlDir::Rules => "`-r PATH`",
            YamlDir::RuleTests => "`handoff test PATH`",
        }
    }
}

/// [`rule_files`], saying in `notes` each entry of a directory named like a rule file
/// that is not a file (a directory, a FIFO: D016) and each hidden one (D017), which are
/// left out, as a directory of transcripts says them; `kind` is what the directory
/// holds, for their help. A directory with no file but such entries is an error naming
/// them.
pub(crate) fn rule_files_noting(
    path: &Path,
    kind: YamlDir,
    notes: &mut Vec<Diagnostic>,
) -> Result<Vec<PathBuf>, LoadError> {
    // A symbolic link to nothing is there, and said to be one, with its target.
    let meta = std::fs::metadata(path).map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound && std::fs::symlink_metadata(path).is_err()
        {
            LoadError::NotFound(path.to_owned())
        } else {
            LoadError::Io {
                path: path.to_owned(),
                source: explain_open_error(path, source),
            }
        }
    })?;
    if !meta.is_dir() {
        return Ok(vec![path.to_owned()]);
    }
    let scan = crate::dir_scan::scan(path, is_rule_file_name)
        .map_err(|ScanError { path, source }| LoadError::Io { path, source })?;
    if let Some(no_file) = scan.no_file() {
        let dir = path.to_owned();
        return Err(match no_file {
            NoFile::NotAFile { entry, what } => LoadError::NoFileInDirectory { dir, entry, what },
            NoFile::OnlyHidden(hidden) => LoadError::OnlyHidden { dir, hidden },
            NoFile::Empty => LoadError::EmptyDirectory(dir),
        });
    }
    let Scan {
        files,
        not_files,
        hidden,
        hidden_kinds,
        // A rules directory holds its tests, fixtures and READMEs: not said.
        others: _,
    } = scan;
    notes.extend(not_files.into_iter().map(|(entry, what)| {
        Diagnostic::warning(
            "D016",
            format!("{} is {what}, not a file: left out", entry.display()),
        )
        .about(entry.clone())
        .help(if what == "a directory" {
            format!(
                "in {} only its files are read, not its subdirectories; move it out of the directory, or give it by its own path ({}) to read it",
                kind.name(),
                kind.own_path()
            )
        } else {
            // A FIFO, a socket, a device: no subdirectory to speak of.
            format!(
                "in {} only its files are read, not streams; give it by its own path ({}) to read it as one",
                kind.name(),
                kind.own_path()
            )
        })
    }));
    notes.extend(hidden.into_iter().zip(hidden_kinds).map(|(entry, what)| {
        let help = if what == "a hidden file" {
            format!(
                "files whose names start with `.` (editors' backup and lock files) are not read from {}; rename it without the leading `.` to read it",
                kind.name()
            )
        } else {
            format!(
                "entries whose names start with `.` are not read from {}, nor are its subdirectories; move it out of the directory, or give it by its own path ({}) to read it",
                kind.name(),
                kind.own_path()
            )
        };
        Diagnostic::warning("D017", format!("{} is {what}: left out", entry.display()))
            .about(entry)
            .help(help)
    }));
    Ok(files)
}

/// Whether a directory's entry named `name` is a rule file: `*.yaml` or `*.yml` in any
/// case (`teams.YAML`, as transcripts' `B.CSV` are read), not hidden.
pub(crate) fn is_rule_file_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    !name.starts_with('.') && (lower.ends_with(".yaml") || lower.ends_with(".yml"))
}

/// The size limits of YAML files that come from pull requests, rule files and rule-test
/// files alike (SECURITY.md): each file at most [`MAX_RULE_FILE_BYTES`], the files of a
/// run together at most [`MAX_RULE_SET_BYTES`]. One reader for both, so that the two
/// cannot drift apart; each says what is over in its own words.
#[derive(Debug, Default)]
pub(crate) struct SizeLimits {
    /// Bytes of the files read so far.
    total: u64,
    /// How many files they are.
    files: usize,
}

/// Why [`SizeLimits::read`] read no file.
#[derive(Debug)]
pub(crate) enum Unread {
    Io(std::io::Error),
    /// The file alone is over [`MAX_RULE_FILE_BYTES`]: its size.
    TooLarge(u64),
    /// The files read so far, this one included, are `size` bytes together, over
    /// [`MAX_RULE_SET_BYTES`].
    SetTooLarge {
        files: usize,
        size: u64,
    },
}

impl SizeLimits {
    /// The bytes of the file at `path`, when it is within both limits. A file that says
    /// its size is refused unread when it is over either; one that does not (a FIFO,
    /// `<(cat rules.yaml)`, a device: its size is 0) is read up to one byte past the
    /// limit of a file, never whole, and refused when it has that byte (its size then
    /// [`MAX_RULE_FILE_BYTES`] + 1, said "more than" the limit: [`said_size`]).
    pub(crate) fn read(&mut self, path: &Path) -> Result<Vec<u8>, Unread> {
        let file = std::fs::File::open(path).map_err(Unread::Io)?;
        let said = file.metadata().map_err(Unread::Io)?.len();
        if said > MAX_RULE_FILE_BYTES {
            return Err(Unread::TooLarge(said));
        }
        self.count(said)?;
        let bytes = read_at_most(file, MAX_RULE_FILE_BYTES)?;
        let read = bytes.len() as u64;
        // What the file did not say it had (a stream), counted now it is read.
        self.total -= said;
        self.files -= 1;
        self.count(read)?;
        Ok(bytes)
    }

    /// Counts a file of `size` bytes toward the total.
    fn count(&mut self, size: u64) -> Result<(), Unread> {
        self.total += size;
        self.files += 1;
        if self.total > MAX_RULE_SET_BYTES {
            return Err(Unread::SetTooLarge {
                files: self.files,
                size: self.total,
            });
        }
        Ok(())
    }
}

/// The bytes of one YAML file that is no rule file but is read as one is, within
/// [`MAX_RULE_FILE_BYTES`] (a mapping file, `.handoff.yaml`): refused unread when it says
/// it is larger, a stream (a FIFO, `/dev/zero`) read up to one byte past the limit.
pub(crate) fn read_one(path: &Path) -> Result<Vec<u8>, Unread> {
    SizeLimits::default().read(path)
}

/// The text of a mapping file or `.handoff.yaml`: its bytes as [`read_one`] reads them,
/// decoded as a rule file's are ([`decode_yaml`]), so that one saved as UTF-16 or not
/// UTF-8 is said so, where it is, with what to do ([`NotUtf8::mistake`]), where it was an
/// I/O error ("stream did not contain valid UTF-8") with no hint.
pub(crate) fn read_text(path: &Path) -> Result<Result<String, NotUtf8>, Unread> {
    read_one(path).map(decode_yaml)
}

/// At most `limit` bytes of `input`, read up to one byte past them, never whole: refused
/// with that size (`limit` + 1) when it has that byte. What bounds every file read
/// from a stream: rule and rule-test files, a mapping file, `.handoff.yaml`, a coverage
/// report to merge (its text, gunzipped).
pub(crate) fn read_at_most(input: impl std::io::Read, limit: u64) -> Result<Vec<u8>, Unread> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    input
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(Unread::Io)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(Unread::TooLarge(read));
    }
    Ok(bytes)
}

/// What its error says of a file over [`MAX_RULE_FILE_BYTES`]: `is 5000000 bytes; the
/// limit is 4 MiB (4194304 bytes)`, or `is over the limit of 4 MiB (4194304 bytes)` for
/// one byte past it, all that is read of a stream ([`SizeLimits::read`]).
pub(crate) fn said_size(size: u64) -> String {
    let limit = limit_in_words(MAX_RULE_FILE_BYTES);
    if size == MAX_RULE_FILE_BYTES + 1 {
        format!("is over the limit of {limit}")
    } else {
        format!("is {size} bytes; the limit is {limit}")
    }
}

/// A size limit as a reader reads it and as the bytes that say it exactly: `4 MiB
/// (4194304 bytes)`, `16 KiB (16384 bytes)`; a limit that is no whole number of KiB in
/// bytes alone (`4000 bytes`).
pub(crate) fn limit_in_words(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * KIB;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB ({bytes} bytes)", bytes / MIB)
    } else if bytes >= KIB && bytes.is_multiple_of(KIB) {
        format!("{} KiB ({bytes} bytes)", bytes / KIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// The text of a YAML file's bytes (a rule file's, a rule-test file's), or where they
/// stop being UTF-8: at the start when they are UTF-16 (saved as "Unicode" on Windows:
/// without a byte order mark it is valid UTF-8, and would fail to parse at its first
/// NUL).
pub(crate) fn decode_yaml(bytes: Vec<u8>) -> Result<String, NotUtf8> {
    if crate::transcript::is_utf16(&bytes) {
        return Err(NotUtf8 {
            text: String::from_utf8_lossy(&bytes).into_owned(),
            at: 0,
            utf16: true,
            binary: false,
        });
    }
    // An executable, an archive, a spreadsheet: said so, as a transcript is, not "not
    // valid UTF-8" with advice to save it as UTF-8.
    if crate::transcript::is_binary(&bytes) {
        return Err(NotUtf8 {
            text: String::from_utf8_lossy(&bytes).into_owned(),
            at: 0,
            utf16: false,
            binary: true,
        });
    }
    decode(bytes)
}

/// A file whose bytes are not UTF-8: reported like a file that does not parse, at the
/// line and column of the first bad byte, not refused as unreadable.
pub(crate) struct NotUtf8 {
    /// The text with bad bytes replaced, for the snippet.
    pub(crate) text: String,
    /// Byte offset of the first bad byte (the text before it is unchanged).
    at: usize,
    /// The file is UTF-16 (then `at` is 0).
    utf16: bool,
    /// The file's first bytes are binary ([`crate::transcript::is_binary`]; `at` is 0).
    binary: bool,
}

/// The text of a file's bytes, or where they stop being UTF-8.
fn decode(mut bytes: Vec<u8>) -> Result<String, NotUtf8> {
    lone_returns_as_feeds(&mut bytes);
    String::from_utf8(bytes).map_err(|e| NotUtf8 {
        at: e.utf8_error().valid_up_to(),
        text: String::from_utf8_lossy(e.as_bytes()).into_owned(),
        utf16: false,
        binary: false,
    })
}

/// Lines ended by a carriage return alone (classic Mac OS editors) ended by a line feed
/// instead. YAML reads either as a line break, and so does a scalar's text, but every
/// line and column said of the file counted line feeds: a file of such lines was one
/// line, its errors at `1:238`. A byte for a byte, so no offset moves, and an ASCII byte
/// for another, so the bytes are as much UTF-8 as before. `\r\n` stays as it is.
fn lone_returns_as_feeds(bytes: &mut [u8]) {
    let mut from = 0;
    while let Some(found) = memchr::memchr(b'\r', &bytes[from..]) {
        let at = from + found;
        if bytes.get(at + 1) != Some(&b'\n') {
            bytes[at] = b'\n';
        }
        from = at + 1;
    }
}

impl NotUtf8 {
    /// S001 at the first bad byte of the file at `path`, a `what` (`rule file`, `rule
    /// test file`), with what to do: save it as UTF-8; for a binary file, at the file,
    /// give the YAML file.
    pub(crate) fn diagnostic(&self, path: &Path, what: &str) -> Diagnostic {
        if self.binary {
            return Diagnostic::error(
                "S001",
                format!(
                    "{} is not a text file (YAML): its first bytes are binary",
                    path.display()
                ),
            )
            .about(path)
            .at(Location::line(path, 1))
            .help(format!(
                "give the {what} itself, a YAML file (.yaml, .yml) of text, not a binary (an executable, an archive, a spreadsheet)"
            ));
        }
        let (text, at) = (&self.text, self.at.min(self.text.len()));
        let before = text.get(..at).unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
        let message = if self.utf16 {
            "the file is UTF-16, not UTF-8 text"
        } else {
            "the file is not valid UTF-8 text"
        };
        Diagnostic::error("S001", message)
            .at(Location {
                path: path.to_owned(),
                line: u32::try_from(line).unwrap_or(u32::MAX),
                column: Some(u32::try_from(column).unwrap_or(u32::MAX)),
                range: Some(at..end),
            })
            .help(format!("save the {what} as UTF-8"))
    }

    /// [`NotUtf8::diagnostic`] as a mistake of a file whose mistakes are listed (a
    /// mapping file, `.handoff.yaml`): where, and what, its help as a `hint:` line.
    pub(crate) fn mistake(&self, path: &Path, what: &str) -> (Location, String) {
        let d = self.diagnostic(path, what);
        let location = d.location.unwrap_or_else(|| Location::line(path, 1));
        let mut message = d.message;
        for help in d.help {
            message = format!("{message}\n  hint: {help}");
        }
        (location, message)
    }
}

#[cfg(test)]
mod tests;
