//! One row of a labels file: a row's text error → the message that names its column, and
//! a row's label cells → the [`Label`] they mean or the message saying why they mean
//! none. Reads no file and counts nothing; see `read.rs`.

use super::super::{Label, LabelColumns, NO_TEAM};
use crate::text::shown;
use crate::transcript::{TextError, size, unclosed_message};

/// A row's text error as `(line, message)`; reading goes on after it. An I/O error ends
/// the reading: `(line, error)`.
pub(super) fn text_error(
    e: TextError,
    header: &[String],
) -> Result<(u64, String), (u64, std::io::Error)> {
    match e {
        TextError::Io { line, source } => Err((line, source)),
        TextError::NotUtf8 { line } => Ok((
            line,
            "row is not valid UTF-8: save the labels file as UTF-8".to_owned(),
        )),
        TextError::Unclosed {
            line,
            field,
            unclosed,
            limit,
        } => {
            let column = header
                .get(field - 1)
                .map_or_else(|| format!("{field}"), |name| format!("`{name}`"));
            Ok((
                line,
                format!(
                    "{}: close the quote, or double each quote inside a value (\"\")",
                    unclosed_message(&column, unclosed, limit, false)
                ),
            ))
        }
        TextError::TooLong { line, limit } => Ok((
            line,
            format!(
                "the row is longer than {}, the limit for one row: is this a labels file?",
                size(limit)
            ),
        )),
    }
}

/// The label of a row whose team cell is `team_cell` and escalated cell is
/// `escalated_cell` (trimmed, `None` when empty; not both `None`), or the message of the
/// row's error: a value that is not true/false, a team the rules do not have (`teams`),
/// or a team that contradicts `expected_escalated`.
pub(super) fn label(
    team_cell: Option<&str>,
    escalated_cell: Option<&str>,
    columns: &LabelColumns,
    teams: &[&str],
) -> Result<Label, String> {
    let escalated = match escalated_cell {
        None => None,
        Some(v) => {
            let Some(value) = crate::text::parse_flag(v) else {
                return Err(format!(
                    "`{}` is not true/false (or yes/no, y/n, 1/0)",
                    shown(v)
                ));
            };
            Some(value)
        }
    };
    let team = team_cell.map(|t| {
        if ["none", "-", "(none)"].contains(&t.to_lowercase().as_str()) {
            NO_TEAM.to_owned()
        } else {
            t.to_owned()
        }
    });
    if let Some(t) = team.as_deref().filter(|t| *t != NO_TEAM)
        && !teams.contains(&t)
    {
        let suggestion = crate::diag::did_you_mean(t, teams.iter().copied())
            .map(|s| format!("did you mean `{s}`? "))
            .unwrap_or_default();
        return Err(format!(
            "unknown team `{}`; {suggestion}the rules have: {} (or `none` for must not escalate)",
            shown(t),
            teams.join(", ")
        ));
    }
    if let (Some(t), Some(e)) = (team.as_deref(), escalated)
        && (t == NO_TEAM) == e
    {
        // The cells as written (`yes`, `-`), under the file's own column names.
        let (team_cell, escalated_cell) = (
            shown(team_cell.unwrap_or_default()),
            shown(escalated_cell.unwrap_or_default()),
        );
        let (team_name, escalated_name) = (&columns.expected_team, &columns.expected_escalated);
        return Err(if e {
            format!(
                "{team_name} `{team_cell}` contradicts {escalated_name} `{escalated_cell}`: a conversation that must escalate needs a team (or an empty {team_name})"
            )
        } else {
            format!(
                "{team_name} `{team_cell}` contradicts {escalated_name} `{escalated_cell}`: a conversation that must not escalate has no team"
            )
        });
    }
    Ok(Label { escalated, team })
}
