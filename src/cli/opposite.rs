//! clap's "a similar value exists" without opposites: takes a parse error of clap's,
//! gives it back without a suggested value that is the given value's opposite, a
//! negating prefix (`un-`, `in-`, `non-`, `not-`, `dis-`) added or removed (`--only
//! unescalated` was told "a similar value exists: 'escalated'", the contrary of what
//! was meant). Where another value is the same negation of it (`not-escalated`), that
//! one is suggested instead. The error keeps clap's words and its exit code 2; nothing
//! else of it changes.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// Prefixes that turn a word into its opposite, longest first.
const NEGATING: [&str; 5] = ["non", "not", "dis", "un", "in"];

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
    // The same negation of the suggestion among the values (`not-escalated` for
    // `unescalated`, both longer than `escalated`): what was meant.
    let same_negation = match err.get(ContextKind::ValidValue) {
        Some(ContextValue::Strings(valid)) => valid
            .iter()
            .find(|v| {
                **v != suggestion
                    && v.len() > suggestion.len()
                    && given.len() > suggestion.len()
                    && opposites(v, &suggestion)
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

/// Whether `a` and `b` (compared ignoring case) are the same name but for a negating
/// prefix at the start of one of the words of one of them (`escalated` and
/// `unescalated`, `blocking` and `non-blocking`, `ready` and `not_ready`).
fn opposites(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let starts = std::iter::once(0).chain(
        long.char_indices()
            .filter(|&(_, c)| !c.is_alphanumeric())
            .map(|(i, c)| i + c.len_utf8()),
    );
    for start in starts {
        let (head, rest) = long.split_at(start);
        for prefix in NEGATING {
            let Some(after) = rest.strip_prefix(prefix) else {
                continue;
            };
            // The prefix alone or written with a separator (`non-blocking`).
            let joined = after
                .strip_prefix(['-', '_', ' '])
                .into_iter()
                .chain([after]);
            if joined.filter(|after| !after.is_empty()).any(|after| {
                short.len() == head.len() + after.len()
                    && short.starts_with(head)
                    && short.ends_with(after)
            }) {
                return true;
            }
        }
    }
    false
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
        ] {
            assert!(opposites(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("jsn", "json"),
            ("in", "un"),
            ("escalated", "escalated"),
            ("invoice", "voices"),
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
        // A typo is still helped.
        let err = error_of(&["--format", "jsn"]);
        assert!(err.contains("a similar value exists: 'json'"), "{err}");
        let err = error_of(&["--only", "escalatd"]);
        assert!(err.contains("a similar value exists: 'escalated'"), "{err}");
    }
}
