//! Clap's errors of `handoff lint`'s level flags, said in this project's words: a code
//! written with a sign after a level flag (`-D -L003`, `-W -D001`), which clap took for
//! flags, is told what [`Overrides::set`] tells of it; a level flag followed by a flag
//! or by nothing (`-W -q`) is told it was given no code and what one looks like; and
//! which short flags take a value, as clap reads them, for [`TypedLevels::scan`].

use std::ffi::OsString;

use super::typed::{TypedLevels, level_of_long};
use crate::lint::{Level, Overrides, lookup};

/// The error to give for clap's `err` instead, if `argv` is `lint` with a level flag
/// whose value clap did not take: a code written with a sign (`-D -L003`), which clap
/// took for flags ([`signed_code`]), or a flag, or nothing, where the code goes (`-W -q`,
/// `-W -D001`: [`no_code`]).
pub(crate) fn level_value_error(argv: &[OsString], err: &clap::Error) -> Option<clap::Error> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if !argv.iter().any(|w| w == "lint") {
        return None;
    }
    let said = match (
        err.kind(),
        err.get(ContextKind::InvalidArg),
        err.get(ContextKind::InvalidValue),
    ) {
        (ErrorKind::UnknownArgument, Some(ContextValue::String(invalid)), _) => {
            signed_code(argv, invalid, short_takes_value())?
        }
        // Clap's "a value is required for '--warn <CODE>' but none was supplied".
        (
            ErrorKind::InvalidValue,
            Some(ContextValue::String(arg)),
            Some(ContextValue::String(value)),
        ) if value.is_empty() => no_code(argv, arg, short_takes_value())?,
        _ => return None,
    };
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

/// What to say of a level flag clap gave no value (`arg`, as clap names it: `--warn
/// <CODE>`), when the word after it is a flag (`-W -q`, `-W --deny L003`, `-W -D001`)
/// or there is none: clap said only "a value is required for `'--warn <CODE>'`", of a
/// flag the user typed `-W`.
///
/// A word that is a code with a sign (`-D001` names `D001`; `-r8`, `R008`) is read as
/// the flag's value, as rustc and clippy read the word after `-W` whatever it starts
/// with (`unknown lint: -D001`), and as `-D -L003` is read here: no code starts with
/// `-`, so the word cannot have been meant as one, and what [`Overrides::set`] says of
/// it (a code has no sign; what the code meant is, or why the level does not take it)
/// is said, as for `-W=-D001`. Telling the user to write `-W=-D001` instead would only
/// get that error next. Any other word is a flag, and the level flag is told it was
/// given no code, with what one looks like. `None` when `arg` is no level flag.
fn no_code(argv: &[OsString], arg: &str, takes_value: impl Fn(char) -> bool) -> Option<String> {
    let long = arg.split_whitespace().next()?;
    let level = long.strip_prefix("--").and_then(level_of_long)?;
    let typed = TypedLevels::scan(argv, &takes_value);
    // The first value clap did not take: a word with a dash after a space (a number with
    // a sign, `-W -15`, clap takes as a value).
    let refused = typed
        .of(level)
        .iter()
        .find(|t| t.joint == " " && t.whole.starts_with('-') && t.whole.parse::<f64>().is_err());
    let Some(t) = refused else {
        // Nothing after the flag: the last word is the flag, as typed (`-qW`).
        let last = argv.last()?;
        let flag = TypedLevels::scan(
            &[OsString::new(), last.clone(), OsString::from("L003")],
            &takes_value,
        )
        .of(level)
        .first()
        .map_or_else(|| long.to_owned(), |t| t.flag.clone());
        return Some(format!(
            "`{flag}` was given no code: nothing follows it; {}",
            write_one(level)
        ));
    };
    let folded = crate::lint::code::ascii_folded(&t.value);
    let unsigned = folded.trim_start_matches('-');
    if lookup(unsigned)
        .or_else(|| crate::lint::code::short_id(unsigned))
        .is_some()
    {
        return Overrides::default()
            .set(&t.value, level)
            .err()
            .map(|e| e.to_string());
    }
    Some(format!(
        "`{}` was given no code: `{}` after it is a flag; {}",
        t.flag,
        t.whole,
        write_one(level)
    ))
}

