//! The timestamp forms `parse_timestamp_in` reads, and those it leaves unread.

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

/// Without a date order, a slashed date both orders make real is left unread:
/// `05/06/2020` is the 5th of June in Europe and May 6th in the US, and nothing in the
/// value says which.
#[test]
fn ambiguous_slashed_dates_are_not_guessed() {
    for slashed in [
        "05/06/2020",
        "05/06/2020 10:00",
        "5/6/20 2:03 PM",
        "12/01/2020",
    ] {
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
