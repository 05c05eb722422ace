//! Loading: a path to rule files → parsed [`RawRuleFile`]s, with their sources.
//!
//! A path is one YAML file or a directory whose `*.yaml`/`*.yml` files (not recursive,
//! hidden files skipped) are read in sorted order. Files that cannot be read stop the load
//! ([`LoadError`]); files that do not parse, or are not UTF-8, become diagnostics, so every
//! broken file is reported in one run, with every schema error in it (`recover`).
//! Finding and reading the files is `files`; a YAML error's code and "did you mean",
//! `diagnose`.

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, FileId, Location, Sources};

use super::recover::{self, Unparsed};
use super::schema::RawRuleFile;

mod beside;
mod diagnose;
mod files;

pub(crate) use beside::{Beside, defined_beside};

pub(crate) use diagnose::{WEIGHT_HELP, meant, suggest_field, yaml_diagnostic};
use files::read;
pub use files::rule_files;
pub(crate) use files::{NotUtf8, YamlDir, decode, is_rule_file_name, rule_files_noting};

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
    /// Nothing at the path, said with where that is from the current directory.
    #[error("rules not found at {}{}", .0.display(), looked_in(.0))]
    NotFound(PathBuf),
    #[error("cannot read rules from {}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("no rule files (*.yaml, *.yml) in directory {}", .0.display())]
    EmptyDirectory(PathBuf),
    /// A directory whose entries named like rule files are none of them files.
    #[error("no rule files in directory {}: {} is {what}, not a file", .dir.display(), .entry.display())]
    NoFileInDirectory {
        dir: PathBuf,
        entry: PathBuf,
        what: &'static str,
    },
    /// A directory whose only files named like rule files are hidden, left out.
    #[error(
        "no rule files in directory {}: only hidden ones ({}), which are not read\n  hint: rename a file without the leading `.` to read it",
        .dir.display(),
        crate::dir_scan::listed(.hidden)
    )]
    OnlyHidden { dir: PathBuf, hidden: Vec<PathBuf> },
    #[error("rule file {} is {size} bytes; the limit is {MAX_RULE_FILE_BYTES}", .path.display())]
    TooLarge { path: PathBuf, size: u64 },
    #[error("the rule files in {} are {size} bytes together; the limit is {MAX_RULE_SET_BYTES}", .path.display())]
    SetTooLarge { path: PathBuf, size: u64 },
}

/// Where rules not found at a relative `path` were looked for: `rules` is
/// `rules/` of the current directory, which the message says ("rules
/// not found at rules" said neither where nor which directory). An absolute path says it.
fn looked_in(path: &Path) -> String {
    match std::path::absolute(path) {
        Ok(absolute) if absolute != path => {
            format!(" (no file or directory {})", absolute.display())
        }
        _ => String::new(),
    }
}

