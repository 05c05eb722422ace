//! `--map` arguments pasted from a file's path: `input.columns.text=body`,
//! `meta.tier=plan` under `input.`, `input.roles.customer=requester` → the flag that
//! says the same (`--map text=body`, `--map meta.tier=plan`, `--role
//! requester=customer`), with the value the user wrote kept, or said to be missing.
//! Reads no file; gives an error message, or `None` for a pair that is no such path.

use super::{FIELDS, ROLES, meta, shown};
use crate::transcript::normalize_field;

/// The message for a `--map` pair whose field is a mapping file's (`columns.text`) or
/// `.handoff.yaml`'s (`input.columns.text`, `input.text`, `input.meta.tier`,
/// `input.roles.customer`) path; `None` when `field` is not one.
pub(super) fn message(field: &str, value: &str) -> Option<String> {
    let field = field.trim();
    let value = value.trim();
    let (file, nesting, rest) = strip_section(field)?;
    let (section, name) = match rest.split_once('.') {
        Some((section, name)) => (normalize_field(section), Some(name)),
        None => (normalize_field(rest), None),
    };
    let write = match (section.as_str(), name) {
        ("columns", Some(name)) if is_field(name) => with_value(
            &format!("--map {}=", normalize_field(name)),
            value,
            "COLUMN",
        ),
        // `input.text=body`, a field directly under `input:` (`.handoff.yaml` only).
        (field_name, None) if nesting.is_some() && is_field(field_name) => {
            with_value(&format!("--map {field_name}="), value, "COLUMN")
        }
        ("meta", Some(key)) if !key.trim().is_empty() => with_value(
            &format!("--map {}=", meta::meta_field(key.trim())),
            value,
            "COLUMN",
        ),
        // Roles are no --map pair: said on their own.
        ("roles", Some(role)) if ROLES.contains(&normalize_field(role).as_str()) => {
            let role = normalize_field(role);
            let write = if value.is_empty() {
                format!(", and the value after `=` is missing: write `--role VALUE={role}`")
            } else {
                format!(": write `--role {}={role}`", shown(value))
            };
            return Some(format!(
                "`{}`: a role value is given with --role VALUE=ROLE (once for each value), not with --map as under `roles:` in {file}{write}",
                shown(field)
            ));
        }
        ("ignore_columns", None) => with_value("--ignore-column ", value, "COLUMN"),
        ("date_order" | "delimiter", None) => {
            with_value(&format!("--map {section}="), value, "VALUE")
        }
        _ => return None,
    };
    Some(format!(
        "`{}`: with --map a field is named alone, without the `{}` of {file}{write}",
        shown(field),
        nesting.unwrap_or("").to_owned() + &prefix_of(rest, &section),
    ))
}

/// `input.` and what follows it (`.handoff.yaml`), or a mapping file's section.
fn strip_section(field: &str) -> Option<(&'static str, Option<&'static str>, &str)> {
    match field.split_once('.') {
        Some((first, rest)) if normalize_field(first) == "input" => {
            Some(("`.handoff.yaml`", Some("input."), rest))
        }
        Some((first, _))
            if normalize_field(first) == "columns" || normalize_field(first) == "roles" =>
        {
            Some(("a mapping file", None, field))
        }
        _ => None,
    }
}

/// The section part of the nesting to name (`columns.`, `roles.`), none for a key
/// directly under `input:` (`input.text`, `input.meta` is kept: `--map meta.KEY`).
fn prefix_of(rest: &str, section: &str) -> String {
    match (rest.contains('.'), section) {
        (true, "meta") | (false, _) => String::new(),
        (true, section) => format!("{section}."),
    }
}

fn is_field(name: &str) -> bool {
    FIELDS.contains(&normalize_field(name).as_str())
}

/// ": write `FLAG VALUE`", or, without a value, that it is missing.
fn with_value(flag: &str, value: &str, placeholder: &str) -> String {
    if value.is_empty() {
        format!(", and the value after `=` is missing: write `{flag}{placeholder}`")
    } else {
        format!(": write `{flag}{}`", shown(value))
    }
}
