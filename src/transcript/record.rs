//! One transcript row, whatever file format it came from, and the parsing of its values.

use std::sync::Arc;

/// The four mapped fields of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    ConversationId,
    Role,
    Text,
    Timestamp,
}

/// A row as the format readers present it to grouping.
pub(super) trait Row {
    /// Line of the row's start in its file (1-based).
    fn line(&self) -> u64;
    /// The mapped field's value; empty when absent.
    fn field(&self, field: Field) -> &str;
    /// Every other column, with its normalised name.
    fn for_each_meta(&self, f: &mut dyn FnMut(&Arc<str>, &str));
}

/// Parses the timestamps exports use: RFC 3339 (`2024-03-01T09:15:00Z`, with offset),
/// a date and time without zone (read as UTC, with `T` or a space, optional fraction),
/// or Unix epoch seconds / milliseconds.
pub fn parse_timestamp(value: &str) -> Option<jiff::Timestamp> {
    parse_timestamp_in(value, &jiff::tz::TimeZone::UTC).map(|(time, _)| time)
}

/// [`parse_timestamp`], with a date and time written without an offset read as the local
/// time of `zone` (the export's, `timestamp_tz:`), a time in a gap or a fold resolved as
/// jiff's `compatible` does (RFC 5545, Temporal): in a gap (02:30 the night clocks go
/// forward) the time after it, 03:30; in a fold (01:30 the night they go back) the first
/// of the two. Also says whether the value had no offset (and was read in `zone`).
pub fn parse_timestamp_in(
    value: &str,
    zone: &jiff::tz::TimeZone,
) -> Option<(jiff::Timestamp, bool)> {
    let value = crate::text::trim(value);
    if value.is_empty() {
        return None;
    }
    // Unix time first: failing an RFC 3339 parse builds an error, which costs.
    // At most 16 digits: no overflow, and no need for `str::parse`'s general path. Digits
    // checked and added up in one pass.
    if value.len() <= 16
        && let Some(n) = value.bytes().try_fold(0i64, |n, b| {
            let digit = b.wrapping_sub(b'0');
            (digit <= 9).then(|| n * 10 + i64::from(digit))
        })
    {
        // 10^11 seconds is the year 5138: anything larger is milliseconds.
        let time = if n >= 100_000_000_000 {
            jiff::Timestamp::from_millisecond(n).ok()
        } else {
            jiff::Timestamp::from_second(n).ok()
        };
        return time.map(|t| (t, false));
    }
    if let Ok(ts) = value.parse::<jiff::Timestamp>() {
        return Some((ts, false));
    }
    if let Ok(dt) = value.parse::<jiff::civil::DateTime>() {
        return zone.to_timestamp(dt).ok().map(|t| (t, true));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_in_common_export_formats() {
        let utc = parse_timestamp("2024-03-01T09:15:00Z").unwrap();
        assert_eq!(parse_timestamp("2024-03-01T10:15:00+01:00"), Some(utc));
        assert_eq!(parse_timestamp("2024-03-01 09:15:00"), Some(utc));
        assert_eq!(parse_timestamp("2024-03-01T09:15:00"), Some(utc));
        assert_eq!(parse_timestamp(" 1709284500 "), Some(utc));
        assert_eq!(parse_timestamp("1709284500000"), Some(utc));
        assert_eq!(parse_timestamp(""), None);
        assert_eq!(parse_timestamp("yesterday at noon"), None);
        assert_eq!(parse_timestamp("99999999999999999"), None);
        assert_eq!(parse_timestamp("0"), jiff::Timestamp::from_second(0).ok());
        assert_eq!(parse_timestamp("17092845/0"), None);
        assert_eq!(parse_timestamp("1709284:00"), None);
    }

    /// Offset-less times are the zone's local time, daylight saving time included; a time
    /// with an offset, or Unix time, keeps its own; a gap or fold is resolved as jiff's
    /// `compatible` does.
    #[test]
    fn offset_less_times_are_read_in_the_export_zone() {
        let london = jiff::tz::TimeZone::get("Europe/London").unwrap();
        let read = |value: &str| parse_timestamp_in(value, &london);
        let at = |text: &str| text.parse::<jiff::Timestamp>().unwrap();
        // Winter: GMT; summer: BST, an hour ahead of UTC.
        assert_eq!(
            read("2026-01-05 09:00:00"),
            Some((at("2026-01-05T09:00:00Z"), true))
        );
        assert_eq!(
            read("2026-06-01T09:00:00"),
            Some((at("2026-06-01T08:00:00Z"), true))
        );
        assert_eq!(
            read("2026-06-01 09:00"),
            Some((at("2026-06-01T08:00:00Z"), true))
        );
        // With an offset, or Unix time: as written.
        assert_eq!(
            read("2026-06-01T09:00:00Z"),
            Some((at("2026-06-01T09:00:00Z"), false))
        );
        assert_eq!(
            read("2026-06-01T09:00:00+02:00"),
            Some((at("2026-06-01T07:00:00Z"), false))
        );
        assert_eq!(
            read("1780304400"),
            Some((at("2026-06-01T09:00:00Z"), false))
        );
        // The gap (2026-03-29 01:00 GMT → 02:00 BST): 01:30 does not exist, read as the
        // time after the gap, 02:30 BST. The fold (2026-10-25 02:00 BST → 01:00 GMT):
        // 01:30 happens twice, read as the first, BST.
        assert_eq!(
            read("2026-03-29 01:30:00"),
            Some((at("2026-03-29T01:30:00Z"), true))
        );
        assert_eq!(
            read("2026-10-25 01:30:00"),
            Some((at("2026-10-25T00:30:00Z"), true))
        );
        // Minutes elapsed across the change are real minutes: 00:30 GMT to 03:30 BST is 2 hours.
        let (a, _) = read("2026-03-29 00:30:00").unwrap();
        let (b, _) = read("2026-03-29 03:30:00").unwrap();
        assert_eq!(b.as_second() - a.as_second(), 2 * 3600);
        // Without a zone, UTC, and said to be offset-less all the same.
        assert_eq!(
            parse_timestamp_in("2026-06-01 09:00:00", &jiff::tz::TimeZone::UTC),
            Some((at("2026-06-01T09:00:00Z"), true))
        );
        assert_eq!(read("noon"), None);
        assert_eq!(read(""), None);
    }
}
