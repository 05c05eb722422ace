//! Reading rule files: a path → the rule files it names, in the order they are merged
//! (with a warning for each entry of a directory named like one that is not a file,
//! D016, and for each hidden file named like one, D017; the directory is scanned as a
//! transcript directory is, by `dir_scan`), and each file's text, or where its bytes stop
//! being UTF-8 ([`NotUtf8`]).
//! Refuses a file over [`MAX_RULE_FILE_BYTES`] and a path that cannot be read
//! ([`LoadError`]); parses nothing.

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Location};
use crate::dir_scan::{NoFile, Scan, ScanError};
use crate::transcript::explain_open_error;

use super::{LoadError, MAX_RULE_FILE_BYTES};

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
    } = scan;
    notes.extend(not_files.into_iter().map(|(entry, what)| {
        Diagnostic::warning(
            "D016",
            format!("{} is {what}, not a file: left out", entry.display()),
        )
        .about(entry.clone())
        .help(format!(
            "in {} only its files are read, not its subdirectories; move it out of the directory, or give it by its own path ({}) to read it",
            kind.name(),
            kind.own_path()
        ))
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

pub(super) fn read(path: &Path) -> Result<Result<String, NotUtf8>, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_RULE_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size,
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    Ok(decode_yaml(bytes))
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
fn decode(bytes: Vec<u8>) -> Result<String, NotUtf8> {
    String::from_utf8(bytes).map_err(|e| NotUtf8 {
        at: e.utf8_error().valid_up_to(),
        text: String::from_utf8_lossy(e.as_bytes()).into_owned(),
        utf16: false,
        binary: false,
    })
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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::write(dir.join(name), text).unwrap();
    }

    #[test]
    fn directory_files_are_sorted_and_filtered() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "b.yaml", "version: 1\n");
        write(dir.path(), "a.yml", "version: 1\n");
        write(dir.path(), "notes.txt", "not rules");
        write(dir.path(), ".hidden.yaml", "version: 1\n");
        // `teams.YAML` was left out silently, where transcripts read `B.CSV`.
        write(dir.path(), "teams.YAML", "version: 1\n");
        write(dir.path(), "C.Yml", "version: 1\n");
        write(dir.path(), "yaml", "not rules");
        let files = rule_files(dir.path()).unwrap();
        let names: Vec<_> = files
            .iter()
            .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["C.Yml", "a.yml", "b.yaml", "teams.YAML"]);
    }

    /// A dangling symlink in a rules directory was skipped silently (a symlink
    /// to a rule file too): the set then lacked, say, its teams.
    #[cfg(unix)]
    #[test]
    fn a_dangling_symlink_is_an_error_naming_it_and_a_symlink_to_a_file_is_read() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.yaml", "version: 1\n");
        let link = dir.path().join("teams.yaml");
        std::os::unix::fs::symlink("/nonexistent/teams.yaml", &link).unwrap();
        let err = rule_files(dir.path()).unwrap_err();
        assert!(
            matches!(&err, LoadError::Io { path, .. } if *path == link),
            "{err}"
        );
        assert_eq!(
            err.to_string(),
            format!("cannot read rules from {}", link.display())
        );
        std::fs::remove_file(&link).unwrap();
        std::os::unix::fs::symlink(dir.path().join("a.yaml"), &link).unwrap();
        assert_eq!(
            rule_files(dir.path()).unwrap(),
            [dir.path().join("a.yaml"), link]
        );
    }

    /// A rule file saved as UTF-16 without a byte order mark failed at its first
    /// NUL ("unexpected character"), and with one was "not valid UTF-8 text".
    #[test]
    fn a_utf16_rule_file_is_said_to_be_utf16() {
        let dir = tempfile::tempdir().unwrap();
        for (name, bom) in [("le.yaml", ""), ("bom.yaml", "\u{feff}")] {
            let path = dir.path().join(name);
            let bytes: Vec<u8> = format!("{bom}version: 1\n")
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect();
            std::fs::write(&path, bytes).unwrap();
            let Ok(Err(bad)) = read(&path) else {
                panic!("{name}: not refused as UTF-16");
            };
            let d = bad.diagnostic(&path, "rule file");
            assert_eq!(d.message, "the file is UTF-16, not UTF-8 text");
            let at = d.location.unwrap();
            assert_eq!((at.line, at.column), (1, Some(1)), "{name}");
        }
    }

    /// A binary file was "not valid UTF-8 text", to be saved as UTF-8; text in Latin-1
    /// still is.
    #[test]
    fn a_binary_file_is_said_to_be_binary_and_latin1_text_not_utf8() {
        let Err(bad) = decode_yaml(b"\x7fELF\x02\x01\x01\0\0\0\0\0\xff\0\0".to_vec()) else {
            panic!("binary read as text");
        };
        let d = bad.diagnostic(Path::new("rules"), "rule file");
        assert_eq!(
            d.message,
            "rules is not a text file (YAML): its first bytes are binary"
        );
        assert!(
            d.help[0].starts_with("give the rule file itself"),
            "{:?}",
            d.help
        );
        let Err(bad) = decode_yaml(b"version: 1\n# caf\xe9\n".to_vec()) else {
            panic!("Latin-1 read as UTF-8");
        };
        let d = bad.diagnostic(Path::new("a.yaml"), "rule file");
        assert_eq!(d.message, "the file is not valid UTF-8 text");
        assert_eq!(d.help, ["save the rule file as UTF-8"]);
    }

    /// A directory or a FIFO named `*.yaml` in a rules directory was left out
    /// without a word (transcript directories say D016). It is said, as there; a
    /// directory with nothing else is an error naming it.
    #[cfg(unix)]
    #[test]
    fn a_directory_or_fifo_named_like_a_rule_file_is_said_and_left_out() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.yaml", "version: 1\n");
        std::fs::create_dir(dir.path().join("more.yaml")).unwrap();
        let fifo = dir.path().join("pipe.yml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        let fifo = made.is_ok_and(|s| s.success()).then_some(fifo);
        let mut notes = Vec::new();
        let files = rule_files_noting(dir.path(), YamlDir::Rules, &mut notes).unwrap();
        assert_eq!(files, [dir.path().join("a.yaml")]);
        let said: Vec<String> = notes
            .iter()
            .map(|d| {
                format!("{} {}", d.code.unwrap_or_default(), d.message)
                    .replace(&format!("{}/", dir.path().display()), "")
            })
            .collect();
        let mut expected = vec!["D016 more.yaml is a directory, not a file: left out"];
        if fifo.is_some() {
            expected.push("D016 pipe.yml is a FIFO (named pipe), not a file: left out");
        }
        assert_eq!(said, expected);
        assert!(
            notes
                .iter()
                .all(|d| d.severity == crate::diag::Severity::Warning)
        );
        // Loading carries them to the rule set, for the commands to print.
        let rules = crate::rules::load_rule_set(dir.path()).unwrap();
        assert_eq!(rules.notes.len(), expected.len());
        // Nothing but such entries: an error naming one.
        std::fs::remove_file(dir.path().join("a.yaml")).unwrap();
        let err = rule_files(dir.path()).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "no rule files in directory {}: {} is a directory, not a file",
                dir.path().display(),
                dir.path().join("more.yaml").display()
            )
        );
    }

    /// A directory of only hidden rule files was "no rule files", as if empty.
    #[test]
    fn a_directory_of_only_hidden_rule_files_says_so() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), ".teams.yaml", "version: 1\n");
        let err = rule_files(dir.path()).unwrap_err();
        assert!(matches!(&err, LoadError::OnlyHidden { hidden, .. } if hidden.len() == 1));
        assert_eq!(
            err.to_string(),
            format!(
                "no rule files in directory {}: only hidden ones ({}), which are not read\n  hint: rename a file without the leading `.` to read it",
                dir.path().display(),
                dir.path().join(".teams.yaml").display()
            )
        );
    }

    #[test]
    fn empty_directory_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            rule_files(dir.path()),
            Err(LoadError::EmptyDirectory(_))
        ));
    }

    #[test]
    fn missing_path_is_not_found() {
        assert!(matches!(
            rule_files(Path::new("/no/such/rules")),
            Err(LoadError::NotFound(_))
        ));
    }
}
