//! `--map` arguments pasted from a file's path: `input.columns.text=body`,
//! `meta.tier=plan` under `input.`, `input.roles.customer=requester` → the flag that
//! says the same (`--map text=body`, `--map meta.tier=plan`, `--role
//! requester=customer`, one --role for each value of a list), with the value the user
//! wrote kept and quoted for the shell, or said to be missing; a path with no flag
//! (`input.timestamp_tz`), a section (`input.columns`), an unknown field or role, or a
//! key left out (`input.meta.=x`) is said as what is wrong. Reads no file; gives an error
//! message, or `None` for a pair that is no such path.

use super::{FIELDS, ROLES, meta, shown};
use crate::text::shell::shell_word;
use crate::transcript::normalize_field;

/// The message for a `--map` pair whose field is a mapping file's (`columns.text`) or
/// `.handoff.yaml`'s (`input.columns.text`, `input.text`, `input.meta.tier`,
/// `input.roles.customer`) path; `None` when `field` is not one.
pub(super) fn message(field: &str, value: &str) -> Option<String> {
    let field = field.trim();
    let value = value.trim();
    let (file, nesting, rest) = strip_section(field)?;
    let (section, name) = match rest.split_once('.') {
        Some((section, name)) => (normalize_field(section), Some(name.trim())),
        None => (normalize_field(rest), None),
    };
    let said = |what: String| Some(format!("`{}`: {what}", shown(field)));
    let write = match (section.as_str(), name) {
        ("columns", Some(name)) if is_field(name) => with_value(&normalize_field(name), value),
        // `input.text=body`, a field directly under `input:` (`.handoff.yaml` only).
        (field_name, None) if nesting.is_some() && is_field(field_name) => {
            with_value(field_name, value)
        }
        ("meta", Some(key)) if !normalize_field(key).is_empty() => {
            with_value(&meta::meta_field(&normalize_field(key)), value)
        }
        ("meta", Some(_)) => {
            return said(format!(
                "the metadata field's name after `meta.` is missing{}",
                write_flag("--map", &format!("meta.KEY={}", or_column(value)))
            ));
        }
        ("columns", Some(name)) => {
            return said(format!(
                "`{}` is no field of `columns:` ({}); a metadata field is named `meta.KEY` with --map{}",
                shown(name),
                FIELDS.join(", "),
                write_flag(
                    "--map",
                    &format!("meta.{}={}", meta_key(name), or_column(value))
                )
            ));
        }
        // A section given a value of its own: it holds fields, roles or keys.
        ("columns", None) => {
            return said(format!(
                "`columns:` of {file} holds the fields ({}), each with its column{}",
                FIELDS.join(", "),
                write_flag("--map", &format!("FIELD={}", or_column(value)))
            ));
        }
        ("meta", None) => {
            return said(format!(
                "`meta:` of {file} holds metadata fields, each with its column{}",
                write_flag("--map", &format!("meta.KEY={}", or_column(value)))
            ));
        }
        // Roles are no --map pair: said on their own.
        ("roles", role) => return said(roles(file, role, value)),
        ("ignore_columns", None) => {
            return said(format!(
                "a column neither a field nor metadata is given with --ignore-column (once for each column), not with --map as under `ignore_columns:` in {file}{}",
                match each("--ignore-column", value, str::to_owned) {
                    flags if flags.is_empty() => {
                        ", and the value after `=` is missing: write `--ignore-column COLUMN`"
                            .to_owned()
                    }
                    flags => format!(": write `{flags}`"),
                }
            ));
        }
        ("timestamp_tz", None) => {
            return said(format!(
                "the time zone of timestamps without an offset has no flag: write `timestamp_tz: {}` under `input:` in `.handoff.yaml`, or at the top of a mapping file given with --mapping",
                if value.is_empty() { "ZONE" } else { value }
            ));
        }
        ("date_order" | "delimiter", None) => with_value(&section, value),
        _ => return None,
    };
    Some(format!(
        "`{}`: with --map a field is named alone, without the `{}` of {file}{write}",
        shown(field),
        nesting.unwrap_or("").to_owned() + &prefix_of(rest, &section),
    ))
}

/// What `roles.ROLE=VALUE` says: roles are given with --role, once for each value (a
/// list `[x, y]` is one --role each).
fn roles(file: &str, role: Option<&str>, value: &str) -> String {
    let named = role.map(normalize_field);
    let (known, write) = match named.as_deref() {
        Some(role) if ROLES.contains(&role) => (String::new(), role.to_owned()),
        Some(role) => (
            format!("`{}` is no role ({}); ", shown(role), ROLES.join(", ")),
            "ROLE".to_owned(),
        ),
        None => (String::new(), "ROLE".to_owned()),
    };
    // An empty list (`[]`) is a missing value too: it wrote "write ``".
    let how = match each("--role", value, |v| format!("{v}={write}")) {
        flags if flags.is_empty() => {
            format!(", and the value after `=` is missing: write `--role VALUE={write}`")
        }
        flags => format!(": write `{flags}`"),
    };
    format!(
        "{known}a role value is given with --role VALUE=ROLE (once for each value), not with --map as under `roles:` in {file}{how}"
    )
}

