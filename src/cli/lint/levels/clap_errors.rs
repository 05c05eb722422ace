//! Clap's errors of `handoff lint`'s level flags, said in this project's words: a code
//! written with a sign after a level flag (`-D -L003`), which clap took for flags, is
//! told what [`Overrides::set`] tells of it; and which short flags take a value, as
//! clap reads them, for [`TypedLevels::scan`].

use std::ffi::OsString;

use super::typed::TypedLevels;
use crate::lint::{Level, Overrides};

/// The error to give for clap's `err` instead, if `argv` is `lint` with a code written
/// with a sign after a level flag (`-D -L003`), which clap took for flags:
/// [`signed_code`].
pub(crate) fn signed_code_error(argv: &[OsString], err: &clap::Error) -> Option<clap::Error> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let (ErrorKind::UnknownArgument, Some(ContextValue::String(invalid))) =
        (err.kind(), err.get(ContextKind::InvalidArg))
    else {
        return None;
    };
    if !argv.iter().any(|w| w == "lint") {
        return None;
    }
    let said = signed_code(argv, invalid, short_takes_value())?;
    Some(clap::Error::raw(
        ErrorKind::InvalidValue,
        format!("{said}\n"),
    ))
}

/// Whether a short flag of `lint` (or a global one) takes a value (`-f json`), as clap
/// reads it: what follows it in the same word is its value, not more flags.
pub(crate) fn short_takes_value() -> impl Fn(char) -> bool {
    let cli = <crate::cli::Cli as clap::CommandFactory>::command();
    let mut shorts = Vec::new();
    let lint = cli.find_subcommand("lint").into_iter();
    for arg in cli
        .get_arguments()
        .chain(lint.flat_map(clap::Command::get_arguments))
    {
        if arg.get_action().takes_values() {
            shorts.extend(arg.get_short_and_visible_aliases().into_iter().flatten());
        }
    }
    move |c| shorts.contains(&c)
}

/// What to say of a code written with a sign after a level flag (`-D -L003`, `-D -L999`,
/// `-D -warnings`), which clap took for flags (`unexpected argument '-L'`, `invalid`),
/// with its tip to write `-- -L` that lints a file `-L003`: what [`Overrides::set`] says
/// of the value, as for `-D=-L003` or `allow: [-L008]` (a code has no sign, and the code
/// meant). `None` when the word clap refused is no level flag's value. (A number with a
/// sign, `-D -15`, clap takes as a value, and [`Overrides::set`] says the same of it.)
fn signed_code(
    argv: &[OsString],
    invalid: &str,
    takes_value: impl Fn(char) -> bool,
) -> Option<String> {
    if !invalid.starts_with('-') {
        return None;
    }
    let typed = TypedLevels::scan(argv, takes_value);
    [Level::Allow, Level::Warn, Level::Deny]
        .into_iter()
        .flat_map(|level| typed.of(level).iter().map(move |t| (level, t)))
        .filter(|(_, t)| t.joint == " " && t.value.starts_with(invalid))
        .find_map(|(level, t)| {
            Overrides::default()
                .set(&t.value, level)
                .err()
                .map(|e| e.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// cli45: `-D -L003` was clap's "unexpected argument '-L'" and its tip to write
    /// `-- -L`; the code is named, as it was meant, or why the level does not take it
    /// (`R008`, a rule-test file's, was suggested to `--warn`).
    #[test]
    fn a_code_with_a_sign_after_a_level_flag_is_named() {
        let said = |words: &[&str], invalid: &str| {
            let argv: Vec<OsString> = std::iter::once("handoff")
                .chain(words.iter().copied())
                .map(OsString::from)
                .collect();
            signed_code(&argv, invalid, |c| matches!(c, 'r' | 'f' | 'A' | 'W' | 'D'))
        };
        assert_eq!(
            said(&["lint", "-D", "-L003"], "-L").as_deref(),
            Some("`-L003` is not a lint code: a code has no sign; did you mean `L003`?")
        );
        assert_eq!(
            said(&["lint", "-qA", "-Unused-Signal"], "-U").as_deref(),
            Some(
                "`-Unused-Signal` is not a lint code: a code has no sign; did you mean `unused-signal`?"
            )
        );
        assert_eq!(
            said(&["lint", "--warn", "-r8"], "-r").as_deref(),
            Some(
                "`-r8` is not a lint code: a code has no sign, and `R008` \
                 (test-file-without-cases) cannot be overridden: it is about rule-test files, \
                 not rules"
            )
        );
        // No code after the sign: said so, as `-D=-X003` is (not clap's `-- -X`).
        assert_eq!(
            said(&["lint", "-D", "-X003"], "-X").as_deref(),
            Some(
                "`-X003` is not a lint code: a code has no sign; `handoff lint --list` shows the codes"
            )
        );
        // Clap refused another word: its error stands.
        assert_eq!(said(&["lint", "-D", "-L003", "-Z"], "-Z"), None);
        assert_eq!(said(&["lint", "-Z", "L003"], "-Z"), None);
    }

    /// The flags that take a value are clap's: `-f`, `-r` and the levels', not `-q`.
    #[test]
    fn short_flags_that_take_a_value_are_read_from_clap() {
        let takes = short_takes_value();
        for c in ['f', 'r', 'A', 'W', 'D'] {
            assert!(takes(c), "{c}");
        }
        for c in ['q', 'v', 'h'] {
            assert!(!takes(c), "{c}");
        }
    }
}
