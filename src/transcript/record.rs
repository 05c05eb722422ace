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
/// a day-first dotted date (`13.05.2020 15:14`, see `parse_dotted`), or Unix epoch
/// seconds / milliseconds.
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
    // A dot second or third (`3.5.2020`, `13.05.2020`): no ISO form, which starts with a
    // year; tried first, so that a dotted export's every row builds no parse errors.
    if value
        .as_bytes()
        .get(1..3)
        .is_some_and(|b| b.contains(&b'.'))
    {
        let dt = parse_dotted(value)?;
        return zone.to_timestamp(dt).ok().map(|t| (t, true));
    }
    if let Ok(ts) = value.parse::<jiff::Timestamp>() {
        return Some((ts, false));
    }
    if let Ok(dt) = value.parse::<jiff::civil::DateTime>() {
        return zone.to_timestamp(dt).ok().map(|t| (t, true));
    }
    None
}

/// A dotted numeric date, `DD.MM.YYYY` with an optional ` HH:MM[:SS[.fff]]`: the form of
/// German, Austrian, Swiss, Russian, Polish, Nordic and Czech exports (`13.05.2020
/// 15:14`, `3.5.2020 9:05`). Wherever dots separate a numeric date, the day comes first,
/// so it is read as day.month.year; a date that does not exist (`31.02.2020`) is none.
/// Slashed dates (`05/06/2020`) are not read: day-first and month-first both use them.
fn parse_dotted(value: &str) -> Option<jiff::civil::DateTime> {
    let (day, rest) = number(value, 2)?;
    let (month, rest) = number(rest.strip_prefix('.')?, 2)?;
    let rest = rest.strip_prefix('.')?;
    let (year, rest) = number(rest, 4).filter(|(_, after)| rest.len() - after.len() == 4)?;
    let date =
        jiff::civil::Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
    if rest.is_empty() {
        return Some(date.to_datetime(jiff::civil::Time::midnight()));
    }
    // The time, after one or more spaces: `H:MM`, `HH:MM`, with `:SS` and a fraction.
    let clock = rest.trim_start_matches(' ');
    if clock.len() == rest.len() {
        return None;
    }
    let (hour, rest) = number(clock, 2)?;
    let (minute, rest) = two_digits(rest.strip_prefix(':')?)?;
    let (second, rest) = match rest.strip_prefix(':') {
        Some(rest) => two_digits(rest)?,
        None => (0, rest),
    };
    let nanos = match rest.strip_prefix(['.', ',']) {
        None if rest.is_empty() => 0,
        None => return None,
        Some(fraction) => {
            if fraction.is_empty()
                || fraction.len() > 9
                || !fraction.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            // `.5` is half a second: padded to nine digits.
            format!("{fraction:0<9}").parse().ok()?
        }
    };
    let time = jiff::civil::Time::new(
        i8::try_from(hour).ok()?,
        i8::try_from(minute).ok()?,
        i8::try_from(second).ok()?,
        nanos,
    )
    .ok()?;
    Some(date.to_datetime(time))
}

/// 1 to `most` ASCII digits at the start of `s` (`most` at most 4), as a number, and
/// the rest.
fn number(s: &str, most: usize) -> Option<(i16, &str)> {
    let len = s.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > most {
        return None;
    }
    Some((s[..len].parse().ok()?, &s[len..]))
}

/// Exactly two ASCII digits at the start of `s` (minutes, seconds), and the rest.
fn two_digits(s: &str) -> Option<(i16, &str)> {
    let digits = s.get(..2)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((digits.parse().ok()?, &s[2..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A German export writes `13.05.2020 15:14`: day first, as everywhere dotted
    /// numeric dates are written; it was a D003 and the message lost its time.
    #[test]
    fn dotted_dates_are_day_first() {
        let at = |text: &str| text.parse::<jiff::Timestamp>().unwrap();
        assert_eq!(
            parse_timestamp("13.05.2020 15:14"),
            Some(at("2020-05-13T15:14:00Z"))
        );
        assert_eq!(
            parse_timestamp("13.05.2020 15:14:07"),
            Some(at("2020-05-13T15:14:07Z"))
        );
        assert_eq!(
            parse_timestamp("3.5.2020 9:05"),
            Some(at("2020-05-03T09:05:00Z"))
        );
        assert_eq!(
            parse_timestamp(" 05.06.2020 "),
            Some(at("2020-06-05T00:00:00Z"))
        );
        assert_eq!(
            parse_timestamp("13.05.2020  15:14:07,5"),
            Some(at("2020-05-13T15:14:07.5Z"))
        );
        assert_eq!(
            parse_timestamp("29.02.2024 23:59:59.123"),
            Some(at("2024-02-29T23:59:59.123Z"))
        );
        // Offset-less: the export's zone, as `2020-05-13 15:14` is.
        let berlin = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
        assert_eq!(
            parse_timestamp_in("13.05.2020 15:14", &berlin),
            Some((at("2020-05-13T13:14:00Z"), true))
        );
        // Dates and times that do not exist, and forms that are not this one.
        for bad in [
            "31.02.2020",
            "29.02.2023 10:00",
            "13.13.2020",
            "00.05.2020",
            "13.05.2020 24:00",
            "13.05.2020 15:60",
            "13.05.2020 15:14:61",
            "13.05.20",
            "13.05.20201",
            "123.05.2020",
            "13.05.2020T15:14",
            "13.05.2020 15",
            "13.05.2020 15:1",
            "13.05.2020 15:14:",
            "13.05.2020 15:14.",
            "13.05.2020 15:14 Uhr",
            "13.05.2020 15:14:07.1234567890",
            "13..2020",
            "13.05.",
            "1.2.3",
            "13.05.2020 ١٥:14",
            "13.05.2020 1é:14",
        ] {
            assert_eq!(parse_timestamp(bad), None, "{bad}");
        }
    }

    /// Slashed dates are left unread: `05/06/2020` is the 5th of June in Europe and
    /// May 6th in the US, and nothing in the value says which.
    #[test]
    fn slashed_dates_are_not_guessed() {
        for slashed in ["05/06/2020", "05/06/2020 10:00", "13/05/2020", "2020/05/13"] {
            assert_eq!(parse_timestamp(slashed), None, "{slashed}");
        }
    }

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
