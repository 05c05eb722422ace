//! The rules schema's days and time zones against the loader: the days `parse_days`
//! takes, no more; every time zone name and offset the loader takes, and no text that
//! is no name.

use super::super::rules_schema;
use super::loader::loads;

/// The pattern of `definitions/<name>`, as the `regex` crate reads it: the patterns
/// of `Day` and `TimeZone` keep to the syntax it shares with JSON Schema's.
fn pattern_of(name: &str) -> regex::Regex {
    let schema: serde_json::Value = serde_json::from_str(&rules_schema()).unwrap();
    let definition = &schema["definitions"][name];
    assert_eq!(definition["type"], "string", "{definition}");
    regex::Regex::new(definition["pattern"].as_str().unwrap()).unwrap()
}

/// `days: [funday]` passed the schema, which took any text. It takes what
/// `parse_days` takes, no more: each name, short or long, in any case, alone or in
/// a range with any of the three dashes, spaces around.
#[test]
fn the_schema_takes_the_days_the_loader_takes() {
    use crate::rules::hours::{DAYS, LONG_DAYS, parse_days};
    let day = pattern_of("Day");
    let mut names: Vec<String> = Vec::new();
    for name in DAYS.iter().chain(&LONG_DAYS) {
        let capital = crate::rules::hours::capitalised(name);
        names.extend([(*name).to_owned(), name.to_ascii_uppercase(), capital]);
    }
    let mut candidates: Vec<String> = names.clone();
    for (i, a) in names.iter().enumerate().step_by(5) {
        for (j, b) in names.iter().enumerate().skip(i % 7).step_by(4) {
            let dash = ["-", "\u{2013}", "\u{2014}"][(i + j) % 3];
            candidates.extend([format!("{a}{dash}{b}"), format!(" {a} {dash} {b} ")]);
        }
    }
    candidates.extend(
        [
            "funday",
            "mo",
            "mond",
            "mondays",
            "mon-",
            "-fri",
            "mon-fri-sat",
            "mon,fri",
            "mon fri",
            "mon..fri",
            "mon/fri",
            "weekdays",
            "1",
            "",
            " ",
            "mon-funday",
            "tues",
            "thurs",
            "sat-",
            "mön",
            "\tsun\n",
        ]
        .map(str::to_owned),
    );
    for candidate in &candidates {
        assert_eq!(
            day.is_match(candidate),
            parse_days(candidate).is_ok(),
            "{candidate:?}"
        );
    }
    let schema: serde_json::Value = serde_json::from_str(&rules_schema()).unwrap();
    assert_eq!(
        schema["definitions"]["RawHoursCondition"]["properties"]["days"]["minItems"], 1,
        "`days: []` is S008"
    );
    assert_eq!(loads("hours: { days: [] }").unwrap_err(), ["S008"]);
    assert_eq!(loads("hours: { days: [funday] }").unwrap_err(), ["S008"]);
    assert_eq!(
        loads("hours: { days: [' Mon \u{2013} FRIDAY ', sun] }"),
        Ok(())
    );
}

/// `tz: Europe/Londn` passed the schema. A pattern cannot know the names of
/// the time zone database (see `SchemaTimeZone` for why they are not an `enum`): it
/// takes every name the loader takes, in any case, and every offset, and refuses what
/// is no name at all.
#[test]
fn the_schema_takes_the_time_zones_the_loader_takes_and_refuses_non_names() {
    use crate::rules::hours::parse_tz;
    let tz = pattern_of("TimeZone");
    let mut taken = 0;
    for name in jiff::tz::db().available() {
        let name = name.as_str();
        for written in [
            name.to_owned(),
            name.to_ascii_lowercase(),
            format!(" {name} "),
        ] {
            if parse_tz(&written).is_ok() {
                assert!(tz.is_match(&written), "{written:?}");
                taken += 1;
            }
        }
    }
    assert!(taken > 1000, "{taken} names");
    for offset in [
        "UTC", "utc", "Z", "+01:00", "-05:30", "+1:00", "+23:59", "-00:00",
    ] {
        assert!(parse_tz(offset).is_ok(), "{offset}");
        assert!(tz.is_match(offset), "{offset}");
    }
    for bad in [
        "Europe London",
        "London, UK",
        "Europe/",
        "/London",
        "Europe//London",
        "+5",
        "+24:00",
        "+01:60",
        "GMT+1:00",
        "1",
        "",
        "Paris (France)",
        "Europe/London;",
    ] {
        assert!(parse_tz(bad).is_err(), "{bad}");
        assert!(!tz.is_match(bad), "{bad}");
    }
    // What the pattern cannot tell: a name the database does not hold.
    assert!(tz.is_match("Europe/Londn"));
    assert_eq!(
        loads("hours: { days: [mon], tz: Europe/Londn }").unwrap_err(),
        ["S008"]
    );
}
