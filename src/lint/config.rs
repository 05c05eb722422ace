//! Severity overrides for lint checks, from flags and from the config file.
//!
//! ```yaml
//! # .handoff.yaml
//! lint:
//!   allow: [L002]             # drop these findings
//!   warn: [L003]              # report as warnings
//!   deny: [unused-signal]     # report as errors (ids or names)
//!   deny_warnings: false      # exit 1 on warnings too
//! ```
//!
//! A code is read the same wherever it is written, in the file or after `--deny`/`-D`: in
//! any case, spaces around it left out, an item with commas several codes (as the flags'
//! comma-separated values are); a number alone (`003`, from `-D003`) is refused naming the
//! codes of that number.
//!
//! Flags win over the file. Within one source (the file, or the flags) a code has one
//! level: `allow: [L002]` and `deny: [L002]` in one file is a mistake, named with both
//! places, as clippy and cargo-deny refuse a lint both allowed and denied. Only check
//! codes can be overridden: a fatal code means the rules cannot run at all.

use std::collections::HashMap;

use serde::{Deserialize, Deserializer};

use super::code::{CODES, Origin, lookup, numbered};
use crate::diag::{Diagnostic, Severity};
use crate::yaml::{Location, Spanned, expect};

/// What to do with a check's findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    Allow,
    Warn,
    Deny,
}

/// Per-code severity overrides.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    levels: HashMap<&'static str, Level>,
}

/// A bad override: unknown code, or a code that cannot be overridden.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("unknown check `{key}`{}", .suggestion.as_ref().map(|s| format!("; did you mean `{s}`?")).unwrap_or_default())]
    UnknownCode {
        key: String,
        suggestion: Option<String>,
    },
    /// A number without its code's letter (`--deny 003`, `-D003`): no guess at the
    /// letter, which decides the check; `ids` are the codes of that number the level
    /// can be given to, lint checks first, then the rest in id order; `others` those it
    /// cannot (a transcript's or a rule test's code: `-A 015` named `D015`, which `-A
    /// D015` then refused).
    #[error("`{key}` is not a lint code: {}", match (ids.as_slice(), others.as_slice()) {
        ([], []) => "a code is a letter and three digits, and none has this number (`handoff lint --list` shows them all)".to_owned(),
        ([], others) => format!("{} of this number {} no level (it is not about rules; `handoff lint --list` shows the codes)", either(others), if others.len() == 1 { "takes" } else { "take" }),
        (ids, _) => format!("did you mean {}?", either(ids)),
    })]
    NumberAlone {
        key: String,
        ids: Vec<&'static str>,
        others: Vec<&'static str>,
    },
    /// `-D warnings`, as clippy takes it: no check, but `--deny-warnings` is.
    #[error(
        "`{key}` is not a lint code: to fail on warnings, use `--deny-warnings` (`deny_warnings: true` in the project file)"
    )]
    Warnings { key: String },
    /// An empty code, as `--deny L002,` or `deny: [""]` give.
    #[error(
        "an empty check code (nothing before or after a comma, or `''`): write a check's id or name (`L002`, `unused-signal`)"
    )]
    Empty,
    #[error("`{id}` ({name}) is given two levels, {first} and {second}; keep one")]
    TwoLevels {
        id: &'static str,
        name: &'static str,
        /// Where each level was given (`` `allow:` at line 2, column 10 ``, `` `--deny L002` ``).
        first: String,
        second: String,
    },
    #[error("`{id}` ({name}) cannot be {what}: {why}")]
    NotOverridable {
        id: &'static str,
        name: &'static str,
        /// `allowed`, `made a warning`, or `overridden` (at any level).
        what: &'static str,
        why: &'static str,
    },
}

