//! `timestamp_tz:` in a mapping file and in `.handoff.yaml`'s `input:`: the export's zone
//! for timestamps written without an offset, refused as an `hours:` zone is, at its line
//! and column.

use super::*;
use crate::project::ProjectFile;

fn apply(text: &str) -> Result<ColumnMapping, String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.yaml");
    std::fs::write(&path, text).unwrap();
    let mut m = ColumnMapping::default();
    m.apply_file(&path).map(|()| m).map_err(|e| e.to_string())
}

#[test]
fn a_zone_names_the_export_local_time() {
    let m = ColumnMapping::default();
    assert!(m.timestamp_tz.is_none());
    assert_eq!(m.timestamp_zone().zone, &jiff::tz::TimeZone::UTC);
    let m = apply("columns: { timestamp: created_at }\ntimestamp_tz: Europe/London\n").unwrap();
    let tz = m.timestamp_tz.as_ref().unwrap();
    assert_eq!(&*tz.name, "Europe/London");
    assert_eq!(
        m.timestamp_zone().zone,
        &jiff::tz::TimeZone::get("Europe/London").unwrap()
    );
    let m = apply("timestamp_tz: \"-05:00\"\n").unwrap();
    assert_eq!(&*m.timestamp_tz.unwrap().name, "-05:00");
}

/// The same refusals, in the same words, as an `hours:` condition's `tz`, at the value.
#[test]
fn a_bad_zone_is_refused_at_its_value_as_hours_refuses_it() {
    let err = apply("columns: { text: body }\ntimestamp_tz: localtime\n").unwrap_err();
    assert!(
        err.contains("map.yaml:2:15")
            && err.contains(
                "`timestamp_tz`: `localtime` is the zone of the machine that runs handoff"
            ),
        "{err}"
    );
    let err = apply("timestamp_tz: Etc/GMT-1\n").unwrap_err();
    assert!(
        err.contains("map.yaml:1:15") && err.contains("write the offset `+01:00` instead"),
        "{err}"
    );
    let err = apply("timestamp_tz: Europe/Lodnon\n").unwrap_err();
    assert!(err.contains("unknown time zone `Europe/Lodnon`"), "{err}");
    // Reported with the file's other mistakes.
    let err = apply("columns: { rol: x }\ntimestamp_tz: localtime\n").unwrap_err();
    assert!(
        err.contains("map.yaml:1:12") && err.contains("map.yaml:2:15"),
        "{err}"
    );
    let err = apply("timestamp_tz: [Europe/London]\n").unwrap_err();
    assert!(err.contains("map.yaml:1:"), "{err}");
}

#[test]
fn the_project_file_takes_a_zone_under_input() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(".handoff.yaml");
    std::fs::write(&path, "input:\n  timestamp_tz: America/New_York\n").unwrap();
    let file = ProjectFile::read(&path).unwrap();
    let mut m = ColumnMapping::default();
    assert!(m.apply_project(&file, &path).unwrap());
    assert_eq!(&*m.timestamp_tz.unwrap().name, "America/New_York");
    std::fs::write(&path, "input:\n  timestamp_tz: Etc/GMT+5\n").unwrap();
    let err = ProjectFile::read(&path).unwrap_err().to_string();
    assert!(
        err.contains(".handoff.yaml:2:17") && err.contains("write the offset `-05:00` instead"),
        "{err}"
    );
}

/// Team decision (lint12): `timestamp_tz:` left empty (`~`, `null`, nothing) read the
/// export's times in UTC without a word. It is an error at the value, in a mapping file
/// and under `.handoff.yaml`'s `input:`, as an `hours:` condition's `tz: ~` is; so is
/// `date_order:` left empty. The other keys are read as before.
#[test]
fn a_zone_left_empty_is_an_error_not_utc() {
    for (text, at) in [
        (
            "columns: { text: body }\ntimestamp_tz: ~\n",
            "map.yaml:2:15",
        ),
        (
            "timestamp_tz: null\ncolumns: { text: body }\n",
            "map.yaml:1:15",
        ),
        ("timestamp_tz:\n", "map.yaml:1:13"),
    ] {
        let err = apply(text).unwrap_err();
        assert!(
            err.contains(at)
                && err.contains(
                    "expected a time zone name such as `Europe/London`, found nothing; leave the key out for the default"
                ),
            "{text}: {err}"
        );
    }
    let err = apply("date_order: ~\ntimestamp_tz: ~\n").unwrap_err();
    assert!(
        err.contains("map.yaml:1:13")
            && err.contains("expected `day-first` or `month-first`, found nothing")
            && err.contains("map.yaml:2:15"),
        "both: {err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(".handoff.yaml");
    std::fs::write(&path, "input:\n  timestamp_tz: ~\n").unwrap();
    let err = ProjectFile::read(&path).unwrap_err().to_string();
    assert!(
        err.contains(".handoff.yaml:2:17") && err.contains("found nothing; leave the key out"),
        "{err}"
    );
}
