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
        return if n >= 100_000_000_000 {
            jiff::Timestamp::from_millisecond(n).ok()
        } else {
            jiff::Timestamp::from_second(n).ok()
        };
    }
    if let Ok(ts) = value.parse::<jiff::Timestamp>() {
        return Some(ts);
    }
    if let Ok(dt) = value.parse::<jiff::civil::DateTime>() {
        return dt
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .ok()
            .map(|z| z.timestamp());
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
}
