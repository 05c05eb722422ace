//! Slashed dates (`13/05/2020`, `5/6/20 2:03 PM`) in the order set or learned, 12-hour
//! clocks, two-digit years, German month names, and D003's words for what stays unread.

use super::*;

fn at(text: &str) -> jiff::Timestamp {
    text.parse().unwrap()
}

static UTC: jiff::tz::TimeZone = jiff::tz::TimeZone::UTC;

fn utc() -> &'static jiff::tz::TimeZone {
    &UTC
}

fn setting(order: Option<DateOrder>) -> DateOrderSetting {
    let mut setting = DateOrderSetting::default();
    if let Some(order) = order {
        setting.set(order);
    }
    setting
}

/// A value read with `order` set (or none), in UTC.
fn read(value: &str, order: &DateOrderSetting) -> Option<jiff::Timestamp> {
    let reading = Reading {
        zone: utc(),
        order,
        line: 0,
    };
    parse_timestamp_in(value, reading).map(|(t, offsetless)| {
        assert!(offsetless, "{value}");
        t
    })
}

/// A slashed date only one order makes real is read in it, with no setting: Zendesk's
/// `13/05/2020 15:14`, a US export's `5/13/20 2:03 PM`; year first is one reading.
#[test]
fn slashed_dates_one_order_fits_are_read() {
    let cases = [
        ("13/05/2020 15:14", "2020-05-13T15:14:00Z"),
        ("13/05/2020", "2020-05-13T00:00:00Z"),
        ("05/13/2020 15:14:07", "2020-05-13T15:14:07Z"),
        ("5/13/20 2:03 PM", "2020-05-13T14:03:00Z"),
        ("5/13/20 2:03PM", "2020-05-13T14:03:00Z"),
        ("5/13/20 2:03:09 pm", "2020-05-13T14:03:09Z"),
        ("5/13/20 12:03 AM", "2020-05-13T00:03:00Z"),
        ("5/13/20 12:03 PM", "2020-05-13T12:03:00Z"),
        ("31/12/99 23:59", "1999-12-31T23:59:00Z"),
        ("31/12/68", "2068-12-31T00:00:00Z"),
        ("31/12/69", "1969-12-31T00:00:00Z"),
        ("2020/05/13 15:14", "2020-05-13T15:14:00Z"),
        ("2020/5/6", "2020-05-06T00:00:00Z"),
        ("05/05/2020 10:00", "2020-05-05T10:00:00Z"),
        ("13/05/2020, 15:14:07.25", "2020-05-13T15:14:07.25Z"),
    ];
    for (value, expected) in cases {
        assert_eq!(parse_timestamp(value), Some(at(expected)), "{value}");
    }
    let london = jiff::tz::TimeZone::get("Europe/London").unwrap();
    assert_eq!(
        parse_timestamp_in("13/05/2020 15:14", &london),
        Some((at("2020-05-13T14:14:00Z"), true))
    );
    for bad in [
        "31/02/2020",
        "13/13/2020",
        "00/05/2020",
        "13/05/2020 13:00 PM",
        "13/05/2020 0:30 AM",
        "13/05/2020 15:14 Uhr",
        "13/05/2020 15",
        "13/05/202",
        "13/05/20201",
        "13/05",
        "130/05/2020",
        "13/05/2020T15:14",
        "2020/13/05",
        "13/05/2020 15:14 PMX",
        "/05/2020",
    ] {
        assert_eq!(parse_timestamp(bad), None, "{bad}");
    }
}

/// `date_order:` reads every slashed date in its order, and a date only the other order
/// makes real is unread.
#[test]
fn the_order_set_reads_ambiguous_dates() {
    let day = setting(Some(DateOrder::DayFirst));
    let month = setting(Some(DateOrder::MonthFirst));
    assert_eq!(
        read("05/06/2020 14:03", &day),
        Some(at("2020-06-05T14:03:00Z"))
    );
    assert_eq!(
        read("05/06/2020 14:03", &month),
        Some(at("2020-05-06T14:03:00Z"))
    );
    assert_eq!(
        read("5/6/20 2:03 PM", &month),
        Some(at("2020-05-06T14:03:00Z"))
    );
    assert_eq!(
        read("13/05/2020 15:14", &day),
        Some(at("2020-05-13T15:14:00Z"))
    );
    assert_eq!(read("13/05/2020 15:14", &month), None);
    assert_eq!(read("05/13/2020", &day), None);
    // Year-first, dotted and ISO dates have one reading whatever the order.
    assert_eq!(read("2020/05/06", &month), Some(at("2020-05-06T00:00:00Z")));
    assert_eq!(read("05.06.2020", &month), Some(at("2020-06-05T00:00:00Z")));
    assert_eq!(
        read("2020-05-06 00:00", &month),
        Some(at("2020-05-06T00:00:00Z"))
    );
}

