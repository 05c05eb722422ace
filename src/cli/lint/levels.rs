//! `handoff lint`'s level flags (`-A`/`--allow`, `-W`/`--warn`, `-D`/`--deny`) → the
//! severity overrides, over the project file's `lint:` section; and how each flag was
//! typed ([`TypedLevels`]), so that an error quotes `-D L003` when that is what the
//! user wrote, not the long flag clap's values no longer tell apart.

use std::ffi::OsString;

use super::LintArgs;
use crate::lint::config::{LintSection, two_levels};
use crate::lint::{Level, Overrides};

/// The value of a level flag as the command line wrote it: the flag (`-D`, `--deny`), what
/// joined the value to it (a space, `=`, or nothing: `-DL003`), the value (one of a
/// comma-separated list) and the whole of what was typed after the flag (the list).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Typed {
    flag: String,
    joint: &'static str,
    value: String,
    whole: String,
}

impl Typed {
    /// The flag and its value as typed, for an error to quote: the whole list
    /// (`-AL002,L003`, not `-AL002`, never typed), in double quotes when it has a space
    /// or is empty, as the shell needed them (`-A "L003, L002"`, not `-A L003, L002`).
    fn quoted(&self) -> String {
        let whole = if self.whole.is_empty() || self.whole.contains(char::is_whitespace) {
            format!("\"{}\"", self.whole)
        } else {
            self.whole.clone()
        };
        format!("{}{}{whole}", self.flag, self.joint)
    }
}

/// How the level flags were typed, each level's values in the order clap keeps them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedLevels {
    allow: Vec<Typed>,
    warn: Vec<Typed>,
    deny: Vec<Typed>,
}

impl TypedLevels {
    /// Reads the arguments (the program's name first) as clap does for the level flags:
    /// `--deny X`, `--deny=X`, `-D X`, `-DX`, `-D=X`, a short flag after others in one
    /// word (`-qD X`), but not inside the value of a short flag that takes one (`-fD`
    /// is `--format D`); `--` ends the flags. `takes_value`: whether a short flag takes
    /// a value.
    pub(crate) fn scan(argv: &[OsString], takes_value: impl Fn(char) -> bool) -> TypedLevels {
        let mut typed = TypedLevels::default();
        let mut words = argv.iter().skip(1).map(|w| w.to_string_lossy());
        while let Some(word) = words.next() {
            if word == "--" {
                break;
            }
            let (flag, joint, value) = if let Some(long) = word.strip_prefix("--") {
                let (name, value) = match long.split_once('=') {
                    Some((name, value)) => (name, Some(value.to_owned())),
                    None => (long, None),
                };
                if level_of_long(name).is_none() {
                    continue;
                }
                match value {
                    Some(value) => (format!("--{name}"), "=", value),
                    None => match words.next() {
                        Some(value) => (format!("--{name}"), " ", value.into_owned()),
                        None => break,
                    },
                }
            } else if let Some(cluster) = word.strip_prefix('-') {
                let Some((at, letter)) = cluster
                    .char_indices()
                    .take_while(|&(_, c)| level_of_short(c).is_some() || !takes_value(c))
                    .find(|&(_, c)| level_of_short(c).is_some())
                else {
                    continue;
                };
                let flag = format!("-{}", &cluster[..at + letter.len_utf8()]);
                let rest = &cluster[at + letter.len_utf8()..];
                if rest.is_empty() {
                    match words.next() {
                        Some(value) => (flag, " ", value.into_owned()),
                        None => break,
                    }
                } else if let Some(value) = rest.strip_prefix('=') {
                    (flag, "=", value.to_owned())
                } else {
                    (flag, "", rest.to_owned())
                }
            } else {
                continue;
            };
            let level = flag
                .strip_prefix("--")
                .and_then(level_of_long)
                .or_else(|| flag.chars().last().and_then(level_of_short));
            let Some(level) = level else { continue };
            for part in value.split(',') {
                typed.of_mut(level).push(Typed {
                    flag: flag.clone(),
                    joint,
                    value: part.to_owned(),
                    whole: value.clone(),
                });
            }
        }
        typed
    }

    fn of(&self, level: Level) -> &[Typed] {
        match level {
            Level::Allow => &self.allow,
            Level::Warn => &self.warn,
            Level::Deny => &self.deny,
        }
    }

    fn of_mut(&mut self, level: Level) -> &mut Vec<Typed> {
        match level {
            Level::Allow => &mut self.allow,
            Level::Warn => &mut self.warn,
            Level::Deny => &mut self.deny,
        }
    }

    /// Whether these are the values clap gave `args`, one for one: else the command line
    /// was read otherwise than clap read it, and is not quoted.
    fn fits(&self, args: &LintArgs) -> bool {
        [
            (&args.allow, Level::Allow),
            (&args.warn, Level::Warn),
            (&args.deny, Level::Deny),
        ]
        .into_iter()
        .all(|(keys, level)| {
            let typed = self.of(level);
            typed.len() == keys.len() && typed.iter().zip(keys).all(|(t, k)| t.value == *k)
        })
    }
}

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

