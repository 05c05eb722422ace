//! `handoff lint`'s level flags (`-A`/`--allow`, `-W`/`--warn`, `-D`/`--deny`) → the
//! severity overrides, over the project file's `lint:` section.

use super::LintArgs;
use crate::lint::config::{LintSection, two_levels};
use crate::lint::{Level, Overrides};

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
    let mut said = Vec::new();
    for (keys, level, flag) in [
        (&args.allow, Level::Allow, "--allow"),
        (&args.warn, Level::Warn, "--warn"),
        (&args.deny, Level::Deny, "--deny"),
    ] {
        for key in keys {
            overrides.set(key, level)?;
            said.push((level, key.as_str(), format!("`{flag} {key}`"), ()));
        }
    }
    if let Some((e, ())) = two_levels(said).into_iter().next() {
        return Err(e.into());
    }
    Ok((overrides, deny_warnings))
}