/// Lint severities, by check code or name (`handoff lint --list`); flags go on top.
#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct LintSection {
    /// Checks whose findings are dropped.
    #[serde(default, deserialize_with = "allow")]
    #[schemars(with = "Vec<String>")]
    allow: Vec<Spanned<String>>,
    /// Checks reported as warnings.
    #[serde(default, deserialize_with = "warn")]
    #[schemars(with = "Vec<String>")]
    warn: Vec<Spanned<String>>,
    /// Checks reported as errors.
    #[serde(default, deserialize_with = "deny")]
    #[schemars(with = "Vec<String>")]
    deny: Vec<Spanned<String>>,
    /// Exit 1 on warnings too.
    #[serde(default, deserialize_with = "deny_warnings")]
    #[schemars(with = "bool")]
    deny_warnings: bool,
}

// What each key takes, for a value of another shape (`allow: L002`).

fn allow<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Spanned<String>>, D::Error> {
    expect::list(d, "a list of check codes or names (`allow: [L002]`)")
}

fn warn<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Spanned<String>>, D::Error> {
    expect::list(d, "a list of check codes or names (`warn: [L003]`)")
}

fn deny<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Spanned<String>>, D::Error> {
    expect::list(
        d,
        "a list of check codes or names (`deny: [unused-signal]`)",
    )
}

fn deny_warnings<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    expect::flag(d, "true or false (`deny_warnings: true`)")
}

