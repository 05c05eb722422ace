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
    // The machine's own zone, and POSIX's reversed signs, are refused.
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

/// What `explain` prints (`09:00–17:00 mon–fri`) reads back.
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

/// A range past midnight is one shift, counted for the day it starts, as rota tools
/// count them: with `days: [mon-fri]`, Saturday 02:00 is in Friday's night shift and
/// Monday 02:00 in Sunday's, which is not a weekday's.
#[test]
fn the_early_hours_belong_to_the_shift_of_the_evening_before() {
    let nights = hours("22:00-06:00", &["mon-fri"], "UTC");
    // Friday 2026-03-06 22:00 starts Friday's shift; Saturday 02:00 is still in it.
    assert!(nights.holds(at("2026-03-06T22:00:00Z")));
    assert!(nights.holds(at("2026-03-07T02:00:00Z")));
    assert!(nights.holds(at("2026-03-07T05:59:59Z")));
    // It ends at 06:00, and Saturday has no shift of its own.
    assert!(!nights.holds(at("2026-03-07T06:00:00Z")));
    assert!(!nights.holds(at("2026-03-07T22:00:00Z")));
    // Monday 02:00 is in Sunday's shift; Monday's starts at 22:00.
    assert!(!nights.holds(at("2026-03-09T02:00:00Z")));
    assert!(!nights.holds(at("2026-03-09T21:59:59Z")));
    assert!(nights.holds(at("2026-03-09T22:00:00Z")));
    assert!(nights.holds(at("2026-03-10T02:00:00Z")));
    let placed = nights.place(at("2026-03-07T02:00:00Z"));
    assert_eq!((placed.weekday(), placed.shift), (5, Some(4)));
    assert_eq!(
        nights.local(at("2026-03-07T02:00:00Z")),
        "Sat 2026-03-07 02:00 (UTC), in Fri's 22:00–06:00 shift"
    );
    assert_eq!(
        nights.local(at("2026-03-09T02:00:00Z")),
        "Mon 2026-03-09 02:00 (UTC), in Sun's 22:00–06:00 shift"
    );
    // The evening of a shift is its own day's: nothing to add; nor without `days`.
    assert_eq!(
        nights.local(at("2026-03-06T23:00:00Z")),
        "Fri 2026-03-06 23:00 (UTC)"
    );
    assert_eq!(
        hours("22:00-06:00", &[], "UTC").local(at("2026-03-07T02:00:00Z")),
        "Sat 2026-03-07 02:00 (UTC)"
    );
    // Outside the range, no shift: the local time alone.
    assert_eq!(nights.place(at("2026-03-07T12:00:00Z")).shift, None);
    assert_eq!(
        nights.local(at("2026-03-07T12:00:00Z")),
        "Sat 2026-03-07 12:00 (UTC)"
    );
    // A range within a day counts the calendar day, and says no shift.
    let day = hours("09:00-17:00", &["sat"], "UTC");
    assert!(day.holds(at("2026-03-07T10:00:00Z")));
    assert_eq!(
        day.local(at("2026-03-07T10:00:00Z")),
        "Sat 2026-03-07 10:00 (UTC)"
    );
    // Sunday's shift only: Monday's early hours.
    let sunday = hours("22:00-06:00", &["sun"], "UTC");
    assert!(sunday.holds(at("2026-03-09T02:00:00Z")));
    assert!(!sunday.holds(at("2026-03-08T02:00:00Z")));
}

/// The nights the clocks change: the shift is read on the local clock, so it still
/// starts at 22:00 and ends at 06:00 local time, an hour shorter or longer than usual,
/// and stays the evening's.
#[test]
fn shifts_on_the_nights_the_clocks_change() {
    let london = hours("22:00-06:00", &["sat"], "Europe/London");
    // Spring forward: Sunday 2026-03-29 01:00 GMT → 02:00 BST.
    assert!(london.holds(at("2026-03-28T22:00:00Z"))); // Sat 22:00 GMT
    assert!(london.holds(at("2026-03-29T00:59:00Z"))); // Sun 00:59 GMT
    assert!(london.holds(at("2026-03-29T01:00:00Z"))); // Sun 02:00 BST
    assert!(london.holds(at("2026-03-29T04:59:00Z"))); // Sun 05:59 BST
    assert!(!london.holds(at("2026-03-29T05:00:00Z"))); // Sun 06:00 BST
    assert_eq!(
        london.local(at("2026-03-29T01:30:00Z")),
        "Sun 2026-03-29 02:30 (Europe/London), in Sat's 22:00–06:00 shift"
    );
    // Fall back: Sunday 2026-10-25 02:00 BST → 01:00 GMT; 01:30 happens twice, both in
    // Saturday's shift, which ends at 06:00 GMT.
    assert!(london.holds(at("2026-10-24T21:00:00Z"))); // Sat 22:00 BST
    assert!(london.holds(at("2026-10-25T00:30:00Z"))); // Sun 01:30 BST
    assert!(london.holds(at("2026-10-25T01:30:00Z"))); // Sun 01:30 GMT
    assert!(london.holds(at("2026-10-25T05:59:00Z"))); // Sun 05:59 GMT
    assert!(!london.holds(at("2026-10-25T06:00:00Z"))); // Sun 06:00 GMT
    assert!(!london.holds(at("2026-10-24T20:59:00Z"))); // Sat 21:59 BST
    let new_york = hours("22:00-06:00", &["sat"], "America/New_York");
    // Spring forward: Sunday 2026-03-08 02:00 EST → 03:00 EDT.
    assert!(new_york.holds(at("2026-03-08T03:00:00Z"))); // Sat 22:00 EST
    assert!(new_york.holds(at("2026-03-08T06:59:00Z"))); // Sun 01:59 EST
    assert!(new_york.holds(at("2026-03-08T07:00:00Z"))); // Sun 03:00 EDT
    assert!(new_york.holds(at("2026-03-08T09:59:00Z"))); // Sun 05:59 EDT
    assert!(!new_york.holds(at("2026-03-08T10:00:00Z"))); // Sun 06:00 EDT
    // Fall back: Sunday 2026-11-01 02:00 EDT → 01:00 EST.
    assert!(new_york.holds(at("2026-11-01T05:30:00Z"))); // Sun 01:30 EDT
    assert!(new_york.holds(at("2026-11-01T06:30:00Z"))); // Sun 01:30 EST
    assert!(new_york.holds(at("2026-11-01T10:59:00Z"))); // Sun 05:59 EST
    assert!(!new_york.holds(at("2026-11-01T11:00:00Z"))); // Sun 06:00 EST
    // Sunday's own shift starts at 22:00 EST, after the change.
    let sunday = hours("22:00-06:00", &["sun"], "America/New_York");
    assert!(!sunday.holds(at("2026-11-01T06:30:00Z")));
    assert!(sunday.holds(at("2026-11-02T03:00:00Z"))); // Sun 22:00 EST
}

/// `tz: Europe/Berln` was "unknown time zone" with no "did you mean", where a
/// misspelt severity, builtin or counter name gets one.
#[test]
fn a_misspelt_zone_is_given_the_name_meant() {
    for (written, meant) in [
        ("Europe/Berln", "Europe/Berlin"),
        ("America/New_Yrok", "America/New_York"),
        ("Berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
    ] {
        let e = parse_tz(written).unwrap_err();
        assert!(
            e.starts_with(&format!(
                "unknown time zone `{written}`: did you mean `{meant}`?"
            )),
            "{e}"
        );
    }
    let e = parse_tz("Nowhere/Zzzzzzz").unwrap_err();
    assert!(!e.contains("did you mean"), "{e}");
}
