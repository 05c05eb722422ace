//! Loading: a path to rule files → parsed [`RawRuleFile`]s, with their sources.
//!
//! A path is one YAML file or a directory whose `*.yaml`/`*.yml` files (not recursive,
//! hidden files skipped) are read in sorted order. Files that cannot be read stop the load
//! ([`LoadError`]); files that do not parse, or are not UTF-8, become diagnostics, so every
//! broken file is reported in one run, with every schema error in it (`recover`).

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, FileId, Location, Sources};
use crate::yaml::{self, YamlErrorKind};

use super::recover::{self, Unparsed};
use super::schema::RawRuleFile;

/// Rule files larger than this are refused: rules come from pull requests, and a
/// multi-megabyte rule file is a mistake or an attack.
pub const MAX_RULE_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// The same for all the files of a rule set together.
pub const MAX_RULE_SET_BYTES: u64 = 16 * 1024 * 1024;

/// The parsed files of a rule set, before validation.
#[derive(Debug, Default)]
pub struct Loaded {
    pub sources: Sources,
    pub files: Vec<(FileId, RawRuleFile)>,
    /// Parse errors: every schema error, or the one syntax error of a file.
    pub diagnostics: Vec<Diagnostic>,
    /// Ids of definitions that did not parse: references to them are not errors too.
    pub unparsed: Unparsed,
}

/// Why rule files could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("rules not found at {}", .0.display())]
    NotFound(PathBuf),
    #[error("cannot read rules from {}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("no rule files (*.yaml, *.yml) in directory {}", .0.display())]
    EmptyDirectory(PathBuf),
    #[error("rule file {} is {size} bytes; the limit is {MAX_RULE_FILE_BYTES}", .path.display())]
    TooLarge { path: PathBuf, size: u64 },
    #[error("the rule files in {} are {size} bytes together; the limit is {MAX_RULE_SET_BYTES}", .path.display())]
    SetTooLarge { path: PathBuf, size: u64 },
}

/// Reads and parses the rule files at `path`.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let mut texts = Vec::new();
    let mut total = 0u64;
    for file in rule_files(path)? {
        let text = read(&file)?;
        total += text.as_ref().map_or_else(|bad| bad.text.len(), String::len) as u64;
        if total > MAX_RULE_SET_BYTES {
            return Err(LoadError::SetTooLarge {
                path: path.to_owned(),
                size: total,
            });
        }
        texts.push((file, text));
    }
    Ok(parse_read(texts))
}

/// A file whose bytes are not UTF-8: reported like a file that does not parse, at the
/// line and column of the first bad byte, not refused as unreadable.
pub(crate) struct NotUtf8 {
    /// The text with bad bytes replaced, for the snippet.
    pub(crate) text: String,
    /// Byte offset of the first bad byte (the text before it is unchanged).
    at: usize,
}

/// The text of a file's bytes, or where they stop being UTF-8.
pub(crate) fn decode(bytes: Vec<u8>) -> Result<String, NotUtf8> {
    String::from_utf8(bytes).map_err(|e| NotUtf8 {
        at: e.utf8_error().valid_up_to(),
        text: String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

impl NotUtf8 {
    /// S001 at the first bad byte of the file at `path`.
    pub(crate) fn diagnostic(&self, path: &Path) -> Diagnostic {
        let (text, at) = (&self.text, self.at.min(self.text.len()));
        let before = text.get(..at).unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
        Diagnostic::error("S001", "the file is not valid UTF-8 text").at(Location {
            path: path.to_owned(),
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: Some(u32::try_from(column).unwrap_or(u32::MAX)),
            range: Some(at..end),
        })
    }
}

/// Parses rule files already in memory, in the order given.
pub fn parse(files: Vec<(PathBuf, String)>) -> Loaded {
    parse_read(files.into_iter().map(|(p, t)| (p, Ok(t))).collect())
}

fn parse_read(files: Vec<(PathBuf, Result<String, NotUtf8>)>) -> Loaded {
    let mut loaded = Loaded::default();
    for (path, text) in files {
        let text = match text {
            Ok(text) => text,
            Err(bad) => {
                let d = bad.diagnostic(&path).help("save the rule file as UTF-8");
                // Its names need not be in the text decoded with bad bytes replaced (UTF-16,
                // Latin-1): it may define any.
                loaded.unparsed.lose_file(&path, None);
                loaded.sources.add(path, bad.text);
                loaded.diagnostics.push(d);
                continue;
            }
        };
        // Only comments and blank lines: say what a rule file needs, not "end of input".
        let blank = text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
        if blank {
            loaded.sources.add(path.clone(), text);
            loaded.diagnostics.push(
                Diagnostic::error(
                    "S004",
                    "the rule file is empty: expected `version: 1` and signals, triggers, routes or teams",
                )
                .at(Location::line(&path, 1)),
            );
            continue;
        }
        let mut parsed = recover::parse(&text);
        if parsed.file.is_none() {
            loaded.unparsed.lose_file(&path, Some(&text));
        }
        for unread in &mut parsed.unparsed.unread {
            unread.path.clone_from(&path);
        }
        let id = loaded.sources.add(path.clone(), text);
        loaded.files.extend(parsed.file.map(|raw| (id, raw)));
        loaded
            .diagnostics
            .extend(parsed.errors.iter().map(|err| yaml_diagnostic(&path, err)));
        loaded.unparsed.extend(parsed.unparsed);
    }
    loaded
}

/// The rule files `path` names, in the order they are merged.
pub fn rule_files(path: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let meta = std::fs::metadata(path).map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            LoadError::NotFound(path.to_owned())
        } else {
            LoadError::Io {
                path: path.to_owned(),
                source,
            }
        }
    })?;
    if !meta.is_dir() {
        return Ok(vec![path.to_owned()]);
    }
    let io = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).map_err(io)? {
        let entry = entry.map_err(io)?;
        let file = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let is_yaml = name.ends_with(".yaml") || name.ends_with(".yml");
        if is_yaml && !name.starts_with('.') && entry.file_type().map_err(io)?.is_file() {
            files.push(file);
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(LoadError::EmptyDirectory(path.to_owned()));
    }
    Ok(files)
}