/// Without a setting, the first date only one order makes real fixes the order: dates
/// before it that both fit stay unread, those after are read in it, and a later date only
/// the other order fits is unread (the file mixes orders).
#[test]
fn the_order_is_learned_from_the_first_date_that_fixes_it() {
    let order = setting(None);
    assert_eq!(read("05/06/2020 09:00", &order), None);
    assert_eq!(
        read("05/05/2020 09:00", &order),
        Some(at("2020-05-05T09:00:00Z"))
    );
    assert_eq!(order.learned(), None);
    // Not a date at all: teaches nothing.
    assert_eq!(read("31/02/2020", &order), None);
    assert_eq!(read("13/05/2020 25:00", &order), None);
    assert_eq!(order.learned(), None);
    assert_eq!(
        read("13/05/2020 15:14", &order),
        Some(at("2020-05-13T15:14:00Z"))
    );
    assert_eq!(order.learned(), Some(DateOrder::DayFirst));
    assert_eq!(
        read("05/06/2020 09:00", &order),
        Some(at("2020-06-05T09:00:00Z"))
    );
    assert_eq!(read("05/13/2020 09:00", &order), None);
    assert_eq!(order.get(), None);
    // Month-first the same way; a clone (another reading) keeps what was learned.
    let order = setting(None);
    assert_eq!(
        read("5/13/20 2:03 PM", &order),
        Some(at("2020-05-13T14:03:00Z"))
    );
    assert_eq!(
        read("5/6/20 2:03 PM", &order.clone()),
        Some(at("2020-05-06T14:03:00Z"))
    );
    assert_eq!(read("13/5/20 2:03 PM", &order), None);
    // A bare zone learns nothing: each value alone.
    assert_eq!(
        parse_timestamp("13/05/2020"),
        Some(at("2020-05-13T00:00:00Z"))
    );
    assert_eq!(parse_timestamp("05/06/2020"), None);
}

#[test]
fn date_order_names() {
    assert_eq!(DateOrder::parse("day-first"), Some(DateOrder::DayFirst));
    assert_eq!(
        DateOrder::parse(" Month_First "),
        Some(DateOrder::MonthFirst)
    );
    assert_eq!(DateOrder::parse("month first"), Some(DateOrder::MonthFirst));
    assert_eq!(DateOrder::parse("dmy"), None);
    assert_eq!(DateOrder::parse(""), None);
    assert_eq!(DateOrder::MonthFirst.name(), "month-first");
}

/// German month names, full and abbreviated, with umlauts and without (`Maerz`), any
/// case, with a dot after an abbreviation; read in the export's zone.
#[test]
fn german_month_names() {
    let cases = [
        ("13. Mai 2020 15:14", "2020-05-13T15:14:00Z"),
        ("3. März 2020", "2020-03-03T00:00:00Z"),
        ("3. Maerz 2020", "2020-03-03T00:00:00Z"),
        ("3. MÄRZ 2020", "2020-03-03T00:00:00Z"),
        ("3. Mrz. 2020 9:05", "2020-03-03T09:05:00Z"),
        ("24. Dez 2020 18:00", "2020-12-24T18:00:00Z"),
        ("24. Dez. 2020, 18:00:30", "2020-12-24T18:00:30Z"),
        ("1. Januar 2021", "2021-01-01T00:00:00Z"),
        ("1. Jänner 2021", "2021-01-01T00:00:00Z"),
        ("1. Jaenner 2021", "2021-01-01T00:00:00Z"),
        ("28. Februar 2021", "2021-02-28T00:00:00Z"),
        ("2. Okt. 2021", "2021-10-02T00:00:00Z"),
        ("2.Sept. 2021", "2021-09-02T00:00:00Z"),
        ("30. November 2021", "2021-11-30T00:00:00Z"),
        ("30. juni 2021", "2021-06-30T00:00:00Z"),
    ];
    for (value, expected) in cases {
        assert_eq!(parse_timestamp(value), Some(at(expected)), "{value}");
    }
    let berlin = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
    assert_eq!(
        parse_timestamp_in("13. Mai 2020 15:14", &berlin),
        Some((at("2020-05-13T13:14:00Z"), true))
    );
    for bad in [
        "31. Februar 2020",
        "13. Mai 20",
        "13. Mai2020",
        "13. Maix 2020",
        "13. May 2020",
        "13 Mai 2020",
        "13. Mai 2020 15:14 Uhr",
        "13. 2020",
        "13.",
        "13. Mai",
        "13. Mäi 2020",
    ] {
        assert_eq!(parse_timestamp(bad), None, "{bad}");
    }
}

