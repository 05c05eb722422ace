//! What a key that is no code, or a code that takes no such level, is told: a number
//! alone names its codes, a sign is said to be no part of a code (whichever way the
//! flag was written, or in the project file), and a code that cannot take the level
//! says why and is never suggested.

use super::{ConfigError, Level};
use crate::lint::code::{CODES, Code, Origin, lookup, numbered};

/// Why `code` cannot be given `level`: what it cannot be (`allowed`, `made a warning`,
/// `overridden`) and why; `None` when it can (a check, or a rule-loading error denied,
/// which changes nothing).
pub(super) fn refusal(code: &Code, level: Level) -> Option<(&'static str, &'static str)> {
    match (code.origin, level) {
        (Origin::Check, _) | (Origin::Fatal, Level::Deny) => None,
        (Origin::Fatal, level) => Some((
            if level == Level::Allow {
                "allowed"
            } else {
                "made a warning"
            },
            FATAL,
        )),
        (Origin::Transcript, _) => Some(("overridden", "it is about transcripts, not rules")),
        (Origin::Test, _) => Some(("overridden", "it is about rule-test files, not rules")),
    }
}

/// Why a rule-loading error takes no level but `--deny`.
const FATAL: &str = "rule files with this problem cannot be loaded, so it is always an error";

/// What [`ConfigError::Signed`] says of `unsigned`, a key's word without its sign, at
/// `level`: the code it names, or the likely one, when that code takes the level (else
/// why not, for the code named; a likely code that cannot is not suggested).
fn after_sign(unsigned: &str, level: Level) -> String {
    use crate::lint::code::{short_id, suggestion};
    if let Some(code) = lookup(unsigned).or_else(|| short_id(unsigned)) {
        // As it was meant to be written: its name, if it was the name.
        let meant = if code.name.eq_ignore_ascii_case(unsigned.trim()) {
            code.name
        } else {
            code.id
        };
        return match refusal(code, level) {
            Some((what, why)) => format!(
                ", and `{}` ({}) cannot be {what}: {why}",
                code.id, code.name
            ),
            None => format!("; did you mean `{meant}`?"),
        };
    }
    if level == Level::Deny && unsigned.trim().eq_ignore_ascii_case("warnings") {
        return "; to fail on warnings, use `--deny-warnings` (`deny_warnings: true` in the project file)".to_owned();
    }
    match suggestion(unsigned).filter(|s| lookup(s).is_some_and(|c| refusal(c, level).is_none())) {
        Some(meant) => format!("; did you mean `{meant}`?"),
        None => "; `handoff lint --list` shows the codes".to_owned(),
    }
}

/// Why `key`, no code's id or name, is refused at `level`: a number alone names the codes
/// of that number (what clippy's `-D003` would be with the letter); `-D warnings` is
/// `--deny-warnings`; else a likely code, if any.
pub(super) fn not_a_code(key: &str, level: Level) -> ConfigError {
    let trimmed = key.trim();
    if trimmed.is_empty() {
        return ConfigError::Empty;
    }
    // Full-width digits are digits (`００３`); the error quotes the key as written.
    let folded = crate::lint::code::ascii_folded(trimmed);
    let unsigned = folded.trim_start_matches(['-', '+']);
    let signed = unsigned.len() < folded.len();
    if !unsigned.is_empty() && unsigned.bytes().all(|b| b.is_ascii_digit()) {
        let origin = |id: &str| CODES.iter().find(|c| c.id == id).map(|c| c.origin);
        let (checks, rest): (Vec<_>, Vec<_>) = numbered(unsigned)
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
            what: if level == Level::Allow {
                "allowed"
            } else {
                "made a warning"
            },
            signed,
        };
    }
    if signed && !unsigned.trim().is_empty() {
        return ConfigError::Signed {
            key: trimmed.to_owned(),
            then: after_sign(unsigned, level),
        };
    }
    if level == Level::Deny && trimmed.eq_ignore_ascii_case("warnings") {
        return ConfigError::Warnings {
            key: trimmed.to_owned(),
        };
    }
    ConfigError::UnknownCode {
        key: key.to_owned(),
        suggestion: crate::lint::code::suggestion(key).map(str::to_owned),
    }
}

/// Why none of `others`, the codes of a number, takes the level: a rule-loading error
/// cannot be `what` (`allowed`), as it stops the rules loading; the rest are not about
/// rules.
pub(super) fn refused_numbered(others: &[&'static str], what: &str) -> String {
    let fatal = |id: &&str| {
        CODES
            .iter()
            .any(|c| c.id == *id && c.origin == Origin::Fatal)
    };
    let (loading, rest): (Vec<&str>, Vec<&str>) = others.iter().copied().partition(fatal);
    let mut said = Vec::new();
    if !loading.is_empty() {
        said.push(format!(
            "{} of this number cannot be {what} (rule files with {} cannot be loaded, so it is always an error",
            either(&loading),
            if loading.len() == 1 { "this problem" } else { "these problems" }
        ));
    }
    if !rest.is_empty() {
        said.push(format!(
            "{}{} no level (it is not about rules",
            either(&rest),
            match (loading.is_empty(), rest.len()) {
                (true, 1) => " of this number takes",
                (true, _) => " of this number take",
                (false, 1) => " takes",
                (false, _) => " take",
            }
        ));
    }
    format!(
        "{}; `handoff lint --list` shows the codes)",
        said.join("), and ")
    )
}

pub(super) fn either(ids: &[&str]) -> String {
    let quoted: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}