fn level_of_long(name: &str) -> Option<Level> {
    match name {
        "allow" => Some(Level::Allow),
        "warn" => Some(Level::Warn),
        "deny" => Some(Level::Deny),
        _ => None,
    }
}

fn level_of_short(c: char) -> Option<Level> {
    match c {
        'A' => Some(Level::Allow),
        'W' => Some(Level::Warn),
        'D' => Some(Level::Deny),
        _ => None,
    }
}

/// The severity overrides: the project file's `lint:` section, then the flags, which win
/// over it; a code the flags give two levels (`--allow L002 --deny L002`) is a usage
/// error, as one the file gives two is a mistake of the file.
pub(super) fn overrides(
    args: &LintArgs,
    section: Option<&LintSection>,
) -> anyhow::Result<(Overrides, bool)> {
    let mut overrides = Overrides::default();
    let mut deny_warnings = false;
    if let Some(section) = section {
        // Checked when the file was read: a bad code there names its line and column.
        deny_warnings = overrides.apply_section(section).map_err(|(e, ..)| e)?;
    }
    // As typed (`-D L003`, `-DL003`), when the command line was read as clap read it.
    let typed = args.typed.as_ref().filter(|t| t.fits(args));
    let mut said = Vec::new();
    for (keys, level, flag) in [
        (&args.allow, Level::Allow, "--allow"),
        (&args.warn, Level::Warn, "--warn"),
        (&args.deny, Level::Deny, "--deny"),
    ] {
        for (i, key) in keys.iter().enumerate() {
            overrides.set(key, level)?;
            let place = match typed.and_then(|t| t.of(level).get(i)) {
                Some(t) => format!("`{}`", t.quoted()),
                None => format!("`{flag} {key}`"),
            };
            said.push((level, key.as_str(), place, ()));
        }
    }
    if let Some((e, ())) = two_levels(said).into_iter().next() {
        return Err(e.into());
    }
    Ok((overrides, deny_warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(words: &[&str]) -> TypedLevels {
        let argv: Vec<OsString> = std::iter::once("handoff")
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect();
        TypedLevels::scan(&argv, |c| matches!(c, 'r' | 'f' | 'A' | 'W' | 'D'))
    }

    /// Each level's values as `flag`, joint and value, written back as typed.
    fn written(typed: &TypedLevels, level: Level) -> Vec<String> {
        typed
            .of(level)
            .iter()
            .map(|t| format!("{}{}{}", t.flag, t.joint, t.value))
            .collect()
    }

    #[test]
    fn each_value_keeps_the_flag_it_was_typed_with() {
        let typed = scan(&[
            "lint",
            "-D",
            "L003",
            "-DL002",
            "--deny=R010",
            "-qA",
            "M010,L005",
            "--warn",
            "-15",
            "-D=x",
            "rules",
        ]);
        assert_eq!(
            written(&typed, Level::Deny),
            ["-D L003", "-DL002", "--deny=R010", "-D=x"]
        );
        assert_eq!(written(&typed, Level::Allow), ["-qA M010", "-qA L005"]);
        assert_eq!(written(&typed, Level::Warn), ["--warn -15"]);
    }

    #[test]
    fn what_is_no_level_flag_is_passed_over() {
        // `-fD`: `D` is the value of `-f`; after `--`, words are paths; `--denial` and
        // `--deny-warnings` are other flags; a flag at the end has no value.
        let typed = scan(&[
            "lint",
            "-fD",
            "--deny-warnings",
            "--denial",
            "x",
            "-rD",
            "--",
            "-D",
            "L003",
        ]);
        assert_eq!(typed, TypedLevels::default());
        assert_eq!(scan(&["lint", "-D"]), TypedLevels::default());
    }

    /// The flags as typed are quoted only when they are the values clap read; else the
    /// long flag, as before.
    #[test]
    fn flags_read_otherwise_than_clap_read_them_are_not_quoted() {
        let words = ["lint", "-D", "L003", "-A", "L003"];
        let line: Vec<OsString> = std::iter::once("handoff")
            .chain(words)
            .map(OsString::from)
            .collect();
        let cli = <crate::cli::Cli as clap::Parser>::try_parse_from(&line).unwrap();
        let crate::cli::Command::Lint(mut args) = cli.command else {
            panic!("not lint")
        };
        let said = |args: &LintArgs| overrides(args, None).unwrap_err().to_string();
        args.typed = Some(scan(&words));
        assert!(
            said(&args).contains("`-A L003` and `-D L003`"),
            "{}",
            said(&args)
        );
        args.typed = Some(scan(&["lint", "-D", "L002", "-A", "L003"]));
        assert!(
            said(&args).contains("`--allow L003` and `--deny L003`"),
            "{}",
            said(&args)
        );
        args.typed = None;
        assert!(
            said(&args).contains("`--allow L003` and `--deny L003`"),
            "{}",
            said(&args)
        );
    }

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
