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
/// a day-first dotted date (`13.05.2020 15:14`, see `parse_dotted`), a slashed date
/// that only one order makes real (`13/05/2020`, `5/13/20 2:03 PM`, `2020/05/13`), a
/// German date with the month's name (`13. Mai 2020 15:14`), or Unix epoch seconds /
/// milliseconds.
pub fn parse_timestamp(value: &str) -> Option<jiff::Timestamp> {
    parse_timestamp_in(value, &jiff::tz::TimeZone::UTC).map(|(time, _)| time)
}

/// [`parse_timestamp`], with a date and time written without an offset read as the local
/// time of `read`'s zone (the export's, `timestamp_tz:`), a time in a gap or a fold
/// resolved as jiff's `compatible` does (RFC 5545, Temporal): in a gap (02:30 the night
/// clocks go forward) the time after it, 03:30; in a fold (01:30 the night they go back)
/// the first of the two. A slashed date both orders make real (`05/06/2020`) is read in
/// `read`'s order (a mapping's `date_order:`, or the one it learned from an earlier date;
/// none for a bare zone). Also says whether the value had no offset (and was read in the
/// zone).
pub fn parse_timestamp_in(
    value: &str,
    read: impl ReadIn + Copy,
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
    // A dot second or third (`3.5.2020`, `13.05.2020`, `13. Mai 2020`): no ISO form,
    // which starts with a year; tried first, so that a dotted export's every row builds no
    // parse errors.
    if value
        .as_bytes()
        .get(1..3)
        .is_some_and(|b| b.contains(&b'.'))
    {
        let dt = parse_dotted(value).or_else(|| parse_named(value))?;
        return read.zone().to_timestamp(dt).ok().map(|t| (t, true));
    }
    // A slash second or third (`5/6/20`, `13/05/2020`): no ISO form either; tried before
    // them for the same reason.
    if value
        .as_bytes()
        .get(1..3)
        .is_some_and(|b| b.contains(&b'/'))
    {
        let dt = parse_slashed(value, &read)?;
        return read.zone().to_timestamp(dt).ok().map(|t| (t, true));
    }
    if let Ok(ts) = value.parse::<jiff::Timestamp>() {
        return Some((ts, false));
    }
    if let Ok(dt) = value.parse::<jiff::civil::DateTime>() {
        return read.zone().to_timestamp(dt).ok().map(|t| (t, true));
    }
    // Slashed dates that start with their year (`2020/05/13`), after the ISO forms so
    // that those pay nothing for them.
    let dt = parse_slashed(value, &read)?;
    read.zone().to_timestamp(dt).ok().map(|t| (t, true))
}

mod named;
mod numeric;
mod order;

use named::parse_named;
use numeric::{parse_dotted, parse_slashed};
pub use order::{DateOrder, DateOrderSetting, Learned, ReadIn, Reading};
pub(crate) use order::{against_the_order, unread_words};

#[cfg(test)]
mod slashed_tests;
#[cfg(test)]
mod tests;
