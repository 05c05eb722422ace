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
//! comma-separated values are); a number alone (`003`, from `-D003`, or with a sign,
//! `-D -15`) is refused naming the codes of that number. Full-width letters and digits
//! (`Ｌ００３`) are read as ASCII.
//!
//! Flags win over the file. Within one source (the file, or the flags) a code has one
//! level: `allow: [L002]` and `deny: [L002]` in one file is a mistake, named with both
//! places, as clippy and cargo-deny refuse a lint both allowed and denied. Only check
//! codes can be overridden: a fatal code means the rules cannot run at all.

use std::collections::HashMap;

use serde::{Deserialize, Deserializer};

use super::code::{Origin, lookup};
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
    #[error("`{key}` is not a lint code: {}{}", if *signed { "a code has no sign; " } else { "" }, match (ids.as_slice(), others.as_slice()) {
        ([], []) => "a code is a letter and three digits, and none has this number (`handoff lint --list` shows them all)".to_owned(),
        ([], others) => refused_numbered(others, what),
        (ids, _) => format!("did you mean {}?", either(ids)),
    })]
    NumberAlone {
        key: String,
        ids: Vec<&'static str>,
        others: Vec<&'static str>,
        /// What the level would make of a rule-loading error among `others` (`allowed`,
        /// `made a warning`).
        what: &'static str,
        /// Written with a sign (`-D -15`, which clap took for a flag and told to write
        /// `-- -15`).
        signed: bool,
    },
    /// A code, or a word that is none, written with a sign (`-D -L003`, `-D=-L003`,
    /// `allow: [-L008]`): `then` says what the word without its sign is: the code meant
    /// (as its id, or its name if written as one), that code's refusal of this level, or
    /// the likely code; said the same for every flag form and the project file.
    #[error("`{key}` is not a lint code: a code has no sign{then}")]
    Signed { key: String, then: String },
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
        if let Some((what, why)) = refusal(code, level) {
            return Err(ConfigError::NotOverridable {
                id: code.id,
                name: code.name,
                what,
                why,
            });
        }
        // Already an error that stops the rules loading: denying it changes nothing, and
        // is accepted (as `-D` of an error is in clippy).
        if code.origin == Origin::Check {
            self.levels.insert(code.id, level);
        }
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

mod refused;

use refused::{either, not_a_code, refusal, refused_numbered};

#[cfg(test)]
mod tests;