/// `flag` once for each value of `value` (a YAML list `[x, y]`, or one), as `pair` of
/// it, each quoted for the shell; empty for no value (nothing, `[]`, `""`).
fn each(flag: &str, value: &str, pair: impl Fn(&str) -> String) -> String {
    let values: Vec<&str> = match value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        Some(list) => list
            .split(',')
            .map(|v| v.trim().trim_matches(['"', '\'']))
            .filter(|v| !v.is_empty())
            .collect(),
        None => vec![value.trim_matches(['"', '\''])],
    };
    let values: Vec<&str> = values.into_iter().filter(|v| !v.is_empty()).collect();
    values
        .iter()
        .map(|v| format!("{flag} {}", shell_word(&pair(&shown(v)))))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A metadata field's key as `meta.KEY` names it.
fn meta_key(name: &str) -> String {
    let key = normalize_field(name);
    if key.is_empty() {
        "KEY".to_owned()
    } else {
        key
    }
}

/// The value, or `COLUMN` in its place when it is missing.
fn or_column(value: &str) -> &str {
    if value.is_empty() { "COLUMN" } else { value }
}

/// ": write `FLAG PAIR`", the pair quoted for the shell.
fn write_flag(flag: &str, pair: &str) -> String {
    format!(": write `{flag} {}`", shell_word(&shown(pair)))
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

/// ": write `--map FIELD=VALUE`" (`field`: `text`, `meta.tier`), the pair quoted for
/// the shell, or, without a value, that it is missing.
fn with_value(field: &str, value: &str) -> String {
    if value.is_empty() {
        let placeholder = if matches!(field, "date_order" | "delimiter") {
            "VALUE"
        } else {
            "COLUMN"
        };
        format!(", and the value after `=` is missing: write `--map {field}={placeholder}`")
    } else {
        write_flag("--map", &format!("{field}={value}"))
    }
}

#[cfg(test)]
mod tests {
    use crate::transcript::ColumnMapping;

    fn said(pair: &str) -> String {
        ColumnMapping::default()
            .set_pair(pair)
            .unwrap_err()
            .to_string()
    }

    /// User report: hints that could not be run (`--role end user=customer` unquoted,
    /// `--role [x, y]=customer`), and "unknown field `input_columns_foo`" hints with a
    /// mangled name for other pasted `.handoff.yaml` paths. Each hint runs as written,
    /// or says what is wrong.
    #[test]
    fn every_pasted_path_gets_a_hint_that_runs() {
        for (pair, says) in [
            (
                "input.roles.customer=end user",
                "write `--role 'end user=customer'`",
            ),
            (
                "input.roles.customer=it's me",
                "write `--role 'it'\\''s me=customer'`",
            ),
            (
                "roles.customer=[x, y]",
                "write `--role x=customer --role y=customer`",
            ),
            (
                "input.columns.foo=bar",
                "`foo` is no field of `columns:` (conversation_id, timestamp, role, text); a metadata field is named `meta.KEY` with --map: write `--map meta.foo=bar`",
            ),
            (
                "input.timestamp_tz=UTC",
                "has no flag: write `timestamp_tz: UTC` under `input:` in `.handoff.yaml`",
            ),
            (
                "input.columns=body",
                "`columns:` of `.handoff.yaml` holds the fields (conversation_id, timestamp, role, text), each with its column: write `--map FIELD=body`",
            ),
            (
                "input.roles.bogus=x",
                "`bogus` is no role (customer, bot, agent); a role value is given with --role VALUE=ROLE (once for each value), not with --map as under `roles:` in `.handoff.yaml`: write `--role x=ROLE`",
            ),
            (
                "input.meta.=x",
                "the metadata field's name after `meta.` is missing: write `--map meta.KEY=x`",
            ),
            (
                "input.ignore_columns=x",
                "a column neither a field nor metadata is given with --ignore-column (once for each column), not with --map as under `ignore_columns:` in `.handoff.yaml`: write `--ignore-column x`",
            ),
            (
                "input.ignore_columns=[turn, seq]",
                "write `--ignore-column turn --ignore-column seq`",
            ),
            (
                "input.columns.text=message body",
                "write `--map 'text=message body'`",
            ),
        ] {
            let err = said(pair);
            assert!(err.contains(says), "{pair}: {err}");
            assert!(!err.contains("input_"), "{pair}: {err}");
            assert!(!err.contains("unknown field"), "{pair}: {err}");
        }
    }
}
