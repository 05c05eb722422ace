//! `handoff lint --list` and `--explain`: the codes and their documentation, from the
//! registry (`lint::code`); a code written as no code's id (a number alone, a sign, a
//! typo) is an error that names the codes meant. Reads no rules.

use super::super::{ExitStatus, Io};
use crate::lint::code::{CODES, lookup};
use crate::report::lint::LintFormat;

/// `--list`: every code, as a table for people or (`-f json`) as
/// `{"version": 2, "codes": [{id, name, origin, severity, status, summary}]}` (version 2:
/// `origin` is written as in the table, `rule loading`, not `fatal`); SARIF and
/// GitHub annotations carry findings, not a list of codes, so they are refused.
pub(super) fn list(format: LintFormat, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    match format {
        LintFormat::Human => {
            for c in CODES {
                let origin = c.origin.label();
                writeln!(
                    io.stdout,
                    "{} {:<30} {:<7} {:<8} {}",
                    c.id, c.name, origin, c.severity, c.summary
                )?;
            }
        }
        LintFormat::Json => {
            #[derive(serde::Serialize)]
            struct List {
                version: u32,
                codes: &'static [crate::lint::code::Code],
            }
            let doc = List {
                version: 2,
                codes: CODES,
            };
            serde_json::to_writer_pretty(&mut *io.stdout, &doc)?;
            writeln!(io.stdout)?;
        }
        LintFormat::Sarif | LintFormat::Github => {
            anyhow::bail!(
                "--list prints the codes as human text or JSON (`--format json`); `--format {}` is for findings",
                if format == LintFormat::Sarif {
                    "sarif"
                } else {
                    "github"
                }
            );
        }
    }
    Ok(ExitStatus::Success)
}

/// `key`, a number, without its spaces and leading zeros (`0008`: `8`, `000`: `0`).
fn number_of(key: &str) -> &str {
    match key.trim().trim_start_matches('0') {
        "" => "0",
        digits => digits,
    }
}

/// Prints the documentation of the code `key` names: its id or name, or its id with the
/// number written short or padded (`R8`, `R0008`: `R008`). A number alone is the code
/// of that number when only one letter has it (`15`: `D015`), else told the codes it
/// is (`8`, `0008`); an id of no code, a likely one or the codes of its letter.
pub(super) fn explain(key: &str, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    use crate::lint::code::{numbered, of_letter, short_id, suggestion};
    let only_one = |key: &str| match numbered(key).as_slice() {
        [id] => lookup(id),
        _ => None,
    };
    let find = |key: &str| {
        lookup(key)
            .or_else(|| short_id(key))
            .or_else(|| only_one(key))
    };
    let Some(code) = find(key) else {
        let quoted = |ids: &[&str]| {
            ids.iter()
                .map(|id| format!("`{id}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        // A code written with a sign (`-15`, cli43): no code has one; said only when
        // what follows the sign is a code or a number codes have (not `--list`, `-x`,
        // `-0`, `-1e3`), with the code meant or the codes of that number.
        let unsigned = key.trim().trim_start_matches(['-', '+']);
        if unsigned.len() < key.trim().len() {
            let meant = match (find(unsigned), numbered(unsigned)) {
                (Some(code), _) => Some(format!(": did you mean `{}`?", code.id)),
                (None, ids) if !ids.is_empty() => Some(format!(
                    ": the codes numbered {} are {}",
                    number_of(unsigned),
                    quoted(&ids)
                )),
                _ => None,
            };
            if let Some(meant) = meant {
                anyhow::bail!(
                    "unknown code `{key}`; a code has no sign{meant} (`handoff lint --list` shows them all)"
                );
            }
        }
        // A number alone, or a letter's number of no code: the codes there are, not a
        // guess at one digit (`R9` is as near `R001` as `R008`).
        let hint = match (numbered(key), of_letter(key), suggestion(key)) {
            // The number as the ids write it, without its padding (cli42 review:
            // "the codes numbered 0008").
            (ids, _, _) if !ids.is_empty() => format!(
                "; a code's id has its letter: the codes numbered {} are {}",
                number_of(key),
                quoted(&ids)
            ),
            (_, ids, _) if !ids.is_empty() => {
                format!("; the codes of its letter are {}", quoted(&ids))
            }
            (_, _, Some(s)) => format!("; did you mean `{s}`?"),
            _ => String::new(),
        };
        anyhow::bail!("unknown code `{key}`{hint} (`handoff lint --list` shows them all)");
    };
    write!(io.stdout, "{}", code.doc)?;
    Ok(ExitStatus::Success)
}
