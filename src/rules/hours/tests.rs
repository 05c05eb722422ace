//! `hours:` parsing (ranges, days, zones, what each error expects) and evaluation (past
//! midnight, weekdays in the zone, daylight saving time).

use super::*;

fn hours(between: &str, days: &[&str], tz: &str) -> Hours {
    let (start, end) = parse_range(between).unwrap();
    let days = if days.is_empty() {
        EVERY_DAY
    } else {
        days.iter()
            .map(|d| parse_days(d).unwrap())
            .fold(0, |a, b| a | b)
    };
    Hours {
        start,
        end,
        days,
        tz: parse_tz(tz).unwrap(),
        tz_name: tz.to_owned(),
    }
}

fn at(time: &str) -> Timestamp {
    time.parse().unwrap()
}

#[test]
fn ranges_parse_and_say_what_they_expect() {
    assert_eq!(parse_range("09:00-17:30"), Ok((540, 1050)));
    assert_eq!(parse_range("9:00 - 17:30"), Ok((540, 1050)));
    assert_eq!(parse_range("22:00-06:00"), Ok((1320, 360)));
    assert_eq!(parse_range("00:00-24:00"), Ok((0, 1440)));
    for bad in [
        "9-17",
        "09:00",
        "25:00-26:00",
        "09:60-10:00",
        "09:5-10:00",
        "a-b",
    ] {
        let e = parse_range(bad).unwrap_err();
        assert!(e.contains("HH:MM-HH:MM"), "{bad}: {e}");
    }
    assert!(
        parse_range("09:00-09:00")
            .unwrap_err()
            .contains("starts where it ends")
    );
    assert!(parse_range("24:00-06:00").unwrap_err().contains("24:00"));
}

#[test]
fn days_parse_names_and_ranges() {
    assert_eq!(parse_days("mon"), Ok(0b1));
    assert_eq!(parse_days("Sunday"), Ok(0b100_0000));
    assert_eq!(parse_days("mon-fri"), Ok(0b1_1111));
    assert_eq!(parse_days("fri-mon"), Ok(0b111_0001));
    let e = parse_days("mun").unwrap_err();
    assert!(
        e.contains("unknown day `mun`") && e.contains("mon, tue"),
        "{e}"
    );
    assert!(parse_days("mon-fry").unwrap_err().contains("`fry`"));
}

#[test]
fn zones_are_iana_names_or_offsets() {
    assert!(parse_tz("Europe/London").is_ok());
    assert!(parse_tz("UTC").is_ok());
    assert!(parse_tz("+01:00").is_ok());
    assert!(parse_tz("-05:30").is_ok());
    let e = parse_tz("Europe/Lodnon").unwrap_err();
    assert!(e.contains("unknown time zone `Europe/Lodnon`"), "{e}");
    assert!(parse_tz("+1").unwrap_err().contains("+HH:MM"));
    // Code review: the machine's own zone, and POSIX's reversed signs, are refused.
    let e = parse_tz("localtime").unwrap_err();
    assert!(
        e.contains("the zone of the machine that runs handoff"),
        "{e}"
    );
    let e = parse_tz("Etc/GMT-1").unwrap_err();
    assert!(e.contains("write the offset `+01:00` instead"), "{e}");
    let e = parse_tz("Etc/GMT+10").unwrap_err();
    assert!(e.contains("write the offset `-10:00` instead"), "{e}");
    assert!(parse_tz("Etc/GMT").is_ok());
}

/// Code review: what `explain` prints (`09:00–17:00 mon–fri`) reads back.
#[test]
fn ranges_with_dashes_as_printed_read_back() {
    assert_eq!(parse_range("09:00\u{2013}17:30"), Ok((540, 1050)));
    assert_eq!(parse_days("mon\u{2013}fri"), parse_days("mon-fri"));
}

#[test]
fn a_range_holds_from_its_start_to_before_its_end() {
    let h = hours("09:00-17:30", &[], "UTC");
    assert!(!h.holds(at("2026-03-02T08:59:59Z")));
    assert!(h.holds(at("2026-03-02T09:00:00Z")));
    assert!(h.holds(at("2026-03-02T17:29:59Z")));
    assert!(!h.holds(at("2026-03-02T17:30:00Z")));
}

#[test]
fn a_range_past_midnight_holds_on_both_sides_of_it() {
    let h = hours("22:00-06:00", &[], "UTC");
    assert!(h.holds(at("2026-03-02T23:15:00Z")));
    assert!(h.holds(at("2026-03-03T00:00:00Z")));
    assert!(h.holds(at("2026-03-03T05:59:00Z")));
    assert!(!h.holds(at("2026-03-03T06:00:00Z")));
    assert!(!h.holds(at("2026-03-02T21:59:00Z")));
}

/// The weekday is the message's local date's: 23:30 UTC on a Friday is already Saturday
/// in Berlin, and 01:00 UTC on a Saturday still Friday in New York.
#[test]
fn weekdays_are_those_of_the_zone() {
    let weekdays = hours("00:00-24:00", &["mon-fri"], "Europe/Berlin");
    // Friday 2026-03-06 23:30 UTC = Saturday 00:30 in Berlin.
    assert!(!weekdays.holds(at("2026-03-06T23:30:00Z")));
    assert!(weekdays.holds(at("2026-03-06T22:30:00Z")));
    let ny = hours("00:00-24:00", &["fri"], "America/New_York");
    // Saturday 2026-03-07 01:00 UTC = Friday 20:00 in New York.
    assert!(ny.holds(at("2026-03-07T01:00:00Z")));
    let offset = hours("00:00-24:00", &["sat"], "+01:00");
    assert!(offset.holds(at("2026-03-06T23:30:00Z")));
}

/// 09:00 in London is 09:00 UTC in winter and 08:00 UTC in summer (BST from 29 March
/// 2026); a fixed offset does not move.
#[test]
fn daylight_saving_time_moves_the_hours() {
    let london = hours("09:00-17:00", &[], "Europe/London");
    assert!(!london.holds(at("2026-03-27T08:30:00Z")));
    assert!(london.holds(at("2026-03-30T08:30:00Z")));
    assert!(!london.holds(at("2026-03-30T16:30:00Z")));
    assert_eq!(
        london.local(at("2026-03-30T08:30:00Z")),
        "Mon 2026-03-30 09:30 (Europe/London)"
    );
    let fixed = hours("09:00-17:00", &[], "+00:00");
    assert!(!fixed.holds(at("2026-03-30T08:30:00Z")));
}

#[test]
fn descriptions_read_as_written() {
    assert_eq!(
        hours("09:00-17:30", &["mon-fri"], "Europe/London").describe(),
        "09:00–17:30 mon–fri (Europe/London)"
    );
    assert_eq!(
        hours("00:00-24:00", &["sat", "sun"], "UTC").describe(),
        "any time sat, sun (UTC)"
    );
    assert_eq!(
        hours("22:00-06:00", &["mon", "wed-fri"], "UTC").describe(),
        "22:00–06:00 mon, wed–fri (UTC)"
    );
}