/// D003 says why a slashed date went unread and what sets the order.
#[test]
fn unread_dates_are_worded_by_why() {
    let none = setting(None);
    let (message, help, against) = unread_words("05/06/2020 14:03", &none);
    assert_eq!(
        message,
        "timestamp `05/06/2020 14:03` is ambiguous: day 5 of month 6 (day-first) or day 6 of month 5 (month-first); the message has no time (further ones are counted, not listed)"
    );
    assert!(help.contains("date_order: day-first") && help.contains("--map date_order="));
    assert!(help.contains("each file's order is learned"), "{help}");
    assert!(!against);
    let set = setting(Some(DateOrder::DayFirst));
    let (message, help, against) = unread_words("05/13/2020", &set);
    assert_eq!(
        message,
        "timestamp `05/13/2020` can only be month-first (13 is no month), but this input's slashed dates are read day-first (`date_order:`); the message has no time"
    );
    assert!(help.contains("mixes day-first and month-first") && against);
    let (message, _, against) = unread_words("13/05/2020 15:14", &none);
    assert!(message.contains("can only be day-first (13 is no month)") && against);
    let (message, help, against) = unread_words("31/02/2020", &none);
    assert!(message.contains("is not a date and time") && help.contains("RFC 3339") && !against);
    let (message, _, against) = unread_words("yesterday", &none);
    assert!(message.contains("is not a date and time") && !against);
    // The same day and month: never ambiguous, so not worded as such.
    assert!(
        !unread_words("05/05/2020 25:00", &none)
            .0
            .contains("ambiguous")
    );
}

/// A date against the order learned names the line and the date it was learned from:
/// "read day-first" alone did not say which row of a long file fixed it.
#[test]
fn a_date_against_the_learned_order_names_where_it_was_learned() {
    let order = setting(None);
    let reading = Reading {
        zone: utc(),
        order: &order,
        line: 0,
    };
    assert_eq!(parse_timestamp_in("05/06/2020", reading.at(2)), None);
    assert!(parse_timestamp_in("13/05/2020", reading.at(7)).is_some());
    // A later date that fixes the order too changes nothing of what was learned.
    assert!(parse_timestamp_in("14/05/2020", reading.at(8)).is_some());
    assert_eq!(
        order.learned_from(),
        Some(&Learned {
            order: DateOrder::DayFirst,
            line: 7,
            value: "13/05/2020".to_owned(),
        })
    );
    assert_eq!(parse_timestamp_in("05/13/2020", reading.at(9)), None);
    let (message, _, against) = unread_words("05/13/2020", &order);
    assert_eq!(
        message,
        "timestamp `05/13/2020` can only be month-first (13 is no month), but this file's slashed dates are read day-first, the order learned from line 7 (`13/05/2020`); the message has no time"
    );
    assert!(against);
    // Forgotten as the next file starts: it learns its own, the other order.
    let mut order = order;
    order.forget();
    assert_eq!(order.learned_from(), None);
    let reading = Reading {
        zone: utc(),
        order: &order,
        line: 0,
    };
    assert!(parse_timestamp_in("05/13/2020", reading.at(3)).is_some());
    assert_eq!(order.learned(), Some(DateOrder::MonthFirst));
    assert!(unread_words("13/05/2020", &order).0.contains(
        "this file's slashed dates are read month-first, the order learned from line 3 (`05/13/2020`)"
    ));
}

/// README review: "a date and time may end with `AM`/`PM`", but a dashed date with one
/// (`2024-03-01 02:03:00 PM`) was unparseable (`D003`): ISO 8601 has no 12-hour clock.
/// Read as a year-first slashed date is; the separator is one of the two throughout.
#[test]
fn a_dashed_date_takes_a_twelve_hour_clock() {
    for (value, expected) in [
        ("2024-03-01 02:03:00 PM", "2024-03-01T14:03:00Z"),
        ("2024-03-01 02:03 PM", "2024-03-01T14:03:00Z"),
        ("2024-03-01 2:03PM", "2024-03-01T14:03:00Z"),
        ("2024-03-01 12:03 am", "2024-03-01T00:03:00Z"),
        ("2024-3-1 9:05 AM", "2024-03-01T09:05:00Z"),
        // What ISO takes is read as before.
        ("2024-03-01 14:03:00", "2024-03-01T14:03:00Z"),
        ("2024-03-01T14:03:00+01:00", "2024-03-01T13:03:00Z"),
    ] {
        assert_eq!(parse_timestamp(value), Some(at(expected)), "{value}");
    }
    for bad in [
        "2024-03-01 13:03 PM",
        "2024-02-30 02:03 PM",
        "2024-03/01 02:03 PM",
        "2024/03-01 02:03 PM",
        "2024-03-01 02:03 PMX",
        "2024-03-01 09:15:00 +0100",
    ] {
        assert_eq!(parse_timestamp(bad), None, "{bad}");
    }
}
