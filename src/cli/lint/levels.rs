//! `handoff lint`'s level flags (`-A`/`--allow`, `-W`/`--warn`, `-D`/`--deny`) → the
//! severity overrides, over the project file's `lint:` section. How each flag was typed
//! is read in `levels/typed.rs` ([`TypedLevels`]), so that an error quotes `-D L003`
//! when that is what the user wrote; clap's errors of their values are said in this
//! project's words in `levels/clap_errors.rs`.

use super::LintArgs;
use crate::lint::config::{LintSection, two_levels};
use crate::lint::{Level, Overrides};

mod clap_errors;
mod typed;

pub(crate) use clap_errors::{level_value_error, short_takes_value};
pub(crate) use typed::TypedLevels;

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
