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
use crate::yaml;

use super::recover::{self, Unparsed};
use super::schema::RawRuleFile;

mod beside;
mod diagnose;
mod files;

pub(crate) use beside::{Beside, defined_beside};

pub(crate) use diagnose::{WEIGHT_HELP, meant, or_list, suggest_field, yaml_diagnostic};
pub use files::rule_files;
pub(crate) use files::{
    NotUtf8, SizeLimits, Unread, YamlDir, decode_yaml, is_rule_file_name, limit_in_words,
    read_at_most, read_text, rule_files_noting, said_size,
};

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
    /// Files given that are not rule files (S001 "not a rule file"), not read.
    pub not_rule_files: usize,
    /// Items that did not parse, by file, without the keys and list items that hold an
    /// error: what is left is checked, then left out (see `recover::salvage`).
    pub salvaged: Vec<(FileId, recover::Salvaged)>,
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
    /// A file over the limit; a stream's size is the limit and one byte (`said_size`).
    #[error("rule file {} {}", .path.display(), said_size(*.size))]
    TooLarge { path: PathBuf, size: u64 },
    #[error("the rule files in {} are {size} bytes together; the limit is {}", .path.display(), limit_in_words(MAX_RULE_SET_BYTES))]
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
    let mut limits = SizeLimits::default();
    let mut notes = Vec::new();
    let mut not_yaml = Vec::new();
    for file in rule_files_noting(path, YamlDir::Rules, &mut notes)? {
        if let Some(d) = not_a_rule_file(&file, YamlDir::Rules) {
            notes.push(d);
            not_yaml.push(file);
            continue;
        }
        let bytes = match limits.read(&file) {
            Ok(bytes) => bytes,
            Err(Unread::Io(source)) => return Err(LoadError::Io { path: file, source }),
            Err(Unread::TooLarge(size)) => return Err(LoadError::TooLarge { path: file, size }),
            Err(Unread::SetTooLarge { size, .. }) => {
                return Err(LoadError::SetTooLarge {
                    path: path.to_owned(),
                    size,
                });
            }
        };
        texts.push((file, decode_yaml(bytes)));
    }
    let mut loaded = parse_read(texts);
    loaded.diagnostics.splice(0..0, notes);
    loaded.not_rule_files = not_yaml.len();
    // It may have defined anything: references to its names are not errors too.
    for file in &not_yaml {
        loaded.unparsed.lose_file(file, None);
    }
    Ok(loaded)
}

/// An error for a file given as rules, or as rule tests (`kind`), whose extension says
/// it is no YAML (a transcript export given by mistake: read as YAML, its first `: ` was
/// a syntax error with help about quoting); a file without an extension is read as YAML.
pub(crate) fn not_a_rule_file(path: &Path, kind: YamlDir) -> Option<Diagnostic> {
    let extension = path.extension()?.to_string_lossy().to_ascii_lowercase();
    if extension == "yaml" || extension == "yml" {
        return None;
    }
    let export = ["csv", "tsv", "jsonl", "ndjson", "json", "gz"].contains(&extension.as_str());
    let (what, help) = match (kind, export) {
        (YamlDir::Rules, true) => (
            "rule file",
            "give the rules as a YAML file or a directory of them (`-r rules/`); a transcript export is what `replay`, `coverage`, `diff` and `explain` read beside them",
        ),
        (YamlDir::Rules, false) => (
            "rule file",
            "give the rules as a YAML file or a directory of them; a rule file named otherwise: rename it to end in `.yaml`",
        ),
        (YamlDir::RuleTests, true) => (
            "rule test file",
            "give the rule tests as a YAML file or a directory of them (`handoff test rules/tests`); a transcript export is what `replay`, `coverage`, `diff` and `explain` read beside the rules",
        ),
        (YamlDir::RuleTests, false) => (
            "rule test file",
            "give the rule tests as a YAML file or a directory of them; a rule test file named otherwise: rename it to end in `.yaml`",
        ),
    };
    Some(
        Diagnostic::error(
            "S001",
            format!(
                "{} is not a {what}: {what}s are YAML (.yaml, .yml)",
                path.display()
            ),
        )
        .about(path)
        // The file as a place (its first line): the error reads as others about a file,
        // not as one of no place with a bare gutter before its help.
        .at(Location::line(path, 1))
        .help(help),
    )
}

/// The help of a rule-test file's top-level `tests:` in a file read as rules: the
/// commands tell such a file by it ([`is_rule_test_key`] decides it).
pub(crate) const RULE_TEST_KEY_HELP: &str =
    "this is a rule-test file's key: run `handoff test` on it, and give it the rules with -r";

