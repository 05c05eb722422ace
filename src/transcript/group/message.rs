//! One row → its message: takes a row, the mapping and a spent message to write into;
//! gives the message (role through the role table, text, time read in the export's zone
//! and date order), and says in the report what it could not read (an unknown role
//! D002, a timestamp D003).

use std::path::PathBuf;
use std::sync::Arc;

use super::line_u32;
use crate::diag::Location;
use crate::transcript::mapping::ColumnMapping;
use crate::transcript::reader::ReadReport;
use crate::transcript::record::{Field, Row, parse_timestamp_in};
use crate::transcript::{Clock, Message, Role};

/// The message of `row`, written into `spare` (a spent message whose strings are reused).
#[inline]
pub(super) fn message(
    row: &dyn Row,
    mapping: &ColumnMapping,
    roles: &mut Vec<(String, Role)>,
    report: &mut ReadReport,
    file: &Arc<PathBuf>,
    mut spare: Message,
) -> Message {
    /// Distinct role values remembered; beyond, the role table answers.
    const ROLES_KEPT: usize = 8;
    let line = row.line();
    let raw_role = crate::text::trim(row.field(Field::Role));
    let known = roles.iter().find(|(value, _)| value == raw_role);
    let role = match known
        .map(|&(_, role)| role)
        .or_else(|| mapping.roles.get(raw_role))
    {
        Some(role) => {
            if known.is_none() && roles.len() < ROLES_KEPT {
                roles.push((raw_role.to_owned(), role));
            }
            role
        }
        None => {
            report.unknown_role(Location::line(file.as_ref(), line_u32(line)), raw_role);
            Role::Other
        }
    };
    let time = crate::text::trim(row.field(Field::Timestamp));
    let parsed = parse_timestamp_in(time, mapping.timestamp_zone().at(line));
    let timestamp = parsed.map(|(t, _)| t);
    if timestamp.is_none() && !time.is_empty() {
        report.bad_timestamp(
            Location::line(file.as_ref(), line_u32(line)),
            time,
            &mapping.date_order,
        );
    }
    spare.role = role;
    spare.text.clear();
    spare.text.push_str(row.field(Field::Text));
    // A value that does not parse is no time: D003 says so, and no output (escalation
    // and handoff times, explain steps, packets, `conversation.time`) shows it as one.
    spare.time.clear();
    if timestamp.is_some() {
        spare.time.push_str(time);
    }
    spare.timestamp = timestamp;
    spare.clock = match (parsed, &mapping.timestamp_tz) {
        (Some((_, true)), Some(tz)) => Clock::ExportZone(tz.name.clone()),
        (Some((_, true)), None) => Clock::AssumedUtc,
        _ => Clock::Written,
    };
    spare.line = line;
    spare
}
