//! How `handoff lint`'s level flags were typed: the command line → each level's values
//! with the flag, the joint and the list they were typed with ([`TypedLevels`]), so that
//! an error quotes `-D L003` when that is what the user wrote, not the long flag clap's
//! values no longer tell apart.

use std::ffi::OsString;

use super::super::LintArgs;
use crate::lint::Level;

/// The value of a level flag as the command line wrote it: the flag (`-D`, `--deny`), what
/// joined the value to it (a space, `=`, or nothing: `-DL003`), the value (one of a
/// comma-separated list) and the whole of what was typed after the flag (the list).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Typed {
    pub(super) flag: String,
    pub(super) joint: &'static str,
    pub(super) value: String,
    pub(super) whole: String,
}

impl Typed {
    /// The flag and its value as typed, for an error to quote: the whole list
    /// (`-AL002,L003`, not `-AL002`, never typed), in double quotes when it has a space
    /// or is empty, as the shell needed them (`-A "L003, L002"`, not `-A L003, L002`).
    pub(super) fn quoted(&self) -> String {
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

    pub(super) fn of(&self, level: Level) -> &[Typed] {
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
    pub(super) fn fits(&self, args: &LintArgs) -> bool {
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

pub(super) fn level_of_long(name: &str) -> Option<Level> {
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

#[cfg(test)]
mod tests {
    use super::super::overrides;
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
}