/// Whether `err`, an error of the rule file `text`, is at a top-level `tests:` key, which
/// rule files do not have and rule-test files do: a rule-test file given as rules. Told
/// by the kind of error and the document's keys, not by the error's wording (the list of
/// the rule file's keys it names may change), and wherever the key is written (`{ tests:
/// [] }` too).
fn is_rule_test_key(err: &yaml::YamlError, text: &str, top: &mut Option<yaml::Shape>) -> bool {
    if err.kind != yaml::YamlErrorKind::UnknownField {
        return false;
    }
    let top = top.get_or_insert_with(|| {
        yaml::shape_at(text, yaml::Origin::default()).unwrap_or(yaml::Shape::Other)
    });
    top.entries().iter().any(|(key, _)| {
        key.value == "tests"
            && key.referenced.line() == u64::from(err.line)
            && key.referenced.column() == u64::from(err.column)
    })
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
                let d = bad.diagnostic(&path, "rule file");
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
        // The document's top-level keys, read when an unknown key may be one of them.
        let mut top = None;
        loaded.diagnostics.extend(parsed.errors.iter().map(|err| {
            let d = yaml_diagnostic(&path, &text, err);
            if is_rule_test_key(err, &text, &mut top) {
                d.help(RULE_TEST_KEY_HELP)
            } else {
                d
            }
        }));
        let id = loaded.sources.add(path.clone(), text);
        loaded.files.extend(parsed.file.map(|raw| (id, raw)));
        loaded.salvaged.push((id, parsed.salvaged));
        loaded.unparsed.extend(parsed.unparsed);
    }
    say_what_a_condition_names(&mut loaded);
    loaded
}

/// A trigger's id where a condition belongs (`when: pricing`, `- pricing` under `all:`),
/// "unknown condition `pricing`", gets the help to write `{ trigger: pricing }` when
/// some rule file, this one or another, defines a trigger `pricing`; a condition's
/// field written as a condition (`- signal: frustration`) gets the condition to put it
/// in.
fn say_what_a_condition_names(loaded: &mut Loaded) {
    let mut ids: std::collections::HashSet<&str> = loaded
        .files
        .iter()
        .flat_map(|(_, raw)| raw.triggers.iter().map(|t| t.id.value.as_str()))
        .collect();
    ids.extend(
        loaded
            .salvaged
            .iter()
            .flat_map(|(_, s)| s.triggers.iter().map(|t| t.item.id.value.as_str())),
    );
    ids.extend(loaded.unparsed.triggers.iter().map(String::as_str));
    for d in &mut loaded.diagnostics {
        let Some(name) = d
            .message
            .strip_prefix("unknown condition `")
            .and_then(|rest| rest.split_once('`'))
            .map(|(name, _)| name)
        else {
            continue;
        };
        if d.code != Some("S002") {
            continue;
        }
        if ids.contains(name) {
            let help = format!(
                "`{name}` is a trigger: a route's condition on it is written `{{ trigger: {name} }}` (a trigger's condition cannot name a trigger)"
            );
            d.help.insert(0, help);
        } else if let Some(help) = field_help(name) {
            d.help.insert(0, help);
        }
    }
}

/// The help for a condition's field written as a condition (`- signal: frustration`
/// under `all:`, the first thing people write): which conditions take it, and how.
fn field_help(name: &str) -> Option<String> {
    let how = match name {
        "signal" => {
            "`message: { role: customer, signal: ID }` (the latest customer message matches the signal) or `seen: { signal: ID, at_least: N }` (N messages so far did)"
        }
        "role" => "`message: { role: customer, signal: ID }`",
        "phrases" | "phrase" | "regex" => {
            "`message: { role: customer, phrases: [...] }` (or `regex: [...]`)"
        }
        "at_least" | "at_most" | "within" => {
            "`seen: { signal: ID, at_least: N }` or `counter: { name: bot_fallbacks, at_least: N }`"
        }
        "name" => "`counter: { name: bot_fallbacks, at_least: 2 }`",
        "field" | "equals" | "in" | "gt" | "gte" | "lt" | "lte" | "exists" | "matches" => {
            "`meta: { field: FIELD, equals: VALUE }` (or `in`, `gt`, `gte`, `lt`, `lte`, `exists`, `matches`)"
        }
        "between" | "days" | "tz" => {
            "`hours: { between: \"09:00-17:00\", days: [mon-fri], tz: ZONE }`"
        }
        _ => return None,
    };
    Some(format!(
        "`{name}` is a field of a condition, not a condition: write {how}"
    ))
}

#[cfg(test)]
mod tests;