/// Reads and parses the rule files at `path`.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let mut texts = Vec::new();
    let mut total = 0u64;
    let mut notes = Vec::new();
    for file in rule_files_noting(path, YamlDir::Rules, &mut notes)? {
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
    let mut loaded = parse_read(texts);
    loaded.diagnostics.splice(0..0, notes);
    Ok(loaded)
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
        loaded.diagnostics.extend(
            parsed
                .errors
                .iter()
                .map(|err| yaml_diagnostic(&path, &text, err)),
        );
        let id = loaded.sources.add(path.clone(), text);
        loaded.files.extend(parsed.file.map(|raw| (id, raw)));
        loaded.unparsed.extend(parsed.unparsed);
    }
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::write(dir.join(name), text).unwrap();
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

    /// "rules not found at rules" said neither where nor from which
    /// directory: a relative path says where it was looked for.
    #[test]
    fn rules_not_found_say_where_they_were_looked_for() {
        let here = std::env::current_dir().unwrap();
        assert_eq!(
            LoadError::NotFound(PathBuf::from("rules")).to_string(),
            format!(
                "rules not found at rules (no file or directory {})",
                here.join("rules").display()
            )
        );
        let absolute = here.join("no-such-rules");
        assert_eq!(
            LoadError::NotFound(absolute.clone()).to_string(),
            format!("rules not found at {}", absolute.display())
        );
    }

    /// QA: `phrases: [404]` was S003 ("found the number 404"): a number or `true` in a
    /// phrase or regex list is its text as written. `!include x` was quietly the phrase
    /// "x", and other tags were dropped: a tag is an error at the tag, naming it. The
    /// core schema's tags (`!!str`, `!!int`, …) were resolved and accepted; they are
    /// errors too. `.inf` and `1e400` were "expected a finite number": text as written.
    #[test]
    fn scalars_are_text_as_written_and_tags_are_refused() {
        let signal = "version: 1\nsignals:\n  - id: s\n";
        let loaded = parse(vec![(
            PathBuf::from("r.yaml"),
            format!(
                "{signal}    phrases: [404, 1.50, true, {{phrase: 0x10, weight: 2}}, .inf, 1e400]\n    regex: [500]\n"
            ),
        )]);
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        let phrases: Vec<String> = loaded.files[0].1.signals[0]
            .phrases
            .iter()
            .map(|p| match &p.value {
                crate::rules::schema::PhraseEntry::Plain(text) => text.clone(),
                crate::rules::schema::PhraseEntry::Weighted(w) => w.phrase.clone(),
            })
            .collect();
        assert_eq!(phrases, ["404", "1.50", "true", "0x10", ".inf", "1e400"]);
        for (value, tag, column) in [
            ("!include x", "!include", 14),
            (
                "!!python/object:os.system x",
                "!!python/object:os.system",
                14,
            ),
            ("[a, !foo b]", "!foo", 18),
            ("[!!str x]", "!!str", 15),
            ("!!seq [x]", "!!seq", 14),
        ] {
            let (code, message, line, col) = diagnose(&format!("{signal}    phrases: {value}\n"));
            assert_eq!((code, line, col), ("S003", 4, column), "{value}: {message}");
            assert_eq!(
                message,
                format!(
                    "YAML tags are not supported, found `{tag}`: write the value plainly, without a tag (a value that starts with `!` is quoted: `'!text'`)"
                )
            );
        }
    }

    /// `negation: "true"` and `exists: "false"` were read as booleans, which the schema
    /// refuses: a boolean is written as one, said at the value with what to write.
    #[test]
    fn a_quoted_boolean_is_refused_at_its_value() {
        let (code, message, line, column) =
            diagnose("version: 1\nsignals:\n  - id: s\n    phrases: [x]\n    negation: \"true\"\n");
        assert_eq!((code, line, column), ("S003", 5, 15));
        assert_eq!(
            message,
            "expected true or false, unquoted (write true, not \"true\"), found the text \"true\""
        );
        let (code, message, line, _) = diagnose(
            "version: 1\ntriggers:\n  - id: t\n    when: { meta: { field: tier, exists: 'false' } }\n",
        );
        assert_eq!((code, line), ("S003", 4), "{message}");
        assert!(message.contains("write false, not \"false\""), "{message}");
    }

    /// QA: shape errors said "data did not match any variant of untagged enum
    /// `PhraseEntry`" (as S001), "invalid u32", "expected string key for externally tagged
    /// enum"; a missing field pointed at the last key of the mapping.
    #[test]
    fn shape_errors_say_what_was_expected_where() {
        let signal = "version: 1\nsignals:\n  - id: s\n";
        let phrase = "expected a phrase: a string, or { phrase, weight }";
        for (entry, found) in [("~", "nothing (`~` or an empty value)"), ("[a]", "a list")] {
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
        let (code, message, ..) = diagnose(&format!("{signal}    regex: [[5]]\n"));
        assert_eq!(code, "S003");
        assert!(
            message.starts_with("expected a regex: a string"),
            "{message}"
        );
        assert_eq!(
            diagnose(&format!("{signal}    phrases: [x]\n    threshold: two\n")),
            (
                "S003",
                "expected a number, found the text \"two\"".into(),
                5,
                16
            )
        );
        let trigger = format!("{signal}    phrases: [x]\ntriggers:\n  - id: t\n");
        assert_eq!(
            diagnose(&format!(
                "{trigger}    when: {{ seen: {{ signal: s, at_least: -1 }} }}\n"
            )),
            (
                "S003",
                "expected a whole number ≥ 0, found the number -1".into(),
                7,
                42
            )
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
