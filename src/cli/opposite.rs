//! clap's "a similar value exists" without opposites: takes a parse error of clap's,
//! gives it back without a suggested value that is the given value's opposite: a
//! negating prefix (`un-`, `in-`, `non-`, `not-`, `dis-`, `de-`) on a word of one that
//! the other lacks, wherever the word is and give or take an ending (`--only
//! unescalated`, `unescalate`, `deescalated` or `unescalated-only` were told "a similar
//! value exists: 'escalated'", the contrary of what was meant), or a negating word
//! (`not`, `no`). Where another value carries the negation given (`not-escalated`), that
//! one is suggested instead. The error keeps clap's words and its exit code 2; nothing
//! else of it changes.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// Prefixes that turn a word into its opposite, longest first.
const NEGATING: [&str; 6] = ["non", "not", "dis", "un", "in", "de"];

/// Words that negate the word after them (`not-escalated`, `no_color`).
const NEGATING_WORDS: [&str; 3] = ["not", "non", "no"];

/// `err` without a suggestion that is the opposite of the value (or argument) given.
pub(crate) fn without_opposites(mut err: clap::Error) -> clap::Error {
    let (given, suggested) = match err.kind() {
        ErrorKind::InvalidValue => (ContextKind::InvalidValue, ContextKind::SuggestedValue),
        ErrorKind::UnknownArgument => (ContextKind::InvalidArg, ContextKind::SuggestedArg),
        _ => return err,
    };
    let Some(ContextValue::String(given)) = err.get(given).cloned() else {
        return err;
    };
    let Some(ContextValue::String(suggestion)) = err.get(suggested).cloned() else {
        return err;
    };
    if !opposites(&given, &suggestion) {
        return err;
    }
    // Another value that is the suggestion with the negation given (`not-escalated`
    // for `unescalated`, `escalated` for `not-escalated-only`): what was meant.
    let same_negation = match err.get(ContextKind::ValidValue) {
        Some(ContextValue::Strings(valid)) => valid
            .iter()
            .find(|v| {
                **v != suggestion
                    && opposites(v, &suggestion)
                    && negated(v, &suggestion) == negated(&given, &suggestion)
            })
            .cloned(),
        _ => None,
    };
    match same_negation {
        Some(value) => {
            err.insert(suggested, ContextValue::String(value));
        }
        None => {
            err.remove(suggested);
        }
    }
    err
}

/// Whether one of `a` and `b` (compared ignoring case) carries a negation the other
/// lacks: a negating prefix on a word of it that is, without the prefix, a word of the
/// other (`unescalated`, `deescalated`, `unescalate`, `unescalated-only` against
/// `escalated`), or a negating word the other lacks (`not-escalated`, `no-color`).
fn opposites(a: &str, b: &str) -> bool {
    negated(a, b) != negated(b, a)
}

/// Whether `a` negates a word of `other` that `other` does not: a word of `a` is a
/// negating word (`not`, `non`, `no`) that `other` lacks, or a negating prefix on what is,
/// give or take an ending, a word of `other` without that prefix.
fn negated(a: &str, other: &str) -> bool {
    let (a, other) = (a.to_lowercase(), other.to_lowercase());
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let (mine, theirs) = (words(&a), words(&other));
    mine.iter().any(|w| {
        (NEGATING_WORDS.contains(&w.as_str()) && !theirs.contains(w))
            || NEGATING.iter().any(|prefix| {
                w.strip_prefix(prefix).is_some_and(|rest| {
                    rest.chars().count() >= 3
                        && theirs
                            .iter()
                            .any(|t| !t.starts_with(prefix) && alike(rest, t))
                })
            })
    })
}

/// Whether two words are one, give or take an ending or a typo (`escalate`,
/// `escalated`; `escalatd`): one starts with the other, or they differ in at most one
/// letter.
fn alike(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.starts_with(&b) || b.starts_with(&a) {
        return a.len().min(b.len()) >= 3;
    }
    // Levenshtein distance at most 1.
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => long.iter().zip(&short).filter(|(x, y)| x != y).count() <= 1,
        1 => {
            let i = long.iter().zip(&short).take_while(|(x, y)| x == y).count();
            long[i + 1..] == short[i..]
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[test]
    fn a_negating_prefix_added_or_removed_makes_an_opposite() {
        for (a, b) in [
            ("escalated", "unescalated"),
            ("not-escalated", "escalated"),
            ("blocking", "non-blocking"),
            ("ready", "not_ready"),
            ("Active", "inactive"),
            ("agree", "disagree"),
            // cli40 review: a negation inside the word, or beside more words.
            ("unescalate", "escalated"),
            ("deescalated", "escalated"),
            ("unescalated-only", "escalated"),
            ("escalated-only", "not-escalated"),
            ("no-color", "color"),
        ] {
            assert!(opposites(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("jsn", "json"),
            ("in", "un"),
            ("escalated", "escalated"),
            ("invoice", "invoices"),
            ("not-escalated", "unescalated"),
            ("info", "fo"),
            ("default", "details"),
        ] {
            assert!(!opposites(a, b), "{a} / {b}");
        }
    }

    fn error_of(extra: &[&str]) -> String {
        let line = ["handoff", "replay", "-r", "r.yaml", "t.csv"]
            .iter()
            .chain(extra);
        let err = crate::cli::Cli::try_parse_from(line).unwrap_err();
        without_opposites(err).to_string()
    }

    /// `--only unescalated` was told "a similar value exists: 'escalated'", its
    /// opposite; `not-escalated` is the one meant.
    #[test]
    fn a_value_is_not_suggested_its_opposite() {
        let err = error_of(&["--only", "unescalated"]);
        assert!(
            err.contains("a similar value exists: 'not-escalated'"),
            "{err}"
        );
        assert!(!err.contains("exists: 'escalated'"), "{err}");
        assert!(err.contains("[possible values: all, escalated, not-escalated]"));
        // Another negating prefix means the same.
        let err = error_of(&["--only", "disescalated"]);
        assert!(
            err.contains("a similar value exists: 'not-escalated'"),
            "{err}"
        );
        // No value of the same negation: no suggestion at all, the rest as clap's.
        let cmd = clap::Command::new("t").arg(
            clap::Arg::new("only")
                .long("only")
                .value_parser(["all", "escalated"]),
        );
        let err = cmd
            .try_get_matches_from(["t", "--only", "unescalated"])
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidValue);
        assert!(err.to_string().contains("exists: 'escalated'"), "{err}");
        let err = without_opposites(err);
        assert_eq!(err.exit_code(), 2);
        let err = err.to_string();
        assert!(!err.contains("similar value"), "{err}");
        assert!(
            err.starts_with("error: invalid value 'unescalated' for '--only <only>'\n  [possible values: all, escalated]\n"),
            "{err}"
        );
        // cli40 review: the negation given anywhere, and the reverse.
        for given in [
            "unescalate",
            "deescalated",
            "unescalated-only",
            "notescalated",
        ] {
            let err = error_of(&["--only", given]);
            assert!(
                err.contains("a similar value exists: 'not-escalated'"),
                "{given}: {err}"
            );
        }
        let err = error_of(&["--only", "not-escalate"]);
        assert!(
            err.contains("a similar value exists: 'not-escalated'"),
            "{err}"
        );
        // A typo is still helped.
        let err = error_of(&["--format", "jsn"]);
        assert!(err.contains("a similar value exists: 'json'"), "{err}");
        let err = error_of(&["--only", "escalatd"]);
        assert!(err.contains("a similar value exists: 'escalated'"), "{err}");
    }
}