/// `ids` quoted and joined as a sentence lists them: `` `L003` ``, `` `L003` or `C003` ``,
/// `` `L003`, `C003` or `S003` ``.
fn either(ids: &[&str]) -> String {
    let quoted: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Each code `keys` names, with where its item is: an item with commas is several codes
/// (`deny: ["L003, L002"]`), as the flags' values are (`--deny L003,L002`).
fn codes(keys: &[Spanned<String>]) -> impl Iterator<Item = (&str, Location)> {
    keys.iter()
        .flat_map(|key| key.value.split(',').map(move |code| (code, key.referenced)))
}

impl LintSection {
    /// Adds what a key of the section, parsed alone, gave.
    pub(crate) fn merge(&mut self, part: LintSection) {
        self.allow.extend(part.allow);
        self.warn.extend(part.warn);
        self.deny.extend(part.deny);
        self.deny_warnings |= part.deny_warnings;
    }

    /// Every code the section names that cannot be overridden or is no check, and every
    /// one it gives two levels (at the second, in file order), with its line and column.
    pub(crate) fn mistakes(&self) -> Vec<(ConfigError, u32, u32)> {
        let mut overrides = Overrides::default();
        let n = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
        let mut said: Vec<(Level, &str, String, (u32, u32))> = Vec::new();
        let mut mistakes = Vec::new();
        for (keys, level, field) in [
            (&self.allow, Level::Allow, "allow"),
            (&self.warn, Level::Warn, "warn"),
            (&self.deny, Level::Deny, "deny"),
        ] {
            for (key, referenced) in codes(keys) {
                let at = (n(referenced.line()), n(referenced.column()));
                match overrides.set(key, level) {
                    Ok(()) => said.push((
                        level,
                        key,
                        format!("`{field}:` at line {}, column {}", at.0, at.1),
                        at,
                    )),
                    Err(e) => mistakes.push((e, at.0, at.1)),
                }
            }
        }
        said.sort_by_key(|&(.., at)| at);
        mistakes.extend(
            two_levels(said)
                .into_iter()
                .map(|(e, (line, column))| (e, line, column)),
        );
        mistakes
    }
}

/// Each code that `said` (one source: a file's section, or the flags; each entry a
/// level, the code's id or name, where it was said, and what the caller keeps of it)
/// gives two levels: an error naming the first place and the other, with the other's
/// payload. Keys that are no check are left to [`Overrides::set`].
pub(crate) fn two_levels<'a, T>(
    said: impl IntoIterator<Item = (Level, &'a str, String, T)>,
) -> Vec<(ConfigError, T)> {
    let mut first: HashMap<&'static str, String> = HashMap::new();
    // A code named again at a level it was given (`allow: [L002, l002]`) says no more.
    let mut seen = std::collections::HashSet::new();
    let mut conflicts = Vec::new();
    for (level, key, place, payload) in said {
        let Some(code) = lookup(key) else { continue };
        if !seen.insert((code.id, level)) {
            continue;
        }
        match first.get(code.id) {
            None => {
                first.insert(code.id, place);
            }
            Some(earlier) => conflicts.push((
                ConfigError::TwoLevels {
                    id: code.id,
                    name: code.name,
                    first: earlier.clone(),
                    second: place,
                },
                payload,
            )),
        }
    }
    conflicts
}

impl Overrides {
    /// Gives the check `key` names (its id or name, in any case, spaces around it left
    /// out) the level `level`.
    pub fn set(&mut self, key: &str, level: Level) -> Result<(), ConfigError> {
        let Some(code) = lookup(key) else {
            return Err(not_a_code(key, level));
        };
        let refused = match (code.origin, level) {
            (Origin::Check, _) => None,
            // Already an error that stops the rules loading: denying it changes nothing,
            // and is accepted (as `-D` of an error is in clippy), not refused.
            (Origin::Fatal, Level::Deny) => return Ok(()),
            (Origin::Fatal, level) => Some((
                if level == Level::Allow {
                    "allowed"
                } else {
                    "made a warning"
                },
                "rule files with this problem cannot be loaded, so it is always an error",
            )),
            (Origin::Transcript, _) => Some(("overridden", "it is about transcripts, not rules")),
            (Origin::Test, _) => Some(("overridden", "it is about rule-test files, not rules")),
        };
        if let Some((what, why)) = refused {
            return Err(ConfigError::NotOverridable {
                id: code.id,
                name: code.name,
                what,
                why,
            });
        }
        self.levels.insert(code.id, level);
        Ok(())
    }

    /// Applies the `lint:` section of a project file; returns its `deny_warnings`, or
    /// the first bad code with its 1-based line and column.
    pub(crate) fn apply_section(
        &mut self,
        lint: &LintSection,
    ) -> Result<bool, (ConfigError, u32, u32)> {
        for (keys, level) in [
            (&lint.allow, Level::Allow),
            (&lint.warn, Level::Warn),
            (&lint.deny, Level::Deny),
        ] {
            for (key, at) in codes(keys) {
                self.set(key, level).map_err(|e| {
                    let n = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
                    (e, n(at.line()), n(at.column()))
                })?;
            }
        }
        Ok(lint.deny_warnings)
    }

    /// Whether findings of `code` are dropped.
    pub fn allows(&self, code: &str) -> bool {
        self.levels.get(code) == Some(&Level::Allow)
    }

    /// Applies the overrides: drops allowed findings, changes severities.
    pub fn apply(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        diagnostics
            .into_iter()
            .filter_map(|mut d| {
                match d.code.and_then(|c| self.levels.get(c)) {
                    Some(Level::Allow) => return None,
                    Some(Level::Warn) => d.severity = Severity::Warning,
                    Some(Level::Deny) => d.severity = Severity::Error,
                    None => {}
                }
                Some(d)
            })
            .collect()
    }
}

/// Why `key`, no code's id or name, is refused at `level`: a number alone names the codes
/// of that number (what clippy's `-D003` would be with the letter); `-D warnings` is
/// `--deny-warnings`; else a likely code, if any.
fn not_a_code(key: &str, level: Level) -> ConfigError {
    let trimmed = key.trim();
    if trimmed.is_empty() {
        return ConfigError::Empty;
    }
    if trimmed.bytes().all(|b| b.is_ascii_digit()) {
        let origin = |id: &str| CODES.iter().find(|c| c.id == id).map(|c| c.origin);
        let (checks, rest): (Vec<_>, Vec<_>) = numbered(trimmed)
            .into_iter()
            .partition(|id| origin(id) == Some(Origin::Check));
        // A rule-loading error takes `--deny` (a no-op) and no other level.
        let (mut fatal, others): (Vec<_>, Vec<_>) = rest
            .into_iter()
            .partition(|id| level == Level::Deny && origin(id) == Some(Origin::Fatal));
        let mut ids = checks;
        ids.append(&mut fatal);
        return ConfigError::NumberAlone {
            key: trimmed.to_owned(),
            ids,
            others,
        };
    }
    if level == Level::Deny && trimmed.eq_ignore_ascii_case("warnings") {
        return ConfigError::Warnings {
            key: trimmed.to_owned(),
        };
    }
    ConfigError::UnknownCode {
        key: key.to_owned(),
        suggestion: super::code::suggestion(key).map(str::to_owned),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_names_are_accepted_and_fatal_codes_refused() {
        let mut o = Overrides::default();
        o.set("unused-signal", Level::Deny).unwrap();
        o.set("l002", Level::Allow).unwrap();
        assert!(matches!(
            o.set("S002", Level::Allow),
            Err(ConfigError::NotOverridable { .. })
        ));
        assert!(matches!(
            o.set("D001", Level::Allow),
            Err(ConfigError::NotOverridable { .. })
        ));
        // `--deny R002` was refused though README forbade only `--allow` for
        // codes that stop rules loading. Deny is a no-op there; warn and allow say why not.
        o.set("R002", Level::Deny).unwrap();
        o.set("undefined-trigger", Level::Deny).unwrap();
        assert_eq!(
            o.set("R002", Level::Warn).unwrap_err().to_string(),
            "`R002` (undefined-trigger) cannot be made a warning: rule files with this problem cannot be loaded, so it is always an error"
        );
        assert_eq!(
            o.set("S002", Level::Allow).unwrap_err().to_string(),
            "`S002` (unknown-field) cannot be allowed: rule files with this problem cannot be loaded, so it is always an error"
        );
        assert_eq!(
            o.set("D003", Level::Deny).unwrap_err().to_string(),
            "`D003` (bad-timestamp) cannot be overridden: it is about transcripts, not rules"
        );
        let err = o.set("unused-signl", Level::Allow).unwrap_err().to_string();
        assert_eq!(
            err,
            "unknown check `unused-signl`; did you mean `unused-signal`?"
        );
        let found = vec![
            Diagnostic::warning("R010", "a"),
            Diagnostic::warning("L002", "b"),
            Diagnostic::warning("R011", "c"),
        ];
        let out = o.apply(found);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].severity, Severity::Error);
        assert_eq!(out[1].severity, Severity::Warning);
    }

    /// A code both allowed and denied in one file was accepted, the last word
    /// winning. Each code given two levels is a mistake, at its second place in the file
    /// (whichever list comes first), naming the first; one named twice at one level, by
    /// id and by name, is not.
    #[test]
    fn a_code_given_two_levels_in_one_section_is_a_mistake() {
        let section: LintSection = crate::yaml::from_str(
            "deny: [R010, L002]\nallow: [unused-signal, l002, L002]\nwarn: [R011]\n",
        )
        .unwrap();
        let found: Vec<_> = section
            .mistakes()
            .into_iter()
            .map(|(e, line, column)| (e.to_string(), line, column))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "`R010` (unused-signal) is given two levels, `deny:` at line 1, column 8 and `allow:` at line 2, column 9; keep one".to_owned(),
                    2,
                    9
                ),
                (
                    "`L002` (missing-default-route) is given two levels, `deny:` at line 1, column 14 and `allow:` at line 2, column 24; keep one".to_owned(),
                    2,
                    24
                ),
            ]
        );
    }

    /// `--deny 003` (clippy's `-D003` with the letter left out) said "unknown check
    /// `003`" and no more; `--deny warnings` (clippy's `-D warnings`) the same; an empty
    /// code (`--deny L002,`) was an unknown check. A number names the codes it is, lint
    /// checks first; a code is read in any case, spaces around it left out.
    #[test]
    fn a_number_alone_names_its_codes_and_a_code_is_read_in_any_case_and_spacing() {
        let mut o = Overrides::default();
        let refused = |key: &str, level| {
            Overrides::default()
                .set(key, level)
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            refused("003", Level::Deny),
            "`003` is not a lint code: did you mean `L003`, `C003`, `S003`, `R003` or `T003`?"
        );
        assert_eq!(
            refused(" 3 ", Level::Deny),
            refused("003", Level::Deny).replace("`003`", "`3`")
        );
        // Only codes the level can be given to are named (review: `-A 015` named `D015`,
        // which `-A D015` refused; `-A 003` named `S003`, which cannot be allowed).
        assert_eq!(
            refused("015", Level::Warn),
            "`015` is not a lint code: `D015` of this number takes no level (it is not about rules; `handoff lint --list` shows the codes)"
        );
        assert_eq!(
            refused("003", Level::Allow),
            "`003` is not a lint code: did you mean `L003` or `C003`?"
        );
        assert_eq!(
            refused("999", Level::Deny),
            "`999` is not a lint code: a code is a letter and three digits, and none has this number (`handoff lint --list` shows them all)"
        );
        for empty in ["", "  "] {
            assert!(matches!(o.set(empty, Level::Deny), Err(ConfigError::Empty)));
        }
        assert!(refused("warnings", Level::Deny).contains("use `--deny-warnings`"));
        assert_eq!(
            refused("warnings", Level::Allow),
            "unknown check `warnings`"
        );
        for key in [" L003 ", "l003", "\tl003", " Unsatisfiable-Condition "] {
            o.set(key, Level::Warn).unwrap();
            assert_eq!(o.levels.get("L003"), Some(&Level::Warn), "{key:?}");
        }
    }

    /// `deny: ["L003, unused-signal"]` was "unknown check": an item is read as a flag's
    /// value is, split at commas, each code at the item's place.
    #[test]
    fn the_section_reads_codes_as_the_flags_do() {
        let section: LintSection =
            crate::yaml::from_str("deny: [\"l003, unused-signal\", \" L002 \"]\nallow: [003]\n")
                .unwrap();
        let mistakes: Vec<_> = section
            .mistakes()
            .into_iter()
            .map(|(e, line, column)| (e.to_string(), line, column))
            .collect();
        assert_eq!(
            mistakes,
            [(
                "`003` is not a lint code: did you mean `L003` or `C003`?".to_owned(),
                2,
                9
            )]
        );
        let section: LintSection =
            crate::yaml::from_str("deny: [\"l003, unused-signal\", \" L002 \"]\n").unwrap();
        let mut o = Overrides::default();
        o.apply_section(&section).unwrap();
        for id in ["L003", "R010", "L002"] {
            assert_eq!(o.levels.get(id), Some(&Level::Deny), "{id}");
        }
        let section: LintSection = crate::yaml::from_str("warn: [L002, \"R010,\"]\n").unwrap();
        let (e, line, column) = Overrides::default().apply_section(&section).unwrap_err();
        assert!(matches!(e, ConfigError::Empty));
        assert_eq!((line, column), (1, 14));
    }

    #[test]
    fn the_lint_section_sets_levels() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".handoff.yaml");
        std::fs::write(
            &path,
            "lint:\n  allow: [L002]\n  deny: [R010]\n  deny_warnings: true\n",
        )
        .unwrap();
        let file = crate::project::ProjectFile::read(&path).unwrap();
        let mut o = Overrides::default();
        assert!(o.apply_section(file.lint.as_ref().unwrap()).unwrap());
        assert_eq!(o.levels.get("L002"), Some(&Level::Allow));
        assert_eq!(o.levels.get("R010"), Some(&Level::Deny));
    }
}
