//! `timestamp_tz:` (mapping file, `.handoff.yaml`'s `input:`, `--map timestamp_tz=...`):
//! takes its value; gives the zone an export writes its local times in, or an error in
//! an `hours:` condition's `tz` words.

use crate::yaml::Spanned;

/// The zone an export writes its local times in, and its name as written.
#[derive(Debug, Clone)]
pub struct TimestampZone {
    pub zone: jiff::tz::TimeZone,
    /// Shared with each message read in it ([`crate::transcript::Clock::ExportZone`]).
    pub name: std::sync::Arc<str>,
}

/// What a timestamp without an offset is read in when the mapping names no zone.
pub(super) static UTC: jiff::tz::TimeZone = jiff::tz::TimeZone::UTC;

/// A `timestamp_tz:` value → the zone, refused as an `hours:` condition's `tz` is (the
/// machine's own zone, POSIX's reversed `Etc/GMT+N`), with the same words.
pub(super) fn read_zone(tz: &Spanned<String>) -> Result<TimestampZone, String> {
    crate::rules::hours::parse_tz(&tz.value)
        .map(|zone| TimestampZone {
            zone,
            name: tz.value.trim().into(),
        })
        .map_err(|e| format!("`timestamp_tz`: {e}"))
}