/// How a code is given `level`: right after its flag, by id or name.
fn write_one(level: Level) -> String {
    let flag = match level {
        Level::Allow => "-A",
        Level::Warn => "-W",
        Level::Deny => "-D",
    };
    format!(
        "write a check's code or name after it (`{flag} L003`, `{flag} unused-signal`; \
         `handoff lint --list` shows them)"
    )
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

    /// `lint WORDS` as the command line, parsed by clap: what [`level_value_error`] says
    /// instead of clap's error, if anything.
    fn instead(words: &[&str]) -> Option<String> {
        let argv: Vec<OsString> = std::iter::once("handoff")
            .chain(std::iter::once("lint"))
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect();
        let err = <crate::cli::Cli as clap::Parser>::try_parse_from(&argv)
            .expect_err("clap refuses the command line");
        level_value_error(&argv, &err).map(|e| e.to_string())
    }

    /// cli47: `-W -D001` and `-W -q` were clap's bare "a value is required for `'--warn
    /// <CODE>'` but none was supplied", naming a flag typed `-W` `--warn`. A code with a
    /// sign is read as the flag's value, as rustc reads it (no code starts with `-`);
    /// a flag, or nothing, is said to be no code, with what one looks like.
    #[test]
    fn a_level_flag_followed_by_a_flag_says_what_to_write() {
        let d001 = "error: `-D001` is not a lint code: a code has no sign, and `D001` \
                    (malformed-row) cannot be overridden: it is about transcripts, not rules\n";
        for words in [
            &["-W", "-D001", "rules"][..],
            &["--warn", "-D001"],
            &["-qW", "-D001"],
            &["-D", "-D001"],
        ] {
            assert_eq!(instead(words).as_deref(), Some(d001), "{words:?}");
        }
        // As `-W=-D001` says it, which clap took as a value.
        let err = crate::lint::Overrides::default()
            .set("-D001", Level::Warn)
            .unwrap_err();
        assert_eq!(format!("error: {err}\n"), d001);
        // A code written short or by name, with a sign, that clap read as a flag's value.
        assert_eq!(
            instead(&["--warn", "-r8"]).as_deref(),
            Some(
                "error: `-r8` is not a lint code: a code has no sign, and `R008` \
                 (test-file-without-cases) cannot be overridden: it is about rule-test files, \
                 not rules\n"
            )
        );
        let warn = "write a check's code or name after it (`-W L003`, `-W unused-signal`; \
                    `handoff lint --list` shows them)\n";
        assert_eq!(
            instead(&["-W", "--deny", "L003"]),
            Some(format!(
                "error: `-W` was given no code: `--deny` after it is a flag; {warn}"
            ))
        );
        assert_eq!(
            instead(&["-qW", "-q", "rules"]),
            Some(format!(
                "error: `-qW` was given no code: `-q` after it is a flag; {warn}"
            ))
        );
        // A flag whose value looks like no code (`-D L003` as two words, `-DL003`).
        assert_eq!(
            instead(&["-A", "-DL003"]),
            Some(
                "error: `-A` was given no code: `-DL003` after it is a flag; write a check's \
                 code or name after it (`-A L003`, `-A unused-signal`; `handoff lint --list` \
                 shows them)\n"
                    .to_owned()
            )
        );
        // After a number with a sign, which clap took as a value: the flag it did not.
        assert_eq!(
            instead(&["-W", "-15", "--warn", "-q"]),
            Some(format!(
                "error: `--warn` was given no code: `-q` after it is a flag; {warn}"
            ))
        );
        for (words, flag) in [
            (&["rules", "-W"][..], "-W"),
            (&["rules", "-qW"], "-qW"),
            (&["rules", "--warn"], "--warn"),
        ] {
            assert_eq!(
                instead(words),
                Some(format!(
                    "error: `{flag}` was given no code: nothing follows it; {warn}"
                )),
                "{words:?}"
            );
        }
        // Another flag's missing value is clap's to say.
        assert_eq!(instead(&["--format", "-q"]), None);
        assert_eq!(instead(&["--config"]), None);
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