fn read(path: &Path) -> Result<Result<String, NotUtf8>, LoadError> {
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
    Ok(decode(std::fs::read(path).map_err(io)?))
}

/// A YAML error as a diagnostic with a stable code chosen by what went wrong.
pub(crate) fn yaml_diagnostic(path: &Path, err: &yaml::YamlError) -> Diagnostic {
    let m = err.message.as_str();
    let code = match err.kind {
        YamlErrorKind::Syntax => "S001",
        YamlErrorKind::UnknownField => "S002",
        YamlErrorKind::WrongType => "S003",
        YamlErrorKind::MissingField => "S004",
        YamlErrorKind::DuplicateKey => "S006",
        YamlErrorKind::OverLimit => "S009",
    };
    let location = Location {
        path: path.to_owned(),
        line: err.line.max(1),
        column: Some(err.column.max(1)),
        range: (err.line > 0).then_some(err.start..err.end),
    };
    let mut d = Diagnostic::error(code, m.to_owned()).at(location);
    if code == "S004" && m.contains("`version`") {
        d = d.help("every rule file starts with `version: 1`");
    }
    if let Some(suggestion) = suggest_field(m) {
        d = d.help(suggestion);
    }
    d
}

/// "did you mean" for serde's "unknown field `phrazes`, expected one of id, phrases, …":
/// a name written in another case (`High`), one other tools use for it (`eq` for
/// `equals`), or one a typo away.
pub(crate) fn suggest_field(message: &str) -> Option<String> {
    /// Names of other rule formats and languages, and what this one calls them.
    const SYNONYMS: &[(&str, &str)] = &[
        ("contains", "matches"),
        ("eq", "equals"),
        ("equal", "equals"),
        ("ge", "gte"),
        ("is", "equals"),
        ("le", "lte"),
        ("one_of", "in"),
        ("regex", "matches"),
    ];
    let name = message.split('`').nth(1)?;
    let expected = message.split_once("expected one of ")?.1;
    let candidates: Vec<&str> = expected.split(", ").map(|c| c.trim_matches('`')).collect();
    if let Some(c) = candidates.iter().find(|c| c.eq_ignore_ascii_case(name)) {
        return Some(format!(
            "did you mean `{c}`? (names are written in lower case)"
        ));
    }
    let lower = name.to_ascii_lowercase();
    if let Some((_, ours)) = SYNONYMS
        .iter()
        .find(|(theirs, ours)| *theirs == lower && candidates.contains(ours))
    {
        return Some(format!("did you mean `{ours}`?"));
    }
    crate::diag::did_you_mean(name, candidates).map(|s| format!("did you mean `{s}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Review: `severity: High` and a meta test's `eq:` got no suggestion.
    #[test]
    fn a_name_in_another_case_or_of_another_tool_is_suggested() {
        assert_eq!(
            suggest_field("unknown variant `High`, expected one of low, medium, high, critical")
                .as_deref(),
            Some("did you mean `high`? (names are written in lower case)")
        );
        assert_eq!(
            suggest_field("unknown field `eq`, expected one of field, equals, in, gt, gte")
                .as_deref(),
            Some("did you mean `equals`?")
        );
        assert_eq!(
            suggest_field("unknown field `phrazes`, expected one of id, phrases").as_deref(),
            Some("did you mean `phrases`?")
        );
        assert_eq!(
            suggest_field("unknown field `zzz`, expected one of id, phrases"),
            None
        );
    }

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
        let files = rule_files(dir.path()).unwrap();
        let names: Vec<_> = files
            .iter()
            .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.yml", "b.yaml"]);
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

    #[test]
    fn parse_errors_become_coded_diagnostics() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "a.yaml",
            "version: 1\nsignals:\n  - id: x\n    phrase: [a]\n",
        );
        write(dir.path(), "b.yaml", "signals: []\n");
        write(dir.path(), "c.yaml", "version: 1\nversion: 1\n");
        write(dir.path(), "d.yaml", "version: 1\nsignals: [\n");
        let loaded = load(dir.path()).unwrap();
        let codes: Vec<_> = loaded.diagnostics.iter().map(|d| d.code.unwrap()).collect();
        assert_eq!(codes, ["S002", "S004", "S006", "S001"]);
        assert_eq!(loaded.diagnostics[0].help, ["did you mean `phrases`?"]);
        let first = loaded.diagnostics[0].location.as_ref().unwrap();
        assert_eq!((first.line, first.column), (4, Some(5)));
        // What parsed of the files with schema errors is kept, to be validated too; the
        // file with a syntax error gives nothing.
        assert_eq!(loaded.files.len(), 3);
    }

    /// One diagnostic for `text`: code, message, line, column.
    fn diagnose(text: &str) -> (&'static str, String, u32, u32) {
        let loaded = parse(vec![(PathBuf::from("r.yaml"), text.to_owned())]);
        let [d] = loaded.diagnostics.as_slice() else {
            panic!("one diagnostic expected: {:?}", loaded.diagnostics)
        };
        let loc = d.location.as_ref().unwrap();
        (
            d.code.unwrap(),
            d.message.clone(),
            loc.line,
            loc.column.unwrap(),
        )
    }

    /// QA: shape errors said "data did not match any variant of untagged enum
    /// `PhraseEntry`" (as S001), "invalid u32", "expected string key for externally tagged
    /// enum"; a missing field pointed at the last key of the mapping.
    #[test]
    fn shape_errors_say_what_was_expected_where() {
        let signal = "version: 1\nsignals:\n  - id: s\n";
        let phrase = "expected a phrase: a string, or { phrase, weight }";
        for (entry, found) in [
            ("5", "the number 5"),
            ("~", "nothing (`~` or an empty value)"),
            ("[a]", "a list"),
        ] {
            let (code, message, line, column) =
                diagnose(&format!("{signal}    phrases: [{entry}]\n"));
            assert_eq!((code, line, column), ("S003", 4, 15), "{message}");
            assert_eq!(message, format!("{phrase}, found {found}"));
        }
        let (code, message, ..) = diagnose(&format!(
            "{signal}    phrases: [{{phrase: x, wieght: 2}}]\n"
        ));
        assert_eq!(code, "S002");
        assert!(message.starts_with("unknown field `wieght`"), "{message}");
        let (code, message, ..) = diagnose(&format!("{signal}    regex: [5]\n"));
        assert_eq!(code, "S003");
        assert!(
            message.starts_with("expected a regex: a string"),
            "{message}"
        );
        assert_eq!(
            diagnose(&format!("{signal}    phrases: [x]\n    threshold: two\n")),
            ("S003", "expected a number".into(), 5, 16)
        );
        let trigger = format!("{signal}    phrases: [x]\ntriggers:\n  - id: t\n");
        assert_eq!(
            diagnose(&format!(
                "{trigger}    when: {{ seen: {{ signal: s, at_least: -1 }} }}\n"
            )),
            ("S003", "expected a whole number ≥ 0".into(), 7, 42)
        );
        let (code, message, line, column) = diagnose(&format!("{trigger}    when: {{}}\n"));
        assert_eq!((code, line, column), ("S003", 7, 11));
        assert!(
            message.starts_with("expected a condition such as `message: { signal: ID }`"),
            "{message}"
        );
        let (code, message, line, column) = diagnose(&format!(
            "{trigger}    severity: {{}}\n    when: {{ seen: {{ signal: s }} }}\n"
        ));
        assert_eq!((code, line, column), ("S003", 7, 15));
        assert!(
            message.starts_with("expected a severity: one of low"),
            "{message}"
        );
        let (code, message, line, column) =
            diagnose(&format!("{trigger}    description: d\n    reason: r\n"));
        assert_eq!((code, line, column), ("S004", 6, 5), "{message}");
        let (code, message, line, ..) =
            diagnose(&format!("{signal}    phrases: [x]\n---\nversion: 1\n"));
        assert_eq!((code, line), ("S001", 6));
        assert_eq!(
            message,
            "expected one YAML document per file, found a second one after `---`"
        );
    }

    /// QA: a rule file that is not UTF-8 said "not valid UTF-8 (at byte 11)", with no line
    /// or column, and stopped `lint` with exit 2 where other invalid rule files give 1.
    #[test]
    fn a_file_that_is_not_utf8_is_a_located_diagnostic() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("r.yaml"), b"version: 1\n\xff\xfe bad: x\n").unwrap();
        let loaded = load(dir.path()).unwrap();
        let [d] = loaded.diagnostics.as_slice() else {
            panic!("{:?}", loaded.diagnostics)
        };
        assert_eq!(d.code, Some("S001"));
        assert_eq!(d.message, "the file is not valid UTF-8 text");
        let loc = d.location.as_ref().unwrap();
        assert_eq!((loc.line, loc.column), (2, Some(1)));
    }

    #[test]
    fn oversized_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let big = "#".repeat(usize::try_from(MAX_RULE_FILE_BYTES).unwrap() + 1);
        write(dir.path(), "big.yaml", &big);
        assert!(matches!(load(dir.path()), Err(LoadError::TooLarge { .. })));
    }
}
